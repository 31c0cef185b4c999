// What a not-stated item (not-stated.ts) must be to be asked: the named checks of
// stages/5-validate.ts run these on it. Each returns why the item fails, or undefined.
import type { Candidate } from '../../types';
import { containsWords, wordsOf } from '../../well-formed';
import { articleNames } from './not-stated-sets';
import { NOT_STATED_PREFIX } from './not-stated';

/** The longest listed item, in words. */
const ITEM_MAX_WORDS = 4;

/**
 * Three wrong options, each a whole item of the sentence's list as written: no date or figure, no
 * cut word, at most four words, and a list of at least three.
 */
export function listCleanProblem(c: Candidate): string | undefined {
	const listed = (c.listed ?? []).map((l) => l.replace(/^the /i, ''));
	if (listed.length < 3) return 'the list has fewer than three items';
	for (const d of c.distractors) {
		if (!listed.includes(d)) return `"${d}" is not an item of the list`;
		if (!containsWords(c.source.sentence, d)) return `the sentence does not write "${d}"`;
		if (/\d/.test(d)) return `"${d}" is a date or a figure`;
		if (wordsOf(d).length > ITEM_MAX_WORDS) return `"${d}" is too long for an item`;
		// "rice" of "brown rice": an item the sentence writes inside a longer word run is cut.
		const at = c.source.sentence.indexOf(d);
		const around = c.source.sentence.slice(Math.max(0, at - 1), at + d.length + 1);
		if (/^[\p{L}-]|[\p{L}-]$/u.test(around.replace(d, ''))) return `"${d}" is cut from a word`;
	}
	return undefined;
}

/** The key appears nowhere in the article, in any number or case: it is not stated. */
export function outsiderAbsentProblem(c: Candidate, text: string | undefined): string | undefined {
	if (c.listed?.some((l) => l.toLowerCase() === c.answer.toLowerCase()))
		return 'the key is an item of the list';
	if (!text) return undefined;
	const bare = c.answer.replace(/^the /i, '');
	const singular = bare.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
	return [bare, singular].some((form) => articleNames(text, form))
		? `the article names "${c.answer}"`
		: undefined;
}

/**
 * Four options of one form: the same case at their start, within a word of each other's length,
 * all plural or none (by their ending), the key not the longest by more than a word.
 */
export function sameFormProblem(c: Candidate): string | undefined {
	const options = [c.answer, ...c.distractors].map((o) => o.replace(/^the /i, ''));
	const capital = options.map((o) => /^\p{Lu}/u.test(o));
	if (new Set(capital).size > 1) return 'the options differ in case';
	const lengths = options.map((o) => wordsOf(o).length);
	const [key, ...others] = lengths as [number, ...number[]];
	if (key > Math.max(...others) || key < Math.min(...others))
		return 'the key is longer or shorter than every listed item';
	// Names ("Athens", "Hermes") have no number to match.
	if (capital[0]) return undefined;
	const plural = options.map((o) => /\p{Ll}s$/u.test(o) && !/(ss|us|is|ics)$/.test(o));
	const listedPlural = plural.slice(1).filter(Boolean).length;
	if (listedPlural >= 2 && !plural[0]) return 'the listed items are plural and the key is not';
	if (listedPlural === 0 && plural[0]) return 'the key is plural and the listed items are not';
	return undefined;
}

/**
 * The stem asks which one the article does NOT list and names the set: a noun after "among the" or
 * a clause after "say" of at least two words.
 */
export function setNamedProblem(c: Candidate): string | undefined {
	if (!c.stem.startsWith(NOT_STATED_PREFIX)) return 'the stem does not ask what is not stated';
	const rest = c.stem.slice(NOT_STATED_PREFIX.length).replace(/\?$/, '').trim();
	const named =
		/^name among the (.+)$/.exec(rest)?.[1] ??
		/^say (.+)$/.exec(rest)?.[1] ??
		/^list in "(.+) …"$/.exec(rest)?.[1];
	if (!named || wordsOf(named).length < 2) return 'the stem does not name the set';
	return undefined;
}
