import { expect, test, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { join } from 'node:path';
import { createDb } from '../../src/lib/server/db';
import { articles, users } from '../../src/lib/server/db/schema';
import * as attempts from '../../src/lib/server/attempts';
import * as readings from '../../src/lib/server/readings';
import { LEVELS } from '../../src/lib/reading/shelf';
import {
	removeBuiltApp,
	removeTempFolders,
	samplesWritten,
	startServer,
	stopServers,
	tempFolder
} from './app-server';
import { ADMIN, createFirstAdmin, signedOutPage, signUp, uniqueName } from './helpers';

// Issue 17: "Suggested for you" in the library, moving up after two quizzes above 90%, and the
// reader profile on the progress page, in both themes at 360 px and on a desktop.

test.afterEach(async () => {
	await stopServers();
	removeTempFolders();
});
test.afterAll(removeBuiltApp);

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';
const viewports = [
	{ name: 'mobile', width: 360, height: 780 },
	{ name: 'desktop', width: 1280, height: 900 }
];

/** Screenshots at both widths in both themes, checking nothing scrolls sideways. */
async function shootAll(page: Page, name: string, locator = page.locator('main')) {
	for (const viewport of viewports)
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
			await locator.screenshot({
				path: `tests/screenshots/${name}-${viewport.name}-${colorScheme}.png`
			});
		}
	await page.setViewportSize(viewports[1]!);
	await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * A quiz on Apollo 11 in the browser: each answer right when `known` holds it (else the first
 * option), and every right answer the feedback shows added to `known`. Returns how many were right.
 */
async function quizOnApollo(page: Page, length: RegExp, known: Map<string, Set<string>>) {
	await page.goto('/');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await page.getByRole('radio', { name: length }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	let right = 0;
	for (;;) {
		const stem = (await page.locator('#stem').innerText()).trim();
		const texts = (await page.locator('label.option .text').allInnerTexts()).map((t) => t.trim());
		const pick = texts.findIndex((text) => known.get(stem)?.has(text));
		await page.locator('label.option').nth(Math.max(0, pick)).click();
		await page.getByRole('button', { name: 'Check' }).click();
		const key = (await page.locator('.answered .right .text').innerText()).trim();
		known.set(stem, new Set([...(known.get(stem) ?? []), key]));
		if ((await page.locator('#feedback .result').innerText()).trim() === 'Correct') right++;
		const next = page.getByRole('button', { name: /^(Next|See results)$/ });
		const last = (await next.innerText()).trim() === 'See results';
		const label = (await page.locator('#progress-label').innerText()).trim();
		await next.click();
		if (last) break;
		await expect(page.locator('#progress-label')).not.toHaveText(label);
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	return right;
}

const suggested = (page: Page) =>
	page.getByRole('list', { name: 'Suggested articles' }).getByRole('link');

test('suggestions at the learner’s level move up after two quizzes above 90%', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('reader'), 'harbour lights 1844');
	const section = page.getByRole('region', { name: 'Suggested for you' });
	await expect(section).toContainText(
		'Finish two quizzes and Quizwright suggests articles at your level.'
	);

	// Two quizzes place the learner: the whole quiz, then five, the first option where unknown.
	const known = new Map<string, Set<string>>();
	await quizOnApollo(page, /^All \d+$/, known);
	await quizOnApollo(page, /^5 questions$/, known);
	await page.goto('/');
	await expect(section).toContainText(/At your level, Grade \d+-\d+/);
	const placed = (await section.locator('p').first().innerText()).match(/Grade \d+-\d+/)![0];
	const before = await suggested(page).allInnerTexts();
	expect(before.length).toBeGreaterThan(0);
	// Apollo 11 is quizzed: never suggested again.
	expect(before).not.toContain(APOLLO);
	await shootAll(page, 'suggestions', section);

	// Two quizzes in a row all right: a level up, and other articles.
	expect(await quizOnApollo(page, /^5 questions$/, known)).toBe(5);
	expect(await quizOnApollo(page, /^5 questions$/, known)).toBe(5);
	await page.goto('/');
	// Up one level: other articles, or none yet when the library has nothing that hard.
	const up = LEVELS[LEVELS.indexOf(placed as (typeof LEVELS)[number]) + 1]!;
	await expect(section).toContainText(new RegExp(`your level, ${up}[,:]`));
	const after = await suggested(page).allInnerTexts();
	expect(after).not.toEqual(before);
	expect(after).not.toContain(APOLLO);
	await page.context().close();
});

test('the reader profile charts timed readings, with their figures in a table', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// A server of its own: the readings are written while it is stopped, never beside its writes.
	const databaseUrl = `file:${join(tempFolder(), 'profile.db')}`;
	const server = await startServer({ databaseUrl });
	await samplesWritten(server);
	const context = await browser.newContext({
		baseURL: server.url,
		storageState: { cookies: [], origins: [] }
	});
	const page = await context.newPage();
	await createFirstAdmin(page);
	await page.goto('/progress');
	await expect(page.getByRole('region', { name: 'Reader profile' })).toHaveCount(0);
	await server.kill();

	// Until "Read, then answer" has a page of its own here, the readings are made by the server's
	// own modules, with their clock: four readings, the third far too fast.
	const db = createDb(databaseUrl);
	try {
		const [user] = await db.select().from(users).where(eq(users.username, ADMIN.username));
		const [article] = await db.select().from(articles).where(eq(articles.title, APOLLO));
		let clock = Date.UTC(2026, 2, 2, 9);
		const tick = (ms = 60_000) => new Date((clock += ms));
		// How long reading the article at `wpm` words a minute takes.
		const at = (wpm: number) => Math.round((article!.wordCount / wpm) * 60_000);
		for (const [ms, right] of [
			[at(240), 4],
			[at(260), 4],
			[10_000, 5],
			[at(280), 5]
		] as const) {
			const id = await readings.begin(db, {
				userId: user!.id,
				article: article!,
				quizLength: '5',
				answerBy: 'choosing',
				now: tick()
			});
			await readings.start(db, id, tick());
			const done = await readings.finish(db, (await readings.read(db, id))!, {
				now: tick(ms),
				pausedWhileHidden: ms !== 10_000
			});
			if (done.status !== 'quiz') throw new Error(done.status);
			for (let n = 0; ; n++) {
				const attempt = (await attempts.read(db, done.attemptId))!;
				if (attempt.finishedAt) break;
				const item = (await attempts.items(db, attempt.id))[attempt.cursor]!;
				const choice = n < right ? item.answerIndex : (item.answerIndex + 1) % 4;
				await attempts.recordAnswer(db, attempt, item.id, choice, tick());
				await attempts.advance(db, attempt, attempt.cursor, tick());
			}
		}
	} finally {
		db.$client.close();
	}

	await startServer({ databaseUrl, port: server.port });
	await page.goto('/progress');
	const profile = page.getByRole('region', { name: 'Reader profile' });
	await expect(profile).toContainText('Your reading level: Grade 9-10');
	// Two charts, of the three readings that count: the rate chart with two lines.
	await expect(profile.locator('svg.chart')).toHaveCount(2);
	await expect(profile.locator('svg.chart').first().locator('circle')).toHaveCount(6);
	await expect(profile.locator('svg.chart').last().locator('circle')).toHaveCount(3);
	const rows = profile
		.getByRole('table', { name: 'Timed readings, oldest first' })
		.locator('tbody tr');
	await expect(rows).toHaveCount(4);
	await expect(rows.nth(0)).toContainText('4 / 5 (80%)');
	await expect(rows.nth(2)).toContainText('too fast to count');
	await expect(rows.nth(2)).toContainText('*');
	await expect(profile).toContainText('Readings too fast to count are in the table only.');
	await shootAll(page, 'reader-profile', profile);
	await context.close();
});
