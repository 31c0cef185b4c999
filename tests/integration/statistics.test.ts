import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import { questions as questionTable } from '../../src/lib/server/db/schema';
import * as missed from '../../src/lib/server/missed';
import * as questions from '../../src/lib/server/questions';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as statistics from '../../src/lib/server/statistics';
import * as users from '../../src/lib/server/users';
import * as resultsPage from '../../src/routes/quiz/[attemptId]/results/+page.server';
import * as statsPage from '../../src/routes/articles/[id]/stats/+page.server';
import { as, event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

let temp: TempDb;
let articleId: string;
let learners: PublicUser[];

beforeEach(async () => {
	temp = await createTempDb();
	const created = await articleStore.create(temp.db, sampleArticle(SAMPLE_TEXTS[0]!));
	articleId = created.created ? created.id : '';
	await questions.ensureAllGenerated(temp.db, new Date());
	learners = [];
	for (const name of ['ann', 'ben', 'cat', 'dan', 'eve', 'fay']) {
		const result = await users.create(temp.db, {
			username: name,
			passwordHash: 'x',
			role: 'learner'
		});
		if (result.created) learners.push(result.user);
	}
});
afterEach(() => temp.cleanup());

/** A finished "all questions" attempt with the same seed, answering option `choose(item)`. */
async function take(user: PublicUser, choose: (answerIndex: number, position: number) => number) {
	const id = (await attempts.start(temp.db, {
		userId: user.id,
		articleId,
		length: 'all',
		seed: 11,
		now: new Date()
	}))!;
	for (;;) {
		const attempt = (await attempts.read(temp.db, id))!;
		if (attempt.finishedAt) return attempt;
		const item = (await attempts.items(temp.db, id))[attempt.cursor]!;
		await attempts.recordAnswer(
			temp.db,
			attempt,
			item.id,
			choose(item.answerIndex, item.position),
			new Date()
		);
		await attempts.advance(temp.db, attempt, attempt.cursor, new Date());
	}
}

describe('item statistics for authors', () => {
	it('shows figures once a question has 5 answers, maps options back to their own order', async () => {
		// Learner k answers the first k questions right; the rest with the option after the answer.
		for (const [k, user] of learners.slice(0, 4).entries())
			await take(user, (answer, position) => (position < k + 1 ? answer : (answer + 1) % 4));
		expect((await statistics.forArticle(temp.db, articleId)).every((q) => q.stats === null)).toBe(
			true
		);
		await take(learners[4]!, (answer) => answer);
		const list = await statistics.forArticle(temp.db, articleId);
		// Enough questions for each learner to get a different number right.
		expect(list.length).toBeGreaterThanOrEqual(5);
		for (const q of list) {
			const s = q.stats!;
			expect(s.answers).toBe(5);
			expect(s.optionCounts.reduce((a, b) => a + b, 0)).toBe(5);
			expect(s.optionCounts[q.answerIndex]).toBe(Math.round(s.facility * 5));
			// Only the right option and one wrong one were ever chosen: two distractors unused.
			if (s.facility < 1) expect(s.unusedDistractors).toHaveLength(2);
			expect(s.flagged).toBe(true);
		}
		// Each question names its reading skill: a "why" question practises cause and effect.
		await temp.db
			.update(questionTable)
			.set({ kind: 'why' })
			.where(eq(questionTable.id, list[0]!.questionId));
		const labelled = await statistics.forArticle(temp.db, articleId);
		expect(labelled.map((q) => q.skill)).toEqual(
			list.map((_, i) => (i === 0 ? 'Cause and effect' : 'Key details'))
		);
	});

	it('is for authors only', async () => {
		const load = (user: PublicUser) =>
			outcome(() => statsPage.load(event({ db: temp.db, user, params: { id: articleId } })));
		expect(await load(as('learner'))).toMatchObject({ kind: 'error', status: 403 });
		expect(await load(as('author'))).toMatchObject({ kind: 'data' });
		expect(
			await outcome(() =>
				statsPage.load(event({ db: temp.db, user: as('author'), params: { id: 'nope' } }))
			)
		).toMatchObject({ kind: 'error', status: 404 });
	});
});

describe('history is never rewritten', () => {
	it('after a question is edited and retired, past results and the missed list show what was shown', async () => {
		const attempt = await take(learners[0]!, (answer) => (answer + 1) % 4);
		const [item] = await attempts.items(temp.db, attempt.id);
		const shownStem = item!.stem;
		const shownOptions = item!.options;
		await temp.db
			.update(questionTable)
			.set({
				stem: 'An entirely new stem?',
				options: ['w', 'x', 'y', 'z'],
				status: 'retired',
				retiredAt: new Date(),
				editedAt: new Date()
			})
			.where(eq(questionTable.id, item!.questionId));
		const results = (await outcome(() =>
			resultsPage.load(
				event({
					db: temp.db,
					user: learners[0],
					params: { attemptId: attempt.id },
					url: `http://localhost/quiz/${attempt.id}/results`
				})
			)
		)) as { data: { items: { questionId: string; stem: string; correctAnswer: string }[] } };
		const shown = results.data.items.find((i) => i.questionId === item!.questionId)!;
		expect(shown.stem).toBe(shownStem);
		expect(shown.correctAnswer).toBe(shownOptions[item!.answerIndex]);
		const entry = (await missed.list(temp.db, learners[0]!.id)).find(
			(m) => m.questionId === item!.questionId
		)!;
		expect(entry.stem).toBe(shownStem);
		expect(entry.correctAnswer).toBe(shownOptions[item!.answerIndex]);
	});
});
