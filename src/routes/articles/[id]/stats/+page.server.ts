import * as articles from '$lib/server/articles';
import * as statistics from '$lib/server/statistics';
import { requireRole } from '$lib/server/auth/guards';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Authors only: how each question of the article performs (facility, discrimination, options).
export const load: PageServerLoad = async ({ locals, params }) => {
	requireRole(locals, 'author');
	const article = await articles.read(locals.db, params.id);
	if (!article) error(404, 'Article not found');
	const questions = await statistics.forArticle(locals.db, article.id);
	return {
		article: { id: article.id, title: article.title },
		questions,
		flagged: questions.filter((q) => q.stats?.flagged).length
	};
};
