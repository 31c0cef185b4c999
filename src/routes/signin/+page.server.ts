import * as accounts from '$lib/server/auth/accounts';
import * as clock from '$lib/server/clock';
import * as cookies from '$lib/server/auth/cookies';
import { SignIn } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import * as users from '$lib/server/users';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/');
	// Nobody can sign in before the first account exists: make it instead.
	if ((await users.count(locals.db)) === 0) redirect(303, '/signup');
	return {};
};

export const actions = {
	// Checks the password under the rate limits; a success starts a new session with a new token
	// and remembers this browser for the account (its device cookie gets past a username lock).
	default: async ({ request, locals, cookies: jar, url, getClientAddress }) => {
		const parsed = await parseForm(request, SignIn, ['username']);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const now = clock.now({ locals, cookies: jar });
		const result = await accounts.signIn(locals.db, parsed.data, {
			ip: getClientAddress(),
			now,
			previousSessionId: locals.session?.id,
			deviceTokens: cookies.readDeviceTokens(jar, url)
		});
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		cookies.setSignedIn(jar, url, result, now);
		redirect(303, '/');
	}
} satisfies Actions;
