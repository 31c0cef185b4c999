// Stage 7a: how likely a reviewer is to use a candidate as it is. A logistic model over features of
// the candidate, its weights fitted on blind reviews of the tuning articles (src/cli/fit-ranker.ts
// writes ranker-weights.ts). Selection takes the best-ranked candidates.
import type { Candidate } from '../../types';
import { IMPORTANCE_WEIGHTS, RANKER_WEIGHTS } from './ranker-weights';

const NUMBERISH = new Set(['year', 'date', 'quantity', 'weekday']);
const NAMED = new Set(['person', 'organisation', 'place']);

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const lowerWords = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
/** Content words: four letters or more, less the commonest function words of that length. */
const contentWords = (s: string) =>
	(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
const FUNCTION_WORDS = new Set(
	'that this with from have were been which their they them than when what where while there these those would could should about after before into over also only such other some more most very will your just then each much many being both does said says'.split(
		' '
	)
);

/** What the ranker knows of the whole article: its title and how often it uses each word. */
export interface ArticleProfile {
	title: string;
	/** The article's text: what figure items' wrong options are checked against (printsKey). */
	text: string;
	/** Content words of the article by how often it uses them. */
	wordCounts: ReadonlyMap<string, number>;
}

/** The article's profile, worked out once per article. */
export function articleProfile(text: string, title = ''): ArticleProfile {
	const wordCounts = new Map<string, number>();
	for (const w of contentWords(text)) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
	return { title, text, wordCounts };
}

/** How often the article returns to the answer: its rarest content word's count, 0 when said once. */
function recurrence(answer: string, counts: ReadonlyMap<string, number>): number {
	const own = contentWords(answer).map((w) => counts.get(w) ?? 0);
	if (own.length === 0) return 0;
	return Math.min(1, Math.log1p(Math.max(0, Math.min(...own) - 1)) / Math.log(6));
}

/**
 * How central a sentence is: the mean, over its content words, of how often the article uses
 * each (up to five times). Sentences on the article's recurring topics score high; asides low.
 */
function centrality(sentence: string, counts: ReadonlyMap<string, number>): number {
	const own = contentWords(sentence);
	if (own.length === 0) return 0;
	return own.reduce((n, w) => n + Math.min(5, counts.get(w) ?? 0) / 5, 0) / own.length;
}

/** The features the model reads, by name, in the order of `rankFeatures`. */
export const RANK_FEATURES = [
	'bias',
	'kind:gap',
	'kind:who',
	'kind:when-how-many',
	'kind:statement',
	'kind:role-or-said',
	'answer:number-or-date',
	'answer:name',
	'lead-paragraph',
	'shares-title-word',
	'sentence-words/30',
	'stem-words/30',
	'option-words/5',
	'salience',
	'answer:term',
	'answer-recurs',
	'sentence-centrality'
] as const;

/** The candidate as numbers, one per name of RANK_FEATURES. */
export function rankFeatures(c: Candidate, article: ArticleProfile): number[] {
	const titleWords = lowerWords(article.title);
	const asked = lowerWords(`${c.stem} ${c.answer}`);
	const options = [c.answer, ...c.distractors];
	// A blank's answer is any value of its sentence, not always the fact's own: read it from the text.
	// A sequence item's answer is an event, none of the three (its fact's year is not asked).
	const type =
		c.kind === 'gap'
			? answerType(c.answer)
			: c.kind === 'sequence'
				? 'event'
				: NUMBERISH.has(c.fact.value.type)
					? 'number'
					: NAMED.has(c.fact.value.type)
						? 'name'
						: 'term';
	return [
		1,
		c.kind === 'gap' ? 1 : 0,
		c.kind === 'who' ? 1 : 0,
		c.kind === 'when' || c.kind === 'how-many' ? 1 : 0,
		c.kind === 'statement' ? 1 : 0,
		c.kind === 'role' || c.kind === 'who-said' ? 1 : 0,
		c.kind !== 'statement' && type === 'number' ? 1 : 0,
		c.kind !== 'statement' && type === 'name' ? 1 : 0,
		c.fact.paragraph <= 1 ? 1 : 0,
		[...asked].some((w) => titleWords.has(w)) ? 1 : 0,
		Math.min(2, words(c.source.sentence) / 30),
		Math.min(2, words(c.stem) / 30),
		Math.min(3, options.reduce((n, o) => n + words(o), 0) / options.length / 5),
		c.fact.salience,
		c.kind !== 'statement' && type === 'term' ? 1 : 0,
		c.kind === 'statement' ? 0 : recurrence(c.answer, article.wordCounts),
		centrality(c.source.sentence, article.wordCounts)
	];
}

/** What kind of value an answer is, from its text: a figure or date, a name, or a term. */
function answerType(answer: string): 'number' | 'name' | 'term' {
	if (/\d|^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(answer))
		return 'number';
	return /^\p{Lu}/u.test(answer) ? 'name' : 'term';
}

/** The model's probability that a reviewer would use the candidate as it is. */
export function rankScore(c: Candidate, article: ArticleProfile, weights = RANKER_WEIGHTS): number {
	const x = rankFeatures(c, article);
	const z = x.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0);
	return 1 / (1 + Math.exp(-z));
}

/**
 * The model's probability that a reviewer finds the candidate on an important point of the
 * article, not trivia: the same features, weights fitted on the reviewers' "worth".
 */
export function importanceScore(
	c: Candidate,
	article: ArticleProfile,
	weights = IMPORTANCE_WEIGHTS
): number {
	return rankScore(c, article, weights);
}
