// What makes a dated sequence item answerable without the article: an event whose place in any
// life is known (a birth first, a death last), or a key alone in its era among the options. Read
// by the builder (sequence.ts), so it picks other events, and by the named checks of
// sequence-checks.ts.
import type { SequenceOrder } from './event-clause';

/**
 * A birth: first in any life, so no reader needs the article to place it. A founding is a body's
 * birth ("Woolwich munitions workers founded the club as Dial Square", k15), and so is a person's
 * parents' marriage ("Nasser's parents married"): first of its events.
 */
const BIRTH =
	/\b(?:was|were) (?:born|founded)\b|\bparents married\b|\bfounded the (?:club|company|team|band|firm|school|city|town|order|party)\b/i;
/** A death or burial: last in any life. */
const DEATH = /\b(?:died|was (?:killed|executed|assassinated|buried)|passed away)\b/i;

/**
 * Why an item's order is given by common sense, or undefined: a birth as the key of an item
 * asking the first (earlier) end, or a wrong option of one asking the last; a death the other way
 * round ("Harrison died in London" as the key of "… last?").
 */
export function lifeEndProblem(
	end: SequenceOrder,
	key: string,
	wrong: readonly string[]
): string | undefined {
	const [early, late] = end === 'first' ? [BIRTH, DEATH] : [DEATH, BIRTH];
	if (early.test(key)) return `"${key}": a life's ${end} event is the key`;
	const ruledOut = wrong.find((d) => late.test(d));
	return ruledOut
		? `"${ruledOut}": an event that ends a life the other way is a wrong option`
		: undefined;
}

/** How far in years the key may stand from every wrong option while alone in its century. */
const LONE_ERA_GAP = 100;

/**
 * Why the key stands alone in its era, or undefined: the only option of its century, at least
 * LONE_ERA_GAP years from the nearest wrong option ("Valletta was a European Capital of Culture"
 * among three events of the Knights' rule), so a reader picks it by its form alone.
 */
export function loneEra(keyYear: number, wrongYears: readonly number[]): string | undefined {
	const century = (y: number) => Math.floor((y - 1) / 100);
	const gap = Math.min(...wrongYears.map((y) => Math.abs(y - keyYear)));
	const alone = wrongYears.every((y) => century(y) !== century(keyYear));
	return alone && gap >= LONE_ERA_GAP
		? `the key (${keyYear}) is the only option of its era, ${gap} years from the nearest`
		: undefined;
}
