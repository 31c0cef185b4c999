import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as accounts from '../../src/lib/server/auth/accounts';
import {} from '../../src/lib/server/auth/passwords';
import { rateLimits as rateLimitRows } from '../../src/lib/server/db/schema';
import * as rateLimits from '../../src/lib/server/rate-limits';
import { MINUTE, NOW, at, context, signInOn, signUpOn } from './accounts-fixtures';
import { createTempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const signUp = (username: string, password?: string) => signUpOn(temp.db, username, password);

const signIn = (username: string, password: string, now?: Date, ip?: string) =>
	signInOn(temp.db, username, password, now, ip);

describe('rate limits', () => {
	const { signInPerUsername, signInPerIp, signUpPerIp } = rateLimits.RULES;

	beforeEach(async () => {
		await signUp('ada', 'correct horse battery');
		await signUp('bob', 'another fine phrase');
	});

	it('lock a username after 10 failures, even for the right password, and say when to retry', async () => {
		for (let i = 0; i < signInPerUsername.limit; i++) {
			expect(await signIn('ada', `wrong guess ${i}`, at(i * 1000))).toMatchObject({ status: 400 });
		}
		const locked = await signIn('ada', 'correct horse battery', at(60_000));
		expect(locked).toEqual({
			ok: false,
			status: 429,
			errors: { form: 'Too many failed sign-ins for this username. Try again in 14 minutes.' }
		});
	});

	it('let the rest of a class on the same IP sign in while one learner is locked out', async () => {
		for (let i = 0; i < signInPerUsername.limit; i++) await signIn('ada', `typo ${i}`);
		expect(await signIn('ada', 'correct horse battery')).toMatchObject({ status: 429 });
		expect((await signIn('bob', 'another fine phrase')).ok).toBe(true);
	});

	it('reset when the window has passed', async () => {
		for (let i = 0; i < signInPerUsername.limit; i++) await signIn('ada', `typo ${i}`);
		expect(await signIn('ada', 'correct horse battery', at(15 * MINUTE - 1))).toMatchObject({
			status: 429
		});
		expect((await signIn('ada', 'correct horse battery', at(15 * MINUTE))).ok).toBe(true);
	});

	it('reset the username’s count after a successful sign-in', async () => {
		for (let i = 0; i < signInPerUsername.limit - 1; i++) await signIn('ada', `typo ${i}`);
		expect((await signIn('ada', 'correct horse battery')).ok).toBe(true);
		for (let i = 0; i < signInPerUsername.limit - 1; i++) await signIn('ada', `typo again ${i}`);
		expect((await signIn('ada', 'correct horse battery')).ok).toBe(true);
	});

	it('count failures for usernames that do not exist, so they cannot be told apart', async () => {
		for (let i = 0; i < signInPerUsername.limit; i++) await signIn('ghost', `guess ${i}`);
		expect(await signIn('ghost', 'guess')).toMatchObject({ status: 429 });
	});

	it('lock an address that sprays guesses over many usernames', async () => {
		for (let i = 0; i < signInPerIp.limit; i++)
			await signIn(`user${i}`, 'password guess', NOW, '192.0.2.9');
		const blocked = await signIn('bob', 'another fine phrase', NOW, '192.0.2.9');
		expect(blocked).toMatchObject({
			status: 429,
			errors: { form: 'Too many failed sign-ins from this network. Try again in 15 minutes.' }
		});
		expect((await signIn('bob', 'another fine phrase', NOW, '192.0.2.10')).ok).toBe(true);
	});

	it('limit sign-ups per address', async () => {
		const ip = '192.0.2.77';
		for (let i = 0; i < signUpPerIp.limit; i++) {
			await rateLimits.hit(temp.db, signUpPerIp, ip, NOW);
		}
		const refused = await accounts.signUp(
			temp.db,
			{ username: 'latecomer', password: 'a long secret' },
			{ ...context, ip, now: at(30 * MINUTE) }
		);
		expect(refused).toEqual({
			ok: false,
			status: 429,
			errors: { form: 'Too many sign-ups from this network. Try again in 30 minutes.' }
		});
		const later = await accounts.signUp(
			temp.db,
			{ username: 'latecomer', password: 'a long secret' },
			{ ...context, ip, now: at(60 * MINUTE) }
		);
		expect(later.ok).toBe(true);
	});

	it('count atomically under concurrency and clean up ended windows', async () => {
		const rule = { name: 'test', limit: 5, windowMs: MINUTE };
		await Promise.all(Array.from({ length: 20 }, () => rateLimits.hit(temp.db, rule, 'x', NOW)));
		const [row] = await temp.db.select().from(rateLimitRows).where(eq(rateLimitRows.key, 'test:x'));
		expect(row?.count).toBe(20);
		expect(await rateLimits.consume(temp.db, rule, 'x', NOW)).toEqual({
			allowed: false,
			retryAt: at(MINUTE)
		});
		expect(await rateLimits.consume(temp.db, rule, 'x', at(MINUTE))).toEqual({ allowed: true });
		expect(await rateLimits.deleteExpired(temp.db, at(2 * MINUTE))).toBeGreaterThan(0);
	});

	it('hold under a burst of parallel guesses: at most 10 reach the password check', async () => {
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, i) => signIn('ada', `parallel guess ${i}`))
		);
		const checked = results.filter((result) => !result.ok && result.status === 400);
		expect(checked).toHaveLength(signInPerUsername.limit);
		expect(results.filter((result) => !result.ok && result.status === 429)).toHaveLength(20);
	});

	it('do not count successful sign-ins against the class’s address', async () => {
		for (let i = 0; i < signInPerIp.limit + 5; i++) {
			expect((await signIn('bob', 'another fine phrase', at(i))).ok).toBe(true);
		}
	});

	it.each([
		['203.0.113.5', '203.0.113.5'],
		['::ffff:203.0.113.5', '203.0.113.5'],
		['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
		['2001:DB8:1:2::9', '2001:db8:1:2::/64'],
		['2001:db8::1', '2001:db8:0:0::/64'],
		['fe80::1%eth0', 'fe80:0:0:0::/64']
	])('group address %s as %s', (address, subject) => {
		expect(rateLimits.ipSubject(address)).toBe(subject);
	});
});
