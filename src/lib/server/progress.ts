import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { skillOf, type Skill } from '$lib/generator/skills';
import { percent, skillMastery, streak, type SkillAnswer } from '$lib/quiz/progress';
import type { Database } from './db';
import { latestAnswers } from './missed';
import { answers, articles, attemptItems, attempts, questions, reviewAnswers } from './db/schema';
import { accuracyByForm } from '$lib/quiz/answer-forms';

/** One finished attempt in the learner's history. */
export interface HistoryRow {
	id: string;
	articleId: string;
	articleTitle: string;
	finishedAt: Date;
	correct: number;
	total: number;
	percent: number;
	timeMs: number;
	retry: boolean;
}

/** The learner's finished attempts, oldest first: score (correct / total) and time. */
export async function history(db: Database, userId: string): Promise<HistoryRow[]> {
	const rows = await db
		.select({
			id: attempts.id,
			articleId: attempts.articleId,
			articleTitle: articles.title,
			finishedAt: attempts.finishedAt,
			total: attempts.total,
			retryOf: attempts.retryOf,
			correct: sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attempts.id} and ${answers.correct} = 1)`,
			timeMs: sql<number>`(select coalesce(sum(${answers.timeMs}), 0) from ${answers} where ${answers.attemptId} = ${attempts.id})`
		})
		.from(attempts)
		.innerJoin(articles, eq(articles.id, attempts.articleId))
		.where(and(eq(attempts.userId, userId), isNotNull(attempts.finishedAt)))
		.orderBy(asc(attempts.finishedAt), asc(attempts.id));
	return rows.map(({ retryOf, finishedAt, ...row }) => ({
		...row,
		finishedAt: finishedAt!,
		percent: percent(row.correct, row.total),
		retry: retryOf !== null
	}));
}

/** Answers and the share right, per question kind (who, when, statement…), most answered first. */
export async function accuracyByKind(db: Database, userId: string) {
	const rows = await db
		.select({
			kind: questions.kind,
			answered: sql<number>`count(*)`,
			correct: sql<number>`sum(${answers.correct})`
		})
		.from(answers)
		.innerJoin(attempts, eq(attempts.id, answers.attemptId))
		.innerJoin(attemptItems, eq(attemptItems.id, answers.itemId))
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		.where(eq(attempts.userId, userId))
		.groupBy(questions.kind);
	return rows
		.map((row) => ({ ...row, percent: percent(row.correct, row.answered) }))
		.sort((a, b) => b.answered - a.answered || a.kind.localeCompare(b.kind));
}

/**
 * Accuracy per answer form (multiple choice, fill in the blank, type the answer) over quizzes and
 * reviews together, with how many right answers were the learner's own call ("I was right").
 */
export async function accuracyByAnswerForm(db: Database, userId: string) {
	const inQuizzes = await db
		.select({ form: answers.form, correct: answers.correct, overruled: answers.overruled })
		.from(answers)
		.innerJoin(attempts, eq(attempts.id, answers.attemptId))
		.where(eq(attempts.userId, userId));
	const inReviews = await db
		.select({
			form: reviewAnswers.form,
			correct: reviewAnswers.correct,
			overruled: reviewAnswers.overruled
		})
		.from(reviewAnswers)
		.where(eq(reviewAnswers.userId, userId));
	const all = [...inQuizzes, ...inReviews];
	return accuracyByForm(all).map((row) => ({
		...row,
		overruled: all.filter((a) => a.form === row.form && a.overruled).length
	}));
}

/** The learner's answers with their question's kind, oldest first: what skill mastery counts. */
export async function skillAnswers(db: Database, userId: string): Promise<SkillAnswer[]> {
	const rows = await db
		.select({ kind: questions.kind, correct: answers.correct, attemptId: answers.attemptId })
		.from(answers)
		.innerJoin(attempts, eq(attempts.id, answers.attemptId))
		.innerJoin(attemptItems, eq(attemptItems.id, answers.itemId))
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		.where(eq(attempts.userId, userId))
		.orderBy(asc(answers.answeredAt), asc(answers.itemId));
	return rows;
}

/** Mean score per article over its finished attempts, by title. */
export function byArticle(rows: readonly HistoryRow[]) {
	const map = new Map<string, { id: string; title: string; attempts: number; sum: number }>();
	for (const row of rows) {
		const entry = map.get(row.articleId) ?? {
			id: row.articleId,
			title: row.articleTitle,
			attempts: 0,
			sum: 0
		};
		entry.attempts++;
		entry.sum += row.percent;
		map.set(row.articleId, entry);
	}
	return [...map.values()]
		.map(({ sum, ...entry }) => ({ ...entry, percent: Math.round(sum / entry.attempts) }))
		.sort((a, b) => a.title.localeCompare(b.title));
}

/** Everything the progress page shows, for one learner at `now`. */
export async function summary(db: Database, userId: string, now: Date) {
	const rows = await history(db, userId);
	const kinds = await accuracyByKind(db, userId);
	const forms = await accuracyByAnswerForm(db, userId);
	const skills = skillMastery(await skillAnswers(db, userId));
	const answeredAt = await db
		.select({ at: answers.answeredAt })
		.from(answers)
		.innerJoin(attempts, eq(attempts.id, answers.attemptId))
		.where(eq(attempts.userId, userId));
	const answered = kinds.reduce((n, k) => n + k.answered, 0);
	const correct = kinds.reduce((n, k) => n + k.correct, 0);
	return {
		history: rows,
		articles: byArticle(rows),
		kinds,
		forms,
		skills,
		streak: streak(
			answeredAt.map((a) => a.at),
			now
		),
		totals: {
			attempts: rows.length,
			answered,
			correct,
			percent: percent(correct, answered),
			timeMs: rows.reduce((n, r) => n + r.timeMs, 0)
		}
	};
}

/** How many questions a skill practice asks. */
export const SKILL_PRACTICE_LENGTH = 10;

/**
 * The attempt items a practice of one reading skill asks again, across every article the learner
 * has answered questions of (deleted ones aside): one per question, as last shown, those answered
 * wrong last time first, then those answered longest ago; at most SKILL_PRACTICE_LENGTH.
 */
export async function skillPracticeItems(
	db: Database,
	userId: string,
	skill: Skill
): Promise<string[]> {
	return (await latestAnswers(db, userId))
		.filter((row) => skillOf(row.kind) === skill)
		.sort(
			(a, b) =>
				Number(a.correct) - Number(b.correct) || a.answeredAt.getTime() - b.answeredAt.getTime()
		)
		.slice(0, SKILL_PRACTICE_LENGTH)
		.map((row) => row.item.id);
}
