// Wrong options a reader rules out without the article: a place outside the place the sentence
// puts the answer in, a head of state beside people of no such rank, a count beside the article's
// own "the three men" (review k5: P3-Q7, P6-Q10, P6-Q1, P8-Q4, P5-Q1).
import type { Fact } from '../types';
import { COUNTRIES, STATEHOOD } from '../lexicons';
import { countOf } from './variants';
import { continentOf, countryOfCity, impliedCountries } from './regions';
import { escapeRegExp, wordsOf } from '../well-formed';
import type { DistractorContext } from './context';
import { ORDINAL_CENTURIES } from './times';

/** Provinces and states the lexicon's cities do not name, each with its country. */
const PROVINCES: Readonly<Record<string, readonly string[]>> = {
	China: ['Jiangsu', 'Zhejiang', 'Guangdong', 'Sichuan', 'Hunan', 'Hubei', 'Fujian', 'Shandong'],
	India: ['Kerala', 'Gujarat', 'Maharashtra', 'Tamil Nadu', 'Rajasthan', 'Uttar Pradesh'],
	Italy: ['Tuscany', 'Lombardy', 'Sicily', 'Piedmont', 'Veneto', 'Friuli Venezia Giulia'],
	Spain: ['Catalonia', 'Andalusia', 'Castile'],
	Germany: ['Bavaria', 'Saxony', 'Prussia'],
	Canada: ['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Nova Scotia'],
	Australia: ['Queensland', 'New South Wales', 'Tasmania', 'Western Australia']
};

/** Continents by the words that name them, with one country of each to find its members by. */
const CONTINENT_WORDS: readonly [RegExp, string][] = [
	[/\bEurope\b/, 'France'],
	[/\bAsia\b/, 'China'],
	[/\bAfrica\b/, 'Kenya'],
	[/\b(North|South|Latin|Central) America\b/, 'Brazil'],
	[/\bOceania\b/, 'Australia']
];

/** The countries a sentence names: by name, by their people, by a city or a province of theirs. */
export function countriesNamed(sentence: string): Set<string> {
	const out = impliedCountries(sentence);
	const words = ` ${wordsOf(sentence).join(' ')} `;
	for (const c of COUNTRIES) if (words.includes(` ${wordsOf(c).join(' ')} `)) out.add(c);
	for (const [country, provinces] of Object.entries(PROVINCES))
		if (provinces.some((p) => new RegExp(`\\b${escapeRegExp(p)}\\b`).test(sentence)))
			out.add(country);
	return out;
}

const bare = (p: string) => p.replace(/^the /i, '');

/**
 * Whether a place option lies outside the place the sentence names for the key: "In Britain, the
 * sleeper from _____ to Scotland" offers no Berlin beside London; "across Russia and Central Asia
 * to _____" (from western Europe) offers no Sweden beside China.
 */
export function outsideNamedPlace(answer: string, option: string, sentence: string): boolean {
	// What the sentence says before the key frames it ("In Britain, … from _____"); a clause after it
	// ("London, where … in Britain") tells of something else.
	const at = sentence.indexOf(answer);
	if (at < 0) return false;
	const rest = sentence.slice(0, at);
	const home = countryOfCity(answer);
	if (home) {
		// A city in a country the sentence names: every option a city of that country.
		if (!countriesNamed(rest).has(home)) return false;
		const there = countryOfCity(option);
		return there !== home && (there !== undefined || COUNTRIES.includes(bare(option)));
	}
	if (!COUNTRIES.includes(bare(answer))) return false;
	if (acrossHemispheres(answer, option, rest)) return true;
	// A country beside a continent the sentence names that does not hold it: the sentence puts the
	// key elsewhere, so a country of that continent is ruled out.
	return CONTINENT_WORDS.some(([re, member]) => {
		if (!re.test(rest)) return false;
		const members = continentOf(member);
		return !members.includes(bare(answer)) && members.includes(bare(option));
	});
}

/** Countries wholly or mostly south of the equator. */
const SOUTHERN = new Set([
	'Argentina',
	'Australia',
	'Bolivia',
	'Botswana',
	'Brazil',
	'Chile',
	'Fiji',
	'Indonesia',
	'Madagascar',
	'Malawi',
	'Mozambique',
	'Namibia',
	'New Zealand',
	'Paraguay',
	'Peru',
	'South Africa',
	'Tanzania',
	'Uruguay',
	'Zambia',
	'Zimbabwe',
	'Angola',
	'Lesotho',
	'Papua New Guinea'
]);

/**
 * Whether the sentence puts the key in one hemisphere and the option is a country of the other:
 * "in the southern hemisphere as far north as Santiago in _____" offers no Canada (review k7 P5-Q3).
 */
function acrossHemispheres(answer: string, option: string, before: string): boolean {
	const half = /\b(southern|northern) hemisphere\b/i.exec(before)?.[1]?.toLowerCase();
	if (!half || !COUNTRIES.includes(bare(option))) return false;
	const south = (c: string) => SOUTHERN.has(bare(c));
	if (half === 'southern') return south(answer) && !south(option);
	return !south(answer) && south(option);
}

/** States younger than the centuries asked of, beside the lexicon's (which dates only the younger). */
const LATER_STATES: Readonly<Record<string, number>> = { 'United States': 1776 };

const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)\s+century\b|\b([a-z]+)\s+century\b/gi;

/** The last year of the earliest century the sentence names before 1800, if any. */
function earliestCenturyEnd(sentence: string): number | undefined {
	let end: number | undefined;
	for (const m of sentence.matchAll(CENTURY)) {
		const n = m[1] ? Number(m[1]) : ORDINAL_CENTURIES.indexOf((m[2] ?? '').toLowerCase()) + 1;
		if (n >= 1 && n <= 18) end = Math.min(end ?? Infinity, n * 100 - 1);
	}
	return end;
}

/**
 * Whether a country option did not exist yet in the century the sentence tells of: "From the
 * eleventh century onward Ghent … imported from _____" offers no United States nor Belgium.
 */
export function notYetAState(option: string, sentence: string): boolean {
	const end = earliestCenturyEnd(sentence);
	const since = STATEHOOD[bare(option)] ?? LATER_STATES[bare(option)] ?? 0;
	return end !== undefined && since > end;
}

/** Titles of a head of state or government, or of high office: a rank the reader knows apart. */
const STATION =
	/\b(president|king|queen|emperor|empress|pope|minister|premier|chancellor|governor|gov|senator|mayor|prince|princess|sultan|tsar|czar)\b/i;

/** A blank in apposition to a group or a calling: "of the men, _____", "a watchmaker named _____". */
const GROUP_SAID =
	/(?:\bnamed|\bcalled|\b(?:[Tt]he|[Aa]n?|[Oo]ne|its|their|his|her)\s+(?:\p{Ll}+\s+){0,3}\p{Ll}{3,},)\s*$/u;

/** Titles right before the blank that say a man or a woman: "Sir _____", "Mrs _____". */
const MAN_TITLE = /\b(Sir|Lord|Mr\.?|King|Prince|Duke|Earl|Baron)\s+$/;
const WOMAN_TITLE = /\b(Lady|Dame|Mrs\.?|Miss|Ms\.?|Queen|Princess|Duchess|Countess|Baroness)\s+$/;

/** Words that say a woman or a man, after a rank or an order: "the first woman", "the only man". */
const WOMAN_WORD = 'woman|women|female|girl|actress|sportswoman|aviatrix|heroine';
const MAN_WORD = 'man|men|male|boy|actor|sportsman';
const ranked = (words: string) =>
	`(?:first|second|third|fourth|fifth|last|only|\\p{Ll}+est) (?:\\p{Ll}+ )?(?:${words})\\b`;

/**
 * The sex a sentence gives the blank's person: a title before it ("Sir _____", "Mrs _____"), or a
 * ranked woman or man it is ("named _____ … became the first woman", "_____ was the only man …")
 * or comes after ("the second woman to receive it after _____"). Review k7 offered three men for
 * the first woman in space.
 */
function sexOfBlank(before: string, after: string): 'male' | 'female' | undefined {
	if (MAN_TITLE.test(before)) return 'male';
	if (WOMAN_TITLE.test(before)) return 'female';
	// (The blank is the one who "became the first woman", not whoever sent her.)
	const clause = after.split(/[;.]/)[0] ?? '';
	const isOne = (words: string) =>
		new RegExp(
			`(?:^,|\\b(?:became|becomes|was|is|remained|remains))\\s+(?:\\p{Ll}+\\s+){0,2}?the ${ranked(words)}`,
			'u'
		).test(clause.trim());
	const comesAfter = (words: string) =>
		new RegExp(`\\b${ranked(words)}[^.;]*\\b(?:after|before|than)\\s*$`, 'u').test(before);
	const says = (words: string) => isOne(words) || comesAfter(words);
	return says(WOMAN_WORD) ? 'female' : says(MAN_WORD) ? 'male' : undefined;
}

/** Whether a person option is of the other sex than the sentence gives the blank (review k4, k7). */
export function ofOtherSex(
	fact: Fact,
	option: string,
	sentence: string,
	ctx: DistractorContext
): boolean {
	const at = sentence.indexOf(fact.value.text);
	if (at < 0) return false;
	const before = sentence.slice(0, at);
	const wanted = sexOfBlank(before, sentence.slice(at + fact.value.text.length));
	const gender = personNamed(option, ctx)?.gender;
	return !!wanted && !!gender && gender !== wanted;
}

/** The person entity of the article that `name` names, by its full name or an alias. */
function personNamed(name: string, ctx: DistractorContext) {
	for (const e of ctx.entities.values())
		if (e.type === 'person' && [e.name, ...e.aliases].includes(name)) return e;
	return undefined;
}

/**
 * Whether a person option holds an office the key does not: "The youngest of the men, _____"
 * never offers the presidents who greeted the miners.
 */
export function ofAnotherStation(
	fact: Fact,
	option: string,
	sentence: string,
	ctx: DistractorContext
): boolean {
	// Only where the sentence puts the key in a group or a calling: "The youngest of the men, _____",
	// "a watchmaker named _____"; "according to _____" fits a president as well as anyone.
	const at = sentence.indexOf(fact.value.text);
	if (at < 0 || !GROUP_SAID.test(sentence.slice(0, at))) return false;
	const other = personNamed(option, ctx);
	if (!other?.titles.some((t) => STATION.test(t))) return false;
	const own = fact.value.entity ? ctx.entities.get(fact.value.entity) : undefined;
	return !(own ?? personNamed(fact.value.text, ctx))?.titles.some((t) => STATION.test(t));
}

/** Words before a name that describe rather than call: "the late", "the young". */
const NO_CALLING = new Set([
	'late',
	'young',
	'famous',
	'great',
	'former',
	'then',
	'same',
	'new',
	'old'
]);

/** The callings the text gives right before `name`: "the physicist Daniel Fahrenheit" gives physicist. */
function callingsOf(name: string, texts: readonly string[]): Set<string> {
	const re = new RegExp(
		`\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)(?: [\\p{Ll}-]+)? ([\\p{Ll}-]{3,}),? ${escapeRegExp(name)}\\b`,
		'gu'
	);
	const out = new Set<string>();
	for (const text of texts)
		for (const m of text.matchAll(re))
			if (!NO_CALLING.has(m[1] ?? '') && !/(?:ed|ing|ly)$/.test(m[1] ?? '')) out.add(m[1] ?? '');
	return out;
}

/**
 * Whether a person option has a calling the article gives and the key's sentence does not: "a
 * crane operator, _____" offers no "the physicist Daniel Fahrenheit" (review k9 P1-Q10).
 */
export function ofAnotherCalling(
	key: string,
	option: string,
	sentence: string,
	texts: readonly string[]
): boolean {
	const own = callingsOf(key, [sentence]);
	if (own.size === 0) return false;
	const theirs = callingsOf(option, texts);
	return theirs.size > 0 && ![...theirs].some((c) => own.has(c));
}

/**
 * Whether the article names the set the key counts with "the" and the key: "keep _____ men alive"
 * beside "The three men of Apollo 13" in its lead leaves every other count ruled out (review k5
 * offered five and six).
 */
export function countGivenNearby(fact: Fact, sentence: string, ctx: DistractorContext): boolean {
	const key = fact.value.text;
	const at = sentence.indexOf(key);
	if (at < 0 || !(countOf(key) >= 0)) return false;
	// "men", "boards": the noun the key counts ("three hundred" is a larger figure, not a set).
	const noun = /^\s+(?!hundred|thousand|million|billion)([a-z]{3,})\b/.exec(
		sentence.slice(at + key.length)
	)?.[1];
	if (!noun) return false;
	return sentencesNaming(ctx.sentenceTexts ?? [], key, noun).some((i) => i !== fact.sentence);
}

/** Per article, the sentences that name each set ("the three men"): one scan per set, not per fact. */
const setMentions = new WeakMap<readonly string[], Map<string, number[]>>();

/** The indices of the sentences that say "the (these, their …) <key> <noun>". */
function sentencesNaming(texts: readonly string[], key: string, noun: string): number[] {
	const bySet = setMentions.get(texts) ?? new Map<string, number[]>();
	setMentions.set(texts, bySet);
	const set = `${key.toLowerCase()} ${noun}`;
	let found = bySet.get(set);
	if (!found) {
		const named = new RegExp(
			`\\b(the|these|those|all|its|their) ${escapeRegExp(key)} ${noun}\\b`,
			'i'
		);
		found = texts.flatMap((s, i) => (named.test(s) ? [i] : []));
		bySet.set(set, found);
	}
	return found;
}

/** Whether a reader rules the option out from the sentence or its paragraph alone. */
export function ruledOutUnread(
	fact: Fact,
	option: string,
	sentence: string,
	ctx: DistractorContext
): boolean {
	switch (fact.value.type) {
		case 'place':
			return outsideNamedPlace(fact.value.text, option, sentence) || notYetAState(option, sentence);
		case 'person':
			return (
				ofAnotherStation(fact, option, sentence, ctx) ||
				ofOtherSex(fact, option, sentence, ctx) ||
				ofAnotherCalling(fact.value.text, option, sentence, ctx.sentenceTexts ?? [])
			);
		case 'quantity':
			return countGivenNearby(fact, sentence, ctx);
		default:
			return false;
	}
}
