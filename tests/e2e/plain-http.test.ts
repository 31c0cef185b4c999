import { expect, test } from '@playwright/test';
import { request as httpRequest, createServer, type Server } from 'node:http';
import { readBack, removeTempFolders, startAsNpmStart, stopServers } from './app-server';
import { createFirstAdmin, signedOutPage } from './helpers';

// A newcomer's first run: `npm start` with nothing set but the port, opened over plain HTTP at
// whatever address the browser uses. Every other browser test sets ORIGIN, which is why none of
// them saw every form refused as cross-site when it was not set (issue 12).

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';
const REFUSED = 'This form was sent from another site';
const ADMIN = { username: 'First.Teacher', password: 'lantern quay 1902' };
const LEARNER = { username: 'Second.Learner', password: 'copper kettle 77' };

const pages: Server[] = [];
test.afterEach(async () => {
	await stopServers();
	await Promise.all(pages.splice(0).map((page) => new Promise((done) => page.close(done))));
	removeTempFolders();
});

/** Serves `html` at the root of a loopback server of its own: another site, as the browser sees it. */
async function otherSite(html: string): Promise<string> {
	const server = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
	});
	pages.push(server);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** Posts a sign-up form as a script can (any headers); resolves with the status and body. */
function postForm(
	url: string,
	headers: Record<string, string>
): Promise<{ status: number; body: string }> {
	return new Promise((done, fail) => {
		const req = httpRequest(
			url,
			{
				method: 'POST',
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					Accept: 'text/html',
					...headers
				}
			},
			(res) => {
				let body = '';
				res.on('data', (chunk: Buffer) => (body += chunk.toString()));
				res.on('end', () => done({ status: res.statusCode ?? 0, body }));
			}
		);
		req.on('error', fail);
		// Too short a name: an accepted post is answered 400 beside the field, and nothing is stored.
		req.end('username=x&password=short');
	});
}

/** Whether a post reached the sign-up action (400, its form error) or was refused as cross-site. */
async function verdict(url: string, headers: Record<string, string>) {
	const { status, body } = await postForm(url, headers);
	if (status === 403 && body.includes(REFUSED)) return 'refused';
	if (status === 400) return 'accepted';
	throw new Error(`Unexpected answer ${status}: ${body.slice(0, 300)}`);
}

test('npm start with no settings: admin, quiz and a second sign-up over plain HTTP at localhost and 127.0.0.1', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const app = await startAsNpmStart();
	const local = `http://localhost:${app.port}`;

	// The first visit creates the admin account, at http://localhost.
	const page = await signedOutPage(browser);
	await createFirstAdmin(page, ADMIN, local);

	// Sign out and back in.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('navigation', { name: 'Main' })).not.toContainText(ADMIN.username);
	await page.goto(`${local}/signin`);
	await page.getByLabel('Username').fill(ADMIN.username);
	await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav).toContainText(ADMIN.username);

	// Open a sample article, start a quiz and answer its first question.
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await expect(page.getByRole('heading', { level: 1, name: APOLLO })).toBeVisible();
	await page.getByLabel('5 questions').check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page).toHaveURL(new RegExp(`^${local}/quiz/[0-9a-z]{16}$`));
	await page.locator('label.option').first().click();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('#feedback .result')).toHaveText(/^\s*(Correct|Incorrect)\s*$/);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('#progress-label')).toHaveText('Question 2 of 5');

	// A second person signs up at http://127.0.0.1, the same server under another address.
	const learner = await signedOutPage(browser);
	const loopback = `http://127.0.0.1:${app.port}`;
	await learner.goto(`${loopback}/signup`);
	await expect(learner.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
	await learner.getByLabel('Username').fill(LEARNER.username);
	await learner.getByLabel('Password', { exact: true }).fill(LEARNER.password);
	await learner.getByRole('button', { name: 'Sign up' }).click();
	await expect(learner.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(learner.getByRole('navigation', { name: 'Main' })).toContainText(LEARNER.username);

	const { users, answers } = await readBack(app.databaseUrl);
	expect(users.sort()).toEqual([ADMIN.username, LEARNER.username].sort());
	expect(answers).toHaveLength(1);
	// The only output is the server's own: no refused form, no error.
	expect(app.output()).not.toMatch(/error|forbidden/i);
});

test('npm start with no settings still refuses a form posted from another site, and says why', async ({
	browser
}) => {
	const app = await startAsNpmStart();
	const target = `http://localhost:${app.port}/signup`;
	const site = await otherSite(`<!doctype html><title>Another site</title>
		<form method="post" action="${target}">
			<input name="username" value="Planted.Admin" />
			<input name="password" value="planted password 1" />
			<button>Send</button>
		</form>`);
	const page = await signedOutPage(browser);
	await page.goto(`${site}/`);
	const [response] = await Promise.all([
		page.waitForResponse(target),
		page.getByRole('button', { name: 'Send' }).click()
	]);
	expect(response.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1, name: REFUSED })).toBeVisible();
	const main = page.getByRole('main');
	await expect(main).toContainText(
		`This one was sent from ${site}, but this server's address is http://localhost:${app.port}.`
	);
	await expect(main).toContainText(`set ORIGIN=${site}`);
	await expect(main).toContainText('nothing was saved');
	await expect(
		page.getByRole('link', { name: `Open http://localhost:${app.port}` })
	).toHaveAttribute('href', `http://localhost:${app.port}/`);
	// Nothing was stored: the planted account (which would have been the admin) does not exist.
	expect((await readBack(app.databaseUrl)).users).toEqual([]);
});

test('the protocol comes from the connection: a client cannot claim https, or any other address, without settings', async () => {
	const app = await startAsNpmStart();
	const signup = `http://127.0.0.1:${app.port}/signup`;
	const own = `http://127.0.0.1:${app.port}`;
	expect(await verdict(signup, { Origin: own })).toBe('accepted');
	// A forwarded protocol is not trusted without PROTOCOL_HEADER, nor our own header's name.
	const spoofed = {
		'X-Forwarded-Proto': 'https',
		'X-Quizwright-Socket-Protocol': 'https',
		'X-Forwarded-Host': 'quiz.example.org'
	};
	expect(await verdict(signup, { Origin: own, ...spoofed })).toBe('accepted');
	expect(await verdict(signup, { Origin: `https://127.0.0.1:${app.port}`, ...spoofed })).toBe(
		'refused'
	);
	expect(await verdict(signup, { Origin: 'https://quiz.example.org', ...spoofed })).toBe('refused');
	// No Origin at all is refused, as SvelteKit refuses it.
	expect(await verdict(signup, {})).toBe('refused');

	// And it still stops cleanly on SIGTERM, as adapter-node's own server does.
	await app.kill('SIGTERM');
	expect(app.exited()).toEqual({ code: 0, signal: null });
});

test('PROTOCOL_HEADER and HOST_HEADER are honoured as adapter-node documents them', async () => {
	const app = await startAsNpmStart({
		env: { PROTOCOL_HEADER: 'x-forwarded-proto', HOST_HEADER: 'x-forwarded-host' }
	});
	const signup = `http://127.0.0.1:${app.port}/signup`;
	const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'quiz.example.org' };
	expect(await verdict(signup, { Origin: 'https://quiz.example.org', ...forwarded })).toBe(
		'accepted'
	);
	expect(await verdict(signup, { Origin: `http://127.0.0.1:${app.port}`, ...forwarded })).toBe(
		'refused'
	);
});

test('ORIGIN wins over the connection and any header, and a browser elsewhere is told what to set', async ({
	browser
}) => {
	const origin = 'https://quiz.example.org';
	const app = await startAsNpmStart({ env: { ORIGIN: origin } });
	const signup = `http://127.0.0.1:${app.port}/signup`;
	expect(await verdict(signup, { Origin: origin })).toBe('accepted');
	expect(await verdict(signup, { Origin: `http://127.0.0.1:${app.port}` })).toBe('refused');
	expect(
		await verdict(signup, {
			Origin: `http://127.0.0.1:${app.port}`,
			'X-Forwarded-Proto': 'http',
			'X-Quizwright-Socket-Protocol': 'http'
		})
	).toBe('refused');

	// Opened at an address ORIGIN does not name, the form that makes the admin (sent by use:enhance)
	// is refused, and the app's own error page explains it.
	const page = await signedOutPage(browser);
	const opened = `http://127.0.0.1:${app.port}`;
	await page.goto(`${opened}/`);
	await expect(page).toHaveURL(`${opened}/signup`);
	await page.getByLabel('Username').fill('Someone');
	await page.getByLabel('Password', { exact: true }).fill('any password at all');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { level: 1, name: REFUSED })).toBeVisible();
	await expect(page.getByText(`This one was sent from ${opened}`)).toBeVisible();
	await expect(page.getByText(`set ORIGIN=${opened}`)).toBeVisible();
	await expect(page).toHaveTitle(`${REFUSED} · Quizwright`);
	expect((await readBack(app.databaseUrl)).users).toEqual([]);
});
