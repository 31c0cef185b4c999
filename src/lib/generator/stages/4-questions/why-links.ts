// The explicit cause-and-effect links of a sentence, each split into its two sides as token ranges:
// "The council closed the bridge because the river had risen" (effect, then cause), "Because the
// river had risen, the council closed the bridge" (cause first), "The river rose, so the council
// closed the bridge" (cause, then its result). Only links the article states: a reason left to
// inference is one two readers may see differently. A link the sentence hedges or denies ("not
// because", "partly because", "may be because") is no link: its key would not be the article's.
import type { Sentence, Token } from '../../types';
import { REPORTING } from '../3-facts/words';

/** One explicit link: the tokens of what is explained and of what explains it. */
export interface ExplicitLink {
	sentence: number;
	/** Token ranges [start, end) in the sentence. */
	effect: [number, number];
	cause: [number, number];
	/** "because", "so": how the sentence links them. */
	link: 'because' | 'so' | 'since';
}

/** Words before a link that make it one of several reasons, or none: no key of the article's. */
const HEDGE_BEFORE =
	/^(not|partly|partially|only|just|simply|perhaps|probably|possibly|maybe|presumably|apparently|supposedly|allegedly|also|even|precisely|exactly|is|was|are|were|be|been|example|instance|that)$/;

/** Words in the explained side that hedge or deny it, or put it in someone's mouth or mind. */
const HEDGE_IN =
	/^(if|whether|perhaps|probably|possibly|maybe|may|might|would|unless|seems?|seemed|appears?|appeared|believed?|thought|think|thinks|suggests?|suggested|argued?|claims?|claimed)$/;

/**
 * A "not" in the explained side: before a "because" it may deny the link itself ("was not closed
 * because of the flood" may mean it was closed for another reason), and elsewhere it makes a
 * negative stem.
 */
const negative = (t: Token) =>
	t.tags.has('Negative') || /^(not|never|no|nor|cannot)$/.test(t.normal) || /n['’]t$/.test(t.text);

/** Where a cause that runs on stops: a second clause after a comma. */
const RUNS_ON = /^(and|but|which|who|while|although|though|so|whereas|as|since|because|when)$/;

/** Words after ", so" that make it an adverb of degree or a "so that", not a result. */
const NOT_RESULT_SO =
	/^(that|far|much|many|few|little|long|called|too|as|to|on|forth|it's|much|very|what|why|do|does|did)$/;

/** Whether a side says something of its own: a finite verb, and no more than `max` words. */
function isClause(toks: readonly Token[], [a, b]: [number, number], max = 18): boolean {
	const n = b - a;
	if (n < 3 || n > max) return false;
	const side = toks.slice(a, b);
	// "stay" is tagged both Infinitive and PresentTense: a tense or an auxiliary makes it finite.
	return side.some(
		(t) =>
			t.tags.has('Verb') &&
			!t.tags.has('Gerund') &&
			(t.tags.has('PastTense') ||
				t.tags.has('PresentTense') ||
				t.tags.has('Copula') ||
				t.tags.has('Auxiliary') ||
				t.tags.has('Modal'))
	);
}

/** Whether a side hedges or denies what it says, or reports it ("said that …", "not"). */
export function hedgedSide(toks: readonly Token[], [a, b]: [number, number]): boolean {
	return toks
		.slice(a, b)
		.some((t) => HEDGE_IN.test(t.normal) || REPORTING.has(t.normal) || negative(t));
}

/** Words that make a cause a guess or someone's claim ("because it probably …", "because, he said, …"). */
const GUESSED =
	/^(perhaps|probably|possibly|maybe|presumably|apparently|supposedly|allegedly|may|might)$/;

/** Whether a cause is hedged or reported: a guess is no key (a "not" in it is fine: "because it was not ready"). */
export const hedgedCause = (toks: readonly Token[], [a, b]: [number, number]) =>
	toks.slice(a, b).some((t) => GUESSED.test(t.normal) || REPORTING.has(t.normal));

/** Where a cause that starts at `from` ends: the sentence's end, or a second clause or a bracket. */
function causeEnd(toks: readonly Token[], from: number, atComma: boolean): number {
	let end = from;
	while (end < toks.length) {
		const t = toks[end] as Token;
		end++;
		if (/[;:()"\u201C\u201D]|\s[-–—]\s?/.test(t.post)) break;
		if (/,/.test(t.post) && (atComma || RUNS_ON.test(toks[end]?.normal ?? ''))) break;
	}
	return end;
}

/** The sentence's only "because" (clause, not "because of"), or -1. */
function becauseAt(toks: readonly Token[]): number {
	const at = toks
		.map((t, i) => (t.normal === 'because' && toks[i + 1]?.normal !== 'of' ? i : -1))
		.filter((i) => i >= 0);
	return at.length === 1 && !toks.some((t) => t.normal === 'because' && t !== toks[at[0] as number])
		? (at[0] as number)
		: -1;
}

/** The side before index `at`, without the comma or adverb of focus that leads into the link. */
function before(toks: readonly Token[], at: number): [number, number] {
	const focus = /^(largely|mainly|chiefly|mostly|primarily)$/.test(toks[at - 1]?.normal ?? '');
	return [0, focus ? at - 1 : at];
}

/**
 * The sentence's explicit link, or undefined when it has none, more than one, or one that is
 * hedged, denied, reported or asked.
 */
export function explicitLink(s: Sentence): ExplicitLink | undefined {
	const toks = s.tokens;
	// A question, a quotation or a speaker's "I"/"we": the link is someone's, not the article's.
	if (/\?["')\u201D]*$/.test(s.text) || /["\u201C\u201D]/.test(s.text)) return undefined;
	if (toks.some((t) => /^(i|we|you|me|us|my|our|your)$/.test(t.normal) && t.tags.has('Pronoun')))
		return undefined;
	const b = becauseAt(toks);
	if (b === 0) {
		// "Because the river had risen, the council closed the bridge."
		const end = causeEnd(toks, 1, true);
		if (!/,/.test(toks[end - 1]?.post ?? '')) return undefined;
		return checked(s, {
			sentence: s.index,
			cause: [1, end],
			effect: [end, toks.length],
			link: 'because'
		});
	}
	if (b > 2) {
		if (HEDGE_BEFORE.test(toks[b - 1]?.normal ?? '')) return undefined;
		const effect = before(toks, b);
		// "…, which closed because …": the reason may explain a clause of its own, not the sentence
		// (after a comma it explains the main clause).
		const setOff = /,/.test(toks[effect[1] - 1]?.post ?? '');
		if (
			!setOff &&
			toks.slice(0, b).some((t) => /^(which|who|that|when|while|where)$/.test(t.normal))
		)
			return undefined;
		const end = causeEnd(toks, b + 1, false);
		return checked(s, { sentence: s.index, effect, cause: [b + 1, end], link: 'because' });
	}
	// "Since the river had risen, the council closed the bridge" (not "Since 1990, …").
	if (
		toks[0]?.normal === 'since' &&
		!/^\d/.test(toks[1]?.text ?? '') &&
		!toks[1]?.tags.has('Gerund')
	) {
		const end = causeEnd(toks, 1, true);
		if (!/,/.test(toks[end - 1]?.post ?? '') || inPerfect(toks.slice(end))) return undefined;
		return checked(s, {
			sentence: s.index,
			cause: [1, end],
			effect: [end, toks.length],
			link: 'since'
		});
	}
	// "The river rose, so the council closed the bridge."
	const so = toks.findIndex(
		(t, i) =>
			i > 3 &&
			t.normal === 'so' &&
			/,/.test(toks[i - 1]?.post ?? '') &&
			!NOT_RESULT_SO.test(toks[i + 1]?.normal ?? '') &&
			!toks[i + 1]?.tags.has('Adjective') &&
			!toks[i + 1]?.tags.has('Adverb')
	);
	if (so > 0) {
		const end = causeEnd(toks, so + 1, false);
		if (
			toks
				.slice(0, so)
				.some((t) => /^(which|who|when|while|where|if|although|though)$/.test(t.normal))
		)
			return undefined;
		return checked(s, { sentence: s.index, cause: [0, so], effect: [so + 1, end], link: 'so' });
	}
	return undefined;
}

/** Whether a clause is in the perfect ("has grown"), the tense a "since" of time goes with. */
function inPerfect(toks: readonly Token[]): boolean {
	return toks.some((t, i) => /^(has|have|had)$/.test(t.normal) && !!toks[i + 1]?.tags.has('Verb'));
}

/** Words a side may not open on: it leans on the sentence before or inverts its clause. */
const LEANING_START =
	/^(here|there|then|this|these|that|those|however|also|still|instead|thus|only|not|never|rarely|seldom|little|nor|and|but|or|yet)$/;

/**
 * An explained side that is one clause: from its first word to a ";" or to a second clause joined
 * on after a comma (", and the mud sealed it in"), which the reason may not explain. Undefined when
 * a reason that follows it has such a break before it: which clause it explains is unclear.
 */
function oneClause(toks: readonly Token[], link: ExplicitLink): [number, number] | undefined {
	const [a, b] = link.effect;
	const breakAt = toks.findIndex(
		(t, i) =>
			i >= a &&
			i < b - 1 &&
			(/[;:]/.test(t.post) ||
				(/,/.test(t.post) && /^(and|but|or|while|whereas|yet)$/.test(toks[i + 1]?.normal ?? '')))
	);
	if (breakAt < 0) return [a, b];
	return link.cause[0] < a || link.link === 'so' ? [a, breakAt + 1] : undefined;
}

/** The link, when both its sides are whole clauses and neither is hedged. */
function checked(s: Sentence, found: ExplicitLink): ExplicitLink | undefined {
	const toks = s.tokens;
	const effect = oneClause(toks, found);
	if (!effect) return undefined;
	const link = { ...found, effect };
	if (
		LEANING_START.test(toks[link.cause[0]]?.normal ?? '') ||
		LEANING_START.test(toks[link.effect[0]]?.normal ?? '')
	)
		return undefined;
	if (!isClause(toks, link.cause) || !isClause(toks, link.effect, 24)) return undefined;
	// A negative explained side makes a negative stem, which reviewers reject ("Why could … not …?").
	if (hedgedSide(toks, link.effect) || hedgedCause(toks, link.cause)) return undefined;
	return link;
}
