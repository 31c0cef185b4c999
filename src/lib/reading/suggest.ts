// "Suggested for you" (issue 17): unread articles at the learner's level, and one a step above, as
// the leveled-reading platforms give them. Pure: the library, what the learner has touched and their
// quizzes in, the level and the articles out.
import { readerLevel, readingFigures, type LevelledQuiz } from './rate';
import { LEVELS, levelOf, type ShelfArticle } from './shelf';

/** The grade in the middle of each of LEVELS' bands (bands.ts): what a suggestion is nearest to. */
const MIDDLES = [3, 5.5, 7.5, 9.5, 11.5, 14, 17] as const;

/** How many articles at the level, and how many a step above, a learner is offered. */
export const AT_LEVEL = 3;
export const STEP_UP = 1;

/** A finished first quiz on a levelled article, with its timed reading when it had one. */
export interface PlacementQuiz {
	grade: number;
	correct: number;
	total: number;
	reading: { words: number; readingMs: number } | null;
}

/**
 * The quizzes the level is worked out from, in the order given: all of them but those whose timed
 * reading was too fast to be reading (over 1,000 words a minute, rate.ts).
 */
export function placementQuizzes(quizzes: readonly PlacementQuiz[]): LevelledQuiz[] {
	return quizzes
		.filter(
			(quiz) =>
				!quiz.reading ||
				readingFigures({ ...quiz.reading, correct: quiz.correct, total: quiz.total }).plausible
		)
		.map((quiz) => ({
			grade: quiz.grade,
			percent: quiz.total > 0 ? (100 * quiz.correct) / quiz.total : 0
		}));
}

/** The level suggestions are made at (readerLevel over the quizzes that count); null before two. */
export function suggestionLevel(quizzes: readonly PlacementQuiz[]): string | null {
	return readerLevel(placementQuizzes(quizzes));
}

export interface SuggestedArticle<T> {
	article: T;
	/** True for the one a step above the learner's level. */
	stepUp: boolean;
}

/**
 * Up to AT_LEVEL unread articles at `level` and STEP_UP at the next level up (none above the top
 * one): in each, the grade nearest the level's middle first, then the newest, then by title, so
 * the same library gives the same suggestions. `read` holds the ids of articles the learner has
 * quizzed or read already.
 */
export function suggest<T extends ShelfArticle & { id: string }>(
	articles: readonly T[],
	level: string,
	read: ReadonlySet<string>
): SuggestedArticle<T>[] {
	const index = (LEVELS as readonly string[]).indexOf(level);
	if (index < 0) return [];
	const at = (i: number, count: number) => {
		const middle = MIDDLES[i]!;
		return articles
			.filter(
				(a) => !read.has(a.id) && a.readingGrade !== null && levelOf(a.readingGrade) === LEVELS[i]
			)
			.sort(
				(a, b) =>
					Math.abs(a.readingGrade! - middle) - Math.abs(b.readingGrade! - middle) ||
					b.createdAt.getTime() - a.createdAt.getTime() ||
					a.title.localeCompare(b.title) ||
					a.id.localeCompare(b.id)
			)
			.slice(0, count);
	};
	return [
		...at(index, AT_LEVEL).map((article) => ({ article, stepUp: false })),
		...(index + 1 < LEVELS.length ? at(index + 1, STEP_UP) : []).map((article) => ({
			article,
			stepUp: true
		}))
	];
}
