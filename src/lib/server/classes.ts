// Classes (issue 18): a teacher makes one, learners join it with its join code, and the teacher
// sees who is in it. What a teacher may see of a learner's work goes through the class's
// assignments, never through membership alone.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { joinCodeFrom, normalizeJoinCode } from '$lib/classes/join-code';
import type { Database } from './db';
import { isUniqueViolation } from './db/errors';
import { classes, classMembers, users } from './db/schema';
import type { SchoolClass } from './db/types';
import { newId } from './ids';

export type { SchoolClass };

/** The longest class name: it fits a navigation line and a spreadsheet's header. */
export const MAX_CLASS_NAME = 80;

/**
 * Runs `write` with a fresh join code until one is free: with 387 million codes a clash is rare, but
 * a unique index, not luck, keeps two classes from sharing one.
 */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
	for (let tries = 0; ; tries++) {
		try {
			return await write(joinCodeFrom(randomBytes(8)));
		} catch (error) {
			if (tries >= 5 || !isUniqueViolation(error)) throw error;
		}
	}
}

/** A new class taught by `teacherId`, open to join. Returns its id. */
export async function create(
	db: Database,
	input: { teacherId: string; name: string; now: Date }
): Promise<string> {
	const id = newId();
	await withFreshCode((joinCode) =>
		db.insert(classes).values({
			id,
			name: input.name,
			teacherId: input.teacherId,
			joinCode,
			createdAt: input.now
		})
	);
	return id;
}

/** One class, or undefined. */
export async function read(db: Database, id: string): Promise<SchoolClass | undefined> {
	const [row] = await db.select().from(classes).where(eq(classes.id, id)).limit(1);
	return row;
}

const memberCount = sql<number>`(select count(*) from ${classMembers} where ${classMembers.classId} = ${classes.id})`;

/** The classes a teacher teaches, by name, with how many learners are in each. */
export async function listTaught(db: Database, teacherId: string) {
	return await db
		.select({
			id: classes.id,
			name: classes.name,
			joinCode: classes.joinCode,
			joinOpen: classes.joinOpen,
			members: memberCount
		})
		.from(classes)
		.where(eq(classes.teacherId, teacherId))
		.orderBy(asc(sql`lower(${classes.name})`), asc(classes.id));
}

/** The classes a learner is in, by name, with their teacher. */
export async function listJoined(db: Database, userId: string) {
	return await db
		.select({
			id: classes.id,
			name: classes.name,
			teacher: users.username,
			joinedAt: classMembers.joinedAt
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(eq(classMembers.userId, userId))
		.orderBy(asc(sql`lower(${classes.name})`), asc(classes.id));
}

/** The learners in a class, by username. */
export async function members(db: Database, classId: string) {
	return await db
		.select({ id: users.id, username: users.username, joinedAt: classMembers.joinedAt })
		.from(classMembers)
		.innerJoin(users, eq(users.id, classMembers.userId))
		.where(eq(classMembers.classId, classId))
		.orderBy(asc(sql`lower(${users.username})`));
}

/** Whether the user is in the class. */
export async function isMember(db: Database, classId: string, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ userId: classMembers.userId })
		.from(classMembers)
		.where(and(eq(classMembers.classId, classId), eq(classMembers.userId, userId)))
		.limit(1);
	return row !== undefined;
}

export type JoinOutcome =
	| { status: 'joined' | 'already'; classId: string; name: string }
	| { status: 'unknown' | 'closed' | 'teacher' };

/**
 * Joins the class whose code was typed (case, spaces and dashes aside). `unknown`: no class has it;
 * `closed`: its teacher switched joining off; `teacher`: the user teaches it; `already`: a member.
 */
export async function join(
	db: Database,
	userId: string,
	typedCode: string,
	now: Date
): Promise<JoinOutcome> {
	const code = normalizeJoinCode(typedCode);
	if (!code) return { status: 'unknown' };
	const [found] = await db.select().from(classes).where(eq(classes.joinCode, code)).limit(1);
	if (!found) return { status: 'unknown' };
	if (found.teacherId === userId) return { status: 'teacher' };
	if (await isMember(db, found.id, userId))
		return { status: 'already', classId: found.id, name: found.name };
	if (!found.joinOpen) return { status: 'closed' };
	const inserted = await db
		.insert(classMembers)
		.values({ classId: found.id, userId, joinedAt: now })
		.onConflictDoNothing();
	return {
		status: inserted.rowsAffected > 0 ? 'joined' : 'already',
		classId: found.id,
		name: found.name
	};
}

/** Takes a learner out of a class (they left, or the teacher removed them). False when not in it. */
export async function removeMember(
	db: Database,
	classId: string,
	userId: string
): Promise<boolean> {
	const result = await db
		.delete(classMembers)
		.where(and(eq(classMembers.classId, classId), eq(classMembers.userId, userId)));
	return result.rowsAffected > 0;
}

/** Gives the class a new join code: the old one stops working at once. */
export async function newJoinCode(db: Database, classId: string): Promise<void> {
	await withFreshCode((joinCode) =>
		db.update(classes).set({ joinCode }).where(eq(classes.id, classId))
	);
}

/** Switches joining by code on or off; the code is kept either way. */
export async function setJoinOpen(db: Database, classId: string, open: boolean): Promise<void> {
	await db.update(classes).set({ joinOpen: open }).where(eq(classes.id, classId));
}

/** Renames a class. */
export async function rename(db: Database, classId: string, name: string): Promise<void> {
	await db.update(classes).set({ name }).where(eq(classes.id, classId));
}
