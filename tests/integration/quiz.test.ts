import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import { answers, questions as questionTable } from '../../src/lib/server/db/schema';
import * as questions from '../../src/lib/server/questions';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import { GENERATOR_VERSION } from '../../src/lib/generator';
import { applyOrder } from '../../src/lib/quiz/order';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import * as quizPage from '../../src/routes/quiz/[attemptId]/+page.server';
import * as resultsPage from '../../src/routes/quiz/[attemptId]/results/+page.server';
import * as home from '../../src/routes/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

let temp: TempDb;
let articleId: string;
let alice: PublicUser;
let bob: PublicUser;
const sample = sampleArticle(SAMPLE_TEXTS[1]!);

async function makeUser(username: string): Promise<PublicUser> {
	const result = await users.create(temp.db, { username, passwordHash: 'x', role: 'learner' });
	if (!result.created) throw new Error('user not created');
	return result.user;
}

beforeEach(async () => {
	temp = await createTempDb();
	const created = await articleStore.create(temp.db, sample);
	articleId = created.created ? created.id : '';
	await questions.ensureAllGenerated(temp.db, new Date());
	alice = await makeUser('alice');
	bob = await makeUser('bob');
});
afterEach(() => temp.cleanup());

/** Answers every item of the attempt: right where `right(position)` says so, else wrong. */
async function answerAll(id: string, right: (position: number) => boolean) {
	for (;;) {
		const attempt = (await attempts.read(temp.db, id))!;
		if (attempt.finishedAt) return;
		const item = (await attempts.items(temp.db, id))[attempt.cursor]!;
		const choice = right(item.position) ? item.answerIndex : (item.answerIndex + 1) % 4;
		await attempts.recordAnswer(temp.db, attempt, item.id, choice, new Date());
		await attempts.advance(temp.db, attempt, attempt.cursor, new Date());
	}
}

/** Alice starts a 5-question quiz on the article now: its id. */
async function aliceStartsFive(): Promise<string> {
	return (await attempts.start(temp.db, {
		userId: alice.id,
		articleId,
		length: '5',
		now: new Date()
	}))!;
}

describe('questions stored with the article', () => {
	it('stores facts and questions from the generator, with offsets into its normalized text', async () => {
		const stored = await questions.listActive(temp.db, articleId);
		expect(stored.length).toBeGreaterThanOrEqual(10);
		const text = (await questions.articleText(temp.db, articleId))!;
		for (const q of stored) {
			expect(text.slice(q.sourceStart, q.sourceEnd)).toBe(q.sourceSentence);
			expect(q.options).toHaveLength(4);
			expect(q.generatorVersion).toBe(GENERATOR_VERSION);
			expect(q.status).toBe('active');
			if (q.answerStart !== null) {
				expect(q.answerStart).toBeGreaterThanOrEqual(q.sourceStart);
				expect(q.answerEnd!).toBeLessThanOrEqual(q.sourceEnd);
			}
		}
		expect((await questions.keyFacts(temp.db, articleId)).length).toBeGreaterThan(0);
	});

	it('generates once per generator version', async () => {
		const article = { id: articleId, title: sample.title, body: sample.body };
		expect(await questions.ensureGenerated(temp.db, article, new Date())).toBe('current');
		expect(await questions.ensureAllGenerated(temp.db, new Date())).toBe(0);
	});

	it('retires, never deletes, a question an attempt holds when regenerating', async () => {
		const id = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			seed: 7,
			now: new Date()
		}))!;
		await answerAll(id, () => true);
		const held = (await attempts.items(temp.db, id)).map((item) => item.questionId);
		const before = (await questions.listActive(temp.db, articleId)).length;
		await questions.regenerate(
			temp.db,
			{ id: articleId, title: sample.title, body: sample.body },
			new Date()
		);
		const all = await temp.db
			.select()
			.from(questionTable)
			.where(eq(questionTable.articleId, articleId));
		const retired = all.filter((q) => q.status === 'retired').map((q) => q.id);
		expect(retired.sort()).toEqual([...held].sort());
		expect(all.filter((q) => q.status === 'active')).toHaveLength(before);
		// The answered attempt reads exactly as before.
		const items = await attempts.items(temp.db, id);
		expect(items.every((item) => item.answer?.correct === true)).toBe(true);
	});
});

describe('starting an attempt', () => {
	it('stores the chosen questions in a seeded order, each with a stored option order', async () => {
		const id = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			seed: 42,
			now: new Date()
		}))!;
		const again = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			seed: 42,
			now: new Date()
		}))!;
		const items = await attempts.items(temp.db, id);
		const twin = await attempts.items(temp.db, again);
		expect(items).toHaveLength(5);
		expect(twin.map((i) => [i.questionId, i.optionOrder])).toEqual(
			items.map((i) => [i.questionId, i.optionOrder])
		);
		const pool = new Map((await questions.listActive(temp.db, articleId)).map((q) => [q.id, q]));
		for (const item of items) {
			const question = pool.get(item.questionId)!;
			expect([...item.optionOrder].sort()).toEqual([0, 1, 2, 3]);
			expect({ options: item.options, answerIndex: item.answerIndex }).toEqual(
				applyOrder(question.options, question.answerIndex, item.optionOrder)
			);
			expect(item.options[item.answerIndex]).toBe(question.options[question.answerIndex]);
		}
		// Some option order differs from the generator's: the options really are shuffled.
		expect(items.some((item) => item.optionOrder.join() !== '0,1,2,3')).toBe(true);
	});

	it('keeps the stored order across reloads', async () => {
		const start = () =>
			articlePage.actions.start(
				event({ db: temp.db, user: alice, params: { id: articleId }, form: { length: '10' } })
			);
		const started = await outcome(start);
		expect(started).toMatchObject({ kind: 'redirect', status: 303 });
		const id = (started as { location: string }).location.split('/').pop()!;
		const load = () =>
			quizPage.load(event({ db: temp.db, user: alice, params: { attemptId: id } }));
		const first = await outcome(load);
		const second = await outcome(load);
		expect(first).toEqual(second);
		expect(first).toMatchObject({
			kind: 'data',
			data: { attempt: { id, total: 10, position: 0 }, feedback: null }
		});
		// The answer is not sent before the learner has answered.
		expect(JSON.stringify(first)).not.toContain('answerIndex');
	});

	it('takes every active question for "all", and refuses an unknown length', async () => {
		const id = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: 'all',
			now: new Date()
		}))!;
		const count = await questions.countActive(temp.db, articleId);
		expect(await attempts.items(temp.db, id)).toHaveLength(count);
		const bad = await outcome(() =>
			articlePage.actions.start(
				event({ db: temp.db, user: alice, params: { id: articleId }, form: { length: '7' } })
			)
		);
		expect(bad).toMatchObject({ kind: 'fail', status: 400 });
	});
});

describe('answering and scoring', () => {
	it('scores correct answers over all questions and shows time beside the score', async () => {
		const id = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			seed: 3,
			now: new Date()
		}))!;
		await answerAll(id, (position) => position % 2 === 0);
		const results = await outcome(() =>
			resultsPage.load(
				event({ db: temp.db, user: alice, params: { attemptId: id }, url: 'http://localhost/x' })
			)
		);
		expect(results).toMatchObject({
			kind: 'data',
			data: { score: { correct: 3, total: 5, percent: 60 }, missed: 2 }
		});
		const missedOnly = await outcome(() =>
			resultsPage.load(
				event({
					db: temp.db,
					user: alice,
					params: { attemptId: id },
					url: 'http://localhost/x?show=missed'
				})
			)
		);
		expect((missedOnly as { data: { items: unknown[] } }).data.items).toHaveLength(2);
	});

	it('records time from when the question was shown (start, then Next), clamped', async () => {
		const shown = new Date('2026-01-01T10:00:00Z');
		const id = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			now: shown
		}))!;
		const attempt = (await attempts.read(temp.db, id))!;
		const [first, second] = await attempts.items(temp.db, id);
		expect(first!.shownAt).toEqual(shown);
		expect(second!.shownAt).toBeNull();
		// Viewing it again later keeps the first time.
		await attempts.markShown(temp.db, first!.id, new Date('2026-01-01T10:00:05Z'));
		const result = await attempts.recordAnswer(
			temp.db,
			attempt,
			first!.id,
			0,
			new Date('2026-01-01T10:00:12.5Z')
		);
		expect(result).toMatchObject({ status: 'recorded', answer: { timeMs: 12_500 } });
		const next = new Date('2026-01-01T10:00:20Z');
		await attempts.advance(temp.db, attempt, 0, next);
		expect((await attempts.items(temp.db, id))[1]!.shownAt).toEqual(next);
		const moved = (await attempts.read(temp.db, id))!;
		const late = await attempts.recordAnswer(
			temp.db,
			moved,
			second!.id,
			0,
			new Date('2026-01-03T10:00:00Z')
		);
		expect(late).toMatchObject({ answer: { timeMs: 10 * 60 * 1000 } });
	});

	it('counts an answer once under concurrent duplicate submits, and never changes it', async () => {
		const id = await aliceStartsFive();
		const [item] = await attempts.items(temp.db, id);
		const post = (choice: number) =>
			quizPage.actions.answer(
				event({
					db: temp.db,
					user: alice,
					params: { attemptId: id },
					form: { item: item!.id, choice: String(choice) }
				})
			);
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, i) => outcome(() => post(i % 4)))
		);
		for (const result of results) expect(result).toMatchObject({ kind: 'redirect', status: 303 });
		const rows = await temp.db.select().from(answers).where(eq(answers.itemId, item!.id));
		expect(rows).toHaveLength(1);
		const first = rows[0]!.chosenIndex!;
		// A later replay with another choice changes nothing.
		await outcome(() => post((first + 1) % 4));
		const after = await temp.db.select().from(answers).where(eq(answers.itemId, item!.id));
		expect(after).toEqual(rows);
	});

	it('refuses a second answer row for an item at the database level (unique constraint)', async () => {
		const id = await aliceStartsFive();
		const [item] = await attempts.items(temp.db, id);
		const row = {
			itemId: item!.id,
			attemptId: id,
			correct: true,
			answeredAt: new Date(),
			timeMs: 1
		};
		await temp.db.insert(answers).values({ ...row, chosenIndex: 0 });
		await expect(temp.db.insert(answers).values({ ...row, chosenIndex: 1 })).rejects.toThrow();
	});

	it('moves on once per "Next", and finishes after the last question', async () => {
		const id = await aliceStartsFive();
		const next = (from: number) =>
			outcome(() =>
				quizPage.actions.next(
					event({
						db: temp.db,
						user: alice,
						params: { attemptId: id },
						form: { from: String(from) }
					})
				)
			);
		// Not answered yet: nothing moves.
		await next(0);
		expect((await attempts.read(temp.db, id))!.cursor).toBe(0);
		const [item] = await attempts.items(temp.db, id);
		await attempts.recordAnswer(
			temp.db,
			(await attempts.read(temp.db, id))!,
			item!.id,
			1,
			new Date()
		);
		await Promise.all([next(0), next(0), next(0)]);
		expect((await attempts.read(temp.db, id))!.cursor).toBe(1);
		await answerAll(id, () => false);
		const attempt = (await attempts.read(temp.db, id))!;
		expect(attempt.finishedAt).toBeInstanceOf(Date);
		expect(await next(4)).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/quiz/${id}/results`
		});
	});

	it('refuses an answer to a question after the one on screen', async () => {
		const id = await aliceStartsFive();
		const items = await attempts.items(temp.db, id);
		const attempt = (await attempts.read(temp.db, id))!;
		expect(await attempts.recordAnswer(temp.db, attempt, items[3]!.id, 0, new Date())).toEqual({
			status: 'not-yet'
		});
	});
});

describe('ownership', () => {
	it('answers 404 when someone opens or answers another person’s attempt', async () => {
		const id = (await attempts.start(temp.db, {
			userId: bob.id,
			articleId,
			length: '5',
			now: new Date()
		}))!;
		const [item] = await attempts.items(temp.db, id);
		const params = { attemptId: id };
		const asAlice = { db: temp.db, user: alice, params };
		expect(await outcome(() => quizPage.load(event(asAlice)))).toMatchObject({
			kind: 'error',
			status: 404
		});
		expect(
			await outcome(() => resultsPage.load(event({ ...asAlice, url: 'http://localhost/r' })))
		).toMatchObject({ kind: 'error', status: 404 });
		const answer = () =>
			quizPage.actions.answer(event({ ...asAlice, form: { item: item!.id, choice: '0' } }));
		expect(await outcome(answer)).toMatchObject({ kind: 'error', status: 404 });
		expect(await outcome(() => resultsPage.actions.retry(event(asAlice)))).toMatchObject({
			kind: 'error',
			status: 404
		});
		expect(await temp.db.select().from(answers)).toHaveLength(0);
	});

	it('answers 404 for an item that is not in the attempt', async () => {
		const mine = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			now: new Date()
		}))!;
		const theirs = (await attempts.start(temp.db, {
			userId: bob.id,
			articleId,
			length: '5',
			now: new Date()
		}))!;
		const [foreign] = await attempts.items(temp.db, theirs);
		const post = (item: string) =>
			outcome(() =>
				quizPage.actions.answer(
					event({
						db: temp.db,
						user: alice,
						params: { attemptId: mine },
						form: { item, choice: '0' }
					})
				)
			);
		expect(await post(foreign!.id)).toMatchObject({ kind: 'error', status: 404 });
		expect(await post('zzzzzzzzzzzzzzzz')).toMatchObject({ kind: 'error', status: 404 });
		expect(await temp.db.select().from(answers)).toHaveLength(0);
	});

	it('sends a signed-out visitor to sign in', async () => {
		const id = (await attempts.start(temp.db, {
			userId: bob.id,
			articleId,
			length: '5',
			now: new Date()
		}))!;
		expect(
			await outcome(() => quizPage.load(event({ db: temp.db, params: { attemptId: id } })))
		).toMatchObject({ kind: 'redirect', location: '/signin' });
	});
});

describe('resuming and retrying', () => {
	it('lists unfinished quizzes on the home page, and not finished ones', async () => {
		const open = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			now: new Date()
		}))!;
		const done = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '5',
			now: new Date()
		}))!;
		await answerAll(done, () => true);
		await attempts.start(temp.db, { userId: bob.id, articleId, length: '5', now: new Date() });
		const page = await outcome(() => home.load(event({ db: temp.db, user: alice })));
		expect(page).toMatchObject({
			kind: 'data',
			data: { unfinished: [{ id: open, articleTitle: sample.title, total: 5, answered: 0 }] }
		});
		expect((page as { data: { unfinished: unknown[] } }).data.unfinished).toHaveLength(1);
	});

	it('retries exactly the missed questions, with options reshuffled', async () => {
		const id = (await attempts.start(temp.db, {
			userId: alice.id,
			articleId,
			length: '10',
			seed: 9,
			now: new Date()
		}))!;
		await answerAll(id, (position) => position >= 3);
		const parent = await attempts.items(temp.db, id);
		const missed = parent.filter((item) => !item.answer?.correct);
		expect(missed).toHaveLength(3);
		const retried = await outcome(() =>
			resultsPage.actions.retry(event({ db: temp.db, user: alice, params: { attemptId: id } }))
		);
		expect(retried).toMatchObject({ kind: 'redirect', status: 303 });
		const retryId = (retried as { location: string }).location.split('/').pop()!;
		expect(retryId).not.toBe(id);
		const retry = await attempts.items(temp.db, retryId);
		expect(retry.map((i) => i.questionId).sort()).toEqual(missed.map((i) => i.questionId).sort());
		for (const item of retry) {
			const before = missed.find((m) => m.questionId === item.questionId)!;
			expect(item.optionOrder).not.toEqual(before.optionOrder);
			expect(item.options[item.answerIndex]).toBe(before.options[before.answerIndex]);
			expect([...item.options].sort()).toEqual([...before.options].sort());
		}
		expect((await attempts.read(temp.db, retryId))!.retryOf).toBe(id);
	});

	it('retries nothing when nothing was missed', async () => {
		const id = await aliceStartsFive();
		await answerAll(id, () => true);
		expect(
			await attempts.retryMissed(temp.db, (await attempts.read(temp.db, id))!, new Date())
		).toBeNull();
	});
});

describe('"Show in article"', () => {
	it('marks the question’s source sentence in the article', async () => {
		const [question] = await questions.listActive(temp.db, articleId);
		const page = await outcome(() =>
			articlePage.load(
				event({
					db: temp.db,
					user: alice,
					params: { id: articleId },
					url: `http://localhost/articles/${articleId}?highlight=${question!.id}`
				})
			)
		);
		const data = (
			page as { data: { article: { text: string }; highlight: { start: number; end: number }[] } }
		).data;
		expect(data.highlight.map(({ start, end }) => data.article.text.slice(start, end))).toEqual([
			question!.sourceSentence
		]);
	});
});
