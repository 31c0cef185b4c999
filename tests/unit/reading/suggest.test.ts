import { describe, expect, it } from 'vitest';
import {
	placementQuizzes,
	suggest,
	suggestionLevel,
	type PlacementQuiz
} from '$lib/reading/suggest';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
/** An article of the library: its grade and the day it was added. */
const article = (id: string, readingGrade: number | null, added = 1) => ({
	id,
	title: `Article ${id}`,
	wordCount: 600,
	createdAt: day(added),
	readingGrade
});
const LIBRARY = [
	article('g4', 3.5),
	article('g7a', 7.0),
	article('g7b', 7.6),
	article('g7c', 8.0, 2),
	article('g7d', 8.0, 3),
	article('g7e', 8.9),
	article('g9a', 9.4),
	article('g9b', 10.6),
	article('none', null)
];
const ids = (list: { article: { id: string }; stepUp: boolean }[]) =>
	list.map(({ article, stepUp }) => `${article.id}${stepUp ? '↑' : ''}`);

describe('suggested articles', () => {
	it('three at the level, nearest its middle grade first (then newest), and one a step up', () => {
		// Grade 7-8's middle is 7.5: 7.6, then 7.0 and 8.0 as near, the newest first; 9.4 is nearest 9.5.
		expect(ids(suggest(LIBRARY, 'Grade 7-8', new Set()))).toEqual(['g7b', 'g7d', 'g7c', 'g9a↑']);
	});

	it('never suggests an article the learner has quizzed or read', () => {
		// 7.0 and 8.0 are as near 7.5: the newer first.
		expect(ids(suggest(LIBRARY, 'Grade 7-8', new Set(['g7b', 'g9a'])))).toEqual([
			'g7d',
			'g7c',
			'g7a',
			'g9b↑'
		]);
	});

	it('the same library and level give the same suggestions, in whatever order it comes', () => {
		const once = ids(suggest(LIBRARY, 'Grade 7-8', new Set()));
		expect(ids(suggest([...LIBRARY].reverse(), 'Grade 7-8', new Set()))).toEqual(once);
	});

	it('offers fewer when the library has fewer, nothing above the top level, and none without a level', () => {
		expect(ids(suggest(LIBRARY, 'Grade 9-10', new Set()))).toEqual(['g9a', 'g9b']);
		expect(ids(suggest(LIBRARY, 'Grade 4 and below', new Set()))).toEqual(['g4']);
		expect(ids(suggest([article('top', 17)], 'College graduate', new Set()))).toEqual(['top']);
		expect(suggest(LIBRARY, 'Grade 99', new Set())).toEqual([]);
	});
});

describe('the level suggestions are made at', () => {
	const quiz = (grade: number, correct: number, reading: PlacementQuiz['reading'] = null) => ({
		grade,
		correct,
		total: 10,
		reading
	});

	it('none before two quizzes; placed by the first two', () => {
		expect(suggestionLevel([quiz(8, 8)])).toBeNull();
		expect(suggestionLevel([quiz(8, 8), quiz(7.4, 8)])).toBe('Grade 7-8');
		// Both above 90%: placed a step up.
		expect(suggestionLevel([quiz(8, 10), quiz(7.4, 10)])).toBe('Grade 9-10');
	});

	it('moves up after two quizzes above 90%, and 90% itself is not above', () => {
		const placed = [quiz(8, 8), quiz(8, 8)];
		expect(suggestionLevel([...placed, quiz(8, 10), quiz(8, 9)])).toBe('Grade 7-8');
		expect(suggestionLevel([...placed, quiz(8, 10), quiz(8, 10)])).toBe('Grade 9-10');
	});

	it('leaves out a quiz whose reading was too fast to be reading', () => {
		// 900 words in 30 seconds: 1,800 words a minute.
		const tooFast = quiz(12, 10, { words: 900, readingMs: 30_000 });
		const timed = quiz(8, 10, { words: 900, readingMs: 240_000 });
		expect(placementQuizzes([tooFast, timed, quiz(8, 8)])).toEqual([
			{ grade: 8, percent: 100 },
			{ grade: 8, percent: 80 }
		]);
		expect(suggestionLevel([tooFast, quiz(8, 8)])).toBeNull();
	});
});
