import { expect, type Browser, type Page } from '@playwright/test';

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
