import { expect, test } from '@playwright/test';
import { ADMIN, signedOutPage, signIn, signUp, uniqueName } from './helpers';

const PASSWORD = 'tidal range 2026';

test('a signed-out visitor sees the landing page, and an article sends them to sign in', async ({
	browser
}) => {
	const page = await signedOutPage(browser);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Read an article. Prove you understood it.'
	);
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: 'Sign in' })).toBeVisible();
	await expect(main.getByRole('link', { name: 'Sign up' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Articles' })).toHaveCount(0);
	await page.goto('/articles/anything');
	await expect(page).toHaveURL(/\/signin$/);
	await page.context().close();
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test('the admin signs in, then signs out', async ({ browser }) => {
			const page = await signedOutPage(browser, javaScriptEnabled);
			await signIn(page, ADMIN.username.toLowerCase(), ADMIN.password);
			const nav = page.getByRole('navigation', { name: 'Main' });
			await expect(nav).toContainText(ADMIN.username);
			await nav.getByRole('button', { name: 'Sign out' }).click();
			await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toBeVisible();
			await expect(nav.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
			await page.goto('/admin/users');
			await expect(page).toHaveURL(/\/signin$/);
			await page.context().close();
		});

		test('a learner signs up and cannot reach admin pages', async ({ browser }) => {
			const page = await signedOutPage(browser, javaScriptEnabled);
			const name = uniqueName('learner');
			await signUp(page, name, PASSWORD);
			const nav = page.getByRole('navigation', { name: 'Main' });
			await expect(nav).toContainText(name);
			await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
			const response = await page.goto('/admin/users');
			expect(response?.status()).toBe(403);
			await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
			await page.context().close();
		});

		test('a bad sign-up comes back with messages beside the fields and the username kept', async ({
			browser
		}) => {
			const page = await signedOutPage(browser, javaScriptEnabled);
			await page.goto('/signup');
			// Typed before the page comes alive, the form would post without JavaScript and come back
			// with an empty password: wait for the "Show password" toggle, which only JavaScript shows.
			if (javaScriptEnabled) await expect(page.getByLabel('Show password')).toBeVisible();
			await page.getByLabel('Username').fill('no spaces allowed');
			await page.getByLabel('Password', { exact: true }).fill('password');
			await page.getByRole('button', { name: 'Sign up' }).click();
			const username = page.getByLabel('Username');
			await expect(username).toHaveValue('no spaces allowed');
			await expect(username).toHaveAttribute('aria-invalid', 'true');
			await expect(username).toHaveAccessibleDescription(/Use only letters/);
			const password = page.getByLabel('Password', { exact: true });
			await expect(password).toHaveAccessibleDescription(/most common passwords/);
			// The server never sends a password back; with JavaScript the typed one stays in the field.
			await expect(password).toHaveValue(javaScriptEnabled ? 'password' : '');
			await page.context().close();
		});

		test('a wrong password says so and keeps the username', async ({ browser }) => {
			const page = await signedOutPage(browser, javaScriptEnabled);
			await page.goto('/signin');
			await page.getByLabel('Username').fill('nobody-here');
			await page.getByLabel('Password', { exact: true }).fill('not the password');
			await page.getByRole('button', { name: 'Sign in' }).click();
			await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
			await expect(page.getByLabel('Username')).toHaveValue('nobody-here');
			await page.context().close();
		});
	});
}

// The add-article and quiz pages arrive with later issues; each starts with its one-line guard.
test('a learner cannot reach the add-article page', async ({ browser }) => {
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('reader'), PASSWORD);
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Library' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Add article' })).toHaveCount(0);
	const response = await page.goto('/articles/new');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
	await page.context().close();
});
test('a learner opening someone else’s attempt sees a 404, not a 403', async ({
	page,
	browser
}) => {
	// The signed-in admin starts a quiz: its address carries the attempt id.
	await page.goto('/');
	await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('link', { name: 'How the Panama Canal was built' })
		.click();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page).toHaveURL(/\/quiz\/[0-9a-z]{16}$/);
	const attempt = new URL(page.url()).pathname;

	const other = await signedOutPage(browser);
	await signUp(other, uniqueName('other'), PASSWORD);
	const response = await other.goto(attempt);
	expect(response?.status()).toBe(404);
	await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	expect(await other.content()).not.toContain('Question 1 of');
	await other.context().close();
});

test('"Show password" reveals what was typed', async ({ browser }) => {
	const page = await signedOutPage(browser);
	await page.goto('/signin');
	const password = page.getByLabel('Password', { exact: true });
	await password.fill('secret words');
	await expect(password).toHaveAttribute('type', 'password');
	await page.getByLabel('Show password').check();
	await expect(password).toHaveAttribute('type', 'text');
	await expect(password).toHaveValue('secret words');
	await page.context().close();
});

test('an admin creates an author and changes a role', async ({ page }) => {
	await page.goto('/admin/users');
	const name = uniqueName('author');
	const create = page.getByRole('region', { name: 'Create an account' });
	await create.getByLabel('Username').fill(name);
	await create.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await create.getByRole('radio', { name: /^Author/ }).check();
	await create.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('status')).toContainText(`Account “${name}” created`);
	const role = page.getByLabel(`Role of ${name}`);
	await expect(role).toHaveValue('author');
	await role.selectOption('learner');
	await page
		.getByRole('listitem')
		.filter({ hasText: name })
		.getByRole('button', { name: 'Change role' })
		.click();
	await expect(page.getByText('Role changed.')).toBeVisible();
	await expect(page.getByLabel(`Role of ${name}`)).toHaveValue('learner');
});

test.describe('posts from outside a browser page', () => {
	test.use({ storageState: { cookies: [], origins: [] } });

	test('a cross-origin form post is refused with 403', async ({ request }) => {
		const response = await request.post('/signin', {
			headers: { origin: 'https://evil.example' },
			form: { username: ADMIN.username, password: ADMIN.password }
		});
		expect(response.status()).toBe(403);
		expect(response.headers()['set-cookie']).toBeUndefined();
	});

	// Over BODY_SIZE_LIMIT the server never reads the fields, so the form comes back with one message.
	test('a 10 MB field gets a 400 and the form again, never a 500', async ({ request, baseURL }) => {
		const response = await request.post('/signin', {
			headers: { origin: baseURL!, accept: 'text/html' },
			form: { username: 'x'.repeat(10 * 1024 * 1024), password: 'y' }
		});
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('too large for this form');
	});
});
