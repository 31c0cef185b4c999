import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import * as curation from '../../src/lib/server/curation';
import { ankiField } from '../../src/lib/server/exchange/anki';
import { htmlToText } from '../../src/lib/server/exchange/html';
import { questionWriter } from '../../src/lib/server/question-writer';
import * as questions from '../../src/lib/server/questions';
import * as exportRoute from '../../src/routes/articles/[id]/export/[format]/+server';
import * as page from '../../src/routes/articles/[id]/questions/+page.server';
import { HARBOUR, TIDE_MILL } from '../fixtures/intake';
import { as, event, outcome } from './request';
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

const download = async (format: string, user = author, id = articleId) =>
	outcome(() => exportRoute.GET(event({ db: temp.db, user, params: { id, format } })));

async function responseOf(format: string): Promise<Response> {
	const result = await download(format);
	if (result.kind !== 'data') throw new Error(`export ${format}: ${JSON.stringify(result)}`);
	return result.data as Response;
}

/** A second article, with the questions the generator wrote for it. */
async function otherArticle(): Promise<string> {
	const other = await articleStore.add(temp.db, { title: 'Mill', body: TIDE_MILL }, new Date());
	await questionWriter(temp.db).idle();
	return other.created ? other.id : '';
}

const importMoodle = (form: FormData, id = articleId, user = author) =>
	outcome(() => page.actions.importMoodle(event({ db: temp.db, user, form, params: { id } })));

const fileForm = (text: string, name = 'quiz.xml') => {
	const form = new FormData();
	form.append('moodle', new File([text], name, { type: 'application/xml' }));
	return form;
};

const shape = (q: { stem: string; options: string[]; answerIndex: number }) => ({
	stem: q.stem,
	options: q.options,
	answerIndex: q.answerIndex
});
const byStem = (a: { stem: string }, b: { stem: string }) => a.stem.localeCompare(b.stem);

describe('the Moodle XML, QTI 2.1 and Anki exports', () => {
	it.each([
		['moodle', 'application/xml; charset=utf-8', 'harbour.moodle.xml'],
		['qti', 'application/zip', 'harbour.qti.zip'],
		['anki', 'text/plain; charset=utf-8', 'harbour.anki.txt']
	])('serves %s as a download: %s, %s', async (format, type, file) => {
		const response = await responseOf(format);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(type);
		expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
	});

	it('holds every active question, with its source sentence', async () => {
		const active = await questions.listActive(temp.db, articleId);
		expect(active.length).toBeGreaterThan(2);
		const xml = await (await responseOf('moodle')).text();
		expect(xml.match(/<question type="multichoice">/g)).toHaveLength(active.length);
		expect(xml).toContain('<question type="category">');
		const anki = await (await responseOf('anki')).text();
		const notes = anki.split('\n').filter((line) => line && !line.startsWith('#'));
		expect(notes).toHaveLength(active.length);
		expect(anki.startsWith('#separator:tab\n#html:true\n')).toBe(true);
		expect(anki).toContain('#deck:Harbour\n');
		const zip = unzipSync(new Uint8Array(await (await responseOf('qti')).arrayBuffer()));
		const manifest = new XMLParser({ ignoreAttributes: false }).parse(
			strFromU8(zip['imsmanifest.xml']!)
		) as { manifest: { resources: { resource: { '@_href': string }[] } } };
		const hrefs = [manifest.manifest.resources.resource].flat().map((r) => r['@_href']);
		expect(hrefs).toHaveLength(active.length);
		expect(hrefs.every((href) => zip[href] !== undefined)).toBe(true);
		// The sentence each answer comes from, as Moodle's general feedback and on the Anki card's back.
		const quiz = new XMLParser({ isArray: (name) => name === 'question' }).parse(xml) as {
			quiz: { question: { generalfeedback?: { text: string } }[] };
		};
		const feedback = quiz.quiz.question.flatMap((q) =>
			q.generalfeedback ? [htmlToText(q.generalfeedback.text)] : []
		);
		expect(feedback).toEqual(active.map((q) => q.sourceSentence));
		for (const q of active) expect(anki).toContain(`<i>${ankiField(q.sourceSentence)}</i>`);
	});

	it('refuses learners, as the other exports do, and an unknown article', async () => {
		for (const format of ['moodle', 'qti', 'anki']) {
			expect(await download(format, as('learner'))).toMatchObject({ kind: 'error', status: 403 });
			expect(await download(format, author, 'no-such-article')).toMatchObject({
				kind: 'error',
				status: 404
			});
		}
	});
});

describe('importing Moodle XML', () => {
	it('imports an article’s Moodle XML export into a new article: the same questions', async () => {
		const xml = await (await responseOf('moodle')).text();
		const otherId = await otherArticle();
		const before = new Set((await questions.listActive(temp.db, otherId)).map((q) => q.id));
		const result = await importMoodle(fileForm(xml, 'harbour.moodle.xml'), otherId);
		const exported = await questions.listActive(temp.db, articleId);
		expect(exported.length).toBeGreaterThan(2);
		expect(result).toMatchObject({
			kind: 'data',
			data: { action: 'importMoodle', imported: exported.length, skipped: [], moreSkipped: 0 }
		});
		const imported = (await questions.listActive(temp.db, otherId)).filter(
			(q) => !before.has(q.id)
		);
		expect(imported.map(shape).sort(byStem)).toEqual(exported.map(shape).sort(byStem));
		expect(imported.every((q) => q.kind === 'manual' && q.sourceSentence.length > 0)).toBe(true);
	});

	it('imports pasted text as well, and says what it skipped', async () => {
		const before = await curation.listAll(temp.db, articleId);
		const form = new FormData();
		form.append(
			'moodleText',
			`<?xml version="1.0"?>
<quiz>
  <question type="multichoice">
    <questiontext format="html"><text><![CDATA[<p>Which town council paid for the new wing?</p>]]></text></questiontext>
    <single>true</single>
    <answer fraction="0"><text>Harrow Ford</text></answer>
    <answer fraction="100"><text>Port Elster</text></answer>
    <answer fraction="0"><text>Millbrook</text></answer>
    <answer fraction="0"><text>Easton</text></answer>
  </question>
  <question type="truefalse">
    <questiontext format="html"><text>The library opened on a Sunday.</text></questiontext>
    <answer fraction="100"><text>false</text></answer>
    <answer fraction="0"><text>true</text></answer>
  </question>
</quiz>`
		);
		const result = await importMoodle(form);
		expect(result).toMatchObject({
			kind: 'data',
			data: {
				imported: 1,
				skipped: [{ number: 2, reason: expect.stringMatching(/true\/false/) as unknown }]
			}
		});
		const after = await curation.listAll(temp.db, articleId);
		expect(after).toHaveLength(before.length + 1);
		expect(after.map(shape)).toContainEqual({
			stem: 'Which town council paid for the new wing?',
			options: ['Harrow Ford', 'Port Elster', 'Millbrook', 'Easton'],
			answerIndex: 1
		});
	});

	const TRUE_FALSE_ONLY = `<quiz><question type="truefalse"><questiontext><text>The tide is high.</text></questiontext>
		<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;

	it.each([
		[
			'malformed XML',
			'<quiz><question type="multichoice"></quiz>',
			/^The file is not well-formed XML \(line 1/
		],
		['XML that is not Moodle XML', '<questions/>', /has no <quiz> element/],
		[
			'a file with no usable question',
			TRUE_FALSE_ONLY,
			/^No multiple-choice question with four options/
		],
		['an empty quiz', '<quiz></quiz>', /^No multiple-choice question/]
	])(
		'refuses %s with a clear error, writes nothing and keeps the pasted text',
		async (_, text, error) => {
			const before = (await curation.listAll(temp.db, articleId)).map((q) => q.id);
			const form = new FormData();
			form.append('moodleText', text);
			const result = await importMoodle(form);
			expect(result).toMatchObject({
				kind: 'fail',
				status: 400,
				data: {
					action: 'importMoodle',
					values: { moodleText: text },
					errors: { moodle: expect.stringMatching(error) as unknown }
				}
			});
			expect((await curation.listAll(temp.db, articleId)).map((q) => q.id)).toEqual(before);
			// The same from a file: refused the same way.
			expect(await importMoodle(fileForm(text))).toMatchObject({
				kind: 'fail',
				status: 400,
				data: { errors: { moodle: expect.stringMatching(error) as unknown } }
			});
			expect((await curation.listAll(temp.db, articleId)).map((q) => q.id)).toEqual(before);
		}
	);

	it('lists the skipped questions of a file with none to import', async () => {
		const result = await importMoodle(fileForm(TRUE_FALSE_ONLY));
		expect(result).toMatchObject({
			kind: 'fail',
			data: { skipped: [{ number: 1, reason: expect.stringMatching(/true\/false/) as unknown }] }
		});
	});

	it('asks for a file or text, and refuses one that is not UTF-8', async () => {
		expect(await importMoodle(new FormData())).toMatchObject({
			kind: 'fail',
			data: { errors: { moodle: 'Choose a Moodle XML file or paste its text.' } }
		});
		const form = new FormData();
		form.append('moodle', new File([new Uint8Array([0x3c, 0x71, 0xff, 0xfe])], 'bad.xml'));
		expect(await importMoodle(form)).toMatchObject({
			kind: 'fail',
			data: { errors: { moodle: 'The file is not UTF-8 text.' } }
		});
	});

	it('refuses a learner, changing nothing', async () => {
		const before = (await curation.listAll(temp.db, articleId)).map((q) => q.id);
		const xml = await (await responseOf('moodle')).text();
		const result = await importMoodle(fileForm(xml), articleId, as('learner'));
		expect(result).toMatchObject({ kind: 'error', status: 403 });
		expect((await curation.listAll(temp.db, articleId)).map((q) => q.id)).toEqual(before);
	});
});
