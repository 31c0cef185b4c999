import { count as countRows, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import { generations, questions as questionTable } from '../../src/lib/server/db/schema';
import { questionWriter } from '../../src/lib/server/question-writer';
import * as questions from '../../src/lib/server/questions';
import { addFiles } from '../../src/lib/server/intake';
import { extractionsRunning } from '../../src/lib/server/intake/extract';
import * as libraryPage from '../../src/routes/+page.server';
import * as page from '../../src/routes/articles/new/+page.server';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import { HARBOUR, nestedHtml, slowHtml, TIDE_MILL, unique, vague } from '../fixtures/intake';
import { as, event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const author = as('author');

function paste(form: Record<string, string>, user = author) {
	return outcome(() => page.actions.paste(event({ db: temp.db, user, form })));
}

function upload(files: File[], user = author) {
	const form = new FormData();
	for (const file of files) form.append('files', file);
	return outcome(() => page.actions.upload(event({ db: temp.db, user, form })));
}

async function countOf(table: typeof generations | typeof questionTable) {
	const [row] = await temp.db.select({ n: countRows() }).from(table);
	return row?.n ?? 0;
}

describe('adding an article by pasting', () => {
	it('saves the article with its generation, facts and questions, then opens it', async () => {
		const result = await paste({ title: ' The harbour library ', text: HARBOUR });
		expect(result).toMatchObject({ kind: 'redirect', status: 303 });
		const id = /^\/articles\/([0-9a-z]{16})\?added=1$/.exec(
			result.kind === 'redirect' ? result.location : ''
		)?.[1];
		const stored = await articleStore.read(temp.db, id ?? '');
		expect(stored).toMatchObject({ title: 'The harbour library', source: null, wordCount: 208 });
		// The questions follow the article, written off the request (question-writer.ts).
		await questionWriter(temp.db).idle();
		expect(await questions.writingState(temp.db, id!)).toEqual({ state: 'ready' });
		expect(await questions.countActive(temp.db, id!)).toBeGreaterThanOrEqual(3);
		expect((await questions.keyFacts(temp.db, id!)).length).toBeGreaterThan(0);
		expect((await questions.latestGeneration(temp.db, id!))?.text).toContain('Vasquez');
	});

	it.each([
		[{ title: '', text: HARBOUR }, { title: 'Give the article a title.' }],
		[{ title: 'Empty', text: '   \n ' }, { text: expect.stringMatching(/empty/) as unknown }],
		[
			{ title: 'Short', text: 'Only a few words here.' },
			{ text: 'The text has 5 words; an article needs at least 80.' }
		],
		[
			{ title: 'Long', text: 'word '.repeat(50_001) },
			{ text: expect.stringMatching(/50,001 words; .* at most 50,000/) as unknown }
		],
		[
			{ title: 'Control', text: `${HARBOUR}\u0000\u0001\u0002` },
			{ text: expect.stringMatching(/^The text holds a control character \(U\+0000\)/) as unknown }
		],
		[
			{ title: 'Binary', text: `${HARBOUR}${'\u0001\u0002\u0003 '.repeat(100)}` },
			{ text: expect.stringMatching(/binary/) as unknown }
		],
		[
			{
				title: 'Welsh',
				text: 'Mae hi’n braf iawn heddiw ac rydym yn mynd i’r traeth gyda’r plant. '.repeat(8)
			},
			{ text: expect.stringMatching(/English/) as unknown }
		]
	])('refuses %o, keeping what was typed', async (form, errors) => {
		const result = await paste(form);
		expect(result).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { action: 'paste', errors, values: { title: form.title } }
		});
		const data = (result as { data: { values: { text: string } } }).data;
		expect(data.values.text).toBe(form.text.replace(/\p{Cc}(?<!\n)/gu, ''));
		expect(await articleStore.count(temp.db)).toBe(0);
	});

	it('names the article that already holds the same text', async () => {
		await paste({ title: 'First', text: HARBOUR });
		const [first] = await articleStore.list(temp.db);
		const again = await paste({ title: 'Second', text: `  ${HARBOUR.toUpperCase()}  ` });
		expect(again).toMatchObject({
			kind: 'fail',
			status: 400,
			data: {
				errors: { text: 'This text is already in the library.' },
				duplicate: { id: first!.id, title: 'First' }
			}
		});
		expect(await articleStore.count(temp.db)).toBe(1);
	});

	it('saves an article that makes fewer than 3 good questions, with the reason', async () => {
		const added = await articleStore.add(temp.db, { title: 'Vague', body: vague(120) }, new Date());
		expect(added).toMatchObject({ created: true });
		await questionWriter(temp.db).idle();
		const id = added.created ? added.id : '';
		expect(await questions.countActive(temp.db, id)).toBeLessThan(3);
		expect(await questions.report(temp.db, id)).toMatchObject({
			shortfallReason: expect.any(String) as unknown
		});
	});

	it('two people adding the same text make one article, with one set of questions', async () => {
		const results = await Promise.all([
			articleStore.add(temp.db, { title: 'A', body: TIDE_MILL }, new Date()),
			articleStore.add(temp.db, { title: 'B', body: TIDE_MILL }, new Date())
		]);
		expect(results.filter((result) => result.created)).toHaveLength(1);
		await questionWriter(temp.db).idle();
		expect(await articleStore.count(temp.db)).toBe(1);
		expect(await countOf(generations)).toBe(1);
		const [article] = await articleStore.list(temp.db);
		const rows = await temp.db
			.select()
			.from(questionTable)
			.where(eq(questionTable.articleId, article!.id));
		expect(rows.length).toBe(await countOf(questionTable));
	});
});

describe('adding articles by uploading files', () => {
	const file = (parts: BlobPart[], name: string, type = 'text/plain') =>
		new File(parts, name, { type });

	it('adds each file as an article and says what became of each', async () => {
		const html = `<html><head><title>Carew</title></head><body><article><h1>The tide mill</h1>${TIDE_MILL.split(
			'\n\n'
		)
			.slice(1)
			.map((p) => `<p>${p}</p>`)
			.join('')}<script>alert(1)</script></article></body></html>`;
		const result = await upload([
			file([HARBOUR], 'harbour.txt'),
			file([html], 'mill.html', 'text/html'),
			file([`# Notes\n\n${unique(HARBOUR, 'md')}`], 'notes.md', 'text/markdown'),
			file([HARBOUR], 'again.txt'),
			file(['%PDF-1.4'], 'paper.pdf', 'application/pdf'),
			file([new Uint8Array(2 * 1024 * 1024 + 1).fill(97)], 'big.txt'),
			file([new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e])], 'latin1.txt'),
			file([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])], 'image.txt'),
			file(['Too short to be an article.'], 'short.txt')
		]);
		expect(result).toMatchObject({ kind: 'data' });
		const results = (result as { data: { results: { name: string; status: string }[] } }).data
			.results;
		expect(results).toEqual([
			expect.objectContaining({
				name: 'harbour.txt',
				status: 'added',
				title: 'Harbour Town opens new public library'
			}),
			expect.objectContaining({ name: 'mill.html', status: 'added', title: 'Carew' }),
			expect.objectContaining({ name: 'notes.md', status: 'added', title: 'Notes' }),
			expect.objectContaining({
				name: 'again.txt',
				status: 'duplicate',
				title: 'Harbour Town opens new public library'
			}),
			expect.objectContaining({
				name: 'paper.pdf',
				status: 'error',
				message: 'Only .txt, .md and .html files can be added.'
			}),
			expect.objectContaining({
				name: 'big.txt',
				status: 'error',
				message: expect.stringMatching(/larger than 2 MiB/) as unknown
			}),
			expect.objectContaining({
				name: 'latin1.txt',
				status: 'error',
				message: expect.stringMatching(/not UTF-8/) as unknown
			}),
			expect.objectContaining({
				name: 'image.txt',
				status: 'error',
				message: expect.stringMatching(/binary/) as unknown
			}),
			expect.objectContaining({
				name: 'short.txt',
				status: 'error',
				message: expect.stringMatching(/at least 80/) as unknown
			})
		]);
		const mill = await articleStore.read(temp.db, (results[1] as unknown as { id: string }).id);
		expect(mill?.source).toBe('mill.html');
		expect(mill?.body).not.toMatch(/<|alert/);
		expect(mill?.body).toContain('ground corn until 1937');
	});

	it('asks for a file when none was chosen, and fails when no file could be added', async () => {
		expect(await upload([])).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { errors: { files: expect.stringMatching(/Choose/) as unknown } }
		});
		expect(await upload([file(['x'], 'x.docx')])).toMatchObject({ kind: 'fail', status: 400 });
	});
});

describe('uploading HTML built to hold up the server (issue 12, F1)', () => {
	const html = (text: string, name: string) => new File([text], name, { type: 'text/html' });
	const results = (outcome: unknown) =>
		(outcome as { data: { results: { name: string; status: string; message?: string }[] } }).data
			.results;

	it('refuses 1,000 and 150,000 nested elements, saying the limit, and adds nothing', async () => {
		const result = await upload([
			html(nestedHtml(1_000), 'deep.html'),
			html(nestedHtml(150_000), 'deeper.html')
		]);
		expect(result).toMatchObject({ kind: 'fail', status: 400 });
		const refusal = expect.stringMatching(
			/^The HTML nests elements more than 256 levels deep, which no article needs, so it was not read\. Paste the article’s text instead\.$/
		) as unknown;
		expect(results(result)).toEqual([
			{ name: 'deep.html', status: 'error', message: refusal },
			{ name: 'deeper.html', status: 'error', message: refusal }
		]);
		expect(await articleStore.count(temp.db)).toBe(0);
	});

	it('still adds an article nested as deep as real pages go', async () => {
		const result = await upload([html(nestedHtml(200), 'nested.html')]);
		expect(results(result)).toEqual([
			expect.objectContaining({ name: 'nested.html', status: 'added', title: 'Deep' })
		]);
	});

	it('answers another request while a worker reads a slow page', async () => {
		let uploaded = false;
		const uploading = upload([html(slowHtml(4), 'slow.html')]).finally(() => (uploaded = true));
		await vi.waitFor(() => expect(extractionsRunning()).toBe(1));
		// The library, asked for once a worker is reading, answers before the reading ends.
		const library = await outcome(() => libraryPage.load(event({ db: temp.db, user: author })));
		expect(library).toMatchObject({ kind: 'data', data: { articles: [] } });
		expect(extractionsRunning()).toBe(1);
		expect(uploaded).toBe(false);
		// Four towers of divs around an "x" are no article.
		expect(results(await uploading)).toEqual([
			{
				name: 'slow.html',
				status: 'error',
				message: expect.stringMatching(/needs at least 80/) as unknown
			}
		]);
		expect(extractionsRunning()).toBe(0);
	});

	it('gives one upload a total reading budget: later HTML files are left unread, text files still added', async () => {
		const files = [
			html(slowHtml(10), 'slow.html'),
			html(nestedHtml(10), 'unread.html'),
			new File([HARBOUR], 'harbour.txt', { type: 'text/plain' })
		];
		expect(await addFiles(temp.db, files, new Date(), { perFileMs: 5_000, totalMs: 300 })).toEqual([
			{
				name: 'slow.html',
				status: 'error',
				message: expect.stringMatching(/took longer than 0\.3 seconds/) as unknown
			},
			{
				name: 'unread.html',
				status: 'error',
				message:
					'Not read: this upload already used its time for reading HTML. Add this file again on its own.'
			},
			expect.objectContaining({ name: 'harbour.txt', status: 'added' })
		]);
	});
});

describe('who may add articles', () => {
	it.each(['paste', 'upload', 'import'] as const)(
		'refuses the %s action to a learner (403)',
		async (name) => {
			const form = { title: 'T', text: HARBOUR, url: 'http://127.0.0.1/' };
			const run = () => page.actions[name](event({ db: temp.db, user: as('learner'), form }));
			expect(await outcome(run)).toMatchObject({ kind: 'error', status: 403 });
			const signedOut = () => page.actions[name](event({ db: temp.db, form }));
			expect(await outcome(signedOut)).toMatchObject({ kind: 'redirect', location: '/signin' });
			expect(await articleStore.count(temp.db)).toBe(0);
		}
	);

	it.each([
		['learner', { kind: 'error', status: 403 }],
		['author', { kind: 'data' }],
		['admin', { kind: 'data' }]
	] as const)('answers the add-article page for a %s with %o', async (role, expected) => {
		expect(await outcome(() => page.load(event({ db: temp.db, user: as(role) })))).toMatchObject(
			expected
		);
	});

	it('shows the rejected candidates to authors only', async () => {
		const added = await articleStore.add(temp.db, { title: 'Harbour', body: HARBOUR }, new Date());
		const id = added.created ? added.id : '';
		await questionWriter(temp.db).idle();
		const load = (role: 'learner' | 'author') =>
			outcome(() => articlePage.load(event({ db: temp.db, user: as(role), params: { id } })));
		expect(await load('learner')).toMatchObject({ kind: 'data', data: { report: null } });
		expect(await load('author')).toMatchObject({
			kind: 'data',
			data: { report: { rejected: expect.any(Array) as unknown } }
		});
	});
});
