// Issue 17, first part: every article's reading level, worked out when it is added (and at start
// for those added before), shown on its page, and the library sorted and narrowed by it.
import { eq, isNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import { articles } from '../../src/lib/server/db/schema';
import { seedSamples } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import * as home from '../../src/routes/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';

let temp: TempDb;
let reader: PublicUser;

// A first reader's page of ours: short words, short sentences.
const EASY = {
	title: 'Tom and his dog',
	body: Array.from(
		{ length: 8 },
		() =>
			'Tom has a red ball. He likes to play with it in the park. His dog runs after the ball. The dog is fast.'
	)
		.map((line, i) => `${line} They play on day ${i + 1}.`)
		.join('\n\n')
};

beforeEach(async () => {
	temp = await createTempDb();
	await seedSamples(temp.db);
	const created = await users.create(temp.db, {
		username: 'reader',
		passwordHash: 'x',
		role: 'learner'
	});
	if (!created.created) throw new Error('user not created');
	reader = created.user;
});
afterEach(() => temp.cleanup());

type Library = {
	kind: 'data';
	data: { articles: { title: string; level: string | null; readingGrade: number }[] };
};
const library = async (query = '') =>
	(
		(await outcome(() =>
			home.load(event({ db: temp.db, user: reader, url: `http://localhost/${query}` }))
		)) as Library
	).data.articles;

describe('reading levels', () => {
	it('are worked out when an article is added, and shown on its page with the figures', async () => {
		const added = await articleStore.add(temp.db, EASY, new Date());
		if (!added.created) throw new Error('not added');
		const [row] = await temp.db.select().from(articles).where(eq(articles.id, added.id));
		expect(row!.readingGrade).toBeLessThan(5);
		expect(row!.readingLevel!.sentences).toBe(40);
		expect(row!.readingLevel!.words).toBeGreaterThan(150);
		const page = (await outcome(() =>
			articlePage.load(event({ db: temp.db, user: reader, params: { id: added.id } }))
		)) as { kind: 'data'; data: { level: { label: string; daleChallGrades: string } } };
		expect(page.data.level).toMatchObject({
			label: 'Grade 4 and below',
			daleChallGrades: 'Grade 4 and below'
		});
	});

	it('are filled in at start for articles added before they were', async () => {
		await temp.db.update(articles).set({ readingLevel: null, readingGrade: null });
		expect(await articleStore.fillReadingLevels(temp.db)).toBe(3);
		expect(await temp.db.select().from(articles).where(isNull(articles.readingGrade))).toHaveLength(
			0
		);
		// Done once: nothing is left to fill.
		expect(await articleStore.fillReadingLevels(temp.db)).toBe(0);
	});

	it('sort and narrow the library', async () => {
		await articleStore.add(temp.db, EASY, new Date());
		const easiest = await library('?sort=easiest');
		expect(easiest[0]!.title).toBe('Tom and his dog');
		const grades = easiest.map((a) => a.readingGrade);
		expect(grades).toEqual([...grades].sort((a, b) => a - b));
		const hardest = await library('?sort=hardest');
		expect(hardest.map((a) => a.title)).toEqual(easiest.map((a) => a.title).reverse());
		expect(await library('?level=Grade+4+and+below')).toEqual([
			expect.objectContaining({ title: 'Tom and his dog', level: 'Grade 4 and below' })
		]);
		expect((await library('?length=long')).length).toBe(0);
		// What the form does not know is ignored: the whole library, newest first.
		expect(await library('?sort=sideways&level=Grade+99')).toHaveLength(4);
	});
});
