// Moodle GIFT (https://docs.moodle.org/en/GIFT_format), multiple-choice questions only: one right
// answer (`=`) and wrong ones (`~`), with the special characters escaped.
import { SKILL_LABELS, type Skill } from '$lib/generator/skills';

/** A multiple-choice question as it travels between Quizwright and other tools. */
export interface ExchangeQuestion {
	stem: string;
	options: string[];
	answerIndex: number;
	/** The reading skill it practises, where known (exports carry it; imports need none). */
	skill?: Skill;
	/** The article's sentence the answer comes from, where known (exports carry it; imports need none). */
	source?: string;
}

const SPECIAL = /[~=#{}:\\]/g;

/** Text as GIFT needs it: special characters escaped, line breaks as `\n`. */
export function escapeGift(text: string): string {
	return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

function unescapeGift(text: string): string {
	return text.replace(/\\(n|[~=#{}:\\])/g, (_, c: string) => (c === 'n' ? '\n' : c)).trim();
}

/** The questions as a GIFT file, each titled "Q1", "Q2"…, in order. */
export function toGift(title: string, questions: ExchangeQuestion[]): string {
	const head = `// ${title.replace(/\s+/g, ' ')}\n// Exported from Quizwright\n\n`;
	return (
		head +
		questions
			.map((q, n) => {
				const options = q.options
					.map((option, i) => `\t${i === q.answerIndex ? '=' : '~'}${escapeGift(option)}`)
					.join('\n');
				// A comment line, which every GIFT reader skips: Moodle keeps the questions in one category.
				const skill = q.skill ? `// Skill: ${SKILL_LABELS[q.skill]}\n` : '';
				return `${skill}::Q${n + 1}:: ${escapeGift(q.stem)} {\n${options}\n}`;
			})
			.join('\n\n') +
		'\n'
	);
}

/** Splits at an unescaped character, keeping what is between. */
function splitUnescaped(text: string, at: RegExp): { mark: string; text: string }[] {
	const parts: { mark: string; text: string }[] = [];
	let current = { mark: '', text: '' };
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\\' && i + 1 < text.length) {
			current.text += c + text[i + 1]!;
			i++;
		} else if (at.test(c)) {
			parts.push(current);
			current = { mark: c, text: '' };
		} else current.text += c;
	}
	parts.push(current);
	return parts;
}

/** The most blocks (the parts of a file between blank lines) one GIFT import reads. */
export const MAX_GIFT_BLOCKS = 1_000;

/** A question read from a GIFT file, with its number in the file (its block's). */
export type GiftQuestion = ExchangeQuestion & { number: number };

export type GiftParse =
	| {
			ok: true;
			questions: GiftQuestion[];
			/** Questions that were skipped, each with its number in the file and the reason. */
			skipped: { number: number; reason: string }[];
	  }
	| { ok: false; error: string };

/**
 * Reads the multiple-choice questions of a GIFT file: exactly one right answer and three wrong
 * ones. Other question types (true/false, short answer, matching, weighted answers) are skipped,
 * with the reason. A file of more than MAX_GIFT_BLOCKS blocks is refused before any is read.
 */
export function parseGift(text: string): GiftParse {
	const questions: GiftQuestion[] = [];
	const skipped: { number: number; reason: string }[] = [];
	const lines = text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.filter((line) => !/^\s*\/\//.test(line) && !/^\s*\$CATEGORY:/.test(line));
	const blocks = lines
		.join('\n')
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter(Boolean);
	if (blocks.length > MAX_GIFT_BLOCKS)
		return {
			ok: false,
			error: `The file has ${blocks.length.toLocaleString('en')} parts between blank lines; one import reads at most ${MAX_GIFT_BLOCKS.toLocaleString('en')}. Split it into smaller files.`
		};
	blocks.forEach((block, index) => {
		const number = index + 1;
		const open = splitUnescaped(block, /\{/);
		if (open.length !== 2)
			return skipped.push({ number, reason: 'It has no single {…} answer block.' });
		const [before, inside] = [open[0]!.text, open[1]!.text];
		const close = splitUnescaped(inside, /\}/);
		if (close.length < 2)
			return skipped.push({ number, reason: 'Its answer block is not closed.' });
		const stem = unescapeGift(
			`${before.replace(/^\s*::(?:\\.|[^:])*::/, '')} ${close
				.slice(1)
				.map((p) => p.text)
				.join('')}`.replace(/\[(?:html|moodle|plain|markdown)\]/g, '')
		);
		const answers = splitUnescaped(close[0]!.text, /[=~]/).slice(1);
		if (answers.length === 0)
			return skipped.push({ number, reason: 'It is not a multiple-choice question.' });
		if (answers.some((a) => /^\s*%/.test(a.text)))
			return skipped.push({ number, reason: 'It gives answers partial credit.' });
		const options = answers.map((a) => unescapeGift(splitUnescaped(a.text, /#/)[0]!.text));
		const right = answers.flatMap((a, i) => (a.mark === '=' ? [i] : []));
		if (right.length !== 1 || options.length !== 4)
			return skipped.push({
				number,
				reason: 'Only questions with four options and one right answer can be imported.'
			});
		questions.push({ stem, options, answerIndex: right[0]!, number });
	});
	return { ok: true, questions, skipped };
}
