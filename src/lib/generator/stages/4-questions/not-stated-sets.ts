// The sets a "not stated" item's options come from (lexicons/sets.ts and the place lexicons), and
// how a listed item matches a member: case and number as the article writes it.
import { CITIES, CONTINENTS, COUNTRIES, US_STATES } from '../../lexicons';
import { THING_SETS, type ThingSet } from '../../lexicons/sets';
import { continentOf } from '../../distractors/regions';
import { escapeRegExp } from '../../well-formed';

/** Countries a reader says with "the" ("the Netherlands"): no outsider of theirs reads cleanly. */
export const TAKES_THE =
	/^(United|Netherlands|Philippines|Czech|Central|Dominican|Gambia|Bahamas|Congo)\b|^(England|Scotland|Wales|Northern Ireland)$/;

/** Every set: the things of lexicons/sets.ts, then the places, as names. */
export const ALL_SETS: readonly ThingSet[] = [
	...THING_SETS,
	{ name: 'countries', members: COUNTRIES },
	{ name: 'US states', members: US_STATES },
	{ name: 'continents', members: CONTINENTS },
	{ name: 'cities', members: CITIES }
];

/** Nouns whose plural is the singular. */
const SAME_PLURAL = /^(cattle|sheep|deer|fish|seafood|comics|westerns|thrillers|athletics)$/;

/** The plural of a lexicon noun ("disease" → "diseases", "wolf" → "wolves"). */
export function pluralOf(noun: string): string {
	const words = noun.split(' ');
	const last = words.pop() ?? '';
	const plural = SAME_PLURAL.test(last)
		? last
		: /[^aeiou]y$/.test(last)
			? `${last.slice(0, -1)}ies`
			: /(s|x|ch|sh|ato)$/.test(last)
				? `${last}es`
				: /[^f]f$/.test(last)
					? `${last.slice(0, -1)}ves`
					: `${last}s`;
	return [...words, plural].join(' ');
}

/** How a listed item stands for a member: which member, and whether in the plural. */
export interface Match {
	member: string;
	plural: boolean;
}

/** The member `item` names in `set`, as written ("Floods" → flood, plural), if any. */
export function matchMember(item: string, set: ThingSet): Match | undefined {
	const bare = item.replace(/^the /i, '');
	for (const member of set.members) {
		const named = /^\p{Lu}/u.test(member);
		const same = (a: string, b: string) => (named ? a === b : a.toLowerCase() === b);
		if (same(bare, member)) return { member, plural: false };
		if (!named && same(bare, pluralOf(member))) return { member, plural: true };
	}
	return undefined;
}

/** Whether the article writes `member` anywhere, in the singular or the plural, any case. */
export function articleNames(text: string, member: string): boolean {
	const forms = new Set([member, pluralOf(member)].map((f) => escapeRegExp(f)));
	return new RegExp(`(?<![\\p{L}-])(${[...forms].join('|')})(?![\\p{L}-])`, 'iu').test(text);
}

/** Members of the listed items' own region first: an outsider country near the listed ones. */
export function nearFirst(set: ThingSet, listed: readonly string[]): readonly string[] {
	if (set.name !== 'countries') return set.members;
	const near = new Set(listed.flatMap((m) => continentOf(m)));
	return near.size ? set.members.filter((m) => near.has(m)) : set.members;
}
