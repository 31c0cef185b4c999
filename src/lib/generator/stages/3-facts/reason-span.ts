// Where a sentence gives a reason: the link ("because", "because of", "due to") and the words
// after it that make the reason, up to the end of the sentence or a second clause.
import type { Sentence, Token } from '../../types';

/** A reason shorter than this says too little to tell apart; longer ones are whole sentences. */
export const REASON_MIN_WORDS = 3;
export const REASON_MAX_WORDS = 14;

/** Where a reason ends before the sentence does: a second clause joined on after a comma. */
const REASON_BREAK = /^(and|but|which|who|while|although|though|so|whereas|as|since|because)$/;

/** Words that link a clause to its reason, before a clause or before a noun phrase. */
export interface ReasonLink {
	words: readonly string[];
	phrase: boolean;
}

/** The links the first "why" items were asked from. */
const LINKS: readonly ReasonLink[] = [
	{ words: ['because', 'of'], phrase: true },
	{ words: ['because'], phrase: false },
	{ words: ['due', 'to'], phrase: true },
	{ words: ['owing', 'to'], phrase: true },
	{ words: ['thanks', 'to'], phrase: true }
];

/**
 * The broader links of the cause-and-effect kinds: "since" (of a reason, not of a time), "so that"
 * (a purpose), "as a result of", "on account of". "since" gives a reason only with a verb of its
 * own ("since it was late"), which `opensReason` tells from "since 1990" and "ever since".
 */
export const BROAD_LINKS: readonly ReasonLink[] = [
	{ words: ['as', 'a', 'result', 'of'], phrase: true },
	{ words: ['on', 'account', 'of'], phrase: true },
	...LINKS,
	{ words: ['so', 'that'], phrase: false },
	{ words: ['since'], phrase: false }
];

/** Where a sentence's reason lies, by token, and the words that link it. */
export interface ReasonSpan {
	/** The link's first token, and where the reason itself starts and ends. */
	at: number;
	bodyAt: number;
	end: number;
	/** The link as the article writes it, lower-cased: "because", "due to". */
	link: string;
}

const linkAt = (toks: readonly Token[], i: number, links: readonly ReasonLink[] = LINKS) =>
	links.find((l) => l.words.every((w, k) => toks[i + k]?.normal === w));

/** Whether a link at `at` opens a reason: "since" of a time ("ever since", "has grown since") is none. */
function opensReason(toks: readonly Token[], at: number, link: ReasonLink): boolean {
	if (link.words[0] !== 'since') return true;
	// "the time elapsed since he left home": "since" of a reason follows a comma or opens the sentence.
	if (at > 0 && !/,/.test(toks[at - 1]?.post ?? '')) return false;
	const next = toks[at + 1];
	// "since 1990", "since then": a time, not a reason ("since the war" has no verb: no reason either).
	if (!next || /^\d/.test(next.text) || /^(then|when|its|their)$/.test(next.normal)) return false;
	// "Since returning to office, Trump has taken a softer line": a gerund, or a main clause in the
	// perfect, dates the clause; it gives no reason (a wrong key in the sample's "why" item).
	return !/ing$/.test(next.normal) && !inPerfect(toks);
}

/** Whether a sentence says "has/have/had (adverb) done": the tense that a time "since" goes with. */
function inPerfect(toks: readonly Token[]): boolean {
	return toks.some((t, i) => {
		if (!/^(has|have|had)$/.test(t.normal)) return false;
		const verb = toks[i + 1]?.tags.has('Adverb') ? toks[i + 2] : toks[i + 1];
		return !!verb && (verb.tags.has('PastTense') || verb.tags.has('Participle'));
	});
}

/**
 * The reason in a sentence, from its link ("because", "because of", "due to") at or after token
 * `from` to the end of the sentence or to a second clause joined on after a comma. Undefined when
 * there is none, when it is cut short or when the sentence gives more than one ("because …, and
 * because …", "not because of X but due to Y").
 */
export function reasonIn(
	s: Sentence,
	from: number,
	leading = false,
	links: readonly ReasonLink[] = LINKS
): ReasonSpan | undefined {
	const toks = s.tokens;
	const at = leading ? 0 : toks.findIndex((_, i) => i >= from && !!linkAt(toks, i, links));
	const link = at >= 0 ? linkAt(toks, at, links) : undefined;
	if (
		!link ||
		toks.some((_, i) => i > Math.max(at + 1, at + link.words.length - 1) && linkAt(toks, i, links))
	)
		return undefined;
	if (!opensReason(toks, at, link)) return undefined;
	// "…, for example because of": a reason given as an example is one of several.
	// "largely because it stands on solid rock": the article still gives the reason as the main
	// one, so the adverb goes with the link (`at` is the adverb: the main clause ends before it).
	const focused = !leading && MAIN_REASON.test(toks[at - 1]?.normal ?? '') && at > 1;
	if (
		!focused &&
		/^(example|instance|part|partly|mainly|largely|only|just|simply|not|precisely|exactly|is|was|are|were|be|been)$/.test(
			toks[at - 1]?.normal ?? ''
		)
	)
		return undefined;
	// "…, largely because": after a comma the adverb may belong to an aside; only "X largely because".
	if (focused && /[,;:]/.test(toks[at - 2]?.post ?? '')) return undefined;
	const bodyAt = at + link.words.length;
	let end = bodyAt;
	while (end < toks.length) {
		const t = toks[end] as Token;
		end++;
		if (/[;:()]/.test(t.post)) break;
		// A reason that opens the sentence ends at its comma, where the main clause starts.
		if (leading && /,/.test(t.post)) break;
		if (/,/.test(t.post) && REASON_BREAK.test(toks[end]?.normal ?? '')) break;
		// "because of its history, which …": a comma ends a phrase.
		if (link.phrase && /,/.test(t.post)) {
			// "due to a combination of slope, gravity and pressure": a list is cut, not ended.
			if (links !== LINKS && !REASON_BREAK.test(toks[end]?.normal ?? '')) return undefined;
			break;
		}
	}
	const reason = toks.slice(bodyAt, end);
	// "new rosters, due to start in June": "due to" before a verb says when, not why (review k12).
	if (link.words[0] === 'due' && scheduled(reason[0])) return undefined;
	if (reason.length < (link.phrase ? 2 : REASON_MIN_WORDS) || reason.length > REASON_MAX_WORDS)
		return undefined;
	// "because it is": a clause needs a verb of its own, a phrase a noun.
	if (!link.phrase && !reason.some((t) => t.tags.has('Verb'))) return undefined;
	if (link.phrase && !reason.some((t) => t.tags.has('Noun'))) return undefined;
	// "due to injury and was replaced by …": a phrase that runs on into a clause of its own.
	if (
		link.phrase &&
		reason.some((t, i) => /^(and|or)$/.test(t.normal) && !!reason[i + 1]?.tags.has('Verb'))
	)
		return undefined;
	if (
		reason.some(
			(t) => /^(then|also|too|this|these|that|those|such|it|them)$/.test(t.normal) && link.phrase
		)
	)
		return undefined;
	const last = reason[reason.length - 1] as Token;
	// "as a result of the declaration no. 142": a phrase cut at a number's abbreviation.
	if (links !== LINKS && /^(no|nos|vol|art)$/.test(last.normal)) return undefined;
	if (last.tags.has('Preposition') || last.tags.has('Determiner') || last.tags.has('Conjunction'))
		return undefined;
	return { at: focused ? at - 1 : at, bodyAt, end, link: link.words.join(' ') };
}

/**
 * Adverbs before "because" that keep the reason the main one ("largely because", "mainly
 * because"): the reason is asked, the adverb left out of the stem. Not "partly" (the article has
 * other reasons, which might be offered as wrong ones) nor "only", "not", "perhaps".
 */
export const MAIN_REASON = /^(largely|mainly|chiefly|mostly|primarily)$/;

/** Verbs "due to" schedules ("due to open next week"), which the tagger may read as nouns. */
const SCHEDULED_VERB =
	/^(start|begin|open|close|end|finish|arrive|leave|depart|launch|expire|resume|return|reopen|retire|take|come|go|be|meet|run|sail|land|appear|speak|hold|visit|face|sign|stand)$/;

/** Whether the word after "due to" is a verb: the phrase then says what is scheduled. */
const scheduled = (t: Token | undefined) =>
	!!t && (t.tags.has('Infinitive') || SCHEDULED_VERB.test(t.normal));
