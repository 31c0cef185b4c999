import * as articles from '$lib/server/articles';
import * as attempts from '$lib/server/attempts';
import * as users from '$lib/server/users';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Signed in: unfinished quizzes to resume, then the library. Signed out: a short landing page, or,
// on a fresh database, the way to create the admin account.
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) {
		if ((await users.count(locals.db)) === 0) redirect(303, '/signup');
		return { articles: null, unfinished: [] };
	}
	return {
		articles: await articles.list(locals.db),
		unfinished: await attempts.listUnfinished(locals.db, locals.user.id)
	};
};
