import * as accounts from '$lib/server/auth/accounts';
import * as clock from '$lib/server/clock';
import * as cookies from '$lib/server/auth/cookies';
import { SignUp } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import * as users from '$lib/server/users';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/');
	const firstAccount = (await users.count(locals.db)) === 0;
	return { firstAccount, closed: !firstAccount && locals.config.registration === 'closed' };
};

export const actions = {
	// Makes the account (the first one is the admin) and signs it in.
	default: async ({ request, locals, cookies: jar, url, getClientAddress }) => {
		const parsed = await parseForm(request, SignUp, ['username']);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const now = clock.now({ locals, cookies: jar });
		const result = await accounts.signUp(locals.db, parsed.data, {
			ip: getClientAddress(),
			now,
			registration: locals.config.registration
		});
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		cookies.setSignedIn(jar, url, result, now);
		redirect(303, '/');
	}
} satisfies Actions;
