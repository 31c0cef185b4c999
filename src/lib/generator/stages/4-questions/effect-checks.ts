// What an effect item (effect.ts) and a "why" item must be to be asked: the named checks of
// stages/5-validate.ts run these on them. Each returns why the item fails, or undefined.
import type { Candidate } from '../../types';
import { containsWords, unbalanced, wordsOf } from '../../well-formed';
import { termsOf, type TaggedTerm } from './effect-options';

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
		/^What is one result of (?:the fact that )?(.+)\?$/.exec(stem) ??
		/^What did (.+) lead to\?$/.exec(stem);
	return m?.[1];
}

/** Whether the stem names its cause as a clause: "… because the river rose?", "… the fact that …?". */
export const clauseCause = (stem: string) =>
	stem.startsWith('What happened because ') ||
	stem.startsWith('What is one result of the fact that ');

/**
 * effect-clause-complete: the stem names a whole cause, and every option is a whole clause (a named
 * subject and a verb) or a whole phrase, never one cut short or opening on a word that leans on
 * another sentence.
 */
export function effectIncomplete(c: Candidate): string | undefined {
	const cause = stemCause(c.stem);
	if (!cause || wordsOf(cause).length < 2) return 'the stem names no whole cause';
	// "because one of the problems of biomass is that …": a claim about a claim is no event.
	if (/\b(is|was) that\b|^one of\b/i.test(cause)) return `the cause "${cause}" names no event`;
	if (LEANS.test(firstWord(cause)) || OPEN_END.test(lastWord(cause)) || POINTS_AWAY.test(cause))
		return `the cause "${cause}" is cut short or leans on another sentence`;
	return undefined;
}

/**
 * effect-option-fragment: every option is whole. None ends on a function word, opens in lower case
 * or on a word that leans on another sentence; a clause has a verb of its own, a phrase none ("The
 * Russian people considerable hardship" is neither); a key of two words is more than a degree and a
 * noun ("Particular debate").
 */
export function effectFragment(c: Candidate): string | undefined {
	const of = c.effectOf;
	// "Particular debate", "Considerable interest": a degree and a noun say of what nothing.
	if (
		/^(particular|considerable|great|much|some|certain|further|significant|little)\s+\S+$/i.test(
			c.answer
		)
	)
		return `"${c.answer}" says only how much, not of what`;
	const options = [c.answer, ...c.distractors];
	for (const [i, o] of options.entries()) {
		if (!/^\p{Lu}/u.test(o) || unbalanced(o) || OPEN_END.test(lastWord(o)))
			return `"${o}" is cut short`;
		// "Simultaneously transmitting data …": an adverb opens no clause.
		const opener = firstWord(o);
		const clause = of?.form === 'clause';
		if (clause && (wordsOf(o).length < 3 || LEANS.test(opener) || /ly$/.test(opener)))
			return `"${o}" is no clause that stands alone`;
		// "… launched campaigns against them": whom? An option is read without its sentence.
		if (POINTS_AWAY.test(o)) return `"${o}" points to another sentence`;
		const shape = of?.shapes?.[i];
		if (shape && clause && !shape.finite) return `"${o}" has no verb`;
		if (shape && !clause && shape.finite && !shape.past) return `"${o}" is a clause among phrases`;
	}
	return undefined;
}

/**
 * Words that give a phrase its owner or its occasion: "of the river", "Russia's", "in 1930", or
 * what a step was to do ("the decision to close the harbour school").
 */
const OWNED =
	/\d|['’]s\b|\s\p{Lu}|\b(in|on|at|from|by|between|against|during)\s+\S|\bof\s+(?!the\b|a\b|an\b)\S|\b(decision|order|plan|move|vote|call)\s+to\s+\p{L}+\s+\S/u;

/**
 * effect-cause-owned: the cause in the stem says whose or which it is. "What happened as a result of
 * the weight loss?" asks of no one in an article about many things; "returning to office" names
 * no one who returned.
 */
export function ownerlessCause(c: Candidate): string | undefined {
	const cause = stemCause(c.stem);
	if (!cause) return undefined;
	const first = firstWord(cause);
	if (/ing$/i.test(first) && !/^(the|a|an)$/i.test(first))
		return `the cause "${cause}" names no one who did it`;
	if (!clauseCause(c.stem) && !OWNED.test(` ${cause}`))
		return `the cause "${cause}" says neither whose nor which`;
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
	// "Paper money was issued" beside "Compression is useful": the one of another tense stands out.
	const shapes = of.shapes ?? [];
	if (of.form === 'clause' && shapes.some((s) => s.past !== shapes[0]?.past))
		return 'options mix tenses';
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

/** Adverbs that may open an instruction before its verb: "Never hang paper …", "Always check …". */
const INSTRUCTING = /^(never|always|do|don't|please|just|simply|first|then|now)$/;
/** Words after which a sentence's first word is a verb given as an order: "Water the basil". */
const ORDERED = /^(the|a|an|each|every|your|all|any|some|this|these|those|it|them)$/;

/**
 * Whether a text is an instruction rather than a statement: it opens on a verb in its bare form
 * ("Label each container", "Cool the stock"), maybe after "never" or "always", or on a word that
 * is read as a noun but stands before a determiner ("Water the plants").
 */
export function instructs(text: string): boolean {
	const terms = termsOf(text);
	const at = INSTRUCTING.test(terms[0]?.normal ?? '') ? 1 : 0;
	const first = terms[at];
	if (!first) return false;
	const bare = (t: TaggedTerm) =>
		t.tags.includes('Verb') &&
		!t.tags.includes('Gerund') &&
		!t.tags.includes('PastTense') &&
		(t.tags.includes('Imperative') || t.tags.includes('Infinitive'));
	// "Test tubes were used": a finite verb just after makes the first word part of a subject.
	const finiteNext = terms
		.slice(at + 1, at + 3)
		.some((t) => ['Copula', 'PastTense', 'Modal', 'Auxiliary'].some((x) => t.tags.includes(x)));
	if (finiteNext) return false;
	if (bare(first) || (at === 1 && first.tags.includes('Negative'))) return true;
	return at === 0 && !first.tags.includes('Determiner') && ORDERED.test(terms[1]?.normal ?? '')
		? first.tags.includes('Noun') &&
				!/\p{Lu}/u.test(text.slice(1, 2)) &&
				!first.tags.includes('Plural')
		: false;
}

/** Words of advice: "Gloves are a good idea" says what to do, not what came of something. */
const ADVISING =
	/\b(good idea|sensible|advisable|recommended|should|ought|must|need to|needs to|it pays)\b|\b(is|are|it's) (best|worth)\b(?!-)/i;

/** Whether a text opens on a preposition or an adjective cut from "so … that": not on its subject. */
function opensOffSubject(text: string): boolean {
	const [first, second] = termsOf(text);
	if (!first) return false;
	if (first.tags.includes('Preposition')) return true;
	return second?.normal === 'that' && !first.tags.includes('Determiner');
}

/**
 * effect-tells-of-events: an effect item asks of events and states, never of advice. The cause in
 * its stem and every option is a statement that opens on its subject: none an instruction ("Label
 * each container with the date"), none opening on a fronted phrase ("because in a crowded freezer
 * every tub looks the same", "By eating rye") or on the tail of "so narrow that …".
 */
export function effectNotEvent(c: Candidate): string | undefined {
	const cause = stemCause(c.stem);
	if (cause && clauseCause(c.stem)) {
		if (instructs(cause)) return `the cause "${cause}" is an instruction, no event`;
		if (opensOffSubject(cause)) return `the cause "${cause}" does not open on its subject`;
	}
	for (const o of [c.answer, ...c.distractors]) {
		const problem = notEvent(o);
		if (problem) return `"${o}" ${problem}`;
	}
	return undefined;
}

/** Why a text tells of no event or state (an instruction, advice, a clause cut), or undefined. */
export function notEvent(text: string): string | undefined {
	if (instructs(text)) return 'is an instruction, no event';
	if (ADVISING.test(text)) return 'gives advice, no event';
	if (opensOffSubject(text)) return 'does not open on its subject';
	return undefined;
}
