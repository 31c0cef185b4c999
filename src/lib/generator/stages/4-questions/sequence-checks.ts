// What a sequence item (sequence.ts) must be to be asked: the named checks of stages/5-validate.ts
// run these on it. Each returns why the item fails, or undefined.
import type { Candidate, SequenceEvent } from '../../types';
import {
	datePhraseProblem,
	optionProblem,
	orderCueProblem,
	type OptionScope
} from './event-clause';
import { orderOfStem } from './sequence';

/**
 * Four events from four sentences with four different years; the key the earliest ("… first?")
 * or the latest ("… last?"), the other three its wrong options.
 */
export function sequenceOrderProblem(c: Candidate): string | undefined {
	const events = c.events ?? [];
	const order = orderOfStem(c.stem);
	if (events.length !== 4 || !order) return 'not four events with an order to ask';
	const years = events.map((e) => e.year);
	if (new Set(years).size !== 4) return 'two events share a year';
	if (new Set(events.map((e) => e.fact.sentence)).size !== 4) return 'two events share a sentence';
	const [key, ...others] = events as [SequenceEvent, ...SequenceEvent[]];
	if (key.year !== (order === 'first' ? Math.min(...years) : Math.max(...years)))
		return `the key is not the event dated ${order}`;
	return c.answer === key.option && others.every((e, i) => c.distractors[i] === e.option)
		? undefined
		: 'the options are not the events';
}

/** No option's words point to the key or away from a wrong option ("the first LED"). */
export function sequenceCueProblem(c: Candidate): string | undefined {
	const order = orderOfStem(c.stem);
	return order ? orderCueProblem([c.answer, ...c.distractors], order) : undefined;
}

/** Every event dated at one point in time: no range, no "by", "since" or "until" (event-clause.ts). */
export function sequenceDateProblem(c: Candidate): string | undefined {
	return firstProblem(c, (e) => datePhraseProblem(e.fact, e.sentence));
}

/** Every option its event's own clean clause (event-clause.ts). */
export function sequenceOptionProblem(c: Candidate, scope: OptionScope): string | undefined {
	return firstProblem(c, (e) => optionProblem(e, scope));
}

/** The first event's problem, named by its option. */
function firstProblem(
	c: Candidate,
	problemOf: (e: SequenceEvent) => string | undefined
): string | undefined {
	for (const e of c.events ?? []) {
		const problem = problemOf(e);
		if (problem) return `"${e.option}": ${problem}`;
	}
	return undefined;
}
