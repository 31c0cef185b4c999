import { error, redirect } from '@sveltejs/kit';
import type { Role } from '../db/schema';
import type { PublicUser } from '../users';

// One line at the top of every load and action: `const user = requireRole(locals, 'author');`.
// Authorisation lives on the server; what the layout hides is only a convenience.

const RANK: Record<Role, number> = { learner: 1, author: 2, admin: 3 };

/** True when the user's role includes the given one: admin ⊇ author ⊇ learner. */
export function hasRole(user: Pick<PublicUser, 'role'> | null | undefined, role: Role): boolean {
	return !!user && RANK[user.role] >= RANK[role];
}

/** The signed-in user; a signed-out visitor is sent to the sign-in page. */
export function requireUser(locals: App.Locals): PublicUser {
	if (!locals.user) redirect(303, '/signin');
	return locals.user;
}

/** The signed-in user if their role includes `role`; otherwise 403 (or sign-in when signed out). */
export function requireRole(locals: App.Locals, role: Role): PublicUser {
	const user = requireUser(locals);
	if (!hasRole(user, role)) error(403, 'You do not have access to this page.');
	return user;
}

/**
 * A learner's own record (attempt, review…), or 404 when it is missing or someone else's: a 403
 * would confirm that the id exists. Not even an admin reads another person's work.
 */
export function requireOwn<T extends { userId: string }>(
	locals: App.Locals,
	record: T | undefined
): T {
	const user = requireUser(locals);
	if (!record || record.userId !== user.id) error(404, 'Not found');
	return record;
}

/**
 * A class the signed-in user teaches, or 404 when it is missing or someone else's: a class's id
 * confirms nothing. Its members' results are its teacher's to see, on its assignments only.
 */
export function requireTeacher<T extends { teacherId: string }>(
	locals: App.Locals,
	found: T | undefined
): T {
	const user = requireUser(locals);
	if (!found || found.teacherId !== user.id) error(404, 'Not found');
	return found;
}
