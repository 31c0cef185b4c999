// Issue 16 on the server: typed quizzes, "I was right", and the ladder a review card climbs
// (multiple choice → fill in the blank → type the answer), each against a real migrated database
// with the clock injected.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import { answers, reviewAnswers, reviewCards } from '../../src/lib/server/db/schema';
import { formQuestionOf } from '../../src/lib/server/grading';
import * as progress from '../../src/lib/server/progress';
import * as questions from '../../src/lib/server/questions';
import * as reviews from '../../src/lib/server/reviews';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import {
	formsOf,
	formToAsk,
	LADDER_STABILITY_DAYS,
	quizForm,
	type AnswerForm
} from '../../src/lib/quiz/answer-forms';
import * as quizPage from '../../src/routes/quiz/[attemptId]/+page.server';
import * as resultsPage from '../../src/routes/quiz/[attemptId]/results/+page.server';
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
	// The Apollo 11 sample: dates, figures and names, most of them short enough to type.
	const created = await articleStore.create(temp.db, sampleArticle(SAMPLE_TEXTS[1]!));
	articleId = created.created ? created.id : '';
	await questions.ensureAllGenerated(temp.db, new Date());
	alice = await makeUser('alice');
	bob = await makeUser('bob');
});
afterEach(() => temp.cleanup());

type Item = Awaited<ReturnType<typeof attempts.items>>[number];
const keyOf = (item: Item) => item.options[item.answerIndex]!;

/** Alice starts a whole quiz on the article at `now`, answered by choosing or typing. */
async function startQuiz(answerBy: 'choosing' | 'typing', now = T0) {
	const id = (await attempts.start(temp.db, {
		userId: alice.id,
		articleId,
		length: 'all',
		answerBy,
		seed: 5,
		now
	}))!;
	return {
		id,
		attempt: (await attempts.read(temp.db, id))!,
		items: await attempts.items(temp.db, id)
	};
}

/**
 * Alice starts a whole quiz at `now` and answers each question in turn through `answer` (typed
 * text, or an option's index), moving on after each. Returns the attempt and its items.
 */
async function takeQuiz(
	answerBy: 'choosing' | 'typing',
	answer: (item: Item, form: AnswerForm) => string | number,
	now = T0
) {
	const { id, items } = await startQuiz(answerBy, now);
	for (const item of items) {
		const attempt = (await attempts.read(temp.db, id))!;
		const form = quizForm(attempt.answerBy, formQuestionOf(item));
		const given = answer(item, form);
		const result = await attempts.recordAnswer(
			temp.db,
			attempt,
			item.id,
			typeof given === 'number' ? given : { typed: given },
			now
		);
		expect(result.status).toBe('recorded');
		await attempts.advance(temp.db, attempt, item.position, now);
	}
	return { attempt: (await attempts.read(temp.db, id))!, items: await attempts.items(temp.db, id) };
}

describe('a typing quiz', () => {
	it('asks the questions that can be typed by typing, grades leniently and scores the same way', async () => {
		const { attempt, items } = await takeQuiz('typing', (item, form) =>
			form === 'typed' ? `  ${keyOf(item).toUpperCase()} ` : item.answerIndex
		);
		expect(attempt.finishedAt).not.toBeNull();
		const typed = items.filter((item) => item.answer!.form === 'typed');
		// Most of this article's questions can be typed; the rest stay choices.
		expect(typed.length).toBeGreaterThanOrEqual(items.length / 2);
		for (const item of typed) {
			expect(item.answer).toMatchObject({
				correct: true,
				chosenIndex: null,
				typed: keyOf(item).toUpperCase()
			});
			// A key with no letters to change ("1969") is typed exactly as shown.
			const exact = keyOf(item) === keyOf(item).toUpperCase();
			if (exact) expect(item.answer!.gradeNote).toBe('Correct.');
			else
				expect(item.answer!.gradeNote).toMatch(
					/^Accepted: the same answer as “.+”, written differently\.$/
				);
		}
		const results = (await outcome(() =>
			resultsPage.load(event({ db: temp.db, user: alice, params: { attemptId: attempt.id } }))
		)) as { kind: 'data'; data: { score: { correct: number; total: number }; byForm: unknown[] } };
		expect(results.data.score).toMatchObject({ correct: items.length, total: items.length });
		const choices = items.length - typed.length;
		const byForm = results.data.byForm as { form: string; answered: number; percent: number }[];
		expect(byForm.map((row) => [row.form, row.answered])).toEqual([
			...(choices > 0 ? [['choice', choices]] : []),
			['typed', typed.length]
		]);
		expect(byForm.at(-1)!.percent).toBe(100);
	});

	it('records a typed answer once, like a chosen one, and takes each item only in its own form', async () => {
		const { id } = await startQuiz('typing');
		const attempt = (await attempts.read(temp.db, id))!;
		const [first] = await attempts.items(temp.db, id);
		const form = quizForm('typing', formQuestionOf(first!));
		expect(form).toBe('typed');
		expect(await attempts.recordAnswer(temp.db, attempt, first!.id, 0, T0)).toEqual({
			status: 'invalid'
		});
		const recorded = await attempts.recordAnswer(
			temp.db,
			attempt,
			first!.id,
			{ typed: 'Mars' },
			T0
		);
		expect(recorded).toMatchObject({
			status: 'recorded',
			answer: { correct: false, typed: 'Mars' }
		});
		// A replay (double submit, another tab) with the right answer changes nothing.
		const again = await attempts.recordAnswer(
			temp.db,
			attempt,
			first!.id,
			{ typed: keyOf(first!) },
			new Date(T0.getTime() + 1000)
		);
		expect(again).toEqual({
			status: 'already',
			answer: recorded.status === 'recorded' && recorded.answer
		});
		expect(await temp.db.select().from(answers).where(eq(answers.itemId, first!.id))).toHaveLength(
			1
		);
		// A choosing quiz takes no typed answer.
		const { id: choosing } = await startQuiz('choosing');
		const [choice] = await attempts.items(temp.db, choosing);
		const chosenAttempt = (await attempts.read(temp.db, choosing))!;
		expect(
			await attempts.recordAnswer(temp.db, chosenAttempt, choice!.id, { typed: keyOf(choice!) }, T0)
		).toEqual({ status: 'invalid' });
	});

	it('answers through the quiz page: an empty answer is refused and kept out, a typed one recorded', async () => {
		const { id } = await startQuiz('typing');
		const [first] = await attempts.items(temp.db, id);
		const post = (form: Record<string, string>, user = alice) =>
			outcome(() =>
				quizPage.actions.answer(event({ db: temp.db, user, params: { attemptId: id }, form }))
			);
		expect(await post({ item: first!.id, typed: '   ' })).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { errors: { typed: 'Type your answer first.' } }
		});
		expect(await post({ item: first!.id, typed: 'x'.repeat(201) })).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { values: { typed: 'x'.repeat(200) } }
		});
		expect(await temp.db.select().from(answers)).toHaveLength(0);
		expect(await post({ item: first!.id, typed: 'Mars' }, bob)).toMatchObject({
			kind: 'error',
			status: 404
		});
		expect(await post({ item: first!.id, typed: keyOf(first!) })).toMatchObject({
			kind: 'redirect',
			location: `/quiz/${id}`
		});
		const page = (await outcome(() =>
			quizPage.load(event({ db: temp.db, user: alice, params: { attemptId: id } }))
		)) as {
			kind: 'data';
			data: { question: { form: string; options: string[] }; feedback: unknown };
		};
		expect(page.data.question).toMatchObject({ form: 'typed', options: [] });
		expect(page.data.feedback).toMatchObject({
			correct: true,
			typed: keyOf(first!),
			answer: keyOf(first!),
			gradeNote: 'Correct.'
		});
	});
});

describe('"I was right"', () => {
	it('counts a refused typed answer as right, marked as overruled, and takes back the card its miss made', async () => {
		const { id } = await startQuiz('typing');
		const attempt = (await attempts.read(temp.db, id))!;
		const [first] = await attempts.items(temp.db, id);
		await attempts.recordAnswer(temp.db, attempt, first!.id, { typed: 'Apollo' }, T0);
		expect(await temp.db.select().from(reviewCards)).toHaveLength(1);

		const overrule = (user: PublicUser) =>
			outcome(() =>
				quizPage.actions.overrule(
					event({ db: temp.db, user, params: { attemptId: id }, form: { item: first!.id } })
				)
			);
		expect(await overrule(bob)).toMatchObject({ kind: 'error', status: 404 });
		expect(await overrule(alice)).toMatchObject({ kind: 'redirect', location: `/quiz/${id}` });
		const [row] = await temp.db.select().from(answers).where(eq(answers.itemId, first!.id));
		expect(row).toMatchObject({ correct: true, overruled: true, typed: 'Apollo' });
		expect(await temp.db.select().from(reviewCards)).toHaveLength(0);
		// Once only, and never on a chosen answer.
		expect(await attempts.overrule(temp.db, attempt, first!.id)).toBe('unchanged');

		const summary = await progress.summary(temp.db, alice.id, T0);
		expect(summary.forms).toEqual([
			expect.objectContaining({ form: 'typed', answered: 1, correct: 1, overruled: 1 })
		]);
	});

	it('leaves a card an earlier miss made: only the miss it overrules is taken back', async () => {
		// A miss in a choosing quiz makes the card first.
		await takeQuiz('choosing', (item) => (item.answerIndex + 1) % 4);
		const before = await temp.db.select().from(reviewCards);
		const later = new Date(T0.getTime() + DAY);
		const { id } = await startQuiz('typing', later);
		const attempt = (await attempts.read(temp.db, id))!;
		const [first] = await attempts.items(temp.db, id);
		await attempts.recordAnswer(temp.db, attempt, first!.id, { typed: 'Apollo' }, later);
		expect(await attempts.overrule(temp.db, attempt, first!.id)).toBe('overruled');
		expect(await temp.db.select().from(reviewCards)).toHaveLength(before.length);
	});
});

describe('the ladder in review', () => {
	/** Alice misses every question of a choosing quiz at T0: one card each. */
	async function cards() {
		await takeQuiz('choosing', (item) => (item.answerIndex + 1) % 4);
		return temp.db.select().from(reviewCards).where(eq(reviewCards.userId, alice.id));
	}

	/** Reviews the card at `now` in the form the ladder asks, answering `right` or not. */
	async function reviewOnce(cardId: string, now: Date, right: boolean, hint = false) {
		const shown = (await reviews.shownCard(temp.db, cardId))!;
		const supported = formsOf(formQuestionOf(shown));
		const form = formToAsk(shown.card.form, supported, 'ladder');
		const key = shown.options[shown.answerIndex]!;
		if (hint) await reviews.hint(temp.db, shown.card, now);
		const given =
			form === 'choice'
				? right
					? shown.answerIndex
					: (shown.answerIndex + 1) % 4
				: { typed: right ? key : 'Apollo' };
		await reviews.answer(temp.db, shown.card, given, now);
		const kept = (await reviews.shownCard(temp.db, cardId))!;
		const outcome = (await reviews.judge(temp.db, kept, form, supported, 'ladder', {}, now))!;
		const result = await reviews.review(temp.db, kept.card, outcome, now);
		expect(result.status).toBe('recorded');
		return { form, outcome, card: result.card };
	}

	it('climbs from multiple choice to fill in the blank to typing at a few days of stability, and steps down on a miss', async () => {
		const all = await cards();
		// A card whose question has all three forms.
		const climbing = [];
		for (const card of all) {
			const shown = (await reviews.shownCard(temp.db, card.id))!;
			if (formsOf(formQuestionOf(shown)).length === 3) climbing.push(card);
		}
		const card = climbing[0]!;
		expect(card.form).toBe('choice');

		const asked: AnswerForm[] = [];
		let due = card.due;
		// Right every time until the card is asked by typing.
		for (let i = 0; i < 12 && asked.at(-1) !== 'typed'; i++) {
			const { form, outcome, card: after } = await reviewOnce(card.id, due, true);
			asked.push(form);
			// It moves up exactly when a right answer leaves it held for LADDER_STABILITY_DAYS.
			const up = after.stability >= LADDER_STABILITY_DAYS;
			const next = form === 'choice' ? 'cloze' : 'typed';
			expect(after.form).toBe(up ? next : form);
			expect(outcome.rating).toBe(form === 'choice' ? 'good' : 'good');
			due = after.due;
		}
		expect(asked[0]).toBe('choice');
		expect(asked).toContain('cloze');
		expect(asked.at(-1)).toBe('typed');
		expect(asked.indexOf('cloze')).toBeLessThan(asked.indexOf('typed'));
		// A miss by typing moves it one step down, rated Again.
		const missed = await reviewOnce(card.id, due, false);
		expect(missed).toMatchObject({ form: 'typed', outcome: { rating: 'again', correct: false } });
		expect(missed.card.form).toBe('cloze');
		// A right answer after "Show a hint" is Hard.
		const hinted = await reviewOnce(card.id, missed.card.due, true, true);
		expect(hinted).toMatchObject({ form: 'cloze', outcome: { rating: 'hard', correct: true } });

		// Every review is in the log with its form, answer and rating.
		const log = await temp.db
			.select()
			.from(reviewAnswers)
			.where(eq(reviewAnswers.cardId, card.id))
			.orderBy(reviewAnswers.answeredAt);
		expect(log.map((row) => row.form)).toEqual([...asked, 'typed', 'cloze']);
		expect(log.at(-1)).toMatchObject({ hinted: true, rating: 'hard', correct: true });
		expect(log.at(-2)).toMatchObject({ typed: 'Apollo', rating: 'again', correct: false });
		const summary = await progress.summary(temp.db, alice.id, due);
		expect(summary.forms.map((row) => row.form)).toEqual(['choice', 'cloze', 'typed']);
	});

	it('a pinned form is asked whatever the step, and leaves the ladder where it was', async () => {
		const [card] = await cards();
		await users.setReviewForm(temp.db, alice.id, 'typed');
		expect(await users.reviewFormOf(temp.db, alice.id)).toBe('typed');
		const shown = (await reviews.shownCard(temp.db, card!.id))!;
		const supported = formsOf(formQuestionOf(shown));
		const form = formToAsk(shown.card.form, supported, 'typed');
		expect(form).toBe(supported.includes('typed') ? 'typed' : 'choice');
		await reviews.answer(
			temp.db,
			shown.card,
			form === 'choice' ? shown.answerIndex : { typed: shown.options[shown.answerIndex]! },
			card!.due
		);
		const kept = (await reviews.shownCard(temp.db, card!.id))!;
		const outcome = (await reviews.judge(temp.db, kept, form, supported, 'typed', {}, card!.due))!;
		expect(outcome).toMatchObject({ correct: true, nextForm: 'choice' });
	});
});

describe('the review page', () => {
	/** Alice misses every question two days ago (the page reads the real clock): cards due now. */
	async function dueCards() {
		await takeQuiz(
			'choosing',
			(item) => (item.answerIndex + 1) % 4,
			new Date(Date.now() - 2 * DAY)
		);
		await users.setReviewForm(temp.db, alice.id, 'typed');
	}

	const load = async () => {
		const result = (await outcome(() => reviewPage.load(event({ db: temp.db, user: alice })))) as {
			kind: 'data';
			data: {
				preference: string;
				card: { id: string; form: string; options: string[]; hint: string | null } | null;
			};
		};
		return result.data;
	};

	it('asks a typed card, gives a hint that keeps the text typed, and "I was right" is recorded', async () => {
		await dueCards();
		let page = await load();
		// Take the first card that can be typed.
		for (let i = 0; i < 20 && page.card?.form !== 'typed'; i++) {
			await outcome(() =>
				reviewPage.actions.settings(event({ db: temp.db, user: alice, form: { form: 'choice' } }))
			);
			page = await load();
			const row = (await reviews.shownCard(temp.db, page.card!.id))!;
			await reviews.review(temp.db, row.card, 'good', new Date());
			await users.setReviewForm(temp.db, alice.id, 'typed');
			page = await load();
		}
		expect(page).toMatchObject({
			preference: 'typed',
			card: { form: 'typed', options: [], hint: null }
		});
		const cardId = page.card!.id;
		const hinted = await outcome(() =>
			reviewPage.actions.hint(
				event({ db: temp.db, user: alice, form: { card: cardId, typed: 'Arm' } })
			)
		);
		expect(hinted).toMatchObject({
			kind: 'data',
			data: { hinted: cardId, values: { typed: 'Arm' } }
		});
		expect((await load()).card!.hint).toMatch(/^Starts with “.”, \d+ characters?$/);

		const answered = await outcome(() =>
			reviewPage.actions.answer(
				event({ db: temp.db, user: alice, form: { card: cardId, typed: 'Apollo' } })
			)
		);
		expect(answered).toMatchObject({
			kind: 'data',
			data: { feedback: { correct: false, typed: 'Apollo', hinted: true } }
		});
		// A chosen answer is refused for a card asked by typing.
		expect(
			await outcome(() =>
				reviewPage.actions.answer(
					event({ db: temp.db, user: alice, form: { card: cardId, choice: '0' } })
				)
			)
		).toMatchObject({ kind: 'fail', status: 400 });
		const rated = await outcome(() =>
			reviewPage.actions.rate(
				event({ db: temp.db, user: alice, form: { card: cardId, overrule: 'yes' } })
			)
		);
		expect(rated).toMatchObject({ kind: 'redirect', location: `/review?last=${cardId}` });
		const [log] = await temp.db
			.select()
			.from(reviewAnswers)
			.where(eq(reviewAnswers.cardId, cardId));
		// Right by the learner's call, after the hint: Hard.
		expect(log).toMatchObject({
			form: 'typed',
			correct: true,
			overruled: true,
			hinted: true,
			rating: 'hard'
		});
		const card = (await reviews.read(temp.db, cardId))!;
		expect(card.due.getTime()).toBeGreaterThan(Date.now());
		expect(card).toMatchObject({ pendingTyped: null, pendingHinted: false });
		const summary = await progress.summary(temp.db, alice.id, new Date());
		expect(summary.forms.find((row) => row.form === 'typed')).toMatchObject({ overruled: 1 });
	});

	it('saves the review settings, and refuses a form it does not know', async () => {
		expect((await load()).preference).toBe('ladder');
		const saved = await outcome(() =>
			reviewPage.actions.settings(event({ db: temp.db, user: alice, form: { form: 'typed' } }))
		);
		expect(saved).toMatchObject({ kind: 'redirect', location: '/review' });
		expect((await load()).preference).toBe('typed');
		const refused = await outcome(() =>
			reviewPage.actions.settings(event({ db: temp.db, user: alice, form: { form: 'sometimes' } }))
		);
		expect(refused).toMatchObject({ kind: 'fail', status: 400 });
		expect(await users.reviewFormOf(temp.db, alice.id)).toBe('typed');
	});
});
