import { expect, test } from '@playwright/test';
import { addArticleAsking, canalText, signedOutPage, signUp, uniqueName } from './helpers';

// An author asks for comprehension kinds on an article ("Question kinds" on its page), and its quiz
// then asks them.
const SEQUENCE = /^Which of these happened (first|last)\?$/;
const VOCABULARY = /most nearly mean\?$/;

test('an author asks for sequence and vocabulary questions, and the quiz asks them', async ({
	page
}) => {
	test.setTimeout(120_000);
	await addArticleAsking(page, 'The canal and its visitors', canalText(uniqueName('kinds')), [
		/^Sequence:/,
		/^Vocabulary:/
	]);
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
