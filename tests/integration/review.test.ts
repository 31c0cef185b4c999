import { eq } from 'drizzle-orm';
import { createEmptyCard, fsrs, Rating, type Grade } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import { questions as questionTable, reviewCards } from '../../src/lib/server/db/schema';
import * as questions from '../../src/lib/server/questions';
import * as reviews from '../../src/lib/server/reviews';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import { dueIn, LEECH_LAPSES, ratingFor } from '../../src/lib/quiz/review';
import * as reviewPage from '../../src/routes/review/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

let temp: TempDb;
let articleId: string;
let alice: PublicUser;
let bob: PublicUser;
const T0 = new Date(Date.UTC(2026, 2, 2, 9));
const DAY = 86_400_000;

async function makeUser(username: string): Promise<PublicUser> {
	const result = await users.create(temp.db, { username, passwordHash: 'x', role: 'learner' });
	if (!result.created) throw new Error('user not created');
	return result.user;
}

beforeEach(async () => {
	temp = await createTempDb();
	const created = await articleStore.create(temp.db, sampleArticle(SAMPLE_TEXTS[0]!));
	articleId = created.created ? created.id : '';
	await questions.ensureAllGenerated(temp.db, new Date());
	alice = await makeUser('alice');
	bob = await makeUser('bob');
});
afterEach(() => temp.cleanup());

/** Alice starts a quiz at T0 and misses its first question: returns that item. */
async function missFirst(now = T0) {
	const id = (await attempts.start(temp.db, {
		userId: alice.id,
		articleId,
		length: '5',
		seed: 3,
		now
	}))!;
	const attempt = (await attempts.read(temp.db, id))!;
	const item = (await attempts.items(temp.db, id))[0]!;
	const wrong = (item.answerIndex + 1) % 4;
	return { attempt, item, wrong };
}

describe('review cards', () => {
	it('a missed answer makes one card, rated Again at the time of the answer, once', async () => {
		const { attempt, item, wrong } = await missFirst();
		await attempts.recordAnswer(temp.db, attempt, item.id, wrong, T0);
		// A replay of the same answer changes nothing.
		await attempts.recordAnswer(temp.db, attempt, item.id, wrong, new Date(T0.getTime() + DAY));
		const cards = await temp.db.select().from(reviewCards);
		expect(cards).toHaveLength(1);
		const expected = fsrs({ enable_fuzz: false }).next(createEmptyCard(T0), T0, Rating.Again).card;
		expect(cards[0]).toMatchObject({
			userId: alice.id,
			questionId: item.questionId,
			itemId: item.id,
			due: expected.due,
			state: expected.state,
			lapses: 0,
			leech: false
		});
		expect(await reviews.countDue(temp.db, alice.id, T0)).toBe(0);
		expect(await reviews.countDue(temp.db, alice.id, new Date(T0.getTime() + DAY))).toBe(1);
		expect(await reviews.countDue(temp.db, bob.id, new Date(T0.getTime() + DAY))).toBe(0);
	});

	it('records an answer and its card together: when the card cannot be written, neither is', async () => {
		const { attempt, item, wrong } = await missFirst();
		await temp.db.$client.execute(
			"CREATE TRIGGER no_cards BEFORE INSERT ON review_cards BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"
		);
		await expect(attempts.recordAnswer(temp.db, attempt, item.id, wrong, T0)).rejects.toThrow();
		expect((await attempts.items(temp.db, attempt.id))[0]!.answer).toBeNull();
		await temp.db.$client.execute('DROP TRIGGER no_cards');
		// Answering again (the learner resubmits) now records both.
		expect(await attempts.recordAnswer(temp.db, attempt, item.id, wrong, T0)).toMatchObject({
			status: 'recorded'
		});
		expect(await temp.db.select().from(reviewCards)).toHaveLength(1);
	});

	it('counts two misses of one question at once, in two quizzes, both on its card', async () => {
		const first = await missFirst();
		const second = await missFirst();
		expect(second.item.questionId).toBe(first.item.questionId);
		await Promise.all([
			attempts.recordAnswer(temp.db, first.attempt, first.item.id, first.wrong, T0),
			attempts.recordAnswer(temp.db, second.attempt, second.item.id, second.wrong, T0)
		]);
		const cards = await temp.db.select().from(reviewCards);
		expect(cards).toHaveLength(1);
		expect(cards[0]!.reps).toBe(2);
	});

	it('a right answer makes no card', async () => {
		const { attempt, item } = await missFirst();
		await attempts.recordAnswer(temp.db, attempt, item.id, item.answerIndex, T0);
		expect(await temp.db.select().from(reviewCards)).toHaveLength(0);
	});

	it('schedules exactly as ts-fsrs does for the same ratings at the same times', async () => {
		const { attempt, item, wrong } = await missFirst();
		await attempts.recordAnswer(temp.db, attempt, item.id, wrong, T0);
		const f = fsrs({ enable_fuzz: false });
		let expected = f.next(createEmptyCard(T0), T0, Rating.Again).card;
		const steps: [string, Grade][] = [
			['good', Rating.Good],
			['good', Rating.Good],
			['hard', Rating.Hard],
			['again', Rating.Again],
			['easy', Rating.Easy]
		];
		for (const [rating, grade] of steps) {
			const card = (await reviews.find(temp.db, alice.id, item.questionId))!;
			const now = card.due;
			const result = await reviews.review(temp.db, card, rating as 'good', now);
			expected = f.next(expected, now, grade).card;
			expect(result.status).toBe('recorded');
			expect(result.card.due).toEqual(expected.due);
			expect(result.card.stability).toBeCloseTo(expected.stability, 10);
			expect(result.card.lapses).toBe(expected.lapses);
			// A second submit of the same review changes nothing.
			expect((await reviews.review(temp.db, card, 'easy', now)).status).toBe('not-due');
		}
		expect((await reviews.find(temp.db, alice.id, item.questionId))!.lapses).toBe(1);
	});

	it('flags a card as a leech at its 8th lapse', async () => {
		const { attempt, item, wrong } = await missFirst();
		await attempts.recordAnswer(temp.db, attempt, item.id, wrong, T0);
		let card = (await reviews.find(temp.db, alice.id, item.questionId))!;
		while (card.lapses < LEECH_LAPSES) {
			// Good until it graduates to Review, then Again: one lapse.
			const rating = card.state === 2 ? 'again' : 'good';
			card = (await reviews.review(temp.db, card, rating, card.due)).card;
			expect(card.leech).toBe(card.lapses >= LEECH_LAPSES);
		}
		expect(card).toMatchObject({ lapses: 8, leech: true });
		expect((await reviews.leeches(temp.db, alice.id)).map((l) => l.card.id)).toEqual([card.id]);
	});

	it('says when a card comes back, and rates wrong answers Again whatever is sent', () => {
		expect(dueIn(new Date(T0.getTime() + 3 * DAY), T0)).toBe('in 3 days');
		expect(dueIn(new Date(T0.getTime() + 10 * 60_000), T0)).toBe('in 10 minutes');
		expect(dueIn(T0, T0)).toBe('now');
		expect([ratingFor(false, 'easy'), ratingFor(true), ratingFor(true, 'hard')]).toEqual([
			'again',
			'good',
			'hard'
		]);
	});
});

describe('the review page', () => {
	it('rates the answer given, not a choice the rating form sends', async () => {
		const { attempt, item, wrong } = await missFirst(new Date(Date.now() - 2 * DAY));
		await attempts.recordAnswer(temp.db, attempt, item.id, wrong, new Date(Date.now() - 2 * DAY));
		const card = (await reviews.find(temp.db, alice.id, item.questionId))!;
		const rate = (form: Record<string, string>) =>
			outcome(() => reviewPage.actions.rate(event({ db: temp.db, user: alice, form })));
		// Rating before answering changes nothing.
		expect(await rate({ card: card.id, rating: 'easy' })).toMatchObject({
			kind: 'redirect',
			location: '/review'
		});
		expect((await reviews.read(temp.db, card.id))!.reps).toBe(card.reps);
		// A wrong answer, then a rating form that claims the right one and "Easy": rated Again.
		await outcome(() =>
			reviewPage.actions.answer(
				event({ db: temp.db, user: alice, form: { card: card.id, choice: String(wrong) } })
			)
		);
		await rate({ card: card.id, choice: String(item.answerIndex), rating: 'easy' });
		const after = (await reviews.read(temp.db, card.id))!;
		expect(after.reps).toBe(card.reps + 1);
		expect(after.lastReview).not.toBeNull();
		const again = fsrs({ enable_fuzz: false }).next(
			reviews.toCard(card),
			after.lastReview!,
			Rating.Again
		).card;
		expect(after.due).toEqual(again.due);
		expect(after.pendingChoice).toBeNull();
	});

	it('reviews one reading skill at a time, and keeps to it after each rating', async () => {
		const when = new Date(Date.now() - 2 * DAY);
		const { attempt } = await missFirst(when);
		const [first, second] = await attempts.items(temp.db, attempt.id);
		for (const item of [first!, second!]) {
			const current = (await attempts.read(temp.db, attempt.id))!;
			await attempts.recordAnswer(temp.db, current, item.id, (item.answerIndex + 1) % 4, when);
			await attempts.advance(temp.db, current, current.cursor, when);
		}
		// The second question asks why: cause and effect.
		await temp.db
			.update(questionTable)
			.set({ kind: 'why' })
			.where(eq(questionTable.id, second!.questionId));
		const load = async (query: string) =>
			(
				(await outcome(() =>
					reviewPage.load(
						event({ db: temp.db, user: alice, url: `http://localhost/review${query}` })
					)
				)) as {
					data: {
						due: number;
						card: { stem: string } | null;
						skills: { label: string; count: number }[];
						skill: { label: string } | null;
					};
				}
			).data;
		const all = await load('');
		expect(all.due).toBe(2);
		expect(all.skills.map((s) => [s.label, s.count])).toEqual([
			['Key details', 1],
			['Cause and effect', 1]
		]);
		const causes = await load('?skill=cause-effect');
		expect(causes).toMatchObject({ due: 1, card: { stem: second!.stem } });
		expect(causes.skill?.label).toBe('Cause and effect');
		expect(await load('?skill=key-details')).toMatchObject({ due: 1, card: { stem: first!.stem } });
		expect(await load('?skill=sequence')).toMatchObject({ due: 0, card: null });
		expect((await load('?skill=nonsense')).due).toBe(2);

		const card = (await reviews.find(temp.db, alice.id, second!.questionId))!;
		const url = 'http://localhost/review?skill=cause-effect&/rate';
		await outcome(() =>
			reviewPage.actions.answer(
				event({ db: temp.db, user: alice, url, form: { card: card.id, choice: '0' } })
			)
		);
		const rated = await outcome(() =>
			reviewPage.actions.rate(
				event({ db: temp.db, user: alice, url, form: { card: card.id, rating: 'good' } })
			)
		);
		expect(rated).toMatchObject({
			kind: 'redirect',
			location: `/review?last=${card.id}&skill=cause-effect`
		});
	});

	it('answers, rates and moves on; someone else gets 404', async () => {
		const { attempt, item, wrong } = await missFirst(new Date(Date.now() - 2 * DAY));
		await attempts.recordAnswer(temp.db, attempt, item.id, wrong, new Date(Date.now() - 2 * DAY));
		const card = (await reviews.find(temp.db, alice.id, item.questionId))!;
		const loaded = (await outcome(() => reviewPage.load(event({ db: temp.db, user: alice })))) as {
			data: { due: number; card: { id: string; stem: string } };
		};
		expect(loaded.data.due).toBe(1);
		// The question as the learner saw it when they missed it.
		expect(loaded.data.card).toMatchObject({ id: card.id, stem: item.stem });

		const form = { card: card.id, choice: String(item.answerIndex) };
		const answered = await outcome(() =>
			reviewPage.actions.answer(event({ db: temp.db, user: alice, form }))
		);
		expect(answered).toMatchObject({ kind: 'data', data: { feedback: { correct: true } } });
		const foreign = await outcome(() =>
			reviewPage.actions.answer(event({ db: temp.db, user: bob, form }))
		);
		expect(foreign).toMatchObject({ kind: 'error', status: 404 });

		const rated = await outcome(() =>
			reviewPage.actions.rate(
				event({ db: temp.db, user: alice, form: { ...form, rating: 'easy' } })
			)
		);
		expect(rated).toMatchObject({ kind: 'redirect', location: `/review?last=${card.id}` });
		const after = (await reviews.read(temp.db, card.id))!;
		expect(after.due.getTime()).toBeGreaterThan(Date.now());
		expect(after.reps).toBe(card.reps + 1);
		// Replayed: not due any more, nothing changes.
		await outcome(() =>
			reviewPage.actions.rate(
				event({ db: temp.db, user: alice, form: { ...form, rating: 'easy' } })
			)
		);
		expect((await reviews.read(temp.db, card.id))!.reps).toBe(after.reps);
		const [row] = await temp.db.select().from(reviewCards).where(eq(reviewCards.id, card.id));
		expect(row!.updatedAt).toEqual(after.updatedAt);
	});
});
