// Stage 7a: how likely a reviewer is to use a candidate as it is. A logistic model over features of
// the candidate, its weights fitted on blind reviews of the tuning articles (src/cli/fit-ranker.ts
// writes ranker-weights.ts). Selection takes the best-ranked candidates.
import type { Candidate } from './types';
import { RANKER_WEIGHTS } from './ranker-weights';

const NUMBERISH = new Set(['year', 'date', 'quantity', 'weekday']);
const NAMED = new Set(['person', 'organisation', 'place']);

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const lowerWords = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

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
	'salience'
] as const;

/** The candidate as numbers, one per name of RANK_FEATURES. */
export function rankFeatures(c: Candidate, title: string): number[] {
	const type = c.fact.value.type;
	const titleWords = lowerWords(title);
	const asked = lowerWords(`${c.stem} ${c.answer}`);
	const options = [c.answer, ...c.distractors];
	return [
		1,
		c.kind === 'gap' ? 1 : 0,
		c.kind === 'who' ? 1 : 0,
		c.kind === 'when' || c.kind === 'how-many' ? 1 : 0,
		c.kind === 'statement' ? 1 : 0,
		c.kind === 'role' || c.kind === 'who-said' ? 1 : 0,
		c.kind !== 'statement' && NUMBERISH.has(type) ? 1 : 0,
		c.kind !== 'statement' && NAMED.has(type) ? 1 : 0,
		c.fact.paragraph <= 1 ? 1 : 0,
		[...asked].some((w) => titleWords.has(w)) ? 1 : 0,
		Math.min(2, words(c.source.sentence) / 30),
		Math.min(2, words(c.stem) / 30),
		Math.min(3, options.reduce((n, o) => n + words(o), 0) / options.length / 5),
		c.fact.salience
	];
}

/** The model's probability that a reviewer would use the candidate as it is. */
export function rankScore(c: Candidate, title: string, weights = RANKER_WEIGHTS): number {
	const x = rankFeatures(c, title);
	const z = x.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0);
	return 1 / (1 + Math.exp(-z));
}
