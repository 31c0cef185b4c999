// What an outsider (the key of a list-form not-stated item, not-stated.ts) must be beside the
// three shown items, so that it is not the odd one out a reader picks unread (review k13: "Manila"
// among US cities, "Mongolia" among South Asian countries, "log" among trees, "fleshes").
import type { Lexicon } from '../../types';
import { countryOfCity, regionOf } from '../../distractors/regions';
import { kindsOf, sharedKind } from './not-stated-wordnet';
import { pluralOf } from './not-stated-sets';

/**
 * Why a place outsider stands apart from the shown places: when the three share a region (all
 * South Asian countries) or a country (all US cities), the outsider must share it too.
 */
export function placeApartProblem(
	setName: string,
	shown: readonly string[],
	key: string
): string | undefined {
	const bare = (p: string) => p.replace(/^the /i, '');
	const group =
		setName === 'countries'
			? (p: string) => regionOf(bare(p))?.[0]
			: setName === 'cities'
				? (p: string) => countryOfCity(bare(p))
				: undefined;
	if (!group || shown.length < 3) return undefined;
	const groups = new Set(shown.map(group));
	const [shared] = groups;
	if (groups.size !== 1 || shared === undefined) return undefined;
	return group(key) === shared
		? undefined
		: `"${key}" is the only one outside the shown places' region`;
}

/** A plural a reader meets this seldom, per million words, is no word ("fleshes", "rices"). */
const MIN_PLURAL_PER_MILLION = 0.2;

/** "flesh" → "fleshes": whether a noun's plural is unspoken (a mass noun), by the frequency list. */
export function unspokenPlural(member: string, lexicon: Lexicon): boolean {
	const said = lexicon.perMillion?.(pluralOf(member));
	return said !== undefined && said < MIN_PLURAL_PER_MILLION;
}

/** A gloss that defines a word as a part or a product of something: "a segment of the trunk of a tree". */
const PART_GLOSS =
	/^(a |an |the )?(small |thin |flat )?(segment|piece|part|portion|section|slice|fragment|bit|cut|chunk|product|byproduct|remains) of\b/i;

/** "log" beside "oak, birch and maple": a word its dictionary calls a piece of a member, no member. */
export function partNotMember(member: string, lexicon: Lexicon): boolean {
	const gloss = lexicon.senses(member, 'n')[0]?.gloss ?? '';
	return PART_GLOSS.test(gloss);
}

/** How far up a member's kinds are read to find the shown items' kind. */
const KIND_DEPTH = 8;

/**
 * Whether a common-noun outsider is of the narrowest kind the three shown items share ("tree"
 * for "oak, birch and maple"), when the dictionary files them all and that kind is narrow enough
 * to ask of (sharedKind); with no such kind, any member of the set fits.
 */
export function sharesShownKind(
	member: string,
	shown: readonly string[],
	lexicon: Lexicon
): boolean {
	if (shown.some((s) => !lexicon.senses(s, 'n').length)) return true;
	const kind = sharedKind(shown, lexicon);
	if (!kind) return true;
	return kindsOf(member, lexicon, KIND_DEPTH).some((k) => k.id === kind.id);
}
