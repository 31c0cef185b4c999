import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { shootAll, signedOutPage, signUp, uniqueName } from './helpers';

// Issue 18 in the browser: a teacher (the admin) makes a class, a learner joins with its code typed
// in lower case, the teacher assigns an article with a due date, the learner finds it at the top of
// the library and takes it; the class page counts it done, the dashboard shows the learner's score,
// the most-missed questions and what each option drew, and the CSV exports hold the right rows.

const APOLLO = 'Apollo 11: the first crewed landing on the Moon';

test('a class: made, joined with its code, assigned an article, the assignment taken and counted', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const className = uniqueName('Year 9 English');
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Classes' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Classes' })).toBeVisible();
	await page.getByLabel('Class name').fill(className);
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
	const code = (await page.locator('.join .code').innerText()).trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	const classUrl = page.url();

	const learner = await signedOutPage(browser);
	const name = uniqueName('pupil');
	await signUp(learner, name, 'harbour lights 1844');
	await learner.getByRole('link', { name: 'Classes' }).click();
	// A code mistyped is refused with the reason, and kept in the field.
	await learner.getByLabel('Join code').fill('ab0');
	await learner.getByRole('button', { name: 'Join' }).click();
	await expect(
		learner.getByText('A join code has 6 letters and digits; this one has 3.')
	).toBeVisible();
	await expect(learner.getByLabel('Join code')).toHaveValue('ab0');
	await learner.getByLabel('Join code').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
	await learner.getByRole('button', { name: 'Join' }).click();
	await expect(learner.getByText(`You joined ${className}.`)).toBeVisible();

	// The teacher sees the new member, then assigns the article, due in three days.
	await page.goto(classUrl);
	await expect(page.getByRole('list', { name: 'Learners' })).toContainText(name);
	await shootAll(page, 'class-teacher');
	await page.goto('/');
	await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: APOLLO }).click();
	await page.locator('summary', { hasText: /^Assign$/ }).click();
	await page.getByLabel('Class', { exact: true }).selectOption({ label: className });
	await page.getByLabel('Quiz length').selectOption({ label: '5 questions' });
	const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
	await page.getByLabel('Due date (optional)').fill(due);
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(
		page.getByText('Assigned. The class sees it at the top of its library.')
	).toBeVisible();
	const assigned = page.getByRole('list', { name: 'Assignments' });
	await expect(assigned).toContainText(APOLLO);
	await expect(assigned).toContainText('0 of 1 done');

	// The learner finds it at the top of the library, takes it, and sees it done.
	await learner.goto('/');
	const work = learner.getByRole('list', { name: 'Assignments' });
	await expect(work).toContainText('Not started');
	await expect(work).toContainText(className);
	await shootAll(learner, 'library-assignments');
	await work.getByRole('link', { name: APOLLO }).click();
	await learner.getByRole('button', { name: 'Start quiz' }).click();
	// The first option every time (answers are dealt over the four places, so some are wrong),
	// noting each question, the option chosen and the verdict.
	const taken: { stem: string; chosen: string; right: boolean }[] = [];
	for (let n = 1; n <= 5; n++) {
		await expect(learner.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
		const option = learner.locator('label.option').first();
		const chosen = (await option.locator('.text').innerText()).trim();
		await option.click();
		await learner.getByRole('button', { name: 'Check' }).click();
		const verdict = (await learner.locator('#feedback .verdict').innerText()).trim();
		taken.push({
			stem: (await learner.locator('#stem').innerText()).trim(),
			chosen,
			right: verdict === 'Correct'
		});
		await learner.getByRole('button', { name: n === 5 ? 'See results' : 'Next' }).click();
	}
	await expect(learner.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	const score = (await learner.locator('.score strong').innerText()).trim();
	await learner.goto('/');
	await expect(work).toContainText(`Done: ${score}`);
	await learner.getByRole('link', { name: 'Classes' }).click();
	await learner.getByRole('link', { name: className }).click();
	await expect(learner.getByRole('button', { name: 'Leave class' })).toBeVisible();
	await shootAll(learner, 'class-member');

	await page.goto(classUrl);
	await expect(page.getByRole('list', { name: 'Assignments' })).toContainText('1 of 1 done');
	await dashboardShows(page, name, taken);
	await exportsHold(page, classUrl, name, taken);
	await learner.context().close();
});

type Taken = { stem: string; chosen: string; right: boolean }[];

/** The assignment's dashboard: the learner's score, the most-missed questions, each option's count. */
async function dashboardShows(page: Page, name: string, taken: Taken) {
	const right = taken.filter((t) => t.right).length;
	const missed = taken.filter((t) => !t.right);
	await page.getByRole('link', { name: `Results: ${APOLLO}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: APOLLO })).toBeVisible();
	const row = page.getByRole('row', { name: new RegExp(name) });
	await expect(row).toContainText('Finished');
	await expect(row).toContainText(`${right} of 5 (${Math.round((100 * right) / 5)}%)`);
	await expect(page.getByRole('list', { name: 'Learners by score' })).toBeVisible();
	// The three most missed (fewer when fewer were missed), each with the wrong answer chosen.
	const mostMissed = page
		.getByRole('list', { name: 'Most missed questions' })
		.getByRole('listitem');
	await expect(mostMissed).toHaveCount(Math.min(3, missed.length));
	for (const item of await mostMissed.all()) {
		const stem = (await item.locator('.stem').innerText()).trim();
		const miss = missed.find((t) => t.stem === stem);
		expect(miss, `${stem} was missed`).toBeDefined();
		await expect(item).toContainText(`the wrong answer chosen most: ${miss!.chosen} (1 learner)`);
		await expect(item.locator('blockquote')).not.toBeEmpty();
	}
	// Every question: the option the learner chose drew one answer, the others none.
	const questions = page
		.getByRole('list', { name: 'Questions', exact: true })
		.getByRole('listitem');
	await expect(questions).toHaveCount(5);
	for (const t of taken) {
		const card = questions.filter({ has: page.locator('.stem', { hasText: t.stem }) });
		await expect(card).toContainText(t.right ? 'Right: 100% (1 of 1)' : 'Right: 0% (0 of 1)');
		const counts = await card.getByRole('row').allInnerTexts();
		const chosenRow = counts.find((r) => r.includes(t.chosen))!;
		expect(chosenRow).toMatch(/\t1$/);
		expect(counts.filter((r) => /\t1$/.test(r))).toHaveLength(1);
	}
	await shootAll(page, 'class-dashboard');

	// The learner's own page: their scores over time.
	await page.getByRole('link', { name, exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Scores over time' })).toBeVisible();
	await expect(page.getByRole('img', { name: /scores/ })).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(APOLLO) })).toContainText(
		`${Math.round((100 * right) / 5)}%`
	);
	await shootAll(page, 'class-learner');
}

/** "Download results (CSV)" and "Download summary (CSV)" from the class page, read as a spreadsheet would. */
async function exportsHold(page: Page, classUrl: string, name: string, taken: Taken) {
	const right = taken.filter((t) => t.right).length;
	const percent = String(Math.round((100 * right) / 5));
	await page.goto(classUrl);
	await expect(page.getByRole('region', { name: 'Scores', exact: true })).toContainText(
		`${percent}%`
	);
	await shootAll(page, 'class-scores');
	const fetched = async (link: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: link }).click()
		]);
		return (await readFile(await download.path())).toString('utf8');
	};
	const results = (await fetched('Download results (CSV)')).split('\r\n');
	expect(results[0]).toBe(
		'Learner,Article,Assigned,Due,Status,Right,Questions,Score (%),Time (s),Finished,Late'
	);
	expect(results[1]).toMatch(
		new RegExp(`^${name},${APOLLO},[^,]+,[^,]+,finished,${right},5,${percent},\\d+,[^,]+,no$`)
	);
	expect(results.slice(2)).toEqual(['']);
	const summary = await fetched('Download summary (CSV)');
	expect(summary.startsWith('\uFEFFLearner,')).toBe(true);
	expect(summary.split('\r\n').slice(1)).toEqual([
		`${name},${percent},${percent}`,
		`Class average,${percent},`,
		''
	]);
}
