import * as accounts from '$lib/server/auth/accounts';
import * as clock from '$lib/server/clock';
import { requireRole } from '$lib/server/auth/guards';
import { ChangeRole, CreateAccount, UserRef } from '$lib/server/auth/schemas';
import { parseForm, type FieldErrors } from '$lib/server/forms';
import * as users from '$lib/server/users';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, cookies }) => {
	const me = requireRole(locals, 'admin');
	const locked = await accounts.lockedUsernames(locals.db, clock.now({ locals, cookies }));
	const list = await users.list(locals.db);
	return {
		users: list.map((user) => ({ ...user, locked: locked.has(user.username.toLowerCase()) })),
		me: me.id
	};
};

export const actions = {
	// Makes an account with any role; works with registration closed.
	create: async ({ request, locals }) => {
		requireRole(locals, 'admin');
		const parsed = await parseForm(request, CreateAccount, ['username', 'role']);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { action: 'create', values, errors: parsed.errors });
		const result = await accounts.createAccount(locals.db, parsed.data);
		if (!result.ok) return fail(result.status, { action: 'create', values, errors: result.errors });
		return { action: 'create', created: result.user.username };
	},
	// Changes a role at once (roles are read on every request); the last admin stays an admin.
	role: async ({ request, locals }) => {
		requireRole(locals, 'admin');
		const parsed = await parseForm(request, ChangeRole, ['userId']);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { action: 'role', values, errors: parsed.errors });
		const outcome = await users.setRole(locals.db, parsed.data.userId, parsed.data.role);
		if (outcome !== 'changed') {
			const errors: FieldErrors =
				outcome === 'not-found'
					? { userId: 'That user no longer exists.' }
					: { role: 'Someone must stay an admin: make another admin first.' };
			return fail(400, { action: 'role', values, errors });
		}
		return { action: 'role', changed: parsed.data.userId };
	},
	// Lets unknown browsers sign in to an account that failed guesses locked (the owner's own
	// browsers never are: see auth/devices.ts).
	unlock: async ({ request, locals }) => {
		requireRole(locals, 'admin');
		const parsed = await parseForm(request, UserRef, ['userId']);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { action: 'unlock', values, errors: parsed.errors });
		if (!(await accounts.unlock(locals.db, parsed.data.userId))) {
			const errors: FieldErrors = { userId: 'That user no longer exists.' };
			return fail(400, { action: 'unlock', values, errors });
		}
		return { action: 'unlock', unlocked: parsed.data.userId };
	}
} satisfies Actions;
