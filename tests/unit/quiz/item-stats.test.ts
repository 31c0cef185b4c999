import { describe, expect, it } from 'vitest';
import { itemStats, type Response } from '../../../src/lib/quiz/item-stats';

// Six attempts (A–F) on four questions whose right option is 0, worked out by hand:
//
//        q1  q2  q3  q5 | total      chosen when wrong
//   A    ✓   ✓   ✗1  ✓  | 3/4        q1: D→1 E→2 F→3
//   B    ✓   ✓   ✗2  ✓  | 3/4        q2: C→3 F→2
//   C    ✓   ✗3  ✓   ✓  | 3/4        q3: A→1 B→2 D→3
//   D    ✗1  ✓   ✗3  ✓  | 2/4
//   E    ✗2  ✓   ✓   –  | 2/3
//   F    ✗3  ✗2  ✓   –  | 1/3
//
// Ranked by total (ties by id): A B C E D F; a third is 2 attempts: top {A, B}, bottom {D, F}.
// q1: facility 3/6 = 0.5; top 2/2, bottom 0/2 → D = 1; every option chosen → not flagged.
// q2: facility 4/6; top 2/2, bottom 1/2 → D = 0.5; option 1 never chosen → flagged.
// q3: facility 3/6 = 0.5; top 0/2, bottom 1/2 → D = −0.5 < 0.15 → flagged.
// q5: 4 answers, under the minimum of 5 → no figures.
const table: Record<string, Record<string, number | null>> = {
	A: { q1: 0, q2: 0, q3: 1, q5: 0 },
	B: { q1: 0, q2: 0, q3: 2, q5: 0 },
	C: { q1: 0, q2: 3, q3: 0, q5: 0 },
	D: { q1: 1, q2: 0, q3: 3, q5: 0 },
	E: { q1: 2, q2: 0, q3: 0, q5: null },
	F: { q1: 3, q2: 2, q3: 0, q5: null }
};
const responses: Response[] = Object.entries(table).flatMap(([attemptId, row]) =>
	Object.entries(row).flatMap(([questionId, option]) =>
		option === null ? [] : [{ attemptId, questionId, option, correct: option === 0 }]
	)
);
const answers = new Map(['q1', 'q2', 'q3', 'q5'].map((q) => [q, 0]));

describe('item statistics', () => {
	const stats = new Map(itemStats(responses, answers).map((s) => [s.questionId, s]));

	it('skips questions with fewer than 5 answers', () => {
		expect([...stats.keys()].sort()).toEqual(['q1', 'q2', 'q3']);
	});

	it.each([
		{
			q: 'q1',
			answers: 6,
			facility: 0.5,
			discrimination: 1,
			counts: [3, 1, 1, 1],
			unused: [],
			low: false,
			flagged: false
		},
		{
			q: 'q2',
			answers: 6,
			facility: 4 / 6,
			discrimination: 0.5,
			counts: [4, 0, 1, 1],
			unused: [1],
			low: false,
			flagged: true
		},
		{
			q: 'q3',
			answers: 6,
			facility: 0.5,
			discrimination: -0.5,
			counts: [3, 1, 1, 1],
			unused: [],
			low: true,
			flagged: true
		}
	])('$q matches the hand computation', (want) => {
		const got = stats.get(want.q)!;
		expect(got.answers).toBe(want.answers);
		expect(got.facility).toBeCloseTo(want.facility, 10);
		expect(got.discrimination).toBeCloseTo(want.discrimination, 10);
		expect(got.optionCounts).toEqual(want.counts);
		expect(got.unusedDistractors).toEqual(want.unused);
		expect(got.lowDiscrimination).toBe(want.low);
		expect(got.flagged).toBe(want.flagged);
	});
});
