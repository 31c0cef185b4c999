import { afterEach, beforeEach, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import * as missed from '../../src/lib/server/missed';
import * as progress from '../../src/lib/server/progress';
import * as questions from '../../src/lib/server/questions';
import * as reviews from '../../src/lib/server/reviews';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import * as quizPage from '../../src/routes/quiz/[attemptId]/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

// An author deletes an article a learner has already missed questions in. The learner's scores
// stay in their history; what can no longer be done in context (practise, review, read) stops, and
// links from the history say the article was removed rather than "not found".

let temp: TempDb;
let kept: string;
let removed: string;
let learner: PublicUser;
const T0 = new Date(Date.UTC(2026, 4, 4, 9));
const LATER = new Date(T0.getTime() + 3 * 86_400_000);

beforeEach(async () => {
	temp = await createTempDb();
	const ids: string[] = [];
	for (const text of SAMPLE_TEXTS.slice(0, 2)) {
		const created = await articleStore.create(temp.db, sampleArticle(text));
		if (created.created) ids.push(created.id);
	}
	[kept, removed] = ids as [string, string];
	await questions.ensureAllGenerated(temp.db, new Date());
	const result = await users.create(temp.db, {
		username: 'learner',
		passwordHash: 'x',
		role: 'learner'
	});
	if (!result.created) throw new Error('user not created');
	learner = result.user;
	// A finished quiz on each article, every answer wrong.
	for (const articleId of ids) {
		const id = (await attempts.start(temp.db, {
			userId: learner.id,
			articleId,
			length: '5',
			seed: 11,
			now: T0
		}))!;
		for (;;) {
			const attempt = (await attempts.read(temp.db, id))!;
			if (attempt.finishedAt) break;
			const item = (await attempts.items(temp.db, id))[attempt.cursor]!;
			await attempts.recordAnswer(temp.db, attempt, item.id, (item.answerIndex + 1) % 4, T0);
			await attempts.advance(temp.db, attempt, attempt.cursor, T0);
		}
	}
});
afterEach(() => temp.cleanup());

it('keeps the scores, and drops the removed article from missed questions and reviews', async () => {
	const before = await reviews.countDue(temp.db, learner.id, LATER);
	expect(before).toBe(10);
	expect(new Set((await missed.list(temp.db, learner.id)).map((m) => m.articleId))).toEqual(
		new Set([kept, removed])
	);

	expect(await articleStore.remove(temp.db, removed, new Date())).toBe(true);

	const history = await progress.history(temp.db, learner.id);
	expect(history.map((row) => row.articleId).sort()).toEqual([kept, removed].sort());
	const missedNow = await missed.list(temp.db, learner.id);
	expect(missedNow).toHaveLength(5);
	expect(missedNow.every((m) => m.articleId === kept)).toBe(true);
	expect(await reviews.countDue(temp.db, learner.id, LATER)).toBe(5);
	// Reviews go through the kept article's cards only, then say when the next one is due.
	for (let n = 0; n < 5; n++) {
		const next = await reviews.nextDue(temp.db, learner.id, LATER);
		expect(next?.articleId).toBe(kept);
		await reviews.review(temp.db, next!.card, 'good', LATER);
	}
	expect(await reviews.nextDue(temp.db, learner.id, LATER)).toBeUndefined();
	const later = await reviews.nextLater(temp.db, learner.id, LATER);
	expect(later!.getTime()).toBeGreaterThan(LATER.getTime());
});

it('answers a link to a removed article with 410 Gone and a reason, an unknown one with 404', async () => {
	await articleStore.remove(temp.db, removed, new Date());
	const gone = await outcome(() =>
		articlePage.load(event({ db: temp.db, user: learner, params: { id: removed } }))
	);
	expect(gone).toMatchObject({ status: 410 });
	expect(JSON.stringify(gone)).toContain('removed this article');
	const unknown = await outcome(() =>
		articlePage.load(event({ db: temp.db, user: learner, params: { id: 'no-such-article' } }))
	);
	expect(unknown).toMatchObject({ status: 404 });
	const live = await outcome(() =>
		articlePage.load(event({ db: temp.db, user: learner, params: { id: kept } }))
	);
	expect(live).toMatchObject({ kind: 'data' });
});

it('stops an unfinished quiz on a removed article: not offered to resume, and its page answers 410', async () => {
	const started = async (articleId: string) =>
		(await attempts.start(temp.db, { userId: learner.id, articleId, length: '5', now: LATER }))!;
	const onKept = await started(kept);
	const onRemoved = await started(removed);
	expect((await attempts.listUnfinished(temp.db, learner.id)).map((a) => a.id).sort()).toEqual(
		[onKept, onRemoved].sort()
	);

	await articleStore.remove(temp.db, removed, new Date());

	expect((await attempts.listUnfinished(temp.db, learner.id)).map((a) => a.id)).toEqual([onKept]);
	expect(await attempts.findUnfinished(temp.db, learner.id, removed)).toBeUndefined();
	const quiz = (attemptId: string) =>
		outcome(() => quizPage.load(event({ db: temp.db, user: learner, params: { attemptId } })));
	expect(await quiz(onRemoved)).toMatchObject({ kind: 'error', status: 410 });
	expect(JSON.stringify(await quiz(onRemoved))).toContain('removed this article');
	expect(await quiz(onKept)).toMatchObject({ kind: 'data' });
	const item = (await attempts.items(temp.db, onRemoved))[0]!;
	const answer = await outcome(() =>
		quizPage.actions.answer(
			event({
				db: temp.db,
				user: learner,
				params: { attemptId: onRemoved },
				form: { item: item.id, choice: String(item.answerIndex) }
			})
		)
	);
	expect(answer).toMatchObject({ kind: 'error', status: 410 });
	expect((await attempts.read(temp.db, onRemoved))?.cursor).toBe(0);
	expect((await attempts.items(temp.db, onRemoved)).every((i) => i.answer === null)).toBe(true);
});

it('finds the unfinished quiz on an article however many newer ones the learner left unfinished', async () => {
	const oldest = (await attempts.start(temp.db, {
		userId: learner.id,
		articleId: removed,
		length: '5',
		now: T0
	}))!;
	for (let n = 1; n <= 60; n++)
		await attempts.start(temp.db, {
			userId: learner.id,
			articleId: kept,
			length: '5',
			now: new Date(T0.getTime() + n * 60_000)
		});
	expect((await attempts.findUnfinished(temp.db, learner.id, removed))?.id).toBe(oldest);
});
