// What every supporting-evidence item shares, whichever way its claim was found (evidence.ts,
// evidence-backing.ts): the stem, and what makes sentence options read whole and even.
import { BACK_REFERENCE } from '../3-facts/sentences';
import { unbalanced, wordsOf } from '../../well-formed';

export const EVIDENCE_PROMPT = 'Which sentence from the article best supports the claim that';
export const evidenceStem = (claim: string) => `${EVIDENCE_PROMPT} ${claim}?`;

/** Options are sentences read whole: none longer than this, none shorter than the least. */
export const OPTION_MAX_WORDS = 40;
export const OPTION_MIN_WORDS = 6;
/** The longest option at most this many times the shortest, in words. */
export const LENGTH_RATIO = 2.2;

/** "He", "Its …", "This …": a sentence opening on a word that points to the one before. */
const OPENS_POINTING =
	/^(\S+\s+){0,2}(he|she|they|him|them|it|this|these|those|the former|the latter)\b/i;
/** "His …", "In their …": a possessive so early has no name before it to stand for. */
const OPENS_POSSESSIVE = /^(\S+\s+){0,1}(his|her|their|its)\b/i;

/** Why a sentence cannot be an option read on its own, or undefined. */
export function optionProblem(text: string): string | undefined {
	const n = wordsOf(text).length;
	if (n > OPTION_MAX_WORDS) return `${n} words, over ${OPTION_MAX_WORDS}`;
	if (n < OPTION_MIN_WORDS) return `${n} words, under ${OPTION_MIN_WORDS}`;
	if (!/^[\p{Lu}\d]/u.test(text)) return 'does not open on a capital';
	if (!/[.!?]["”’)]?$/.test(text)) return 'is no whole sentence';
	if (unbalanced(text)) return 'unbalanced brackets or quotes';
	if (OPENS_POINTING.test(text) || OPENS_POSSESSIVE.test(text) || BACK_REFERENCE.test(text))
		return 'leans on the sentence before';
	return undefined;
}

/** Whether two sentences give one figure: the second may then back the same claim. */
export const sharesNumber = (a: string, b: string) => {
	const figures = (t: string) => new Set(t.match(/\d[\d,.]*%?/g) ?? []);
	const inB = figures(b);
	return [...figures(a)].some((n) => inB.has(n));
};

/** Why four options' lengths give the key away or read unevenly, or undefined. */
export function lengthProblem(options: readonly string[]): string | undefined {
	const [key, ...wrong] = options;
	if (key === undefined) return 'no options';
	if (wrong.every((w) => w.length < key.length)) return 'the key is the longest option';
	const words = options.map((o) => wordsOf(o).length);
	if (Math.max(...words) > LENGTH_RATIO * Math.min(...words))
		return 'the longest option is over twice the shortest';
	return undefined;
}
