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

// WCAG AA: 4.5:1 for body-size text. Checked on what the browser actually paints, in both themes.
for (const colorScheme of schemes) {
	test(`text meets WCAG AA contrast in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		const ratios = await page.evaluate(() => {
			const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
			const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
				const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v) => {
					const c = v / 255;
					return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
			};
			const background = (el: Element | null): number[] => {
				for (let node = el; node; node = node.parentElement) {
					const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
					if (a > 0) return [r ?? 0, g ?? 0, b ?? 0];
				}
				return [255, 255, 255];
			};
			const selectors = [
				'h1',
				'.intro',
				'.card h2',
				'.meta',
				'.brand span',
				'nav ul a',
				'.site-footer p'
			];
			return selectors.map((selector) => {
				const el = document.querySelector(selector)!;
				const fg = luminance(rgb(getComputedStyle(el).color));
				const bg = luminance(background(el));
				return { selector, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
			});
		});
		for (const { selector, ratio } of ratios) {
			expect(ratio, `${selector} contrast`).toBeGreaterThanOrEqual(4.5);
		}
	});
}
