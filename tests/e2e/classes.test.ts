import { expect, test } from '@playwright/test';
import { shootAll, signedOutPage, signUp, uniqueName } from './helpers';

// Issue 18 in the browser, so far: a teacher (the admin) makes a class, a learner joins with its
// code typed in lower case, the teacher assigns an article with a due date, the learner finds it at
// the top of the library, takes it, and the class page counts it done.

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
	for (let n = 1; n <= 5; n++) {
		await expect(learner.locator('#progress-label')).toHaveText(`Question ${n} of 5`);
		await learner.locator('label.option').first().click();
		await learner.getByRole('button', { name: 'Check' }).click();
		await learner.getByRole('button', { name: n === 5 ? 'See results' : 'Next' }).click();
	}
	await expect(learner.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	const score = (await learner.locator('.score strong').innerText()).trim();
	await learner.goto('/');
	await expect(work).toContainText(`Done: ${score}`);

	await page.goto(classUrl);
	await expect(page.getByRole('list', { name: 'Assignments' })).toContainText('1 of 1 done');
	await learner.context().close();
});
