import { createHash, randomBytes } from 'node:crypto';
import { eq, lte } from 'drizzle-orm';
import type { Database } from './db';
import { sessions, users } from './db/schema';
import type { PublicUser } from './users';

// Sessions as in https://lucia-auth.com/sessions/basic: the cookie holds a random token, the
// database only its SHA-256, so reading the sessions table never yields a usable cookie.

const DAY = 24 * 60 * 60 * 1000;
/** A session lives 30 days after its last use. */
export const SESSION_LIFETIME_MS = 30 * DAY;
// Extending on every request would write on every request; half the lifetime is enough.
const RENEW_WHEN_LEFT_MS = 15 * DAY;

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export interface Validated {
	session: Session;
	user: PublicUser;
	/** True when the expiry moved forward, so the cookie must be sent again with the new date. */
	renewed: boolean;
}

/** A new random token of 160 bits, base64url (27 characters). */
export function generateToken(): string {
	return randomBytes(20).toString('base64url');
}

/** The session id stored for a token: its SHA-256, hex. */
export function sessionIdOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Stores a session for the token, expiring 30 days from `now`. */
export async function create(
	db: Database,
	token: string,
	userId: string,
	now: Date
): Promise<Session> {
	const session = {
		id: sessionIdOf(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	await db.insert(sessions).values(session);
	return session;
}

/**
 * The session and user for a cookie's token, or null. An expired session is deleted and refused;
 * one in the second half of its life is extended to 30 days from `now`.
 */
export async function validate(db: Database, token: string, now: Date): Promise<Validated | null> {
	const id = sessionIdOf(token);
	const [row] = await db
		.select({
			session: sessions,
			user: { id: users.id, username: users.username, role: users.role }
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id))
		.limit(1);
	if (!row) return null;
	const { session, user } = row;
	if (now.getTime() >= session.expiresAt.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	if (session.expiresAt.getTime() - now.getTime() < RENEW_WHEN_LEFT_MS) {
		session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id));
		return { session, user, renewed: true };
	}
	return { session, user, renewed: false };
}

/** Ends one session (signing out). */
export async function invalidate(db: Database, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user. */
export async function invalidateAllOf(db: Database, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Deletes every expired session; answers how many. */
export async function deleteExpired(db: Database, now: Date): Promise<number> {
	const deleted = await db
		.delete(sessions)
		.where(lte(sessions.expiresAt, now))
		.returning({ id: sessions.id });
	return deleted.length;
}
