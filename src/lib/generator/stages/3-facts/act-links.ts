// Links of cause and effect that `causeLinks` does not read, each explicit in the sentence:
// - an act someone was made to do, told after "to": "The eruption forced the islanders to leave"
//   and "…, prompting the emperor to move the capital" are asked with the act put in the past
//   ("The islanders left …"), which is what the article says came of the cause;
// - a passive: "The fire was caused by a faulty heater" is "a faulty heater" led to "the fire";
// - "forced" with an event for object: "The eruption forced the evacuation of the island".
// A cause told by an agent ("The Spanish forced the Portuguese to abandon …") is no event: "What
// happened as a result of the Spanish?" asks nothing, so a cause put as a phrase must name one.
import type { Sentence, Token } from '../../types';
import { spanText } from './clauses';
import { conjugations, isVerb } from './words';
import { POINTING } from './causes';
import {
	causeLinks,
	EVENT_HEAD,
	linkOf,
	lowerWords,
	openingEvent,
	phraseEnd,
	pointedEffect,
	STEP_HEAD,
	tellsOfHappening,
	wholeClause,
	wholePhrase,
	type CauseLink
} from './links';

/** Verbs that make someone do something: "forced the council to close …". */
const MAKING = /^(forced|prompted|caused|led|compelled|drove|pushed|persuaded|obliged)$/;
/** Their participles after a comma: "…, forcing thousands to flee". */
const MAKING_ING = /^(forcing|prompting|causing|leading|compelling|driving|pushing)$/;
/** Verbs that say in the passive what brought a thing about: "was caused by". */
const PASSIVE_CAUSING = /^(caused|triggered|sparked|prompted)$/;
/** Words before a verb that hedge or deny it: "may have forced". */
const HEDGE =
	/^(may|might|could|would|can|will|should|not|never|n't|often|sometimes|usually|partly|largely|indirectly|reportedly|allegedly|probably|possibly)$/;
/** Personal pronouns: a doer in the speaker's or reader's voice is no stem. */
const PERSONAL = /^(i|we|you|me|us|my|our|your)$/;
/** Verbs after "to" that make no act to put in the past: "to be", "to have", "to do". */
const NO_ACT = /^(be|have|do|say|think|believe|consider|feel|seem|appear|become)$/;
/** The longest act kept: a clause longer than this is cut at its first comma or not asked. */
const MAX_ACT_WORDS = 14;

/** The past form of a verb given in its plain form ("flee" → "fled"). */
export function pastOf(verb: string): string | undefined {
	const past = conjugations(verb)?.['PastTense'];
	return past && /^[a-z]+$/.test(past) ? past : undefined;
}

/**
 * Whether a doer before "to" stands alone in a clause: a noun phrase of up to six words that names
 * its thing ("the council", "thousands of residents"), no pronoun, no verb, no comma.
 */
function namedDoer(toks: readonly Token[]): boolean {
	const first = toks[0];
	if (!first || toks.length > 6) return false;
	if (POINTING.test(first.normal) || PERSONAL.test(first.normal)) return false;
	if (toks.some((t) => t.tags.has('Pronoun') || /[,;:()]/.test(t.post))) return false;
	if (toks.some((t) => isVerb(t) && !t.tags.has('Adjective'))) return false;
	return toks.some((t) => t.tags.has('Noun') || t.tags.has('Value'));
}

/**
 * The act told after "to" as a clause of its own: the doer, the verb in the past, what follows up
 * to the phrase's end ("The islanders left for England"), or undefined when the verb cannot be put
 * in the past or the act runs on too long.
 */
function actClause(s: Sentence, doer: [number, number], verbAt: number): string | undefined {
	const toks = s.tokens;
	const verb = toks[verbAt];
	if (!verb || !/^[a-z]+$/.test(verb.normal) || NO_ACT.test(verb.normal)) return undefined;
	const past = pastOf(verb.normal);
	if (!past) return undefined;
	const end = phraseEnd(toks, verbAt + 1);
	// "…to flee, and the town was left empty": the act must close the sentence or a comma's clause.
	if (end < toks.length && !/[,;]/.test(toks[end - 1]?.post ?? '')) return undefined;
	const rest = verbAt + 1 < end ? spanText(s, verbAt + 1, end) : '';
	const doerText = spanText(s, doer[0], doer[1]);
	const text = `${doerText} ${past}${rest ? ` ${rest}` : ''}`.replace(/[.,;:!\s]+$/, '');
	const words = text.split(/\s+/).length;
	if (words < 3 || words > MAX_ACT_WORDS) return undefined;
	// "to send gifts to them": an act that points back names nothing.
	// ("their land" of "thousands of farmers" is the doer's own.)
	if (/\b(it|they|them|him|this|these|those)\b/i.test(rest)) return undefined;
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Where the doer after a verb that makes someone act ends: at "to" before a plain verb. */
function doerEnd(toks: readonly Token[], from: number): number | undefined {
	for (let i = from; i < Math.min(toks.length, from + 7); i++) {
		const t = toks[i] as Token;
		if (t.normal === 'to') {
			const next = toks[i + 1];
			return i > from && next && isVerb(next) && !next.tags.has('PastTense') ? i : undefined;
		}
		if (/[,;:()]/.test(t.post)) return undefined;
	}
	return undefined;
}

/** Whether a phrase names an event by its head: "the 1961 eruption of the volcano", "a storm". */
function namesEvent(toks: readonly Token[]): boolean {
	const ofAt = toks.findIndex((t) => /^(of|in|on|at|by|from|for|with|over)$/.test(t.normal));
	const head = (ofAt > 0 ? toks[ofAt - 1] : toks.at(-1))?.normal ?? '';
	return EVENT_HEAD.test(head) || STEP_HEAD.test(head) || tellsOfHappening(head);
}

/**
 * "The eruption forced the islanders to leave the island": the event that opens the sentence as
 * the cause, the act it made someone do as the effect.
 */
function madeActLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const at = toks.findIndex((t, i) => i > 0 && MAKING.test(t.normal) && t.tags.has('Verb'));
	if (at < 0 || toks.slice(0, at).some((t) => HEDGE.test(t.normal) || t.tags.has('Negative')))
		return undefined;
	let causeEnd = at;
	while (
		causeEnd > 0 &&
		/^(has|have|had|eventually|ultimately|later|soon|also|then)$/.test(
			toks[causeEnd - 1]?.normal ?? ''
		)
	)
		causeEnd--;
	const cause = toks.slice(0, causeEnd);
	if (cause.some((t) => /[,;:()]/.test(t.post)) || !wholePhrase(cause) || !namesEvent(cause))
		return undefined;
	const to = doerEnd(toks, at + 1);
	if (to === undefined || !namedDoer(toks.slice(at + 1, to))) return undefined;
	const effect = actClause(s, [at + 1, to], to + 1);
	if (!effect) return undefined;
	const found = linkOf(s, lower, spanText(s, 0, causeEnd), effect, 'phrase');
	return found && { ...found, effect, effectForm: 'clause' };
}

/**
 * "A series of floods struck the city, forcing the emperor to move the capital": the clause before
 * the comma as the cause, the act it made someone do as the effect.
 */
function makingLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const at = toks.findIndex(
		(t, i) => i > 3 && MAKING_ING.test(t.normal) && /,/.test(toks[i - 1]?.post ?? '')
	);
	if (at < 0) return undefined;
	const to = doerEnd(toks, at + 1);
	if (to === undefined || !namedDoer(toks.slice(at + 1, to))) return undefined;
	// "Kanmu tried to move the capital, but a series of disasters befell the city, prompting …":
	// the clause joined on by "but" is the cause.
	const but = toks.findIndex(
		(t, i) => i < at - 3 && t.normal === 'but' && /,/.test(toks[i - 1]?.post ?? '')
	);
	const start = but >= 0 ? but + 1 : 0;
	if (!wholeClause(toks.slice(start, at))) return undefined;
	const effect = actClause(s, [at + 1, to], to + 1);
	if (!effect) return undefined;
	const found = linkOf(s, lower, spanText(s, start, at), effect, 'clause');
	return found && { ...found, effect };
}

/**
 * "The fire was caused by a faulty heater": the thing brought about opens the sentence, its cause
 * follows "by". What was brought about must name an event (no "The man was prompted by …").
 */
function passiveLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const at = toks.findIndex(
		(t, i) =>
			i > 1 &&
			/^(was|were|is|are|been)$/.test(toks[i - 1]?.normal ?? '') &&
			PASSIVE_CAUSING.test(t.normal) &&
			toks[i + 1]?.normal === 'by'
	);
	if (at < 0) return undefined;
	let effectEnd = at - 1;
	while (effectEnd > 0 && /^(has|have|had)$/.test(toks[effectEnd - 1]?.normal ?? '')) effectEnd--;
	const effect = toks.slice(0, effectEnd);
	if (effect.some((t) => HEDGE.test(t.normal) || /[,;:()]/.test(t.post))) return undefined;
	if (!wholePhrase(effect) || !namesEvent(effect)) return undefined;
	const from = at + 2;
	const end = phraseEnd(toks, from);
	if (end < toks.length && !/[,;]/.test(toks[end - 1]?.post ?? '')) return undefined;
	// The cause may be a thing ("a faulty heater"): what it brought about is the event.
	if (!wholePhrase(toks.slice(from, end))) return undefined;
	const found = linkOf(s, lower, spanText(s, from, end), spanText(s, 0, effectEnd), 'phrase');
	if (!found) return undefined;
	// The effect opened the sentence: in a stem or an option it reads as the article writes it.
	const effectText = found.effect;
	return {
		...found,
		cause: found.cause.replace(/^(The|A|An) /, (m) => m.toLowerCase()),
		effect: effectText
	};
}

/** "The eruption forced the evacuation of the island": "forced" with an event for its object. */
function forcedEventLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const at = toks.findIndex((t, i) => i > 1 && t.normal === 'forced' && t.tags.has('Verb'));
	if (at < 0 || toks.slice(0, at).some((t) => HEDGE.test(t.normal) || t.tags.has('Negative')))
		return undefined;
	const cause = toks.slice(0, at);
	if (cause.some((t) => /[,;:()]/.test(t.post)) || !wholePhrase(cause) || !namesEvent(cause))
		return undefined;
	const end = phraseEnd(toks, at + 1);
	if (end < toks.length && !/[,;]/.test(toks[end - 1]?.post ?? '')) return undefined;
	const effect = toks.slice(at + 1, end);
	// "forced the council to close …" is an act (madeActLink); "… via Cape Town to England" a place.
	const act = effect.some(
		(t, i) => t.normal === 'to' && !!effect[i + 1] && isVerb(effect[i + 1] as Token)
	);
	if (act || !/^(the|a|an)$/.test(effect[0]?.normal ?? '')) return undefined;
	if (!wholePhrase(effect) || !namesEvent(effect)) return undefined;
	return linkOf(
		s,
		lower,
		spanText(s, 0, at),
		spanText(s, at + 1, at + 1 + routeCut(effect)),
		'phrase'
	);
}

/**
 * "The eruption of the volcano in 1961 destroyed the harbour. It led to the evacuation of the
 * island.": "it" stands for the event the sentence before opens on, in the same paragraph (a
 * subject of three words or more whose head names an event, `openingEvent`); named so, the cause
 * says which.
 */
function itLink(
	s: Sentence,
	before: Sentence | undefined,
	lower: ReadonlySet<string>
): CauseLink | undefined {
	if (!before || before.paragraph !== s.paragraph || /\?["')]*$/.test(before.text))
		return undefined;
	const effect = pointedEffect(s, /^it$/);
	const event = effect ? openingEvent(before, lower) : undefined;
	if (!effect || !event) return undefined;
	const found = linkOf(s, lower, event, effect, 'phrase');
	return found && { ...found, cause: event, effect };
}

/** Words by which a clause says what came of the one before it: "…, which meant that …". */
const MEANT = /^(which meant that|which meant|meaning that)$/;

/**
 * "The bridge was closed for a year, which meant that the farmers drove to the ferry": the clause
 * before the comma as the cause, the clause after "that" as the effect, each standing alone.
 */
function meantLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	for (let i = 4; i < toks.length - 3; i++) {
		if (!/,/.test(toks[i - 1]?.post ?? '')) continue;
		const three = toks.slice(i, i + 3).map((t) => t.normal);
		const words = [three.join(' '), three.slice(0, 2).join(' ')].find((w) => MEANT.test(w));
		if (!words) continue;
		const from = i + words.split(' ').length;
		const cause = toks.slice(0, i);
		const effect = toks.slice(from);
		if (!wholeClause(cause) || !wholeClause(effect)) return undefined;
		const found = linkOf(s, lower, spanText(s, 0, i), spanText(s, from, toks.length), 'clause');
		return (
			found && {
				...found,
				effect: `${found.effect.charAt(0).toUpperCase()}${found.effect.slice(1)}`
			}
		);
	}
	return undefined;
}

/** Words that open the route of a move, after what moved: "via Cape Town to England". */
const ROUTE = /^(via|to|from|into|across|through|towards?)$/;

/**
 * Where an event phrase ends without the route of the move it names ("the evacuation of the whole
 * population via Cape Town to England" → "the evacuation of the whole population"): a key far
 * longer than the article's other events stands out by its length.
 */
function routeCut(toks: readonly Token[]): number {
	const of = toks.findIndex((t) => t.normal === 'of');
	const route = toks.findIndex((t, i) => i > of + 1 && of > 0 && ROUTE.test(t.normal));
	return route > 0 && toks[route - 1]?.tags.has('Noun') ? route : toks.length;
}

/**
 * Every link the article states: those `causeLinks` reads, then, for a sentence it finds none in,
 * "It led to …" after a sentence that opens on an event, "…, which meant that …", an act someone
 * was made to do, a passive, or "forced" with an event.
 */
export function statedLinks(
	sentences: readonly Sentence[],
	found: readonly CauseLink[] = causeLinks(sentences)
): CauseLink[] {
	const have = new Set(found.map((l) => l.sentence));
	const lower = lowerWords(sentences);
	const more: CauseLink[] = [];
	sentences.forEach((s, i) => {
		if (have.has(s.index) || /\?["')]*$/.test(s.text) || /["“”]/.test(s.text)) return;
		const link =
			itLink(s, sentences[i - 1], lower) ??
			meantLink(s, lower) ??
			madeActLink(s, lower) ??
			makingLink(s, lower) ??
			passiveLink(s, lower) ??
			forcedEventLink(s, lower);
		if (link) more.push(link);
	});
	return [...found, ...more].sort((a, b) => a.sentence - b.sentence);
}
