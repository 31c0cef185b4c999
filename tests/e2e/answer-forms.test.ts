import { expect, test, type Page } from '@playwright/test';
import { shootAll, signedOutPage, signUp, uniqueName } from './helpers';

// Issue 16 in the browser: a quiz answered by typing (with JavaScript on and off), "I was right",
// and a review session whose cards climb from multiple choice to fill in the blank to typing as the
// clock moves on. Screenshots of each state at 360 px and desktop, in both themes.

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';
/** What a question taught: its stem, its key, and the sentence it came from. */
interface Learned {
	stem: string;
	key: string;
	sentence: string;
}

/** Starts a quiz on the Apollo article, answered by typing. */
async function startTypingQuiz(page: Page) {
	await page.goto('/');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await page.getByLabel('5 questions').check();
	await page.getByLabel('Typing').check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page).toHaveURL(/\/quiz\/[0-9a-z]{16}$/);
}

/**
 * Answers the question on screen by typing `typed` (or, for one asked by choosing, the first
 * option), then reads what the feedback teaches.
 */
async function typeAnswer(page: Page, typed: string, javaScript: boolean): Promise<Learned> {
	const field = page.getByRole('textbox', { name: 'Your answer' });
	// The question on screen (after "Next", once the page shows it).
	await expect(field).toBeVisible();
	const stem = (await page.locator('#stem').innerText()).trim();
	// A phone shows the right keyboard and leaves the answer as typed.
	await expect(field).toHaveAttribute('autocapitalize', 'off');
	await expect(field).toHaveAttribute('autocomplete', 'off');
	await expect(field).toHaveAttribute('spellcheck', 'false');
	await expect(field).toHaveAttribute('inputmode', /^(text|numeric|decimal)$/);
	await field.fill(typed);
	// Enter in the field checks.
	await field.press('Enter');
	await expect(page.locator('#feedback')).toBeVisible();
	if (javaScript) await expect(page.locator('#feedback')).toBeFocused();
	const key = (await page.locator('.typed-verdict dd').nth(1).innerText()).trim();
	const sentence = (await page.locator('#feedback blockquote').innerText()).trim();
	await expect(page.locator('.typed-verdict dd').first()).toHaveText(typed.trim());
	return { stem, key, sentence };
}

for (const javaScriptEnabled of [true, false]) {
	test(`a quiz answered by typing, from start to results, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const page = await signedOutPage(browser, javaScriptEnabled);
		await signUp(page, uniqueName('typist'), 'harbour lights 1844');
		await startTypingQuiz(page);

		// Wrong answers first: each is refused with the right answer and its sentence shown.
		const learned: Learned[] = [];
		for (let n = 1; n <= 5; n++) {
			await expect(page.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
			await expect(page.locator('label.option')).toHaveCount(0);
			if (n === 1 && javaScriptEnabled) await shootAll(page, 'typed-question');
			learned.push(await typeAnswer(page, 'Mars', javaScriptEnabled));
			await expect(page.locator('#feedback .result')).toHaveText('Incorrect');
			await expect(page.locator('#feedback .reason')).toHaveText(
				/^Not accepted\. The answer is “.+”\.$/
			);
			if (n === 1) {
				if (javaScriptEnabled) await shootAll(page, 'typed-feedback');
				// "I was right" overrules the grade: it counts, and says so.
				await page.getByRole('button', { name: 'I was right' }).click();
				await expect(page.locator('#feedback .result')).toHaveText('Correct');
				await expect(page.getByText('You said you were right: it counts as right.')).toBeVisible();
				await expect(page.getByRole('button', { name: 'I was right' })).toHaveCount(0);
			}
			await page.getByRole('button', { name: n === 5 ? 'See results' : 'Next' }).click();
		}
		await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
		await expect(page.locator('.score')).toContainText('1 / 5 correct (20%)');
		await expect(page.locator('.by-form')).toHaveText(
			'Answered by typing: type the answer 1 of 5 right.'
		);

		// The retry is typed too: the answers learned, in lower case, are taken.
		await page.getByRole('button', { name: 'Retry missed (4)' }).click();
		for (let n = 1; n <= 4; n++) {
			await expect(page.locator('#progress-label')).toHaveText(`Retry: question ${n} of 4`);
			const stem = (await page.locator('#stem').innerText()).trim();
			const taught = learned.find((l) => l.stem === stem);
			expect(taught, `"${stem}" was asked before`).toBeDefined();
			await typeAnswer(page, taught!.key.toLowerCase(), javaScriptEnabled);
			await expect(page.locator('#feedback .result')).toHaveText('Correct');
			// Typed as shown, the verdict says it all; typed differently, the reason says why it counts.
			const reason = page.locator('#feedback .reason');
			if (taught!.key.toLowerCase() !== taught!.key)
				await expect(reason).toHaveText(/^Accepted: .+/);
			else await expect(reason).toHaveCount(0);
			await page.getByRole('button', { name: n === 4 ? 'See results' : 'Next' }).click();
		}
		await expect(page.locator('.score')).toContainText('4 / 4 correct (100%)');

		// Progress: accuracy by form, with the answer the learner overruled counted.
		await page.goto('/progress');
		const byForm = page.locator('section[aria-labelledby="by-form"] table');
		const typedRow = byForm.getByRole('row', { name: /Type the answer/ });
		await expect(typedRow).toContainText('9');
		await expect(typedRow.locator('td').nth(1)).toHaveText('56%');
		await expect(typedRow.locator('td').nth(2)).toHaveText('1');
		await page.context().close();
	});
}

test('a review card climbs from multiple choice to fill in the blank to typing as days pass', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('climber'), 'harbour lights 1844');
	// Five misses make five review cards, and teach their answers.
	await startTypingQuiz(page);
	const learned: Learned[] = [];
	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
		learned.push(await typeAnswer(page, 'Mars', true));
		await page.getByRole('button', { name: n === 5 ? 'See results' : 'Next' }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();

	/** The learned answer to the card on screen, by its stem or by its sentence around the blank. */
	async function keyOfCard(label: string): Promise<string> {
		if (label !== 'fill in the blank') {
			const stem = (await page.locator('#stem').innerText()).trim();
			return learned.find((l) => l.stem === stem)!.key;
		}
		const cloze = (await page.locator('blockquote.cloze').innerText()).replace(/\s+/g, ' ');
		const [before, after] = cloze.split('blank').map((part) => part.trim());
		const match = learned.find(
			(l) => l.sentence.startsWith(before ?? '') && l.sentence.endsWith(after ?? '')
		);
		expect(match, `a sentence fits "${cloze}"`).toBeDefined();
		return match!.key;
	}

	// The forms each card (known by its answer) was asked in.
	const formsOf = new Map<string, Set<string>>();
	const seen = new Set<string>();
	let hinted = false;
	const moveClock = (days: number) =>
		page
			.context()
			.addCookies([
				{ name: 'quizwright-test-days', value: String(days), url: new URL('/', page.url()).href }
			]);
	// Days move on with a test-only clock; each round reviews every due card rightly. Rounds stay
	// under a session's 30 days apart, so the learner stays signed in.
	// Pinned in review settings, a card is asked by typing whatever its step; back on the ladder,
	// it is asked at its step again.
	await moveClock(1);
	await page.goto('/review');
	const step = page.locator('.form-step');
	await expect(step).toHaveText(/multiple choice/i);
	const settings = async (choice: string) => {
		if (!(await page.getByLabel(choice).isVisible()))
			await page.getByText('Review settings').click();
		await page.getByLabel(choice).check();
		await page.getByRole('button', { name: 'Save' }).click();
	};
	await settings('Always type');
	await expect(step).toHaveText(/type the answer/i);
	await expect(page.getByLabel('Always type')).toBeChecked();
	await settings('Ladder');
	await expect(step).toHaveText(/multiple choice/i);

	for (const days of [1, 4, 14, 28, 50, 75, 100, 125]) {
		await moveClock(days);
		await page.goto('/review');
		for (let cards = 0; cards < 6; cards++) {
			if ((await step.count()) === 0) break;
			// Shown in capitals by its style: compared in lower case.
			const label = (await step.innerText()).trim().toLowerCase();
			const key = await keyOfCard(label);
			if (label === 'multiple choice') {
				await page
					.locator('label.option')
					.filter({ has: page.getByText(key, { exact: true }) })
					.click();
				await page.getByRole('button', { name: 'Check' }).click();
				await expect(page.locator('#feedback .result')).toHaveText('Correct');
				await page.getByRole('button', { name: 'Good' }).click();
			} else {
				const field = page.getByRole('textbox', {
					name: label === 'fill in the blank' ? 'The missing words' : 'Your answer'
				});
				if (label === 'fill in the blank' && !seen.has(label)) {
					// The blank is a word to a screen reader, and the sentence is there around it.
					await expect(page.locator('blockquote.cloze .visually-hidden')).toHaveText('blank');
					await shootAll(page, 'review-cloze');
				}
				if (label === 'fill in the blank' && !hinted) {
					// "Show a hint" keeps what was typed and gives the first letter and the length.
					await field.fill('Zz');
					await page.getByRole('button', { name: 'Show a hint' }).click();
					await expect(page.locator('.given-hint')).toHaveText(
						`Hint: Starts with “${key[0]}”, ${key.replace(/\s+/g, '').length} characters`
					);
					await expect(field).toHaveValue('Zz');
					await expect(field).toBeFocused();
					hinted = true;
				}
				await field.fill(key);
				await field.press('Enter');
				await expect(page.locator('#feedback .result')).toHaveText('Correct');
				if (label === 'type the answer' && !seen.has(label)) await shootAll(page, 'review-typed');
				await expect(page.locator('.rate')).toContainText(/Rated (Good|Hard: you used the hint)\./);
				await page.getByRole('button', { name: 'Next' }).click();
			}
			seen.add(label);
			formsOf.set(key, new Set([...(formsOf.get(key) ?? []), label]));
			// The next card (or none) is on screen, without feedback.
			await expect(page.locator('#feedback')).toHaveCount(0);
			await expect(page.locator('.last')).toContainText('Saved: next review of that question');
		}
		if ([...formsOf.values()].some((forms) => forms.size === 3)) break;
	}
	// One card was answered in all three forms, climbing.
	const climbed = [...formsOf.values()].find((forms) => forms.size === 3);
	expect(climbed && [...climbed]).toEqual([
		'multiple choice',
		'fill in the blank',
		'type the answer'
	]);
	expect(hinted).toBe(true);

	// Progress shows accuracy in all three forms.
	await page.goto('/progress');
	const byForm = page.locator('section[aria-labelledby="by-form"] table');
	for (const name of ['Multiple choice', 'Fill in the blank', 'Type the answer'])
		await expect(byForm.getByRole('rowheader', { name })).toBeVisible();
	await shootAll(page, 'progress-by-form');
	await page.context().close();
});

test('review works without JavaScript: settings, "Show a hint" and a typed answer are form posts', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const page = await signedOutPage(browser, false);
	await signUp(page, uniqueName('plain'), 'harbour lights 1844');
	await startTypingQuiz(page);
	await expect(page.locator('#progress-label')).toHaveText('Question 1 of 5');
	const { key } = await typeAnswer(page, 'Mars', false);
	await page
		.context()
		.addCookies([{ name: 'quizwright-test-days', value: '1', url: new URL('/', page.url()).href }]);
	await page.goto('/review');
	await expect(page.locator('.form-step')).toHaveText(/multiple choice/i);
	// The settings open and save as a plain form.
	await page.getByText('Review settings').click();
	await page.getByLabel('Always type').check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('.form-step')).toHaveText(/type the answer/i);
	const field = page.getByRole('textbox', { name: 'Your answer' });
	await field.fill('Zz');
	await page.getByRole('button', { name: 'Show a hint' }).click();
	await expect(page.locator('.given-hint')).toHaveText(/^Hint: Starts with “.”, \d+ characters?$/);
	await expect(field).toHaveValue('Zz');
	await field.fill(key);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('#feedback .result')).toHaveText('Correct');
	await expect(page.locator('.rate')).toContainText('Rated Hard: you used the hint.');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('.last')).toContainText('Saved: next review of that question');
	await page.context().close();
});
