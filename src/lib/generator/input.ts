// A cheap check of user input, run before the pipeline so the app can explain a refusal.

export type InputProblem = 'empty' | 'binary' | 'too-short' | 'not-english';

export interface InputAssessment {
	ok: boolean;
	problem?: InputProblem;
	/** One line a person can act on. */
	reason?: string;
	words: number;
}

export const MIN_WORDS = 50;

const STOPWORDS = new Set(
	'the of and to a in is was for on that with as by at from it are were be has have had this which an or not but their its they he she his her said will would also after been'.split(
		' '
	)
);

/** Says whether text can be made into a quiz, and if not, why (empty, binary, short, not English). */
export function assessInput(text: string): InputAssessment {
	if (!text || !text.trim())
		return { ok: false, problem: 'empty', reason: 'The text is empty.', words: 0 };
	const sample = text.slice(0, 20_000);
	// NUL bytes or many control/replacement characters mean a binary file, not text.
	// eslint-disable-next-line no-control-regex
	const odd = (sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
	if (sample.includes('\u0000') || odd / sample.length > 0.02)
		return { ok: false, problem: 'binary', reason: 'The file looks binary, not text.', words: 0 };
	const words = text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
	if (words.length < MIN_WORDS)
		return {
			ok: false,
			problem: 'too-short',
			reason: `The text has ${words.length} words; at least ${MIN_WORDS} are needed.`,
			words: words.length
		};
	const head = words.slice(0, 2000).map((w) => w.toLowerCase().replace(/[^\p{L}']/gu, ''));
	const english = head.filter((w) => STOPWORDS.has(w)).length / head.length;
	const latin =
		(sample.match(/[A-Za-z]/g) ?? []).length / Math.max(1, (sample.match(/\p{L}/gu) ?? []).length);
	if (english < 0.08 || latin < 0.8)
		return {
			ok: false,
			problem: 'not-english',
			reason: 'The text does not look like English; only English articles are supported.',
			words: words.length
		};
	return { ok: true, words: words.length };
}
