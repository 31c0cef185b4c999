// Exports of an article's questions for other tools: Moodle Aiken, CSV (Anki, Quizlet) and JSON
// here; GIFT, Moodle XML, QTI 2.1 and Anki each in a module of its own.
import { SKILL_LABELS } from '$lib/generator/skills';
import { LETTERS } from '$lib/quiz/letters';
import { toCsvText } from '../csv';
import type { ExchangeQuestion } from './gift';

export { toGift, parseGift, type ExchangeQuestion } from './gift';
export { toMoodleXml, parseMoodleXml } from './moodle-xml';
export { toQtiPackage } from './qti';
export { toAnki } from './anki';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
// What Moodle trims from each line before reading it (PHP's trim()).
const moodleTrim = (line: string) => line.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '');

/**
 * Why a question cannot go into an Aiken file as it is, or null when it can. Moodle's reader
 * (question/format/aiken/format.php) takes a line starting with a capital letter and "." or ")" for
 * an option, and one starting with "ANSWER:" for the answer, wherever it is, and skips lines under
 * 2 characters: a stem like that would be misread, and so would an empty option. (Line breaks in a
 * stem are fine: the stem is written on one line, as Moodle's own export does.)
 */
export function aikenProblem(q: ExchangeQuestion): string | null {
	const stem = moodleTrim(oneLine(q.stem));
	if (/^ANSWER:/.test(stem))
		return 'The question starts with “ANSWER:”, which Moodle reads as the answer line.';
	if (/^[A-Z][).]/.test(stem))
		return 'The question starts like an option (a capital letter and “.” or “)”), so Moodle would read it as one.';
	if (stem.length < 2) return 'The question is too short for Moodle to read.';
	const empty = q.options.findIndex((option) => !moodleTrim(oneLine(option)));
	if (empty >= 0) return `Option ${LETTERS[empty]} is empty.`;
	return null;
}

/**
 * Moodle Aiken (https://docs.moodle.org/en/Aiken_format): one line each, "ANSWER: B". A question
 * Moodle would misread (see aikenProblem) is left out; the questions page lists those.
 */
export function toAiken(questions: ExchangeQuestion[]): string {
	return questions
		.filter((q) => aikenProblem(q) === null)
		.map(
			(q) =>
				`${oneLine(q.stem)}\n${q.options.map((o, i) => `${LETTERS[i]}. ${oneLine(o)}`).join('\n')}\nANSWER: ${LETTERS[q.answerIndex]}\n`
		)
		.join('\n');
}

/**
 * CSV with a header: the question, four options, the answer's text (Anki and Quizlet import these)
 * and the reading skill, last so importers that map columns by position are not disturbed.
 */
export function toCsv(questions: ExchangeQuestion[]): string {
	const rows = [['Question', 'Option A', 'Option B', 'Option C', 'Option D', 'Answer', 'Skill']];
	for (const q of questions)
		rows.push([
			q.stem,
			...q.options,
			q.options[q.answerIndex] ?? '',
			q.skill ? SKILL_LABELS[q.skill] : ''
		]);
	return toCsvText(rows);
}

/** JSON with the article's title and each question's answer given both ways. */
export function toJson(
	title: string,
	questions: (ExchangeQuestion & { explanation?: string; source?: string })[]
): string {
	return JSON.stringify(
		{
			title,
			questions: questions.map((q) => ({ ...q, answer: q.options[q.answerIndex] }))
		},
		null,
		2
	);
}
