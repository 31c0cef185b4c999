import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {} from '../../src/lib/server/auth/passwords';
import { sessions as sessionRows } from '../../src/lib/server/db/schema';
import * as sessions from '../../src/lib/server/sessions';
import * as users from '../../src/lib/server/users';
import { MINUTE, NOW, at, signInOn, signUpOn } from './accounts-fixtures';
import { createTempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const DAY = 24 * 60 * MINUTE;

const signUp = (username: string, password?: string) => signUpOn(temp.db, username, password);

const signIn = (username: string, password: string, now?: Date, ip?: string) =>
	signInOn(temp.db, username, password, now, ip);

describe('sessions', () => {
	let userId: string;
	beforeEach(async () => {
		userId = (await signUp('ada')).user.id;
	});

	it('use a token of at least 160 bits and store only its SHA-256', async () => {
		const token = sessions.generateToken();
		expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(160);
		expect(sessions.generateToken()).not.toBe(token);
		await sessions.create(temp.db, token, userId, NOW);
		const rows = await temp.db.select().from(sessionRows).where(eq(sessionRows.userId, userId));
		const ids = rows.map((row) => row.id);
		expect(ids).toContain(sessions.sessionIdOf(token));
		expect(ids).not.toContain(token);
		expect(sessions.sessionIdOf(token)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('last 30 days, extended when used in their second half', async () => {
		const token = sessions.generateToken();
		const created = await sessions.create(temp.db, token, userId, NOW);
		expect(created.expiresAt).toEqual(at(30 * DAY));
		const early = await sessions.validate(temp.db, token, at(5 * DAY));
		expect(early).toMatchObject({ renewed: false, session: { expiresAt: at(30 * DAY) } });
		const later = await sessions.validate(temp.db, token, at(20 * DAY));
		expect(later).toMatchObject({ renewed: true, session: { expiresAt: at(50 * DAY) } });
		expect(await sessions.validate(temp.db, token, at(49 * DAY))).not.toBeNull();
	});

	it('refuses an expired session and deletes its row', async () => {
		const token = sessions.generateToken();
		await sessions.create(temp.db, token, userId, NOW);
		expect(await sessions.validate(temp.db, token, at(30 * DAY))).toBeNull();
		const rows = await temp.db.select().from(sessionRows).where(eq(sessionRows.userId, userId));
		expect(rows.map((row) => row.id)).not.toContain(sessions.sessionIdOf(token));
	});

	it('refuses a token it never issued', async () => {
		expect(await sessions.validate(temp.db, sessions.generateToken(), NOW)).toBeNull();
	});

	it('sign-out deletes the session row', async () => {
		const token = sessions.generateToken();
		const session = await sessions.create(temp.db, token, userId, NOW);
		await sessions.invalidate(temp.db, session.id);
		expect(await temp.db.select().from(sessionRows).where(eq(sessionRows.id, session.id))).toEqual(
			[]
		);
		expect(await sessions.validate(temp.db, token, NOW)).toBeNull();
	});

	it('cleans up every expired session, and a sign-in does it too', async () => {
		await sessions.create(temp.db, sessions.generateToken(), userId, at(-40 * DAY));
		await sessions.create(temp.db, sessions.generateToken(), userId, at(-31 * DAY));
		expect(await sessions.deleteExpired(temp.db, NOW)).toBe(2);
		await sessions.create(temp.db, sessions.generateToken(), userId, at(-40 * DAY));
		await signIn('ada', 'correct horse battery');
		const left = await temp.db.select().from(sessionRows);
		expect(left.every((row) => row.expiresAt > NOW)).toBe(true);
	});

	it('follow the user’s current role, so a role change applies at the next request', async () => {
		const token = sessions.generateToken();
		await sessions.create(temp.db, token, userId, NOW);
		await signUp('second');
		const other = await users.findByUsername(temp.db, 'second');
		await users.setRole(temp.db, other!.id, 'admin');
		await users.setRole(temp.db, userId, 'author');
		expect((await sessions.validate(temp.db, token, NOW))?.user.role).toBe('author');
	});
});
