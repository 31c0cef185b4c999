// The main idea of a city's article: "The history and present of the city of Kyoto", the phrase a
// teacher writes for an article titled by a city's name that opens on it, tells its past and its
// present and keeps returning to it. Every option has the key's form and is wrong about the point:
// the early history only, or another city the article names only in passing.
import type { Candidate, Entity, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { placeKindOf, type EntityIndex } from '../3-facts/entities';
import { articleTerms, spread, type ArticleTerms } from '../3-facts/gist';
import { wholeSentenceFact } from '../3-facts/sentences';
import { MAIN_IDEA_STEM } from './main-idea-form';
import { FRAMED_ID } from './main-idea-life';

const FRAME = 'The history and present of the city of';

/** Share of paragraphs the city must stand in, and the most another city may. */
const SUBJECT_SPREAD = 0.5;
const OTHER_SPREAD = 1 / 3;
const MIN_PARAGRAPHS = 4;

/** The lead calls the title a city: "Kyoto is a city in …", "Brasília is the capital of Brazil". */
const IS_CITY = /^[^.]*?\b(is|was) (a|an|the) ([\p{L}-]+ ){0,3}(city|capital|town)\b/u;
/** A past told (a century, a year before 1900) and a present (today, a year since 1950). */
const PAST = /\b(century|centuries|founded|\b1[0-8]\d\d\b)/;
const PRESENT = /\b(today|now|currently|(19[5-9]\d|20\d\d))\b/;
/** A guide speaks to its reader: its gist is a visit, not a history. */
const ADDRESS = /\b(you|your)\b/gi;

/** Other cities named in few paragraphs, most mentioned first. */
function otherCities(index: EntityIndex, terms: ArticleTerms, city: string): Entity[] {
	return [...index.entities.values()]
		.filter(
			(e) =>
				e.type === 'place' &&
				placeKindOf(e.name) === 'city' &&
				!e.name.includes(city) &&
				!city.includes(e.name) &&
				spread(terms, e.id) > 0 &&
				spread(terms, e.id) <= OTHER_SPREAD
		)
		.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Whether the article is a city's, told past and present: the title's city, named throughout. */
function cityArticle(
	sentences: readonly Sentence[],
	terms: ArticleTerms,
	text: string,
	city: string
) {
	const lead = sentences[0]?.text ?? '';
	if (!/^\p{Lu}[\p{L}-]+( \p{Lu}[\p{L}-]+)?$/u.test(city) || !lead.startsWith(city)) return false;
	if (!IS_CITY.test(lead) || (text.match(ADDRESS)?.length ?? 0) >= 3) return false;
	const told = new Set(sentences.filter((s) => s.text.includes(city)).map((s) => s.paragraph));
	const later = sentences.filter((s) => s.paragraph !== terms.paragraphs[0]);
	return (
		told.size >= SUBJECT_SPREAD * terms.paragraphs.length &&
		later.some((s) => PAST.test(s.text)) &&
		later.some((s) => PRESENT.test(s.text))
	);
}

/** The city item of a city-titled article, or none. */
export function cityCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	index: EntityIndex
): Candidate[] {
	const city = norm.title?.trim() ?? '';
	const terms = articleTerms(sentences, index);
	const lead = sentences[0];
	if (!lead || terms.paragraphs.length < MIN_PARAGRAPHS) return [];
	if (!cityArticle(sentences, terms, norm.text, city)) return [];
	// Each frame and each city twice: the key is no option's shared core (review k5).
	const other = otherCities(index, terms, city)[0];
	if (!other) return [];
	const key = `${FRAME} ${city}`;
	const fact = wholeSentenceFact(lead, {
		id: `${FRAMED_ID}${lead.index}`,
		kind: 'gist',
		subject: city,
		value: { text: key, start: lead.start, end: lead.end, type: 'thing' },
		statement: lead.text,
		salience: 1
	});
	const where = (e: Entity) => terms.where.get(e.id)?.size ?? 0;
	return [
		{
			id: `${fact.id}-main-idea`,
			kind: 'main-idea',
			stem: MAIN_IDEA_STEM,
			answer: key,
			distractors: [
				`The early history of the city of ${city}`,
				`${FRAME} ${other.name}`,
				`The early history of the city of ${other.name}`
			],
			fact,
			source: { sentence: norm.text.slice(lead.start, lead.end), start: lead.start, end: lead.end },
			explanation: [
				`The article tells of ${city} from its past to today.`,
				`Its early history is only a part of it.`,
				`${other.name} is named in only ${where(other)} of its paragraphs.`
			].join(' ')
		}
	];
}
