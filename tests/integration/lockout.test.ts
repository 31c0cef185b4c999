import { eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as devices from '../../src/lib/server/auth/devices';
import {
	devices as deviceRows,
	rateLimits as rateLimitRows,
	sessions as sessionRows
} from '../../src/lib/server/db/schema';
import { startSweeping, sweep } from '../../src/lib/server/housekeeping';
import * as rateLimits from '../../src/lib/server/rate-limits';
import * as sessions from '../../src/lib/server/sessions';
import * as admin from '../../src/routes/admin/users/+page.server';
import * as signin from '../../src/routes/signin/+page.server';
import * as signup from '../../src/routes/signup/+page.server';
import { MINUTE, NOW, at, context } from './accounts-fixtures';
import { as, event, Jar, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';

// Probe findings F8/F9: anyone could lock anyone's username (the only admin's too) by guessing,
// for ever. Unknown browsers stay locked out; a browser that has signed in to the account before
// (its device cookie) and an admin can get past the lock. The address limit is checked first, and
// expired counters are swept on a timer.

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const PASSWORD = 'correct horse battery';
const { signInPerUsername, signInPerIp, signInPerDevice } = rateLimits.RULES;

/** Signs up through the page, as a browser with this cookie jar. */
async function signUpIn(jar: Jar, username: string) {
	const form = { username, password: PASSWORD };
	const result = await outcome(() =>
		signup.actions.default(event({ db: temp.db, cookies: jar, form }))
	);
	expect(result).toMatchObject({ kind: 'redirect', location: '/' });
}

/** Signs in through the page, as a browser with this cookie jar, from an address. */
function signInWith(jar: Jar, username: string, password: string, ip = '198.51.100.20') {
	return outcome(() =>
		signin.actions.default(event({ db: temp.db, cookies: jar, ip, form: { username, password } }))
	);
}

/** Someone else's guesses at the username, from many addresses: enough to lock it. */
async function lockOut(username: string) {
	for (let i = 0; i < signInPerUsername.limit; i++) {
		const guess = await signInWith(new Jar(), username, `guess ${i}`, `203.0.113.${i + 1}`);
		expect(guess).toMatchObject({ kind: 'fail', status: 400 });
	}
}

const LOCKED = {
	kind: 'fail',
	status: 429,
	data: {
		errors: {
			form: expect.stringMatching(/^Too many failed sign-ins for this username/) as unknown
		}
	}
};

describe('a username locked by someone else’s guesses', () => {
	it('stays locked for unknown browsers, but not for one its owner signed in with', async () => {
		const own = new Jar();
		await signUpIn(own, 'ada');
		expect(own.get('device')).toMatch(/^[A-Za-z0-9_-]{27}$/);
		expect(own.options.get('device')).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
		await lockOut('ada');
		expect(await signInWith(new Jar(), 'ada', PASSWORD)).toMatchObject(LOCKED);
		const device = own.get('device');
		expect(await signInWith(own, 'ada', PASSWORD)).toMatchObject({
			kind: 'redirect',
			location: '/'
		});
		// The same browser keeps its token; the lock for everyone else stays.
		expect(own.get('device')).toBe(device);
		expect(await signInWith(new Jar(), 'ada', PASSWORD)).toMatchObject(LOCKED);
	});

	it('counts a remembered browser’s failures against that browser only', async () => {
		const own = new Jar();
		await signUpIn(own, 'ada');
		for (let i = 0; i < signInPerDevice.limit; i++)
			expect(await signInWith(own, 'ada', `typo ${i}`)).toMatchObject({ status: 400 });
		expect(await signInWith(own, 'ada', PASSWORD)).toMatchObject({
			status: 429,
			data: {
				errors: {
					form: expect.stringMatching(/^Too many failed sign-ins from this browser/) as unknown
				}
			}
		});
		expect(await signInWith(new Jar(), 'ada', PASSWORD)).toMatchObject({ kind: 'redirect' });
	});

	it('does not let a browser remembered for another account past the lock', async () => {
		const bobs = new Jar();
		await signUpIn(new Jar(), 'ada');
		await signUpIn(bobs, 'bob');
		await lockOut('ada');
		expect(await signInWith(bobs, 'ada', PASSWORD)).toMatchObject(LOCKED);
	});

	it('remembers several accounts on a shared browser, and ignores tokens it never issued', async () => {
		const shared = new Jar();
		await signUpIn(shared, 'ada');
		await signUpIn(new Jar(), 'bob');
		expect(await signInWith(shared, 'bob', PASSWORD)).toMatchObject({ kind: 'redirect' });
		expect(shared.get('device')?.split('.')).toHaveLength(2);
		await lockOut('ada');
		await lockOut('bob');
		expect(await signInWith(shared, 'ada', PASSWORD)).toMatchObject({ kind: 'redirect' });
		expect(await signInWith(shared, 'bob', PASSWORD)).toMatchObject({ kind: 'redirect' });
		const forged = new Jar();
		forged.set('device', sessions.generateToken(), { path: '/' });
		expect(await signInWith(forged, 'ada', PASSWORD)).toMatchObject(LOCKED);
	});

	it('can be cleared by an admin on the users page', async () => {
		const root = await accounts.signUp(temp.db, { username: 'root', password: PASSWORD }, context);
		await signUpIn(new Jar(), 'ada');
		await lockOut('ada');
		const adminUser = root.ok ? root.user : as('admin');
		const page = async () =>
			(
				(await outcome(() => admin.load(event({ db: temp.db, user: adminUser })))) as {
					data: { users: { username: string; id: string; locked: boolean }[] };
				}
			).data.users;
		const ada = (await page()).find((user) => user.username === 'ada')!;
		expect(ada.locked).toBe(true);
		expect((await page()).find((user) => user.username === 'root')?.locked).toBe(false);
		const unlock = (user = adminUser) =>
			outcome(() => admin.actions.unlock(event({ db: temp.db, user, form: { userId: ada.id } })));
		expect(await unlock(as('author'))).toMatchObject({ kind: 'error', status: 403 });
		expect(await signInWith(new Jar(), 'ada', PASSWORD)).toMatchObject(LOCKED);
		expect(await unlock()).toEqual({ kind: 'data', data: { action: 'unlock', unlocked: ada.id } });
		expect((await page()).find((user) => user.username === 'ada')?.locked).toBe(false);
		expect(await signInWith(new Jar(), 'ada', PASSWORD)).toMatchObject({ kind: 'redirect' });
	});

	it('says so when the user to unlock no longer exists', async () => {
		const result = await outcome(() =>
			admin.actions.unlock(
				event({ db: temp.db, user: as('admin'), form: { userId: 'zzzzzzzzzzzzzzzz' } })
			)
		);
		expect(result).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { errors: { userId: 'That user no longer exists.' } }
		});
	});
});

describe('the address limit', () => {
	it('is checked first: a locked-out address counts nothing against a username', async () => {
		const ip = '192.0.2.9';
		await accounts.signUp(temp.db, { username: 'ada', password: PASSWORD }, context);
		for (let i = 0; i < signInPerIp.limit; i++)
			await accounts.signIn(temp.db, { username: `user${i}`, password: 'guess' }, { ip, now: NOW });
		const counted = () =>
			temp.db.select().from(rateLimitRows).where(eq(rateLimitRows.key, 'signin-user:ada'));
		for (let i = 0; i < 2 * signInPerUsername.limit; i++) {
			const refused = await accounts.signIn(
				temp.db,
				{ username: 'ada', password: `guess ${i}` },
				{ ip, now: at(i) }
			);
			expect(refused).toMatchObject({
				status: 429,
				errors: { form: expect.stringMatching(/from this network/) as unknown }
			});
		}
		expect(await counted()).toEqual([]);
		const fromElsewhere = { ip: '192.0.2.10', now: NOW };
		expect(
			(await accounts.signIn(temp.db, { username: 'ada', password: PASSWORD }, fromElsewhere)).ok
		).toBe(true);
	});
});

describe('the sweep', () => {
	async function fill() {
		const user = await accounts.signUp(temp.db, { username: 'ada', password: PASSWORD }, context);
		const userId = user.ok ? user.user.id : '';
		for (let i = 0; i < 50; i++) await rateLimits.hit(temp.db, signInPerIp, `198.18.0.${i}`, NOW);
		await rateLimits.hit(temp.db, signInPerIp, '198.18.1.1', at(10 * MINUTE));
		await sessions.create(temp.db, sessions.generateToken(), userId, at(-31 * 24 * 60 * MINUTE));
		await devices.remember(temp.db, userId, at(-366 * 24 * 60 * MINUTE));
		return userId;
	}
	const rows = async () => ({
		counters: (
			await temp.db.select().from(rateLimitRows).where(like(rateLimitRows.key, 'signin-ip:%'))
		).length,
		sessions: (await temp.db.select().from(sessionRows)).length,
		devices: (await temp.db.select().from(deviceRows)).length
	});

	it('deletes expired counters, sessions and devices, and keeps the rest', async () => {
		await fill();
		// The sign-up's own session and device, and the counter started 10 minutes in, are current.
		expect(await rows()).toEqual({ counters: 51, sessions: 2, devices: 2 });
		expect(await sweep(temp.db, at(16 * MINUTE))).toEqual({
			rateLimits: 50,
			sessions: 1,
			devices: 1
		});
		expect(await rows()).toEqual({ counters: 1, sessions: 1, devices: 1 });
	});

	it('runs on a timer, with the clock it is given', async () => {
		await fill();
		const stop = startSweeping(() => Promise.resolve(temp.db), {
			everyMs: 20,
			now: () => at(16 * MINUTE)
		});
		try {
			await expect.poll(rows, { timeout: 5_000 }).toEqual({ counters: 1, sessions: 1, devices: 1 });
		} finally {
			stop();
		}
	});

	it('reports a failed sweep in one line and keeps going', async () => {
		const lines: string[] = [];
		let calls = 0;
		const stop = startSweeping(
			() => {
				calls++;
				return calls === 1
					? Promise.reject(new Error('disk I/O error'))
					: Promise.resolve(undefined);
			},
			{ everyMs: 10, log: (line) => lines.push(line) }
		);
		try {
			await expect.poll(() => calls, { timeout: 5_000 }).toBeGreaterThan(2);
		} finally {
			stop();
		}
		expect(lines).toEqual(['Quizwright: sweeping expired rows failed: Error: disk I/O error']);
	});
});
