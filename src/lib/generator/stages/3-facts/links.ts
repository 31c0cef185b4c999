// Cause and effect said by a verb or a connective rather than by "because": "The drought led to a
// shortage of grain", "The river rose, so the village was evacuated". Only explicit links: each
// gives a cause, and what the article says it brought about, cut where a clause or phrase ends.
import type { Lexicon, Sentence, Token } from '../../types';
import { spanText } from './clauses';
import { isVerb, lowerWords } from './words';

export { lowerWords };
import { unbalanced, wordsOf } from '../../well-formed';
import { POINTING } from './causes';

/** A cause the article names and what it says came of it. */
export interface CauseLink {
	sentence: number;
	paragraph: number;
	/** The sentence's offsets in the normalized text. */
	start: number;
	end: number;
	/** "the drought", "the river rose". */
	cause: string;
	/** "a shortage of grain", "the village was evacuated". */
	effect: string;
	/** Whether the cause and the effect are clauses (with a verb) or noun phrases. */
	causeForm: 'clause' | 'phrase';
	effectForm: 'clause' | 'phrase';
}

/** Verbs that say one thing brought about another: "X led to Y", "X caused Y". */
const CAUSING: readonly (readonly string[])[] = [
	['led', 'to'],
	['lead', 'to'],
	['leads', 'to'],
	['resulted', 'in'],
	['results', 'in'],
	['result', 'in'],
	['brought', 'about'],
	['brings', 'about'],
	['gave', 'rise', 'to'],
	['gives', 'rise', 'to'],
	['caused'],
	['causes'],
	['triggered'],
	['sparked'],
	['prompted']
];

/** Words the phrase of a cause or an effect cannot end on: it runs on past the cut. */
const OPEN_END =
	/^(of|to|in|on|at|by|for|with|from|and|or|but|the|a|an|as|than|that|which|its|their|his|her|no)$/;
/** Personal pronouns: a cause in the speaker's or reader's voice is no stem. */
const PERSONAL = /^(i|we|you|my|our|your|me|us)$/;
/** Words before a causing verb that hedge or deny it: "may lead to", "did not cause". */
const HEDGE =
	/^(may|might|could|would|can|will|should|not|never|n't|often|sometimes|usually|partly|largely|indirectly)$/;
/** A one-word aside between a cause and its verb: "The proclamation, however, led to …". */
const ASIDE = /^(however|therefore|also|eventually|ultimately|in|turn|thus|then|soon|later)$/;

const MAX_WORDS = 12;
const MIN_WORDS = 2;

/** The causing verb at token `i`, if one starts there. */
const causingAt = (toks: readonly Token[], i: number) =>
	CAUSING.find((words) => words.every((w, k) => toks[i + k]?.normal === w));

/** Whether tokens make a noun phrase that stands alone: a noun, no verb of its own, a clean end. */
export function wholePhrase(toks: readonly Token[]): boolean {
	const first = toks[0];
	const last = toks[toks.length - 1];
	if (!first || !last || toks.length < MIN_WORDS || toks.length > MAX_WORDS) return false;
	if (POINTING.test(first.normal) || PERSONAL.test(first.normal)) return false;
	if (toks.some((t) => PERSONAL.test(t.normal) && t.tags.has('Pronoun'))) return false;
	if (!toks.some((t) => t.tags.has('Noun')) || OPEN_END.test(last.normal)) return false;
	// "the rain that fell", "prices rose": a verb makes it a clause, not a phrase.
	return !toks.some((t) => isVerb(t) && !t.tags.has('Gerund') && !/(ed|en)$/.test(t.normal));
}

/** Where a phrase after a causing verb ends: at a comma, a colon or a clause joined on. */
export function phraseEnd(toks: readonly Token[], from: number): number {
	let end = from;
	while (end < toks.length) {
		const t = toks[end] as Token;
		if (
			end > from &&
			/^(which|who|whom|whose|while|when|because|since|as|and|but)$/.test(t.normal)
		) {
			// "the loss of jobs and homes": "and" joins nouns; a verb soon after starts a clause.
			if (!/^(and|but)$/.test(t.normal) || toks.slice(end + 1, end + 4).some(isVerb)) break;
		}
		end++;
		if (/[,;:()]/.test(t.post)) break;
	}
	return end;
}

/** "X led to Y": the subject before the verb as the cause, its object as the effect. */
function verbLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const at = toks.findIndex((_, i) => i > 0 && !!causingAt(toks, i));
	if (at < 0) return undefined;
	const verb = causingAt(toks, at) as readonly string[];
	// "The flood has led to …": an auxiliary of time may stand between; a hedge may not.
	let causeEnd = at;
	while (causeEnd > 0 && /^(has|have|had)$/.test(toks[causeEnd - 1]?.normal ?? '')) causeEnd--;
	if (toks.slice(0, at).some((t) => HEDGE.test(t.normal) || t.tags.has('Negative')))
		return undefined;
	// "The proclamation, however, led to …": the aside and its commas are no part of the cause.
	while (causeEnd > 1 && ASIDE.test(toks[causeEnd - 1]?.normal ?? '')) causeEnd--;
	// "It was the collapse of the Liberal party that led to …": the cleft's frame is no part of it.
	const cleft = /^it (was|is) /.test(`${toks[0]?.normal} ${toks[1]?.normal} `);
	const causeStart = cleft && toks[causeEnd - 1]?.normal === 'that' ? 2 : 0;
	if (causeStart) causeEnd--;
	const cause = toks.slice(causeStart, causeEnd);
	// "The front settled into a siege and led to …": a clause of its own is the cause.
	if (toks[causeEnd - 1]?.normal === 'and' && wholeClause(toks.slice(0, causeEnd - 1)))
		return clauseCause(s, lower, causeEnd - 1, at + verb.length);
	// "The stream of new software, biotechnology, and Internet companies": a list's commas are part
	// of the cause; "In 2005, the drought" or "Moreover, …" opens on a phrase that is not.
	const opener = cause[0];
	const listed = !!opener && !opener.tags.has('Preposition') && !opener.tags.has('Adverb');
	if (!listed && cause.slice(0, -1).some((t) => /[,;:]/.test(t.post))) return undefined;
	if (!wholePhrase(cause)) return undefined;
	const from = at + verb.length;
	const end = phraseEnd(toks, from);
	// "caused a crane to fall": the effect is the clause after "to", not the phrase.
	if (
		/^(to|into)$/.test(toks[end]?.normal ?? '') ||
		toks.slice(from, end).some((t) => t.normal === 'to' && t.tags.has('Infinitive'))
	)
		return undefined;
	const effect = [...trimTopic(toks.slice(from, end))];
	// "led to cultural exchange as well": the tail says there were other effects, not what this was.
	while (effect.length > 2 && /^(as|well|too)$/.test(effect[effect.length - 1]?.normal ?? ''))
		effect.pop();
	if (!wholePhrase(effect)) return undefined;
	const causeText = spanText(s, causeStart, causeEnd);
	const effectText = directObject(s, verb, from, from + effect.length);
	return linkOf(s, lower, causeText, effectText, 'phrase');
}

/** "The front settled into a siege and led to horrible conditions": the clause, then its phrase. */
function clauseCause(
	s: Sentence,
	lower: ReadonlySet<string>,
	causeEnd: number,
	from: number
): CauseLink | undefined {
	const toks = s.tokens;
	const end = phraseEnd(toks, from);
	if (end < toks.length && !/,/.test(toks[end - 1]?.post ?? '')) return undefined;
	if (!wholePhrase(toks.slice(from, end))) return undefined;
	const found = linkOf(s, lower, spanText(s, 0, causeEnd), spanText(s, from, end), 'clause');
	return found && { ...found, effectForm: 'phrase' };
}

/**
 * "caused the Russian people great hardship": two objects, read alone a garble. The thing caused
 * comes first, for whom after: "great hardship for the Russian people".
 */
function directObject(s: Sentence, verb: readonly string[], from: number, end: number): string {
	const toks = s.tokens;
	if (!/^caus/.test(verb[0] ?? '')) return spanText(s, from, end);
	for (let i = from + 1; i < end - 1; i++) {
		const [t, next] = [toks[i] as Token, toks[i + 1] as Token];
		const opens = next.tags.has('Adjective') || next.tags.has('Determiner');
		if (t.tags.has('Noun') && opens && !/[,;:]/.test(t.post) && toks[i + 2]?.tags.has('Noun'))
			return `${spanText(s, i + 1, end).replace(/[.,;:!\s]+$/, '')} for ${lowerFirst(spanText(s, from, i + 1))}`;
	}
	return spanText(s, from, end);
}

const lowerFirst = (t: string) => t.replace(/^(The|A|An) /, (m) => m.toLowerCase());

/** Connectives that join a cause's clause to its effect's: "X, so Y", "X; therefore Y". */
const SO = /^(so|therefore|thus|hence|consequently)$/;

/** "The river rose, so the village was evacuated": a clause, then after "so" what came of it. */
function soLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const at = toks.findIndex(
		(t, i) => i > 2 && SO.test(t.normal) && /[,;]/.test(toks[i - 1]?.post ?? '')
	);
	if (at < 0 || /^(that|much|many|far|long|called)$/.test(toks[at + 1]?.normal ?? ''))
		return undefined;
	const from = at + 1;
	// "The pay was small, however, so …": the aside is no part of the cause.
	let causeEnd = at;
	while (causeEnd > 1 && ASIDE.test(toks[causeEnd - 1]?.normal ?? '')) causeEnd--;
	const cause = toks.slice(0, causeEnd);
	const effect = toks.slice(from);
	// ", thus reducing costs": a participle after the connective has no subject of its own.
	if (effect[0]?.tags.has('Gerund')) return undefined;
	if (!wholeClause(cause) || !wholeClause(effect)) return undefined;
	return linkOf(s, lower, spanText(s, 0, causeEnd), spanText(s, from, toks.length), 'clause');
}

/** Whether tokens make a clause that stands alone: a named subject, one verb, a clean end. */
export function wholeClause(toks: readonly Token[]): boolean {
	const first = toks[0];
	const last = toks[toks.length - 1];
	if (!first || !last || toks.length < 4 || toks.length > 16) return false;
	if (POINTING.test(first.normal) || PERSONAL.test(first.normal) || isVerb(first)) return false;
	// "When the river rose, …", "If …": a clause that opens on a subordinator is not asserted.
	if (
		/^(when|if|while|although|though|as|because|since|unless|but|and|or|so|then|however)$/.test(
			first.normal
		)
	)
		return false;
	if (toks.some((t) => PERSONAL.test(t.normal) && t.tags.has('Pronoun'))) return false;
	if (toks.some((t) => HEDGE.test(t.normal) && !/^(also|often|eventually)$/.test(t.normal)))
		return false;
	// "The Sahara doesn't lack precipitation because of …": a denial is no outcome.
	if (toks.some((t) => t.tags.has('Negative') || /n['’]t$/i.test(t.text))) return false;
	// "were tutored in English, French and Italian": a list's commas; a verb after one starts a clause.
	const comma = toks.findIndex((t) => /[,;:]/.test(t.post));
	if (comma >= 0 && comma < toks.length - 1 && toks.slice(comma + 1).some(isVerb)) return false;
	return toks.some(isVerb) && !OPEN_END.test(last.normal);
}

/** A link, with its texts trimmed; undefined when one of them leaves a bracket or quote open. */
export function linkOf(
	s: Sentence,
	lower: ReadonlySet<string>,
	cause: string,
	effect: string,
	form: CauseLink['causeForm']
): CauseLink | undefined {
	const trim = (t: string) => t.replace(/[.,;:!\s]+$/, '');
	const [c, e] = [trim(cause), trim(effect)];
	if (unbalanced(c) || unbalanced(e) || /["“”]/.test(c + e)) return undefined;
	// "The drought" opens the sentence; in a stem it is "the drought", a name stays as it is: only a
	// word the article also writes in lower case is lowered.
	const first = s.tokens[0]?.text ?? '';
	const lowered = first.toLowerCase();
	// "Related cross-cultural studies": a word the article writes nowhere else, and no name, is lowered
	// too; one it capitalizes inside sentences is a name.
	const name = s.tokens[0]?.tags.has('ProperNoun') || lower.has(`^${first}`);
	const next = s.tokens[1]?.text ?? '';
	const plain = !name && /^\p{Ll}/u.test(next) && !/[-\p{Lu}]/u.test(first.slice(1));
	const lowers = lower.has(lowered) || /^(the|a|an)$/.test(lowered) || plain;
	const opens = c.startsWith(first) && s.text.trimStart().startsWith(c.slice(0, first.length + 1));
	const asked = lowers && opens ? `${lowered}${c.slice(first.length)}` : c;
	return {
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		cause: asked,
		effect: e,
		causeForm: form,
		effectForm: form
	};
}

/** Every link of cause and effect the article states with a verb or a connective. */
export function causeLinks(sentences: readonly Sentence[]): CauseLink[] {
	const out: CauseLink[] = [];
	const lower = lowerWords(sentences);
	sentences.forEach((s, i) => {
		if (/\?["')]*$/.test(s.text)) return;
		const before = sentences[i - 1];
		const carried =
			before && before.paragraph === s.paragraph ? carriedLink(before, s, lower) : undefined;
		const found =
			standsFor(verbLink(s, lower), before, lower) ??
			soLink(s, lower) ??
			participleLink(s, lower) ??
			phraseReasonLink(s, lower) ??
			carried;
		if (found) out.push(found);
	});
	return out;
}

/**
 * "The suspension of the talks could …. The move has sparked debates …": "the move" stands for the
 * event the sentence before opens on, in the same paragraph; named so, the cause says which.
 */
function standsFor(
	found: CauseLink | undefined,
	before: Sentence | undefined,
	lower: ReadonlySet<string>
): CauseLink | undefined {
	if (!found || !STANDS_FOR.test(found.cause) || !before) return found;
	if (before.paragraph !== found.paragraph) return found;
	const event = openingEvent(before, lower);
	return event ? { ...found, cause: event } : found;
}

/** Participles that join an effect to the clause that caused it: "…, leading to a boom". */
const LEADING: readonly (readonly string[])[] = [
	['which', 'led', 'to'],
	['which', 'resulted', 'in'],
	['which', 'caused'],
	['which', 'prompted'],
	['which', 'sparked'],
	['which', 'triggered'],
	['leading', 'to'],
	['resulting', 'in'],
	['causing'],
	['triggering'],
	['prompting'],
	['sparking'],
	['fueling'],
	['fuelling'],
	['raising']
];

/** What "raising" raises when it tells of an effect ("raising concerns"), not of a sum or a child. */
const RAISED =
	/^(concerns?|questions?|fears?|doubts?|alarm|hopes?|tensions?|suspicions?|criticism)$/;

/** "Prices rose sharply, leading to protests in the capital": a clause, then the phrase it caused. */
function participleLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const at = toks.findIndex(
		(t, i) =>
			i > 3 &&
			/,/.test(toks[i - 1]?.post ?? '') &&
			LEADING.some((w) => w.every((x, k) => toks[i + k]?.normal === x))
	);
	if (at < 0) return undefined;
	const verb = LEADING.find((w) => w.every((x, k) => toks[at + k]?.normal === x)) ?? [];
	const from = at + verb.length;
	if (verb[0] === 'raising' && !RAISED.test(toks[from]?.normal ?? '')) return undefined;
	const end = phraseEnd(toks, from);
	if (end !== toks.length && !/[,;]/.test(toks[end - 1]?.post ?? '')) return undefined;
	const effect = trimTopic(toks.slice(from, end));
	if (!wholePhrase(effect)) return undefined;
	const effectText = spanText(s, from, from + effect.length);
	if (wholeClause(toks.slice(0, at))) {
		const found = linkOf(s, lower, spanText(s, 0, at), effectText, 'clause');
		return found && { ...found, effectForm: 'phrase' };
	}
	// "The decision to halt the talks was announced on Monday, raising fears of …": a clause too long
	// to ask whole, whose subject names the event that raised them.
	const subject = eventSubject(toks.slice(0, at));
	return subject ? linkOf(s, lower, spanText(s, 0, subject), effectText, 'phrase') : undefined;
}

/** Heads of a subject that name a decision or a step taken, besides the event heads. */
export const STEP_HEAD =
	/^(decision|move|plan|order|directive|ban|suspension|halt|pause|policy|ruling)$/;
/** Event nouns that stand for an event of the sentence before: "The move sparked debates". */
const STANDS_FOR = /^the (move|decision|step|measure|change|suspension|halt|pause|ruling|order)$/i;

/**
 * Where the subject ends of a clause whose subject names an event ("The decision to halt the talks
 * was …"): before its first finite verb; a verb after "to" completes the noun. Undefined when the
 * head is no event, or the subject is no whole phrase.
 */
function eventSubject(toks: readonly Token[]): number | undefined {
	const verb = toks.findIndex(
		(t, i) => i > 0 && isVerb(t) && toks[i - 1]?.normal !== 'to' && !t.tags.has('Infinitive')
	);
	if (verb < 2 || verb > MAX_WORDS) return undefined;
	let end = verb;
	while (end > 1 && toks[end - 1]?.tags.has('Adverb')) end--;
	const subject = toks.slice(0, end);
	const head = subject.findIndex((t) => t.tags.has('Noun'));
	const headTok = subject[head];
	if (!headTok || !(EVENT_HEAD.test(headTok.normal) || STEP_HEAD.test(headTok.normal)))
		return undefined;
	if (subject.some((t) => /[,;:()]/.test(t.post)) || OPEN_END.test(subject.at(-1)?.normal ?? ''))
		return undefined;
	if (POINTING.test(subject[0]?.normal ?? '') || subject.some((t) => PERSONAL.test(t.normal)))
		return undefined;
	return end;
}

/** The opening event phrase of a sentence ("The suspension of the talks could …"), if it has one. */
export function openingEvent(s: Sentence, lower: ReadonlySet<string>): string | undefined {
	const end = eventSubject(s.tokens);
	const found = end ? linkOf(s, lower, spanText(s, 0, end), 'x', 'phrase') : undefined;
	return found && wordsOf(found.cause).length >= 3 ? found.cause : undefined;
}

/** Words that open what a debate or a concern is about: cut off where a phrase runs too long. */
const TOPIC_OPENING = /^(about|over|regarding|concerning)$/;
/** Prepositions a phrase too long may be cut before, keeping its head and what it is of. */
const CUT_BEFORE = /^(to|for|in|within|on|at|from|with|by|among|against|over|about)$/;

/**
 * A phrase too long to offer whole, cut before a preposition: at what a debate is about when three
 * words are left ("debates within the army"), else as late as it fits ("concerns about the
 * safety of the mission").
 */
function trimTopic(toks: readonly Token[]): readonly Token[] {
	if (toks.length <= MAX_WORDS) return toks;
	const topic = toks.findIndex((t, i) => i >= 3 && TOPIC_OPENING.test(t.normal));
	if (topic > 0 && topic <= MAX_WORDS) return toks.slice(0, topic);
	for (let at = MAX_WORDS; at >= 3; at--)
		if (CUT_BEFORE.test(toks[at]?.normal ?? '') && toks[at - 1]?.tags.has('Noun'))
			return toks.slice(0, at);
	return toks;
}

/** Links that open a reason put as a noun phrase: "As a result of the flood, …", "… due to X". */
const PHRASE_LINKS: readonly (readonly string[])[] = [
	['as', 'a', 'result', 'of'],
	['because', 'of'],
	['due', 'to'],
	['owing', 'to'],
	['thanks', 'to']
];

const phraseLinkAt = (toks: readonly Token[], i: number) =>
	PHRASE_LINKS.find((w) => w.every((x, k) => toks[i + k]?.normal === x));

/**
 * "Because of the drought, the harvest failed" or "The harvest failed due to the drought": the
 * reason as a phrase, the clause it explains whole, with its subject named.
 */
function phraseReasonLink(s: Sentence, lower: ReadonlySet<string>): CauseLink | undefined {
	const toks = s.tokens;
	const opening = phraseLinkAt(toks, 0);
	if (opening) {
		const end = toks.findIndex((t, i) => i >= opening.length && /,/.test(t.post));
		if (end < 0) return undefined;
		const cause = toks.slice(opening.length, end + 1);
		const effect = toks.slice(end + 1);
		if (!wholePhrase(cause) || !wholeClause(effect)) return undefined;
		const at = (i: number) => spanText(s, i, i === end + 1 ? toks.length : end + 1);
		const found = linkOf(s, lower, at(opening.length), at(end + 1), 'phrase');
		return found && { ...found, effect: capitalFirst(found.effect), effectForm: 'clause' };
	}
	const at = toks.findIndex((_, i) => i > 3 && !!phraseLinkAt(toks, i));
	if (at < 0) return undefined;
	const words = phraseLinkAt(toks, at) as readonly string[];
	const end = phraseEnd(toks, at + words.length);
	const cause = toks.slice(at + words.length, end);
	// "…, due to the Civil War, and …": the reason may close on a comma before a clause joined on.
	const closes = end === toks.length || /^(and|but|which)$/.test(toks[end]?.normal ?? '');
	// "In 1862, paper money was issued …": a fronted phrase is no part of the clause explained.
	const opener = toks[0]?.tags.has('Preposition') || toks[0]?.tags.has('Gerund');
	const comma = toks.findIndex((t) => /,/.test(t.post));
	const start = opener && comma >= 0 && comma < at - 3 ? comma + 1 : 0;
	if (!closes || !wholePhrase(cause) || !wholeClause(toks.slice(start, at))) return undefined;
	const main = spanText(s, start, at);
	const found = linkOf(s, lower, main, spanText(s, at + words.length, end), 'clause');
	if (!found) return undefined;
	return { ...found, cause: found.effect, effect: capitalFirst(found.cause), causeForm: 'phrase' };
}

/** "This led to the formation of chloroplasts.": what the sentence before brought about. */
export function pointedEffect(s: Sentence, opening = /^(this|that)$/): string | undefined {
	const toks = s.tokens;
	if (!opening.test(toks[0]?.normal ?? '')) return undefined;
	let at = 1;
	while (/^(has|have|had|also|in|turn|eventually|ultimately)$/.test(toks[at]?.normal ?? '')) at++;
	const verb = causingAt(toks, at);
	if (!verb) return undefined;
	const from = at + verb.length;
	const end = phraseEnd(toks, from);
	const effect = toks.slice(from, end);
	if (!wholePhrase(effect) || (end < toks.length && !/,/.test(toks[end - 1]?.post ?? '')))
		return undefined;
	return capitalFirst(spanText(s, from, end).replace(/[.,;:!\s]+$/, ''));
}

const capitalFirst = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

/** Openers that carry the sentence before over as the cause: "As a result, the mill closed". */
const CARRIED =
	/^(as a result|as a consequence|consequently|therefore|thus|because of this|for this reason),? /i;

/** "The river rose. As a result, the village was evacuated.": the sentence before as the cause. */
function carriedLink(
	before: Sentence,
	s: Sentence,
	lower: ReadonlySet<string>
): CauseLink | undefined {
	if (/\?["')]*$/.test(before.text) || !wholeClause(before.tokens)) return undefined;
	const cause = linkOf(before, lower, before.text, 'x', 'clause');
	if (!cause) return undefined;
	const pointed = pointedEffect(s);
	if (pointed) {
		const found = linkOf(s, lower, 'x', pointed, 'clause');
		return found && { ...found, cause: cause.cause, effect: pointed, effectForm: 'phrase' };
	}
	const opener = CARRIED.exec(s.text)?.[0];
	if (!opener) return undefined;
	const skip = opener.trim().split(/\s+/).length;
	const effect = s.tokens.slice(skip);
	if (!wholeClause(effect)) return undefined;
	const found = linkOf(s, lower, spanText(s, skip, s.tokens.length), 'x', 'clause');
	if (!found) return undefined;
	return { ...found, cause: cause.cause, effect: capitalFirst(found.cause) };
}

/** Heads of noun phrases that name an event or an outcome: "the collapse", "a shortage". */
export const EVENT_HEAD =
	/(tion|sion|ment|ance|ence)$|^(arrival|closure|departure|seizure|exposure|war|wars|crisis|collapse|growth|decline|rise|fall|loss|losses|increase|boom|shortage|revival|protests?|strikes?|siege|exodus|damage|death|deaths|flood|floods|famine|drought|storm|debate|change|changes|reform|reforms|demand|interest|pressure|success|failure|victory|defeat|spread|boycott|riots?)$/;
/** Heads of a change, which say in what: "a decline in wool prices". */
const CHANGE = /^(rise|fall|decline|increase|drop|growth|change|changes|shortage|boom)$/;
/** Words of a noun phrase that point outside it: a phrase offered alone must name its thing. */
const POINTS_OUT =
	/^(this|that|these|those|its|their|his|her|our|my|your|such|which|other|another)$/;

/** A noun phrase of the article that names an event or an outcome, with where it stands. */
export interface EventPhrase {
	text: string;
	sentence: number;
	paragraph: number;
	/** Set when the sense dictionary files its head as an act, an event, a process or a state. */
	happening?: boolean;
}

/**
 * The article's noun phrases with an event or an outcome for head ("the dissolution of the Soviet
 * Union", "a precipitous increase in borrowing costs"): wrong options for a cause or an effect put
 * as a phrase, which a reader who followed the article knows it links to something else.
 */
export function eventPhrases(
	sentences: readonly Sentence[],
	isHead: (t: Token) => boolean = isEventHead
): EventPhrase[] {
	const out: EventPhrase[] = [];
	const seen = new Set<string>();
	for (const s of sentences) {
		if (/["“”]/.test(s.text)) continue;
		const toks = s.tokens;
		for (let i = 0; i < toks.length; i++) {
			const head = toks[i] as Token;
			if (!isHead(head)) continue;
			const span = phraseAround(toks, i);
			if (!span) continue;
			const text = spanText(s, span[0], span[1]).replace(/[.,;:!\s]+$/, '');
			const key = text.toLowerCase();
			if (seen.has(key) || unbalanced(text)) continue;
			seen.add(key);
			out.push({ text, sentence: s.index, paragraph: s.paragraph });
		}
	}
	return out;
}

/** Heads of a phrase that tell of something that happened (an effect item's wrong options). */
export const HAPPENED_HEAD =
	/(tion|sion|ment|ance|ence|ure)s?$|^(war|crisis|collapse|growth|decline|rise|fall|loss|increase|boom|shortage|revival|protest|strike|siege|exodus|damage|death|flood|famine|drought|storm|debate|change|reform|demand|success|failure|victory|defeat|spread|boycott|riot|exchange|shift|clash|dispute|row|outcry|uproar|backlash|concern|fear|question|doubt|hardship|unrest|surge|drop|slump|attack|raid|invasion|battle|vote|deal|talk|meeting|visit|trial|crash|fire|outbreak|rally|effort|rush)s?$/i;
/** Prepositions whose phrase may say of what or between whom an event was. */
const EVENT_LINK = /^(of|between|within|in|against|over|with|from|among|across|towards?)$/;
/** Heads that look like events by their suffix but name a thing, a place or a person's post. */
const THING_HEAD =
	/^(captions?|inscriptions?|illustrations?|translations?|editions?|collections?|regiments?|parliaments?|monuments?|tournaments?|elements?|segments?|ornaments?|sediments?|garments?|compartments?|balances?|stances?|establishments?|stations?|professions?|mansions?|pensions?|fractions?|junctions?|nations?|portions?|sections?|mentions?|nature|culture|structures?|furniture|literature|figures?|pictures?|features?|governments?|departments?|instruments?|documents?|apartments?|ance|presidents?|residence|evidence|audiences?|science|sentences?|experiences?|distance|importance|information|population|organi[sz]ation|institution|foundation|position|region|location|generation|tradition|condition|situation|attention|implications?|operations?|interference|relations?|insurance|measures?|rules?|infrastructure)s?$/i;

/** Whether a head noun tells of something that happened: "exchange", "collapse", not "balance". */
export const tellsOfHappening = (head: string) =>
	HAPPENED_HEAD.test(head) && !THING_HEAD.test(head);

/**
 * The article's noun phrases that tell of something that happened, written as an effect is ("a
 * heated exchange between the two leaders", "ongoing diplomatic efforts"): the wrong options of an
 * effect item put as a phrase. A determiner, adjectives (a participle among them), the head, and
 * one phrase after it that says of what or between whom, ending on a noun.
 */
export function outcomePhrases(sentences: readonly Sentence[]): EventPhrase[] {
	const out: EventPhrase[] = [];
	const seen = new Set<string>();
	for (const s of sentences) {
		if (/["“”]/.test(s.text)) continue;
		s.tokens.forEach((head, i) => {
			const isHead =
				head.tags.has('Noun') && !head.tags.has('Pronoun') && tellsOfHappening(head.normal);
			const span = isHead ? widePhrase(s.tokens, i) : undefined;
			// "the Great Fire", "the Gold Rush": a named event is one with "the"; "Fire Department" no.
			const named = head.tags.has('ProperNoun') || /^\p{Lu}/u.test(head.text);
			if (!span || (named && s.tokens[span[0]]?.normal !== 'the')) return;
			if (named && /^\p{Lu}/u.test(s.tokens[i + 1]?.text ?? '')) return;
			const text = spanText(s, span[0], span[1]).replace(/[.,;:!\s]+$/, '');
			if (seen.has(text.toLowerCase()) || unbalanced(text)) return;
			seen.add(text.toLowerCase());
			out.push({ text, sentence: s.index, paragraph: s.paragraph });
		});
	}
	return out;
}

/** The span of an outcome phrase around head `i`, or undefined when it names no event alone. */
function widePhrase(toks: readonly Token[], i: number): [number, number] | undefined {
	let from = i;
	while (from > 0) {
		const t = toks[from - 1] as Token;
		// "a televised confrontation": a participle modifies only after a determiner.
		const participle = /ed$/.test(t.normal) && toks[from - 2]?.tags.has('Determiner');
		const modifies =
			((t.tags.has('Adjective') || t.tags.has('Noun')) && !isVerb(t)) ||
			t.tags.has('Determiner') ||
			participle;
		if (/[,;:()]/.test(t.post) || !modifies || t.tags.has('Pronoun') || t.tags.has('Possessive'))
			break;
		from--;
		if (t.tags.has('Determiner')) break;
	}
	// "halt cyber operations", "sparked debates": a verb just before makes the phrase its object.
	if (from > 0 && from === i && isVerb(toks[from - 1] as Token)) return undefined;
	let to = i + 1;
	if (EVENT_LINK.test(toks[to]?.normal ?? '') && !/[,;:()]/.test(toks[i]?.post ?? '')) {
		let k = to + 1;
		while (k < toks.length) {
			const t = toks[k] as Token;
			// "Trump and Zelensky", not "the decline of the empire and the unwillingness …".
			const joins = t.normal === 'and' && !toks[k + 1]?.tags.has('Determiner');
			const part =
				t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Determiner') || joins;
			if (!part || isVerb(t)) break;
			k++;
			if (/[,;:()]/.test(t.post)) break;
		}
		// Too long to offer whole, or cut inside a name or a list ("an alliance of France, Britain and
		// …"): it would be garbled.
		const next = toks[k];
		const named = next?.tags.has('Determiner') ? toks[k + 1] : next;
		// "between the mayor and the fishermen": cut at "and", the phrase would say half.
		const listGoesOn =
			(next?.normal === 'and' && !/[,;:]/.test(toks[k - 1]?.post ?? '')) ||
			(/,/.test(toks[k - 1]?.post ?? '') &&
				(named?.tags.has('ProperNoun') || next?.normal === 'and'));
		if (k - from > 10 || listGoesOn) return undefined;
		while (k > to + 1 && !toks[k - 1]?.tags.has('Noun')) k--;
		if (k > to + 1) to = k;
	}
	// "notable infection sites", "a dispute over fishing rights": cut before a noun, it says half.
	const after = toks[to];
	if (after && /^\p{L}/u.test(after.text) && after.tags.has('Noun'))
		if (!/[,;:()]/.test(toks[to - 1]?.post ?? '') && !after.tags.has('Pronoun')) return undefined;
	const words = toks.slice(from, to);
	const own = words.filter((t) => !t.tags.has('Determiner'));
	if (own.length < 2 || words.length > 10) return undefined;
	// "km circumference" after "a 3": a phrase cut from a figure; "any future exchanges" names none.
	if (/\d/.test(toks[from - 1]?.text ?? '')) return undefined;
	if (words[0]?.tags.has('Determiner') && !/^(the|a|an)$/.test(words[0].normal)) return undefined;
	// "the most votes": a measure of a thing, no event.
	if (words.some((t) => /^(most|more|less|fewer|least)$/.test(t.normal))) return undefined;
	if (words.some((t) => POINTS_OUT.test(t.normal) || PERSONAL.test(t.normal) || /\d/.test(t.text)))
		return undefined;
	return [from, to];
}

/**
 * Heads of what a cause is often put as besides an event: a quantity or a state of a thing ("its
 * great distance from the Sun", "differences in glacier velocity", "the weight of the ice").
 */
const STATE_HEAD =
	/^(distance|differences?|friction|weight|speed|velocity|size|heat|temperature|gravity|brightness|density|lack|absence|shortage|cost|costs|price|prices|risk|risks|threat|fear|influence|strength|weakness|popularity|uncertainty|overhead|motion|tilt|shape|height|depth|age|scarcity|abundance|availability|quality|thickness|volume|power|wealth|poverty|rivalry|hostility|isolation|climate|geography|terrain|location)$/;

/**
 * The article's noun phrases of a state or a quantity ("the weight of the ice"): wrong options for
 * a "why" item whose reason is put as a phrase, of which the event phrases alone are too few.
 */
export const statePhrases = (sentences: readonly Sentence[]): EventPhrase[] =>
	eventPhrases(
		sentences,
		(t) => t.tags.has('Noun') && !t.tags.has('ProperNoun') && STATE_HEAD.test(t.normal)
	);

/**
 * The dictionary's topic files of nouns that name what may cause a thing: an act, an attribute, an
 * event, a phenomenon, a process or a state (noun.act 4, noun.attribute 7, noun.event 11,
 * noun.phenomenon 19, noun.process 22, noun.state 26) — "density", "influence", "migration".
 */
const CAUSE_NOUN_FILES = new Set([4, 7, 11, 19, 22, 26]);
/** Of those, the files of what may come about: an act, an event, a phenomenon, a process, a state. */
const RESULT_NOUN_FILES = new Set([4, 11, 19, 22, 26]);
/**
 * Topic files of things, places and people: a noun with such a sense among its commonest ("summit",
 * the top of a mountain) may name a thing where the article has it.
 */
const THING_NOUN_FILES = new Set([5, 6, 8, 13, 15, 17, 18, 20, 27]);
/** Senses read to tell whether a noun may name a thing. */
const SENSES_READ = 3;

/** A noun's singular base form as the dictionary files it ("migrations" → "migration"). */
function filedNoun(word: string, lexicon: Lexicon): string | undefined {
	const forms = [word.replace(/ies$/, 'y'), word.replace(/s$/, ''), word.replace(/es$/, ''), word];
	return forms.find((f) => f.length >= 4 && lexicon.senses(f, 'n').length > 0);
}

/**
 * The article's noun phrases headed by a noun whose commonest sense names an act, a state, an
 * attribute, an event or a process ("the density of its timber buildings", "the long migrations"):
 * wrong options of a "why" item whose reason is a phrase, of the key's own form.
 */
export function causePhrases(sentences: readonly Sentence[], lexicon: Lexicon): EventPhrase[] {
	const lexFileOf = (t: Token) => {
		const lemma = filedNoun(t.normal, lexicon);
		return lemma ? lexicon.senses(lemma, 'n')[0]?.lexFile : undefined;
	};
	const isHead = (t: Token) => {
		if (!t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Pronoun')) return false;
		if (!/^\p{Ll}/u.test(t.text) || NOT_EVENT.test(t.normal) || HOLLOW_HEAD.test(t.normal))
			return false;
		if (t.tags.has('Gerund')) return false;
		const lemma = filedNoun(t.normal, lexicon);
		const senses = lemma ? lexicon.senses(lemma, 'n').slice(0, SENSES_READ) : [];
		return (
			!!senses[0] &&
			CAUSE_NOUN_FILES.has(senses[0].lexFile) &&
			!senses.some((sense) => THING_NOUN_FILES.has(sense.lexFile))
		);
	};
	const out: EventPhrase[] = [];
	const seen = new Set<string>();
	for (const s of sentences) {
		if (/["“”]/.test(s.text)) continue;
		s.tokens.forEach((head, i) => {
			const span = isHead(head) ? phraseAround(s.tokens, i) : undefined;
			// "the day running errands": only adjectives and nouns stand before the head, no time.
			const before = span ? s.tokens.slice(span[0], i) : [];
			const leans = (t: Token) =>
				t.tags.has('Gerund') || t.tags.has('Date') || isVerb(t) || /ing$/.test(t.normal);
			if (!span || before.some(leans)) return;
			// "in favour of an inquiry", "on behalf of": a bare head after a preposition is an idiom's.
			const bare = span[0] === i && s.tokens[i - 1]?.tags.has('Preposition');
			// "any future exchanges": a determiner other than an article names no one event.
			const first = s.tokens[span[0]];
			if (first?.tags.has('Determiner') && !/^(the|a|an)$/.test(first.normal)) return;
			if (bare && s.tokens[i + 1]?.normal === 'of') return;
			const text = spanText(s, span[0], span[1]).replace(/[.,;:!\s]+$/, '');
			// "TB. New infections": a phrase read across a full stop is two sentences' halves.
			if (seen.has(text.toLowerCase()) || unbalanced(text) || /[.!?]\s/.test(text)) return;
			seen.add(text.toLowerCase());
			const happening = RESULT_NOUN_FILES.has(lexFileOf(head) ?? -1);
			out.push({ text, sentence: s.index, paragraph: s.paragraph, happening });
		});
	}
	return out;
}

/** Heads that say how much or what sort, not what happened: "a number of civic buildings". */
const HOLLOW_HEAD =
	/^(numbers?|amounts?|lots?|deal|parts?|kinds?|types?|sorts?|variety|range|series|majority|minority|couple|pairs?|pieces?|bits?|totals?|proportions?|shares?|half|levels?|degrees?|ways?|means|uses?|roles?|cases?|facts?|points?|examples?|instances?|forms?|aspects?|sides?|ends?|beginnings?|times?|days?|years?|causes?|reasons?|results?|effects?|consequences?|factors?|favou?r|behalf|spite|terms|front|place)$/;

/** Words of an event's suffix that name a place, a trade or a share, never an event. */
const NOT_EVENT =
	/^(stations?|professions?|mansions?|pensions?|fractions?|junctions?|nations?|portions?|sections?|mentions?)$/;

const isEventHead = (t: Token) =>
	t.tags.has('Noun') &&
	!NOT_EVENT.test(t.normal) &&
	!t.tags.has('ProperNoun') &&
	!t.tags.has('Pronoun') &&
	EVENT_HEAD.test(t.normal);

/** The phrase around event noun `i`: its determiner and modifiers, and one "of" phrase after it. */
function phraseAround(toks: readonly Token[], i: number): [number, number] | undefined {
	let from = i;
	while (from > 0) {
		const t = toks[from - 1] as Token;
		if (
			/[,;:()]/.test(t.post) ||
			!(t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Determiner'))
		)
			break;
		from--;
		if (t.tags.has('Determiner')) break;
	}
	let to = i + 1;
	// "the collapse of the roof", "a decline in prices": one phrase after the head says of what.
	const after = toks[to]?.normal ?? '';
	if (
		(after === 'of' || (after === 'in' && CHANGE.test(toks[i]?.normal ?? ''))) &&
		!/[,;:()]/.test(toks[i]?.post ?? '')
	) {
		let k = to + 1;
		if (toks[k]?.tags.has('Determiner')) k++;
		const start = k;
		while (k < toks.length && (toks[k]?.tags.has('Adjective') || toks[k]?.tags.has('Noun'))) {
			k++;
			if (/[,;:()]/.test(toks[k - 1]?.post ?? '')) break;
		}
		if (k > start && toks[k - 1]?.tags.has('Noun')) to = k;
	}
	// "notable infection sites": a head followed by a noun only modifies it, and is cut off.
	if (to === i + 1 && toks[to]?.tags.has('Noun') && !/[,;:()]/.test(toks[i]?.post ?? ''))
		return undefined;
	const words = toks.slice(from, to);
	// "the war", "the situation": a head with no word of its own to say which is asked of no one.
	const own = words.filter((t) => !t.tags.has('Determiner'));
	if (own.length < 2 || words.length > 7) return undefined;
	if (words.some((t) => POINTS_OUT.test(t.normal) || isVerb(t) || /\d/.test(t.text)))
		return undefined;
	return [from, to];
}
