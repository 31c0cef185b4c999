// Grading a typed answer against what the article says: the pure grader (typed-answer.ts) given the
// question's key, the names the article gives it and the things it must not be taken for.
import { and, eq } from 'drizzle-orm';
import type { TypedAnswerGrade } from '$lib/quiz/typed-answer';
import type { Database } from './db';
import { articles, questions } from './db/schema';

/** Longer than any answer a field asks for: a paste of the article is refused, not graded. */
export const MAX_TYPED_LENGTH = 200;

/** What grading reads of an item: its key, its sentence, its stem. */
export const formQuestionOf = (item: {
	stem: string;
	options: string[];
	answerIndex: number;
	sourceSentence: string;
}) => ({
	stem: item.stem,
	answer: item.options[item.answerIndex] ?? '',
	sentence: item.sourceSentence
});

/**
 * Grades a typed answer to a shown question against its key, the names the article gives it, and
 * its rivals: the question's wrong options and the keys of the article's other questions, so that
 * another thing the article names is never taken for the answer.
 */
export async function gradeItem(
	db: Database,
	item: {
		questionId: string;
		stem: string;
		options: string[];
		answerIndex: number;
		sourceSentence: string;
	},
	typed: string
): Promise<TypedAnswerGrade> {
	const [question] = await db
		.select({ articleId: questions.articleId, body: articles.body })
		.from(questions)
		.innerJoin(articles, eq(articles.id, questions.articleId))
		.where(eq(questions.id, item.questionId))
		.limit(1);
	// Loaded on the first typed answer: compromise's lexicon (for number words) stays out of a
	// server that never grades one.
	const { articleAliases, gradeTypedAnswer } = await import('$lib/quiz/typed-answer');
	const answer = item.options[item.answerIndex] ?? '';
	const articleText = question?.body ?? '';
	const others = question
		? await db
				.select({ options: questions.options, answerIndex: questions.answerIndex })
				.from(questions)
				.where(and(eq(questions.articleId, question.articleId), eq(questions.status, 'active')))
		: [];
	const keys = others.map((q) => q.options[q.answerIndex] ?? '');
	const rivals = [...item.options.filter((_, i) => i !== item.answerIndex), ...keys].filter(
		(rival) => rival.trim() !== answer.trim()
	);
	return gradeTypedAnswer(typed, {
		answer,
		articleText,
		aliases: articleAliases(answer, articleText),
		rivals,
		context: `${item.stem} ${item.sourceSentence}`
	});
}
