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

/** Whether an event is a death or burial ("Kahlo died at the Blue House"). */
export const isDeath = (option: string): boolean => DEATH.test(option);

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

/**
 * The year a biography's subject died, when one of the events says so with the subject named
 * ("Frida Kahlo died at the Blue House", 1954), else undefined. `names` are the forms the article
 * names the subject by (full name, short name).
 */
export function deathYear(
	events: readonly { option: string; year: number }[],
	names: readonly string[]
): number | undefined {
	const theirs = events.filter(
		(e) => isDeath(e.option) && names.some((n) => n && e.option.startsWith(`${n} `))
	);
	return theirs.length > 0 ? Math.min(...theirs.map((e) => e.year)) : undefined;
}

/**
 * "Kahlo won a place at …", "Frida Kahlo died at …": the options of one item name one person in two
 * forms (k13: "Hodgkin" in some, "Dorothy Hodgkin" in others). Each option that opens with a
 * full name "First Last" whose last name alone opens another event is said with the last name
 * alone, the form the article uses after the first mention (the sentence still holds it word for
 * word). Other options are left as they are.
 */
export function oneNameForm(options: readonly string[]): string[] {
	const shortForms = new Set(
		options.flatMap((o) => /^(\p{Lu}[\p{L}'’-]+) \p{Ll}/u.exec(o)?.[1] ?? [])
	);
	return options.map((o) => {
		const full = /^\p{Lu}[\p{L}'’.-]+ (\p{Lu}[\p{L}'’-]+) (?=\p{Ll})/u.exec(o);
		return full?.[1] && shortForms.has(full[1]) ? o.slice(full[0].length - full[1].length - 1) : o;
	});
}
