import { expect, test as setup } from '@playwright/test';
import { ADMIN, ADMIN_STATE, createFirstAdmin } from './helpers';

// Runs once, first, on the fresh database the test server starts with.
setup('the first visit on a fresh database creates the admin account', async ({ page }) => {
	await createFirstAdmin(page);
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav).toContainText(ADMIN.username);
	await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
	await page.context().storageState({ path: ADMIN_STATE });
});
