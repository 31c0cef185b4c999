import { count as countRows } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import { questionWriter } from '../../src/lib/server/question-writer';
import { articles as articleTable, users as userTable } from '../../src/lib/server/db/schema';
import * as questions from '../../src/lib/server/questions';
import * as admin from '../../src/routes/admin/users/+page.server';
import * as exportRoute from '../../src/routes/articles/[id]/export/[format]/+server';
import * as curationPage from '../../src/routes/articles/[id]/questions/+page.server';
import * as newArticle from '../../src/routes/articles/new/+page.server';
import * as signin from '../../src/routes/signin/+page.server';
import * as signup from '../../src/routes/signup/+page.server';
import { HARBOUR } from '../fixtures/intake';
import { as, event, outcome, seedAdmin } from './request';
import { createTempDb, type TempDb } from './temp-db';

// Probe findings F4/F7: control characters, direction overrides, invisible characters and broken
// UTF-8 in every text field. Each is refused with a message beside its field, the text comes back
// without the character, and nothing is stored.

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const author = as('author');

/** The characters the probe sent, with what the message calls them. */
const REFUSED = [
	['NUL', '\u0000', 'a control character (U+0000)'],
	['BEL', '\u0007', 'a control character (U+0007)'],
	['BS', '\u0008', 'a control character (U+0008)'],
	['ESC', '\u001B', 'a control character (U+001B)'],
	['DEL', '\u007F', 'a control character (U+007F)'],
	['RLO', '\u202E', 'an invisible direction control (U+202E)'],
	['LRI', '\u2066', 'an invisible direction control (U+2066)']
] as const;

/** Any control character but tab and line breaks, and any direction override or isolate. */
const REFUSED_IN_EXPORT =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

const count = async (table: typeof articleTable | typeof userTable) =>
	(await temp.db.select({ n: countRows() }).from(table))[0]?.n ?? 0;

const paste = (form: Record<string, string>) =>
	outcome(() => newArticle.actions.paste(event({ db: temp.db, user: author, form })));

/** A form body as bytes, urlencoded by hand, so a field can hold bytes that are not UTF-8. */
function urlencoded(fields: Record<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
	const parts = Object.entries(fields).map(([name, value]) => {
		const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
		return `${name}=${[...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`;
	});
	return new TextEncoder().encode(parts.join('&'));
}

describe('an article’s title and text, pasted', () => {
	it.each(REFUSED)('refuse %s in the title, keeping the rest', async (_, character, what) => {
		const result = await paste({ title: `Harbour${character} library`, text: HARBOUR });
		expect(result).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { values: { title: 'Harbour library' } }
		});
		const { errors, values } = (
			result as { data: { errors: Record<string, string>; values: Record<string, string> } }
		).data;
		expect(errors.title).toMatch(new RegExp(`^The title holds ${what.replace(/[()+]/g, '\\$&')}`));
		expect(values.text).toBe(HARBOUR.replace(/\r\n?/g, '\n'));
		expect(await count(articleTable)).toBe(0);
	});

	it.each([
		[
			'zero-width spaces',
			'\u200B\u200B\u200B',
			'The title holds an invisible character (U+200B) at its start. Remove it.'
		],
		[
			'a Hangul filler',
			'\u3164',
			'The title holds an invisible character (U+3164) at its start. Remove it.'
		],
		[
			'a soft hyphen',
			'Har\u00ADbour',
			'The title holds an invisible character (U+00AD) after “Har”. Remove it.'
		],
		['joiners only', '\u200D\u200C', 'Give the article a title.'],
		['a lone combining mark', ' \u0301 ', 'Give the article a title.']
	])('refuse a title of %s', async (_, title, message) => {
		expect(await paste({ title, text: HARBOUR })).toMatchObject({
			kind: 'fail',
			data: { errors: { title: message } }
		});
		expect(await count(articleTable)).toBe(0);
	});

	it('keep an emoji sequence, which needs its zero-width joiner', async () => {
		const title = 'Family reading day 👨‍👩‍👧';
		expect(await paste({ title, text: HARBOUR })).toMatchObject({ kind: 'redirect' });
		const [stored] = await temp.db.select({ title: articleTable.title }).from(articleTable);
		expect(stored?.title).toBe(title);
	});

	it.each(REFUSED)('refuse %s in the text, keeping its paragraphs', async (_, character, what) => {
		const text = HARBOUR.replace('library', `library${character}`);
		const result = await paste({ title: 'Harbour', text });
		const data = (
			result as { data: { errors: Record<string, string>; values: Record<string, string> } }
		).data;
		expect(result).toMatchObject({ kind: 'fail', status: 400 });
		expect(data.errors.text).toMatch(
			new RegExp(`^The text holds ${what.replace(/[()+]/g, '\\$&')}`)
		);
		expect(data.values.text).toBe(HARBOUR.replace(/\r\n?/g, '\n'));
		expect(await count(articleTable)).toBe(0);
	});

	it('accept tabs, line breaks and the invisible marks pasted pages are full of', async () => {
		const text = HARBOUR.replace(/\n/g, '\r\n').replace('library', 'li\u00ADbrary\t\u200E');
		expect(await paste({ title: 'Harbour', text })).toMatchObject({ kind: 'redirect' });
	});

	it('refuse a field sent as broken UTF-8 instead of storing U+FFFD', async () => {
		const body = urlencoded({
			title: new Uint8Array([0x48, 0x61, 0x72, 0xff, 0x62, 0x6f, 0x75, 0x72]),
			text: HARBOUR
		});
		const raw = { type: 'application/x-www-form-urlencoded', body };
		const result = await outcome(() =>
			newArticle.actions.paste(event({ db: temp.db, user: author, raw }))
		);
		expect(result).toMatchObject({
			kind: 'fail',
			status: 400,
			data: {
				errors: {
					title:
						'This was not sent as valid UTF-8 text: the broken part shows as �. Type that part again.'
				},
				values: { title: 'Har\uFFFDbour' }
			}
		});
		expect(await count(articleTable)).toBe(0);
	});

	it('refuse broken UTF-8 in a multipart form too', async () => {
		const boundary = 'XyZ';
		const head = `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHarbour\r\n--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n`;
		const body = new Uint8Array([
			...new TextEncoder().encode(head + HARBOUR),
			0xc3,
			0x28,
			...new TextEncoder().encode(`\r\n--${boundary}--\r\n`)
		]);
		const raw = { type: `multipart/form-data; boundary=${boundary}`, body };
		const result = await outcome(() =>
			newArticle.actions.paste(event({ db: temp.db, user: author, raw }))
		);
		expect(result).toMatchObject({
			kind: 'fail',
			data: {
				errors: { text: expect.stringMatching(/^This was not sent as valid UTF-8/) as unknown }
			}
		});
	});
});

describe('an uploaded file, which nobody can fix in the form', () => {
	it('is added with the refused characters taken out of its title and text', async () => {
		const markdown = `# The harbour\u202E library\n\n${HARBOUR.replace('library', 'li\u001Bbrary\u0007')}`;
		const form = new FormData();
		form.append('files', new File([markdown], 'harbour.md', { type: 'text/markdown' }));
		const result = await outcome(() =>
			newArticle.actions.upload(event({ db: temp.db, user: author, form }))
		);
		expect(result).toMatchObject({
			kind: 'data',
			data: { results: [{ status: 'added', title: 'The harbour library' }] }
		});
		const [stored] = await temp.db.select().from(articleTable);
		expect(stored?.body).not.toMatch(REFUSED_IN_EXPORT);
		expect(stored?.body).toContain('library');
	});
});

describe('a question’s stem, options and explanation', () => {
	let articleId: string;
	beforeEach(async () => {
		const added = await articleStore.add(temp.db, { title: 'Harbour', body: HARBOUR }, new Date());
		await questionWriter(temp.db).idle();
		articleId = added.created ? added.id : '';
	});

	const run = (name: 'edit' | 'write', form: Record<string, string>) =>
		outcome(() =>
			curationPage.actions[name](
				event({ db: temp.db, user: author, form, params: { id: articleId } })
			)
		);
	const draft = (stem: string, options: string[]) => ({
		stem,
		option0: options[0]!,
		option1: options[1]!,
		option2: options[2]!,
		option3: options[3]!,
		answer: '0'
	});
	const OPTIONS = ['Elena Vasquez', 'Priya Nair', 'Martin Osei', 'Tomas Lindqvist'];

	it.each(REFUSED)(
		'refuse %s in an edited stem or option, changing nothing',
		async (_, c, what) => {
			const [first] = await questions.listActive(temp.db, articleId);
			const before = await questions.read(temp.db, first!.id);
			const result = await run('edit', {
				question: first!.id,
				...draft(`Who cut${c} the ribbon?`, [
					OPTIONS[0]!,
					OPTIONS[1]!,
					`Martin${c} Osei`,
					OPTIONS[3]!
				])
			});
			const data = (
				result as { data: { errors: Record<string, string>; values: Record<string, string> } }
			).data;
			expect(result).toMatchObject({ kind: 'fail', status: 400 });
			const pattern = what.replace(/[()+]/g, '\\$&');
			expect(data.errors.stem).toMatch(new RegExp(`^The question holds ${pattern}`));
			expect(data.errors.option2).toMatch(new RegExp(`^Option C holds ${pattern}`));
			expect(data.values).toMatchObject({ stem: 'Who cut the ribbon?', option2: 'Martin Osei' });
			expect(await questions.read(temp.db, first!.id)).toEqual(before);
		}
	);

	it('refuse a control character in a written question’s explanation', async () => {
		const before = await questions.countActive(temp.db, articleId);
		const result = await run('write', {
			...draft('How many books does the library hold?', ['85,000', '12,000', '2,300', '600']),
			sentence:
				'The building cost $12 million and holds 85,000 books, according to the town council.',
			explanation: 'Count\u0008ed in 2020.'
		});
		expect(result).toMatchObject({
			kind: 'fail',
			data: {
				errors: {
					explanation:
						'The explanation holds a control character (U+0008) after “Count”, which cannot be typed or shown. Remove it.'
				}
			}
		});
		expect(await questions.countActive(temp.db, articleId)).toBe(before);
	});

	it('skip a GIFT question holding one, and export none', async () => {
		const gift = [
			'::ok:: Who opened the library? {=Elena Vasquez ~Priya Nair ~Martin Osei ~Tomas Lindqvist}',
			'::bell:: Who paid\u0007 for it? {=The town council ~The port ~A bank ~A school}',
			'::spoof:: Which file is safe? {=report\u202Egpj.exe ~a.txt ~b.txt ~c.txt}'
		].join('\n\n');
		const form = new FormData();
		form.append('gift', new File([gift], 'probe.gift', { type: 'text/plain' }));
		const result = await outcome(() =>
			curationPage.actions.importGift(
				event({ db: temp.db, user: author, form, params: { id: articleId } })
			)
		);
		expect(result).toMatchObject({
			kind: 'data',
			data: {
				imported: 1,
				skipped: [
					{
						number: 2,
						reason: expect.stringMatching(
							/^The question holds a control character \(U\+0007\)/
						) as unknown
					},
					{
						number: 3,
						reason: expect.stringMatching(
							/^Option A holds an invisible direction control \(U\+202E\)/
						) as unknown
					}
				]
			}
		});
		for (const format of ['gift', 'aiken', 'csv', 'json', 'moodle', 'anki']) {
			const exported = await outcome(() =>
				exportRoute.GET(event({ db: temp.db, user: author, params: { id: articleId, format } }))
			);
			const text = await (exported as { data: Response }).data.text();
			expect(text, format).not.toMatch(REFUSED_IN_EXPORT);
		}
	});
});

describe('a username', () => {
	it.each(REFUSED)('refuses %s at sign-up, by an admin, and at sign-in', async (_, c, what) => {
		const pattern = new RegExp(`^The username holds ${what.replace(/[()+]/g, '\\$&')}`);
		const password = 'a long secret';
		const signedUp = await outcome(() =>
			signup.actions.default(event({ db: temp.db, form: { username: `ada${c}`, password } }))
		);
		expect(signedUp).toMatchObject({ kind: 'fail', status: 400 });
		expect((signedUp as { data: { errors: { username: string } } }).data.errors.username).toMatch(
			pattern
		);
		const root = await seedAdmin(temp.db);
		const created = await outcome(() =>
			admin.actions.create(
				event({ db: temp.db, user: root, form: { username: `bob${c}`, password, role: 'learner' } })
			)
		);
		expect((created as { data: { errors: { username: string } } }).data.errors.username).toMatch(
			pattern
		);
		const signedIn = await outcome(() =>
			signin.actions.default(event({ db: temp.db, form: { username: `root${c}`, password } }))
		);
		expect((signedIn as { data: { errors: { username: string } } }).data.errors.username).toMatch(
			pattern
		);
		expect(await count(userTable)).toBe(1);
	});
});
