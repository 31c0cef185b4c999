import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import { questions as questionTable } from '../../src/lib/server/db/schema';
import * as missed from '../../src/lib/server/missed';
import * as progress from '../../src/lib/server/progress';
import * as questions from '../../src/lib/server/questions';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import * as missedPage from '../../src/routes/missed/+page.server';
import * as progressPage from '../../src/routes/progress/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

let temp: TempDb;
let articleIds: string[];
let alice: PublicUser;
let bob: PublicUser;

async function makeUser(username: string): Promise<PublicUser> {
	const result = await users.create(temp.db, { username, passwordHash: 'x', role: 'learner' });
	if (!result.created) throw new Error('user not created');
	return result.user;
}

beforeEach(async () => {
	temp = await createTempDb();
	articleIds = [];
	for (const text of SAMPLE_TEXTS.slice(0, 2)) {
		const created = await articleStore.create(temp.db, sampleArticle(text));
		if (created.created) articleIds.push(created.id);
	}
	await questions.ensureAllGenerated(temp.db, new Date());
	alice = await makeUser('alice');
	bob = await makeUser('bob');
});
afterEach(() => temp.cleanup());

let clock = Date.UTC(2026, 0, 10, 9);
/** A later moment each call, so answers have a clear order. */
function tick(): Date {
	clock += 60_000;
	return new Date(clock);
}

/** Starts a quiz and answers it through: right where `right(position)` says so. */
async function take(
	userId: string,
	articleId: string,
	right: (position: number) => boolean,
	id?: string | null
) {
	id ??= await attempts.start(temp.db, { userId, articleId, length: '5', seed: 7, now: tick() });
	for (;;) {
		const attempt = (await attempts.read(temp.db, id!))!;
		if (attempt.finishedAt) return attempt;
		const item = (await attempts.items(temp.db, id!))[attempt.cursor]!;
		const choice = right(item.position) ? item.answerIndex : (item.answerIndex + 1) % 4;
		await attempts.recordAnswer(temp.db, attempt, item.id, choice, tick());
		await attempts.advance(temp.db, attempt, attempt.cursor, tick());
	}
}

describe('the missed list', () => {
	it('lists wrong answers newest first, with both answers and the source', async () => {
		const attempt = await take(alice.id, articleIds[0]!, (p) => p >= 2);
		const items = await attempts.items(temp.db, attempt.id);
		const list = await missed.list(temp.db, alice.id);
		expect(list.map((m) => m.itemId)).toEqual([items[1]!.id, items[0]!.id]);
		const first = list[1]!;
		expect(first.stem).toBe(items[0]!.stem);
		expect(first.correctAnswer).toBe(items[0]!.options[items[0]!.answerIndex]);
		expect(first.yourAnswer).toBe(items[0]!.options[(items[0]!.answerIndex + 1) % 4]);
		expect(first.sentence.map((p) => p.text).join('')).toBe(items[0]!.sourceSentence);
		expect(first.articleId).toBe(articleIds[0]);
		expect(await missed.list(temp.db, bob.id)).toEqual([]);
	});

	it('filters by reading skill, on the page and in the practice it starts', async () => {
		const attempt = await take(alice.id, articleIds[0]!, () => false);
		const items = await attempts.items(temp.db, attempt.id);
		// One of the missed questions asks why: the cause-and-effect skill.
		await temp.db
			.update(questionTable)
			.set({ kind: 'why' })
			.where(eq(questionTable.id, items[2]!.questionId));
		const all = await missed.list(temp.db, alice.id);
		expect(missed.skillsOf(all)).toEqual([
			{ skill: 'key-details', label: 'Key details', count: items.length - 1 },
			{ skill: 'cause-effect', label: 'Cause and effect', count: 1 }
		]);
		const causes = await missed.list(temp.db, alice.id, { skill: 'cause-effect' });
		expect(causes.map((m) => m.questionId)).toEqual([items[2]!.questionId]);

		const page = (await missedPage.load(
			event({ db: temp.db, user: alice, url: 'http://localhost/missed?skill=cause-effect' })
		)) as { missed: { questionId: string }[]; skill: { label: string } | null };
		expect(page.skill?.label).toBe('Cause and effect');
		expect(page.missed.map((m) => m.questionId)).toEqual([items[2]!.questionId]);
		const unknown = (await missedPage.load(
			event({ db: temp.db, user: alice, url: 'http://localhost/missed?skill=spelling' })
		)) as { missed: unknown[]; skill: unknown };
		expect(unknown.skill).toBeNull();
		expect(unknown.missed).toHaveLength(items.length);

		const practise = await outcome(() =>
			missedPage.actions.practise(
				event({ db: temp.db, user: alice, form: { article: '', skill: 'cause-effect' } })
			)
		);
		const practiceId = (practise as { location: string }).location.split('/').pop()!;
		const practiceItems = await attempts.items(temp.db, practiceId);
		expect(practiceItems.map((i) => i.questionId)).toEqual([items[2]!.questionId]);
	});

	it('practises one skill across articles, the questions missed last time first', async () => {
		const first = await take(alice.id, articleIds[0]!, (p) => p !== 1);
		const second = await take(alice.id, articleIds[1]!, (p) => p !== 3);
		const firstItems = await attempts.items(temp.db, first.id);
		const secondItems = await attempts.items(temp.db, second.id);
		// One "why" question in each article: cause and effect.
		for (const item of [firstItems[1]!, secondItems[0]!])
			await temp.db
				.update(questionTable)
				.set({ kind: 'why' })
				.where(eq(questionTable.id, item.questionId));
		const items = await progress.skillPracticeItems(temp.db, alice.id, 'cause-effect');
		// The missed one (first article, position 1) before the one answered right.
		expect(items).toEqual([firstItems[1]!.id, secondItems[0]!.id]);
		expect(await progress.skillPracticeItems(temp.db, bob.id, 'cause-effect')).toEqual([]);
		// Key details: the one missed (second article, position 3) first, then the 7 answered right.
		const details = await progress.skillPracticeItems(temp.db, alice.id, 'key-details');
		expect(details).toHaveLength(8);
		expect(details[0]).toBe(secondItems[3]!.id);

		const started = await outcome(() =>
			progressPage.actions.practise(
				event({ db: temp.db, user: alice, form: { skill: 'cause-effect' } })
			)
		);
		const practiceId = (started as { location: string }).location.split('/').pop()!;
		const asked = await attempts.items(temp.db, practiceId);
		expect(asked.map((i) => i.questionId).sort()).toEqual(
			[firstItems[1]!.questionId, secondItems[0]!.questionId].sort()
		);
		const refused = await outcome(() =>
			progressPage.actions.practise(event({ db: temp.db, user: bob, form: { skill: 'sequence' } }))
		);
		expect(refused).toMatchObject({ kind: 'fail', status: 400 });
	});

	it('drops a question once it is answered right, and filters by article', async () => {
		await take(alice.id, articleIds[0]!, (p) => p >= 2);
		await take(alice.id, articleIds[1]!, (p) => p !== 0);
		expect(await missed.list(temp.db, alice.id)).toHaveLength(3);
		expect(await missed.list(temp.db, alice.id, { articleId: articleIds[1] })).toHaveLength(1);

		const page = await outcome(() =>
			missedPage.actions.practise(
				event({ db: temp.db, user: alice, form: { article: articleIds[0]! } })
			)
		);
		expect(page.kind).toBe('redirect');
		const practiceId = (page as { location: string }).location.split('/').pop()!;
		const practice = (await attempts.read(temp.db, practiceId))!;
		expect(practice.total).toBe(2);
		// One right, one wrong: the list shrinks by one.
		await take(alice.id, articleIds[0]!, (p) => p === 0, practiceId);
		const after = await missed.list(temp.db, alice.id);
		expect(after).toHaveLength(2);
		const stillMissed = (await attempts.items(temp.db, practiceId))[1]!.questionId;
		expect(after.map((m) => m.questionId)).toContain(stillMissed);
		expect(after[0]!.questionId).toBe(stillMissed);
	});

	it('practises questions from several articles in one attempt, each linked to its article', async () => {
		await take(alice.id, articleIds[0]!, (p) => p !== 0);
		await take(alice.id, articleIds[1]!, (p) => p !== 0);
		const id = await attempts.practise(
			temp.db,
			alice.id,
			(await missed.list(temp.db, alice.id)).map((m) => m.itemId),
			new Date()
		);
		const items = await attempts.items(temp.db, id!);
		expect(new Set(items.map((i) => i.articleId))).toEqual(new Set(articleIds));
		// Someone else's items are ignored.
		expect(await attempts.practise(temp.db, bob.id, [items[0]!.id], new Date())).toBeNull();
	});

	it('loads the page with an article filter, and only for the signed-in learner', async () => {
		await take(alice.id, articleIds[0]!, (p) => p !== 0);
		await take(alice.id, articleIds[1]!, (p) => p !== 0);
		const load = (url: string) =>
			outcome(() => missedPage.load(event({ db: temp.db, user: alice, url })));
		const all = (await load('http://localhost/missed')) as {
			data: { total: number; missed: unknown[]; articles: unknown[] };
		};
		expect(all.data.missed).toHaveLength(2);
		expect(all.data.articles).toHaveLength(2);
		const one = (await load(`http://localhost/missed?article=${articleIds[1]}`)) as {
			data: { total: number; missed: { articleId: string }[] };
		};
		expect(one.data.total).toBe(2);
		expect(one.data.missed.map((m) => m.articleId)).toEqual([articleIds[1]]);
		const signedOut = await outcome(() => missedPage.load(event({ db: temp.db })));
		expect(signedOut).toMatchObject({ kind: 'redirect', location: '/signin' });
	});
});

describe('the progress summary', () => {
	it('counts finished attempts, scores, kinds, totals and the streak', async () => {
		const first = await take(alice.id, articleIds[0]!, (p) => p >= 2);
		await take(alice.id, articleIds[1]!, () => true);
		await attempts.start(temp.db, {
			userId: alice.id,
			articleId: articleIds[1]!,
			length: '5',
			now: new Date()
		});
		const summary = await progress.summary(temp.db, alice.id, new Date(clock));
		expect(summary.history.map((h) => [h.id, h.correct, h.total, h.percent])).toEqual([
			[first.id, 3, 5, 60],
			[expect.any(String), 5, 5, 100]
		]);
		expect(summary.articles.map((a) => a.percent).sort()).toEqual([100, 60]);
		expect(summary.kinds.reduce((n, k) => n + k.answered, 0)).toBe(10);
		expect(summary.totals).toMatchObject({ attempts: 2, answered: 10, correct: 8, percent: 80 });
		expect(summary.streak).toBe(1);
		expect((await progress.summary(temp.db, bob.id, new Date())).totals.attempts).toBe(0);
	});
});
