import { expect, request as apiRequest, test } from '@playwright/test';
import { join } from 'node:path';
import { HARBOUR, unique } from '../fixtures/intake';
import {
	removeBuiltApp,
	removeTempFolders,
	samplesWritten,
	startServer,
	stopServers,
	tempFolder,
	type AppServer
} from './app-server';
import { ADMIN_STATE, signedOutPage, signIn, signUp, uniqueName } from './helpers';

// Findings of the outside probe (issue 12): reserved form action names (F2/F3), text with control
// or invisible characters (F4/F7), usernames anyone could lock (F8/F9) and client errors shown as
// "Something went wrong" and logged with stacks (F10/F13).

const PASSWORD = 'harbour lights 1844';
/** Request contexts otherwise start with the admin's cookies (the project's storageState). */
const SIGNED_OUT = { cookies: [], origins: [] };
/** A stack frame or a source location: never in a client error's log line. */
const STACK = /^\s+at\s|\.js:\d+/m;

/** A server on a fresh database, once it has written the samples' questions (in the background). */
async function settledServer(): Promise<AppServer> {
	const server = await startServer({ databaseUrl: `file:${join(tempFolder(), 'app.db')}` });
	await samplesWritten(server);
	return server;
}

/** What the server printed after `from` characters of output, once it has been quiet a moment. */
async function printedSince(server: AppServer, from: number): Promise<string> {
	let seen = -1;
	while (seen !== server.output().length) {
		seen = server.output().length;
		await new Promise((wait) => setTimeout(wait, 300));
	}
	return server.output().slice(from);
}

test.describe('on a server of its own, read by its log', () => {
	test.afterEach(async () => {
		await stopServers();
		removeTempFolders();
	});
	test.afterAll(removeBuiltApp);

	test('reserved form action names answer 404, and nothing is logged', async () => {
		const server = await settledServer();
		const api = await apiRequest.newContext({
			baseURL: server.url,
			extraHTTPHeaders: { origin: server.url },
			storageState: SIGNED_OUT
		});
		const created = await api.post('/signup', {
			form: { username: 'first.admin', password: PASSWORD },
			headers: { accept: 'text/html' },
			maxRedirects: 0
		});
		expect(created.status()).toBe(303);
		const session = (await api.storageState()).cookies.find((c) => c.name === 'session')!.value;
		const from = server.output().length;
		const names = ['default', 'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];
		for (const path of ['/signin', '/admin/users', '/articles/new', '/review']) {
			for (const name of names) {
				const form = { username: 'first.admin', password: PASSWORD };
				const page = await api.post(`${path}?/${name}`, {
					form,
					headers: { accept: 'text/html' },
					maxRedirects: 0
				});
				expect(page.status(), `${path}?/${name}`).toBe(404);
				expect(await page.text()).toBe('Not found: this page has no such form action.');
				const enhanced = await api.post(`${path}?/${name}`, {
					form,
					headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
				});
				expect(enhanced.status(), `${path}?/${name} (enhanced)`).toBe(404);
				expect(await enhanced.json()).toMatchObject({ type: 'error', status: 404 });
			}
		}
		// SvelteKit's own answer to an unknown but ordinary name is a 404 too, never a 500.
		const unknown = await api.post('/admin/users?/nosuch', {
			form: { userId: 'x' },
			headers: { accept: 'text/html' }
		});
		expect(unknown.status()).toBe(404);
		expect(await printedSince(server, from)).toBe('');
		expect(server.output()).not.toContain(session);
		await api.dispose();
	});

	test('a malformed address and a form sent as JSON get a page saying what was wrong, and one log line each', async ({
		browser
	}) => {
		const server = await settledServer();
		const context = await browser.newContext({
			baseURL: server.url,
			storageState: SIGNED_OUT
		});
		const page = await context.newPage();
		let from = server.output().length;
		const response = await page.goto('/articles/%E0%A4%A');
		expect(response?.status()).toBe(400);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'The request was not understood'
		);
		await expect(
			page.getByText('This address is malformed (it has a broken %-escape), so it leads nowhere.')
		).toBeVisible();
		await expect(page).toHaveTitle('Request not understood · Quizwright');
		expect(await printedSince(server, from)).toBe('400 GET /articles/%E0%A4%A: Malformed URI\n');

		from = server.output().length;
		const json = await page.request.post('/signup', {
			data: { username: 'first.admin', password: PASSWORD },
			headers: { accept: 'text/html', origin: server.url }
		});
		expect(json.status()).toBe(415);
		const html = await json.text();
		expect(html).toMatch(/<h1[^>]*>The request was not understood<\/h1>/);
		expect(html).toContain(
			'This form was not sent as an ordinary web form, so the server could not read it.'
		);
		const logged = await printedSince(server, from);
		expect(logged).toBe('415 POST /signup: Unsupported Media Type\n');
		expect(logged).not.toMatch(STACK);
		await context.close();
	});
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('a title with a direction override is refused beside the field, the text kept', async ({
			page
		}) => {
			await page.goto('/articles/new');
			const title = page.getByLabel('Title');
			const text = page.getByLabel('Text', { exact: true });
			const body = unique(HARBOUR, uniqueName('override'));
			await title.fill('Harbour \u202Eyrarbil');
			await text.fill(body);
			await page.getByRole('button', { name: 'Add article' }).click();
			await expect(title).toHaveAccessibleDescription(
				'The title holds an invisible direction control (U+202E) after “Harbour”, which can make text show in a different order. Remove it.'
			);
			await expect(title).toHaveAttribute('aria-invalid', 'true');
			// Without JavaScript the page shows it back without the override, so sending it again
			// sends it clean; with JavaScript the field keeps what was typed.
			await expect(title).toHaveValue(
				javaScriptEnabled ? 'Harbour \u202Eyrarbil' : 'Harbour yrarbil'
			);
			await expect(text).toHaveValue(body);
			await expect(page.getByRole('heading', { level: 1, name: 'Add article' })).toBeVisible();
		});
	});
}

test('a role change for a user who is no longer there says so', async ({ browser }) => {
	// Without JavaScript, so the page is the server's answer to the post (and no hydration can put
	// the hidden field back).
	const context = await browser.newContext({ storageState: ADMIN_STATE, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/admin/users');
	const row = page.getByRole('list', { name: 'Users' }).getByRole('listitem').first();
	await row.locator('input[name="userId"]').evaluate((input: HTMLInputElement) => {
		input.value = 'zzzzzzzzzzzzzzzz';
	});
	await row.getByRole('button', { name: 'Change role' }).click();
	await expect(page.getByRole('alert')).toHaveText('That user no longer exists.');
	await context.close();
});

test('a quiz’s Next that the server cannot read says so beside the button', async ({ browser }) => {
	const context = await browser.newContext({ storageState: ADMIN_STATE, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	// A sample, not the first article listed: another test may have just added a short one.
	await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('link', { name: 'How the Panama Canal was built' })
		.click();
	await page.getByLabel('5 questions').check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await page.locator('label.option').first().click();
	await page.getByRole('button', { name: 'Check' }).click();
	await page.locator('input[name="from"]').evaluate((input: HTMLInputElement) => {
		input.value = 'next one please';
	});
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'The form could not be read. Please send it again.'
	);
	await expect(page.locator('#progress-label')).toHaveText('Question 1 of 5');
	await context.close();
});

test('a learner locked out by someone else’s guesses still signs in from their own browser, and an admin unlocks the rest', async ({
	browser,
	page,
	baseURL
}) => {
	const name = uniqueName('locked');
	const own = await signedOutPage(browser);
	await signUp(own, name, PASSWORD);
	await own
		.getByRole('navigation', { name: 'Main' })
		.getByRole('button', { name: 'Sign out' })
		.click();
	const guesser = await apiRequest.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL! },
		storageState: SIGNED_OUT
	});
	for (let i = 0; i < 10; i++) {
		const guess = await guesser.post('/signin', {
			form: { username: name, password: `guess ${i}` },
			headers: { accept: 'text/html' }
		});
		expect(guess.status()).toBe(400);
	}
	await guesser.dispose();

	const stranger = await signedOutPage(browser);
	const tryStranger = async () => {
		await stranger.goto('/signin');
		await stranger.getByLabel('Username').fill(name);
		await stranger.getByLabel('Password', { exact: true }).fill(PASSWORD);
		await stranger.getByRole('button', { name: 'Sign in' }).click();
	};
	await tryStranger();
	await expect(stranger.getByRole('alert')).toHaveText(
		/^Too many failed sign-ins for this username\. Try again in 1[45] minutes\.$/
	);
	await signIn(own, name, PASSWORD);

	await page.goto('/admin/users');
	const row = page.getByRole('listitem').filter({ hasText: name });
	await expect(row).toContainText('Sign-in locked for new browsers');
	await row.getByRole('button', { name: 'Unlock sign-in' }).click();
	await expect(row.getByRole('status')).toHaveText('Sign-in unlocked.');
	await tryStranger();
	await expect(stranger.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await own.context().close();
	await stranger.context().close();
});
