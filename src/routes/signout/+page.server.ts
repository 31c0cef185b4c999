import * as cookies from '$lib/server/auth/cookies';
import * as sessions from '$lib/server/sessions';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// Reached by address, the page offers the button; signing out is always a POST, so a link or an
// image elsewhere cannot sign anyone out.
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/');
	return {};
};

export const actions = {
	// Deletes the session row, so the token is dead even if the cookie survives somewhere.
	default: async ({ locals, cookies: jar, url }) => {
		if (locals.session) await sessions.invalidate(locals.db, locals.session.id);
		cookies.deleteSessionCookie(jar, url);
		redirect(303, '/');
	}
} satisfies Actions;
