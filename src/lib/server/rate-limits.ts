import { and, eq, gt, gte, lt, lte, sql } from 'drizzle-orm';
import type { Database } from './db';
import { rateLimits } from './db/schema';

/** At most `limit` events per `windowMs` for one subject; counted in fixed windows. */
export interface Rule {
	name: string;
	limit: number;
	windowMs: number;
}

const MINUTE = 60 * 1000;

/**
 * The limits. A class often shares one public IP address, so the per-IP limits are far above what
 * one person's typos reach: a learner hits their own username's limit long before the class's.
 */
export const RULES = {
	// Failed sign-ins for one username, from anywhere: stops guessing one person's password.
	signInPerUsername: { name: 'signin-user', limit: 10, windowMs: 15 * MINUTE },
	// Failed sign-ins from a browser that has signed in to that account before (auth/devices.ts),
	// counted instead of the username's: its owner is never locked out by someone else's guesses.
	signInPerDevice: { name: 'signin-device', limit: 10, windowMs: 15 * MINUTE },
	// Failed sign-ins from one address, for any usernames: stops spraying one password at many.
	signInPerIp: { name: 'signin-ip', limit: 100, windowMs: 15 * MINUTE },
	// Sign-up attempts from one address: room for a class signing up together, not for a bot.
	signUpPerIp: { name: 'signup-ip', limit: 60, windowMs: 60 * MINUTE }
} satisfies Record<string, Rule>;

export type Verdict = { allowed: true } | { allowed: false; retryAt: Date };

function keyOf(rule: Rule, subject: string): string {
	return `${rule.name}:${subject}`;
}

/**
 * Counts one event for the subject at `now`, in one atomic upsert (no read-modify-write race
 * between requests or app servers): a window that has ended starts again at 1.
 */
export async function hit(
	db: Database,
	rule: Rule,
	subject: string,
	now: Date
): Promise<{ count: number; resetAt: Date }> {
	const resetAt = new Date(now.getTime() + rule.windowMs);
	const expired = sql`${rateLimits.resetAt} <= ${now.getTime()}`;
	const [row] = await db
		.insert(rateLimits)
		.values({ key: keyOf(rule, subject), count: 1, resetAt })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.count} + 1 END`,
				resetAt: sql`CASE WHEN ${expired} THEN ${resetAt.getTime()} ELSE ${rateLimits.resetAt} END`
			}
		})
		.returning({ count: rateLimits.count, resetAt: rateLimits.resetAt });
	return row ?? { count: 1, resetAt };
}

/**
 * Counts one event and says whether it is within the limit. Counting before the slow work (a
 * password check) means a burst of parallel requests cannot all slip in under the limit.
 */
export async function consume(
	db: Database,
	rule: Rule,
	subject: string,
	now: Date
): Promise<Verdict> {
	const { count, resetAt } = await hit(db, rule, subject, now);
	return count <= rule.limit ? { allowed: true } : { allowed: false, retryAt: resetAt };
}

/** Takes back one counted event (one that turned out not to count, such as a right password). */
export async function release(db: Database, rule: Rule, subject: string): Promise<void> {
	await db
		.update(rateLimits)
		.set({ count: sql`max(${rateLimits.count} - 1, 0)` })
		.where(eq(rateLimits.key, keyOf(rule, subject)));
}

/** Forgets the subject's count (after a successful sign-in, for its username). */
export async function clear(db: Database, rule: Rule, subject: string): Promise<void> {
	await db.delete(rateLimits).where(eq(rateLimits.key, keyOf(rule, subject)));
}

/** The subjects whose next event the rule refuses at `now` (locked usernames, for instance). */
export async function lockedSubjects(db: Database, rule: Rule, now: Date): Promise<Set<string>> {
	const prefix = `${rule.name}:`;
	const rows = await db
		.select({ key: rateLimits.key })
		.from(rateLimits)
		.where(
			and(
				gte(rateLimits.key, prefix),
				lt(rateLimits.key, `${rule.name};`),
				gte(rateLimits.count, rule.limit),
				gt(rateLimits.resetAt, now)
			)
		);
	return new Set(rows.map((row) => row.key.slice(prefix.length)));
}

/** Deletes counters whose window has ended; answers how many. */
export async function deleteExpired(db: Database, now: Date): Promise<number> {
	const deleted = await db
		.delete(rateLimits)
		.where(lte(rateLimits.resetAt, now))
		.returning({ key: rateLimits.key });
	return deleted.length;
}

/**
 * The subject for an IP address: IPv6 addresses are grouped by their /64 network, since one
 * household or class usually holds a whole /64 and could otherwise dodge the limit by rotating.
 */
export function ipSubject(address: string): string {
	const ip = address.trim().toLowerCase().replace(/%.*$/, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
	if (mapped) return mapped[1]!;
	if (!ip.includes(':')) return ip;
	const [head = '', tail = ''] = ip.split('::');
	const left = head ? head.split(':') : [];
	const right = ip.includes('::') && tail ? tail.split(':') : [];
	const groups = ip.includes('::')
		? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
		: left;
	return `${groups
		.slice(0, 4)
		.map((group) => group.replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}
