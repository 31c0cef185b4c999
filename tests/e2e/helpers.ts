import axe from 'axe-core';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Where the setup project keeps the first admin's signed-in browser state (git-ignored). */
export const ADMIN_STATE = 'tests/e2e/.auth/admin.json';

/** The first admin, made through the UI on the fresh database by admin.setup.ts. */
export const ADMIN = { username: 'Head.Teacher', password: 'harbour lights 1844' };

/** A username no other test or run uses (3–32 characters). */
export function uniqueName(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A browser context with nobody signed in. */
export async function signedOutPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({
		storageState: { cookies: [], origins: [] },
		javaScriptEnabled
	});
	return context.newPage();
}

/** Fills and submits the sign-in form, then waits for the library. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
	await page.goto('/signin');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

/** Signs a new learner up through the form and waits for the library. */
export async function signUp(page: Page, username: string, password: string): Promise<void> {
	await page.goto('/signup');
	await expect(page.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

/**
 * The first visit on a fresh database: it lands on the admin sign-up, makes the admin account and
 * waits for the library. `home` is the app's address ('' for the configured base URL).
 */
export async function createFirstAdmin(
	page: Page,
	account: { username: string; password: string } = ADMIN,
	home = ''
): Promise<void> {
	await page.goto(`${home}/`);
	await expect(page).toHaveURL(home ? `${home}/signup` : /\/signup$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Create the admin account' })
	).toBeVisible();
	await page.getByLabel('Username').fill(account.username);
	await page.getByLabel('Password', { exact: true }).fill(account.password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

/**
 * Our Panama Canal sample's text (four dated events) with a paragraph of ours holding a word worth
 * asking in context ("trembled"), filed under `tag` so it is never a duplicate.
 */
export function canalText(tag: string): string {
	const [, ...body] = readFileSync('src/lib/server/samples/panama-canal.txt', 'utf8').split('\n');
	return `${body.join('\n').trim()}

When the first ship rose in the new lock, the heavy wooden gates trembled and the watching crowd cheered.

In recent years the crowds of sightseers at the old locks have dwindled. Ticket prices doubled, the museum closed and the viewing deck narrowed. Younger visitors now watch the ships on a live camera, and many of the souvenir stalls stand empty for most of the week.

This copy was filed under the reference ${tag}.`;
}

/**
 * Our life of Edith Marlowe (tests/fixtures/edith-marlowe.txt, title "Edith Marlowe"): asked for
 * main idea, it gets "Which statement best sums up the article?", keyed "Marlowe studied how glass
 * takes its colour." beside three of its own sentences. Filed under `tag` in its last sentence, so
 * it is never a duplicate.
 */
export function marloweText(tag: string): string {
	const [, ...body] = readFileSync('tests/fixtures/edith-marlowe.txt', 'utf8').split('\n');
	return `${body.join('\n').trim()} This profile of Marlowe was filed under the reference ${tag}.`;
}

/**
 * Our notes on a made-up valley (tests/fixtures/valley-of-orrin.txt, title "The Valley of Orrin"),
 * whose lists of diseases and crops a "Not stated" item asks about, filed under `tag`.
 */
export function orrinText(tag: string): string {
	const [, ...body] = readFileSync('tests/fixtures/valley-of-orrin.txt', 'utf8').split('\n');
	return `${body.join('\n').trim()} This guide was filed under the reference ${tag}.`;
}

/**
 * One of our made-up texts in tests/fixtures (first line the title), filed under `tag` in its last
 * sentence so it is never a duplicate: `{ title, text }` to add as an article.
 */
export function fixtureArticle(file: string, tag: string): { title: string; text: string } {
	const [title = '', ...body] = readFileSync(`tests/fixtures/${file}`, 'utf8').split('\n');
	return {
		title,
		text: `${body.join('\n').trim()} This copy was filed under the reference ${tag}.`
	};
}

/**
 * As the page's author: adds an article, asks for the comprehension kinds whose "Question kinds"
 * labels match `kinds`, and waits until its questions are written again with them.
 */
export async function addArticleAsking(
	page: Page,
	title: string,
	text: string,
	kinds: RegExp[]
): Promise<void> {
	await page.goto('/articles/new');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(text);
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page.getByRole('status')).toContainText(/Article added with \d+ questions?\b/);
	await page.getByText('Question kinds', { exact: true }).click();
	for (const kind of kinds) await page.getByRole('checkbox', { name: kind }).check();
	await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST'),
		page.getByRole('button', { name: 'Save question kinds' }).click()
	]);
	// Until they are written, the page says so instead of offering a quiz.
	await expect(async () => {
		await page.reload();
		await expect(page.getByText(/^\d+ questions on this article\.$/)).toBeVisible({
			timeout: 1000
		});
	}).toPass({ timeout: 30_000 });
}

const viewports = [
	{ name: 'phone', width: 360, height: 780 },
	{ name: 'desktop', width: 1280, height: 900 }
];

/**
 * Whether pages are photographed into tests/screenshots/ for people to look at: yes on our
 * machines, no on CI, which keeps no files (SCREENSHOTS=1 or 0 decides either way). The checks made
 * beside each photograph (nothing scrolls sideways, axe-core) run either way.
 */
export const SCREENSHOTS = process.env.SCREENSHOTS
	? process.env.SCREENSHOTS !== '0'
	: !process.env.CI;

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe-core tags its rules. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core finds no violation of a WCAG A or AA rule on the page as it is now (issue 18). Each one
 * is listed with the elements it found, so a failure says what to mend.
 *
 * axe-core is put into each page once and run there, rather than through @axe-core/playwright's
 * AxeBuilder: AxeBuilder sends axe's half a megabyte again for every check and merges the results
 * in a blank page of its own, 1.3 s a check against 0.1 s, and a page here is checked four times
 * (two widths, two themes) without reloading. We have no frames, which is what AxeBuilder adds.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
	// A string runs as a script through the DevTools protocol, which the page's CSP does not stop.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	const violations = await page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: typeof import('axe-core') };
		const results = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.slice(0, 3).map((node) => node.target.join(' '))
		}));
	}, WCAG_AA);
	const found = violations.map(
		(v) => `${v.id} (${v.impact ?? 'no impact given'}): ${v.help} at ${v.targets.join(', ')}`
	);
	expect(found, `axe-core on ${where}`).toEqual([]);
}

/**
 * The page (or one part of it) at both widths in both themes, into tests/screenshots/; nothing
 * scrolls sideways, and axe-core finds no WCAG A or AA violation on the page.
 */
export async function shootAll(page: Page, name: string, part?: Locator) {
	const before = page.viewportSize();
	for (const viewport of viewports)
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
			await expectAccessible(page, `${name} (${viewport.name}, ${colorScheme})`);
			const path = `tests/screenshots/${name}-${viewport.name}-${colorScheme}.png`;
			if (!SCREENSHOTS) continue;
			if (part) await part.screenshot({ path });
			else await page.screenshot({ path, fullPage: true });
		}
	if (before) await page.setViewportSize(before);
	await page.emulateMedia({ colorScheme: 'light' });
}
