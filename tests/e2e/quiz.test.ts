import { expect, test, type Page } from '@playwright/test';

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';

/** Opens the Apollo article and starts a quiz of the given length; returns the attempt URL. */
async function startQuiz(page: Page, length: '5 questions' | '10 questions'): Promise<string> {
	await page.goto('/');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await expect(page.getByRole('heading', { level: 1, name: APOLLO })).toBeVisible();
	await expect(page.getByText(/\d+ questions on this article/)).toBeVisible();
	await page.getByLabel(length).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page).toHaveURL(/\/quiz\/[0-9a-z]{16}$/);
	return page.url();
}

/** Chooses option `index` (0–3) by its label, checks, and returns the verdict shown. */
async function answer(page: Page, index: number): Promise<'Correct' | 'Incorrect'> {
	await page.locator('label.option').nth(index).click();
	await page.getByRole('button', { name: 'Check' }).click();
	const feedback = page.locator('#feedback');
	await expect(feedback).toBeVisible();
	const verdict = (await feedback.locator('.result').innerText()).trim();
	expect(['Correct', 'Incorrect']).toContain(verdict);
	return verdict as 'Correct' | 'Incorrect';
}

/** Answers every question with option `index`, through to the results page. */
async function finish(page: Page, total: number, index = 0) {
	for (let n = 1; n <= total; n++) {
		await expect(page.locator('#progress-label')).toHaveText(`Question ${n} of ${total}`);
		await answer(page, index);
		await page.getByRole('button', { name: n === total ? 'See results' : 'Next' }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`a whole quiz with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('start, answer every question with feedback, see a fair score', async ({ page }) => {
			await startQuiz(page, '5 questions');
			if (javaScriptEnabled)
				await page.evaluate(() => ((window as { marker?: number }).marker = 1));
			let correct = 0;
			for (let n = 1; n <= 5; n++) {
				await expect(page.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
				await expect(page.getByRole('progressbar')).toBeVisible();
				await expect(page.locator('label.option')).toHaveCount(4);
				const verdict = await answer(page, n % 4);
				if (verdict === 'Correct') correct++;
				// The right option is marked in words, the source sentence quoted with the answer marked.
				await expect(page.locator('.answered .right')).toContainText('Correct answer');
				await expect(page.locator('.answered')).toContainText('Your answer');
				await expect(page.locator('#feedback blockquote')).not.toBeEmpty();
				await expect(page.getByText(/Time on this question: \d+ s/)).toBeVisible();
				await expect(page.getByRole('link', { name: 'Show in article' })).toBeVisible();
				if (javaScriptEnabled) {
					await expect(page.locator('#feedback')).toBeFocused();
					await expect(page.locator('[aria-live="polite"]')).toHaveText(verdict);
				}
				await page.getByRole('button', { name: n === 5 ? 'See results' : 'Next' }).click();
			}
			await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
			await expect(page.locator('.score')).toContainText(
				`${correct} / 5 correct (${correct * 20}%)`
			);
			await expect(page.getByText(/Time taken: \d+ s/)).toBeVisible();
			const items = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
			await expect(items).toHaveCount(5);
			await expect(items.first()).toContainText('Your answer');
			await expect(items.first()).toContainText('Correct answer');
			if (javaScriptEnabled) {
				// No full reload happened anywhere on the way.
				expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(1);
			}
		});
	});
}

test('a quiz done with the keyboard only', async ({ page }) => {
	await startQuiz(page, '5 questions');
	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
		await page.keyboard.press(n % 2 ? String(n % 4 || 4) : 'b');
		const chosen = n % 2 ? (n % 4 || 4) - 1 : 1;
		await expect(page.locator(`#option-${chosen}`)).toBeChecked();
		await page.keyboard.press('Enter');
		await expect(page.locator('#feedback')).toBeFocused();
		await expect(page.locator('.answered li').nth(chosen)).toContainText('Your answer');
		await page.keyboard.press('Enter');
		if (n < 5) await expect(page.locator('#stem')).toBeFocused();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
});

test('a reload, or a visit from the home page, resumes where the learner was', async ({ page }) => {
	const url = await startQuiz(page, '5 questions');
	await answer(page, 0);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('#progress-label')).toHaveText('Question 2 of 5');
	const stem = await page.locator('#stem').innerText();
	await answer(page, 1);
	await page.reload();
	// Answered but not moved on: the same question, with its feedback.
	await expect(page.locator('#progress-label')).toHaveText('Question 2 of 5');
	await expect(page.locator('#stem')).toHaveText(stem);
	await expect(page.locator('#feedback')).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('#progress-label')).toHaveText('Question 3 of 5');
	await page.reload();
	await expect(page.locator('#progress-label')).toHaveText('Question 3 of 5');
	await page.goto('/');
	const resume = page.getByRole('list', { name: 'Unfinished quizzes' });
	const link = resume.locator(`a[href="${new URL(url).pathname}"]`);
	await expect(link).toContainText(APOLLO);
	await expect(link.locator('xpath=..')).toContainText('2 of 5 answered');
	await link.click();
	await expect(page.locator('#progress-label')).toHaveText('Question 3 of 5');
	await expect(page.locator('#feedback')).toHaveCount(0);
});

test('"Show in article" lands on the highlighted source sentence', async ({ page }) => {
	await startQuiz(page, '5 questions');
	await answer(page, 2);
	const sentence = (await page.locator('#feedback blockquote').innerText()).trim();
	await page.getByRole('link', { name: 'Show in article' }).click();
	await expect(page).toHaveURL(
		/\/articles\/[0-9a-z]{16}\?highlight=[0-9a-z]{16}&from=[0-9a-z]{16}#source$/
	);
	const mark = page.locator('article mark#source');
	await expect(mark).toHaveText(sentence);
	await expect(mark).toBeInViewport();
	await expect(page.locator('article mark')).toHaveCount(1);
	await page.getByRole('link', { name: '← Back to the quiz' }).click();
	await expect(page.locator('#feedback')).toBeVisible();
});

test('"Retry missed" holds exactly the missed questions, and "Review missed" lists them', async ({
	page
}) => {
	await startQuiz(page, '10 questions');
	await finish(page, 10, 0);
	const missedItems = page
		.getByRole('list', { name: 'Questions' })
		.getByRole('listitem')
		.filter({ hasText: 'Incorrect' });
	const missed: string[] = [];
	for (const item of await missedItems.all()) {
		const stem = await item.locator('.stem').innerText();
		const right = await item.locator('dd').nth(1).innerText();
		missed.push(`${stem} → ${right}`);
	}
	expect(missed.length).toBeGreaterThan(0);
	await page.getByRole('link', { name: 'Review missed' }).click();
	await expect(page.getByRole('list', { name: 'Questions' }).getByRole('listitem')).toHaveCount(
		missed.length
	);
	await page.getByRole('button', { name: `Retry missed (${missed.length})` }).click();
	const retried: string[] = [];
	for (let n = 1; n <= missed.length; n++) {
		await expect(page.locator('#progress-label')).toHaveText(
			`Retry: question ${n} of ${missed.length}`
		);
		const stem = await page.locator('#stem').innerText();
		await answer(page, 3);
		const right = await page.locator('.answered .right .text').innerText();
		retried.push(`${stem} → ${right}`);
		await page.getByRole('button', { name: n === missed.length ? 'See results' : 'Next' }).click();
	}
	expect(retried.sort()).toEqual(missed.sort());
	await expect(page.getByRole('heading', { level: 1, name: 'Retry results' })).toBeVisible();
});
