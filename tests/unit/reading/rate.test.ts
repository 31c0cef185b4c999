import { describe, expect, it } from 'vitest';
import { readerLevel, readingFigures } from '$lib/reading/rate';

const MINUTE = 60_000;

describe('the figures of a timed reading', () => {
	it('words a minute, share right and the words a minute understood', () => {
		const figures = readingFigures({ words: 600, readingMs: 2.5 * MINUTE, correct: 8, total: 10 });
		expect(figures).toMatchObject({
			wpm: 240,
			comprehension: 0.8,
			effectiveWpm: 192,
			plausible: true
		});
		expect(figures.summary).toBe(
			'You read 240 words a minute and got 8 of 10 right: you understood about 192 words a minute. ' +
				'Adults read this kind of text at about 238 words a minute; understanding counts more than speed.'
		);
	});

	it('flags a reading faster than 1,000 words a minute, and keeps it out of the level', () => {
		const figures = readingFigures({ words: 1200, readingMs: MINUTE, correct: 5, total: 5 });
		expect(figures).toMatchObject({ wpm: 1200, plausible: false });
		expect(figures.summary).toMatch(/does not count toward your level/);
		expect(readingFigures({ words: 1000, readingMs: MINUTE, correct: 5, total: 5 }).plausible).toBe(
			true
		);
	});

	it('never divides by nothing: a reading under a second counts as one second', () => {
		expect(readingFigures({ words: 10, readingMs: 0, correct: 0, total: 0 })).toMatchObject({
			wpm: 600,
			comprehension: 0,
			effectiveWpm: 0
		});
	});
});

describe('the level a reader is at', () => {
	const q = (grade: number, percent: number) => ({ grade, percent });

	it.each([
		['no level before two quizzes', [q(9.5, 80)], null],
		['placed at the level of the first two texts', [q(9.5, 80), q(10.2, 75)], 'Grade 9-10'],
		['placed one up after two above 90%', [q(9.5, 95), q(10.2, 100)], 'Grade 11-12'],
		['placed one down after two below 70%', [q(9.5, 50), q(10.2, 60)], 'Grade 7-8'],
		['up after two more above 90%', [q(9.5, 80), q(10, 80), q(10, 95), q(9, 100)], 'Grade 11-12'],
		[
			'not up after one above 90% between others',
			[q(9.5, 80), q(10, 80), q(10, 95), q(9, 80), q(9, 95)],
			'Grade 9-10'
		],
		['down after two below 70%', [q(9.5, 80), q(10, 80), q(10, 60), q(9, 40)], 'Grade 7-8'],
		['never below the lowest level', [q(3, 10), q(3, 20), q(3, 10), q(3, 0)], 'Grade 4 and below'],
		[
			'never above the highest',
			[q(17, 100), q(17, 100), q(17, 100), q(17, 100)],
			'College graduate'
		]
	] as const)('%s', (_name, quizzes, level) => {
		expect(readerLevel(quizzes)).toBe(level);
	});
});
