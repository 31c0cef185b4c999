import { expect, test } from '@playwright/test';

// Every page at phone and desktop width, in both themes: nothing may scroll sideways.
// Screenshots land in tests/screenshots/ (git-ignored) for people to look at.
const viewports = [
	{ name: 'phone', width: 360, height: 780 },
	{ name: 'desktop', width: 1280, height: 900 }
];
const schemes = ['light', 'dark'] as const;

async function pages(page: import('@playwright/test').Page) {
	await page.goto('/');
	const article = await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('link')
		.first()
		.getAttribute('href');
	return [
		{ name: 'library', path: '/' },
		{ name: 'article', path: article ?? '/' },
		{ name: 'not-found', path: '/articles/missing' }
	];
}

for (const viewport of viewports) {
	for (const colorScheme of schemes) {
		test(`pages fit a ${viewport.name} screen in the ${colorScheme} theme`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			for (const target of await pages(page)) {
				await page.goto(target.path);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${target.name} scrolls sideways`).toBeLessThanOrEqual(0);
				await page.screenshot({
					path: `tests/screenshots/${target.name}-${viewport.name}-${colorScheme}.png`,
					fullPage: true
				});
			}
		});
	}
}

test('the dark theme follows the system setting', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(dark).not.toBe(light);
	expect(dark).toBe('rgb(21, 22, 28)');
});
