// The sets a "not stated" item's options come from (lexicons/sets.ts and the place lexicons), and
// how a listed item matches a member: case and number as the article writes it.
import { CITIES, CONTINENTS, COUNTRIES, US_STATES } from '../../lexicons';
import { THING_SETS, type ThingSet } from '../../lexicons/sets';
import { continentOf } from '../../distractors/regions';
import { escapeRegExp } from '../../well-formed';
import type { Entity } from '../../types';

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

/** Lexicon nouns whose plural changes their vowel ("foot" → "feet"). */
const IRREGULAR_PLURAL: Readonly<Record<string, string>> = { foot: 'feet', tooth: 'teeth' };

/** The plural of a lexicon noun ("disease" → "diseases", "wolf" → "wolves"). */
export function pluralOf(noun: string): string {
	const words = noun.split(' ');
	const last = words.pop() ?? '';
	const irregular = IRREGULAR_PLURAL[last];
	const plural = irregular
		? irregular
		: SAME_PLURAL.test(last)
			? last
			: /(stomach|monarch|epoch|eunuch|patriarch)$/.test(last)
				? `${last}s`
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

/**
 * Nouns after a member that say only that it was done or tried ("sabotage efforts", "bombing
 * campaigns"): the item still names the member.
 */
const DOING_HEAD = / (efforts|attempts|campaigns|activities|operations)$/;

/** The member `item` names in `set`, as written ("Floods" → flood, plural), if any. */
export function matchMember(item: string, set: ThingSet): Match | undefined {
	const bare = item.replace(/^the /i, '').replace(DOING_HEAD, '');
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

/** What the article's names of one type make a set of: its people and its organisations. */
const NAME_SETS: Partial<Record<Entity['type'], string>> = {
	person: 'people',
	organisation: 'organisations'
};

/**
 * The article's own names as sets, one per type: every full name and alias of its people (its
 * organisations), so a list of three of them is asked with a fourth it names elsewhere as key.
 */
export function articleNameSets(entities: Iterable<Entity>): ThingSet[] {
	const members = new Map<string, Set<string>>();
	const outsiders = new Map<string, Set<string>>();
	for (const e of entities) {
		const name = NAME_SETS[e.type];
		if (!name || e.partial) continue;
		const forms = [e.name, ...e.aliases].filter(
			(form) => /^\p{Lu}/u.test(form) && form.split(' ').length <= 4
		);
		members.set(name, new Set([...(members.get(name) ?? []), ...forms]));
		// An outsider the article names more than once, by its full name: the tagger surely read it.
		if (e.mentions >= 2 && forms.includes(e.name))
			outsiders.set(name, new Set([...(outsiders.get(name) ?? []), e.name]));
	}
	return [...members].map(([name, held]) => ({
		name,
		members: [...held],
		outsiders: [...(outsiders.get(name) ?? [])]
	}));
}

/** The sentences of `text` that write `member`, cut at end punctuation and line breaks. */
export function sentencesNaming(text: string, member: string): string[] {
	return text.split(/(?<=[.!?]["”’]?)\s+|\n+/).filter((s) => articleNames(s, member));
}

/** Words of no weight for telling what a list is of. */
const LIGHT_WORDS =
	/^(which|these|does|article|name|names|says|say|list|lists|after|among|about|there|their|were|have|been|with|from|into|that|this|what|many|some|other|also)$/;

/** The weighty words of a text (four letters and more), cut to six letters: "bacterial" is "bacter". */
export function weightyWords(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
			.filter((w) => !LIGHT_WORDS.test(w))
			.map((w) => w.replace(/(ies|es|s)$/, '').slice(0, 6))
	);
}

/**
 * Why a key the article names elsewhere may belong to the list after all: a sentence naming it
 * speaks of a weighty word of the stem besides the set's own noun ("investment" of "the top
 * countries for investment"): it could list the key among them, a second right answer. Another
 * list of the set ("countries such as Germany and Denmark have led …") is what the item asks to
 * tell apart.
 */
export function keyApartProblem(
	text: string,
	key: string,
	stem: string,
	setName: string
): string | undefined {
	const setWords = weightyWords(stem);
	for (const w of weightyWords(setName)) setWords.delete(w);
	for (const s of sentencesNaming(text, key)) {
		const shared = [...weightyWords(s.replace(key, ''))].find((w) => setWords.has(w));
		if (shared) return `a sentence naming "${key}" speaks of "${shared}" too`;
	}
	return undefined;
}
