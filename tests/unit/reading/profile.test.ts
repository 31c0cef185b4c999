import { describe, expect, it } from 'vitest';
import { bestAndWeakest, readerProfile, type TimedReading } from '$lib/reading/profile';

const MINUTE = 60_000;
let n = 0;
/** A finished timed reading of `words` words in `minutes`, `correct` of 10 right. */
const reading = (
	grade: number | null,
	minutes: number,
	correct: number,
	words = 600
): TimedReading => ({
	id: `r${++n}`,
	articleId: `a${n}`,
	articleTitle: `Article ${n}`,
	words,
	grade,
	readingMs: minutes * MINUTE,
	wholeTime: false,
	finishedAt: new Date(Date.UTC(2026, 0, n)),
	correct,
	total: 10
});
const skill = (name: string, percent: number, answered = 10) => ({
	skill: name,
	label: name,
	percent,
	answered
});

describe('the reader profile', () => {
	it('gives each reading its figures, and a level from two readings on', () => {
		const first = reading(9.4, 2.5, 8);
		expect(readerProfile([first], []).level).toBeNull();
		const profile = readerProfile([first, reading(10.2, 3, 7)], []);
		expect(profile.rows[0]).toMatchObject({
			level: 'Grade 9-10',
			wpm: 240,
			percent: 80,
			effectiveWpm: 192,
			plausible: true
		});
		expect(profile).toMatchObject({ level: 'Grade 9-10', counted: 2 });
	});

	it('keeps a reading too fast to count in the rows, and out of the level', () => {
		const profile = readerProfile(
			[reading(9.4, 3, 8), reading(16, 0.5, 10, 900), reading(null, 3, 8)],
			[]
		);
		expect(profile.rows.map((row) => row.plausible)).toEqual([true, false, true]);
		expect(profile.rows[1]!.wpm).toBe(1800);
		// One reading counts: the fast one is out, and one of an article without a level.
		expect(profile).toMatchObject({ level: null, counted: 1 });
	});

	it('names the strongest and weakest skill once two skills have answers', () => {
		expect(bestAndWeakest([skill('Key details', 80)])).toBeNull();
		expect(
			bestAndWeakest([skill('Key details', 80), skill('Sequence', 40), skill('Vocabulary', 90)])
		).toMatchObject({ best: { label: 'Vocabulary' }, weakest: { label: 'Sequence' } });
		// Two skills at the same share: two different skills all the same, the better evidenced first.
		const even = bestAndWeakest([skill('Key details', 50, 4), skill('Sequence', 50, 9)]);
		expect(even).toMatchObject({ best: { label: 'Sequence' }, weakest: { label: 'Key details' } });
	});
});
