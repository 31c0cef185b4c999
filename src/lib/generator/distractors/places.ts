// Candidates for places: the article's places of the answer's kind, then the gazetteer's, nearest
// first.
import type { Fact, PlaceKind } from '../types';
import {
	CITIES_BY_COUNTRY,
	CONTINENTS,
	COUNTRIES,
	REGIONS,
	STATE_GROUPS,
	STATES,
	STATEHOOD
} from '../lexicons';
import { countryOfCity, distance } from './regions';
import { shuffle } from '../random';
import { yearsNamed } from '../well-formed';
import type { DistractorContext } from './context';
import { otherEntities, sameShape } from './names';

/** Words of empire: the place asked is a colony or territory, not one of the powers. */
const COLONIAL =
	/\b(colon(y|ies)|possessions?|territor(y|ies)|dependenc(y|ies)|overseas|protectorates?)\b/i;

/** Places of the answer's kind: the article's first, then the lexicon's, nearest tier first. */
export function placeCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	// A country for a country, a state for a state: never "Texas" beside "Asia".
	const kind = ctx.entities.get(v.entity ?? '')?.subtype;
	const places = otherEntities(fact, ctx).filter((e) => e.type === 'place');
	if (!kind) {
		// Unknown kind: only article places named alike ("X Station" for "Y Station").
		return shuffle(
			places.filter((e) => e.name.includes(' ') && sameShape(v.text, e.name)),
			ctx.rand
		).map((e) => e.name);
	}
	const same = places.filter((e) => e.subtype === kind).map((e) => e.name);
	const tiers = placeLexicon(kind, v.text).map((tier) =>
		tier.map((p) => (/^the /i.test(v.text) ? p : p.replace(/^the /, '')))
	);
	// "Which state did Spain lose? Florida" beside "Montana": lexicon states only when the
	// article itself names other states, so they belong to its story.
	if (kind === 'state' && same.length === 0) return [];
	if (kind !== 'country')
		return [...shuffle(same, ctx.rand), ...tiers.flatMap((tier) => shuffle(tier, ctx.rand))];
	return countryCandidates(v.text, same, tiers, sentence, ctx.rand);
}

/** Countries beside a country: the article's, then the lexicon's tiers, nearest first. */
function countryCandidates(
	answer: string,
	same: string[],
	tiers: string[][],
	sentence: string,
	rand: () => number
): string[] {
	// "regained control of its colonies, e.g., _____": the powers of the story ("Russia",
	// "Sweden") are no colony, so a colony is offered only beside places of its own continent,
	// which were places then if not yet states.
	const colonial = COLONIAL.test(sentence);
	// "Slovakia" beside the Crimean War of 1853: no country that did not yet exist when the
	// sentence's events took place.
	const year = Math.min(...yearsNamed(sentence));
	const existed = (p: string) => colonial || !((STATEHOOD[p.replace(/^the /i, '')] ?? 0) > year);
	const lex = tiers.flat().filter(existed);
	// The article's own countries first, nearest first (they fit its story: the other teams of a
	// match report); then the lexicon's, its region before its continent before anywhere:
	// "Japan" beside "South Korea", never "Uganda" while a neighbour is left.
	const reach = colonial ? [0, 1] : [0, 1, 2];
	const nearness = reach.map((d) => (p: string) => distance(answer, p) === d);
	return [
		...nearness.flatMap((near) => shuffle(same.filter(near).filter(existed), rand)),
		...nearness.flatMap((near) => shuffle(lex.filter(near), rand))
	];
}

/**
 * The lexicon's places to offer beside `answer`, a place of this kind, nearest tier first: Australian states beside an
 * Australian state, cities of the answer's country and then of its region (none for a city the
 * lexicon does not place), world regions beside a region and none beside a continent.
 */
function placeLexicon(kind: PlaceKind, answer: string): (readonly string[])[] {
	switch (kind) {
		case 'country':
			return [COUNTRIES];
		case 'state':
			return [STATE_GROUPS.find((g) => g.includes(answer)) ?? STATES];
		case 'region': {
			// "the great cathedrals of _____": beside "Asia" and "Africa", "Europe" is common
			// knowledge, so a continent gets only the continents its article names.
			if (CONTINENTS.includes(answer.replace(/^the /i, ''))) return [];
			return [REGIONS.filter((r) => !CONTINENTS.includes(r))];
		}
		case 'city': {
			const home = countryOfCity(answer);
			if (!home) return [];
			const near = Object.keys(CITIES_BY_COUNTRY).filter(
				(c) => c !== home && distance(home, c) === 0
			);
			return [CITIES_BY_COUNTRY[home] ?? [], near.flatMap((c) => CITIES_BY_COUNTRY[c] ?? [])];
		}
	}
}
