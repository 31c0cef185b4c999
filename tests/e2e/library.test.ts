import { expect, test } from '@playwright/test';

const SAMPLE_TITLES = [
	'Pentagon halts offensive cyber operations against Russia, officials say',
	'Apollo 11: the first crewed landing on the Moon',
	'How the Panama Canal was built'
];

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('the library lists the three sample articles', async ({ page }) => {
			await page.goto('/');
			await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
			const articles = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
			// Other tests add articles to the same library while this one runs: the samples are there.
			expect(await articles.count()).toBeGreaterThanOrEqual(3);
			// Within the library list: an unfinished quiz of the same article adds a "Resume" link.
			const library = page.getByRole('list', { name: 'Articles' });
			for (const title of SAMPLE_TITLES) {
				await expect(library.getByRole('link', { name: title })).toBeVisible();
			}
			await expect(articles.first()).toContainText(/\d+ words/);
			await expect(articles.first()).toContainText(/Added \d{1,2} \w{3} \d{4}/);
		});

		test('an article page shows its title and paragraphs', async ({ page }) => {
			await page.goto('/');
			await page
				.getByRole('list', { name: 'Articles' })
				.getByRole('link', { name: 'Apollo 11: the first crewed landing on the Moon' })
				.click();
			await expect(page).toHaveURL(/\/articles\/[0-9a-z]{16}$/);
			await expect(
				page.getByRole('heading', {
					level: 1,
					name: 'Apollo 11: the first crewed landing on the Moon'
				})
			).toBeVisible();
			const paragraphs = page.locator('article .body p');
			expect(await paragraphs.count()).toBeGreaterThanOrEqual(8);
			await expect(paragraphs.first()).toContainText('first landed people on the Moon');
			await page.getByRole('link', { name: '← Library' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
		});

		test('a missing article answers 404 with a way back', async ({ page }) => {
			const response = await page.goto('/articles/does-not-exist');
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
			await expect(page.getByText('Article not found')).toBeVisible();
			await page.getByRole('link', { name: 'Back to the library' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
		});
	});
}

test('an unknown address answers 404', async ({ page }) => {
	const response = await page.goto('/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the page is usable by keyboard: skip link and visible focus', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).toBe('solid');
});

test('article text is shown as text, never as markup', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('link', { name: SAMPLE_TITLES[0] })
		.click();
	// The sample quotes Schumer's "free pass": quotes come through as characters, not entities.
	await expect(page.locator('article .body')).toContainText('"free pass"');
});
