import * as articles from '$lib/server/articles';
import { requireUser } from '$lib/server/auth/guards';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireUser(locals);
	const article = await articles.read(locals.db, params.id);
	if (!article) error(404, 'Article not found');
	return {
		article: {
			id: article.id,
			title: article.title,
			source: article.source,
			wordCount: article.wordCount,
			createdAt: article.createdAt,
			paragraphs: articles.paragraphs(article.body)
		}
	};
};
