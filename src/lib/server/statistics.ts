import { and, asc, eq } from 'drizzle-orm';
import { SKILL_LABELS, skillOf } from '$lib/generator/skills';
import { itemStats, type ItemStats } from '$lib/quiz/item-stats';
import type { Database } from './db';
import { answers, attemptItems, questions } from './db/schema';

export interface QuestionStats {
	questionId: string;
	/** The reading skill the question practises, as people read it ("Key details"). */
	skill: string;
	stem: string;
	options: string[];
	answerIndex: number;
	status: string;
	stats: ItemStats | null;
}

/**
 * Item statistics for every question of an article (active or retired) that has been answered:
 * figures once it has MIN_ANSWERS answers, null before. Each attempt counts as one test taker,
 * as in Moodle when all attempts are included. Only multiple-choice answers count.
 */
export async function forArticle(db: Database, articleId: string): Promise<QuestionStats[]> {
	const rows = await db
		.select({
			attemptId: answers.attemptId,
			questionId: attemptItems.questionId,
			correct: answers.correct,
			chosenIndex: answers.chosenIndex,
			optionOrder: attemptItems.optionOrder
		})
		.from(answers)
		.innerJoin(attemptItems, eq(attemptItems.id, answers.itemId))
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		// Classical item statistics read the option chosen: typed answers choose none.
		.where(and(eq(questions.articleId, articleId), eq(answers.form, 'choice')));
	const list = await db
		.select()
		.from(questions)
		.where(eq(questions.articleId, articleId))
		.orderBy(asc(questions.position));
	const stats = itemStats(
		rows.map((r) => ({
			attemptId: r.attemptId,
			questionId: r.questionId,
			correct: r.correct,
			// Back from the order shown to the question's own order.
			option: r.chosenIndex === null ? -1 : (r.optionOrder[r.chosenIndex] ?? -1)
		})),
		new Map(list.map((q) => [q.id, q.answerIndex]))
	);
	const byId = new Map(stats.map((s) => [s.questionId, s]));
	const answered = new Set(rows.map((r) => r.questionId));
	return list
		.filter((q) => answered.has(q.id))
		.map((q) => ({
			questionId: q.id,
			skill: SKILL_LABELS[skillOf(q.kind)],
			stem: q.stem,
			options: q.options,
			answerIndex: q.answerIndex,
			status: q.status,
			stats: byId.get(q.id) ?? null
		}));
}
