import { describe, expect, it } from 'vitest';
import { arrange, levelOf, shelfCounts, shelfRequest, type ShelfArticle } from '$lib/reading/shelf';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const A: (ShelfArticle & { id: string })[] = [
	{ id: 'tides', title: 'Tides', wordCount: 300, createdAt: day(1), readingGrade: 4.2 },
	{ id: 'bridge', title: 'Bridge', wordCount: 900, createdAt: day(3), readingGrade: 9.6 },
	{ id: 'cells', title: 'Cells', wordCount: 2400, createdAt: day(2), readingGrade: 14.1 },
	{ id: 'ferry', title: 'Ferry', wordCount: 700, createdAt: day(4), readingGrade: 10.4 },
	{ id: 'new', title: 'New', wordCount: 1200, createdAt: day(5), readingGrade: null }
];
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('the library arranged for a reader', () => {
	it('sorts newest first by default, and by level or length when asked', () => {
		expect(ids(arrange(A, {}))).toEqual(['new', 'ferry', 'bridge', 'cells', 'tides']);
		expect(ids(arrange(A, { sort: 'easiest' }))).toEqual([
			'tides',
			'bridge',
			'ferry',
			'cells',
			'new'
		]);
		expect(ids(arrange(A, { sort: 'hardest' }))).toEqual([
			'cells',
			'ferry',
			'bridge',
			'tides',
			'new'
		]);
		expect(ids(arrange(A, { sort: 'shortest' }))).toEqual([
			'tides',
			'ferry',
			'bridge',
			'new',
			'cells'
		]);
		expect(ids(arrange(A, { sort: 'longest' }))).toEqual([
			'cells',
			'new',
			'bridge',
			'ferry',
			'tides'
		]);
	});

	it('narrows to one level and one length', () => {
		expect(ids(arrange(A, { level: 'Grade 9-10' }))).toEqual(['ferry', 'bridge']);
		expect(ids(arrange(A, { level: 'Grade 9-10', length: 'short' }))).toEqual([]);
		expect(ids(arrange(A, { length: 'medium' }))).toEqual(['new', 'ferry', 'bridge']);
		expect(ids(arrange(A, { length: 'long', sort: 'easiest' }))).toEqual(['cells']);
	});

	it('reads only what it knows from the form', () => {
		const params = new URLSearchParams('sort=easiest&level=Grade+9-10&length=long');
		expect(shelfRequest(params)).toEqual({ sort: 'easiest', level: 'Grade 9-10', length: 'long' });
		expect(shelfRequest(new URLSearchParams('sort=random&level=Grade+99&length=huge'))).toEqual({});
	});

	it('counts each level and length for the filter', () => {
		const counts = shelfCounts(A);
		expect(counts.levels).toEqual([
			{ value: 'Grade 4 and below', label: 'Grade 4 and below', count: 1 },
			{ value: 'Grade 9-10', label: 'Grade 9-10', count: 2 },
			{ value: 'College', label: 'College', count: 1 }
		]);
		expect(counts.lengths.map((l) => l.count)).toEqual([1, 3, 1]);
		expect(levelOf(null)).toBeNull();
	});
});
