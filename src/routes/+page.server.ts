import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import * as clock from '$lib/server/clock';
import * as readerProfile from '$lib/server/reader-profile';
import * as users from '$lib/server/users';
import { arrange, levelOf, shelfCounts, shelfRequest } from '$lib/reading/shelf';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Signed in: the classes' assignments, unfinished quizzes to resume, then the library. Signed out: a short landing page, or,
// on a fresh database, the way to create the admin account.
// The library can be sorted by date, level or length and narrowed to one level and one length
// (`?sort=&level=&length=`, a GET form). Above it, "Suggested for you": unread articles at the
// learner's level and one a step up, once two quizzes place them.
export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	if (!locals.user) {
		if ((await users.count(locals.db)) === 0) redirect(303, '/signup');
		return { articles: null, unfinished: [], shelf: null };
	}
	const all = await articles.list(locals.db);
	const request = shelfRequest(url.searchParams);
	const suggested = await readerProfile.suggestions(locals.db, locals.user.id, all);
	return {
		articles: arrange(all, request).map((article) => ({
			...article,
			level: levelOf(article.readingGrade)
		})),
		shelf: { request, total: all.length, ...shelfCounts(all) },
		suggestions: {
			level: suggested.level,
			articles: suggested.articles.map(({ article, stepUp }) => ({
				...article,
				level: levelOf(article.readingGrade),
				stepUp
			}))
		},
		// Work set by the learner's classes, at the top: what is not done first.
		assignments: await assignments.forLearner(locals.db, locals.user.id, clock.now(event)),
		unfinished: await attempts.listUnfinished(locals.db, locals.user.id)
	};
};
