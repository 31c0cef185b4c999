import * as articles from '$lib/server/articles';
import * as users from '$lib/server/users';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Signed in: the library. Signed out: a short landing page, or, on a fresh database, the way to
// create the admin account.
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) {
		if ((await users.count(locals.db)) === 0) redirect(303, '/signup');
		return { articles: null };
	}
	return { articles: await articles.list(locals.db) };
};
