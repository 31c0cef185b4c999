import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as sessions from '../../src/lib/server/sessions';
import * as users from '../../src/lib/server/users';
import * as admin from '../../src/routes/admin/users/+page.server';
import * as signin from '../../src/routes/signin/+page.server';
import * as signout from '../../src/routes/signout/+page.server';
import * as signup from '../../src/routes/signup/+page.server';
import { as, event, Jar, outcome, seedAdmin } from './request';
import { createTempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

describe('sign-up, sign-in and sign-out pages', () => {
	it('signs up, sets an HttpOnly SameSite=Lax cookie and goes to the library', async () => {
		const cookies = new Jar();
		const run = () =>
			signup.actions.default(
				event({
					db: temp.db,
					cookies,
					form: { username: 'ada', password: 'correct horse battery' }
				})
			);
		expect(await outcome(run)).toEqual({ kind: 'redirect', status: 303, location: '/' });
		const token = cookies.get('session');
		expect(token).toMatch(/^[A-Za-z0-9_-]{27}$/);
		expect(cookies.options.get('session')).toMatchObject({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: false
		});
		expect((await sessions.validate(temp.db, token!, new Date()))?.user.role).toBe('admin');
	});

	it('uses a Secure __Host- cookie over HTTPS', async () => {
		await seedAdmin(temp.db);
		const cookies = new Jar();
		const run = () =>
			signin.actions.default(
				event({
					db: temp.db,
					cookies,
					url: 'https://quiz.example.org/signin',
					form: { username: 'root', password: 'a long secret' }
				})
			);
		expect(await outcome(run)).toMatchObject({ kind: 'redirect', location: '/' });
		expect(cookies.get('session')).toBeUndefined();
		expect(cookies.options.get('__Host-session')).toMatchObject({ secure: true, path: '/' });
	});

	it('refuses sign-up with registration closed, once an admin exists', async () => {
		await seedAdmin(temp.db);
		const closed = { db: temp.db, registration: 'closed' as const };
		expect(await outcome(() => signup.load(event(closed)))).toEqual({
			kind: 'data',
			data: { firstAccount: false, closed: true }
		});
		const run = () =>
			signup.actions.default(
				event({ ...closed, form: { username: 'eve', password: 'a long secret' } })
			);
		expect(await outcome(run)).toMatchObject({ kind: 'fail', status: 403 });
	});

	it('says "wrong username or password" and keeps the username', async () => {
		await seedAdmin(temp.db);
		const run = () =>
			signin.actions.default(
				event({ db: temp.db, form: { username: 'root', password: 'not it at all' } })
			);
		expect(await outcome(run)).toEqual({
			kind: 'fail',
			status: 400,
			data: { values: { username: 'root' }, errors: { form: 'Wrong username or password.' } }
		});
	});

	it('signs out: deletes the session row and the cookie', async () => {
		const root = await seedAdmin(temp.db);
		const token = sessions.generateToken();
		const session = await sessions.create(temp.db, token, root.id, new Date());
		const cookies = new Jar();
		cookies.set('session', token, { path: '/' });
		const run = () => signout.actions.default(event({ db: temp.db, user: root, session, cookies }));
		expect(await outcome(run)).toEqual({ kind: 'redirect', status: 303, location: '/' });
		expect(cookies.get('session')).toBeUndefined();
		expect(await sessions.validate(temp.db, token, new Date())).toBeNull();
	});

	it('sends a signed-in user away from the sign-in and sign-up pages', async () => {
		for (const load of [signin.load, signup.load]) {
			expect(await outcome(() => load(event({ db: temp.db, user: as('learner') })))).toMatchObject({
				kind: 'redirect',
				location: '/'
			});
		}
	});
});

describe('bad input on every form: a 400 with the message beside the field, never a 500', () => {
	const TEN_MB = 'a'.repeat(10 * 1024 * 1024);
	const file = new Blob(['not text'], { type: 'application/octet-stream' });

	const cases: [
		string,
		Record<string, string | Blob>,
		Record<string, unknown>,
		Record<string, string>
	][] = [
		['missing fields', {}, { username: 'Enter a username.', password: 'Enter a password.' }, {}],
		[
			'a 10 MB username and password',
			{ username: TEN_MB, password: TEN_MB },
			{ username: 'Use at most 32 characters.', password: 'Use at most 256 characters.' },
			{}
		],
		[
			'control characters',
			{ username: 'ada\u0000\n', password: 'pass\u001bword\u0007!' },
			{
				username:
					'The username holds a control character (U+0000) after “ada”, which cannot be typed or shown. Remove it.',
				password: 'Use only characters you can type.'
			},
			{ username: 'ada' }
		],
		[
			'files instead of text',
			{ username: file, password: file },
			{ username: 'Enter a username.', password: 'Enter a password.' },
			{ username: '' }
		],
		[
			'a short, common password and a bad username',
			{ username: 'a b', password: 'password' },
			{
				username: expect.stringContaining('Use only letters'),
				password: expect.stringContaining('most common passwords')
			},
			{ username: 'a b' }
		],
		[
			'a too-short password',
			{ username: 'ada', password: 'short' },
			{ password: 'Use at least 8 characters.' },
			{}
		]
	];

	it.each(cases)('sign-up refuses %s', async (_name, form, errors, values) => {
		const result = await outcome(() => signup.actions.default(event({ db: temp.db, form })));
		expect(result).toMatchObject({ kind: 'fail', status: 400, data: { errors, values } });
		const data = (result as { data: { values: { username: string } } }).data;
		expect(data.values.username.length).toBeLessThanOrEqual(64);
		expect(await users.count(temp.db)).toBe(0);
	});

	it.each([
		['missing fields', {}, { username: 'Enter your username.', password: 'Enter your password.' }],
		[
			'10 MB fields',
			{ username: TEN_MB, password: TEN_MB },
			{ username: 'That username is too long.' }
		],
		[
			'files instead of text',
			{ username: file, password: file },
			{ username: 'Enter your username.' }
		]
	] as const)('sign-in refuses %s', async (_name, form, errors) => {
		await seedAdmin(temp.db);
		const result = await outcome(() => signin.actions.default(event({ db: temp.db, form })));
		expect(result).toMatchObject({ kind: 'fail', status: 400, data: { errors } });
	});

	it.each([
		['create', { username: '', password: '', role: 'overlord' }, ['username', 'password', 'role']],
		[
			'create',
			{ username: 'x'.repeat(200), password: 'a long secret', role: file },
			['username', 'role']
		],
		['role', { userId: 'x\u0000', role: 'admin' }, ['userId']],
		['role', { role: 'admin' }, ['userId']],
		['role', { userId: 'aaaaaaaaaaaaaaaa', role: 'x'.repeat(1000) }, ['role']]
	] as const)('the admin %s action refuses %o', async (name, form, fields) => {
		const root = await seedAdmin(temp.db);
		const result = await outcome(() =>
			admin.actions[name](event({ db: temp.db, user: root, form }))
		);
		expect(result).toMatchObject({ kind: 'fail', status: 400 });
		const errors = (result as { data: { errors: Record<string, string> } }).data.errors;
		expect(Object.keys(errors).sort()).toEqual([...fields].sort());
	});

	it('refuses a body that is not a readable form with a message, not a 500', async () => {
		const run = () =>
			signin.actions.default({
				...(event({ db: temp.db }) as object),
				request: new Request('http://localhost/signin', {
					method: 'POST',
					headers: { 'content-type': 'multipart/form-data; boundary=x' },
					body: 'garbage'
				})
			} as never);
		expect(await outcome(run)).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { errors: { form: 'The form could not be read. Please send it again.' } }
		});
	});
});
