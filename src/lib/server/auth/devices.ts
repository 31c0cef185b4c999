import { and, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Database } from '../db';
import { devices } from '../db/schema';
import { generateToken, sessionIdOf } from '../sessions';

// Device cookies, after OWASP's "Slow Down Online Guessing Attacks with Device Cookies"
// (https://owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies): a
// browser that has signed in to an account gets a long-lived random token. Failed sign-ins from
// it count against that token only, so a username locked against unknown browsers (anyone can
// lock anyone's username by guessing) still lets its owner in from a browser they used before.
// The database keeps only the token's SHA-256, as for sessions.

const DAY = 24 * 60 * 60 * 1000;
/** A device is remembered for a year after it last signed in. */
export const DEVICE_LIFETIME_MS = 365 * DAY;
/** How many accounts one browser is remembered for (a shared classroom computer). */
export const MAX_DEVICE_TOKENS = 5;

/** Remembers a new device for the user: the token for its cookie. */
export async function remember(db: Database, userId: string, now: Date): Promise<string> {
	const token = generateToken();
	await db.insert(devices).values({
		id: sessionIdOf(token),
		userId,
		expiresAt: new Date(now.getTime() + DEVICE_LIFETIME_MS)
	});
	return token;
}

/**
 * Which of the browser's tokens, if any, is a remembered device of this user at `now`: its id
 * (the subject its failed sign-ins count against), or null.
 */
export async function recognise(
	db: Database,
	tokens: readonly string[],
	userId: string,
	now: Date
): Promise<string | null> {
	if (tokens.length === 0) return null;
	const [row] = await db
		.select({ id: devices.id })
		.from(devices)
		.where(
			and(
				inArray(devices.id, tokens.map(sessionIdOf)),
				eq(devices.userId, userId),
				gt(devices.expiresAt, now)
			)
		)
		.limit(1);
	return row?.id ?? null;
}

/** Keeps a device another year from `now` (it has just signed in). */
export async function renew(db: Database, id: string, now: Date): Promise<void> {
	await db
		.update(devices)
		.set({ expiresAt: new Date(now.getTime() + DEVICE_LIFETIME_MS) })
		.where(eq(devices.id, id));
}

/** The token among `tokens` that is the device `id`. */
export function tokenOf(tokens: readonly string[], id: string): string | undefined {
	return tokens.find((token) => sessionIdOf(token) === id);
}

/** Deletes devices not used for a year; answers how many. */
export async function deleteExpired(db: Database, now: Date): Promise<number> {
	const deleted = await db
		.delete(devices)
		.where(lte(devices.expiresAt, now))
		.returning({ id: devices.id });
	return deleted.length;
}
