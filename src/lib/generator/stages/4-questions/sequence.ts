// "Which of these happened first?" (or "last?"), and "Which of these happened after <event>?" (or
// "before"): events of the article, each said as a short clause without its date, ordered by the
// years the article gives them. Opt-in (kind `sequence`).
import type { Candidate, Fact, Sentence, SequenceEvent } from '../../types';
import { containsWords } from '../../distractors';
import { convergesOnKey, overlappingOptions } from '../../well-formed';
import {
	cleanClause,
	type EventClause,
	cutInList,
	datePhraseProblem,
	orderCueProblem,
	yearOf,
	type OptionScope,
	type SequenceOrder
} from './event-clause';
import { biographyPerson, datedClauseFacts, resolvePronoun } from './dated-clauses';
import { deathYear, lifeEndProblem, loneEra, oneNameForm } from './sequence-sense';

export type { SequenceOrder } from './event-clause';

/** What a sequence item asks: an end of the order, or what came after (before) an anchor event. */
export type SequenceAsk = SequenceOrder | Relation;
/** The key's place beside the anchor event of "Which of these happened after …?". */
export type Relation = 'after' | 'before';

export const SEQUENCE_STEMS: Record<SequenceOrder, string> = {
	first: 'Which of these happened first?',
	last: 'Which of these happened last?'
};

/** "Which of these happened after the Kelmor Trust bought the tower?" */
export const relativeStem = (relation: Relation, anchor: string): string =>
	`Which of these happened ${relation} ${anchor.replace(/^(The|A|An)\b/, (w) => w.toLowerCase())}?`;

const RELATIVE_STEM = /^Which of these happened (after|before) \S.*\?$/;

/** What a sequence stem asks, or undefined for any other stem. */
export const orderOfStem = (stem: string): SequenceAsk | undefined =>
	stem === SEQUENCE_STEMS.first
		? 'first'
		: stem === SEQUENCE_STEMS.last
			? 'last'
			: (RELATIVE_STEM.exec(stem)?.[1] as Relation | undefined);

/** The end of the order whose words would give a relative item's key away ("the final …"). */
export const cueEnd = (ask: SequenceAsk): SequenceOrder =>
	ask === 'after' ? 'last' : ask === 'before' ? 'first' : ask;

/** How many usable events make one region of the article: one item per region. */
const REGION_EVENTS = 6;
/** How much longer than every wrong option a key may be, when no fair item has a shorter one. */
const LONGEST_KEY = 1.2;
/** At most this many sequence items per article. */
const MAX_ITEMS = 3;

/**
 * What the builder needs besides the facts: the title, how to tell a description that names
 * nothing, and the parsed sentences, whose dated clauses the fact stage left out (dated-clauses.ts).
 */
export type SequenceScope = OptionScope & { sentences?: readonly Sentence[] };

/** A usable event, with whether its clause stands word for word in its sentence (a key must). */
export interface DatedEvent extends SequenceEvent {
	inSource: boolean;
}

/** What is asked of a region when the drawn ask makes no fair item: the others, in this order. */
const ASKS: readonly SequenceAsk[] = ['after', 'first', 'before', 'last'];

/**
 * The article's sequence items: its dated events in article order, cut into regions, and from each
 * region one item (one draw of `rand` per region picks what it asks; when that makes no fair item,
 * the other asks are tried): four events of four different years, the key's sentence none of the
 * others', the earliest or the latest the key, or a fifth event as the anchor of "… after
 * (before) <event>?".
 * Fewer than four usable events give none.
 */
export function sequenceItems(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string,
	rand: () => number,
	scope: SequenceScope = {}
): Candidate[] {
	const all = scope.sentences ? withDatedClauses(facts, scope.sentences, scope.title) : facts;
	const out: Candidate[] = [];
	const withLead = { ...scope, lead: scope.lead ?? leadOf(scope.sentences ?? []) };
	const events = namedOneWay(datedEvents(all, sentenceText, withLead));
	const after = postscripts(events, scope);
	const pick = (region: readonly DatedEvent[], ask: SequenceAsk, noKey: Set<DatedEvent>) =>
		ask === 'first' || ask === 'last'
			? pickFour(region, ask, noKey)
			: pickRelative(region, ask, noKey);
	for (const region of regions(events).slice(0, MAX_ITEMS)) {
		const drawn = ASKS[Math.min(ASKS.length - 1, Math.floor(rand() * ASKS.length))] as SequenceAsk;
		// The subject's life first: a postscript is at most a wrong option, never the key.
		const life = region.filter((e) => !after.has(e));
		for (const ask of [drawn, ...ASKS.filter((a) => a !== drawn)]) {
			const found =
				(life.length >= 4 && life.length < region.length ? pick(life, ask, after) : undefined) ??
				pick(region, ask, after);
			if (!found) continue;
			out.push(sequenceCandidate(found, ask, sentenceText));
			break;
		}
	}
	return out;
}

/** The events with one person named in one form in all of them (sequence-sense.ts oneNameForm). */
function namedOneWay(events: DatedEvent[]): DatedEvent[] {
	const options = oneNameForm(events.map((e) => e.option));
	return events.map((e, i) => {
		const option = options[i] ?? e.option;
		return option === e.option ? e : { ...e, option };
	});
}

/**
 * A biography's postscript: the events dated after its subject's death ("The Blue House opened as
 * a museum", four years after Kahlo died). k13's reviewers want the life's own events, so such an
 * event is never the key nor the anchor, and a region's life events are tried first.
 */
function postscripts(events: readonly DatedEvent[], scope: SequenceScope): Set<DatedEvent> {
	const person = scope.sentences ? biographyPerson(scope.sentences, scope.title ?? '') : undefined;
	const died = person && deathYear(events, [person.title, person.short]);
	return new Set(died === undefined ? [] : events.filter((e) => e.year > died));
}

/**
 * The facts and the dated clauses the fact stage left out, every date fact's "She" or "Her
 * husband" named when it can only be the biography's person (dated-clauses.ts resolvePronoun).
 */
function withDatedClauses(
	facts: readonly Fact[],
	sentences: readonly Sentence[],
	title = ''
): Fact[] {
	const person = biographyPerson(sentences, title);
	const byIndex = new Map(sentences.map((s) => [s.index, s]));
	const resolved = facts.map((f) => {
		const s = byIndex.get(f.sentence);
		return f.kind === 'date' && s ? (resolvePronoun(f, s, sentences, person) ?? f) : f;
	});
	return [...resolved, ...datedClauseFacts(sentences, facts, title)];
}

/** The sentences of the article's first paragraph, where it says what its subject is. */
function leadOf(sentences: readonly Sentence[]): string {
	const first = sentences[0]?.paragraph;
	return sentences
		.filter((s) => s.paragraph === first)
		.map((s) => s.text)
		.join(' ');
}

/**
 * Every fact that dates one event at one point in time and says it as a clean clause, one per
 * sentence and year (the first whose clause the sentence holds word for word, else the first), in
 * article order.
 */
export function datedEvents(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string,
	scope: SequenceScope
): DatedEvent[] {
	// One event per sentence and year: "In 1991, Mercury died …, and Deacon retired in 1997" has two.
	const bySentence = new Map<string, DatedEvent>();
	for (const fact of facts) {
		if (fact.kind !== 'date') continue;
		const sentence = sentenceText(fact);
		const year = yearOf(fact.value.text);
		if (year === undefined || datePhraseProblem(fact, sentence) || cutInList(fact, sentence))
			continue;
		const clause = cleanClause(fact, scope);
		if (!clause) continue;
		const resolved =
			!containsWords(sentence, clause.text) && resolvedInSource(fact, clause, sentence);
		const event: DatedEvent = {
			fact,
			option: clause.text,
			year,
			when: fact.value.text,
			sentence,
			inSource: containsWords(sentence, clause.text) || resolved,
			...(resolved ? { resolved } : {})
		};
		const at = `${fact.sentence}:${year}`;
		const held = bySentence.get(at);
		if (!held || (!held.inSource && event.inSource)) bySentence.set(at, event);
	}
	return [...bySentence.values()].sort(
		(a, b) => a.fact.start - b.fact.start || a.fact.value.start - b.fact.value.start
	);
}

/**
 * Whether the clause is its sentence's word for word but for a pronoun subject the fact stage
 * resolved to the article's person ("He began his second presidential term" as "Nasser began …").
 */
function resolvedInSource(fact: Fact, clause: EventClause, sentence: string): boolean {
	const pronoun = /^(he|she)$/i;
	const said = new RegExp(
		`(?:^|[,;]\\s*|\\d\\s+)(?:he|she|(?:his|her)\\s+\\p{Ll}+)\\s+${clause.verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
		'iu'
	);
	return (
		(!fact.id.startsWith('f-seq') || fact.id.endsWith('-r')) &&
		!pronoun.test(clause.subject) &&
		said.test(sentence) &&
		containsWords(sentence, `${clause.verb} ${clause.rest}`.trim())
	);
}

/** The events cut into runs of about REGION_EVENTS in article order, none shorter than four. */
function regions(events: DatedEvent[]): DatedEvent[][] {
	if (events.length < 4) return [];
	const n = Math.max(1, Math.floor(events.length / REGION_EVENTS));
	const size = Math.ceil(events.length / n);
	const out: DatedEvent[][] = [];
	for (let i = 0; i < events.length; i += size) out.push(events.slice(i, i + size));
	return out.filter((r) => r.length >= 4);
}

/**
 * The first four events of a region (in article order) that make a fair item: four different
 * years, the key (earliest or latest) said word for word in its sentence, no option holding
 * another or standing in the key's sentence, at most one word pointing to an end of the order
 * (never to the key, "the first …", nor away from a wrong option), and the key not the option the
 * others converge on. The first such four whose key is not the longest option, else the first.
 */
function pickFour(
	region: readonly DatedEvent[],
	order: SequenceOrder,
	noKey: ReadonlySet<DatedEvent> = new Set()
): DatedEvent[] | undefined {
	return firstFair(combinations(region, 4), (four) => {
		const events = fairFour(four, order);
		return events && !noKey.has(events[0] as DatedEvent) ? events : undefined;
	});
}

/**
 * Of the fair items `make` makes of `choices` (the key's event first), the first whose key is not
 * the longest option, else the first whose key is not much the longest.
 */
function firstFair<T>(
	choices: Iterable<T>,
	make: (choice: T) => DatedEvent[] | undefined
): DatedEvent[] | undefined {
	let first: DatedEvent[] | undefined;
	for (const choice of choices) {
		const events = make(choice);
		if (!events) continue;
		// A test-wise reader picks the longest option: a key that is not is kept if there is one.
		const [key, ...others] = events.slice(0, 4).map((e) => e.option.length) as [
			number,
			...number[]
		];
		if (others.some((n) => n >= key)) return events;
		// A key much the longest is a form cue: such an item is no fallback.
		if (key <= LONGEST_KEY * Math.max(...others)) first ??= events;
	}
	return first;
}

/**
 * "Which of these happened after <anchor>?": an anchor event of the region, the key the event
 * dated next after it, the three wrong options events dated before it (for "before", the other
 * way round), all five of five years, the key's sentence none of the others', so only the key can
 * be after (before) it.
 * The options pass the tests of `fairFour`, no option's words pointing to the end the key is at.
 */
function pickRelative(
	region: readonly DatedEvent[],
	relation: Relation,
	noKey: ReadonlySet<DatedEvent> = new Set()
): DatedEvent[] | undefined {
	const sign = relation === 'after' ? 1 : -1;
	function* choices(): Generator<[DatedEvent, DatedEvent, DatedEvent[]]> {
		for (const anchor of region) {
			const beyond = region
				.filter((e) => sign * (e.year - anchor.year) > 0)
				.sort((a, b) => sign * (a.year - b.year));
			const behind = region.filter((e) => sign * (e.year - anchor.year) < 0);
			// The nearest event beyond the anchor: "after" reads most naturally of the next one.
			const key = beyond[0];
			if (key) for (const three of combinations(behind, 3)) yield [anchor, key, three];
		}
	}
	return firstFair(choices(), ([anchor, key, three]) => {
		const events = [key, ...three, anchor];
		if (noKey.has(key) || noKey.has(anchor)) return undefined;
		if (new Set(events.map((e) => e.year)).size < 5) return undefined;
		const options = events.slice(0, 4).map((e) => e.option);
		if (!key.inSource || overlappingOptions([...options, anchor.option])) return undefined;
		if (orderCueProblem(options, cueEnd(relation))) return undefined;
		if (senseProblem(events.slice(0, 4), cueEnd(relation))) return undefined;
		if ([...three, anchor].some((e) => containsWords(key.sentence, e.option))) return undefined;
		if ([...three, anchor].some((e) => e.fact.sentence === key.fact.sentence)) return undefined;
		return convergesOnKey(options, 0) ? undefined : events;
	});
}

/** The four events with the key first when they make a fair item (see pickFour), else undefined. */
function fairFour(four: DatedEvent[], order: SequenceOrder): DatedEvent[] | undefined {
	if (new Set(four.map((e) => e.year)).size < 4) return undefined;
	const sorted = [...four].sort((a, b) => a.year - b.year);
	const key = (order === 'first' ? sorted[0] : sorted[3]) as DatedEvent;
	const others = four.filter((e) => e !== key);
	const options = [key, ...others].map((e) => e.option);
	if (!key.inSource || overlappingOptions(options) || orderCueProblem(options, order))
		return undefined;
	if (senseProblem([key, ...others], order)) return undefined;
	if (others.some((e) => containsWords(key.sentence, e.option))) return undefined;
	if (others.some((e) => e.fact.sentence === key.fact.sentence)) return undefined;
	return convergesOnKey(options, 0) ? undefined : [key, ...others];
}

/** Whether common sense or the key's era, not the article, would order the four (key first). */
function senseProblem(four: readonly DatedEvent[], end: SequenceOrder): boolean {
	const [key, ...others] = four as [DatedEvent, ...DatedEvent[]];
	const wrong = others.map((e) => e.option);
	return !!(
		lifeEndProblem(end, key.option, wrong) ??
		loneEra(
			key.year,
			others.map((e) => e.year)
		)
	);
}

/** Every choice of `k` items of `items`, in lexicographic order of their positions. */
function* combinations<T>(items: readonly T[], k: number, from = 0): Generator<T[]> {
	if (k === 0) {
		yield [];
		return;
	}
	for (let i = from; i <= items.length - k; i++)
		for (const rest of combinations(items, k - 1, i + 1)) yield [items[i] as T, ...rest];
}

/**
 * The item: the key's sentence as its source, and an explanation dating every event. `events` are
 * the key's first, then its three wrong options, then the anchor of a relative item.
 */
function sequenceCandidate(
	events: DatedEvent[],
	ask: SequenceAsk,
	sentenceText: (f: Fact) => string
): Candidate {
	const [key, ...others] = events as [DatedEvent, ...DatedEvent[]];
	const anchor = ask === 'after' || ask === 'before' ? events[4] : undefined;
	const dated = [...events]
		.sort((a, b) => a.year - b.year)
		.map((e) => `"${e.option}" (${e.when})`)
		.join(', ');
	const so = anchor
		? `So only "${key.option}" happened ${ask} "${anchor.option}".`
		: `So "${key.option}" happened ${ask}.`;
	const plain = (e: DatedEvent): SequenceEvent => ({
		fact: e.fact,
		option: e.option,
		year: e.year,
		when: e.when,
		sentence: e.sentence,
		...(e.resolved ? { resolved: true } : {})
	});
	return {
		id: `${key.fact.id}-sequence`,
		kind: 'sequence',
		stem: anchor
			? relativeStem(ask as Relation, anchor.option)
			: SEQUENCE_STEMS[ask as SequenceOrder],
		answer: key.option,
		distractors: others.slice(0, 3).map((e) => e.option),
		fact: key.fact,
		source: { sentence: sentenceText(key.fact), start: key.fact.start, end: key.fact.end },
		// "Show in article" marks where the article dates each of the others.
		evidence: others
			.map((e) => ({ sentence: sentenceText(e.fact), start: e.fact.start, end: e.fact.end }))
			.sort((a, b) => a.start - b.start),
		explanation: `The article dates them: ${dated}. ${so}`,
		events: events.map(plain)
	};
}
