// Exports of an article's questions for other tools: Moodle Aiken, CSV (Anki, Quizlet) and JSON.
import type { ExchangeQuestion } from './gift';

export { toGift, parseGift, type ExchangeQuestion } from './gift';

const LETTERS = ['A', 'B', 'C', 'D'];
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Moodle Aiken (https://docs.moodle.org/en/Aiken_format): one line each, "ANSWER: B". */
export function toAiken(questions: ExchangeQuestion[]): string {
	return questions
		.map(
			(q) =>
				`${oneLine(q.stem)}\n${q.options.map((o, i) => `${LETTERS[i]}. ${oneLine(o)}`).join('\n')}\nANSWER: ${LETTERS[q.answerIndex]}\n`
		)
		.join('\n');
}

/**
 * A CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe (https://owasp.org/www-community/attacks/CSV_Injection).
 */
function cell(text: string): string {
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header: the question, four options and the answer's text (Anki and Quizlet import it). */
export function toCsv(questions: ExchangeQuestion[]): string {
	const rows = [['Question', 'Option A', 'Option B', 'Option C', 'Option D', 'Answer']];
	for (const q of questions) rows.push([q.stem, ...q.options, q.options[q.answerIndex] ?? '']);
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
