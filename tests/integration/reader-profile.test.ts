// Issue 17: the reader profile on the progress page (timed readings' figures, the level, the
// strongest and weakest skill) and "Suggested for you" in the library, from readings and quizzes
// made through the server modules with an injected clock.
import { eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import { articles, questions as questionTable } from '../../src/lib/server/db/schema';
import { questionWriter } from '../../src/lib/server/question-writer';
import * as questions from '../../src/lib/server/questions';
import * as readings from '../../src/lib/server/readings';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import type { ReaderProfile } from '../../src/lib/reading/profile';
import * as progressPage from '../../src/routes/progress/+page.server';
import * as home from '../../src/routes/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

const MINUTE = 60_000;
let temp: TempDb;
let learner: PublicUser;
/** The three samples, with questions; their grades set by each test. */
let samples: { id: string; wordCount: number }[];
/** The clock: every step a minute after the one before. */
let clock: number;
const tick = (ms = MINUTE) => new Date((clock += ms));

beforeEach(async () => {
	temp = await createTempDb();
	clock = Date.UTC(2026, 2, 1, 9);
	samples = [];
	for (const text of SAMPLE_TEXTS) {
		const created = await articleStore.create(temp.db, sampleArticle(text));
		if (!created.created) throw new Error('sample not created');
		samples.push({ id: created.id, wordCount: 0 });
	}
	await questions.ensureAllGenerated(temp.db, new Date(clock));
	for (const sample of samples) {
		const [row] = await temp.db.select().from(articles).where(eq(articles.id, sample.id));
		sample.wordCount = row!.wordCount;
	}
	const created = await users.create(temp.db, {
		username: 'reader',
		passwordHash: 'x',
		role: 'learner'
	});
	if (!created.created) throw new Error('user not created');
	learner = created.user;
});
afterEach(() => temp.cleanup());

const setGrade = (id: string, grade: number) =>
	temp.db.update(articles).set({ readingGrade: grade }).where(eq(articles.id, id));

/**
 * Answers every item of the attempt, a minute apart: the first `right` right and the rest wrong, or
 * those `right` says.
 */
async function answerAll(id: string, right: number | ((item: attempts.Item) => boolean)) {
	for (;;) {
		const attempt = (await attempts.read(temp.db, id))!;
		if (attempt.finishedAt) return;
		const item = (await attempts.items(temp.db, id))[attempt.cursor]!;
		const isRight = typeof right === 'number' ? item.position < right : right(item);
		const choice = isRight ? item.answerIndex : (item.answerIndex + 1) % 4;
		await attempts.recordAnswer(temp.db, attempt, item.id, choice, tick());
		await attempts.advance(temp.db, attempt, attempt.cursor, tick());
	}
}

/** A 5-question quiz on the article, not timed: `right` of 5 right. Its id. */
async function quiz(articleId: string, right: number): Promise<string> {
	const id = await attempts.start(temp.db, {
		userId: learner.id,
		articleId,
		length: '5',
		now: tick()
	});
	await answerAll(id!, right);
	return id!;
}

/** "Read, then answer" on the sample: read for `ms`, then its 5-question quiz, `right` of 5 right. */
async function timedReading(sample: { id: string }, ms: number, right: number) {
	const [article] = await temp.db.select().from(articles).where(eq(articles.id, sample.id));
	const id = await readings.begin(temp.db, {
		userId: learner.id,
		article: article!,
		quizLength: '5',
		answerBy: 'choosing',
		now: tick()
	});
	await readings.start(temp.db, id, tick());
	const reading = (await readings.read(temp.db, id))!;
	const finished = await readings.finish(temp.db, reading, {
		now: tick(ms),
		pausedWhileHidden: true
	});
	if (finished.status !== 'quiz') throw new Error(`no quiz: ${finished.status}`);
	await answerAll(finished.attemptId, right);
}

const profileOf = async () =>
	(
		(await outcome(() => progressPage.load(event({ db: temp.db, user: learner })))) as {
			data: { profile: ReaderProfile };
		}
	).data.profile;

type Suggestions = {
	level: string | null;
	articles: { id: string; title: string; level: string; stepUp: boolean }[];
};
const suggestionsOf = async () =>
	(
		(await outcome(() => home.load(event({ db: temp.db, user: learner })))) as {
			data: { suggestions: Suggestions };
		}
	).data.suggestions;

describe('the reader profile', () => {
	it('shows nothing to chart before a timed reading', async () => {
		await quiz(samples[0]!.id, 4);
		expect(await profileOf()).toMatchObject({ rows: [], level: null, counted: 0 });
	});

	it('charts each reading (words a minute, share right, understood a minute) and places the reader by two', async () => {
		const article = samples[0]!;
		await setGrade(article.id, 9.4);
		// The whole article in four minutes, 4 of 5 right.
		await timedReading(article, 4 * MINUTE, 4);
		let profile = await profileOf();
		const wpm = Math.round(article.wordCount / 4);
		expect(profile.rows).toEqual([
			expect.objectContaining({
				articleId: article.id,
				level: 'Grade 9-10',
				wpm,
				percent: 80,
				correct: 4,
				total: 5,
				effectiveWpm: Math.round(wpm * 0.8),
				plausible: true,
				wholeTime: false
			})
		]);
		expect(profile).toMatchObject({ level: null, counted: 1 });

		await timedReading(article, 5 * MINUTE, 4);
		profile = await profileOf();
		expect(profile.rows.map((row) => row.wpm)).toEqual([wpm, Math.round(article.wordCount / 5)]);
		expect(profile).toMatchObject({ level: 'Grade 9-10', counted: 2 });
		// The library's suggestions are made at the same level.
		expect((await suggestionsOf()).level).toBe('Grade 9-10');
	});

	it('keeps a reading too fast to count in the table, and out of the level and the suggestions', async () => {
		const article = samples[0]!;
		await setGrade(article.id, 9.4);
		await timedReading(article, 4 * MINUTE, 4);
		await timedReading(article, 4 * MINUTE, 4);
		// All right, but the article "read" in ten seconds: flagged, and not a step up.
		await timedReading(article, 10_000, 5);
		await timedReading(article, 4 * MINUTE, 5);
		let profile = await profileOf();
		expect(profile.rows.map((row) => row.plausible)).toEqual([true, true, false, true]);
		expect(profile.rows[2]!.wpm).toBeGreaterThan(1000);
		expect(profile).toMatchObject({ level: 'Grade 9-10', counted: 3 });
		expect((await suggestionsOf()).level).toBe('Grade 9-10');
		// A second quiz above 90% that counts: up a level.
		await timedReading(article, 4 * MINUTE, 5);
		profile = await profileOf();
		expect(profile).toMatchObject({ level: 'Grade 11-12', counted: 4 });
		expect((await suggestionsOf()).level).toBe('Grade 11-12');
	});

	it('names the strongest and weakest skill once two skills have answers', async () => {
		await quiz(samples[0]!.id, 3);
		// Default quizzes ask key details only: one skill, nothing to compare.
		expect((await profileOf()).skills).toBeNull();
		// Our life of Edith Marlowe, its author asking for a main-idea question: the learner misses
		// it and gets the rest right.
		const [title = '', ...body] = readFileSync('tests/fixtures/edith-marlowe.txt', 'utf8').split(
			'\n'
		);
		const created = await articleStore.create(temp.db, { title, body: body.join('\n') });
		if (!created.created) throw new Error('not created');
		await articleStore.setAskedKinds(temp.db, created.id, ['main-idea']);
		expect(await questionWriter(temp.db).writeOutdated()).toBe(1);
		const id = await attempts.start(temp.db, {
			userId: learner.id,
			articleId: created.id,
			length: 'all',
			now: tick()
		});
		const kinds = new Map(
			(await temp.db.select().from(questionTable)).map((q) => [q.id, q.kind] as const)
		);
		expect([...kinds.values()]).toContain('main-idea');
		await answerAll(id!, (item) => kinds.get(item.questionId) !== 'main-idea');
		expect((await profileOf()).skills).toMatchObject({
			best: { label: 'Key details' },
			weakest: { label: 'Main idea', percent: 0 }
		});
	});
});

describe('suggested for you', () => {
	/** Articles without questions at the given grades, added a day apart: their ids by title. */
	async function shelf(grades: Record<string, number>) {
		const ids: Record<string, string> = {};
		let day = 0;
		for (const [title, grade] of Object.entries(grades)) {
			const body = `${title}. ${'The river runs past the old mill and the town. '.repeat(20)}`;
			const created = await articleStore.create(temp.db, { title, body });
			if (!created.created) throw new Error('not created');
			await temp.db
				.update(articles)
				.set({ readingGrade: grade, createdAt: new Date(Date.UTC(2026, 0, ++day)) })
				.where(eq(articles.id, created.id));
			ids[title] = created.id;
		}
		return ids;
	}
	const titles = (s: Suggestions) => s.articles.map((a) => `${a.title}${a.stepUp ? ' ↑' : ''}`);

	it('none for a new learner; after two quizzes, three unread at the level and one a step up', async () => {
		const [first, second, third] = [samples[0]!, samples[1]!, samples[2]!];
		await setGrade(first.id, 8.1);
		// Out of the way until the learner quizzes them: Grade 5-6.
		await setGrade(second.id, 5.3);
		await setGrade(third.id, 5.2);
		const ids = await shelf({
			'Seven A': 7.2,
			'Seven B': 7.5,
			'Seven C': 8.4,
			'Seven D': 8.9,
			'Nine A': 9.5,
			'Nine B': 10.4,
			'Eleven A': 11.5,
			'Eleven B': 12.2,
			College: 14
		});
		expect(await suggestionsOf()).toEqual({ level: null, articles: [] });
		await quiz(first.id, 4);
		expect(await suggestionsOf()).toEqual({ level: null, articles: [] });
		await quiz(first.id, 4);
		// Placed at the grade of what they read (8.1) with 80% right: Grade 7-8. The quizzed samples
		// are not suggested; the nearest 7.5 come first.
		let suggested = await suggestionsOf();
		expect(suggested.level).toBe('Grade 7-8');
		expect(titles(suggested)).toEqual(['Seven B', 'Seven A', 'Seven C', 'Nine A ↑']);
		expect(suggested.articles[3]).toMatchObject({ level: 'Grade 9-10', stepUp: true });

		// An article begun in "Read, then answer" is read too, even unfinished.
		const [sevenB] = await temp.db.select().from(articles).where(eq(articles.id, ids['Seven B']!));
		await readings.begin(temp.db, {
			userId: learner.id,
			article: sevenB!,
			quizLength: '5',
			answerBy: 'choosing',
			now: tick()
		});
		expect(titles(await suggestionsOf())).toEqual(['Seven A', 'Seven C', 'Seven D', 'Nine A ↑']);

		// A quiz at 80%, one above 90%, then a retry of the first's missed question, all right: a
		// retry is not a quiz on its article, so not a second one above 90%.
		await setGrade(second.id, 7.6);
		const earlier = await quiz(second.id, 4);
		await quiz(second.id, 5);
		const retry = await attempts.retryMissed(
			temp.db,
			(await attempts.read(temp.db, earlier))!,
			tick()
		);
		await answerAll(retry!, 5);
		expect((await suggestionsOf()).level).toBe('Grade 7-8');

		// The second quiz in a row above 90%: up a level, and other articles.
		await quiz(second.id, 5);
		suggested = await suggestionsOf();
		expect(suggested.level).toBe('Grade 9-10');
		expect(titles(suggested)).toEqual(['Nine A', 'Nine B', 'Eleven A ↑']);
	});

	it('leaves out practices of missed questions', async () => {
		const first = samples[0]!;
		await setGrade(first.id, 8.1);
		const missed = await quiz(first.id, 0);
		const items = (await attempts.items(temp.db, missed)).map((item) => item.id);
		const practice = await attempts.practise(temp.db, learner.id, items, tick());
		await answerAll(practice!, 5);
		// One quiz and one practice: not yet placed.
		expect((await suggestionsOf()).level).toBeNull();
	});
});
