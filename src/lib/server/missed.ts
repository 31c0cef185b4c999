import { and, desc, eq, isNull } from 'drizzle-orm';
import { SKILL_LABELS, SKILLS, skillOf, type Skill } from '$lib/generator/skills';
import { givenText } from '$lib/quiz/answer-forms';
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
	/** The reading skill the question practises. */
	skill: Skill;
	stem: string;
	yourAnswer: string;
	correctAnswer: string;
	sentence: Part[];
	answeredAt: Date;
}

/** What the missed list may be narrowed to: one article, one reading skill, or both. */
export interface MissedFilter {
	articleId?: string;
	skill?: Skill;
}

/**
 * The latest answer the learner gave to each question, newest first, with the item it answered
 * (as shown then) and the question's article and kind. A deleted article's questions cannot be
 * practised or shown in context: left out.
 */
export async function latestAnswers(db: Database, userId: string) {
	const rows = await db
		.select({
			item: attemptItems,
			chosenIndex: answers.chosenIndex,
			typed: answers.typed,
			correct: answers.correct,
			answeredAt: answers.answeredAt,
			articleId: questions.articleId,
			kind: questions.kind,
			articleTitle: articles.title
		})
		.from(answers)
		.innerJoin(attempts, eq(attempts.id, answers.attemptId))
		.innerJoin(attemptItems, eq(attemptItems.id, answers.itemId))
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		.innerJoin(articles, eq(articles.id, questions.articleId))
		.where(and(eq(attempts.userId, userId), isNull(articles.deletedAt)))
		.orderBy(desc(answers.answeredAt), desc(answers.itemId));
	const seen = new Set<string>();
	return rows.filter((row) => !seen.has(row.item.questionId) && seen.add(row.item.questionId));
}

/**
 * Every question the learner answered wrong and has not answered right since, newest first; only
 * those of the filter's article and skill when it names them. A question's latest answer decides:
 * wrong → listed.
 */
export async function list(
	db: Database,
	userId: string,
	{ articleId, skill }: MissedFilter = {}
): Promise<MissedQuestion[]> {
	const out: MissedQuestion[] = [];
	for (const row of await latestAnswers(db, userId)) {
		if (row.correct || (articleId && row.articleId !== articleId)) continue;
		if (skill && skillOf(row.kind) !== skill) continue;
		const { item } = row;
		out.push({
			questionId: item.questionId,
			articleId: row.articleId,
			articleTitle: row.articleTitle,
			itemId: item.id,
			skill: skillOf(row.kind),
			stem: item.stem,
			yourAnswer: givenText(item, row),
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

/** The skills of the missed questions, for the filter: each with its label and how many. */
export function skillsOf(
	missed: MissedQuestion[]
): { skill: Skill; label: string; count: number }[] {
	return SKILLS.flatMap((skill) => {
		const count = missed.filter((m) => m.skill === skill).length;
		return count > 0 ? [{ skill, label: SKILL_LABELS[skill], count }] : [];
	});
}
