import { expect, test as setup } from '@playwright/test';
import { ADMIN, ADMIN_STATE } from './helpers';

// Runs once, first, on the fresh database the test server starts with.
setup('the first visit on a fresh database creates the admin account', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/signup$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Create the admin account' })
	).toBeVisible();
	await page.getByLabel('Username').fill(ADMIN.username);
	await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav).toContainText(ADMIN.username);
	await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
	await page.context().storageState({ path: ADMIN_STATE });
});
