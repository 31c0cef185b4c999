import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, prepareDb } from '../../src/lib/server/db';
import { sessions, users as usersTable } from '../../src/lib/server/db/schema';
import * as users from '../../src/lib/server/users';
import * as signup from '../../src/routes/signup/+page.server';
import { event, outcome } from './request';
import { createTempDb, mode, type TempDb } from './temp-db';

// What differs between an embedded file and sqld over HTTP, which this suite runs on in turn: the
// shape of a constraint error, whether foreign keys hold, and several servers migrating at once.

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const TAKEN = 'That username is taken. Choose another.';

/** The error and each of its causes, as plain fields. */
function chainOf(error: unknown) {
	const chain: { name: string; message: string; code: unknown; extendedCode: unknown }[] = [];
	for (let e: unknown = error; e instanceof Error; e = e.cause) {
		const { code, extendedCode } = e as { code?: unknown; extendedCode?: unknown };
		chain.push({ name: e.constructor.name, message: e.message, code, extendedCode });
	}
	return chain;
}

async function failureOf(run: () => Promise<unknown>) {
	try {
		await run();
	} catch (error) {
		return chainOf(error);
	}
	throw new Error('expected the write to fail');
}

describe(`a unique violation (${mode})`, () => {
	const insert = (username: string) =>
		temp.db
			.insert(usersTable)
			.values({ id: username, username, passwordHash: 'x', role: 'learner' });

	it('comes in the shape users.create recognises', async () => {
		await insert('Ada');
		const chain = await failureOf(() => insert('ADA'));
		const driver = chain.find((e) => e.name === 'LibsqlError');
		expect(driver?.message).toContain(
			"UNIQUE constraint failed: index 'users_username_lower_unique'"
		);
		// The embedded driver has the extended code; sqld over HTTP only the primary one.
		if (mode === 'file') expect(driver?.extendedCode).toBe('SQLITE_CONSTRAINT_UNIQUE');
		else expect(driver).toMatchObject({ code: 'SQLITE_CONSTRAINT', extendedCode: undefined });
	});

	it('is a taken username for users.create, not an error', async () => {
		expect(
			(await users.create(temp.db, { username: 'Ada', passwordHash: 'x', role: 'learner' })).created
		).toBe(true);
		expect(
			await users.create(temp.db, { username: 'aDA', passwordHash: 'x', role: 'learner' })
		).toEqual({
			created: false
		});
	});

	it('gives two sign-ups racing for one name in different cases one account and one clear message', async () => {
		// Both pass the "is it taken?" check before either hashes its password, so the unique index
		// decides: the loser must hear that the name is taken, never get a 500.
		const signUp = (username: string) =>
			outcome(() =>
				signup.actions.default(
					event({ db: temp.db, form: { username, password: 'correct horse battery' } })
				)
			);
		const results = await Promise.all([signUp('Grace'), signUp('GRACE')]);
		expect(results).toContainEqual({ kind: 'redirect', status: 303, location: '/' });
		expect(results).toContainEqual({
			kind: 'fail',
			status: 400,
			data: expect.objectContaining({ errors: { username: TAKEN } }) as unknown
		});
		expect(await users.count(temp.db)).toBe(1);
	});

	it('is not mistaken for another constraint: a failed CHECK still throws', async () => {
		const role = 'owner' as 'learner';
		const chain = await failureOf(() =>
			users.create(temp.db, { username: 'Ada', passwordHash: 'x', role })
		);
		expect(chain.find((e) => e.name === 'LibsqlError')?.message).toContain(
			'CHECK constraint failed'
		);
	});
});

describe(`foreign keys (${mode})`, () => {
	const session = (userId: string) =>
		temp.db.insert(sessions).values({ id: `s-${userId}`, userId, expiresAt: new Date() });

	it('are on', async () => {
		const [row] = await temp.db.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
		expect(row?.foreign_keys).toBe(1);
	});

	it('refuse a row whose parent does not exist', async () => {
		const chain = await failureOf(() => session('nobody'));
		expect(chain.find((e) => e.name === 'LibsqlError')?.message).toContain(
			'FOREIGN KEY constraint failed'
		);
		expect(await temp.db.select().from(sessions)).toEqual([]);
	});

	it('cascade a delete to the children', async () => {
		await temp.db
			.insert(usersTable)
			.values({ id: 'u1', username: 'u1', passwordHash: 'x', role: 'learner' });
		await session('u1');
		await temp.db.delete(usersTable).where(eq(usersTable.id, 'u1'));
		expect(await temp.db.select().from(sessions)).toEqual([]);
	});
});

describe(`migrations (${mode})`, () => {
	it('let several servers start at once on one new database, each migration applied once', async () => {
		const fresh = await createTempDb({ prepare: false });
		const servers = Array.from({ length: 4 }, () => createDb(fresh.url));
		try {
			const started = await Promise.allSettled(servers.map((db) => prepareDb(db)));
			expect(started.filter((result) => result.status === 'rejected')).toEqual([]);
			const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
				entries: unknown[];
			};
			const applied = await fresh.db.all(sql`SELECT hash FROM __drizzle_migrations`);
			expect(applied).toHaveLength(journal.entries.length);
			expect(await users.count(fresh.db)).toBe(0);
		} finally {
			for (const db of servers) db.$client.close();
			await fresh.cleanup();
		}
	});
});
