// What text can become a quiz, decided once: the app's intake, the CLI and the generator all ask
// here, so an article the app accepts is one the generator does not refuse, and words are counted
// the same way everywhere. Light on purpose (no NLP library): the server loads it eagerly.

export type InputProblem = 'empty' | 'binary' | 'too-short' | 'not-english';

export interface InputAssessment {
	ok: boolean;
	problem?: InputProblem;
	/** One line a person can act on. */
	reason?: string;
	words: number;
}

/** Fewer words than this make a quiz of two or three questions: not worth a reader's time. */
export const MIN_WORDS = 80;

/** Words as a reader counts them: runs of letters or digits ("don't", "U.S.", "1,000" are one). */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:(?:['’.-]|(?<=\d),(?=\d))[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

// Control characters other than tab and line breaks, and U+FFFD: what a binary file decoded as
// text is full of.
// eslint-disable-next-line no-control-regex
const ODD = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

export const BINARY_REASON = 'This looks like binary data, not text. Use plain UTF-8 text.';

/** More than 1 in 100 odd characters is no text a person wrote. */
const BINARY_SHARE = 0.01;

/**
 * Whether text is binary data decoded as text: many odd characters, or any NUL (which no text
 * file holds). Text typed into a form may pass `nulIsBinary: false`, so that a stray NUL is named
 * by the character check instead.
 */
export function looksBinary(text: string, { nulIsBinary = true } = {}): boolean {
	const sample = text.slice(0, 20_000);
	if (!sample) return false;
	if (nulIsBinary && sample.includes('\u0000')) return true;
	return (sample.match(ODD)?.length ?? 0) / sample.length > BINARY_SHARE;
}

const STOPWORDS = new Set(
	'the of and to a in is was for on that with as by at from it are were be has have had this which an or not but their its they he she his her said will would also after been'.split(
		' '
	)
);

/** Whether the text reads as English: common function words, and Latin letters. */
function looksEnglish(text: string): boolean {
	const head = text
		.split(/\s+/)
		.filter((w) => /\p{L}|\p{N}/u.test(w))
		.slice(0, 2000)
		.map((w) => w.toLowerCase().replace(/[^\p{L}']/gu, ''));
	const english = head.filter((w) => STOPWORDS.has(w)).length / Math.max(1, head.length);
	const sample = text.slice(0, 20_000);
	const latin =
		(sample.match(/[A-Za-z]/g) ?? []).length / Math.max(1, (sample.match(/\p{L}/gu) ?? []).length);
	return english >= 0.08 && latin >= 0.8;
}

/** Says whether text can be made into a quiz, and if not, why (empty, binary, short, not English). */
export function assessInput(text: string): InputAssessment {
	if (!text || !text.trim())
		return { ok: false, problem: 'empty', reason: 'The text is empty.', words: 0 };
	if (looksBinary(text))
		return {
			ok: false,
			problem: 'binary',
			reason: BINARY_REASON,
			words: 0
		};
	const words = countWords(text);
	if (words < MIN_WORDS)
		return {
			ok: false,
			problem: 'too-short',
			reason: `The text has ${words} ${words === 1 ? 'word' : 'words'}; an article needs at least ${MIN_WORDS}.`,
			words
		};
	if (!looksEnglish(text))
		return {
			ok: false,
			problem: 'not-english',
			reason: 'The text does not look like English; only English articles are supported.',
			words
		};
	return { ok: true, words };
}
