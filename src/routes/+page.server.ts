import * as articles from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	return { articles: await articles.list(locals.db) };
};
