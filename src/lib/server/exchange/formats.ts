// Exports of an article's questions for other tools: Moodle Aiken, CSV (Anki, Quizlet) and JSON
// here; GIFT, Moodle XML, QTI 2.1 and Anki each in a module of its own.
import { SKILL_LABELS } from '$lib/generator/skills';
import { LETTERS } from '$lib/quiz/letters';
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

// What a spreadsheet may run as a formula or read as the start of another cell, at the start of a
// cell (https://owasp.org/www-community/attacks/CSV_Injection): =, +, -, @, tab, line breaks, NUL
// and the separators (`,`, or `;` in locales that split on it), behind any quotes.
const STARTS_FORMULA = /^"*[=+\-@\t\n\r\0;,]/;
// A formula character after a character where a spreadsheet in another locale may start a new cell
// or row (behind any quotes, tabs or line breaks).
const STARTS_INNER_FORMULA = /([,;\t\n])(?=["\t\n]*[=+\-@\0])/g;

/**
 * A CSV cell (RFC 4180) that is safe to open in a spreadsheet, whichever separator its locale uses:
 * an apostrophe goes before a formula character at the start of the cell, and after a separator,
 * tab or line break inside it (where a `;` or tab locale starts a cell, or any starts a row), so no
 * cell a spreadsheet makes of it starts a formula; then the cell is quoted if it holds a separator,
 * quote, tab or line break.
 */
function cell(text: string): string {
	let safe = text.replace(/\r\n?/g, '\n').replace(STARTS_INNER_FORMULA, "$1'");
	if (STARTS_FORMULA.test(safe)) safe = `'${safe}`;
	return /[",;\t\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
	return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
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
