// The library arranged for a reader: sorted by date, level or length, and narrowed to one reading
// level and one length. Pure: what the library page's filter form asks for, applied to its list.
import { bandOf, gradeLabel } from './bands';

export const LIBRARY_SORTS = {
	newest: 'Newest first',
	easiest: 'Easiest first',
	hardest: 'Hardest first',
	shortest: 'Shortest first',
	longest: 'Longest first'
} as const;
export type LibrarySort = keyof typeof LIBRARY_SORTS;

/** Lengths by words: a few minutes' reading, a long read, and between. */
export const LENGTHS = {
	short: { label: 'Short (under 500 words)', from: 0, to: 500 },
	medium: { label: 'Medium (500 to 1,500 words)', from: 500, to: 1500 },
	long: { label: 'Long (over 1,500 words)', from: 1500, to: Infinity }
} as const;
export type Length = keyof typeof LENGTHS;

/** The reading levels a library can be narrowed to, as its articles' grades fall. */
export const LEVELS = [
	'Grade 4 and below',
	'Grade 5-6',
	'Grade 7-8',
	'Grade 9-10',
	'Grade 11-12',
	'College',
	'College graduate'
] as const;

export interface ShelfArticle {
	title: string;
	wordCount: number;
	createdAt: Date;
	readingGrade: number | null;
}

export interface ShelfRequest {
	sort?: LibrarySort;
	level?: string;
	length?: Length;
}

/** The level an article is shown and filtered under, or null before it has one. */
export const levelOf = (grade: number | null) =>
	grade === null ? null : gradeLabel(bandOf(grade));

/** What the filter form sent, keeping only what it knows. */
export function shelfRequest(params: URLSearchParams): ShelfRequest {
	const sort = params.get('sort') ?? '';
	const level = params.get('level') ?? '';
	const length = params.get('length') ?? '';
	return {
		...(sort in LIBRARY_SORTS ? { sort: sort as LibrarySort } : {}),
		...((LEVELS as readonly string[]).includes(level) ? { level } : {}),
		...(length in LENGTHS ? { length: length as Length } : {})
	};
}

/**
 * The articles of one level and length, in the order asked for (newest first by default). An
 * article without a level yet sorts after those with one, either way.
 */
export function arrange<T extends ShelfArticle>(
	articles: readonly T[],
	request: ShelfRequest
): T[] {
	const { sort = 'newest', level, length } = request;
	const kept = articles.filter(
		(article) =>
			(!level || levelOf(article.readingGrade) === level) &&
			(!length ||
				(article.wordCount >= LENGTHS[length].from && article.wordCount < LENGTHS[length].to))
	);
	const byGrade = (a: T, b: T, sign: number) =>
		a.readingGrade === null || b.readingGrade === null
			? (a.readingGrade === null ? 1 : 0) - (b.readingGrade === null ? 1 : 0)
			: sign * (a.readingGrade - b.readingGrade);
	const newest = (a: T, b: T) =>
		b.createdAt.getTime() - a.createdAt.getTime() || a.title.localeCompare(b.title);
	const order: Record<LibrarySort, (a: T, b: T) => number> = {
		newest,
		easiest: (a, b) => byGrade(a, b, 1) || newest(a, b),
		hardest: (a, b) => byGrade(a, b, -1) || newest(a, b),
		shortest: (a, b) => a.wordCount - b.wordCount || newest(a, b),
		longest: (a, b) => b.wordCount - a.wordCount || newest(a, b)
	};
	return [...kept].sort(order[sort]);
}

/** How many articles each level and each length holds, for the filter's counts. */
export function shelfCounts(articles: readonly ShelfArticle[]) {
	return {
		levels: LEVELS.map((label) => ({
			value: label,
			label,
			count: articles.filter((a) => levelOf(a.readingGrade) === label).length
		})).filter((choice) => choice.count > 0),
		lengths: (Object.keys(LENGTHS) as Length[]).map((value) => ({
			value,
			label: LENGTHS[value].label,
			count: arrange(articles, { length: value }).length
		}))
	};
}
