import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, SCREENSHOTS, signedOutPage, signUp, uniqueName } from './helpers';

// Every page at phone and desktop width, in both themes: nothing may scroll sideways, and axe-core
// finds no WCAG A or AA violation.
// Screenshots land in tests/screenshots/ (git-ignored) for people to look at.
const viewports = [
	{ name: 'phone', width: 360, height: 780 },
	{ name: 'desktop', width: 1280, height: 900 }
];
const schemes = ['light', 'dark'] as const;

/** Pages as the signed-in admin sees them. */
async function pages(page: Page) {
	await page.goto('/');
	const article = await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('link')
		.first()
		.getAttribute('href');
	return [
		{ name: 'library', path: '/' },
		{ name: 'article', path: article ?? '/' },
		{ name: 'admin-users', path: '/admin/users' },
		{ name: 'questions', path: article ? `${article}/questions` : '/' },
		{ name: 'add-article', path: '/articles/new' },
		{ name: 'add-article-errors', path: '/articles/new', submit: true },
		{ name: 'not-found', path: '/articles/missing' },
		{ name: 'missed', path: '/missed' },
		{ name: 'review', path: '/review' },
		{ name: 'progress', path: '/progress' },
		{ name: 'article-stats', path: `${article ?? ''}/stats` },
		{ name: 'classes', path: '/classes' }
	];
}

/** Pages as a signed-out visitor sees them, one of them with its error messages showing. */
const signedOutPages = [
	{ name: 'landing', path: '/' },
	{ name: 'signin', path: '/signin' },
	{ name: 'signin-error', path: '/signin', submit: true },
	{ name: 'signup', path: '/signup' },
	{ name: 'signup-errors', path: '/signup', submit: true }
];

/** Sends the paste form with too short a text, so its messages show. */
async function failPaste(page: Page) {
	await page.getByLabel('Title').fill('A title');
	await page.getByLabel('Text', { exact: true }).fill('Far too short.');
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page.getByLabel('Text', { exact: true })).toHaveAttribute('aria-invalid', 'true');
}

async function checkAndShoot(page: Page, name: string, viewport: string, scheme: string) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
	await expectAccessible(page, `${name} (${viewport}, ${scheme})`);
	if (SCREENSHOTS)
		await page.screenshot({
			path: `tests/screenshots/${name}-${viewport}-${scheme}.png`,
			fullPage: true
		});
}

for (const viewport of viewports) {
	for (const colorScheme of schemes) {
		test(`pages fit a ${viewport.name} screen in the ${colorScheme} theme`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			for (const target of await pages(page)) {
				await page.goto(target.path);
				if (target.submit) await failPaste(page);
				await checkAndShoot(page, target.name, viewport.name, colorScheme);
			}
		});

		test(`signed-out pages fit a ${viewport.name} screen in the ${colorScheme} theme`, async ({
			browser
		}) => {
			test.setTimeout(60_000);
			const page = await signedOutPage(browser);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			for (const target of signedOutPages) {
				await page.goto(target.path);
				if (target.submit && target.path === '/signin') {
					await page.getByLabel('Username').fill(uniqueName('nobody'));
					await page.getByLabel('Password', { exact: true }).fill('wrong password');
					await page.getByRole('button', { name: 'Sign in' }).click();
					await expect(page.getByRole('alert')).toBeVisible();
				} else if (target.submit) {
					await page.getByLabel('Username').fill('a name with spaces');
					await page.getByRole('button', { name: 'Sign up' }).click();
					await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
				}
				await checkAndShoot(page, target.name, viewport.name, colorScheme);
			}
			await page.context().close();
		});
	}
}

// The missed list with questions from two articles shows a filter whose options hold whole article
// titles: a select grows to its longest option unless its form lets it shrink.
test('the missed list with an article filter fits a phone screen in both themes', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('filter'), 'lantern quay 1907');
	const library = page.getByRole('list', { name: 'Articles' });
	for (const title of [
		'Apollo 11: the first crewed landing on the Moon',
		'How the Panama Canal was built'
	]) {
		await page.goto('/');
		await library.getByRole('link', { name: title }).click();
		await page.getByLabel('5 questions').check();
		await page.getByRole('button', { name: 'Start quiz' }).click();
		// The first option every time: answers are dealt over the four places, so some are wrong.
		for (let n = 1; n <= 5; n++) {
			await expect(page.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
			await page.locator('label.option').first().click();
			await page.getByRole('button', { name: 'Check' }).click();
			await page.getByRole('button', { name: n === 5 ? 'See results' : 'Next' }).click();
		}
		await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	}
	await page.setViewportSize(viewports[0]!);
	for (const colorScheme of schemes) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/missed');
		await expect(page.getByLabel('Article')).toBeVisible();
		await checkAndShoot(page, 'missed-filter', 'phone', colorScheme);
	}
	await page.context().close();
});

// The quiz screens: a question before and after "Check", the article with a source sentence
// highlighted, and the results; each fits the screen and its text meets WCAG AA contrast.
for (const viewport of viewports) {
	for (const colorScheme of schemes) {
		test(`quiz pages fit a ${viewport.name} screen in the ${colorScheme} theme`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			const shoot = (name: string) => checkAndShoot(page, name, viewport.name, colorScheme);
			const contrast: { selector: string; ratio: number; path: string }[] = [];
			const measure = async (path: string, selectors: string[]) =>
				contrast.push(...(await contrastRatios(page, selectors)).map((r) => ({ ...r, path })));
			await page.goto('/');
			// A sample by name: other tests add articles (some with few questions) as this one runs.
			await page
				.getByRole('list', { name: 'Articles' })
				.getByRole('link', { name: 'How the Panama Canal was built' })
				.click();
			await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
			await measure('article', ['.quiz-panel h2', '.count', '.choice', '.facts summary']);
			await page.getByLabel('5 questions').check();
			await page.getByRole('button', { name: 'Start quiz' }).click();
			await expect(page.locator('#progress-label')).toHaveText('Question 1 of 5');
			await page.locator('label.option').first().click();
			await shoot('question');
			await measure('question', [
				'#progress-label',
				'#stem',
				'.option .text',
				'.letter',
				'.back a'
			]);
			for (let n = 1; n <= 5; n++) {
				await page
					.locator('label.option')
					.nth(n % 4)
					.click();
				await page.getByRole('button', { name: 'Check' }).click();
				await expect(page.locator('#feedback')).toBeVisible();
				if (n <= 2) {
					await shoot(`question-checked-${n}`);
					// The answer is marked in its sentence when the generator could place it.
					const marked = (await page.locator('#feedback mark').count()) > 0;
					await measure('feedback', [
						...(marked ? ['#feedback mark'] : []),
						'.answered .right .verdict',
						'.answered .tag',
						'#feedback .verdict',
						'.because',
						'#feedback blockquote',
						'.links a',
						'.links .muted'
					]);
				}
				if (n === 1) {
					await page.getByRole('link', { name: 'Show in article' }).click();
					await expect(page.locator('mark#source')).toBeInViewport();
					await shoot('article-highlight');
					await measure('article-highlight', ['mark#source', '.form-notice']);
					await page.getByRole('link', { name: '← Back to the quiz' }).click();
				}
				await page.getByRole('button', { name: n === 5 ? 'See results' : 'Next' }).click();
			}
			await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
			await shoot('results');
			await measure('results', [
				'.score',
				'.summary .muted',
				'.card .verdict',
				'.stem',
				'dt',
				'dd',
				'.show'
			]);
			await page.goto('/');
			await shoot('library-with-resume');
			for (const { path, selector, ratio } of contrast) {
				expect.soft(ratio, `${selector} contrast on ${path}`).toBeGreaterThanOrEqual(4.5);
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
async function contrastRatios(page: Page, selectors: string[]) {
	return page.evaluate((selectors) => {
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
		return selectors.map((selector) => {
			const el = document.querySelector(selector);
			if (!el) return { selector, ratio: 0 };
			const fg = luminance(rgb(getComputedStyle(el).color));
			const bg = luminance(background(el));
			return { selector, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
		});
	}, selectors);
}

const signedInChecks = [
	{
		path: '/',
		selectors: [
			'h1',
			'.intro',
			'.card h2',
			'.meta',
			'.brand span',
			'nav ul a',
			'.who',
			'.link-button',
			'.site-footer p'
		]
	},
	{
		path: '/admin/users',
		selectors: [
			'h1',
			'.person strong',
			'.joined',
			'.role-form label',
			'select',
			'.button.secondary',
			'legend',
			'.choice',
			'.hint',
			'.button'
		]
	},
	{
		path: '/articles/new',
		submit: true,
		selectors: [
			'h1',
			'.lead',
			'h2',
			'.field > label',
			'.hint',
			'textarea',
			'.field-error',
			'.button'
		]
	},
	{ path: '/progress', selectors: ['h1', 'dt', 'dd'] }
];

for (const colorScheme of schemes) {
	test(`text meets WCAG AA contrast in the ${colorScheme} theme`, async ({ page, browser }) => {
		await page.emulateMedia({ colorScheme });
		const results = [];
		for (const { path, selectors, submit } of signedInChecks) {
			await page.goto(path);
			if (submit) await failPaste(page);
			results.push(...(await contrastRatios(page, selectors)).map((r) => ({ ...r, path })));
		}
		const visitor = await signedOutPage(browser);
		await visitor.emulateMedia({ colorScheme });
		await visitor.goto('/');
		const landing = ['.landing h1', '.landing .intro', '.button', '.button.secondary', 'nav ul a'];
		results.push(...(await contrastRatios(visitor, landing)).map((r) => ({ ...r, path: '/' })));
		await visitor.goto('/signin');
		await visitor.getByLabel('Username').fill('nobody-at-all');
		await visitor.getByLabel('Password', { exact: true }).fill('wrong password');
		await visitor.getByRole('button', { name: 'Sign in' }).click();
		await expect(visitor.getByRole('alert')).toBeVisible();
		const signin = ['.form-error', '.field > label', '.field input', '.toggle', '.switch'];
		results.push(
			...(await contrastRatios(visitor, signin)).map((r) => ({ ...r, path: '/signin' }))
		);
		await visitor.goto('/signup');
		await visitor.getByRole('button', { name: 'Sign up' }).click();
		await expect(visitor.locator('.field-error').first()).toBeVisible();
		const signup = ['.hint', '.field-error', 'h1'];
		results.push(
			...(await contrastRatios(visitor, signup)).map((r) => ({ ...r, path: '/signup' }))
		);
		await visitor.context().close();
		for (const { path, selector, ratio } of results) {
			expect(ratio, `${selector} contrast on ${path}`).toBeGreaterThanOrEqual(4.5);
		}
	});
}
