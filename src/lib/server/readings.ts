// "Read, then answer" (issue 17): a timed reading of an article, then a closed-book quiz on it.
// The time is kept here, not in the page: a reload, or coming back later, resumes the same reading.
import { and, asc, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { AnswerMode } from '$lib/quiz/answer-forms';
import type { QuizLength } from '$lib/quiz/order';
import type { TimedReading } from '$lib/reading/profile';
import type { Database } from './db';
import { answers, articles, attempts, readings } from './db/schema';
import type { Reading } from './db/types';
import { newId } from './ids';
import * as attemptStore from './attempts';

export type { Reading };

/** How long the learner has read so far: the finished stretches, and the one running at `now`. */
export function elapsedMs(reading: Reading, now: Date): number {
	const running = reading.resumedAt ? Math.max(0, now.getTime() - reading.resumedAt.getTime()) : 0;
	return reading.readingMs + running;
}

export interface BeginInput {
	userId: string;
	article: { id: string; wordCount: number; readingGrade: number | null };
	quizLength: QuizLength;
	answerBy: AnswerMode;
	/** The class assignment the reading and its quiz are for, if any. */
	assignmentId?: string | null;
	now: Date;
}

/**
 * A reading of the article for the learner: the one they left unfinished for the same assignment
 * (or for none), if any (its quiz as chosen now when its timer has not started), or a new one.
 * Returns its id.
 */
export async function begin(db: Database, input: BeginInput): Promise<string> {
	const open = await findUnfinished(db, input.userId, input.article.id);
	if (open && open.assignmentId === (input.assignmentId ?? null)) {
		if (!open.startedAt)
			await db
				.update(readings)
				.set({ quizLength: input.quizLength, answerBy: input.answerBy })
				.where(eq(readings.id, open.id));
		return open.id;
	}
	const id = newId();
	await db.insert(readings).values({
		id,
		userId: input.userId,
		articleId: input.article.id,
		words: input.article.wordCount,
		grade: input.article.readingGrade,
		quizLength: input.quizLength,
		answerBy: input.answerBy,
		assignmentId: input.assignmentId ?? null,
		createdAt: input.now
	});
	return id;
}

/** The learner's unfinished reading of an article, if any (the article page offers to go back to it). */
export async function findUnfinished(
	db: Database,
	userId: string,
	articleId: string
): Promise<Reading | undefined> {
	const [row] = await db
		.select()
		.from(readings)
		.where(
			and(
				eq(readings.userId, userId),
				eq(readings.articleId, articleId),
				isNull(readings.finishedAt)
			)
		)
		.orderBy(desc(readings.createdAt))
		.limit(1);
	return row;
}

/** One reading, or undefined. Routes pass it through requireOwn before using it. */
export async function read(db: Database, id: string): Promise<Reading | undefined> {
	const [row] = await db.select().from(readings).where(eq(readings.id, id)).limit(1);
	return row;
}

/** "Start reading": the timer starts; a second start changes nothing. */
export async function start(db: Database, id: string, now: Date): Promise<void> {
	await db
		.update(readings)
		.set({ startedAt: now, resumedAt: now })
		.where(and(eq(readings.id, id), isNull(readings.startedAt)));
}

// The running stretch, added to the time read; written in SQL so two requests never count it twice.
const stretchEnded = (now: Date) =>
	sql`${readings.readingMs} + max(0, ${now.getTime()} - ${readings.resumedAt})`;

/**
 * The page was hidden (or left): the running stretch counts, and the timer stops until `resume`.
 * Only the page that keeps the timer (`view`, see `resume`) can pause it.
 */
export async function pause(db: Database, id: string, view: string, now: Date): Promise<void> {
	await db
		.update(readings)
		.set({ readingMs: stretchEnded(now), resumedAt: null })
		.where(
			and(
				eq(readings.id, id),
				isNotNull(readings.resumedAt),
				isNull(readings.finishedAt),
				or(isNull(readings.timerView), eq(readings.timerView, view))
			)
		);
}

/**
 * The page `view` is open and visible: it keeps the timer from now on, and the timer runs (from
 * `now`, if it was paused). A pause the learner's previous page sends late is then ignored.
 */
export async function resume(db: Database, id: string, view: string, now: Date): Promise<void> {
	await db
		.update(readings)
		.set({ resumedAt: sql`coalesce(${readings.resumedAt}, ${now.getTime()})`, timerView: view })
		.where(and(eq(readings.id, id), isNotNull(readings.startedAt), isNull(readings.finishedAt)));
}

export type FinishOutcome =
	| { status: 'quiz'; attemptId: string }
	| { status: 'not-started' }
	| { status: 'no-questions' }
	/** Another request finished it and is starting its quiz (a double submit). */
	| { status: 'finishing' };

/**
 * "I've finished reading": the time stops and a closed-book quiz on the article starts. Without
 * `pausedWhileHidden` (the page had no JavaScript to pause it) the whole time since the start
 * counted, and the reading says so. A second finish leads to the same quiz.
 */
export async function finish(
	db: Database,
	reading: Reading,
	input: { now: Date; pausedWhileHidden: boolean; seed?: number }
): Promise<FinishOutcome> {
	if (!reading.startedAt) return { status: 'not-started' };
	if (!reading.finishedAt) {
		const [won] = await db
			.update(readings)
			.set({
				readingMs: sql`case when ${readings.resumedAt} is null then ${readings.readingMs} else ${stretchEnded(input.now)} end`,
				resumedAt: null,
				finishedAt: input.now,
				wholeTime: !input.pausedWhileHidden
			})
			.where(and(eq(readings.id, reading.id), isNull(readings.finishedAt)))
			.returning({ id: readings.id });
		if (!won) return await quizOf(db, reading.id);
	} else if (reading.attemptId) return { status: 'quiz', attemptId: reading.attemptId };
	return await startQuiz(db, reading, input.now, input.seed);
}

// A finished reading's quiz, once the request that finished it has stored it.
async function quizOf(db: Database, id: string): Promise<FinishOutcome> {
	const now = await read(db, id);
	return now?.attemptId ? { status: 'quiz', attemptId: now.attemptId } : { status: 'finishing' };
}

async function startQuiz(
	db: Database,
	reading: Reading,
	now: Date,
	seed?: number
): Promise<FinishOutcome> {
	const attemptId = await attemptStore.start(db, {
		userId: reading.userId,
		articleId: reading.articleId,
		length: reading.quizLength,
		answerBy: reading.answerBy,
		closedBook: true,
		assignmentId: reading.assignmentId,
		now,
		seed
	});
	if (!attemptId) return { status: 'no-questions' };
	const stored = await db
		.update(readings)
		.set({ attemptId })
		.where(and(eq(readings.id, reading.id), isNull(readings.attemptId)));
	if (stored.rowsAffected > 0) return { status: 'quiz', attemptId };
	// A concurrent finish stored its quiz first: that one is the reading's; this one goes.
	await attemptStore.discard(db, attemptId);
	return await quizOf(db, reading.id);
}

/** The reading a closed-book attempt followed, if any (its results show the reading's figures). */
export async function ofAttempt(db: Database, attemptId: string): Promise<Reading | undefined> {
	const [row] = await db.select().from(readings).where(eq(readings.attemptId, attemptId)).limit(1);
	return row;
}

/** A finished reading with its finished quiz: what the reader profile and the level are made of. */
export type ReadingRecord = TimedReading;

/** The learner's readings whose quiz is finished, oldest first. */
export async function records(db: Database, userId: string): Promise<ReadingRecord[]> {
	const rows = await db
		.select({
			id: readings.id,
			articleId: readings.articleId,
			articleTitle: articles.title,
			words: readings.words,
			grade: readings.grade,
			readingMs: readings.readingMs,
			wholeTime: readings.wholeTime,
			finishedAt: attempts.finishedAt,
			total: attempts.total,
			correct: sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attempts.id} and ${answers.correct} = 1)`
		})
		.from(readings)
		.innerJoin(attempts, eq(attempts.id, readings.attemptId))
		.innerJoin(articles, eq(articles.id, readings.articleId))
		.where(and(eq(readings.userId, userId), isNotNull(attempts.finishedAt)))
		.orderBy(asc(attempts.finishedAt), asc(readings.id));
	return rows.map((row) => ({ ...row, finishedAt: row.finishedAt! }));
}
