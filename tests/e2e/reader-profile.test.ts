import { expect, test, type Page } from '@playwright/test';
import { LEVELS } from '../../src/lib/reading/shelf';
import { shootAll, signedOutPage, signUp, uniqueName } from './helpers';

// Issue 17: "Suggested for you" in the library, moving up after two quizzes above 90%, in both
// themes at 360 px and on a desktop. The reader profile's test is with "Read, then answer"
// (reading-mode.test.ts).

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';
/**
 * A quiz on Apollo 11 in the browser: each answer right when `known` holds it (else the first
 * option), and every right answer the feedback shows added to `known`. Returns how many were right.
 */
async function quizOnApollo(page: Page, length: RegExp, known: Map<string, Set<string>>) {
	await page.goto('/');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await page.getByRole('radio', { name: length }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	let right = 0;
	for (;;) {
		const stem = (await page.locator('#stem').innerText()).trim();
		const texts = (await page.locator('label.option .text').allInnerTexts()).map((t) => t.trim());
		const pick = texts.findIndex((text) => known.get(stem)?.has(text));
		await page.locator('label.option').nth(Math.max(0, pick)).click();
		await page.getByRole('button', { name: 'Check' }).click();
		const key = (await page.locator('.answered .right .text').innerText()).trim();
		known.set(stem, new Set([...(known.get(stem) ?? []), key]));
		if ((await page.locator('#feedback .result').innerText()).trim() === 'Correct') right++;
		const next = page.getByRole('button', { name: /^(Next|See results)$/ });
		const last = (await next.innerText()).trim() === 'See results';
		const label = (await page.locator('#progress-label').innerText()).trim();
		await next.click();
		if (last) break;
		await expect(page.locator('#progress-label')).not.toHaveText(label);
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	return right;
}

const suggested = (page: Page) =>
	page.getByRole('list', { name: 'Suggestions', exact: true }).getByRole('link');

test('suggestions at the learner’s level move up after two quizzes above 90%', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('reader'), 'harbour lights 1844');
	const section = page.getByRole('region', { name: 'Suggested for you' });
	await expect(section).toContainText(
		'Finish two quizzes and Quizwright suggests articles at your level.'
	);

	// Two quizzes place the learner: the whole quiz, then five, the first option where unknown.
	const known = new Map<string, Set<string>>();
	await quizOnApollo(page, /^All \d+$/, known);
	await quizOnApollo(page, /^5 questions$/, known);
	await page.goto('/');
	await expect(section).toContainText(/At your level, Grade \d+-\d+/);
	const placed = (await section.locator('p').first().innerText()).match(/Grade \d+-\d+/)![0];
	const before = await suggested(page).allInnerTexts();
	expect(before.length).toBeGreaterThan(0);
	// Apollo 11 is quizzed: never suggested again.
	expect(before).not.toContain(APOLLO);
	await shootAll(page, 'suggestions', section);

	// Two quizzes in a row all right: a level up, and other articles.
	expect(await quizOnApollo(page, /^5 questions$/, known)).toBe(5);
	expect(await quizOnApollo(page, /^5 questions$/, known)).toBe(5);
	await page.goto('/');
	// Up one level: other articles, or none yet when the library has nothing that hard.
	const up = LEVELS[LEVELS.indexOf(placed as (typeof LEVELS)[number]) + 1]!;
	await expect(section).toContainText(new RegExp(`your level, ${up}[,:]`));
	const after = await suggested(page).allInnerTexts();
	expect(after).not.toEqual(before);
	expect(after).not.toContain(APOLLO);
	await page.context().close();
});
