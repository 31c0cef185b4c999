// The class dashboard's figures (issue 18): score bands, the median, per question the share right
// and the wrong option chosen most, and the three most-missed questions.
import { describe, expect, it } from 'vitest';
import {
	median,
	mostMissed,
	questionResults,
	scoreDistribution,
	type AnsweredItem
} from '../../../src/lib/classes/report';

describe('scoreDistribution', () => {
	it('counts each score in its band, the edges in the higher band', () => {
		expect(scoreDistribution([0, 19, 20, 59, 60, 79, 80, 100, 100])).toEqual([
			{ label: '0–19%', count: 2 },
			{ label: '20–39%', count: 1 },
			{ label: '40–59%', count: 1 },
			{ label: '60–79%', count: 2 },
			{ label: '80–100%', count: 3 }
		]);
	});

	it('has every band, empty, for no scores', () => {
		expect(scoreDistribution([]).map((b) => b.count)).toEqual([0, 0, 0, 0, 0]);
	});
});

describe('median', () => {
	it('is the middle score, or the mean of the middle two', () => {
		expect(median([80, 20, 60])).toBe(60);
		expect(median([100, 40, 60, 80])).toBe(70);
		expect(median([])).toBeNull();
	});
});

const OPTIONS = ['Lisbon', 'Porto', 'Faro', 'Braga'];

/** An answer to question `q` (right answer: option 0) choosing `chosen` in the question's order. */
const answer = (attemptId: string, q: string, chosen: number): AnsweredItem => ({
	attemptId,
	questionId: q,
	stem: `Question ${q}?`,
	options: OPTIONS,
	answerIndex: 0,
	sourceSentence: `Sentence of ${q}.`,
	highlight: null,
	chosen,
	correct: chosen === 0
});

describe('questionResults', () => {
	it('gives the share right and counts every option, with the wrong one chosen most', () => {
		const [q] = questionResults([
			answer('a1', 'q1', 0),
			answer('a2', 'q1', 2),
			answer('a3', 'q1', 2),
			answer('a4', 'q1', 1),
			answer('a5', 'q1', 0)
		]);
		expect(q).toMatchObject({
			questionId: 'q1',
			answers: 5,
			right: 2,
			wrong: 3,
			percentRight: 40,
			optionCounts: [2, 1, 2, 0],
			topDistractor: { index: 2, count: 2 }
		});
	});

	it('names no distractor when no one chose a wrong option, and counts a typed answer as no option', () => {
		const [q] = questionResults([
			answer('a1', 'q1', 0),
			{ ...answer('a2', 'q1', -1), correct: true }
		]);
		expect(q).toMatchObject({ answers: 2, right: 2, percentRight: 100, topDistractor: null });
		expect(q!.optionCounts).toEqual([1, 0, 0, 0]);
	});

	it('keeps the order the questions were first met in', () => {
		const list = questionResults([
			answer('a1', 'q2', 0),
			answer('a1', 'q1', 1),
			answer('a2', 'q2', 3)
		]);
		expect(list.map((q) => q.questionId)).toEqual(['q2', 'q1']);
	});
});

describe('mostMissed', () => {
	it('takes the three with most wrong answers, ties by the lowest share right, never one no one missed', () => {
		const results = questionResults([
			// q1: 1 wrong of 4; q2: 2 wrong of 2; q3: 2 wrong of 4; q4: none wrong; q5: 1 wrong of 1.
			...['a1', 'a2', 'a3'].map((a) => answer(a, 'q1', 0)),
			answer('a4', 'q1', 1),
			answer('a1', 'q2', 1),
			answer('a2', 'q2', 3),
			answer('a1', 'q3', 0),
			answer('a2', 'q3', 0),
			answer('a3', 'q3', 2),
			answer('a4', 'q3', 2),
			answer('a1', 'q4', 0),
			answer('a1', 'q5', 3)
		]);
		expect(mostMissed(results).map((q) => q.questionId)).toEqual(['q2', 'q3', 'q5']);
		expect(mostMissed(results, 10).map((q) => q.questionId)).toEqual(['q2', 'q3', 'q5', 'q1']);
	});
});
