// Assignments (issue 18): a teacher sets a class a quiz on an article, with a length, maybe a due
// date and a timed closed-book reading; each member opens it from their library, and their quiz is
// taken for it (`attempts.assignment_id`), which is all of their work the teacher may see.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AssignmentState } from '$lib/classes/report';
import type { QuizLength } from '$lib/quiz/order';
import { percent } from '$lib/quiz/progress';
import type { Database } from './db';
import { answers, articles, assignments, attempts, classes, classMembers } from './db/schema';
import { newId } from './ids';

export type Assignment = typeof assignments.$inferSelect;

export interface NewAssignment {
	classId: string;
	articleId: string;
	quizLength: QuizLength;
	closedBook: boolean;
	dueAt: Date | null;
	now: Date;
}

/** Sets a class a quiz on an article. Returns the assignment's id. */
export async function create(db: Database, input: NewAssignment): Promise<string> {
	const id = newId();
	await db.insert(assignments).values({
		id,
		classId: input.classId,
		articleId: input.articleId,
		quizLength: input.quizLength,
		closedBook: input.closedBook,
		dueAt: input.dueAt,
		createdAt: input.now
	});
	return id;
}

/** One assignment with its class's teacher and its article's title, or undefined. */
export async function read(db: Database, id: string) {
	const [row] = await db
		.select({
			assignment: assignments,
			teacherId: classes.teacherId,
			className: classes.name,
			articleTitle: articles.title
		})
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(eq(assignments.id, id))
		.limit(1);
	return row;
}

export type { AssignmentState } from '$lib/classes/report';

/** A learner's quizzes for some assignments: per assignment, the first finished one, else the latest. */
export interface AssignmentWork {
	state: AssignmentState;
	attemptId: string | null;
	correct: number;
	total: number;
	percent: number;
	timeMs: number;
	finishedAt: Date | null;
	/** Finished after the due date (late work counts, marked late). */
	late: boolean;
}

const NOT_STARTED: AssignmentWork = {
	state: 'not-started',
	attemptId: null,
	correct: 0,
	total: 0,
	percent: 0,
	timeMs: 0,
	finishedAt: null,
	late: false
};

/**
 * The work done for each of `assignmentIds`, per learner (key `${assignmentId} ${userId}`): retries
 * of missed questions are practice, not the assignment's result. One query.
 */
export async function workOn(
	db: Database,
	assignmentIds: string[],
	userIds?: string[]
): Promise<Map<string, AssignmentWork>> {
	const work = new Map<string, AssignmentWork>();
	if (assignmentIds.length === 0) return work;
	const rows = await db
		.select({
			id: attempts.id,
			assignmentId: attempts.assignmentId,
			userId: attempts.userId,
			total: attempts.total,
			startedAt: attempts.startedAt,
			finishedAt: attempts.finishedAt,
			dueAt: assignments.dueAt,
			correct: sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attempts.id} and ${answers.correct} = 1)`,
			timeMs: sql<number>`(select coalesce(sum(${answers.timeMs}), 0) from ${answers} where ${answers.attemptId} = ${attempts.id})`
		})
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.where(
			and(
				inArray(attempts.assignmentId, assignmentIds),
				isNull(attempts.retryOf),
				userIds ? inArray(attempts.userId, userIds) : undefined
			)
		)
		.orderBy(asc(attempts.startedAt), asc(attempts.id));
	for (const row of rows) {
		const key = `${row.assignmentId} ${row.userId}`;
		const known = work.get(key);
		// The first finished quiz is the result; until one is finished, the latest is in progress.
		if (known?.state === 'done') continue;
		work.set(key, {
			state: row.finishedAt ? 'done' : 'in-progress',
			attemptId: row.id,
			correct: row.correct,
			total: row.total,
			percent: percent(row.correct, row.total),
			timeMs: row.timeMs,
			finishedAt: row.finishedAt,
			late: !!row.finishedAt && !!row.dueAt && row.finishedAt > row.dueAt
		});
	}
	return work;
}

/** The work a learner did for an assignment (not started when none). */
export const workOf = (work: Map<string, AssignmentWork>, assignmentId: string, userId: string) =>
	work.get(`${assignmentId} ${userId}`) ?? NOT_STARTED;

/** An assignment as a learner's library lists it. */
export interface LearnerAssignment {
	id: string;
	className: string;
	articleId: string;
	articleTitle: string;
	quizLength: QuizLength;
	closedBook: boolean;
	dueAt: Date | null;
	createdAt: Date;
	work: AssignmentWork;
	/** Not done and past its due date. */
	overdue: boolean;
}

/**
 * The assignments of the classes a learner is in, on articles still in the library: what is not
 * done first (soonest due first), then what is done (newest first).
 */
export async function forLearner(
	db: Database,
	userId: string,
	now: Date
): Promise<LearnerAssignment[]> {
	const rows = await db
		.select({
			id: assignments.id,
			className: classes.name,
			articleId: assignments.articleId,
			articleTitle: articles.title,
			quizLength: assignments.quizLength,
			closedBook: assignments.closedBook,
			dueAt: assignments.dueAt,
			createdAt: assignments.createdAt
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(assignments, eq(assignments.classId, classes.id))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(and(eq(classMembers.userId, userId), isNull(articles.deletedAt)))
		.orderBy(desc(assignments.createdAt), desc(assignments.id));
	const work = await workOn(
		db,
		rows.map((row) => row.id),
		[userId]
	);
	const listed = rows.map((row) => {
		const done = workOf(work, row.id, userId);
		return {
			...row,
			work: done,
			overdue: done.state !== 'done' && !!row.dueAt && row.dueAt < now
		};
	});
	const open = listed
		.filter((a) => a.work.state !== 'done')
		.sort(
			(a, b) =>
				(a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
				b.createdAt.getTime() - a.createdAt.getTime()
		);
	return [...open, ...listed.filter((a) => a.work.state === 'done')];
}

/** The assignments a class was set, newest first, with their articles' titles. */
export async function ofClass(db: Database, classId: string) {
	return await db
		.select({
			id: assignments.id,
			articleId: assignments.articleId,
			articleTitle: articles.title,
			quizLength: assignments.quizLength,
			closedBook: assignments.closedBook,
			dueAt: assignments.dueAt,
			createdAt: assignments.createdAt
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(eq(assignments.classId, classId))
		.orderBy(desc(assignments.createdAt), desc(assignments.id));
}
