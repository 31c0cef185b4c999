import { expect, test, type Page } from '@playwright/test';
import {
	addArticleAsking,
	ADMIN_STATE,
	canalText,
	fixtureArticle,
	orrinText,
	signedOutPage,
	signUp,
	marloweText,
	uniqueName
} from './helpers';

// An author asks for comprehension kinds on an article ("Question kinds" on its page), and its quiz
// then asks them.
const SEQUENCE = /^Which of these happened (first|last|(after|before) .+)\?$/;
const VOCABULARY = /most nearly mean\?$/;
const MAIN_IDEA = 'Which statement best sums up the article?';

/** A question as answered: its options, and the right one as the feedback shows it. */
interface Answered {
	options: string[];
	right: string;
}

/**
 * Answers a whole quiz: `pick` chooses an option by the stem and the options' texts (and may check
 * the question on screen first). Returns each stem's options and right answer.
 */
async function answerQuiz(
	page: Page,
	pick: (stem: string, texts: string[]) => number | Promise<number>
): Promise<Map<string, Answered>> {
	const answered = new Map<string, Answered>();
	for (;;) {
		const stem = (await page.locator('#stem').innerText()).trim();
		const texts = (await page.locator('label.option .text').allInnerTexts()).map((t) => t.trim());
		await page
			.locator('label.option')
			.nth(await pick(stem, texts))
			.click();
		await page.getByRole('button', { name: 'Check' }).click();
		const right = (await page.locator('li.option.right .text').innerText()).trim();
		answered.set(stem, { options: texts, right });
		const next = page.getByRole('button', { name: /^(Next|See results)$/ });
		const last = (await next.innerText()).trim() === 'See results';
		await next.click();
		if (last) break;
		await expect(page.locator('#stem')).not.toHaveText(stem);
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	return answered;
}

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
	const stems = [
		...(
			await answerQuiz(page, async (stem) => {
				if (VOCABULARY.test(stem))
					await expect(page.locator('blockquote mark')).toHaveText('trembled');
				return 0;
			})
		).keys()
	];
	expect(stems.some((stem) => SEQUENCE.test(stem))).toBe(true);
	expect(stems.some((stem) => VOCABULARY.test(stem))).toBe(true);
});

test('an author asks for "Not stated" questions: which of four items a list does not name', async ({
	page
}) => {
	test.setTimeout(120_000);
	await addArticleAsking(page, 'The Valley of Orrin', orrinText(uniqueName('valley')), [
		/^Not stated:/
	]);
	await page.getByRole('radio', { name: /^All \d+$/ }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const notStated = [...(await answerQuiz(page, () => 0)).entries()]
		.filter(([stem]) => /^Which of these is NOT one of the crops/.test(stem))
		.map(([, answered]) => answered);
	// The crops the article lists are wrong answers; the one it never names is right.
	expect(notStated).toHaveLength(1);
	const [crops] = notStated;
	expect(crops!.options).toEqual(expect.arrayContaining(['wheat', 'barley', 'oats']));
	expect(['wheat', 'barley', 'oats', 'potatoes']).not.toContain(crops!.right);
	expect(crops!.options).toContain(crops!.right);
});

test('an author asks for cause and effect: "What did … lead to?", the result the article gives the key', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { title, text } = fixtureArticle('mill-at-harrow-ford.txt', uniqueName('mill'));
	await addArticleAsking(page, title, text, [/^Cause and effect: what happened/]);
	await page.getByRole('radio', { name: /^All \d+$/ }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const right = await answerQuiz(page, () => 0);
	expect(right.get('What did a fire in the dye house lead to?')?.right).toBe(
		'The collapse of the mill roof in 1935'
	);
});

test('an author asks for text evidence: the sentence that supports a claim, all four marked in the article', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { title, text } = fixtureArticle('mira-kestrel.txt', uniqueName('runner'));
	await addArticleAsking(page, title, text, [/^Text evidence:/]);
	await page.getByRole('radio', { name: /^All \d+$/ }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const claim =
		/^Which sentence from the article best supports the claim that Mira Kestrel came out ahead in the race\?$/;
	for (;;) {
		const stem = (await page.locator('#stem').innerText()).trim();
		if (claim.test(stem)) break;
		await page.locator('label.option').first().click();
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.locator('#stem')).not.toHaveText(stem);
	}
	// Four whole sentences of the article, wrapped to fit; the race sentence is the key.
	const options = (await page.locator('label.option .text').allInnerTexts()).map((t) => t.trim());
	expect(options).toHaveLength(4);
	for (const option of options)
		expect(option).toMatch(/^[A-Z].* Mira Kestrel .+\.$|^Mira Kestrel .+\.$/);
	await page.locator('label.option', { hasText: 'won the race by nine seconds' }).click();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('#feedback .result')).toHaveText('Correct');
	// "Show in article" marks the four sentences it weighed, not only the key's.
	await page.getByRole('link', { name: 'Show in article' }).click();
	await expect(
		page.getByText('The highlighted sentences are the ones the question draws on.')
	).toBeVisible();
	const marked = (await page.locator('mark').allInnerTexts()).map((t) => t.trim());
	expect(marked).toHaveLength(4);
	expect(marked.map((m) => m.replace(/\s+/g, ' ')).sort()).toEqual([...options].sort());
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

test('a learner who misses main-idea questions practises main idea: a quiz of them only', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const lifeText = marloweText(uniqueName('life'));
	const author = await browser.newContext({ storageState: ADMIN_STATE });
	await addArticleAsking(await author.newPage(), 'Edith Marlowe', lifeText, [/^Main idea:/]);
	await author.close();
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('reader'), 'harbour lights 1844');
	const startWholeQuiz = async () => {
		await page.goto('/');
		await page
			.getByRole('list', { name: 'Articles' })
			.getByRole('link', { name: 'Edith Marlowe' })
			.first()
			.click();
		await page.getByRole('radio', { name: /^All \d+$/ }).check();
		await page.getByRole('button', { name: 'Start quiz' }).click();
	};
	// This learner always picks one of the article's own sentences: true, but only one part of the
	// life, never the statement that sums it up.
	const missMainIdea = (texts: string[]) => texts.findIndex((text) => lifeText.includes(text));

	// A first pass learns the right answers; a second gets every one right but the main idea.
	await startWholeQuiz();
	const right = await answerQuiz(page, (stem, texts) =>
		stem === MAIN_IDEA ? missMainIdea(texts) : 0
	);
	expect(right.get(MAIN_IDEA)?.right).toBe('Marlowe studied how glass takes its colour.');
	await startWholeQuiz();
	await answerQuiz(page, (stem, texts) =>
		stem === MAIN_IDEA ? missMainIdea(texts) : texts.indexOf(right.get(stem)!.right)
	);

	// Main idea is the weakest skill, in the table and in the offer to practise it.
	await page.getByRole('link', { name: 'Progress' }).click();
	const skills = page.getByRole('table', { name: 'Reading skills' });
	await expect(skills.getByRole('row', { name: /^Main idea\b/ })).toContainText('0%');
	await page.getByRole('button', { name: 'Practise main idea' }).click();
	await expect(page.locator('#progress-label')).toHaveText('Question 1 of 1');
	await expect(page.locator('#stem')).toHaveText(MAIN_IDEA);
	await page.context().close();
});
