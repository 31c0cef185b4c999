// What a sequence item (sequence.ts) must be to be asked: the named checks of stages/5-validate.ts
// run these on it. Each returns why the item fails, or undefined.
import type { Candidate, SequenceEvent } from '../../types';
import { containsWords, namesIn } from '../../distractors';
import {
	datePhraseProblem,
	eventClauses,
	finiteVerbProblem,
	optionProblem,
	orderCueProblem,
	type OptionScope
} from './event-clause';
import { cueEnd, orderOfStem, relativeStem } from './sequence';
import { commandProblem, STEP_STEMS, stepRelativeStem } from './sequence-steps';
import { lifeEndProblem, loneEra } from './sequence-sense';

/**
 * Four events with four different years, the key's sentence none of the others'; the key the earliest ("… first?")
 * or the latest ("… last?"), the other three its wrong options. A relative item ("… after
 * <anchor>?") has the anchor as a fifth event of a fifth year, the key the only
 * event beyond it.
 */
export function sequenceOrderProblem(c: Candidate): string | undefined {
	const events = c.events ?? [];
	const ask = orderOfStem(c.stem);
	const relative = ask === 'after' || ask === 'before';
	if (events.length !== (relative ? 5 : 4) || !ask) return 'not four events with an order to ask';
	const years = events.map((e) => e.year);
	if (new Set(years).size !== events.length) return 'two events share a year';
	const [key, ...others] = events as [SequenceEvent, ...SequenceEvent[]];
	// Two clauses of one sentence may be two events ("Mercury died …, and Deacon retired …"), but
	// the key's sentence gives no other option's date beside its own.
	if (others.some((e) => e.fact.sentence === key.fact.sentence))
		return 'another event shares the key’s sentence';
	const problem = relative
		? relativeKeyProblem(events, ask, c.stem)
		: key.year !== (ask === 'first' ? Math.min(...years) : Math.max(...years))
			? `the key is not the event dated ${ask}`
			: undefined;
	if (problem) return problem;
	return c.answer === key.option &&
		others.slice(0, 3).every((e, i) => c.distractors[i] === e.option)
		? undefined
		: 'the options are not the events';
}

/**
 * Whether a sequence key says its source sentence word for word but for a "He" or "She" it names
 * ("Nasser began his second presidential term" of "He began …"): the fact stage resolved the
 * pronoun to the article's person, as it does for every stem it asks of him (k15).
 */
export function keyNamesPronoun(c: Candidate): boolean {
	const key = c.events?.[0];
	const subject = key?.fact.frame?.subject ?? '';
	if (c.kind !== 'sequence' || !key?.resolved || !subject || key.option !== c.answer) return false;
	if (!c.answer.startsWith(`${subject} `)) return false;
	const said = c.answer.slice(subject.length).trim();
	return /\b(he|she|his|her)\b/i.test(c.source.sentence) && containsWords(c.source.sentence, said);
}

/**
 * Whether a relative stem names its anchor event: in the option's own words, or with a
 * description of the article's subject said by its name, as nameTheSubject writes a stem ("before
 * Arsenal F.C. became …" for the anchor "The club became …": refused before k15).
 */
export function stemNamesAnchor(
	stem: string,
	relation: 'after' | 'before',
	anchor: string
): boolean {
	const plain = relativeStem(relation, anchor);
	if (stem === plain) return true;
	const escaped = plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const named = escaped.replace(/\b([Tt]he) (\p{Ll}+)\b/gu, '(?:$1 $2|\\p{Lu}[^?]*?)');
	return named !== escaped && new RegExp(`^${named}$`, 'u').test(stem);
}

/** Why a relative item's key is not the only option after (before) its anchor, the fifth event. */
function relativeKeyProblem(
	events: readonly SequenceEvent[],
	relation: 'after' | 'before',
	stem: string
): string | undefined {
	const [key, a, b, c, anchor] = events as SequenceEvent[];
	if (!key || !anchor || !stemNamesAnchor(stem, relation, anchor.option))
		return 'the stem does not name the anchor event';
	const sign = relation === 'after' ? 1 : -1;
	if (sign * (key.year - anchor.year) <= 0) return `the key is not dated ${relation} the anchor`;
	if ([a, b, c].some((e) => !e || sign * (e.year - anchor.year) >= 0))
		return `a wrong option is dated ${relation} the anchor too`;
	return undefined;
}

/**
 * No option's words point to the key or away from a wrong option ("the first LED"), and the key is
 * not the only option naming someone or something the stem's anchor event names.
 */
export function sequenceCueProblem(c: Candidate): string | undefined {
	const ask = orderOfStem(c.stem);
	if (!ask) return undefined;
	const shares = (o: string) => namesIn(o).some((n) => containsWords(c.stem, n));
	if (shares(c.answer) && !c.distractors.some(shares))
		return 'only the key names what the stem names';
	return orderCueProblem([c.answer, ...c.distractors], cueEnd(ask));
}

/** Every event dated at one point in time: no range, no "by", "since" or "until" (event-clause.ts). */
export function sequenceDateProblem(c: Candidate): string | undefined {
	return firstProblem(c, (e) => datePhraseProblem(e.fact, e.sentence));
}

/** Every option its event's own clean clause (event-clause.ts). */
export function sequenceOptionProblem(c: Candidate, scope: OptionScope): string | undefined {
	return firstProblem(c, (e) => optionProblem(e, scope));
}

/** Every option a whole act: a subject and a finite verb of the event (event-clause.ts). */
export function sequenceFiniteVerbProblem(c: Candidate): string | undefined {
	return firstProblem(c, (e) => {
		const clause = eventClauses(e.fact).find((cl) => cl.text === e.option);
		return clause ? finiteVerbProblem(clause) : undefined;
	});
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

/**
 * A how-to item's steps (sequence-steps.ts): four steps of four numbers, the key the lowest
 * ("… first?") or the highest ("… last?"); or, of "… right after <anchor>?", a fifth step as the
 * anchor, the key numbered next after it (before it) and no wrong option so.
 */
export function stepOrderProblem(c: Candidate): string | undefined {
	const steps = c.steps ?? [];
	const [key, a, b, d, anchor] = steps;
	if (!key || !a || !b || !d) return 'not four steps';
	const numbers = steps.map((s) => s.number);
	if (new Set(numbers).size !== steps.length) return 'two steps share a number';
	if (c.answer !== key.option || [a, b, d].some((s, i) => c.distractors[i] !== s.option))
		return 'the options are not the steps';
	const four = numbers.slice(0, 4);
	if (!anchor) {
		const ask = c.stem === STEP_STEMS.first ? 'first' : c.stem === STEP_STEMS.last ? 'last' : '';
		const end = ask === 'first' ? Math.min(...four) : Math.max(...four);
		return ask && key.number === end
			? undefined
			: `the key is not the step numbered ${ask || 'at an end'}`;
	}
	const relation = c.stem === stepRelativeStem('after', anchor.option) ? 'after' : 'before';
	if (c.stem !== stepRelativeStem(relation, anchor.option))
		return 'the stem does not name the anchor step';
	const next = anchor.number + (relation === 'after' ? 1 : -1);
	return key.number === next ? undefined : `the key is not the step right ${relation} the anchor`;
}

/** Every option, and the anchor, a short plain command (sequence-steps.ts `commandProblem`). */
export function stepCommandsProblem(c: Candidate): string | undefined {
	for (const s of c.steps ?? []) {
		const problem = commandProblem(s.option);
		if (problem) return `"${s.option}": ${problem}`;
	}
	return undefined;
}

/**
 * Why an item's order is given by common sense rather than the article (sequence-sense.ts), or
 * undefined: "Harrison died in London" as the key of "… last?".
 */
export function commonSenseOrderProblem(c: Candidate): string | undefined {
	const ask = orderOfStem(c.stem);
	return ask && c.events ? lifeEndProblem(cueEnd(ask), c.answer, c.distractors) : undefined;
}

/** Why the key stands alone in its era (sequence-sense.ts), or undefined. */
export function loneEraProblem(c: Candidate): string | undefined {
	const [key, ...rest] = c.events ?? [];
	if (!key || !orderOfStem(c.stem)) return undefined;
	return loneEra(
		key.year,
		rest.slice(0, 3).map((e) => e.year)
	);
}
