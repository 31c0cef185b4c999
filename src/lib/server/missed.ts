import { and, desc, eq, isNull } from 'drizzle-orm';
import { markParts, type Part, storedRange } from '$lib/quiz/highlight';
import type { Database } from './db';
import { answers, articles, attemptItems, attempts, questions } from './db/schema';

/** A question the learner got wrong last time they answered it, as they saw it then. */
export interface MissedQuestion {
	questionId: string;
	articleId: string;
	articleTitle: string;
	/** The attempt item of the wrong answer: its snapshot is what the learner saw. */
	itemId: string;
	stem: string;
	yourAnswer: string;
	correctAnswer: string;
	sentence: Part[];
	answeredAt: Date;
}

/**
 * Every question the learner answered wrong and has not answered right since, newest first; only
 * one article's when `articleId` is given. A question's latest answer decides: wrong → listed.
 */
export async function list(
	db: Database,
	userId: string,
	articleId?: string
): Promise<MissedQuestion[]> {
	const rows = await db
		.select({
			item: attemptItems,
			chosenIndex: answers.chosenIndex,
			correct: answers.correct,
			answeredAt: answers.answeredAt,
			articleId: questions.articleId,
			articleTitle: articles.title
		})
		.from(answers)
		.innerJoin(attempts, eq(attempts.id, answers.attemptId))
		.innerJoin(attemptItems, eq(attemptItems.id, answers.itemId))
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		.innerJoin(articles, eq(articles.id, questions.articleId))
		// A deleted article's questions cannot be practised or shown in context: not listed.
		.where(and(eq(attempts.userId, userId), isNull(articles.deletedAt)))
		.orderBy(desc(answers.answeredAt), desc(answers.itemId));
	const seen = new Set<string>();
	const out: MissedQuestion[] = [];
	for (const row of rows) {
		if (seen.has(row.item.questionId)) continue;
		seen.add(row.item.questionId);
		if (row.correct || (articleId && row.articleId !== articleId)) continue;
		const { item } = row;
		out.push({
			questionId: item.questionId,
			articleId: row.articleId,
			articleTitle: row.articleTitle,
			itemId: item.id,
			stem: item.stem,
			yourAnswer: item.options[row.chosenIndex] ?? '',
			correctAnswer: item.options[item.answerIndex] ?? '',
			sentence: markParts(item.sourceSentence, storedRange(item)),
			answeredAt: row.answeredAt
		});
	}
	return out;
}

/** The articles that have missed questions, for the filter: id, title and how many. */
export function articlesOf(
	missed: MissedQuestion[]
): { id: string; title: string; count: number }[] {
	const byId = new Map<string, { id: string; title: string; count: number }>();
	for (const m of missed) {
		const entry = byId.get(m.articleId) ?? { id: m.articleId, title: m.articleTitle, count: 0 };
		entry.count++;
		byId.set(m.articleId, entry);
	}
	return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
}
