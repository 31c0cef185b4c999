// Noun phrases of a sentence, read from the tagger's parts of speech: a head noun with what stands
// before it ("the first crewed landing") and up to two phrases after it ("on the Moon", "of the
// canal"), or a short clause ("that first landed people on the Moon"). Main-idea options are
// made of them: every option a phrase the article writes, so none stands apart by its form.
import type { Sentence, Token } from '../../types';

/** A stretch of one sentence that reads as a noun phrase, with offsets in the normalized text. */
export interface Phrase {
	text: string;
	start: number;
	end: number;
	sentence: number;
	paragraph: number;
	/** Token range [from, to) in the sentence. */
	from: number;
	to: number;
}

const ARTICLE = /^(the|a|an)$/;
/** Prepositions a noun phrase may run on with ("the construction of the canal"). */
const JOINING = /^(of|in|on|for|from|to|between|with|at|across|against|over|during|about|into)$/;
const RELATIVE = /^(that|which|who)$/;
/** Possessive pronouns and words that point elsewhere: "its final mission" says whose only in context. */
const POINTING =
	/^(its|his|her|their|our|my|your|this|these|those|that|such|same|other|another|it|they|he|she|we|i|you|them|him|us|me|both|all|each|some|many|most|any|none|either|neither|everyone|everything|someone|something|anyone|anything)$/;

/** Days, months and dates: "the first space shuttle Tuesday" runs a time into the phrase. */
const isTime = (t: Token) =>
	t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month') || t.tags.has('Duration');

const isNoun = (t: Token) =>
	!isTime(t) &&
	(t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym')) &&
	!t.tags.has('Pronoun') &&
	!POINTING.test(t.normal) &&
	/\p{L}/u.test(t.text);

/**
 * A word that may stand before the head noun: an adjective, a number word, a noun, a participle
 * ("the first crewed landing", "known planet"; never a verb after a noun: "Belgium had …", "the war
 * opened …" are clauses).
 */
function isModifier(t: Token, prev?: Token): boolean {
	if (isNoun(t)) return true;
	if (isTime(t)) return false;
	if (t.tags.has('Adjective') && !POINTING.test(t.normal)) return true;
	if (t.tags.has('Value')) return !/\d/.test(t.text);
	return (
		t.tags.has('Verb') &&
		/(ed|en|wn|ing)$/.test(t.normal) &&
		!t.tags.has('Auxiliary') &&
		!t.tags.has('Copula') &&
		(!prev || !isNoun(prev) || /est$/.test(prev.normal))
	);
}

/** Whether punctuation or a quote stands between token i and the next: a phrase never spans it. */
const breakAfter = (toks: Token[], i: number) =>
	/[,;:()"!?[\]]|\.\s|\.$|\s-|-\s/.test(toks[i]?.post ?? '') ||
	/[("[]/.test(toks[i + 1]?.pre ?? '');

/** Whether token i is joined to the next by a hyphen with no space ("STS-1"): no phrase ends there. */
const hyphenAfter = (toks: Token[], i: number) => /^[-/]$/.test(toks[i]?.post ?? '');

/** The end of the noun group that starts at `i` (article, modifiers, head), or -1. */
function nounGroup(toks: Token[], i: number): number {
	let j = i;
	if (ARTICLE.test(toks[j]?.normal ?? '') && !breakAfter(toks, j)) j++;
	let end = -1;
	while (j < toks.length) {
		const t = toks[j] as Token;
		// "the eighth and farthest known planet", "the capital and largest city of Nepal".
		const next = toks[j + 1];
		const joinsPair =
			t.normal === 'and' &&
			j > i &&
			isModifier(toks[j - 1] as Token) &&
			(end < 0 || (!!next && next.tags.has('Adjective') && !isNoun(next)));
		if (!isModifier(t, j > i ? toks[j - 1] : undefined) && !joinsPair) break;
		if (isNoun(t) && !hyphenAfter(toks, j)) end = j + 1;
		if (breakAfter(toks, j)) break;
		j++;
	}
	// "the eighth and farthest known planet": the head is the last noun of the run.
	return end;
}

/** The index of the head noun of the phrase starting at `i` (its first noun group's last noun). */
export const headOf = (toks: Token[], i: number) => nounGroup(toks, i) - 1;

/** The index after an adverb at `j` ("first", "usually"), or `j`. */
const skipAdverb = (toks: Token[], j: number) =>
	toks[j]?.tags.has('Adverb') && !breakAfter(toks, j) ? j + 1 : j;

/**
 * The end of a relative clause after `at` ("that first landed people on the Moon", "that
 * flourished during the late medieval period"), or -1.
 */
function relativeClause(toks: Token[], at: number): number {
	if (!RELATIVE.test(toks[at]?.normal ?? '') || breakAfter(toks, at)) return -1;
	let j = skipAdverb(toks, at + 1);
	// "that was built across …": an auxiliary before a participle.
	if (toks[j]?.tags.has('Auxiliary') && /(ed|en|wn)$/.test(toks[j + 1]?.normal ?? '')) j++;
	const verb = toks[j];
	if (!verb || !verb.tags.has('Verb') || verb.tags.has('Copula') || verb.tags.has('Auxiliary'))
		return -1;
	if (breakAfter(toks, j)) return -1;
	const object = nounGroup(toks, j + 1);
	const joinedAt = object > 0 ? object : j + 1;
	const joined = breakAfter(toks, joinedAt - 1) ? -1 : joinedPhrase(toks, joinedAt);
	return joined > 0 ? joined : object;
}

/**
 * The end of a joining phrase right after `at` ("of the canal", "built across the isthmus",
 * "usually caused by the bacterium …"), or -1.
 */
function joinedPhrase(toks: Token[], at: number): number {
	const head = toks[at - 1];
	const j = skipAdverb(toks, at);
	const t = toks[j];
	// "a military conflict fought between …": only after a common noun, never a name's own verb
	// ("Russia lost to …").
	const participle =
		!!t &&
		t.tags.has('Verb') &&
		/(ed|en|wn)$/.test(t.normal) &&
		!t.tags.has('Auxiliary') &&
		!t.tags.has('Copula') &&
		!breakAfter(toks, at - 1) &&
		!!head &&
		!head.tags.has('ProperNoun') &&
		/^\p{Ll}/u.test(head.text);
	if (participle && !breakAfter(toks, j)) {
		// "caused by the bacterium …": after a participle, "by" joins too.
		const by = toks[j + 1]?.normal === 'by' && !breakAfter(toks, j + 1);
		return by ? nounGroup(toks, j + 2) : joinedPhrase(toks, j + 1);
	}
	if (!JOINING.test(toks[at]?.normal ?? '') || breakAfter(toks, at - 1) || breakAfter(toks, at))
		return -1;
	return nounGroup(toks, at + 1);
}

/**
 * Whether a phrase ending at `to` is whole: what follows does not run it on ("a developed country
 * with an economy | based on …", "a professor at Massachusetts Institute | of Technology", "the
 * central bank | that …").
 */
function wholeAt(toks: Token[], from: number, to: number, key: boolean): boolean {
	const next = toks[to];
	if (!next) return true;
	// "an economy based on the service (82.8%) and industrial sectors": the aside interrupts it.
	if (/\(/.test(toks[to - 1]?.post ?? '') || /\(/.test(next.pre)) {
		const close = toks.findIndex((t, k) => k >= to && /\)/.test(t.post));
		return !/^(and|or)$/.test(toks[close + 1]?.normal ?? '');
	}
	if (breakAfter(toks, to - 1)) return true;
	// "a persistent body of dense ice | that is constantly moving …" says what it is: a key may end
	// before a relative clause, a wrong option may not.
	if (RELATIVE.test(next.normal)) return key;
	// "the outermost regions in part account | for …": a wrong option ends where its clause does.
	if (!key && next.tags.has('Preposition')) return false;
	if (next.tags.has('Gerund') || isNoun(next)) return false;
	if (next.tags.has('Adjective') && !next.tags.has('Verb')) return false;
	if (next.normal === 'of') return false;
	const participle =
		next.tags.has('Verb') &&
		/(ed|en)$/.test(next.normal) &&
		!/(^|\s)(has|have|had)$/.test(toks[to - 1]?.normal ?? '');
	// "The election was held …" is whole; "an economy based on …" runs on: a participle after a
	// phrase that is not the sentence's subject (a verb comes before it).
	return !(participle && toks.slice(0, from).some((t) => t.tags.has('Verb')));
}

/**
 * The ends a noun phrase starting at `i` may have: its head, then each phrase it runs on with, then
 * (for a key) a relative clause.
 */
function phraseEnds(toks: Token[], i: number, key: boolean): number[] {
	const head = nounGroup(toks, i);
	if (head < 0) return [];
	const ends = [head];
	let end = head;
	for (let k = 0; k < 3; k++) {
		if (breakAfter(toks, end - 1)) break;
		const next = joinedPhrase(toks, end);
		if (next < 0) break;
		ends.push(next);
		end = next;
	}
	const clause = !key || breakAfter(toks, end - 1) ? -1 : relativeClause(toks, end);
	if (clause > 0) ends.push(clause);
	return ends;
}

/** Where a noun phrase may start: an article, or a modifier after a word that is none. */
function startsPhrase(toks: Token[], i: number): boolean {
	const t = toks[i] as Token;
	if (ARTICLE.test(t.normal)) return true;
	// "declared war on Russia": a verb opens a clause, not a noun phrase.
	if (t.tags.has('Verb') && !t.tags.has('Adjective')) return false;
	const prev = toks[i - 1];
	if (prev && (hyphenAfter(toks, i - 1) || ARTICLE.test(prev.normal))) return false;
	// "farthest known planet" of "the eighth and farthest known planet": inside a pair.
	if (prev && /^(and|or)$/.test(prev.normal) && isModifier(toks[i - 2] ?? prev)) return false;
	return isModifier(t) && (!prev || breakAfter(toks, i - 1) || !isModifier(prev));
}

/**
 * Every noun phrase of the sentence of `min` to `max` words, each start with each of its ends. A
 * key's phrases may take a relative clause or end before one; others end where their clause does.
 */
export function nounPhrases(
	s: Sentence,
	text: string,
	{ min = 3, max = 12, key = false } = {}
): Phrase[] {
	const toks = s.tokens;
	const out: Phrase[] = [];
	toks.forEach((t, i) => {
		if (!startsPhrase(toks, i)) return;
		for (const to of phraseEnds(toks, i, key)) {
			const n = to - i;
			if (n < min || n > max || !wholeAt(toks, i, to, key)) continue;
			const start = t.start;
			const end = (toks[to - 1] as Token).end;
			const phrase = text.slice(start, end);
			if (/["()[\]]/.test(phrase)) continue;
			out.push({
				text: phrase,
				start,
				end,
				sentence: s.index,
				paragraph: s.paragraph,
				from: i,
				to
			});
		}
	});
	return out;
}
