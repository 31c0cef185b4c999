// The question ranker: fitted weights load and match the features, scores are deterministic, and
// the fitting itself gives the same weights for the same labels and learns a signal that is there.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateQuiz, validCandidates } from '../../../src/lib/generator/index';
import {
	articleProfile,
	RANK_FEATURES,
	importanceScore,
	rankFeatures,
	rankScore
} from '../../../src/lib/generator/stages/6-select/rank';
import {
	IMPORTANCE_WEIGHTS,
	RANKER_WEIGHTS
} from '../../../src/lib/generator/stages/6-select/ranker-weights';
import { auc, fitLogistic, importanceTarget, target, type Label } from '../../../src/cli/logistic';

const ARTICLE =
	'The Old Mill\n\nThe old mill was built by Greta Holm in 1887. After a long dispute over the water rights, the mill passed to Priya Nair in 1901. Martin Osei ran the bakery. Ada Moreno kept the ledgers. Tomas Lindqvist taught history at the college.';

/** A review label of a blank with a sound key and three good options. */
const label = (verdict: Label['verdict'], worth: string): Label => ({
	article: 'a',
	kind: 'gap',
	stemHash: 'h',
	verdict,
	key: 'one',
	cue: 'no',
	worth,
	distractors: 3
});

describe('the fitted ranker', () => {
	it('has one fitted weight per feature, not all zero', () => {
		expect(RANKER_WEIGHTS).toHaveLength(RANK_FEATURES.length);
		expect(RANKER_WEIGHTS.some((w) => w !== 0)).toBe(true);
		expect(IMPORTANCE_WEIGHTS).toHaveLength(RANK_FEATURES.length);
		expect(IMPORTANCE_WEIGHTS.some((w) => w !== 0)).toBe(true);
	});

	it('scores every candidate as a probability, the same each time', () => {
		const { article, candidates } = validCandidates(ARTICLE);
		expect(candidates.length).toBeGreaterThan(3);
		for (const c of candidates) {
			expect(rankFeatures(c, article)).toHaveLength(RANK_FEATURES.length);
			const p = rankScore(c, article);
			expect(p).toBeGreaterThan(0);
			expect(p).toBeLessThan(1);
			expect(rankScore(c, article)).toBe(p);
			const q = importanceScore(c, article);
			expect(q).toBeGreaterThan(0);
			expect(q).toBeLessThan(1);
			expect(importanceScore(c, article)).toBe(q);
		}
		expect(generateQuiz(ARTICLE, { seed: 3 })).toEqual(generateQuiz(ARTICLE, { seed: 3 }));
	});

	it('ranks by its weights: a feature with a positive weight raises the score', () => {
		const { article, candidates } = validCandidates(ARTICLE);
		const c = candidates[0]!;
		const weights = RANK_FEATURES.map((name) => (name === 'lead-paragraph' ? 2 : 0));
		const lead = rankScore({ ...c, fact: { ...c.fact, paragraph: 0 } }, article, weights);
		const later = rankScore({ ...c, fact: { ...c.fact, paragraph: 6 } }, article, weights);
		expect(lead).toBeGreaterThan(later);
	});

	it("reads the article's profile: an answer it returns to, a sentence on its recurring topic", () => {
		const { candidates } = validCandidates(ARTICLE);
		const c = candidates.find((x) => x.answer === 'Greta Holm') ?? candidates[0]!;
		const at = (name: (typeof RANK_FEATURES)[number]) => RANK_FEATURES.indexOf(name);
		const once = rankFeatures(c, articleProfile(ARTICLE, 'The Old Mill'));
		const often = rankFeatures(
			c,
			articleProfile(`${ARTICLE} ${c.answer} came back. ${c.answer} stayed. ${c.answer} left.`)
		);
		expect(often[at('answer-recurs')]).toBeGreaterThan(once[at('answer-recurs')]!);
		const unrelated = rankFeatures(c, articleProfile('Tides rise and fall twice a day.'));
		expect(once[at('sentence-centrality')]).toBeGreaterThan(unrelated[at('sentence-centrality')]!);
	});

	it('learns only from labels of tuning articles, never of the checking ones', () => {
		const split = JSON.parse(readFileSync('tests/eval/train-split.json', 'utf8')) as {
			checking: string[];
		};
		const dir = 'tests/eval/reviews';
		const labels = readdirSync(dir)
			.filter((f) => f.endsWith('.jsonl'))
			.flatMap((f) =>
				readFileSync(`${dir}/${f}`, 'utf8')
					.split('\n')
					.filter(Boolean)
					.map((l) => JSON.parse(l) as Label)
			);
		expect(labels.length).toBeGreaterThan(60);
		for (const l of labels) expect(split.checking).not.toContain(l.article);
	});
});

describe('fitting', () => {
	// A feature that decides the label, and one that is noise.
	const x = Array.from({ length: 40 }, (_, i) => [1, i % 2, (i * 7) % 3 === 0 ? 1 : 0]);
	const y = x.map((row) => row[1] ?? 0);

	it('gives the same weights for the same labels, and learns the signal that is there', () => {
		const w = fitLogistic(x, y);
		expect(fitLogistic(x, y)).toEqual(w);
		expect(w[1]).toBeGreaterThan(1);
		expect(Math.abs(w[2] ?? 0)).toBeLessThan(Math.abs(w[1] ?? 0) / 3);
		expect(
			auc(
				x.map((row) => row[1] ?? 0),
				y
			)
		).toBe(1);
	});

	it('counts an important point used as is above trivia, and a rejection as nothing', () => {
		const l = (verdict: Label['verdict'], worth: string) => target(label(verdict, worth));
		expect(l('use', 'important')).toBeGreaterThan(l('use', 'trivia'));
		expect(l('use', 'trivia')).toBeGreaterThan(l('edit', 'important'));
		expect(l('reject', 'important')).toBe(0);
	});

	it('teaches the importance model only whether the point was important, whatever the verdict', () => {
		const l = (verdict: Label['verdict'], worth: string) => importanceTarget(label(verdict, worth));
		expect(l('reject', 'important')).toBe(1);
		expect(l('use', 'trivia')).toBe(0);
	});
});
