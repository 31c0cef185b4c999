import { and, asc, count as countRows, eq, ne, or, sql } from 'drizzle-orm';
import type { FormPreference } from '$lib/quiz/answer-forms';
import type { Database } from './db';
import { isUniqueViolation } from './db/errors';
import { users, type Role } from './db/schema';
import { newId } from './ids';

import type { User } from './db/types';
export type { User };
/** What the app knows about the person behind a request: never the password hash. */
export type PublicUser = Pick<User, 'id' | 'username' | 'role'>;
export type UserSummary = Pick<User, 'id' | 'username' | 'role' | 'createdAt'>;

export type CreateResult = { created: true; user: PublicUser } | { created: false };

/**
 * Adds a user. With role 'first-admin-else-learner' the role is chosen inside the INSERT itself, so
 * two sign-ups racing on a fresh database cannot both become admin. A taken username (in any case)
 * answers `{ created: false }`.
 */
export async function create(
	db: Database,
	input: { username: string; passwordHash: string; role: Role | 'first-admin-else-learner' }
): Promise<CreateResult> {
	const role =
		input.role === 'first-admin-else-learner'
			? sql<Role>`(CASE WHEN EXISTS (SELECT 1 FROM ${users}) THEN 'learner' ELSE 'admin' END)`
			: input.role;
	try {
		const [user] = await db
			.insert(users)
			.values({ id: newId(), username: input.username, passwordHash: input.passwordHash, role })
			.returning({ id: users.id, username: users.username, role: users.role });
		return { created: true, user: user! };
	} catch (error) {
		if (isUniqueViolation(error)) return { created: false };
		throw error;
	}
}

/** The user with this username in any case, hash included (for signing in), or undefined. */
export async function findByUsername(db: Database, username: string): Promise<User | undefined> {
	const [row] = await db
		.select()
		.from(users)
		// Matches the expression of the unique index, so this is an index lookup.
		.where(sql`lower(${users.username}) = lower(${username})`)
		.limit(1);
	return row;
}

/** One user without the hash, or undefined. */
export async function read(db: Database, id: string): Promise<PublicUser | undefined> {
	const [row] = await db
		.select({ id: users.id, username: users.username, role: users.role })
		.from(users)
		.where(eq(users.id, id))
		.limit(1);
	return row;
}

/** Every user, by username, without hashes. */
export async function list(db: Database): Promise<UserSummary[]> {
	return db
		.select({
			id: users.id,
			username: users.username,
			role: users.role,
			createdAt: users.createdAt
		})
		.from(users)
		.orderBy(asc(sql`lower(${users.username})`));
}

/** How many accounts exist: none means the next sign-up makes the admin. */
export async function count(db: Database): Promise<number> {
	const [row] = await db.select({ n: countRows() }).from(users);
	return row?.n ?? 0;
}

export type SetRoleResult = 'changed' | 'not-found' | 'last-admin';

/**
 * Changes a user's role, in one statement that refuses to demote the last admin (someone must
 * always be able to manage users).
 */
export async function setRole(db: Database, id: string, role: Role): Promise<SetRoleResult> {
	const otherAdmins = sql`(SELECT count(*) FROM ${users} WHERE ${users.role} = 'admin' AND ${users.id} != ${id})`;
	const keepsAnAdmin =
		role === 'admin' ? undefined : or(ne(users.role, 'admin'), sql`${otherAdmins} > 0`);
	const changed = await db
		.update(users)
		.set({ role })
		.where(and(eq(users.id, id), keepsAnAdmin))
		.returning({ id: users.id });
	if (changed.length > 0) return 'changed';
	return (await read(db, id)) ? 'last-admin' : 'not-found';
}

/** How review asks the learner's cards: the ladder (the default) or a pinned form. */
export async function reviewFormOf(db: Database, id: string): Promise<FormPreference> {
	const [row] = await db
		.select({ reviewForm: users.reviewForm })
		.from(users)
		.where(eq(users.id, id))
		.limit(1);
	return row?.reviewForm ?? 'ladder';
}

/** Saves how review asks the learner's cards ("Always multiple choice", "Ladder", "Always type"). */
export async function setReviewForm(
	db: Database,
	id: string,
	preference: FormPreference
): Promise<void> {
	await db.update(users).set({ reviewForm: preference }).where(eq(users.id, id));
}
