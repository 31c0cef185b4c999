// The main idea of a city's article: "The history and present of Kyoto", the phrase a
// teacher writes for an article titled by a city's name that opens on it, tells its past and its
// present and keeps returning to it. Every option has the key's form and is wrong about the point:
// the early history only, the country the opening places it in, one paragraph's topic.
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { articleTerms, lemma, type ArticleTerms } from '../3-facts/gist';
import { leadCandidate, MAIN_IDEA_STEM } from './main-idea-form';
import { FRAMED_ID, whyWrong } from './main-idea-life';
import { countryOption, periodOption, scopeWrong } from './main-idea-scope';

const FRAME = 'The history and present of';

/** Share of paragraphs the city must stand in. */
const SUBJECT_SPREAD = 0.5;
const MIN_PARAGRAPHS = 4;

/** The lead calls the title a city: "Kyoto is a city in …", "Brasília is the capital of Brazil". */
const IS_CITY = /^[^.]*?\b(is|was) (a|an|the) ([\p{L}-]+ ){0,3}(city|capital|town)\b/u;
/** A past told (a century, a year before 1900) and a present (today, a year since 1950). */
const PAST = /\b(century|centuries|founded|\b1[0-8]\d\d\b)/;
const PRESENT = /\b(today|now|currently|(19[5-9]\d|20\d\d))\b/;
/** A guide speaks to its reader: its gist is a visit, not a history. */
const ADDRESS = /\b(you|your)\b/gi;

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
	// Every option about the city, of other scope: none names another city (reviews k5, k6).
	const key = `${FRAME} ${city}`;
	const wrong = scopeWrong({
		sentences,
		text: norm.text,
		terms,
		index,
		title: city,
		key,
		subject: cityTerm(index, city),
		part: { text: `The early history of ${city}`, units: [], why: 'narrow' },
		broad: countryOption(lead.text, city),
		second: periodOption(sentences, city),
		secondFirst: true
	});
	if (!wrong) return [];
	return [
		leadCandidate(norm.text, lead, {
			idPrefix: FRAMED_ID,
			subject: city,
			stem: MAIN_IDEA_STEM,
			key,
			distractors: wrong.map((w) => w.text),
			explanation: [
				`The article tells of ${city} from its past to today.`,
				...wrong.map(whyWrong)
			].join(' ')
		})
	];
}

/** The city's term: the entity the title names, else its name's dictionary form. */
function cityTerm(index: EntityIndex, city: string): string {
	const e = [...index.entities.values()].find((x) => x.name === city);
	return e?.id ?? lemma(city.toLowerCase());
}
