// How far a value's phrase runs in its sentence: a count's modifier before it ("more than 70"),
// the noun it counts after it ("70 members of the Legislative Council"), and in the clause, the
// preposition that governs it and the words that may stand before it in the subject.
import type { Sentence, Token } from '../../types';
import { spanText } from './clauses';
import type { Value } from './values';
import { COUNT_MODIFIERS } from '../../lexicons';

/** Prepositions a value phrase may open with, whatever the tagger called them. */
const WH_PREPS = new Set([
	'in',
	'on',
	'at',
	'by',
	'with',
	'from',
	'to',
	'during',
	'near',
	'inside',
	'against'
]);

/** A value as a question asks about it: with its count modifier and what it counts. */
export interface ValuePhrase {
	/** First token of the value, a count modifier included. */
	valueStart: number;
	/** The value's text as asked about ("more than 70"). */
	value: string;
	/** End of the counted noun and its "of" phrase; the value's own end when it counts nothing. */
	unitEnd: number;
	/** What a quantity counts ("members of the Legislative Council"), or a percentage's "of" phrase. */
	unitNoun: string | undefined;
	/** Whether the value is a percentage. */
	percent: boolean;
}

/** Measures value `v` in sentence `s`, whose predicate ends at token `pe`. */
export function valuePhrase(s: Sentence, v: Value, pe: number): ValuePhrase {
	const unitEnd = unitEndOf(s.tokens, v, pe);
	const valueStart = v.type === 'quantity' ? countModifierStart(s.tokens, v) : v.tokenStart;
	return {
		valueStart,
		value: v.type === 'quantity' ? spanText(s, valueStart, v.tokenEnd) : v.text,
		unitEnd,
		unitNoun:
			v.type === 'quantity' && unitEnd > v.tokenEnd ? spanText(s, v.tokenEnd, unitEnd) : undefined,
		percent: v.type === 'quantity' && v.unit === 'percent'
	};
}

/** Where what a quantity counts ends: its unit noun, or a percentage's "of" phrase. */
function unitEndOf(toks: readonly Token[], v: Value, pe: number): number {
	if (v.type !== 'quantity' || !v.unit || v.unit === 'money') return v.tokenEnd;
	// "70 percent of the market": a percentage is asked about with its "of" phrase.
	if (v.unit === 'percent') {
		const k = ofPhraseEnd(toks, v.tokenEnd, pe);
		return k !== undefined && k > v.tokenEnd + 1 ? k : v.tokenEnd;
	}
	let unitEnd = v.tokenEnd;
	while (unitEnd < toks.length && toks[unitEnd]?.normal !== v.unit) unitEnd++;
	unitEnd++;
	// "70 members of the Legislative Council": the "of" phrase belongs to what is counted, so
	// it moves with "How many": "How many members of the Legislative Council does … elect?"
	return ofPhraseEnd(toks, unitEnd, pe) ?? unitEnd;
}

/**
 * The end of an "of" phrase opening at token `at` and running to a preposition or to the
 * predicate's end `pe`, or undefined when there is none or a comma cuts it short.
 */
function ofPhraseEnd(toks: readonly Token[], at: number, pe: number): number | undefined {
	if (toks[at]?.normal !== 'of' || /[,;]/.test(toks[at - 1]?.post ?? '')) return undefined;
	let k = at + 1;
	while (k < pe && !toks[k]?.tags.has('Preposition') && !/[,;]/.test(toks[k - 1]?.post ?? '')) k++;
	return k === pe || toks[k]?.tags.has('Preposition') ? k : undefined;
}

/** Where a count starts with the one- or two-word modifier before it ("more than", "about"). */
function countModifierStart(toks: readonly Token[], v: Value): number {
	const mod = `${toks[v.tokenStart - 2]?.normal ?? ''} ${toks[v.tokenStart - 1]?.normal ?? ''}`;
	if (toks[v.tokenStart - 2] && COUNT_MODIFIERS.test(mod)) return v.tokenStart - 2;
	if (COUNT_MODIFIERS.test(toks[v.tokenStart - 1]?.normal ?? '')) return v.tokenStart - 1;
	return v.tokenStart;
}

/** Where a value's phrase in the subject ends (the subject ends at `se`), and what it counts. */
export function subjectValueEnd(
	s: Sentence,
	v: Value,
	p: ValuePhrase,
	se: number
): { end: number; unitNoun: string | undefined } {
	const end = v.type === 'quantity' ? p.unitEnd : v.tokenEnd;
	// "two billion people around the world live …": a phrase after the counted noun moves with it.
	const rest = s.tokens.slice(end, se);
	if (
		v.type === 'quantity' &&
		p.unitNoun &&
		end < se &&
		rest[0]?.tags.has('Preposition') &&
		rest.every((t) => !t.tags.has('Verb') && !/[,;:()"]/.test(t.post))
	)
		return { end: se, unitNoun: spanText(s, v.tokenEnd, se) };
	return { end, unitNoun: p.unitNoun };
}

/** Words that link a head to what follows it: before the value, they make it not the head. */
const LINKING = /^(to|of|in|on|for|with|from|against|towards?|about|over|by|at|into|than)$/;

/** Whether the value heads the subject, given the words `lead` before it. */
export function headsSubject(lead: readonly Token[]): boolean {
	if (lead.some((t) => t.tags.has('Pronoun') || ['and', 'or', 'of'].includes(t.normal)))
		return false;
	// "The decision to halt operations against Russia was conveyed": the value ends the subject
	// but is not its head; only articles, titles and adjectives may stand before the head.
	return !lead.some(
		(t) => t.tags.has('Preposition') || t.tags.has('Verb') || LINKING.test(t.normal)
	);
}

/** Whether a value in the predicate whose phrase ends at `end` stands as a phrase of its own. */
export function endsItsPhrase(s: Sentence, v: Value, end: number, pe: number): boolean {
	const after = s.tokens[end];
	// A value that modifies a following noun ("the 2018 World Cup") cannot be asked about.
	if (end < pe && after && (after.tags.has('Noun') || after.tags.has('Value'))) return false;
	// "ended with Sweden winning three points": the value is the subject of its own clause.
	if (after?.tags.has('Gerund')) return false;
	return !/^'s/.test(s.text.slice(v.end - s.start));
}

/** Where a value's phrase in the predicate starts: its "the", preposition and "back" taken in. */
export function predicatePhraseStart(
	toks: readonly Token[],
	ps: number,
	valueStart: number
): { phraseStart: number; prep: string } {
	let phraseStart = valueStart;
	if (toks[phraseStart - 1]?.normal === 'the') phraseStart--;
	let prep = '';
	// "was held on Sunday": the tagger may read "held on" as a phrasal verb; "on" still governs.
	const before = toks[phraseStart - 1];
	if (phraseStart > ps && (before?.tags.has('Preposition') || WH_PREPS.has(before?.normal ?? ''))) {
		phraseStart--;
		prep = (toks[phraseStart] as Token).normal;
	}
	// "lost tragically back on February 1": "back" goes with the date it points to.
	if (prep && phraseStart > ps && toks[phraseStart - 1]?.normal === 'back') phraseStart--;
	return { phraseStart, prep };
}
