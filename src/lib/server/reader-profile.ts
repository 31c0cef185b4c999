// The reader profile and "Suggested for you" (issue 17): the queries; the figures and the choice are
// pure (reading/profile.ts, reading/suggest.ts).
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { readerProfile, type ReaderProfile, type SkillShare } from '$lib/reading/profile';
import { suggest, suggestionLevel, type PlacementQuiz } from '$lib/reading/suggest';
import type { ArticleSummary } from './articles';
import type { Database } from './db';
import { answers, articles, attempts, readings } from './db/schema';
import * as readingStore from './readings';

/** The learner's reader profile: their timed readings' figures, level and skills. */
export async function profile(
	db: Database,
	userId: string,
	skills: readonly SkillShare[]
): Promise<ReaderProfile> {
	return readerProfile(await readingStore.records(db, userId), skills);
}

/**
 * The learner's finished first quizzes on articles with a level, in the order they finished: not
 * retries of missed questions and not practices (neither is a quiz on its article), closed-book
 * or not, each with its timed reading when it had one. One query.
 */
export async function placementQuizzes(db: Database, userId: string): Promise<PlacementQuiz[]> {
	const rows = await db
		.select({
			grade: articles.readingGrade,
			total: attempts.total,
			correct: sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attempts.id} and ${answers.correct} = 1)`,
			words: readings.words,
			readingMs: readings.readingMs
		})
		.from(attempts)
		.innerJoin(articles, eq(articles.id, attempts.articleId))
		.leftJoin(readings, eq(readings.attemptId, attempts.id))
		.where(
			and(
				eq(attempts.userId, userId),
				isNotNull(attempts.finishedAt),
				isNull(attempts.retryOf),
				eq(attempts.practice, false),
				isNotNull(articles.readingGrade)
			)
		)
		.orderBy(asc(attempts.finishedAt), asc(attempts.id));
	return rows.map(({ grade, total, correct, words, readingMs }) => ({
		grade: grade!,
		total,
		correct,
		reading: words !== null && readingMs !== null ? { words, readingMs } : null
	}));
}

/** The ids of the articles the learner has a quiz or a reading on, finished or not. One query. */
export async function touchedArticles(db: Database, userId: string): Promise<Set<string>> {
	const rows = await db
		.select({ id: attempts.articleId })
		.from(attempts)
		.where(eq(attempts.userId, userId))
		.union(db.select({ id: readings.articleId }).from(readings).where(eq(readings.userId, userId)));
	return new Set(rows.map((row) => row.id));
}

/**
 * "Suggested for you" from the library the page already has: the learner's level (null before two
 * quizzes count) and the unread articles at it and one a step up. Two queries, whatever the
 * library's size.
 */
export async function suggestions<T extends ArticleSummary>(
	db: Database,
	userId: string,
	library: readonly T[]
) {
	const level = suggestionLevel(await placementQuizzes(db, userId));
	if (!level) return { level, articles: [] };
	return { level, articles: suggest(library, level, await touchedArticles(db, userId)) };
}
