// A dated event said as a short clause without its date ("The lighthouse was finished"), built
// from the fact's clause frame, and what makes such a clause or its date unfit to be ordered: the
// options of sequence items (sequence.ts) and the checks they pass (stages/5-validate.ts).
import type { Fact, SequenceEvent } from '../../types';
import nlp from 'compromise';
import { MONTHS, WEEKDAYS } from '../../lexicons';
import { unbalanced, wordsOf } from '../../well-formed';

/** The longest clause an option may be, in words. */
export const EVENT_MAX_WORDS = 14;

/** A dated event's clause: its subject, its verb chunk, the rest of its predicate, and all three. */
export interface EventClause {
	subject: string;
	verb: string;
	rest: string;
	text: string;
}

/** Judges a text for a description that points back to a name it does not give ("the war"). */
export type ReferentJudge = (text: string) => string | undefined;

/** What judging an option needs of the article: its title, and its judge of descriptions. */
export interface OptionScope {
	title?: string;
	unnamed?: ReferentJudge;
	/** The lead paragraph: where it calls the article's subject "a … club", "the club" is that one. */
	lead?: string;
}

/** The year a date value names ("9 July 1976" → 1976), if it names one. */
export function yearOf(value: string): number | undefined {
	const y = /\b(1[5-9]\d\d|20\d\d)\b/.exec(value)?.[1];
	return y ? Number(y) : undefined;
}

/**
 * The event of a dated fact as clauses, the fullest first: subject, verb chunk and the rest of the
 * predicate with the date phrase taken out ("Selfridges was established by Harry Gordon Selfridge
 * on Oxford Street"), then, when words follow the date, the clause cut at the date ("Selfridges
 * was established") if it says something without them (a passive, or words before the date). The
 * subject as the article writes it, or the name a pronoun was resolved to ("Nasser"). None when the
 * fact has no clause frame.
 */
export function eventClauses(fact: Fact): EventClause[] {
	const frame = fact.frame;
	if (!frame || frame.slot !== 'object' || !frame.verb) return [];
	// The frame's subject is the stem's: lower-cased when common, or a resolved pronoun's name.
	const subject =
		frame.subject.toLowerCase() === fact.subject.toLowerCase() ? fact.subject : frame.subject;
	const tidy = (part: string) => part.trim().replace(/^[,;:]\s*|[,;:]$/g, '');
	const before = tidy(frame.before);
	// "… on 9 July 1976 and at the age of 34 he became …": a second clause is no part of the event.
	const after = /^(and|but|or|while|whereas|although|when|which|who)\b/i.test(tidy(frame.after))
		? ''
		: tidy(frame.after);
	const full = clauseOf(subject, frame.verb, [before, after].filter(Boolean).join(' '));
	const passive = /^(was|were|is|are|had been|has been|have been)\s+\S+/i.test(frame.verb);
	const clauses =
		!frame.after.trim() || !(before || passive)
			? [full]
			: [full, clauseOf(subject, frame.verb, before)];
	return [...clauses, ...clauses.flatMap(withoutThere), ...clauses.flatMap(withoutAdjunct)];
}

/** Words that open a phrase the clause's event is whole without: where, when, for what, how. */
const ADJUNCT =
	/^(in|on|at|for|with|during|near|across|under|showing|because|after|before|while)$/i;

/** Phrases that belong to what goes before them: "in terms of", "in order to", "in charge of". */
const BOUND_PHRASE =
	/^(in|on|at|for|with) (terms|order|charge|place|favour|favor|addition|front|behalf|spite)$/i;
/** A ranking or a "the only" that a dropped phrase may be the measure of. */
const RANKING =
	/\b(\p{L}+est|most|least|best|worst|only|first|second|third|fourth|fifth|largest|biggest)\b/iu;

/**
 * "Kollwitz designed a poster for a youth rally showing a young man with one arm raised" as
 * "Kollwitz designed a poster": a clause longer than EVENT_MAX_WORDS cut before its first phrase of
 * place, time or purpose after the verb's object (a later one may belong to a noun: "a man with …"). What is left is still
 * true, as the article says it, only less precise; its object ("to a committee") stays. None when
 * no such cut leaves at least two words after the verb.
 */
function withoutAdjunct(c: EventClause): EventClause[] {
	const words = c.rest.split(/\s+/).filter(Boolean);
	const head = wordsOf(`${c.subject} ${c.verb}`).length;
	if (head + words.length <= EVENT_MAX_WORDS) return [];
	for (let i = 2; i < Math.min(words.length, EVENT_MAX_WORDS - head + 1); i++) {
		if (!ADJUNCT.test(words[i] ?? '') || /[,;:]$/.test(words[i - 1] ?? '')) continue;
		if (BOUND_PHRASE.test(words.slice(i, i + 2).join(' '))) continue;
		const kept = words.slice(0, i).join(' ');
		// "ranked IBM the second largest firm in terms of staff": the phrase qualifies a ranking.
		return RANKING.test(kept) ? [] : [clauseOf(c.subject, c.verb, kept)];
	}
	return [];
}

/**
 * "Meitner died there" as "Meitner died": a closing "there" points to a place the option does not
 * name; without it the clause still says what happened, and nothing untrue.
 */
function withoutThere(c: EventClause): EventClause[] {
	if (!/\sthere$/i.test(c.text)) return [];
	const rest = c.rest.replace(/\s*\bthere\s*$/i, '');
	return [clauseOf(c.subject, c.verb, rest)];
}

/** The first of `eventClauses`: the event said in full. */
export const eventClause = (fact: Fact): EventClause | undefined => eventClauses(fact)[0];

/** A clause from its parts, capitalised, without trailing punctuation. */
function clauseOf(subject: string, verb: string, rest: string): EventClause {
	const joined = `${subject} ${verb} ${rest}`.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/, '');
	const text = joined.charAt(0).toUpperCase() + joined.slice(1);
	return { subject: subject.trim(), verb, rest, text };
}

/** Prepositions a date may stand after and still date its clause's verb: "in 1844", "on 9 July". */
const DATE_PREPS = new Set(['in', 'on', 'during']);
/** "between … and 1945", "by 1950", "around 1900", "not until 1950": no one point in time. */
const VAGUE_BEFORE =
	/\b(between|from|since|until|till|by|before|after|around|about|circa|approximately|sometime|not|only|as early as|as late as)\s+(in|on)\s+$/i;
/** "1939–45", "in 1939 and 1940", "in 1990 or 1991", "1950 onwards": a span or a choice of dates. */
const SPAN_AFTER =
	/^\s*(?:[-–—/]\s*\d|(?:,\s*)?(?:and|or|to|through|till|until)\s+(?:(?:in|on)\s+)?(?:\p{Lu}\p{Ll}+\s+)?\d|onwards?\b|and since\b|or (?:earlier|later|so)\b|and (?:after|later)(?=\s*[.,;]|\s*$))/u;
/**
 * Words of the predicate that make the date one end of a span or another event's ("until its
 * closure in 1950", "prior to recording their debut album in 1973"), and a figure that went "from"
 * one value to another ("grew from 14% in 2000 to over 60% in 2012").
 */
const SPAN_WORDS =
	/\b(since|until|till|throughout|between|prior to)\b|\bfrom\s+(?:about |around |nearly |some |over )?[$€£]?\d/i;

/**
 * Why a fact's date does not date one event at one point in time, or undefined when it does: it
 * must be a year or a full date after "in" or "on", not one end of a range, not "by" or "since" it.
 */
export function datePhraseProblem(fact: Fact, sentence: string): string | undefined {
	const frame = fact.frame;
	if (fact.kind !== 'date' || !frame) return 'not a dated clause';
	if (fact.value.type !== 'year' && fact.value.type !== 'date') return 'not a year or a date';
	if (yearOf(fact.value.text) === undefined) return 'the date names no year';
	if (!DATE_PREPS.has(frame.prep)) return `the date follows "${frame.prep}"`;
	const before = sentence.slice(0, Math.max(0, fact.value.start - fact.start));
	const after = sentence.slice(Math.max(0, fact.value.end - fact.start));
	if (VAGUE_BEFORE.test(before)) return 'the date is a bound or an approximation';
	if (SPAN_AFTER.test(after)) return 'the date is one end of a span or one of two';
	if (SPAN_WORDS.test(`${frame.before} ${frame.after}`)) return 'the clause tells a span of time';
	// "In what year did Arsenal begin … with the appointment of …": the date is the "with" phrase's.
	if (/\bwith (the|a|an|his|her|its|their)\b/i.test(frame.before))
		return 'the date belongs to a "with" phrase';
	return undefined;
}

/** Words an option may not end in: a preposition, article or auxiliary left dangling. */
const DANGLING =
	/\b(in|on|at|by|of|to|from|for|with|into|onto|as|than|and|or|but|nor|the|a|an|its|their|his|her|our|during|since|until|before|after|was|were|is|are|be|been|being|had|has|have|that|which|who|whose|whom|while|when|where|because|about|over|under|between|through|via|per|including|such)$/i;
/** A date left in the option: a year, a decade, a month or a day of the week. */
const DATE_LEFT = new RegExp(
	`\\b\\d{4}s?\\b|'\\d0s\\b|\\b(${[...MONTHS.filter((m) => m !== 'May'), ...WEEKDAYS].join('|')})\\b|(?<!^)\\bMay\\b`,
	'u'
);
/** Pronouns whose referent lies outside the option, wherever they stand. */
const PRONOUN =
	/\b(he|she|it|they|him|them|we|us|you|me|my|our|your|this|these|those|there|here)\b/i;
/** "I" as a speaker, not "Charles I" or "World War I". */
const FIRST_PERSON_I = /(?<!\p{Lu}[\p{L}.]*\s)\bI\b/u;
const POSSESSIVE = /\b(his|her|its|their)\b/i;
/** Words that lean on events the option does not show ("again", "later", "also", "after"). */
const LEANS =
	/\b(finally|later|earlier|eventually|subsequently|afterwards?|then|again|previously|once|also|another|same|following|next|former|latter|still|already|soon|before|after|until|since)\b/i;
/** Words that point to one end of an order: "the first LED", "the inaugural tournament". */
const FIRST_CUE = /\b(first|earliest|original|originally|initial|initially|inaugural|founding)\b/i;
const LAST_CUE = /\b(last|latest|final)\b/i;

/** Which end of the order an item asks for. */
export type SequenceOrder = 'first' | 'last';

/** The end of an order an option's words point to ("the first LED": first), if any. */
export const orderCue = (option: string): SequenceOrder | undefined =>
	FIRST_CUE.test(option) ? 'first' : LAST_CUE.test(option) ? 'last' : undefined;

/**
 * Whether an option's words give nothing away: "the first LED" may be a wrong option of "Which of
 * these happened first?" (the article's dates settle it) but not its key, and not a wrong option
 * of "… last?", which a reader would rule out unread. The other way round for "the last".
 */
function cueFair(option: string, isKey: boolean, order: SequenceOrder): boolean {
	const cue = orderCue(option);
	return !cue || (isKey ? cue !== order : cue === order);
}

/**
 * Why an item's options (the key first) give the order away, or undefined: a word pointing to the
 * key or away from a wrong option, or more than one option with such a word (three "first"s
 * beside a key without would single it out).
 */
export function orderCueProblem(
	options: readonly string[],
	order: SequenceOrder
): string | undefined {
	const cued = options.filter((o) => orderCue(o));
	if (cued.length > 1) return 'several options point to an end of the order';
	const unfair = options.find((o, i) => !cueFair(o, i === 0, order));
	return unfair === undefined ? undefined : `"${unfair}" points to an end of the order`;
}
/** A negated, hoped-for or hypothetical event is no event to order. */
const NOT_AN_EVENT =
	/\b(not|never|no longer|would|could|might|should|must|will|shall)\b|n't\b|\bmay\b/;

/**
 * Whether every "his", "her", "its" or "their" of the option is its subject's: only after the
 * verb, and only of a subject that names its owner and agrees with it ("Shell announced the sale
 * of its assets", "Queen played their first show", "Local masons laid their tools"). "Local masons
 * laid its foundation" (the lighthouse's), "His father died", "Smith met her": not.
 */
function possessivesOwned(subject: string, rest: string): boolean {
	if (POSSESSIVE.test(subject)) return false;
	// "her" with no noun after it is an object: whom, the option does not say.
	if (/\bher\b(?=\s*$|\s+(?:in|on|at|to|from|with|by|for|as|the|a|an)\b)/i.test(rest)) return false;
	// A capitalised word after any opening article names someone or something: "The Kelmor Trust";
	// without the article, someone ("Keeper Thomas Gair"), whom "his" or "her" may point to ("The
	// College made its first announcement of his death": whose?).
	const named = /\p{Lu}/u.test(subject.replace(/^(the|a|an)\s+/i, ''));
	const person = named && !/^(the|a|an)\s/i.test(subject);
	const plural = /s$/i.test(subject) || /\band\b/i.test(subject);
	for (const [word] of rest.matchAll(new RegExp(POSSESSIVE.source, 'gi'))) {
		const owner = /^their$/i.test(word) ? plural || named : /^its$/i.test(word) ? named : person;
		if (!owner || (plural && !/^their$/i.test(word))) return false;
	}
	return true;
}

/** A verb that states rather than tells when a noun follows it ("Greece was the largest …"). */
const COPULA = /^(is|are|am|was|were|be|'s)$/i;
/** A present-tense verb chunk: a misread clause, or a state, for an event dated in the past. */
const PRESENT = /^(?!was\b)(is|are|am|has|have|does|do|\p{Ll}+[^su\s]s)\b/u;
/** Speech verbs that need what was said after them ("Achim Steiner said"). */
const SPEECH_END =
	/\b(said|says|told|stated|noted|added|explained|announced|reported|wrote|argued|claimed|estimated)$/i;
/** A subject that names no one event: "Most families returned", "Another three-day Jam". */
const NO_ONE =
	/^(another|most|some|many|several|both|all|each|either|neither|other|others|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/**
 * "Epidemics of cholera struck London", "Workers went on strike": a plural common noun with no
 * article before it says what happened again and again, or to a kind, not one dated event.
 */
function barePlural(subject: string): boolean {
	const head = /^(\p{Lu}\p{Ll}{3,})(?:\s+of\b|$)/u.exec(subject.trim())?.[1];
	return !!head && /[^su]s$/.test(head) && !nlp(head).has('#ProperNoun');
}

/** Why an event's clause reads broken: a misread, a dangling end, a state, a heading run in. */
function brokenClause({ text, subject, verb, rest }: EventClause): string | undefined {
	if (!/^[\p{Lu}\d]/u.test(text)) return 'the option does not open with a capital';
	if (DANGLING.test(text) || SPEECH_END.test(text)) return 'the option ends on a dangling word';
	if (/[;:]/.test(text) || unbalanced(text)) return 'the option is not one clean clause';
	// "citing liquidity concerns": a participle read as a subject and a noun as its verb.
	if (/^\p{Ll}+ing\b/u.test(subject) || PRESENT.test(verb)) return 'the clause is misread';
	if (COPULA.test(verb.trim()) && /^(the|a|an|one|part|ready|home|able|unable|\p{Lu})/u.test(rest))
		return 'the option states, it tells no event';
	// "To Kill a Mockingbird is a novel by Harper Lee published": the date was the participle's.
	if (/\s\p{Ll}+ed$/u.test(rest)) return 'the option ends on a participle the date belonged to';
	// "Imperial College Boat Club The Imperial College Boat Club was founded": a heading run in.
	if (/(?:^|\s)((?:[\p{L}'’-]+\s+){2,6})(?:the\s+)?\1/u.test(`${text.toLowerCase()} `))
		return 'the option runs into a heading';
	if (NO_ONE.test(subject)) return 'the subject names no one event';
	if (barePlural(subject)) return 'the subject is a bare plural: a kind or many events, no one';
	// "The agricultural sector contributed 3.9% of output": a year's measure, not something that happened.
	if (/%|\bper ?cent\b/i.test(text)) return 'the option measures a share, it tells no event';
	return undefined;
}

/**
 * Why an event's clause is no clean option, or undefined when it is one: grammatical and
 * capitalised, at most EVENT_MAX_WORDS words, no preposition left dangling, no date left in it, no
 * pronoun pointing outside it, no word that orders it, no description pointing back (`scope`).
 */
export function clauseProblem(clause: EventClause, scope: OptionScope = {}): string | undefined {
	const { text, subject, rest } = clause;
	const n = wordsOf(text).length;
	if (n < 2 || n > EVENT_MAX_WORDS) return `the option has ${n} words`;
	const broken = brokenClause(clause) ?? finiteVerbProblem(clause);
	if (broken) return broken;
	if (DATE_LEFT.test(text)) return 'the option still names a date';
	if (PRONOUN.test(text) || FIRST_PERSON_I.test(text) || !possessivesOwned(subject, rest))
		return 'the option has a pronoun whose referent is outside it';
	if (LEANS.test(text)) return 'the option leans on events it does not show';
	if (NOT_AN_EVENT.test(text)) return 'the option is negated or hypothetical';
	const pointing = scope.unnamed?.(text) ?? bareDescription(subject, scope.title);
	if (pointing && homeDescription(pointing, scope.lead)) return undefined;
	return pointing ? `"${pointing}" points back to a name the option does not give` : undefined;
}

/** What an article's subject is called in its lead ("Arsenal Football Club is a … football club"). */
const HOME_NOUN =
	/^the (club|company|team|band|bank|corporation|university|college|party|city|town|country|islands?|foundation|order|dynasty)$/i;

/**
 * Whether `description` ("the club") is the article's own subject: one of HOME_NOUN that the lead's
 * first sentence says its subject is ("… is a professional football club"), so every "the club"
 * of the article is that one.
 */
function homeDescription(description: string, lead = ''): boolean {
	const noun = HOME_NOUN.exec(description.trim())?.[1]?.toLowerCase();
	const first = lead.split(/(?<=[.!?])\s+/)[0] ?? '';
	if (!noun) return false;
	const stem = noun.replace(/s$/, '');
	return new RegExp(
		`\\b(is|was|are|were)\\b(?:(?!\\b(?:and|which|that)\\b)[^.;])*\\b${stem}s?\\b`,
		'i'
	).test(first);
}

/**
 * "The unification was completed", "The request was advanced": "the" and one common noun as the
 * subject is something a sentence not shown named, unless the title names it ("the festival" in
 * an article titled "Taipei Lantern Festival").
 */
function bareDescription(subject: string, title = ''): string | undefined {
	const noun = /^the (\p{Ll}+)$/iu.exec(subject)?.[1];
	if (!noun) return undefined;
	const stem = (w: string) => w.toLowerCase().replace(/s$/, '');
	return title.split(/\s+/).some((w) => stem(w) === stem(noun)) ? undefined : subject;
}

/** The first of the event's clauses that makes a clean option, if any. */
export function cleanClause(fact: Fact, scope: OptionScope = {}): EventClause | undefined {
	return eventClauses(fact).find((c) => !clauseProblem(c, scope));
}

/**
 * Whether the fact's predicate stops inside a list its sentence goes on with: "… in the classic
 * line-up of Mercury" of "… of Mercury, May, Taylor and Deacon at a Surrey college".
 */
export function cutInList(fact: Fact, sentence: string): boolean {
	const object = fact.object.trim();
	const at = object ? sentence.indexOf(object) : -1;
	if (at < 0) return false;
	const next = sentence.slice(at + object.length);
	// Names on to an "and" ("Bakos, Alexandria, on …" is a place said more closely, no list).
	// "the first high-brightness, high-efficiency LEDs": a list of modifiers of a noun still to come.
	if (/^,\s+\p{Ll}+-\p{Ll}+/u.test(next)) return true;
	const name = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*";
	return new RegExp(`^,\\s+${name}(?:,\\s+${name})*,?\\s+(?:and|or)\\s+\\p{Lu}`, 'u').test(next);
}

/**
 * Why an event's clause has no finite verb of its own, or undefined when it has one. "A company
 * led by Ferdinand de Lesseps": "led by" is a participle describing the subject (the sentence's
 * verb, "began digging", comes after an appositive), so the option names someone and tells no act.
 * A bare verb (no auxiliary) followed by "by" and an agent, or a bare "-ing" form, is no finite verb.
 */
export function finiteVerbProblem({ verb, rest }: EventClause): string | undefined {
	const chunk = verb.trim();
	if (!chunk) return 'the option has no verb';
	const bare = !/\s/.test(chunk);
	if (bare && /^\p{Ll}+ing$/u.test(chunk)) return `"${chunk}" is a participle, no finite verb`;
	if (bare && /^by\s+(?:the\s+|a\s+|an\s+)?\p{Lu}/u.test(rest.trim()))
		return `"${chunk} by" is a participle, no finite verb`;
	return undefined;
}

/**
 * Whether the option is the clause with its subject's first name left off ("Dorothy Hodgkin
 * married …" said "Hodgkin married …"): the one name form the options of an item share
 * (sequence-sense.ts oneNameForm).
 */
export const firstNameDropped = (clause: string, option: string): boolean =>
	clause.endsWith(` ${option}`) &&
	/^\p{Lu}[\p{L}'’.-]+ $/u.test(clause.slice(0, clause.length - option.length)) &&
	/^\p{Lu}[\p{L}'’-]+ \p{Ll}/u.test(option);

/** Why a sequence item's option is not one of its event's own clean clauses, or undefined. */
export function optionProblem(event: SequenceEvent, scope: OptionScope = {}): string | undefined {
	const clause = eventClauses(event.fact).find(
		(c) => c.text === event.option || firstNameDropped(c.text, event.option)
	);
	if (!clause) return 'the option is not the event’s own clause';
	if (cutInList(event.fact, event.sentence)) return 'the option stops inside a list';
	return clauseProblem(clause, scope);
}
