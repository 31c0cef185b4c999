import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HARBOUR, nestedHtml, slowHtml, TIDE_MILL, unique, vague } from '../fixtures/intake';
import { uniqueName } from './helpers';

// The app under test runs with IMPORT_ALLOW_HOSTS=127.0.0.1 (playwright.config.ts), so it may
// import from this server on loopback; any other loopback spelling stays refused.
let server: Server;
let origin: string;
const served = new Map<string, string>();
test.beforeAll(async () => {
	server = createServer((req, res) => {
		const page = served.get(req.url ?? '');
		res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(page ?? 'missing');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

/** Fails the test if any script injected through an article runs. */
async function guard(page: Page) {
	page.on('dialog', (dialog) => {
		throw new Error(`A script ran: ${dialog.message()}`);
	});
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Add article' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Add article' })).toBeVisible();
}

async function expectNoScriptRan(page: Page) {
	expect(await page.evaluate(() => (window as { injected?: unknown }).injected)).toBeUndefined();
}

const XSS_TITLE = '<img src=x onerror="window.injected=1"> Harbour';
const XSS_TEXT = '<script>window.injected=2</script> <img src=x onerror="window.injected=3">';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('pasting an article opens it with its questions, key facts and rejected candidates', async ({
			page
		}) => {
			await guard(page);
			await page.getByLabel('Title').fill(XSS_TITLE);
			const text = unique(HARBOUR, uniqueName('paste'));
			await page.getByLabel('Text', { exact: true }).fill(`${text}\n\n${XSS_TEXT}`);
			await page.getByRole('button', { name: 'Add article' }).click();
			await expect(page).toHaveURL(/\/articles\/[0-9a-z]{16}\?added=1$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_TITLE);
			await expect(page.getByRole('status')).toContainText(/Article added with \d+ questions/);
			await expect(page.getByText(/Key facts to study first \(\d+\)/)).toBeVisible();
			await expect(page.getByText(/Rejected candidates \(\d+\)/)).toBeVisible();
			await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
			// Pasted markup is words in an article: shown as typed, never run.
			await expect(page.locator('article')).toContainText('<script>window.injected=2</script>');
			await expectNoScriptRan(page);
		});

		test('bad pasted text comes back with a message and everything typed kept', async ({
			page
		}) => {
			await guard(page);
			const title = page.getByLabel('Title');
			const text = page.getByLabel('Text', { exact: true });
			const cases = [
				['   ', /empty/],
				[`Too short. ${XSS_TEXT}`, /The text has \d+ words; an article needs at least 80\./],
				['many words '.repeat(25_001), /50,002 words; one article may have at most 50,000/],
				// U+FFFD is what broken UTF-8 becomes when a form is read: refused, never stored.
				[`${HARBOUR}${'\uFFFD'.repeat(200)}`, /not sent as valid UTF-8/],
				[
					'Mae hi’n braf iawn heddiw ac rydym yn mynd i’r traeth gyda’r plant. '.repeat(8),
					/English/
				]
			] as const;
			for (const [typed, message] of cases) {
				await title.fill(XSS_TITLE);
				await text.fill(typed);
				await page.getByRole('button', { name: 'Add article' }).click();
				await expect(text).toHaveAccessibleDescription(message);
				await expect(text).toHaveAttribute('aria-invalid', 'true');
				await expect(title).toHaveValue(XSS_TITLE);
				expect((await text.inputValue()).length).toBe(typed.length);
			}
			await expect(page.getByRole('heading', { level: 1, name: 'Add article' })).toBeVisible();
			await expectNoScriptRan(page);
		});

		test('a duplicate links to the article that has the text', async ({ page }) => {
			await guard(page);
			const text = unique(TIDE_MILL, uniqueName('dup'));
			await page.getByLabel('Title').fill('Carew, first');
			await page.getByLabel('Text', { exact: true }).fill(text);
			await page.getByRole('button', { name: 'Add article' }).click();
			await expect(page).toHaveURL(/\?added=1$/);
			await guard(page);
			await page.getByLabel('Title').fill('Carew, again');
			await page.getByLabel('Text', { exact: true }).fill(text);
			await page.getByRole('button', { name: 'Add article' }).click();
			await expect(page.getByLabel('Text', { exact: true })).toHaveAccessibleDescription(
				/already in the library/
			);
			await expect(page.getByLabel('Title')).toHaveValue('Carew, again');
			await page.getByRole('link', { name: 'Carew, first' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Carew, first' })).toBeVisible();
		});

		test('uploading files adds each and says what became of each', async ({ page }) => {
			await guard(page);
			const tag = uniqueName('upload');
			await page.getByLabel('Files', { exact: true }).setInputFiles([
				{
					name: 'harbour.txt',
					mimeType: 'text/plain',
					buffer: Buffer.from(unique(HARBOUR, `${tag}-txt`))
				},
				{
					name: 'mill.md',
					mimeType: 'text/markdown',
					buffer: Buffer.from(`# Carew ${tag}\n\n${unique(TIDE_MILL, `${tag}-md`)}\n\n${XSS_TEXT}`)
				},
				{
					name: 'page.html',
					mimeType: 'text/html',
					buffer: Buffer.from(
						`<html><head><title>Harbour page ${tag}</title></head><body>${unique(
							HARBOUR,
							`${tag}-html`
						)
							.split('\n\n')
							.map((p) => `<p>${p}</p>`)
							.join('')}<script>window.injected=4</script></body></html>`
					)
				},
				{ name: 'paper.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 binary') },
				{ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 97) },
				{
					name: 'latin1.txt',
					mimeType: 'text/plain',
					buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20])
				}
			]);
			await page.getByRole('button', { name: 'Upload' }).click();
			const files = page.getByRole('list', { name: 'Files' }).getByRole('listitem');
			await expect(files).toHaveCount(6);
			await expect(files.nth(0)).toContainText(
				/harbour\.txt: Added as .*; its questions are being written\./
			);
			await expect(files.nth(1)).toContainText(`mill.md: Added as Carew ${tag}`);
			await expect(files.nth(2)).toContainText(`page.html: Added as Harbour page ${tag}`);
			await expect(files.nth(3)).toContainText('paper.pdf: Not added. Only .txt, .md and .html');
			await expect(files.nth(4)).toContainText('big.txt: Not added. The file is larger than 2 MiB');
			await expect(files.nth(5)).toContainText('latin1.txt: Not added. The file is not UTF-8');
			await files.nth(1).getByRole('link').click();
			await expect(page.getByRole('heading', { level: 1, name: `Carew ${tag}` })).toBeVisible();
			// The page shows the questions once they are written, by itself.
			await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
			await expectNoScriptRan(page);
		});

		test('uploading nothing asks for a file', async ({ page }) => {
			await guard(page);
			await page.getByRole('button', { name: 'Upload' }).click();
			await expect(page.getByLabel('Files', { exact: true })).toHaveAccessibleDescription(
				/Choose one or more/
			);
		});

		test('importing a web page adds its article as text', async ({ page }) => {
			const tag = uniqueName('import');
			served.set(
				`/${tag}`,
				`<html><head><title>Imported ${tag}</title></head><body><nav>Menu</nav><article>${unique(
					TIDE_MILL,
					tag
				)
					.split('\n\n')
					.map((p) => `<p>${p}</p>`)
					.join(
						''
					)}<p>&lt;script&gt;window.injected=5&lt;/script&gt;</p><script>window.injected=6</script></article></body></html>`
			);
			await guard(page);
			await page.getByLabel('URL').fill(`${origin}/${tag}`);
			await page.getByRole('button', { name: 'Import' }).click();
			await expect(page).toHaveURL(/\/articles\/[0-9a-z]{16}\?added=1$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Imported ${tag}`);
			await expect(page.locator('article .body')).toContainText('ground corn until 1937');
			await expect(page.locator('article .body')).not.toContainText('Menu');
			// Escaped markup in the page is text in the article: shown as words, never run.
			await expect(page.locator('article .body')).toContainText(
				'<script>window.injected=5</script>'
			);
			await expectNoScriptRan(page);
		});

		test('an import that is refused says why and keeps the address', async ({ page }) => {
			await guard(page);
			const url = page.getByLabel('URL');
			for (const [address, message] of [
				[`http://localhost:${new URL(origin).port}/`, /private network/],
				['http://[::1]/', /private network/],
				['http://2130706434/', /private network/],
				['ftp://example.com/article.txt', /Only http/],
				[`${origin}/no-such-page`, /HTTP 404/]
			] as const) {
				await url.fill(address);
				await page.getByRole('button', { name: 'Import' }).click();
				await expect(url).toHaveAccessibleDescription(message);
				await expect(url).toHaveValue(address);
			}
		});
	});
}

test.describe('HTML built to hold up the server (issue 12, F1)', () => {
	test('a page nested 150,000 deep is refused beside the address, which stays', async ({
		page
	}) => {
		const tag = uniqueName('deep');
		served.set(`/${tag}`, nestedHtml(150_000));
		await guard(page);
		const url = page.getByLabel('URL');
		await url.fill(`${origin}/${tag}`);
		await page.getByRole('button', { name: 'Import' }).click();
		await expect(url).toHaveAccessibleDescription(
			/The HTML nests elements more than 256 levels deep, which no article needs, so it was not read\./
		);
		await expect(url).toHaveValue(`${origin}/${tag}`);
	});

	test('other pages answer while a slow upload is read, and the upload is stopped after 10 seconds', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await guard(page);
		await page.getByLabel('Files', { exact: true }).setInputFiles([
			// A hundred towers of 250 nested divs: under the nesting limit, about 30 s of reading.
			{ name: 'slow.html', mimeType: 'text/html', buffer: Buffer.from(slowHtml(100)) }
		]);
		let uploaded = false;
		const uploading = page
			.waitForResponse((response) => response.request().method() === 'POST')
			.finally(() => (uploaded = true));
		const sent = page.waitForRequest((request) => request.method() === 'POST');
		await page.getByRole('button', { name: 'Upload' }).click();
		await sent;
		// Someone else opens the library again and again while the upload is being read: with the
		// reading on the main thread, none of these could be answered until it ended.
		const other = await page.context().newPage();
		let answered = 0;
		while (!uploaded) {
			const response = await other.goto('/');
			expect(response?.status()).toBe(200);
			if (!uploaded) answered++;
		}
		expect(answered).toBeGreaterThanOrEqual(3);
		await uploading;
		await expect(page.getByRole('list', { name: 'Files' }).getByRole('listitem')).toHaveText(
			'slow.html: Not added. Reading the article out of the HTML took longer than 10 seconds, so it was stopped. Paste the article’s text instead.'
		);
	});
});

test('an article with fewer than 3 good questions is saved, with the reason', async ({ page }) => {
	await guard(page);
	await page.getByLabel('Title').fill('A quiet day');
	await page.getByLabel('Text', { exact: true }).fill(unique(vague(120), uniqueName('vague')));
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page).toHaveURL(/\?added=1$/);
	await expect(page.getByRole('status')).toContainText(/Article added with [0-2] questions?\./);
	await expect(page.getByRole('status')).toContainText('Fewer than 3 questions:');
});

test('text typed before the page has finished loading is kept and added', async ({ page }) => {
	// Hold the app's scripts back, as a slow connection would, while the learner types.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/articles/new', { waitUntil: 'domcontentloaded' });
	const title = uniqueName('Early');
	const text = unique(HARBOUR, title);
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(text);
	// Now the scripts arrive and the page comes alive (hydrates) around what was typed.
	const started = page.waitForResponse(/\/_app\/immutable\/entry\/app\./);
	release();
	await started;
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	await expect(page.getByLabel('Title')).toHaveValue(title);
	await expect(page.getByLabel('Text', { exact: true })).toHaveValue(text);
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page).toHaveURL(/\?added=1$/);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
