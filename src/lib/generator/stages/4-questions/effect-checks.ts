// What an effect item (effect.ts) and a "why" item must be to be asked: the named checks of
// stages/5-validate.ts run these on them. Each returns why the item fails, or undefined.
import type { Candidate } from '../../types';
import { containsWords, unbalanced, wordsOf } from '../../well-formed';

/** Words an option or a stem's cause cannot end on: it was cut short. */
const OPEN_END =
	/^(of|to|in|on|at|by|for|with|from|and|or|but|the|a|an|as|than|that|which|who|its|their|his|her|is|was|are|were|be|been|has|had|have|not)$/i;
/** Words a clause option cannot open on and still stand alone. */
const LEANS =
	/^(because|due|since|as|owing|when|while|if|although|though|but|and|so|however|thus|then|it|they|he|she|him|her|them|this|these|those|there|i|we|you|my|our|your|his|their|its)$/i;
/** Words that send the reader to another sentence: "the ground there", "this change". */
const POINTS_AWAY = /\b(there|then|this|these|those|such|it|they|he|she|him|her|them)\b/i;
/** How far the key's length may be from the wrong options' before it stands apart. */
const LENGTH_RATIO = 1.6;

const lastWord = (t: string) => wordsOf(t).at(-1) ?? '';
const firstWord = (t: string) => wordsOf(t)[0] ?? '';

/** The cause as the stem names it: "… as a result of X?", "… because X?", "What did X lead to?". */
export function stemCause(stem: string): string | undefined {
	const m =
		/^What happened (?:as a result of|because) (.+)\?$/.exec(stem) ??
		/^What did (.+) lead to\?$/.exec(stem);
	return m?.[1];
}

/**
 * effect-clause-complete: the stem names a whole cause, and every option is a whole clause (a named
 * subject and a verb) or a whole phrase, never one cut short or opening on a word that leans on
 * another sentence.
 */
export function effectIncomplete(c: Candidate): string | undefined {
	const cause = stemCause(c.stem);
	if (!cause || wordsOf(cause).length < 2) return 'the stem names no whole cause';
	if (LEANS.test(firstWord(cause)) || OPEN_END.test(lastWord(cause)) || POINTS_AWAY.test(cause))
		return `the cause "${cause}" is cut short or leans on another sentence`;
	const form = c.effectOf?.form;
	for (const o of [c.answer, ...c.distractors]) {
		if (!/^\p{Lu}/u.test(o) || unbalanced(o) || OPEN_END.test(lastWord(o)))
			return `"${o}" is cut short`;
		// "Simultaneously transmitting data …": an adverb opens no clause.
		const opener = firstWord(o);
		if (form === 'clause' && (wordsOf(o).length < 3 || LEANS.test(opener) || /ly$/.test(opener)))
			return `"${o}" is no clause that stands alone`;
		// "… launched campaigns against them": whom? An option is read without its sentence.
		if (POINTS_AWAY.test(o)) return `"${o}" points to another sentence`;
	}
	return undefined;
}

/**
 * effect-not-also-caused: no wrong option is something the article also gives as a result of the
 * cause asked about (a second right answer), or restates the cause itself.
 */
export function alsoCaused(c: Candidate): string | undefined {
	const of = c.effectOf;
	if (!of) return 'the item keeps no cause';
	const same = (a: string, b: string) =>
		a.toLowerCase() === b.toLowerCase() || containsWords(a, b) || containsWords(b, a);
	const twice = c.distractors.find((d) => of.outcomes.some((o) => same(o, d)) || same(d, of.cause));
	return twice ? `"${twice}" is also given as a result of ${of.cause}` : undefined;
}

/**
 * effect-options-same-form: four clauses or four phrases, the key neither far longer nor far shorter
 * than every wrong option (a form cue picked unread).
 */
export function effectFormProblem(c: Candidate): string | undefined {
	const of = c.effectOf;
	if (!of || of.forms.length !== c.distractors.length || of.forms.some((f) => f !== of.form))
		return 'options mix clauses and phrases';
	const key = wordsOf(c.answer).length;
	const sizes = c.distractors.map((d) => wordsOf(d).length);
	if (sizes.every((n) => key > n * LENGTH_RATIO) || sizes.every((n) => key * LENGTH_RATIO < n))
		return 'the key stands apart by its length';
	return undefined;
}

/**
 * why-stem-whole: a "why" stem keeps every word of the clause it asks about ("far too slight", not
 * "far slight": a stem that drops "too" says something else).
 */
export function whyStemCut(c: Candidate): string | undefined {
	const before = c.fact.frame?.before ?? '';
	return /\btoo\s+\w+/i.test(before) && !/\btoo\s+\w+/i.test(c.stem)
		? 'the stem drops a word of its clause'
		: undefined;
}
