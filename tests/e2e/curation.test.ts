import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { HARBOUR, unique } from '../fixtures/intake';
import { uniqueName } from './helpers';

/** Adds a fresh copy of the harbour article and, once its questions are written, opens them. */
async function openQuestions(page: Page, title: string) {
	await page.goto('/articles/new');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(unique(HARBOUR, title));
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page).toHaveURL(/\?added=1$/);
	// The questions are written off the request: the page shows them once they are there.
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
	await page.getByRole('link', { name: 'Edit questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('an author edits, retires, restores and writes questions', async ({ page }) => {
			await openQuestions(page, uniqueName('Curate'));
			const first = page.getByRole('list', { name: 'Questions' }).getByRole('listitem').first();
			await first.locator('summary').click();
			await first.getByLabel('Question').fill('Who opened the new library?');
			await first.getByLabel('Option A').fill('Elena Vasquez');
			await first.getByLabel('Option B').fill('Elena Vasquez');
			await first.getByLabel('Option C').fill('Martin Osei');
			await first.getByLabel('Option D').fill('Priya Nair');
			await first.getByLabel('A is the right answer').check();
			await first.getByRole('button', { name: 'Save question' }).click();
			const again = page.getByRole('list', { name: 'Questions' }).getByRole('listitem').first();
			await expect(again.getByLabel('Option B')).toHaveAccessibleDescription(
				'This is the same as option A.'
			);
			await expect(again.getByLabel('Question')).toHaveValue('Who opened the new library?');
			await again.getByLabel('Option B').fill('Tomas Lindqvist');
			await again.getByRole('button', { name: 'Save question' }).click();
			await expect(page.getByRole('status')).toHaveText('Saved.');
			const edited = page.getByRole('listitem').filter({ hasText: 'Who opened the new library?' });
			await expect(edited).toContainText('edited · Answer: Elena Vasquez');
			await edited.getByRole('button', { name: /^Retire/ }).click();
			await expect(
				page.getByRole('listitem').filter({ hasText: 'Who opened the new library?' })
			).toContainText('Retired');
			await page
				.getByRole('listitem')
				.filter({ hasText: 'Who opened the new library?' })
				.getByRole('button', { name: /^Restore/ })
				.click();
			await expect(
				page.getByRole('listitem').filter({ hasText: 'Who opened the new library?' })
			).toContainText('Active');

			const write = page.getByRole('region', { name: 'Write a question' });
			await write.getByLabel('Question').fill('How many books does the library hold?');
			for (const [letter, value] of [
				['A', '12,000'],
				['B', '85,000'],
				['C', '2,300'],
				['D', '600']
			]) {
				await write.getByLabel(`Option ${letter}`).fill(value!);
			}
			await write.getByLabel('B is the right answer').check();
			await write.getByLabel('Sentence from the article').fill('Not a sentence of this article.');
			await write.getByRole('button', { name: 'Add question' }).click();
			const retry = page.getByRole('region', { name: 'Write a question' });
			// The error itself, not the hint that is always there: with JavaScript on, a response that
			// arrives after the new sentence is typed would put the old one back.
			await expect(retry.getByLabel('Sentence from the article')).toHaveAccessibleDescription(
				/Copy one sentence, word for word, from the article/
			);
			await expect(retry.getByLabel('Option B')).toHaveValue('85,000');
			// Fill once the failed post's re-render has settled, and check the text is there to send.
			const sentence =
				'The building cost $12 million and holds 85,000 books, according to the town council.';
			await expect(async () => {
				await retry.getByLabel('Sentence from the article').fill(sentence);
				await expect(retry.getByLabel('Sentence from the article')).toHaveValue(sentence, {
					timeout: 500
				});
			}).toPass();
			await retry.getByRole('button', { name: 'Add question' }).click();
			await expect(
				page.getByRole('listitem').filter({ hasText: 'How many books does the library hold?' })
			).toContainText('written by hand');
		});

		test('an author deletes an article only after confirming', async ({ page }) => {
			const title = uniqueName('Delete');
			await openQuestions(page, title);
			const articleUrl = page.url().replace(/\/questions.*$/, '');
			await page.getByRole('button', { name: 'Delete article' }).click();
			await expect(page.getByRole('checkbox')).toHaveAccessibleDescription(/Tick the box/);
			await page.getByRole('checkbox', { name: /Yes, delete/ }).check();
			await page.getByRole('button', { name: 'Delete article' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
			await expect(page.getByRole('status')).toHaveText(
				'The article was deleted. Past quizzes on it are kept.'
			);
			await expect(page.getByRole('link', { name: title })).toHaveCount(0);
			// A link kept in someone's history says what happened, not "not found".
			const gone = await page.goto(articleUrl);
			expect(gone?.status()).toBe(410);
			await expect(
				page.getByRole('heading', { level: 1, name: 'This article was removed' })
			).toBeVisible();
			await expect(page.getByRole('link', { name: 'Progress' }).last()).toBeVisible();
		});
	});
}

test('questions export as GIFT, Aiken, CSV and JSON', async ({ page }) => {
	await openQuestions(page, uniqueName('Export'));
	for (const [label, pattern] of [
		['Moodle GIFT', /::Q1::/],
		['Moodle Aiken', /ANSWER: [A-D]/],
		['CSV (Anki, Quizlet)', /^Question,Option A/],
		['JSON', /"questions"/]
	] as const) {
		const href = await page.getByRole('link', { name: label }).getAttribute('href');
		const response = await page.request.get(href!);
		expect(response.status()).toBe(200);
		expect(await response.text()).toMatch(pattern);
	}
});

test('the Aiken link says what it leaves out, and a GIFT import lists 20 skips and counts the rest (issue 12, F6 and F11)', async ({
	page
}) => {
	await openQuestions(page, uniqueName('Aiken'));
	const first = page.getByRole('list', { name: 'Questions' }).getByRole('listitem').first();
	await first.locator('summary').click();
	await first.getByLabel('Question').fill('ANSWER: who cut the ribbon?');
	await first.getByLabel('Option A').fill('Elena Vasquez');
	await first.getByLabel('Option B').fill('Priya Nair');
	await first.getByLabel('Option C').fill('Martin Osei');
	await first.getByLabel('Option D').fill('Tomas Lindqvist');
	await first.getByLabel('A is the right answer').check();
	await first.getByRole('button', { name: 'Save question' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	const aiken = page.getByRole('link', { name: 'Moodle Aiken (1 left out)' });
	await expect(aiken).toHaveAccessibleDescription(
		/leaves out 1 question that Moodle would misread: “ANSWER: who cut the ribbon\?”: The question starts with “ANSWER:”/
	);
	const file = await (await page.request.get((await aiken.getAttribute('href'))!)).text();
	expect(file).not.toContain('who cut the ribbon');

	const gift = Array.from({ length: 50 }, (_, i) => `True or false ${i + 1}? {T}`).join('\n\n');
	await page.getByLabel('GIFT file').setInputFiles({
		name: 'flood.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from(gift)
	});
	await page.getByRole('button', { name: 'Import questions' }).click();
	await expect(page.getByLabel('GIFT file')).toHaveAccessibleDescription(/No multiple-choice/);
	const report = page.getByRole('status').filter({ hasText: 'Skipped:' });
	await expect(report.getByRole('listitem')).toHaveCount(20);
	await expect(report.getByRole('listitem').first()).toHaveText(
		'Question 1: It is not a multiple-choice question.'
	);
	await expect(report).toContainText('…and 30 more.');
});

test('an author reaches the item statistics from the article page', async ({ page }) => {
	await page.goto('/articles/new');
	const title = uniqueName('Stats');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(unique(HARBOUR, title));
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page).toHaveURL(/\?added=1$/);
	await page.getByRole('link', { name: 'Item statistics' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Question statistics' })).toBeVisible();
});

test('Moodle XML, QTI 2.1 and Anki downloads; a Moodle XML file imported into another article brings its questions (issue 18)', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openQuestions(page, uniqueName('Moodle out'));
	const questions = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
	const count = await questions.count();
	// One question made recognisable, to find it again in the other article.
	const stem = `Who opened the harbour's new quay? (${uniqueName('mark')})`;
	const first = questions.first();
	await first.locator('summary').click();
	await first.getByLabel('Question').fill(stem);
	await first.getByLabel('Option A').fill('Elena Vasquez');
	await first.getByLabel('Option B').fill('Priya Nair');
	await first.getByLabel('Option C').fill('Martin Osei');
	await first.getByLabel('Option D').fill('Tomas Lindqvist');
	await first.getByLabel('B is the right answer').check();
	await first.getByRole('button', { name: 'Save question' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');

	const download = async (label: string) => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('list', { name: 'Export' })
				.getByRole('link', { name: label, exact: true })
				.click()
		]);
		return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
	};
	const moodle = await download('Moodle XML');
	expect(moodle.name).toMatch(/\.moodle\.xml$/);
	const xml = moodle.bytes.toString('utf8');
	expect(xml).toContain('<quiz>');
	expect(xml.match(/<question type="multichoice">/g)).toHaveLength(count);
	const qti = await download('QTI 2.1');
	expect(qti.name).toMatch(/\.qti\.zip$/);
	const files = Object.keys(unzipSync(new Uint8Array(qti.bytes)));
	expect(files).toContain('imsmanifest.xml');
	expect(files.filter((f) => f.endsWith('.xml') && f !== 'imsmanifest.xml')).toHaveLength(count);
	const anki = (await download('Anki')).bytes.toString('utf8');
	expect(anki.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:true']);

	// Into a second article: the file's questions are added to its own.
	await openQuestions(page, uniqueName('Moodle in'));
	const before = await questions.count();
	await page.getByLabel('Moodle XML file').setInputFiles({
		name: moodle.name,
		mimeType: 'application/xml',
		buffer: moodle.bytes
	});
	await page.getByRole('button', { name: 'Import Moodle XML' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
		`Imported ${count} questions.`
	);
	await expect(questions).toHaveCount(before + count);
	await expect(page.getByRole('list', { name: 'Questions' })).toContainText(stem);
});
