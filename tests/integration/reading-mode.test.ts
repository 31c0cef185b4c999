// Issue 17, "Read, then answer", on the server: a timed reading kept in the database (paused while
// the page is hidden, resumed after a reload), then a closed-book quiz whose results give the
// reading rate and comprehension. The clock is injected: the module's functions take `now`, and the
// routes read the test clock's cookie.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import * as curation from '../../src/lib/server/curation';
import { TEST_CLOCK_COOKIE } from '../../src/lib/server/clock';
import { attempts as attemptRows, readings as readingRows } from '../../src/lib/server/db/schema';
import * as questions from '../../src/lib/server/questions';
import * as readings from '../../src/lib/server/readings';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import * as quizPage from '../../src/routes/quiz/[attemptId]/+page.server';
import * as resultsPage from '../../src/routes/quiz/[attemptId]/results/+page.server';
import * as readPage from '../../src/routes/read/[readingId]/+page.server';
import { event, Jar, outcome, type EventInput } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

let temp: TempDb;
let article: { id: string; wordCount: number; readingGrade: number | null };
let alice: PublicUser;
let bob: PublicUser;
const T0 = new Date(Date.UTC(2026, 2, 2, 9));
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

async function makeUser(username: string): Promise<PublicUser> {
	const result = await users.create(temp.db, { username, passwordHash: 'x', role: 'learner' });
	if (!result.created) throw new Error('user not created');
	return result.user;
}

beforeEach(async () => {
	temp = await createTempDb();
	const created = await articleStore.create(temp.db, sampleArticle(SAMPLE_TEXTS[1]!));
	if (!created.created) throw new Error('article not created');
	await questions.ensureAllGenerated(temp.db, new Date());
	const row = (await articleStore.read(temp.db, created.id))!;
	article = { id: row.id, wordCount: row.wordCount, readingGrade: row.readingGrade };
	alice = await makeUser('alice');
	bob = await makeUser('bob');
});
afterEach(() => temp.cleanup());

const begin = (user = alice) =>
	readings.begin(temp.db, {
		userId: user.id,
		article,
		quizLength: '5',
		answerBy: 'choosing',
		now: T0
	});
const reading = async (id: string) => (await readings.read(temp.db, id))!;

/** Answers every question of the attempt, the first `right` of them rightly, moving on after each. */
async function answerAll(attemptId: string, right: number, now: Date) {
	for (const item of await attempts.items(temp.db, attemptId)) {
		const attempt = (await attempts.read(temp.db, attemptId))!;
		const choice = item.position < right ? item.answerIndex : (item.answerIndex + 1) % 4;
		expect((await attempts.recordAnswer(temp.db, attempt, item.id, choice, now)).status).toBe(
			'recorded'
		);
		await attempts.advance(temp.db, attempt, item.position, now);
	}
}

describe('a timed reading', () => {
	it('counts only the time the page was visible, and finishing starts a closed-book quiz', async () => {
		const id = await begin();
		expect((await reading(id)).startedAt).toBeNull();
		await readings.start(temp.db, id, at(0));
		await readings.resume(temp.db, id, 'page-one-view', at(0));
		// Hidden after 2 minutes, visible again 3 minutes later: those 3 minutes do not count.
		await readings.pause(temp.db, id, 'page-one-view', at(2));
		expect(readings.elapsedMs(await reading(id), at(4))).toBe(2 * MINUTE);
		await readings.resume(temp.db, id, 'page-one-view', at(5));
		expect(readings.elapsedMs(await reading(id), at(6))).toBe(3 * MINUTE);
		const outcome = await readings.finish(temp.db, await reading(id), {
			now: at(6),
			pausedWhileHidden: true
		});
		expect(outcome.status).toBe('quiz');
		const finished = await reading(id);
		expect(finished).toMatchObject({ readingMs: 3 * MINUTE, resumedAt: null, wholeTime: false });
		expect(finished.finishedAt).toEqual(at(6));
		const attempt = (await attempts.read(temp.db, finished.attemptId!))!;
		expect(attempt).toMatchObject({ closedBook: true, total: 5, userId: alice.id });
		expect(attempt.startedAt).toEqual(at(6));
	});

	it('keeps going after a reload: the new page takes the timer over, a late pause from the old one is ignored', async () => {
		const id = await begin();
		await readings.start(temp.db, id, at(0));
		await readings.resume(temp.db, id, 'old-page-view', at(0));
		// The reload: the new page opens at minute 1 and keeps the timer; the old page's pause,
		// sent as it was left, arrives after.
		await readings.resume(temp.db, id, 'new-page-view', at(1));
		await readings.pause(temp.db, id, 'old-page-view', at(1));
		expect((await reading(id)).resumedAt).toEqual(at(0));
		expect(readings.elapsedMs(await reading(id), at(4))).toBe(4 * MINUTE);
		// A pause that came first (the old page's, before the new one opened) stops the timer, and
		// the new page starts it again.
		await readings.pause(temp.db, id, 'new-page-view', at(4));
		await readings.resume(temp.db, id, 'third-page-view', at(10));
		await readings.pause(temp.db, id, 'new-page-view', at(11));
		expect(readings.elapsedMs(await reading(id), at(12))).toBe(6 * MINUTE);
	});

	it('counts the whole time when the page could not pause (no JavaScript), and says so', async () => {
		const id = await begin();
		await readings.start(temp.db, id, at(0));
		await readings.finish(temp.db, await reading(id), { now: at(4), pausedWhileHidden: false });
		expect(await reading(id)).toMatchObject({ readingMs: 4 * MINUTE, wholeTime: true });
	});

	it('cannot finish before it starts; a second finish leads to the same quiz, and only one is made', async () => {
		const id = await begin();
		expect(
			await readings.finish(temp.db, await reading(id), { now: at(1), pausedWhileHidden: true })
		).toEqual({ status: 'not-started' });
		await readings.start(temp.db, id, at(1));
		const before = await reading(id);
		const [first, second] = await Promise.all([
			readings.finish(temp.db, before, { now: at(3), pausedWhileHidden: true }),
			readings.finish(temp.db, before, { now: at(3), pausedWhileHidden: true })
		]);
		const third = await readings.finish(temp.db, await reading(id), {
			now: at(9),
			pausedWhileHidden: true
		});
		const quizzes = await temp.db.select().from(attemptRows);
		expect(quizzes).toHaveLength(1);
		for (const outcome of [first, third])
			expect(outcome).toEqual({ status: 'quiz', attemptId: quizzes[0]!.id });
		expect(['quiz', 'finishing']).toContain(second.status);
		expect((await reading(id)).readingMs).toBe(2 * MINUTE);
	});

	it('is the same reading until it is finished; then "Read, then answer" begins a new one', async () => {
		const id = await begin();
		expect(await begin()).toBe(id);
		expect(await begin(bob)).not.toBe(id);
		await readings.start(temp.db, id, at(0));
		await readings.finish(temp.db, await reading(id), { now: at(2), pausedWhileHidden: true });
		expect(await begin()).not.toBe(id);
	});
});

/** An event whose clock is `minutes` after now (the browser tests' cookie, allowed here). */
function timed(minutes: number, input: EventInput) {
	const cookies = input.cookies ?? new Jar();
	if (minutes > 0) cookies.set(TEST_CLOCK_COOKIE, String(minutes / 1440), { path: '/' });
	const built = event({ ...input, cookies }) as { locals: App.Locals };
	built.locals.config = { ...built.locals.config, testClock: true };
	return built as never;
}

type ReadData = {
	reading: { started: boolean; running: boolean; elapsedMs: number };
	paragraphs: string[];
	article: { title: string; words: number; level: string | null };
};

describe('the reading pages', () => {
	it('take a learner from "Read, then answer" through the reading to a closed-book quiz and its figures', async () => {
		const params = { id: article.id };
		const started = await outcome(() =>
			articlePage.actions.read(
				event({ db: temp.db, user: alice, params, form: { length: '5', by: 'choosing' } })
			)
		);
		expect(started).toMatchObject({
			kind: 'redirect',
			location: expect.stringMatching(/^\/read\//) as unknown
		});
		const readingId = (started as { location: string }).location.split('/')[2]!;
		const readParams = { readingId };
		const load = async (minutes: number) =>
			(
				(await outcome(() =>
					readPage.load(timed(minutes, { db: temp.db, user: alice, params: readParams }))
				)) as { data: ReadData }
			).data;

		// Before "Start reading" the text is not sent: all of the reading is timed.
		const before = await load(0);
		expect(before.reading.started).toBe(false);
		expect(before.paragraphs).toEqual([]);
		expect(before.article.words).toBe(article.wordCount);
		expect(
			await outcome(() =>
				readPage.actions.start(event({ db: temp.db, user: alice, params: readParams }))
			)
		).toEqual({ kind: 'redirect', status: 303, location: `/read/${readingId}` });
		const during = await load(3);
		expect(during.reading).toMatchObject({ started: true, running: true });
		expect(during.paragraphs.join(' ')).toContain('Apollo');
		// A reload three minutes in shows the time so far (the clock moved by the test cookie).
		expect(during.reading.elapsedMs).toBeGreaterThanOrEqual(3 * MINUTE - 2000);
		expect(during.reading.elapsedMs).toBeLessThan(3 * MINUTE + 5000);

		// Another learner cannot see it or touch its timer.
		expect(
			await outcome(() => readPage.load(event({ db: temp.db, user: bob, params: readParams })))
		).toMatchObject({ kind: 'error', status: 404 });
		expect(
			await outcome(() =>
				readPage.actions.pause(
					event({ db: temp.db, user: bob, params: readParams, form: { view: 'bobs-page-view' } })
				)
			)
		).toMatchObject({ kind: 'error', status: 404 });
		// A timer request without a proper page id is refused, and changes nothing.
		expect(
			await outcome(() =>
				readPage.actions.pause(
					event({ db: temp.db, user: alice, params: readParams, form: { view: '<script>' } })
				)
			)
		).toMatchObject({ kind: 'fail', status: 400 });
		expect((await reading(readingId)).resumedAt).not.toBeNull();

		const finished = await outcome(() =>
			readPage.actions.finish(
				timed(4, {
					db: temp.db,
					user: alice,
					params: readParams,
					form: { timer: 'paused-while-hidden' }
				})
			)
		);
		expect(finished).toMatchObject({
			kind: 'redirect',
			location: expect.stringMatching(/^\/quiz\//) as unknown
		});
		const attemptId = (finished as { location: string }).location.split('/')[2]!;
		// The reading page now leads to its quiz.
		expect(
			await outcome(() => readPage.load(event({ db: temp.db, user: alice, params: readParams })))
		).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/quiz/${attemptId}`
		});

		// During the quiz the article page hides the text and its key facts.
		const articleData = async () =>
			(
				(await outcome(() =>
					articlePage.load(
						event({
							db: temp.db,
							user: alice,
							params,
							url: `http://localhost/articles/${article.id}`
						})
					)
				)) as { data: { closedBook: boolean; article: { text: string }; keyFacts: string[] } }
			).data;
		const hidden = await articleData();
		expect(hidden).toMatchObject({ closedBook: true, article: { text: '' }, keyFacts: [] });
		const quiz = (await outcome(() =>
			quizPage.load(event({ db: temp.db, user: alice, params: { attemptId } }))
		)) as { data: { attempt: { closedBook: boolean } } };
		expect(quiz.data.attempt.closedBook).toBe(true);
		// Bob's article page is not hidden by Alice's quiz.
		const bobs = (await outcome(() =>
			articlePage.load(
				event({ db: temp.db, user: bob, params, url: `http://localhost/articles/${article.id}` })
			)
		)) as { data: { closedBook: boolean; article: { text: string } } };
		expect(bobs.data.closedBook).toBe(false);
		expect(bobs.data.article.text).toContain('Apollo');

		await answerAll(attemptId, 4, new Date());
		const shown = await articleData();
		expect(shown.closedBook).toBe(false);
		expect(shown.article.text).toContain('Apollo');

		const results = (await outcome(() =>
			resultsPage.load(event({ db: temp.db, user: alice, params: { attemptId } }))
		)) as {
			data: {
				reading: {
					wpm: number;
					comprehension: number;
					effectiveWpm: number;
					plausible: boolean;
					wholeTime: boolean;
					summary: string;
					readingMs: number;
				};
			};
		};
		const figures = results.data.reading;
		// About four minutes of reading (the test cookie moved the clock): the rate follows from it.
		expect(figures.readingMs).toBeGreaterThanOrEqual(4 * MINUTE - 2000);
		expect(figures.readingMs).toBeLessThan(4 * MINUTE + 5000);
		const wpm = Math.round(article.wordCount / (figures.readingMs / MINUTE));
		expect(figures).toMatchObject({
			wpm,
			comprehension: 0.8,
			effectiveWpm: Math.round(wpm * 0.8),
			plausible: true,
			wholeTime: false
		});
		expect(figures.summary).toContain(`You read ${wpm} words a minute and got 4 of 5 right`);
	});

	it('records a reading too fast to be true, and flags it in the results', async () => {
		const id = await begin();
		await readings.start(temp.db, id, at(0));
		// The whole article in ten seconds.
		const finished = await readings.finish(temp.db, await reading(id), {
			now: new Date(T0.getTime() + 10_000),
			pausedWhileHidden: true
		});
		if (finished.status !== 'quiz') throw new Error('no quiz');
		await answerAll(finished.attemptId, 5, at(2));
		const results = (await outcome(() =>
			resultsPage.load(
				event({ db: temp.db, user: alice, params: { attemptId: finished.attemptId } })
			)
		)) as { data: { reading: { plausible: boolean; wpm: number; summary: string } } };
		expect(results.data.reading.wpm).toBeGreaterThan(1000);
		expect(results.data.reading.plausible).toBe(false);
		expect(results.data.reading.summary).toContain('does not count toward your level');
		expect((await readings.records(temp.db, alice.id)).map((r) => r.id)).toEqual([id]);
	});

	it('send a signed-out visitor to sign in, and answer another learner 404, changing nothing', async () => {
		const id = await begin();
		const params = { readingId: id };
		const form = { view: 'someone-elses-view', timer: 'whole-time' };
		expect(await outcome(() => readPage.load(event({ db: temp.db, params })))).toMatchObject({
			kind: 'redirect',
			location: '/signin'
		});
		for (const name of ['start', 'pause', 'resume', 'finish'] as const) {
			expect(
				await outcome(() => readPage.actions[name](event({ db: temp.db, params, form })))
			).toMatchObject({ kind: 'redirect', location: '/signin' });
			expect(
				await outcome(() => readPage.actions[name](event({ db: temp.db, user: bob, params, form })))
			).toMatchObject({ kind: 'error', status: 404 });
		}
		expect(await reading(id)).toMatchObject({ startedAt: null, finishedAt: null, readingMs: 0 });
		// A learner's own "Read, then answer" on an article that does not exist is a 404.
		expect(
			await outcome(() =>
				articlePage.actions.read(
					event({
						db: temp.db,
						user: alice,
						params: { id: 'zzzzzzzzzzzzzzzz' },
						form: { length: '5' }
					})
				)
			)
		).toMatchObject({ kind: 'error', status: 404 });
	});

	it('says so when the article has no questions, and keeps the reading', async () => {
		const id = await begin();
		await readings.start(temp.db, id, at(0));
		for (const question of await questions.listActive(temp.db, article.id))
			await curation.setRetired(temp.db, article.id, question.id, true, at(1));
		const result = await outcome(() =>
			readPage.actions.finish(
				event({ db: temp.db, user: alice, params: { readingId: id }, form: {} })
			)
		);
		expect(result).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { errors: { form: expect.stringContaining('no questions') as unknown } }
		});
		const [row] = await temp.db.select().from(readingRows).where(eq(readingRows.id, id));
		expect(row).toMatchObject({ wholeTime: true, attemptId: null });
		expect(row!.finishedAt).not.toBeNull();
	});
});
