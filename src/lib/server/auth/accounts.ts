import type { Database } from '../db';
import type { Role } from '../db/schema';
import type { FieldErrors } from '../forms';
import * as rateLimits from '../rate-limits';
import * as sessions from '../sessions';
import * as users from '../users';
import * as devices from './devices';
import { hashPassword, verifyNothing, verifyPassword } from './passwords';

export type Registration = 'open' | 'closed';

/** Where a request comes from and when, passed in so tests can pin the clock. */
export interface Context {
	ip: string;
	now: Date;
}

export type SignedIn = {
	ok: true;
	token: string;
	session: sessions.Session;
	user: users.PublicUser;
	/** The browser's device token for this account (devices.ts), for its device cookie. */
	deviceToken: string;
};
export type Refused = { ok: false; status: 400 | 403 | 429; errors: FieldErrors };

const TAKEN = 'That username is taken. Choose another.';

/** "Try again in 12 minutes.": when a rate limit lets the person try again. */
export function retryMessage(retryAt: Date, now: Date): string {
	const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
	return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

async function startSession(
	db: Database,
	user: users.PublicUser,
	now: Date,
	deviceToken?: string
): Promise<SignedIn> {
	const token = sessions.generateToken();
	const session = await sessions.create(db, token, user.id, now);
	return {
		ok: true,
		token,
		session,
		user,
		deviceToken: deviceToken ?? (await devices.remember(db, user.id, now))
	};
}

/**
 * Makes an account and signs it in. The first account on a fresh database is the admin, later ones
 * learners. With registration closed only that first account can be made here.
 */
export async function signUp(
	db: Database,
	input: { username: string; password: string },
	context: Context & { registration: Registration }
): Promise<SignedIn | Refused> {
	if (context.registration === 'closed' && (await users.count(db)) > 0) {
		return {
			ok: false,
			status: 403,
			errors: { form: 'Sign-up is closed: ask an admin for an account.' }
		};
	}
	const subject = rateLimits.ipSubject(context.ip);
	const verdict = await rateLimits.consume(db, rateLimits.RULES.signUpPerIp, subject, context.now);
	if (!verdict.allowed) {
		const wait = retryMessage(verdict.retryAt, context.now);
		return {
			ok: false,
			status: 429,
			errors: { form: `Too many sign-ups from this network. ${wait}` }
		};
	}
	// Checked before hashing so a taken name costs no hash; the unique index settles any race.
	if (await users.findByUsername(db, input.username)) {
		return { ok: false, status: 400, errors: { username: TAKEN } };
	}
	const created = await users.create(db, {
		username: input.username,
		passwordHash: await hashPassword(input.password),
		role: 'first-admin-else-learner'
	});
	if (!created.created) return { ok: false, status: 400, errors: { username: TAKEN } };
	return startSession(db, created.user, context.now);
}

/**
 * Signs in with a username and password, under the rate limits. Failures count against the
 * address, checked first, and then against the username, or, from a browser that has signed in to
 * this account before (one of its `deviceTokens`), against that browser alone: anyone can lock a
 * username by guessing, but not its owner's own browser. Attempts refused by a limit check no
 * password and count nothing more. A success clears its count, ends the browser's previous session
 * and starts one with a new token.
 */
export async function signIn(
	db: Database,
	input: { username: string; password: string },
	context: Context & { previousSessionId?: string | undefined; deviceTokens?: readonly string[] }
): Promise<SignedIn | Refused> {
	const {
		signInPerUsername: perUser,
		signInPerIp: perIp,
		signInPerDevice: perDevice
	} = rateLimits.RULES;
	const name = input.username.toLowerCase();
	const ip = rateLimits.ipSubject(context.ip);
	const tooMany = (what: string, retryAt: Date): Refused => ({
		ok: false,
		status: 429,
		errors: { form: `Too many failed sign-ins ${what}. ${retryMessage(retryAt, context.now)}` }
	});
	// Each attempt is counted before the (slow) password check and taken back if it succeeds, so
	// the counts hold failures only and parallel guesses cannot overrun the limit. The address comes
	// first: a locked-out address then counts nothing against any username.
	const byIp = await rateLimits.consume(db, perIp, ip, context.now);
	if (!byIp.allowed) return tooMany('from this network', byIp.retryAt);
	const user = await users.findByUsername(db, input.username);
	const device = user
		? await devices.recognise(db, context.deviceTokens ?? [], user.id, context.now)
		: null;
	const [rule, subject] = device ? [perDevice, device] : [perUser, name];
	const verdict = await rateLimits.consume(db, rule, subject, context.now);
	if (!verdict.allowed) {
		await rateLimits.release(db, perIp, ip);
		return tooMany(device ? 'from this browser' : 'for this username', verdict.retryAt);
	}
	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyNothing(input.password);
	if (!user || !valid) {
		return { ok: false, status: 400, errors: { form: 'Wrong username or password.' } };
	}
	await rateLimits.clear(db, rule, subject);
	await rateLimits.release(db, perIp, ip);
	if (device) await devices.renew(db, device, context.now);
	if (context.previousSessionId) await sessions.invalidate(db, context.previousSessionId);
	// Housekeeping on a rare, already-slow request: expired sessions and counters go (the sweep in
	// housekeeping.ts does it on a timer too).
	await sessions.deleteExpired(db, context.now);
	await rateLimits.deleteExpired(db, context.now);
	const deviceToken = device ? devices.tokenOf(context.deviceTokens ?? [], device) : undefined;
	return startSession(
		db,
		{ id: user.id, username: user.username, role: user.role },
		context.now,
		deviceToken
	);
}

/** The usernames (in lower case) that unknown browsers cannot sign in to at `now`. */
export async function lockedUsernames(db: Database, now: Date): Promise<Set<string>> {
	return rateLimits.lockedSubjects(db, rateLimits.RULES.signInPerUsername, now);
}

/** Lets unknown browsers sign in to the user's account again (an admin's call). */
export async function unlock(db: Database, userId: string): Promise<boolean> {
	const user = await users.read(db, userId);
	if (!user) return false;
	await rateLimits.clear(db, rateLimits.RULES.signInPerUsername, user.username.toLowerCase());
	return true;
}

/** An admin makes an account with any role; nobody is signed in by it. */
export async function createAccount(
	db: Database,
	input: { username: string; password: string; role: Role }
): Promise<{ ok: true; user: users.PublicUser } | Refused> {
	if (await users.findByUsername(db, input.username)) {
		return { ok: false, status: 400, errors: { username: TAKEN } };
	}
	const created = await users.create(db, {
		username: input.username,
		passwordHash: await hashPassword(input.password),
		role: input.role
	});
	if (!created.created) return { ok: false, status: 400, errors: { username: TAKEN } };
	return { ok: true, user: created.user };
}
