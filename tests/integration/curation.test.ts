import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import { questionWriter } from '../../src/lib/server/question-writer';
import * as attempts from '../../src/lib/server/attempts';
import * as curation from '../../src/lib/server/curation';
import { attempts as attemptTable } from '../../src/lib/server/db/schema';
import * as questions from '../../src/lib/server/questions';
import { seedSamples } from '../../src/lib/server/samples';
import * as exportRoute from '../../src/routes/articles/[id]/export/[format]/+server';
import * as page from '../../src/routes/articles/[id]/questions/+page.server';
import { HARBOUR, TIDE_MILL } from '../fixtures/intake';
import { as, event, outcome, seedAdmin } from './request';
import { createTempDb, type TempDb } from './temp-db';

let temp: TempDb;
let articleId: string;
beforeEach(async () => {
	temp = await createTempDb();
	const added = await articleStore.add(temp.db, { title: 'Harbour', body: HARBOUR }, new Date());
	await questionWriter(temp.db).idle();
	articleId = added.created ? added.id : '';
});
afterEach(() => temp.cleanup());

const author = as('author');
const run = (name: keyof typeof page.actions, form: Record<string, string>, user = author) =>
	outcome(() => page.actions[name](event({ db: temp.db, user, form, params: { id: articleId } })));
const draftForm = (stem: string, options: string[], answer: number) => ({
	stem,
	option0: options[0] ?? '',
	option1: options[1] ?? '',
	option2: options[2] ?? '',
	option3: options[3] ?? '',
	answer: String(answer)
});

describe('the generator’s rules for a question an author writes', () => {
	it.each([
		[
			{
				stem: 'Who cut the ribbon?',
				options: ['Vasquez', 'Nair', 'Osei', 'Lindqvist'],
				answerIndex: 0
			},
			{}
		],
		[{ stem: '', options: ['a', 'b', 'c', 'd'], answerIndex: 0 }, { stem: 'Write the question.' }],
		[
			{ stem: 'Q?', options: ['a', 'b', 'A ', 'd'], answerIndex: 0 },
			{ option2: 'This is the same as option A.' }
		],
		[
			{ stem: 'Q?', options: ['a', '', 'c', 'd'], answerIndex: 0 },
			{ option1: 'Fill in all four options.' }
		],
		[
			{
				stem: 'Did Vasquez cut the ribbon?',
				options: ['Vasquez', 'Nair', 'Osei', 'Reid'],
				answerIndex: 0
			},
			{ stem: expect.stringMatching(/gives its answer away/) as unknown }
		],
		[
			{ stem: 'Q?', options: ['a', 'b', 'c', 'd'], answerIndex: 4 },
			{ answer: 'Mark the one right answer.' }
		],
		// The generator's own rules (well-formed.ts), which an author's question meets as well.
		[
			{
				stem: 'Where did the ferry sail?',
				options: ['Oban', 'Mull', 'Oban Bay', 'Iona'],
				answerIndex: 1
			},
			{ option2: expect.stringMatching(/options A and C holds the other/) as unknown }
		],
		[
			{ stem: 'Who cut the ribbon?', options: ['Nair.', 'Osei', 'nair', 'Reid'], answerIndex: 1 },
			{ option2: 'This is the same as option A.' }
		],
		[
			{
				stem: 'What did the Osei family sell?',
				options: ['Osei', 'Nair', 'Reid', 'Lund'],
				answerIndex: 0
			},
			{ stem: expect.stringMatching(/gives its answer away/) as unknown }
		],
		[
			{
				stem: 'Who cut the ribbon?',
				options: ['Vasquez', 'Nair', 'Osei', 'Lindqvist'],
				answerIndex: 0,
				explanation: 'She did\u0007.'
			},
			{ explanation: expect.stringMatching(/explanation/i) as unknown }
		]
	])('checks %o', (draft, errors) => {
		expect(curation.checkQuestion(draft)).toEqual(errors);
	});
});

describe('curating an article’s questions', () => {
	it('is for authors: a learner gets 403 on every action (the edit-article todo)', async () => {
		const [first] = await questions.listActive(temp.db, articleId);
		const forms = {
			edit: { question: first!.id, ...draftForm('Who?', ['a', 'b', 'c', 'd'], 0) },
			retire: { question: first!.id },
			restore: { question: first!.id },
			write: { ...draftForm('Who?', ['a', 'b', 'c', 'd'], 0), sentence: 'x' },
			regenerate: {},
			delete: { confirm: 'yes' }
		};
		for (const [name, form] of Object.entries(forms)) {
			expect(await run(name as keyof typeof forms, form, as('learner'))).toMatchObject({
				kind: 'error',
				status: 403
			});
		}
		const load = () =>
			page.load(event({ db: temp.db, user: as('learner'), params: { id: articleId } }));
		expect(await outcome(load)).toMatchObject({ kind: 'error', status: 403 });
		expect(await questions.read(temp.db, first!.id)).toEqual(first);
		expect(await articleStore.read(temp.db, articleId)).toBeDefined();
	});

	it('edits a question, refusing one that breaks a rule with the input kept', async () => {
		const [first] = await questions.listActive(temp.db, articleId);
		const bad = await run('edit', {
			question: first!.id,
			...draftForm('Who opened it?', ['Ann', 'Ann', 'Bo', 'Cy'], 0)
		});
		expect(bad).toMatchObject({
			kind: 'fail',
			status: 400,
			data: {
				errors: { option1: 'This is the same as option A.' },
				values: { option1: 'Ann', stem: 'Who opened it?' }
			}
		});
		const good = await run('edit', {
			question: first!.id,
			...draftForm(
				'Who cut the ribbon?',
				['Elena Vasquez', 'Priya Nair', 'Martin Osei', 'Tomas Lindqvist'],
				0
			)
		});
		expect(good).toMatchObject({ kind: 'data', data: { saved: first!.id } });
		expect(await questions.read(temp.db, first!.id)).toMatchObject({
			stem: 'Who cut the ribbon?',
			options: ['Elena Vasquez', 'Priya Nair', 'Martin Osei', 'Tomas Lindqvist'],
			answerIndex: 0,
			editedAt: expect.any(Date) as unknown
		});
	});

	it('retires and restores a question', async () => {
		const before = await questions.countActive(temp.db, articleId);
		const [first] = await questions.listActive(temp.db, articleId);
		await run('retire', { question: first!.id });
		expect(await questions.countActive(temp.db, articleId)).toBe(before - 1);
		await run('restore', { question: first!.id });
		expect(await questions.countActive(temp.db, articleId)).toBe(before);
	});

	it('adds a question by hand citing a sentence of the article', async () => {
		const form = draftForm(
			'How many books does the library hold?',
			['85,000', '12,000', '2,300', '600'],
			0
		);
		const missing = await run('write', { ...form, sentence: 'A sentence the article never says.' });
		expect(missing).toMatchObject({
			kind: 'fail',
			data: { errors: { sentence: expect.stringMatching(/word for word/) as unknown } }
		});
		const sentence =
			'The building cost $12 million and holds 85,000 books, according to the town council.';
		const written = await run('write', { ...form, sentence });
		expect(written).toMatchObject({ kind: 'data' });
		const id = (written as { data: { saved: string } }).data.saved;
		expect(await questions.read(temp.db, id)).toMatchObject({
			kind: 'manual',
			status: 'active',
			sourceSentence: sentence
		});
		const text = (await questions.articleText(temp.db, articleId))!;
		expect(questions.sourceRange(text, (await questions.read(temp.db, id))!)).not.toBeNull();
	});

	it('regenerates, keeping edited and hand-written questions and retiring answered ones', async () => {
		const root = await seedAdmin(temp.db);
		const [first, second] = await questions.listActive(temp.db, articleId);
		await curation.edit(
			temp.db,
			articleId,
			first!.id,
			{
				stem: 'Who cut the ribbon?',
				options: ['Elena Vasquez', 'Priya Nair', 'Martin Osei', 'Tomas Lindqvist'],
				answerIndex: 0
			},
			new Date()
		);
		const attemptId = await attempts.start(temp.db, {
			userId: root.id,
			articleId,
			length: 'all',
			now: new Date()
		});
		expect(attemptId).not.toBeNull();
		expect(await run('regenerate', {})).toMatchObject({
			kind: 'data',
			data: { action: 'regenerate', writing: true }
		});
		await questionWriter(temp.db).idle();
		expect(await questions.read(temp.db, first!.id)).toMatchObject({
			status: 'active',
			stem: 'Who cut the ribbon?'
		});
		expect(await questions.read(temp.db, second!.id)).toMatchObject({ status: 'retired' });
	});

	it('deletes an article only when confirmed, keeping learners’ attempts', async () => {
		const learner = await seedAdmin(temp.db);
		const attemptId = await attempts.start(temp.db, {
			userId: learner.id,
			articleId,
			length: 'all',
			now: new Date()
		});
		expect(await run('delete', {})).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { errors: { confirm: expect.stringMatching(/Tick the box/) as unknown } }
		});
		expect(await articleStore.read(temp.db, articleId)).toBeDefined();
		expect(await run('delete', { confirm: 'yes' })).toEqual({
			kind: 'redirect',
			status: 303,
			location: '/?deleted=1'
		});
		expect(await articleStore.read(temp.db, articleId)).toBeUndefined();
		expect(await articleStore.list(temp.db)).toEqual([]);
		expect(await questions.countActive(temp.db, articleId)).toBe(0);
		const kept = await temp.db.select().from(attemptTable).where(eq(attemptTable.id, attemptId!));
		expect(kept).toHaveLength(1);
		// The same text may be added again.
		expect(
			await articleStore.add(temp.db, { title: 'Again', body: HARBOUR }, new Date())
		).toMatchObject({
			created: true
		});
	});
});

describe('exporting and importing questions', () => {
	const download = (format: string, user = author) =>
		outcome(() => exportRoute.GET(event({ db: temp.db, user, params: { id: articleId, format } })));

	it.each([
		['gift', 'text/plain', /::Q1::/],
		['aiken', 'text/plain', /ANSWER: [A-D]/],
		['csv', 'text/csv', /^Question,Option A,Option B,Option C,Option D,Answer,Skill\r\n/],
		['json', 'application/json', /"skill": "key-details"/]
	])('exports %s as a download', async (format, type, body) => {
		const result = await download(format);
		const response = (result as { data: Response }).data;
		expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="harbour\./);
		expect(await response.text()).toMatch(body);
	});

	it('leaves a question Moodle would misread out of Aiken, and the questions page says so (issue 12, F11)', async () => {
		const active = await questions.listActive(temp.db, articleId);
		const [first] = active;
		const edited = await run('edit', {
			question: first!.id,
			...draftForm(
				'A. Vasquez or B. Nair: who cut the ribbon?',
				['Elena Vasquez', 'Priya Nair', 'Martin Osei', 'Tomas Lindqvist'],
				0
			)
		});
		expect(edited).toMatchObject({ kind: 'data' });
		const aiken = await ((await download('aiken')) as { data: Response }).data.text();
		expect(aiken).not.toContain('who cut the ribbon?');
		expect(aiken.match(/^ANSWER: [A-D]$/gm)).toHaveLength(active.length - 1);
		// The other formats keep every question.
		const csv = await ((await download('csv')) as { data: Response }).data.text();
		expect(csv).toContain('A. Vasquez or B. Nair: who cut the ribbon?,Elena Vasquez');
		const load = await outcome(() =>
			page.load(event({ db: temp.db, user: author, params: { id: articleId } }))
		);
		expect(load).toMatchObject({
			kind: 'data',
			data: {
				aikenLeftOut: [
					{
						id: first!.id,
						stem: 'A. Vasquez or B. Nair: who cut the ribbon?',
						reason: expect.stringMatching(/starts like an option/) as unknown
					}
				]
			}
		});
	});

	it('refuses an unknown format and learners', async () => {
		for (const format of ['docx', 'constructor', '__proto__', 'toString'])
			expect(await download(format)).toMatchObject({ kind: 'error', status: 404 });
		expect(await download('gift', as('learner'))).toMatchObject({ kind: 'error', status: 403 });
	});

	it('imports a GIFT export into another article: the same questions', async () => {
		const response = (await download('gift')) as { data: Response };
		const gift = await response.data.text();
		const other = await articleStore.add(temp.db, { title: 'Mill', body: TIDE_MILL }, new Date());
		await questionWriter(temp.db).idle();
		const otherId = other.created ? other.id : '';
		const before = new Set((await questions.listActive(temp.db, otherId)).map((q) => q.id));
		const form = new FormData();
		form.append('gift', new File([gift], 'harbour.gift', { type: 'text/plain' }));
		const result = await outcome(() =>
			page.actions.importGift(event({ db: temp.db, user: author, form, params: { id: otherId } }))
		);
		const exported = await questions.listActive(temp.db, articleId);
		expect(result).toMatchObject({ kind: 'data', data: { imported: exported.length } });
		const imported = (await questions.listActive(temp.db, otherId)).filter(
			(q) => !before.has(q.id)
		);
		const shape = (q: { stem: string; options: string[]; answerIndex: number }) => ({
			stem: q.stem,
			options: q.options,
			answerIndex: q.answerIndex
		});
		expect(imported.map(shape).sort((a, b) => a.stem.localeCompare(b.stem))).toEqual(
			exported.map(shape).sort((a, b) => a.stem.localeCompare(b.stem))
		);
		expect(imported.every((q) => q.kind === 'manual' && q.sourceSentence.length > 0)).toBe(true);
	});

	it('says what it skipped, and refuses a file with nothing to import', async () => {
		const form = new FormData();
		form.append('gift', new File(['True or false? {T}'], 'tf.gift'));
		const result = await outcome(() =>
			page.actions.importGift(event({ db: temp.db, user: author, form, params: { id: articleId } }))
		);
		expect(result).toMatchObject({
			kind: 'fail',
			status: 400,
			data: {
				errors: { gift: expect.stringMatching(/No multiple-choice/) as unknown },
				skipped: [{ number: 1 }]
			}
		});
	});
});

describe('a GIFT file built to flood the page (issue 12, F6)', () => {
	const importGift = (text: string) => {
		const form = new FormData();
		form.append('gift', new File([text], 'flood.gift', { type: 'text/plain' }));
		return outcome(() =>
			page.actions.importGift(event({ db: temp.db, user: author, form, params: { id: articleId } }))
		);
	};

	it('refuses 1 MiB of empty blocks with one sentence, importing nothing', async () => {
		const before = (await questions.listActive(temp.db, articleId)).length;
		const result = await importGift('{}\n\n'.repeat(262_144));
		expect(result).toEqual({
			kind: 'fail',
			status: 400,
			data: {
				action: 'importGift',
				values: {},
				errors: {
					gift: 'The file has 262,144 parts between blank lines; one import reads at most 1,000. Split it into smaller files.'
				}
			}
		});
		expect((await questions.listActive(temp.db, articleId)).length).toBe(before);
	});

	it('lists the first 20 skipped questions in file order and counts the rest', async () => {
		const blocks = [
			...Array.from({ length: 30 }, (_, i) => `True or false ${i}? {T}`),
			'Who cut the ribbon? {=Elena Vasquez ~Priya Nair ~Martin Osei ~Tomas Lindqvist}',
			'Which one? {=Harbour ~Harbour ~Library ~Town}',
			...Array.from({ length: 15 }, (_, i) => `Say something ${i}. {}`)
		];
		const result = await importGift(blocks.join('\n\n'));
		expect(result).toMatchObject({ kind: 'data', data: { imported: 1, moreSkipped: 26 } });
		const skipped = (result as { data: { skipped: { number: number; reason: string }[] } }).data
			.skipped;
		expect(skipped.map((skip) => skip.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		// A question the generator's rules refuse keeps its own number in the file.
		const all = await importGift(blocks.slice(30).join('\n\n'));
		expect(all).toMatchObject({
			kind: 'data',
			data: {
				skipped: expect.arrayContaining([
					{ number: 2, reason: expect.stringMatching(/same as option A/) as unknown }
				]) as unknown
			}
		});
	});
});

describe('a library whose articles were all deleted', () => {
	it('does not get the samples again', async () => {
		await articleStore.remove(temp.db, articleId, new Date());
		expect(await articleStore.count(temp.db)).toBe(0);
		expect(await seedSamples(temp.db)).toBe(0);
	});
});
