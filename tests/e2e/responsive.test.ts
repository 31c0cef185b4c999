import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { HARBOUR, TIDE_MILL, unique } from '../fixtures/intake';
import {
	removeBuiltApp,
	removeTempFolders,
	samplesWritten,
	startServer,
	stopServers,
	tempFolder,
	type AppServer
} from './app-server';
import { createFirstAdmin, signedOutPage, uniqueName } from './helpers';

// Questions are written off the request path (src/lib/server/question-writer.ts): adding the longest
// article the app takes, or twenty files at once, must not hold up anyone else's request. Each test
// runs a server of its own, so the other tests' requests do not count against it.

const VIEWPORTS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };
/** The most another request may be held up (issue 14). */
const MOST_MS = 250;
/** About 50,000 words: the most one article may have is 50,000. */
const LONGEST = Array.from({ length: 230 }, (_, i) => unique(HARBOUR, `part ${i + 1}`)).join(
	'\n\n'
);

/**
 * Sends a request for the sign-in page (what a learner on their way in asks for) one after another
 * until `work` is done, and returns the slowest answer in milliseconds and how many there were.
 * Sent with this process's own fetch, not through Playwright's driver process, so the time is the
 * server's and the network's.
 */
async function slowestAnswerWhile(
	server: AppServer,
	work: () => Promise<void>
): Promise<{ slowestMs: number; requests: number }> {
	let done = false;
	let slowestMs = 0;
	let requests = 0;
	const watching = (async () => {
		while (!done) {
			const started = performance.now();
			const response = await fetch(`${server.url}/signin`);
			await response.text();
			slowestMs = Math.max(slowestMs, performance.now() - started);
			requests++;
			expect(response.status).toBe(200);
			await new Promise((wait) => setTimeout(wait, 20));
		}
	})();
	try {
		await work();
	} finally {
		done = true;
		await watching;
	}
	return { slowestMs, requests };
}

/** Pastes an article as a browser's form would and returns its id from the redirect. */
async function paste(
	author: APIRequestContext,
	server: AppServer,
	title: string,
	text: string
): Promise<string> {
	const response = await author.post(`${server.url}/articles/new?/paste`, {
		form: { title, text },
		headers: { origin: server.url, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	return /\/articles\/([0-9a-z]{16})/.exec(response.headers().location ?? '')?.[1] ?? '';
}

/** Waits until the article's page no longer says its questions are being written. */
async function questionsWritten(
	request: APIRequestContext,
	server: AppServer,
	id: string
): Promise<void> {
	const writing = async () =>
		((await (await request.get(`${server.url}/articles/${id}/status`)).json()) as { state: string })
			.state === 'writing';
	await expect.poll(writing, { timeout: 60_000, intervals: [200] }).toBe(false);
}

/** A server on a fresh database with its first admin signed in on `page`, samples written. */
async function freshServer(page: Page): Promise<AppServer> {
	const server = await startServer({ databaseUrl: `file:${join(tempFolder(), 'app.db')}` });
	await samplesWritten(server);
	await createFirstAdmin(
		page,
		{ username: 'Head.Teacher', password: 'harbour lights 1844' },
		server.url
	);
	return server;
}

test.describe('another learner’s request while questions are written', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });
	test.afterEach(async () => {
		await stopServers();
		removeTempFolders();
	});
	test.afterAll(removeBuiltApp);

	test('adding a 50,000-word article holds up no other request by more than 250 ms', async ({
		browser
	}) => {
		const page = await signedOutPage(browser);
		const server = await freshServer(page);
		const author = page.request;
		let id = '';
		const { slowestMs, requests } = await slowestAnswerWhile(server, async () => {
			id = await paste(author, server, 'The longest article', LONGEST);
			await questionsWritten(author, server, id);
		});
		const article = await (await author.get(`${server.url}/articles/${id}`)).text();
		expect(article).toMatch(/\d+ questions on this article/);
		expect(requests).toBeGreaterThan(5);
		expect(slowestMs).toBeLessThan(MOST_MS);

		// What the author sees while they are written, for people to look at (as layout.test.ts).
		const again = await paste(author, server, 'Once more', `${LONGEST}\n\nOnce more.`);
		await page.goto(`${server.url}/articles/${again}?added=1`);
		await expect(page.getByRole('status')).toHaveText(
			'Article added. Its questions are being written.'
		);
		await expect(page.getByText('Writing questions…')).toBeVisible();
		for (const [viewport, size] of Object.entries(VIEWPORTS))
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.setViewportSize(size);
				await page.emulateMedia({ colorScheme });
				await page.screenshot({
					path: `tests/screenshots/article-writing-${viewport}-${colorScheme}.png`
				});
			}
	});

	test('uploading 20 files at once holds up no other request by more than 250 ms', async ({
		browser
	}) => {
		const page = await signedOutPage(browser);
		const server = await freshServer(page);
		const author = page.request;
		const tag = uniqueName('upload');
		// Twenty files of about 2,400 words each.
		const form = new FormData();
		for (let i = 0; i < 20; i++) {
			const parts = Array.from({ length: 11 }, (_, j) =>
				unique(i % 2 ? TIDE_MILL : HARBOUR, `${tag} ${i}.${j}`)
			);
			form.append(
				'files',
				new File([parts.join('\n\n')], `part-${i + 1}.txt`, { type: 'text/plain' })
			);
		}
		let ids: string[] = [];
		const { slowestMs, requests } = await slowestAnswerWhile(server, async () => {
			const response = await author.post(`${server.url}/articles/new?/upload`, {
				multipart: form,
				headers: { origin: server.url, accept: 'text/html' }
			});
			expect(response.status()).toBe(200);
			const page = await response.text();
			ids = [...new Set([...page.matchAll(/\/articles\/([0-9a-z]{16})/g)].map((m) => m[1]!))];
			// Written one at a time in the order added: once the last has its questions, all have.
			await questionsWritten(author, server, ids.at(-1)!);
		});
		expect(ids).toHaveLength(20);
		for (const id of ids) await questionsWritten(author, server, id);
		expect(requests).toBeGreaterThan(5);
		expect(slowestMs).toBeLessThan(MOST_MS);
	});
});
