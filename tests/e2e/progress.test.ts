import { expect, test, type Page } from '@playwright/test';
import {
	addArticleAsking,
	ADMIN_STATE,
	canalText,
	shootAll,
	signedOutPage,
	signUp,
	uniqueName
} from './helpers';

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';

/** Checks option `pick(texts)` and returns whether the verdict was Correct. */
async function answer(page: Page, pick: (texts: string[]) => number): Promise<boolean> {
	const texts = (await page.locator('label.option .text').allInnerTexts()).map((t) => t.trim());
	await page.locator('label.option').nth(pick(texts)).click();
	await page.getByRole('button', { name: 'Check' }).click();
	const verdict = (await page.locator('#feedback .result').innerText()).trim();
	return verdict === 'Correct';
}

/** Answers the quiz on screen through to its results; returns the stems answered wrong. */
async function finish(page: Page, pick: (stem: string, texts: string[]) => number) {
	const wrong: string[] = [];
	for (;;) {
		const stem = (await page.locator('#stem').innerText()).trim();
		const label = (await page.locator('#progress-label').innerText()).trim();
		if (!(await answer(page, (texts) => pick(stem, texts)))) wrong.push(stem);
		const next = page.getByRole('button', { name: /^(Next|See results)$/ });
		const last = (await next.innerText()).trim() === 'See results';
		await next.click();
		if (last) break;
		await expect(page.locator('#progress-label')).not.toHaveText(label);
	}
	await expect(page.getByRole('heading', { level: 1, name: /Results/ })).toBeVisible();
	return wrong;
}

test('missed questions: find them, practise them, see the list shrink; review and progress', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('learner'), 'harbour lights 1844');

	// A 10-question quiz answered with the first option each time: some are bound to be wrong.
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await page.getByLabel('10 questions').check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const wrong = await finish(page, () => 0);
	expect(wrong.length).toBeGreaterThanOrEqual(2);

	// Every miss is on the Missed page, with both answers and the source.
	await page.getByRole('link', { name: 'Missed', exact: true }).click();
	const items = page.getByRole('list', { name: 'Missed questions' }).getByRole('listitem');
	await expect(items).toHaveCount(wrong.length);
	for (const stem of wrong) await expect(items.filter({ hasText: stem }).first()).toBeVisible();
	await expect(items.first()).toContainText('Your answer');
	await expect(items.first().locator('blockquote')).not.toBeEmpty();
	// Statement questions share a stem, so a stem maps to every right answer listed under it.
	const correct = new Map<string, Set<string>>();
	for (const item of await items.all()) {
		const stem = (await item.locator('.stem').innerText()).trim();
		const right = (await item.locator('dd').nth(1).innerText()).trim();
		correct.set(stem, new Set([...(correct.get(stem) ?? []), right]));
	}

	// Practise them: the first one right, the others wrong again; the list loses one.
	await page.getByRole('button', { name: `Practice these (${wrong.length})` }).click();
	await expect(page.locator('#progress-label')).toHaveText(`Question 1 of ${wrong.length}`);
	let first = true;
	await finish(page, (stem, texts) => {
		const right = texts.findIndex((text) => correct.get(stem)?.has(text));
		expect(right).toBeGreaterThanOrEqual(0);
		const choice = first ? right : (right + 1) % 4;
		first = false;
		return choice;
	});
	await page.goto('/missed');
	await expect(items).toHaveCount(wrong.length - 1);

	// Two days later (a test-only clock), every missed question is due for review.
	await page.context().addCookies([{ name: 'quizwright-test-days', value: '2', url: page.url() }]);
	await page.goto('/');
	const reviewLink = page.getByRole('link', { name: `Review (${wrong.length} due)` });
	await expect(reviewLink).toBeVisible();
	await reviewLink.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
	await page.locator('label.option').first().click();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('#feedback .result')).toBeVisible();
	await shootAll(page, 'review-feedback');
	await page.getByRole('button', { name: /^(Good|Again)$/ }).click();
	await expect(page.locator('.last')).toContainText(/next review of that question in \d+/);
	await expect(page.getByRole('link', { name: /^Review/ })).toHaveText(
		`Review (${wrong.length - 1} due)`
	);

	// The next card by keyboard alone: a number chooses, Enter checks, Enter takes the rating.
	await expect(page.getByText('Keys: 1–4 or A–D to choose, Enter to check.')).toBeVisible();
	await page.keyboard.press('2');
	await expect(page.getByRole('radio').nth(1)).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page.locator('#feedback .result')).toBeVisible();
	await expect(page.locator('#feedback')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.last')).toContainText(/next review of that question in \d+/);
	await expect(page.getByRole('link', { name: /^Review/ })).toHaveText(
		wrong.length > 2 ? `Review (${wrong.length - 2} due)` : 'Review'
	);

	// Progress: one point per finished quiz, with the same figures in a table.
	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect(page.locator('svg.chart circle')).toHaveCount(2);
	await shootAll(page, 'progress-with-data');
	await expect(
		page.getByRole('table', { name: 'Attempts, newest first' }).locator('tbody tr')
	).toHaveCount(2);
	// Reading skills: every answer counted under one skill, key details among them, figures in a table.
	const skills = page.getByRole('table', { name: 'Reading skills' });
	await expect(skills.getByRole('rowheader', { name: 'Key details' })).toBeVisible();
	const answeredPerSkill = await skills.locator('tbody tr td:first-of-type').allTextContents();
	const answered = await page
		.locator('.totals div', { hasText: 'Questions answered' })
		.locator('dd')
		.textContent();
	expect(answeredPerSkill.reduce((n, cell) => n + Number(cell), 0)).toBe(Number(answered));
	await page.context().close();
});

test('the missed list narrows to one reading skill, and practises only its questions', async ({
	browser
}) => {
	test.setTimeout(120_000);
	// An author's article that asks for sequence questions as well as the default kinds.
	const title = uniqueName('The canal in order');
	const author = await browser.newContext({ storageState: ADMIN_STATE });
	await addArticleAsking(await author.newPage(), title, canalText(title), [/^Sequence:/]);
	await author.close();
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('learner'), 'harbour lights 1844');
	const startWholeQuiz = async () => {
		await page.goto('/');
		await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: title }).click();
		await page.getByRole('radio', { name: /^All \d+$/ }).check();
		await page.getByRole('button', { name: 'Start quiz' }).click();
	};

	// The first option every time; the article's one sequence question ("Which of these happened
	// first?", or "… after the canal opened?") is kept.
	let orderStem = '';
	let orderChosen = '';
	await startWholeQuiz();
	const wrong = await finish(page, (stem, texts) => {
		if (/^Which of these happened (first|last|(after|before) .+)\?$/.test(stem))
			[orderStem, orderChosen] = [stem, texts[0]!];
		return 0;
	});
	expect(orderStem).not.toBe('');
	// Answered right by chance: miss it on purpose in a second pass, so it is on the list.
	if (!wrong.includes(orderStem)) {
		await startWholeQuiz();
		await finish(page, (stem, texts) =>
			stem === orderStem ? texts.findIndex((text) => text !== orderChosen) : 0
		);
	}

	await page.getByRole('link', { name: 'Missed', exact: true }).click();
	const skill = page.getByLabel('Skill');
	await expect(skill.locator('option', { hasText: 'Sequence (1)' })).toHaveCount(1);
	await skill.selectOption({ label: 'Sequence (1)' });
	await page.getByRole('button', { name: 'Filter' }).click();
	await expect(page).toHaveURL(/skill=sequence/);
	const items = page.getByRole('list', { name: 'Missed questions' }).getByRole('listitem');
	await expect(items).toHaveCount(1);
	await expect(items.first().locator('.stem')).toHaveText(orderStem);
	await page.getByRole('button', { name: 'Practice these (1)' }).click();
	await expect(page.locator('#progress-label')).toHaveText('Question 1 of 1');
	await expect(page.locator('#stem')).toHaveText(orderStem);

	// The progress page offers a practice of the weakest skill, across articles.
	await page.getByRole('link', { name: 'Progress' }).click();
	const practise = page.getByRole('button', { name: /^Practise (key details|sequence)$/ });
	await expect(practise).toBeVisible();
	await practise.click();
	await expect(page.locator('#progress-label')).toHaveText(/^Question\s+1 of \d+$/);
	await page.context().close();
});
