import { expect, test, type Locator, type Page } from '@playwright/test';
import { shootAll, signedOutPage, signUp, uniqueName } from './helpers';

// Issue 18, point 5. axe-core runs wherever pages are photographed (layout.test.ts and shootAll);
// here: a whole quiz taken with the keyboard alone, what a screen reader meets after "Check" and in
// what order, the pages' motion with "reduce motion" set, and the error pages.

const CANAL = 'How the Panama Canal was built';

/** Presses Tab until one of `target`'s elements has the focus; fails after 40 presses. */
async function tabTo(page: Page, target: Locator, what: string) {
	for (let presses = 0; presses < 40; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) return;
	}
	throw new Error(`Tab never reached ${what}`);
}

/** An article page reached from the library by a new learner. */
async function learnerOnCanal(page: Page) {
	await signUp(page, uniqueName('keys'), 'lantern quay 1907');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: CANAL }).click();
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
}

test('a whole quiz with the keyboard alone: choose, check, hear the verdict, go on, see the results', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const page = await signedOutPage(browser);
	await learnerOnCanal(page);
	// The quiz length's radios: Tab reaches the chosen one, arrows move to "5 questions".
	const lengths = page.locator('input[name="length"]');
	await tabTo(page, lengths, 'the quiz length');
	for (
		let presses = 0;
		presses < 4 && !(await page.getByLabel('5 questions').isChecked());
		presses++
	)
		await page.keyboard.press('ArrowLeft');
	await expect(page.getByLabel('5 questions')).toBeChecked();
	const button = (name: string) => page.getByRole('button', { name, exact: true });
	await tabTo(page, button('Start quiz'), '"Start quiz"');
	await page.keyboard.press('Enter');
	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
		// Tab reaches the options; Space chooses the first, an arrow moves to the next and chooses it.
		await tabTo(page, page.locator('input[name="choice"]'), 'an option');
		await page.keyboard.press(n % 2 === 0 ? 'ArrowDown' : 'Space');
		await expect(page.locator('input[name="choice"]:checked')).toHaveCount(1);
		await tabTo(page, button('Check'), '"Check"');
		await page.keyboard.press('Enter');
		// Focus moves to the verdict and its sentence, so the next Tab goes on from there.
		await expect(page.locator('#feedback')).toBeFocused();
		const next = n === 5 ? 'See results' : 'Next';
		await tabTo(page, button(next), `"${next}"`);
		await page.keyboard.press('Enter');
		if (n < 5) await expect(page.locator('#stem')).toBeFocused();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	await page.context().close();
});

test('after "Check" a screen reader meets the question, the options, the verdict, then the sentence', async ({
	browser
}) => {
	const page = await signedOutPage(browser);
	await learnerOnCanal(page);
	await page.getByLabel('5 questions').check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const stem = (await page.locator('#stem').innerText()).trim();
	const options = await page.locator('label.option .text').allInnerTexts();
	// Before "Check": the question names its region, and the options are a group of radios.
	await expect(page.getByRole('region', { name: stem })).toBeVisible();
	const answers = page.getByRole('group', { name: 'Answers' });
	for (const option of options)
		await expect(answers.getByRole('radio', { name: option })).toBeVisible();

	await page.getByRole('radio', { name: options[2]! }).check();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('#feedback')).toBeFocused();
	const sentence = (await page.locator('#feedback blockquote').innerText()).trim();
	const verdict = (await page.locator('#feedback .verdict').innerText()).trim();
	expect(['Correct', 'Incorrect']).toContain(verdict);
	// The live region says the verdict as it appears.
	await expect(page.locator('[aria-live="polite"]')).toHaveText(verdict);

	// The accessibility tree, in reading order.
	const tree = await page.getByRole('region', { name: stem }).ariaSnapshot();
	const order = [
		`heading "${stem}" [level=1]`,
		...options,
		verdict,
		'The article says:',
		'blockquote',
		sentence.slice(0, sentence.search(/\s/))
	];
	let from = 0;
	for (const part of order) {
		const at = tree.indexOf(part, from);
		expect(at, `"${part}" after what comes before it in:\n${tree}`).toBeGreaterThanOrEqual(0);
		from = at + part.length;
	}
	await page.context().close();
});

test('with "reduce motion" set, nothing on the quiz pages moves', async ({ browser }) => {
	const context = await browser.newContext({
		storageState: { cookies: [], origins: [] },
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	await learnerOnCanal(page);
	const moving = () =>
		page.evaluate(() => {
			const still = (durations: string) => durations.split(',').every((d) => parseFloat(d) === 0);
			return [
				...document.getAnimations().map((a) => `animation ${a.constructor.name}`),
				...[...document.querySelectorAll('*')].flatMap((el) => {
					const style = getComputedStyle(el);
					const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
					return [
						...(still(style.transitionDuration) ? [] : [`${name} transition`]),
						...(style.animationName === 'none' ? [] : [`${name} animation`]),
						...(style.scrollBehavior === 'smooth' ? [`${name} smooth scrolling`] : [])
					];
				})
			];
		});
	expect(await moving()).toEqual([]);
	await page.getByLabel('5 questions').check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await page.locator('label.option').first().click();
	expect(await moving()).toEqual([]);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('#feedback')).toBeFocused();
	expect(await moving()).toEqual([]);
	await page.getByRole('link', { name: 'Show in article' }).click();
	await expect(page.locator('mark#source')).toBeInViewport();
	expect(await moving()).toEqual([]);
	await context.close();
});

test('the error pages: not found, and a page a learner may not open', async ({ browser }) => {
	test.setTimeout(60_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('lost'), 'lantern quay 1907');
	const response = await page.goto('/admin/users');
	expect(response?.status()).toBe(403);
	await shootAll(page, 'error-forbidden');
	expect((await page.goto('/no/such/page'))?.status()).toBe(404);
	await shootAll(page, 'error-not-found');
	await page.context().close();
});
