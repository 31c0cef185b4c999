import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { AnswerMode } from '$lib/quiz/answer-forms';
import { storedRange } from '$lib/quiz/highlight';
import { hashString } from '$lib/generator/random';
import {
	applyOrder,
	attemptRandom,
	optionOrder,
	originalOrder,
	pickQuestions,
	questionCount,
	reshuffle,
	type QuizLength
} from '$lib/quiz/order';
import type { Database } from './db';
import { answers, articles, attemptItems, attempts, questions } from './db/schema';
import { newId } from './ids';
import * as questionStore from './questions';

import type { Answer, Attempt } from './db/types';
export type { Answer, Attempt };
/** An item with its answer (or null) and the article its question comes from. */
export type Item = typeof attemptItems.$inferSelect & { answer: Answer | null; articleId: string };

export {
	advance,
	markShown,
	overrule,
	recordAnswer,
	type GivenAnswer,
	type RecordOutcome
} from './answering';

/** What an item snapshot needs from a question, with the options in the order they will be shown. */
interface Snapshot {
	questionId: string;
	stem: string;
	options: string[];
	answerIndex: number;
	order: number[];
	explanation: string;
	sourceSentence: string;
	highlight: { start: number; end: number } | null;
}

function snapshotOf(question: questionStore.StoredQuestion, order: number[]): Snapshot {
	const shown = applyOrder(question.options, question.answerIndex, order);
	const highlight =
		question.answerStart !== null && question.answerEnd !== null
			? {
					start: question.answerStart - question.sourceStart,
					end: question.answerEnd - question.sourceStart
				}
			: null;
	return {
		questionId: question.id,
		stem: question.stem,
		options: shown.options,
		answerIndex: shown.answerIndex,
		order,
		explanation: question.explanation,
		sourceSentence: question.sourceSentence,
		highlight
	};
}

async function insert(
	db: Database,
	attempt: Omit<
		Attempt,
		'cursor' | 'finishedAt' | 'answerBy' | 'closedBook' | 'practice' | 'assignmentId'
	> &
		Partial<Pick<Attempt, 'answerBy' | 'closedBook' | 'practice' | 'assignmentId'>>,
	snapshots: Snapshot[]
): Promise<void> {
	await db.batch([
		db.insert(attempts).values(attempt),
		db.insert(attemptItems).values(
			snapshots.map((s, position) => ({
				id: newId(),
				attemptId: attempt.id,
				position,
				questionId: s.questionId,
				stem: s.stem,
				options: s.options,
				optionOrder: s.order,
				answerIndex: s.answerIndex,
				explanation: s.explanation,
				sourceSentence: s.sourceSentence,
				highlightStart: s.highlight?.start ?? null,
				highlightEnd: s.highlight?.end ?? null,
				// Starting a quiz puts its first question on screen (see `advance` for the others).
				shownAt: position === 0 ? attempt.startedAt : null
			}))
		)
	]);
}

export interface StartInput {
	userId: string;
	articleId: string;
	length: QuizLength;
	/** "Answer by: Choosing / Typing"; choosing when not given. */
	answerBy?: AnswerMode;
	/** "Read, then answer": the article stays out of sight until the results. */
	closedBook?: boolean;
	/** The class assignment the quiz is taken for, if any. */
	assignmentId?: string | null;
	now: Date;
	/** Fixed in tests; otherwise drawn from the new attempt's random id. Stored either way. */
	seed?: number;
}

/**
 * Starts a quiz on an article: a seeded choice and order of its active questions and, per question,
 * a seeded option order, all stored. Returns the attempt id, or null when the article has no questions.
 */
export async function start(db: Database, input: StartInput): Promise<string | null> {
	const pool = await questionStore.listActive(db, input.articleId);
	if (pool.length === 0) return null;
	const id = newId();
	const seed = input.seed ?? hashString(id);
	const rand = attemptRandom(seed);
	const chosen = pickQuestions(pool, questionCount(input.length, pool.length), rand);
	const snapshots = chosen.map((question) => snapshotOf(question, optionOrder(rand)));
	await insert(
		db,
		{
			id,
			userId: input.userId,
			articleId: input.articleId,
			answerBy: input.answerBy ?? 'choosing',
			closedBook: input.closedBook ?? false,
			assignmentId: input.assignmentId ?? null,
			retryOf: null,
			seed,
			total: snapshots.length,
			startedAt: input.now
		},
		snapshots
	);
	return id;
}

/**
 * A new attempt holding exactly the questions missed in `parent`, in a new order, each with its
 * options in an order different from the one missed. Null when nothing was missed.
 */
export async function retryMissed(
	db: Database,
	parent: Attempt,
	now: Date,
	seed?: number
): Promise<string | null> {
	const missed = (await items(db, parent.id)).filter((item) => item.answer?.correct === false);
	if (missed.length === 0) return null;
	const id = newId();
	const attemptSeed = seed ?? hashString(id);
	const rand = attemptRandom(attemptSeed);
	const snapshots = pickQuestions(missed, missed.length, rand).map((item) => again(item, rand));
	await insert(
		db,
		{
			id,
			userId: parent.userId,
			articleId: parent.articleId,
			// A retry is answered as the quiz it retries was.
			answerBy: parent.answerBy,
			retryOf: parent.id,
			seed: attemptSeed,
			total: snapshots.length,
			startedAt: now
		},
		snapshots
	);
	return id;
}

/** A past item shown again as it was then (history, not today's edit), its options in a new order. */
function again(item: typeof attemptItems.$inferSelect, rand: () => number): Snapshot {
	const { options, toOriginal } = originalOrder(item.options, item.optionOrder);
	const order = reshuffle(item.optionOrder, rand);
	const shown = applyOrder(options, toOriginal(item.answerIndex), order);
	return {
		questionId: item.questionId,
		stem: item.stem,
		options: shown.options,
		answerIndex: shown.answerIndex,
		order,
		explanation: item.explanation,
		sourceSentence: item.sourceSentence,
		highlight: storedRange(item)
	};
}

/**
 * A new attempt on the learner's own past items (the "Missed" page's "Practice these"), each shown
 * as it was then, in a new order. Items that are not the learner's are ignored. The attempt belongs
 * to the first item's article; each item still links to its own. Null when no item is left.
 */
export async function practise(
	db: Database,
	userId: string,
	itemIds: string[],
	now: Date,
	seed?: number
): Promise<string | null> {
	if (itemIds.length === 0) return null;
	const rows = await db
		.select({ item: attemptItems, articleId: questions.articleId })
		.from(attemptItems)
		.innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		.where(and(inArray(attemptItems.id, itemIds), eq(attempts.userId, userId)));
	// One item per question, in the order asked for.
	const rank = new Map(itemIds.map((id, i) => [id, i]));
	rows.sort((a, b) => rank.get(a.item.id)! - rank.get(b.item.id)!);
	const byQuestion = new Map<string, (typeof rows)[number]>();
	for (const row of rows)
		if (!byQuestion.has(row.item.questionId)) byQuestion.set(row.item.questionId, row);
	const chosen = [...byQuestion.values()];
	if (chosen.length === 0) return null;
	const id = newId();
	const attemptSeed = seed ?? hashString(id);
	const rand = attemptRandom(attemptSeed);
	const snapshots = pickQuestions(
		chosen.map((row) => row.item),
		chosen.length,
		rand
	).map((item) => again(item, rand));
	await insert(
		db,
		{
			id,
			userId,
			articleId: chosen[0]!.articleId,
			practice: true,
			retryOf: null,
			seed: attemptSeed,
			total: snapshots.length,
			startedAt: now
		},
		snapshots
	);
	return id;
}

/** One attempt, or undefined. Routes pass it through requireOwn before using it. */
export async function read(db: Database, id: string): Promise<Attempt | undefined> {
	const [row] = await db.select().from(attempts).where(eq(attempts.id, id)).limit(1);
	return row;
}

/** Items with their answers (or null) and their questions' articles, to filter with `where`. */
function selectItems(db: Database) {
	return db
		.select({ item: attemptItems, answer: answers, articleId: questions.articleId })
		.from(attemptItems)
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		.leftJoin(answers, eq(answers.itemId, attemptItems.id));
}

/** The attempt's items in order, each with its answer (or null). */
export async function items(db: Database, attemptId: string): Promise<Item[]> {
	const rows = await selectItems(db)
		.where(eq(attemptItems.attemptId, attemptId))
		.orderBy(asc(attemptItems.position));
	return rows.map((row) => ({ ...row.item, answer: row.answer, articleId: row.articleId }));
}

/** An attempt as its quiz page shows it: the attempt, its article's title, the item on screen. */
export interface Screen {
	attempt: Attempt;
	articleTitle: string;
	/** Set when an author deleted the article: an unfinished attempt on it cannot go on. */
	articleDeleted: boolean;
	/**
	 * The item at the cursor with its answer and its question's kind, or undefined when there is
	 * none (a finished attempt).
	 */
	item: (Item & { kind: string }) | undefined;
}

/**
 * Everything the quiz page needs, in one query: the page a whole class loads at once, where each
 * round trip through the driver costs more than SQLite's own work.
 */
export async function screen(db: Database, attemptId: string): Promise<Screen | undefined> {
	const [row] = await db
		.select({
			attempt: attempts,
			articleTitle: articles.title,
			articleDeleted: sql<boolean>`${articles.deletedAt} is not null`.mapWith(Boolean),
			item: attemptItems,
			answer: answers,
			itemArticleId: questions.articleId,
			itemKind: questions.kind
		})
		.from(attempts)
		.innerJoin(articles, eq(articles.id, attempts.articleId))
		.leftJoin(
			attemptItems,
			and(eq(attemptItems.attemptId, attempts.id), eq(attemptItems.position, attempts.cursor))
		)
		.leftJoin(questions, eq(questions.id, attemptItems.questionId))
		.leftJoin(answers, eq(answers.itemId, attemptItems.id))
		.where(eq(attempts.id, attemptId))
		.limit(1);
	if (!row) return undefined;
	const { attempt, articleTitle, articleDeleted, item, answer, itemArticleId, itemKind } = row;
	return {
		attempt,
		articleTitle,
		articleDeleted,
		item:
			item && itemArticleId && itemKind
				? { ...item, answer, articleId: itemArticleId, kind: itemKind }
				: undefined
	};
}

export interface Unfinished {
	id: string;
	articleId: string;
	articleTitle: string;
	total: number;
	answered: number;
	startedAt: Date;
	retry: boolean;
	/** "Read, then answer": its article stays hidden until the results. */
	closedBook: boolean;
}

// An unfinished quiz on an article an author deleted cannot be resumed (its questions can no longer
// be read in context, as missed questions and reviews of it are hidden); its answers stay in the
// learner's history.
const resumable = (userId: string) =>
	and(eq(attempts.userId, userId), isNull(attempts.finishedAt), isNull(articles.deletedAt));

function unfinished(db: Database) {
	return db
		.select({
			id: attempts.id,
			articleId: attempts.articleId,
			articleTitle: articles.title,
			total: attempts.total,
			answered: sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attempts.id})`,
			startedAt: attempts.startedAt,
			retryOf: attempts.retryOf,
			closedBook: attempts.closedBook
		})
		.from(attempts)
		.innerJoin(articles, eq(articles.id, attempts.articleId));
}

type UnfinishedRow = Omit<Unfinished, 'retry'> & { retryOf: string | null };
const toUnfinished = ({ retryOf, ...row }: UnfinishedRow): Unfinished => ({
	...row,
	retry: retryOf !== null
});

/** Why an unfinished quiz on a deleted article stops: the quiz page's 410. */
export const REMOVED_ARTICLE =
	'An author removed this article, so this quiz cannot go on; your answers are kept';

/** Whether an author deleted the attempt's article (an unfinished attempt on it cannot go on). */
export async function onRemovedArticle(db: Database, attempt: Attempt): Promise<boolean> {
	const [row] = await db
		.select({ id: articles.id })
		.from(articles)
		.where(and(eq(articles.id, attempt.articleId), isNotNull(articles.deletedAt)))
		.limit(1);
	return row !== undefined;
}

/** The learner's unfinished quizzes, most recent first: what the home page offers to resume. */
export async function listUnfinished(
	db: Database,
	userId: string,
	limit = 10
): Promise<Unfinished[]> {
	const rows = await unfinished(db)
		.where(resumable(userId))
		.orderBy(desc(attempts.startedAt))
		.limit(limit);
	return rows.map(toUnfinished);
}

/** The learner's latest unfinished attempt on an article, if any (the article page offers to resume it). */
export async function findUnfinished(
	db: Database,
	userId: string,
	articleId: string
): Promise<Unfinished | undefined> {
	const [row] = await unfinished(db)
		.where(and(resumable(userId), eq(attempts.articleId, articleId)))
		.orderBy(desc(attempts.startedAt))
		.limit(1);
	return row && toUnfinished(row);
}

/** The article an attempt belongs to, for the results page title and the "Show in article" link. */
export async function articleOf(db: Database, attempt: Attempt) {
	const [row] = await db
		.select({ id: articles.id, title: articles.title })
		.from(articles)
		.where(eq(articles.id, attempt.articleId))
		.limit(1);
	return row;
}

/** Deletes an attempt nobody has seen (a quiz started twice by a double submit), with its items. */
export async function discard(db: Database, id: string): Promise<void> {
	await db.delete(attempts).where(and(eq(attempts.id, id), eq(attempts.cursor, 0)));
}
