import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as accounts from '../../src/lib/server/auth/accounts';
import {
	hashPassword,
	isCommonPassword,
	verifyPassword
} from '../../src/lib/server/auth/passwords';
import * as sessions from '../../src/lib/server/sessions';
import * as users from '../../src/lib/server/users';
import { NOW, context, signInOn, signUpOn } from './accounts-fixtures';
import { createTempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const signUp = (username: string, password?: string) => signUpOn(temp.db, username, password);

const signIn = (username: string, password: string, now?: Date, ip?: string) =>
	signInOn(temp.db, username, password, now, ip);

describe('passwords', () => {
	it('are hashed with argon2id at no less than OWASP’s minimum (m=19456, t=2, p=1)', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(hash).toMatch(
			/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/
		);
		expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
	});

	it('are stored only as a hash, salted afresh each time', async () => {
		const { user } = await signUp('ada');
		const stored = await users.findByUsername(temp.db, 'ada');
		expect(stored?.passwordHash).not.toContain('correct horse battery');
		expect(stored?.passwordHash).not.toBe(await hashPassword('correct horse battery'));
		expect(user).not.toHaveProperty('passwordHash');
	});

	it('verify the same text typed in another Unicode form (NFKC)', async () => {
		const hash = await hashPassword('ﬁve caf\u00e9s please');
		expect(await verifyPassword(hash, 'five cafe\u0301s please')).toBe(true);
	});

	it('answer false, never throw, for a malformed hash', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever you like')).toBe(false);
	});

	it.each(['password', 'Password1', 'QWERTYUIOP', '12345678', 'iloveyou'])(
		'knows %j is a common password',
		(password) => {
			expect(isCommonPassword(password)).toBe(true);
		}
	);

	it('does not flag an ordinary passphrase', () => {
		expect(isCommonPassword('lighthouse keeper 1844')).toBe(false);
	});
});

describe('sign-up', () => {
	it('makes the first account on a fresh database the admin, and later ones learners', async () => {
		expect((await signUp('first')).user.role).toBe('admin');
		expect((await signUp('second')).user.role).toBe('learner');
		expect((await signUp('third')).user.role).toBe('learner');
	});

	it('makes only one admin when two sign-ups race on a fresh database', async () => {
		const results = await Promise.all(['racer1', 'racer2', 'racer3'].map((name) => signUp(name)));
		expect(results.map((r) => r.user.role).sort()).toEqual(['admin', 'learner', 'learner']);
	});

	it('refuses a username taken in another case', async () => {
		await signUp('Grace');
		const again = await accounts.signUp(
			temp.db,
			{ username: 'gRACE', password: 'another fine phrase' },
			context
		);
		expect(again).toEqual({
			ok: false,
			status: 400,
			errors: { username: 'That username is taken. Choose another.' }
		});
		expect(await users.count(temp.db)).toBe(1);
	});

	it('also refuses the duplicate at the database (unique index on lower(username))', async () => {
		await signUp('Linus');
		const created = await users.create(temp.db, {
			username: 'LINUS',
			passwordHash: 'x',
			role: 'learner'
		});
		expect(created).toEqual({ created: false });
	});

	it('with registration closed, makes only the first account', async () => {
		const closed = { ...context, registration: 'closed' as const };
		const first = await accounts.signUp(
			temp.db,
			{ username: 'boss', password: 'a long secret' },
			closed
		);
		expect(first.ok && first.user.role).toBe('admin');
		const second = await accounts.signUp(
			temp.db,
			{ username: 'guest', password: 'a long secret' },
			closed
		);
		expect(second).toMatchObject({ ok: false, status: 403 });
		expect(await users.count(temp.db)).toBe(1);
	});

	it('signs the new account in', async () => {
		const result = await signUp('newcomer');
		const found = await sessions.validate(temp.db, result.token, NOW);
		expect(found?.user).toEqual(result.user);
	});
});

describe('sign-in', () => {
	beforeEach(async () => {
		await signUp('ada', 'correct horse battery');
	});

	it('accepts the right password, in any case of the username', async () => {
		const result = await signIn('ADA', 'correct horse battery');
		expect(result.ok).toBe(true);
	});

	it('refuses a wrong password and an unknown username with the same message', async () => {
		const wrong = await signIn('ada', 'correct horse batterz');
		const unknown = await signIn('nobody', 'correct horse battery');
		const expected = { ok: false, status: 400, errors: { form: 'Wrong username or password.' } };
		expect(wrong).toEqual(expected);
		expect(unknown).toEqual(expected);
	});

	it('gives a new token at every sign-in and ends the browser’s previous session', async () => {
		const first = await signIn('ada', 'correct horse battery');
		if (!first.ok) throw new Error('first sign-in refused');
		const second = await accounts.signIn(
			temp.db,
			{ username: 'ada', password: 'correct horse battery' },
			{ ...context, previousSessionId: first.session.id }
		);
		if (!second.ok) throw new Error('second sign-in refused');
		expect(second.token).not.toBe(first.token);
		expect(second.session.id).not.toBe(first.session.id);
		expect(await sessions.validate(temp.db, first.token, NOW)).toBeNull();
		expect(await sessions.validate(temp.db, second.token, NOW)).not.toBeNull();
	});
});

describe('roles', () => {
	it('never demote the last admin', async () => {
		const admin = (await signUp('root')).user;
		expect(await users.setRole(temp.db, admin.id, 'learner')).toBe('last-admin');
		const other = (await signUp('deputy')).user;
		expect(await users.setRole(temp.db, other.id, 'admin')).toBe('changed');
		expect(await users.setRole(temp.db, admin.id, 'author')).toBe('changed');
		expect(await users.setRole(temp.db, other.id, 'learner')).toBe('last-admin');
		expect(await users.setRole(temp.db, 'nosuchuser00000', 'admin')).toBe('not-found');
	});

	it('are refused by the database when not one of the three', async () => {
		await expect(
			users.create(temp.db, { username: 'eve', passwordHash: 'x', role: 'boss' as 'admin' })
		).rejects.toThrow();
	});
});
