// Issue 18, assignments: a teacher sets a class a quiz on an article (length, due date, closed book
// or not) from the article page; members find it at the top of their library, open it, and their
// quiz is taken for it; late work is accepted and marked late; the class page counts who is done.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as assignments from '../../src/lib/server/assignments';
import * as attempts from '../../src/lib/server/attempts';
import * as classes from '../../src/lib/server/classes';
import { assignments as assignmentRows } from '../../src/lib/server/db/schema';
import * as questions from '../../src/lib/server/questions';
import * as readings from '../../src/lib/server/readings';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import * as assignmentPage from '../../src/routes/assignments/[assignmentId]/+page.server';
import * as classPage from '../../src/routes/classes/[classId]/+page.server';
import * as home from '../../src/routes/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';
import type { Role } from '../../src/lib/server/db/schema';

let temp: TempDb;
let articleId: string;
let teacher: PublicUser;
let ana: PublicUser;
let ben: PublicUser;
let outsider: PublicUser;
let classId: string;
const DAY = 86_400_000;

async function makeUser(username: string, role: Role = 'learner'): Promise<PublicUser> {
	const result = await users.create(temp.db, { username, passwordHash: 'x', role });
	if (!result.created) throw new Error('user not created');
	return result.user;
}

beforeEach(async () => {
	temp = await createTempDb();
	const created = await articleStore.create(temp.db, sampleArticle(SAMPLE_TEXTS[1]!));
	if (!created.created) throw new Error('article not created');
	articleId = created.id;
	await questions.ensureAllGenerated(temp.db, new Date());
	teacher = await makeUser('ms.rivera', 'author');
	ana = await makeUser('ana');
	ben = await makeUser('ben');
	outsider = await makeUser('olga');
	classId = await classes.create(temp.db, { teacherId: teacher.id, name: '9B', now: new Date() });
	const code = (await classes.read(temp.db, classId))!.joinCode;
	for (const learner of [ana, ben]) await classes.join(temp.db, learner.id, code, new Date());
});
afterEach(() => temp.cleanup());

/** The date `days` from now as a date field holds it (YYYY-MM-DD, UTC). */
const day = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const assign = (form: Record<string, string>, user = teacher) =>
	outcome(() =>
		articlePage.actions.assign(event({ db: temp.db, user, params: { id: articleId }, form }))
	);

type LibraryAssignment = Awaited<ReturnType<typeof assignments.forLearner>>[number];
const libraryOf = async (user: PublicUser) =>
	(
		(await outcome(() => home.load(event({ db: temp.db, user })))) as {
			data: { assignments: LibraryAssignment[] };
		}
	).data.assignments;

/** Answers the attempt's questions, the first `right` rightly, at `now`. */
async function answerAll(attemptId: string, right: number, now = new Date()) {
	for (const item of await attempts.items(temp.db, attemptId)) {
		const attempt = (await attempts.read(temp.db, attemptId))!;
		const choice = item.position < right ? item.answerIndex : (item.answerIndex + 1) % 4;
		await attempts.recordAnswer(temp.db, attempt, item.id, choice, now);
		await attempts.advance(temp.db, attempt, item.position, now);
	}
}

const open = (user: PublicUser, assignmentId: string) =>
	outcome(() => assignmentPage.load(event({ db: temp.db, user, params: { assignmentId } })));
const start = (user: PublicUser, assignmentId: string) =>
	outcome(() =>
		assignmentPage.actions.start(event({ db: temp.db, user, params: { assignmentId } }))
	);

describe('an assignment', () => {
	it('is set from the article page, listed in the library, opened, taken and counted', async () => {
		expect(await assign({ class: classId, length: '5', due: day(3) })).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/classes/${classId}?assigned`
		});
		const [row] = await temp.db.select().from(assignmentRows);
		expect(row).toMatchObject({ classId, articleId, quizLength: '5', closedBook: false });
		expect(row!.dueAt!.toISOString()).toBe(`${day(3)}T23:59:59.999Z`);

		const [listed] = await libraryOf(ana);
		expect(listed).toMatchObject({
			id: row!.id,
			className: '9B',
			articleTitle: 'Apollo 11: the first crewed landing on the Moon',
			overdue: false,
			work: { state: 'not-started' }
		});
		// Someone not in the class sees nothing of it, and cannot open it.
		expect(await libraryOf(outsider)).toEqual([]);
		expect(await open(outsider, row!.id)).toMatchObject({ kind: 'error', status: 404 });
		expect(await start(outsider, row!.id)).toMatchObject({ kind: 'error', status: 404 });

		expect(await open(ana, row!.id)).toMatchObject({
			kind: 'data',
			data: { assignment: { className: '9B', quizLength: '5', closedBook: false } }
		});
		const started = (await start(ana, row!.id)) as { kind: string; location: string };
		expect(started.location).toMatch(/^\/quiz\/[0-9a-z]{16}$/);
		const attemptId = started.location.split('/')[2]!;
		expect(await attempts.read(temp.db, attemptId)).toMatchObject({
			assignmentId: row!.id,
			total: 5,
			closedBook: false
		});
		// Opened again, it leads back to the quiz; the library says it is in progress.
		expect(await open(ana, row!.id)).toMatchObject({
			kind: 'redirect',
			location: `/quiz/${attemptId}`
		});
		expect((await libraryOf(ana))[0]!.work.state).toBe('in-progress');

		await answerAll(attemptId, 4);
		expect(await open(ana, row!.id)).toMatchObject({
			kind: 'redirect',
			location: `/quiz/${attemptId}/results`
		});
		expect((await libraryOf(ana))[0]!.work).toMatchObject({
			state: 'done',
			correct: 4,
			total: 5,
			percent: 80,
			late: false
		});
		// A retry of the missed question is practice: the assignment's result stays 4 of 5.
		const parent = (await attempts.read(temp.db, attemptId))!;
		const retry = (await attempts.retryMissed(temp.db, parent, new Date()))!;
		await answerAll(retry, 1);
		expect((await libraryOf(ana))[0]!.work).toMatchObject({ correct: 4, attemptId });

		// The teacher's class page counts who is done and who is in progress.
		await start(ben, row!.id);
		const view = (await outcome(() =>
			classPage.load(event({ db: temp.db, user: teacher, params: { classId } }))
		)) as { data: { assignments: { done: number; inProgress: number }[] } };
		expect(view.data.assignments).toMatchObject([{ done: 1, inProgress: 1 }]);
	});

	it('accepts late work and marks it late; an overdue one says so in the library', async () => {
		const now = Date.now();
		const id = await assignments.create(temp.db, {
			classId,
			articleId,
			quizLength: '5',
			closedBook: false,
			dueAt: new Date(now - DAY),
			now: new Date(now - 2 * DAY)
		});
		expect((await libraryOf(ben))[0]).toMatchObject({
			overdue: true,
			work: { state: 'not-started' }
		});
		expect(await open(ben, id)).toMatchObject({
			kind: 'data',
			data: { assignment: { overdue: true } }
		});
		const attemptId = ((await start(ben, id)) as { location: string }).location.split('/')[2]!;
		await answerAll(attemptId, 5);
		expect((await libraryOf(ben))[0]).toMatchObject({
			overdue: false,
			work: { state: 'done', late: true, percent: 100 }
		});
	});

	it('closed book: opens a timed reading whose quiz is taken for the assignment', async () => {
		await assign({ class: classId, length: '5', due: '', closed: 'yes' });
		const [row] = await temp.db.select().from(assignmentRows);
		expect(row).toMatchObject({ closedBook: true, dueAt: null });
		const started = (await start(ana, row!.id)) as { location: string };
		expect(started.location).toMatch(/^\/read\//);
		const readingId = started.location.split('/')[2]!;
		await readings.start(temp.db, readingId, new Date());
		const reading = (await readings.read(temp.db, readingId))!;
		expect(reading.assignmentId).toBe(row!.id);
		const finished = await readings.finish(temp.db, reading, {
			now: new Date(Date.now() + 120_000),
			pausedWhileHidden: true
		});
		if (finished.status !== 'quiz') throw new Error(finished.status);
		expect(await attempts.read(temp.db, finished.attemptId)).toMatchObject({
			assignmentId: row!.id,
			closedBook: true
		});
		expect((await libraryOf(ana))[0]!.work.state).toBe('in-progress');
		// Her own "Read, then answer" on the same article is another reading, not the assignment's.
		const own = await readings.begin(temp.db, {
			userId: ana.id,
			article: { id: articleId, wordCount: 400, readingGrade: null },
			quizLength: '5',
			answerBy: 'choosing',
			now: new Date()
		});
		const again = await readings.begin(temp.db, {
			userId: ana.id,
			article: { id: articleId, wordCount: 400, readingGrade: null },
			quizLength: '5',
			answerBy: 'choosing',
			assignmentId: row!.id,
			now: new Date()
		});
		expect(own).not.toBe(readingId);
		expect(again).not.toBe(own);
	});

	it('is refused to learners, to classes the teacher does not teach, and to a past date, keeping the choices', async () => {
		expect(await assign({ class: classId, length: '5' }, ana)).toMatchObject({
			kind: 'error',
			status: 403
		});
		const other = await classes.create(temp.db, {
			teacherId: (await makeUser('mr.okafor', 'author')).id,
			name: '9C',
			now: new Date()
		});
		expect(await assign({ class: other, length: '5', due: day(2) })).toMatchObject({
			kind: 'fail',
			status: 400,
			data: {
				values: { class: other, due: day(2) },
				errors: { class: 'Choose one of your classes.' }
			}
		});
		expect(await assign({ class: classId, length: '5', due: day(-2) })).toMatchObject({
			kind: 'fail',
			data: { errors: { due: 'That date has passed: choose today or a later day.' } }
		});
		expect(await assign({ class: classId, length: '5', due: 'next friday' })).toMatchObject({
			kind: 'fail',
			data: { errors: { due: expect.stringContaining('as a date') as unknown } }
		});
		expect(await assign({ class: classId, length: '7' })).toMatchObject({ kind: 'fail' });
		expect(await temp.db.select().from(assignmentRows)).toEqual([]);
	});

	it('keeps a removed member’s results, but leaves them out of the class page', async () => {
		const id = await assignments.create(temp.db, {
			classId,
			articleId,
			quizLength: '5',
			closedBook: false,
			dueAt: null,
			now: new Date()
		});
		const attemptId = ((await start(ben, id)) as { location: string }).location.split('/')[2]!;
		await answerAll(attemptId, 3);
		await classes.removeMember(temp.db, classId, ben.id);
		const view = (await outcome(() =>
			classPage.load(event({ db: temp.db, user: teacher, params: { classId } }))
		)) as { data: { assignments: { done: number }[]; members: unknown[] } };
		expect(view.data.members).toHaveLength(1);
		expect(view.data.assignments).toMatchObject([{ done: 0 }]);
		// Ben's quiz and its answers are still his.
		expect((await attempts.read(temp.db, attemptId))!.finishedAt).not.toBeNull();
		// Out of the class, he no longer sees or opens its assignments.
		expect(await libraryOf(ben)).toEqual([]);
		expect(await open(ben, id)).toMatchObject({ kind: 'error', status: 404 });
		expect(
			(await temp.db.select().from(assignmentRows).where(eq(assignmentRows.id, id))).length
		).toBe(1);
	});
});
