import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unique } from '../fixtures/intake';
import { signedOutPage, signUp, uniqueName } from './helpers';

// An author asks for comprehension kinds on an article ("Question kinds" on its page), and its quiz
// then asks them. The text: our Panama Canal sample (four dated events) with a paragraph of ours
// holding a word worth asking in context ("dwindled").
const [, ...panama] = readFileSync('src/lib/server/samples/panama-canal.txt', 'utf8').split('\n');
const TEXT = `${panama.join('\n').trim()}

In recent years the crowds of sightseers at the old locks have dwindled. Ticket prices doubled, the museum closed and the viewing deck narrowed. Younger visitors now watch the ships on a live camera, and many of the souvenir stalls stand empty for most of the week.`;

const SEQUENCE = /^Which of these happened (first|last)\?$/;
const VOCABULARY = /most nearly mean\?$/;

test('an author asks for sequence and vocabulary questions, and the quiz asks them', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/articles/new');
	await page.getByLabel('Title').fill('The canal and its visitors');
	await page.getByLabel('Text', { exact: true }).fill(unique(TEXT, uniqueName('kinds')));
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page.getByRole('status')).toContainText(/Article added with \d+ questions/);
	await page.getByText('Question kinds', { exact: true }).click();
	await page.getByRole('checkbox', { name: /^Sequence:/ }).check();
	await page.getByRole('checkbox', { name: /^Vocabulary:/ }).check();
	await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST'),
		page.getByRole('button', { name: 'Save question kinds' }).click()
	]);
	// The questions are written again: until they are, the page says so instead of offering a quiz.
	await expect(async () => {
		await page.reload();
		await expect(page.getByText(/^\d+ questions on this article\.$/)).toBeVisible({
			timeout: 1000
		});
	}).toPass({ timeout: 30_000 });
	// The choice is kept with the article, and shown open.
	await expect(page.getByRole('checkbox', { name: /^Sequence:/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Vocabulary:/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Main idea:/ })).not.toBeChecked();

	// The whole quiz holds both kinds; the vocabulary item shows its sentence, the word marked.
	await page.getByRole('radio', { name: /^All \d+$/ }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const stems: string[] = [];
	for (;;) {
		const stem = (await page.locator('#stem').innerText()).trim();
		stems.push(stem);
		if (VOCABULARY.test(stem)) {
			await expect(page.locator('blockquote mark')).toHaveText('dwindled');
		}
		await page.locator('label.option').first().click();
		await page.getByRole('button', { name: 'Check' }).click();
		const next = page.getByRole('button', { name: /^(Next|See results)$/ });
		const last = (await next.innerText()).trim() === 'See results';
		await next.click();
		if (last) break;
		await expect(page.locator('#stem')).not.toHaveText(stem);
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	expect(stems.some((stem) => SEQUENCE.test(stem))).toBe(true);
	expect(stems.some((stem) => VOCABULARY.test(stem))).toBe(true);
});

test('a learner sees no "Question kinds" on an article', async ({ browser }) => {
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('reader'), 'harbour lights 1844');
	await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('link', { name: 'How the Panama Canal was built' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText('Question kinds', { exact: true })).toHaveCount(0);
	await page.context().close();
});
