import { expect, test, type Page } from '@playwright/test';
import { shootAll, signedOutPage, signUp, uniqueName } from './helpers';

// Issue 17 in the browser: "Read, then answer" from the article page, the timer paused while the
// page is hidden and kept across a reload (the clock moved by the test cookie), the quiz with the
// article out of reach, and the results' reading rate and comprehension; then the same without
// JavaScript, where the whole time counts.

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';
const MINUTE_IN_DAYS = 1 / 1440;

/** Moves the server's clock to `minutes` after now for this browser (a test-only cookie). */
async function clockAt(page: Page, minutes: number) {
	await page.context().addCookies([
		{
			name: 'quizwright-test-days',
			value: (minutes * MINUTE_IN_DAYS).toFixed(8),
			url: new URL('/', page.url()).href
		}
	]);
}

/** Makes the page hidden or visible as a switch of tab would, and waits for the server to hear. */
async function setVisible(page: Page, visible: boolean) {
	const sent = page.waitForResponse(
		(response) => response.url().includes(visible ? '?/resume' : '?/pause') && response.ok()
	);
	await page.evaluate(
		(state) => {
			Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		},
		visible ? 'visible' : 'hidden'
	);
	await sent;
}

async function openReading(
	page: Page,
	{ shoot = false, length = '5 questions' }: { shoot?: boolean; length?: string | RegExp } = {}
) {
	await page.goto('/');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await page.getByRole('radio', { name: length }).check();
	if (shoot) await shootAll(page, 'reading-article');
	await page.getByRole('button', { name: 'Read, then answer' }).click();
	await expect(page).toHaveURL(/\/read\/[0-9a-z]{16}$/);
	await expect(page.getByRole('heading', { level: 1, name: APOLLO })).toBeVisible();
}

/**
 * Answers the closed-book quiz on screen, checking there is no way back to the article: with the
 * answer `known` holds for a stem, else the first option; each key the feedback shows is added to
 * `known`. Returns how many were right.
 */
async function answerClosedBook(page: Page, known = new Map<string, string>()) {
	let right = 0;
	for (let n = 1; ; n++) {
		await expect(page.locator('#progress-label')).toHaveText(
			new RegExp(`^Question\\s+${n}\\s+of\\s+\\d+$`)
		);
		await expect(
			page.getByText('closed book: the article comes back with your results')
		).toBeVisible();
		await expect(page.getByRole('link', { name: `← ${APOLLO}` })).toHaveCount(0);
		const stem = (await page.locator('#stem').innerText()).trim();
		const texts = (await page.locator('label.option .text').allInnerTexts()).map((t) => t.trim());
		await page
			.locator('label.option')
			.nth(Math.max(0, texts.indexOf(known.get(stem) ?? '')))
			.click();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('#feedback')).toBeVisible();
		// The sentence is quoted, but there is no "Show in article" until the results.
		await expect(page.getByRole('link', { name: 'Show in article' })).toHaveCount(0);
		known.set(stem, (await page.locator('.answered .right .text').innerText()).trim());
		if ((await page.locator('#feedback .result').innerText()).trim() === 'Correct') right++;
		const next = page.getByRole('button', { name: /^(Next|See results)$/ });
		const last = (await next.innerText()).trim() === 'See results';
		await next.click();
		if (last) break;
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	return right;
}

const figure = async (page: Page, term: string) =>
	(
		await page
			.getByRole('definition')
			.and(page.locator(`.reading dt:text-is("${term}") + dd`))
			.innerText()
	).trim();

test('read, then answer: timed while visible, kept across a reload, closed book, then the figures', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('reader'), 'harbour lights 1844');
	await openReading(page, { shoot: true });
	const words = Number(
		(await page.locator('.meta').innerText()).match(/([\d,]+) words/)![1]!.replace(/,/g, '')
	);
	expect(words).toBeGreaterThan(300);

	// Before the start the text is not on the page.
	await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible();
	await expect(page.getByText('The timer runs only while this page is visible')).toBeVisible();
	await expect(page.locator('.body')).toHaveCount(0);
	await shootAll(page, 'reading-start');
	await page.getByRole('button', { name: 'Start reading' }).click();
	await expect(page.locator('.body p').first()).toBeVisible();
	await expect(page.locator('.status')).toContainText('Reading time');

	// Two minutes in, the learner switches tab for an hour: the timer stops, and goes on after.
	await clockAt(page, 2);
	await setVisible(page, false);
	await expect(page.locator('.status')).toContainText('paused while this page is hidden');
	await clockAt(page, 62);
	await setVisible(page, true);
	await expect(page.locator('.status')).not.toContainText('paused');
	// A reload a minute later shows the time kept on the server: about three minutes.
	await clockAt(page, 63);
	await page.reload();
	await expect(page.locator('.status .time')).toHaveText(/^3 min( 0\d s)?$/);
	await shootAll(page, 'reading-mode');

	// A second later (the clock moved) the reading ends, and the quiz starts with the article hidden.
	await clockAt(page, 64);
	await page.getByRole('button', { name: "I've finished reading" }).click();
	await expect(page).toHaveURL(/\/quiz\/[0-9a-z]{16}$/);
	const quizUrl = page.url();
	// The article page keeps its text out of sight while the quiz is unfinished.
	await page.goto('/');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await expect(
		page.getByText('The article is hidden while your closed-book quiz on it is unfinished')
	).toBeVisible();
	await expect(page.locator('.body p')).toHaveCount(0);
	await page.goto(quizUrl);
	await shootAll(page, 'reading-quiz');
	await answerClosedBook(page);

	// Four minutes of reading (2 + 2 after the hidden hour): the rate and comprehension follow.
	const rate = Number((await figure(page, 'Reading rate')).match(/^(\d+) words a minute$/)![1]);
	expect(rate).toBeGreaterThan(words / 4.2);
	expect(rate).toBeLessThanOrEqual(Math.round(words / 3.9));
	const right = Number((await page.locator('.score strong').innerText()).split(' / ')[0]);
	await expect(
		page.locator('.reading dt', { hasText: 'Comprehension' }).locator('+ dd')
	).toHaveText(`${right * 20}% right`);
	expect(await figure(page, 'Effective reading rate')).toBe(
		`${Math.round(rate * (right / 5))} words a minute understood`
	);
	await expect(page.locator('.reading')).toContainText(
		`You read ${rate} words a minute and got ${right} of 5 right`
	);
	await expect(page.locator('.reading')).not.toContainText('without JavaScript');
	await shootAll(page, 'reading-results');
	// With the results, the article is back.
	await expect(page.getByRole('link', { name: 'Show in article' }).first()).toBeVisible();
	await page.getByRole('link', { name: 'Back to the article' }).click();
	await expect(page.locator('.body p').first()).toBeVisible();
	await page.context().close();
});

test('read, then answer without JavaScript: the whole time counts, and the page says so', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const page = await signedOutPage(browser, false);
	await signUp(page, uniqueName('plainreader'), 'harbour lights 1844');
	await openReading(page);
	await expect(
		page.getByText('Without JavaScript this page cannot tell when it is hidden')
	).toBeVisible();
	await page.getByRole('button', { name: 'Start reading' }).click();
	await expect(page.locator('.status')).toContainText('counts the whole time (JavaScript is off)');
	await clockAt(page, 5);
	await page.getByRole('button', { name: "I've finished reading" }).click();
	await answerClosedBook(page);
	await expect(page.locator('.reading')).toContainText('Timed without JavaScript');
	expect(await figure(page, 'Reading time')).toMatch(/^5 min( 0\d s)? for [\d,]+ words$/);
	await page.context().close();
});

test('the reader profile: reading rate and comprehension over time, the level, a reading too fast to count', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const page = await signedOutPage(browser);
	await signUp(page, uniqueName('profiled'), 'harbour lights 1844');
	await page.goto('/progress');
	await expect(page.getByRole('region', { name: 'Reader profile' })).toHaveCount(0);

	/** "Read, then answer" from minute `from` to `to` of the test clock, then the quiz. */
	const known = new Map<string, string>();
	async function timedReading(from: number, to: number, length: string | RegExp) {
		await clockAt(page, from);
		await openReading(page, { length });
		await page.getByRole('button', { name: 'Start reading' }).click();
		await clockAt(page, to);
		await page.getByRole('button', { name: "I've finished reading" }).click();
		return await answerClosedBook(page, known);
	}
	// Two minutes each: the whole quiz first (its keys learned on the way), then five questions all
	// right; then the article "read" in the few seconds the browser takes, far too fast to count.
	await timedReading(0, 2, /^All \d+$/);
	expect(await timedReading(10, 12, '5 questions')).toBe(5);
	expect(await timedReading(20, 20, '5 questions')).toBe(5);
	await expect(page.locator('.reading .flagged')).toContainText('does not count toward your level');

	await page.goto('/progress');
	const profile = page.getByRole('region', { name: 'Reader profile' });
	// Placed by the first two readings: one below 90%, one above, so at the text's own level.
	await expect(profile).toContainText('Your reading level: Grade 9-10');
	// Two charts of the two readings that count: the rate with words read and understood a minute.
	await expect(profile.locator('svg.chart')).toHaveCount(2);
	await expect(profile.locator('svg.chart').first().locator('circle')).toHaveCount(4);
	await expect(profile.locator('svg.chart').last().locator('circle')).toHaveCount(2);
	const rows = profile
		.getByRole('table', { name: 'Timed readings, oldest first' })
		.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(1)).toContainText('5 / 5 (100%)');
	await expect(rows.nth(2)).toContainText('too fast to count');
	await expect(profile).toContainText('Readings too fast to count are in the table only.');
	await shootAll(page, 'reader-profile', profile);
	await page.context().close();
});
