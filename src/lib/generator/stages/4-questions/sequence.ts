// "Which of these happened first?" (or "last?"): four events of the article, each said as a short
// clause without its date, ordered by the years the article gives them. Opt-in (kind `sequence`).
import type { Candidate, Fact, SequenceEvent } from '../../types';
import { containsWords } from '../../distractors';
import { convergesOnKey, overlappingOptions } from '../../well-formed';
import {
	cleanClause,
	cutInList,
	datePhraseProblem,
	orderCueProblem,
	yearOf,
	type OptionScope,
	type SequenceOrder
} from './event-clause';

export type { SequenceOrder } from './event-clause';

export const SEQUENCE_STEMS: Record<SequenceOrder, string> = {
	first: 'Which of these happened first?',
	last: 'Which of these happened last?'
};

/** The order a sequence stem asks for, or undefined for any other stem. */
export const orderOfStem = (stem: string): SequenceOrder | undefined =>
	stem === SEQUENCE_STEMS.first ? 'first' : stem === SEQUENCE_STEMS.last ? 'last' : undefined;

/** How many usable events make one region of the article: one item per region. */
const REGION_EVENTS = 6;
/** At most this many sequence items per article. */
const MAX_ITEMS = 3;

/** What the builder needs besides the facts: the title, and how to tell a description that names nothing. */
export type SequenceScope = OptionScope;

/** A usable event, with whether its clause stands word for word in its sentence (a key must). */
interface DatedEvent extends SequenceEvent {
	inSource: boolean;
}

/**
 * The article's sequence items: its dated events in article order, cut into regions, and from each
 * region four events of four different years, from four sentences, the earliest or the latest the
 * key (one draw of `rand` per region). Fewer than four usable events give none.
 */
export function sequenceItems(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string,
	rand: () => number,
	scope: SequenceScope = {}
): Candidate[] {
	const out: Candidate[] = [];
	for (const region of regions(datedEvents(facts, sentenceText, scope)).slice(0, MAX_ITEMS)) {
		const order: SequenceOrder = rand() < 0.5 ? 'first' : 'last';
		const other: SequenceOrder = order === 'first' ? 'last' : 'first';
		const found = pickFour(region, order) ?? pickFour(region, other);
		if (found) out.push(sequenceCandidate(found.events, found.order, sentenceText));
	}
	return out;
}

/**
 * Every fact that dates one event at one point in time and says it as a clean clause, one per
 * sentence (the first whose clause the sentence holds word for word, else the first), in article
 * order.
 */
function datedEvents(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string,
	scope: SequenceScope
): DatedEvent[] {
	const bySentence = new Map<number, DatedEvent>();
	for (const fact of facts) {
		if (fact.kind !== 'date') continue;
		const sentence = sentenceText(fact);
		const year = yearOf(fact.value.text);
		if (year === undefined || datePhraseProblem(fact, sentence) || cutInList(fact, sentence))
			continue;
		const clause = cleanClause(fact, scope);
		if (!clause) continue;
		const event: DatedEvent = {
			fact,
			option: clause.text,
			year,
			when: fact.value.text,
			sentence,
			inSource: containsWords(sentence, clause.text)
		};
		const held = bySentence.get(fact.sentence);
		if (!held || (!held.inSource && event.inSource)) bySentence.set(fact.sentence, event);
	}
	return [...bySentence.values()].sort((a, b) => a.fact.start - b.fact.start);
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
	order: SequenceOrder
): { events: DatedEvent[]; order: SequenceOrder } | undefined {
	let first: DatedEvent[] | undefined;
	for (const four of combinations(region, 4)) {
		const events = fairFour(four, order);
		if (!events) continue;
		// A test-wise reader picks the longest option: a key that is not is kept if there is one.
		const [key, ...others] = events.map((e) => e.option.length) as [number, ...number[]];
		if (others.some((n) => n >= key)) return { events, order };
		first ??= events;
	}
	return first && { events: first, order };
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
	if (others.some((e) => containsWords(key.sentence, e.option))) return undefined;
	return convergesOnKey(options, 0) ? undefined : [key, ...others];
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

/** The item: the key's sentence as its source, and an explanation dating all four events. */
function sequenceCandidate(
	events: DatedEvent[],
	order: SequenceOrder,
	sentenceText: (f: Fact) => string
): Candidate {
	const [key, ...others] = events as [DatedEvent, ...DatedEvent[]];
	const dated = [...events]
		.sort((a, b) => a.year - b.year)
		.map((e) => `"${e.option}" (${e.when})`)
		.join(', ');
	const plain = (e: DatedEvent): SequenceEvent => ({
		fact: e.fact,
		option: e.option,
		year: e.year,
		when: e.when,
		sentence: e.sentence
	});
	return {
		id: `${key.fact.id}-sequence`,
		kind: 'sequence',
		stem: SEQUENCE_STEMS[order],
		answer: key.option,
		distractors: others.map((e) => e.option),
		fact: key.fact,
		source: { sentence: sentenceText(key.fact), start: key.fact.start, end: key.fact.end },
		// "Show in article" marks where the article dates each of the other three.
		evidence: others
			.map((e) => ({ sentence: sentenceText(e.fact), start: e.fact.start, end: e.fact.end }))
			.sort((a, b) => a.start - b.start),
		explanation: `The article dates them: ${dated}. So "${key.option}" happened ${order}.`,
		events: events.map(plain)
	};
}
