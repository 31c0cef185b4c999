// Where countries are, and which countries a sentence already names by its people ("Americans")
// or its cities: a country offered as a distractor should be a neighbour of the answer, never the
// sentence's own.
import { CITIES_BY_COUNTRY } from '../lexicons';
import { escapeRegExp } from '../well-formed';

/**
 * Countries by region, regions by continent; a distractor comes from the answer's region first,
 * then its continent. Iceland and other small countries stand in no region: seldom plausible.
 */
const REGION_GROUPS: readonly (readonly string[])[] = [
	// Western Europe
	[
		'United Kingdom',
		'Great Britain',
		'England',
		'Scotland',
		'Wales',
		'Ireland',
		'France',
		'Germany',
		'Belgium',
		'Netherlands',
		'Switzerland',
		'Austria',
		'Italy',
		'Spain',
		'Portugal',
		'Denmark',
		'Norway',
		'Sweden',
		'Finland'
	],
	// Southern and Eastern Europe
	[
		'Greece',
		'Poland',
		'Hungary',
		'Czech Republic',
		'Slovakia',
		'Romania',
		'Bulgaria',
		'Croatia',
		'Serbia',
		'Ukraine',
		'Russia',
		'Estonia',
		'Latvia',
		'Lithuania'
	],
	// East Asia
	['China', 'Japan', 'Taiwan', 'South Korea', 'North Korea', 'Mongolia'],
	// Southeast Asia
	[
		'Vietnam',
		'Thailand',
		'Cambodia',
		'Myanmar',
		'Malaysia',
		'Singapore',
		'Indonesia',
		'Philippines'
	],
	// South and Central Asia
	['India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Afghanistan', 'Kazakhstan'],
	// Middle East and North Africa
	[
		'Egypt',
		'Iran',
		'Iraq',
		'Israel',
		'Saudi Arabia',
		'Syria',
		'Lebanon',
		'Jordan',
		'Qatar',
		'Kuwait',
		'Oman',
		'Yemen',
		'Turkey',
		'Armenia',
		'Libya',
		'Algeria',
		'Morocco',
		'Tunisia'
	],
	// Africa south of the Sahara
	[
		'Kenya',
		'Nigeria',
		'Ethiopia',
		'Ghana',
		'Uganda',
		'Tanzania',
		'Zimbabwe',
		'South Africa',
		'Eritrea',
		'Sudan',
		'Somalia',
		'Senegal',
		'Gabon'
	],
	// North America
	['United States', 'Canada', 'Mexico'],
	// Central and South America
	[
		'Cuba',
		'Jamaica',
		'Haiti',
		'Guatemala',
		'Honduras',
		'Costa Rica',
		'Panama',
		'Colombia',
		'Venezuela',
		'Ecuador',
		'Peru',
		'Bolivia',
		'Brazil',
		'Chile',
		'Argentina',
		'Uruguay',
		'Paraguay'
	],
	// Oceania
	['Australia', 'New Zealand']
];

const bare = (p: string) => p.replace(/^the /i, '');

/** Indices of REGION_GROUPS by continent. */
const CONTINENTS: readonly (readonly number[])[] = [[0, 1], [2, 3, 4], [5, 6], [7, 8], [9]];

/** The countries of the answer's region, or undefined for a place the groups do not hold. */
export function regionOf(country: string): readonly string[] | undefined {
	return REGION_GROUPS.find((g) => g.includes(bare(country)));
}

/** The countries of the answer's continent (its region's and the regions beside it). */
export function continentOf(country: string): readonly string[] {
	const i = REGION_GROUPS.findIndex((g) => g.includes(bare(country)));
	const c = CONTINENTS.find((ids) => ids.includes(i)) ?? [];
	return c.flatMap((id) => REGION_GROUPS[id] ?? []);
}

/** Each lexicon country's region and continent as sets, worked out once (bounded by the lexicons). */
const nearCache = new Map<
	string,
	{ region: ReadonlySet<string>; continent: ReadonlySet<string> }
>();

/** How near a country is to the answer: 0 its region, 1 its continent, 2 elsewhere. */
export function distance(answer: string, country: string): number {
	let near = nearCache.get(answer);
	if (!near) {
		const region = regionOf(answer);
		// Not a country of the lexicons: every country is "elsewhere", and nothing is kept.
		if (!region) return 2;
		near = { region: new Set(region), continent: new Set(continentOf(answer)) };
		nearCache.set(answer, near);
	}
	const c = bare(country);
	return near.region.has(c) ? 0 : near.continent.has(c) ? 1 : 2;
}

/** The UK and its nations: one contains another, so they are never options beside each other. */
const NESTED: Record<string, readonly string[]> = {
	'United Kingdom': ['Great Britain', 'England', 'Scotland', 'Wales', 'Britain', 'UK', 'U.K.'],
	'Great Britain': ['United Kingdom', 'England', 'Scotland', 'Wales', 'Britain', 'UK', 'U.K.'],
	Britain: ['United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales'],
	England: ['United Kingdom', 'Great Britain', 'Britain'],
	Scotland: ['United Kingdom', 'Great Britain', 'Britain'],
	Wales: ['United Kingdom', 'Great Britain', 'Britain']
};

/** Whether one of two places contains the other: "England" and "the United Kingdom". */
export function nestedPlaces(a: string, b: string): boolean {
	return NESTED[bare(a)]?.includes(bare(b)) ?? false;
}

/** Words for a country's people or things, each with the countries it points to. */
const DEMONYMS: readonly [RegExp, readonly string[]][] = [
	[/\b(Americans?|U\.?S\.?A?)\b/, ['United States']],
	[/\b(British|Britons?|Britain|U\.?K\.?)\b/, ['United Kingdom', 'Great Britain']],
	[/\b(English|Englishm[ae]n)\b/, ['England']],
	[/\b(Scottish|Scots?)\b/, ['Scotland']],
	[/\bWelsh\b/, ['Wales']],
	[/\bIrish\b/, ['Ireland']],
	[/\bFrench\b/, ['France']],
	[/\bGermans?\b/, ['Germany']],
	[/\bItalians?\b/, ['Italy']],
	[/\b(Spanish|Spaniards?)\b/, ['Spain']],
	[/\bPortuguese\b/, ['Portugal']],
	[/\bDutch\b/, ['Netherlands']],
	[/\bGreeks?\b/, ['Greece']],
	[/\bRussians?\b/, ['Russia']],
	[/\bChinese\b/, ['China']],
	[/\bJapanese\b/, ['Japan']],
	[/\bKoreans?\b/, ['South Korea', 'North Korea']],
	[/\bIndians?\b/, ['India']],
	[/\bPakistanis?\b/, ['Pakistan']],
	[/\bAfghans?\b/, ['Afghanistan']],
	[/\bIranians?\b/, ['Iran']],
	[/\bIraqis?\b/, ['Iraq']],
	[/\bSaudis?\b/, ['Saudi Arabia']],
	[/\bSyrians?\b/, ['Syria']],
	[/\bIsraelis?\b/, ['Israel']],
	[/\bEgyptians?\b/, ['Egypt']],
	// The Ottomans' state is today's Turkey: "the Ottomans declared war on _____" is never Turkey.
	[/\b(Turkish|Turks?|Ottomans?)\b/, ['Turkey']],
	[/\bMexicans?\b/, ['Mexico']],
	[/\bCanadians?\b/, ['Canada']],
	[/\bBrazilians?\b/, ['Brazil']],
	[/\bAustralians?\b/, ['Australia']],
	[/\bNew Zealanders?\b/, ['New Zealand']],
	[/\bNigerians?\b/, ['Nigeria']],
	[/\bKenyans?\b/, ['Kenya']],
	[/\bUkrainians?\b/, ['Ukraine']],
	[/\b(Swedish|Swedes?)\b/, ['Sweden']],
	[/\bBelgians?\b/, ['Belgium']],
	[/\bAustrians?\b/, ['Austria']],
	[/\b(Polish|Poles)\b/, ['Poland']],
	[/\bPersians?\b/, ['Iran']]
];

/** Countries a sentence names by their people or adjective: "Americans tend to say …". */
export function impliedCountries(sentence: string): Set<string> {
	const out = new Set<string>();
	for (const [re, countries] of DEMONYMS)
		if (re.test(sentence)) for (const c of countries) out.add(c);
	// "evacuated via Cape Town to _____": the country of a city the sentence names is its own too
	// (review tune18: "South Africa is ruled out by the question's own wording").
	for (const m of sentence.matchAll(CITY)) {
		const country = countryOfCity(m[0]);
		if (country) out.add(country);
	}
	return out;
}

/** The country of a city the lexicon holds ("Cape Town" → "South Africa"), if any. */
export const countryOfCity = (city: string) => COUNTRY_OF_CITY.get(city);

/** Each lexicon city's country, and one pattern that finds any of them. */
const COUNTRY_OF_CITY = new Map(
	Object.entries(CITIES_BY_COUNTRY).flatMap(([country, cities]) =>
		cities.map((city) => [city, country] as const)
	)
);
const CITY = new RegExp(`\\b(${[...COUNTRY_OF_CITY.keys()].map(escapeRegExp).join('|')})\\b`, 'g');
