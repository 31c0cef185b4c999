// Issue 18, the class dashboard: per assignment, who has finished, who is in progress and who has
// not started, with scores and times; the score distribution; per question the share right and the
// wrong option chosen most; the three most-missed questions with their sentences; each learner's
// scores over time; the results as CSV. Only the class's teacher sees any of it, and a removed
// learner leaves it while their results stay theirs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as assignments from '../../src/lib/server/assignments';
import * as attempts from '../../src/lib/server/attempts';
import * as classes from '../../src/lib/server/classes';
import * as questions from '../../src/lib/server/questions';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import * as dashboardPage from '../../src/routes/classes/[classId]/assignments/[assignmentId]/+page.server';
import * as learnerPage from '../../src/routes/classes/[classId]/learners/[userId]/+page.server';
import * as resultsCsv from '../../src/routes/classes/[classId]/results.csv/+server';
import * as summaryCsv from '../../src/routes/classes/[classId]/summary.csv/+server';
import * as classPage from '../../src/routes/classes/[classId]/+page.server';
import * as resultsPage from '../../src/routes/quiz/[attemptId]/results/+page.server';
import { readCsv } from '../fixtures/csv';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { Role } from '../../src/lib/server/db/schema';
import type { PublicUser } from '../../src/lib/server/users';
import type { StoredQuestion } from '../../src/lib/server/questions';

let temp: TempDb;
let articleId: string;
let pool: StoredQuestion[];
let teacher: PublicUser;
let ana: PublicUser;
let ben: PublicUser;
let cara: PublicUser;
let dan: PublicUser;
let classId: string;
let assignmentId: string;
const DAY = 86_400_000;
// An author's title a spreadsheet would run as a formula, were it written as it is.
const TITLE = '=HYPERLINK("http://evil.example","Apollo"), a formula';

async function makeUser(username: string, role: Role = 'learner'): Promise<PublicUser> {
	const result = await users.create(temp.db, { username, passwordHash: 'x', role });
	if (!result.created) throw new Error('user not created');
	return result.user;
}

beforeEach(async () => {
	temp = await createTempDb();
	const created = await articleStore.create(temp.db, {
		...sampleArticle(SAMPLE_TEXTS[1]!),
		title: TITLE
	});
	if (!created.created) throw new Error('article not created');
	articleId = created.id;
	await questions.ensureAllGenerated(temp.db, new Date());
	pool = await questions.listActive(temp.db, articleId);
	teacher = await makeUser('ms.rivera', 'author');
	ana = await makeUser('ana');
	ben = await makeUser('ben');
	cara = await makeUser('cara');
	dan = await makeUser('dan');
	classId = await classes.create(temp.db, { teacherId: teacher.id, name: '9B', now: new Date() });
	const code = (await classes.read(temp.db, classId))!.joinCode;
	for (const learner of [ana, ben, cara, dan])
		await classes.join(temp.db, learner.id, code, new Date());
	assignmentId = await assignments.create(temp.db, {
		classId,
		articleId,
		quizLength: 'all',
		closedBook: false,
		dueAt: new Date(Date.now() + DAY),
		now: new Date()
	});
});
afterEach(() => temp.cleanup());

/** A wrong option of a question, in its own order: the first that is not the answer. */
const wrongOf = (q: StoredQuestion, nth = 0) =>
	[0, 1, 2, 3].filter((i) => i !== q.answerIndex)[nth]!;

/**
 * Takes the assignment's quiz as `user`: each question answered with the option `choose` gives (in
 * the question's own order; the answer when it gives undefined), stopping after `stopAfter`.
 */
async function take(
	user: PublicUser,
	choose: (q: StoredQuestion) => number | undefined,
	{ now = new Date(), stopAfter = Infinity } = {}
) {
	const attemptId = (await attempts.start(temp.db, {
		userId: user.id,
		articleId,
		length: 'all',
		assignmentId,
		now
	}))!;
	const items = await attempts.items(temp.db, attemptId);
	for (const item of items.slice(0, stopAfter)) {
		const question = pool.find((q) => q.id === item.questionId)!;
		const own = choose(question) ?? question.answerIndex;
		const attempt = (await attempts.read(temp.db, attemptId))!;
		await attempts.recordAnswer(temp.db, attempt, item.id, item.optionOrder.indexOf(own), now);
		await attempts.advance(temp.db, attempt, item.position, now);
	}
	return attemptId;
}

const as = (user: PublicUser | null) => ({ db: temp.db, user });
const dashboard = (user: PublicUser | null, params = { classId, assignmentId }) =>
	outcome(() => dashboardPage.load(event({ ...as(user), params })));
const learnerView = (user: PublicUser | null, userId: string, inClass = classId) =>
	outcome(() => learnerPage.load(event({ ...as(user), params: { classId: inClass, userId } })));
const download = async (
	route: { GET: (event: never) => Response | Promise<Response> },
	user: PublicUser,
	inClass = classId
) => {
	const response = await route.GET(event({ ...as(user), params: { classId: inClass } }));
	const bytes = new Uint8Array(await response.arrayBuffer());
	// (Decoded with the byte order mark kept, to see it is there.)
	return {
		type: response.headers.get('content-type'),
		bytes: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
	};
};

type Report = Awaited<
	ReturnType<typeof import('../../src/lib/server/class-report').assignmentReport>
>;
type DashboardData = { report: Report & { mostMissed: { sourceParts: unknown[] }[] } };

describe('an assignment dashboard', () => {
	it('shows who is where, the scores, the distribution, each question and the three most missed', async () => {
		const [q1, q2, q3] = pool;
		const n = pool.length;
		// Ana misses q1 and q2, Ben q1 (the same wrong option) and q3 (another), a day late;
		// Cara answers one question and stops; Dan has not started.
		await take(ana, (q) => (q === q1 || q === q2 ? wrongOf(q) : undefined));
		await take(ben, (q) => (q === q1 ? wrongOf(q) : q === q3 ? wrongOf(q, 2) : undefined), {
			now: new Date(Date.now() + 2 * DAY)
		});
		await take(cara, () => undefined, { stopAfter: 1 });

		const view = await dashboard(teacher);
		expect(view.kind).toBe('data');
		const { report } = (view as { data: DashboardData }).data;
		expect(report.counts).toEqual({ done: 2, inProgress: 1, notStarted: 1 });
		expect(
			report.learners.map((l) => [l.username, l.work.state, l.work.correct, l.work.late])
		).toEqual([
			['ana', 'done', n - 2, false],
			['ben', 'done', n - 2, true],
			['cara', 'in-progress', 1, false],
			['dan', 'not-started', 0, false]
		]);
		for (const l of report.learners) expect(l.work.timeMs).toBeGreaterThanOrEqual(0);
		const score = Math.round((100 * (n - 2)) / n);
		expect(report.median).toBe(score);
		expect(report.distribution.reduce((sum, band) => sum + band.count, 0)).toBe(2);
		expect(report.distribution.find((band) => band.count > 0)).toEqual({
			label: score >= 80 ? '80–100%' : '60–79%',
			count: 2
		});

		// Per question, from the two finished quizzes only (Cara's answer is not a result).
		expect(report.questions).toHaveLength(n);
		const of = (q: StoredQuestion) => report.questions.find((r) => r.questionId === q.id)!;
		expect(of(q1!)).toMatchObject({
			answers: 2,
			right: 0,
			percentRight: 0,
			topDistractor: { index: wrongOf(q1!), count: 2 }
		});
		expect(of(q1!).optionCounts[wrongOf(q1!)]).toBe(2);
		expect(of(q2!)).toMatchObject({
			percentRight: 50,
			topDistractor: { index: wrongOf(q2!), count: 1 }
		});
		expect(of(q3!)).toMatchObject({
			percentRight: 50,
			topDistractor: { index: wrongOf(q3!, 2), count: 1 }
		});
		expect(of(pool[3]!)).toMatchObject({ percentRight: 100, topDistractor: null });
		// The options and the answer are the question's own, whatever order each learner saw.
		expect(of(q1!)).toMatchObject({ options: q1!.options, answerIndex: q1!.answerIndex });

		// The three to go over, with the sentences they came from.
		expect(report.mostMissed.map((q) => q.questionId)).toEqual([q1!.id, q2!.id, q3!.id]);
		expect(report.mostMissed[0]!.sourceSentence).toBe(q1!.sourceSentence);
		expect(report.mostMissed[0]!.sourceParts.length).toBeGreaterThan(0);
	});

	it('before anyone finishes: everyone listed, no distribution counts and no questions', async () => {
		const { report } = ((await dashboard(teacher)) as { data: DashboardData }).data;
		expect(report.counts).toEqual({ done: 0, inProgress: 0, notStarted: 4 });
		expect(report.median).toBeNull();
		expect(report.questions).toEqual([]);
		expect(report.mostMissed).toEqual([]);
	});

	it("gives each learner's scores over time, oldest assignment first", async () => {
		await take(ana, (q) => (q === pool[0] ? wrongOf(q) : undefined));
		const second = await assignments.create(temp.db, {
			classId,
			articleId,
			quizLength: 'all',
			closedBook: false,
			dueAt: null,
			now: new Date(Date.now() + 1000)
		});
		const view = (await learnerView(teacher, ana.id)) as {
			data: {
				learner: { username: string };
				assignments: { id: string; work: { state: string; percent: number } }[];
			};
		};
		expect(view.data.learner.username).toBe('ana');
		expect(view.data.assignments.map((a) => [a.id, a.work.state])).toEqual([
			[assignmentId, 'done'],
			[second, 'not-started']
		]);
		expect(view.data.assignments[0]!.work.percent).toBe(
			Math.round((100 * (pool.length - 1)) / pool.length)
		);
	});
});

describe('the results as CSV', () => {
	it('a row per learner and assignment, formula-safe; the summary a learner per row, for a spreadsheet', async () => {
		await take(ana, () => undefined);
		await take(cara, () => undefined, { stopAfter: 1 });

		const results = await download(resultsCsv, teacher);
		expect(results.type).toBe('text/csv; charset=utf-8');
		const rows = readCsv(results.bytes);
		expect(rows[0]).toEqual([
			'Learner',
			'Article',
			'Assigned',
			'Due',
			'Status',
			'Right',
			'Questions',
			'Score (%)',
			'Time (s)',
			'Finished',
			'Late'
		]);
		expect(rows.slice(1).map((r) => [r[0], r[4], r[5], r[6], r[7], r[10]])).toEqual([
			['ana', 'finished', String(pool.length), String(pool.length), '100', 'no'],
			['ben', 'not started', '', '', '', 'no'],
			['cara', 'in progress', '', '', '', 'no'],
			['dan', 'not started', '', '', '', 'no']
		]);
		// The title is kept, behind an apostrophe, so no spreadsheet runs it.
		expect(rows[1]![1]).toBe(`'${TITLE}`);
		expect(new Date(rows[1]![9]!).getTime()).not.toBeNaN();

		const summary = await download(summaryCsv, teacher);
		expect(summary.bytes.startsWith('\uFEFF')).toBe(true);
		const table = readCsv(summary.bytes.slice(1));
		expect(table[0]![0]).toBe('Learner');
		expect(table[0]![1]).toMatch(/^'=HYPERLINK.*\(due \d+ \w+ \d{4}\) %$/);
		expect(table[0]![2]).toBe('Average %');
		expect(table.slice(1)).toEqual([
			['ana', '100', '100'],
			['ben', '', ''],
			['cara', '', ''],
			['dan', '', ''],
			['Class average', '100', '']
		]);
	});
});

describe('who sees it', () => {
	it("the class's teacher only: another teacher, an admin, a member and a visitor get nothing", async () => {
		const anasQuiz = await take(ana, () => undefined);
		// Her quiz itself is hers alone: not her teacher's, not a classmate's (they see the dashboard).
		for (const user of [teacher, ben])
			expect(
				await outcome(() =>
					resultsPage.load(event({ ...as(user), params: { attemptId: anasQuiz } }))
				)
			).toMatchObject({ kind: 'error', status: 404 });
		const other = await makeUser('mr.lee', 'author');
		const admin = await makeUser('root', 'admin');
		const otherClass = await classes.create(temp.db, {
			teacherId: other.id,
			name: '9C',
			now: new Date()
		});
		for (const user of [other, admin, ana, ben]) {
			expect(await dashboard(user)).toMatchObject({ kind: 'error', status: 404 });
			expect(await learnerView(user, ana.id)).toMatchObject({ kind: 'error', status: 404 });
			for (const route of [resultsCsv, summaryCsv])
				await expect(download(route, user)).rejects.toMatchObject({ status: 404 });
		}
		expect(await dashboard(null)).toMatchObject({ kind: 'redirect', location: '/signin' });
		// An assignment is seen only under its own class, and a learner only in a class they are in.
		expect(await dashboard(other, { classId: otherClass, assignmentId })).toMatchObject({
			kind: 'error',
			status: 404
		});
		expect(await learnerView(teacher, other.id)).toMatchObject({ kind: 'error', status: 404 });
		expect(await learnerView(other, ana.id, otherClass)).toMatchObject({
			kind: 'error',
			status: 404
		});
	});

	it('a removed learner leaves the dashboard, the scores and the exports; their results stay theirs', async () => {
		const benAttempt = await take(ben, (q) => (q === pool[0] ? wrongOf(q) : undefined));
		await take(ana, () => undefined);
		await classes.removeMember(temp.db, classId, ben.id);

		const { report } = ((await dashboard(teacher)) as { data: DashboardData }).data;
		expect(report.learners.map((l) => l.username)).toEqual(['ana', 'cara', 'dan']);
		expect(report.counts.done).toBe(1);
		// His answers no longer count toward the questions either.
		expect(report.mostMissed).toEqual([]);
		expect(report.questions.every((q) => q.answers === 1)).toBe(true);
		expect(await learnerView(teacher, ben.id)).toMatchObject({ kind: 'error', status: 404 });
		const rows = readCsv((await download(resultsCsv, teacher)).bytes);
		expect(rows.map((r) => r[0])).toEqual(['Learner', 'ana', 'cara', 'dan']);
		const classView = (await outcome(() =>
			classPage.load(event({ ...as(teacher), params: { classId } }))
		)) as { data: { assignments: { done: number }[]; gradebook: { learners: unknown[] } } };
		expect(classView.data.assignments[0]!.done).toBe(1);
		expect(classView.data.gradebook.learners).toHaveLength(3);

		// Ben's quiz and its answers are still his.
		expect(await attempts.read(temp.db, benAttempt)).toMatchObject({
			userId: ben.id,
			assignmentId,
			finishedAt: expect.any(Date) as Date
		});
	});
});
