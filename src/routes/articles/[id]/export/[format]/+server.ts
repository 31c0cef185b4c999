import * as articles from '$lib/server/articles';
import { requireRole } from '$lib/server/auth/guards';
import { toAiken, toCsv, toGift, toJson } from '$lib/server/exchange/formats';
import * as questions from '$lib/server/questions';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

const FORMATS = {
	gift: { type: 'text/plain', extension: 'gift.txt' },
	aiken: { type: 'text/plain', extension: 'aiken.txt' },
	csv: { type: 'text/csv', extension: 'csv' },
	json: { type: 'application/json', extension: 'json' }
} as const;

// The article's active questions as a download, in the format named in the path.
export const GET: RequestHandler = async ({ locals, params }) => {
	requireRole(locals, 'author');
	if (!Object.hasOwn(FORMATS, params.format)) error(404, 'Not found');
	const format = FORMATS[params.format as keyof typeof FORMATS];
	const article = await articles.read(locals.db, params.id);
	if (!article) error(404, 'Article not found');
	const list = (await questions.listActive(locals.db, article.id)).map((q) => ({
		stem: q.stem,
		options: q.options,
		answerIndex: q.answerIndex,
		explanation: q.explanation,
		source: q.sourceSentence
	}));
	const body =
		params.format === 'gift'
			? toGift(article.title, list)
			: params.format === 'aiken'
				? toAiken(list)
				: params.format === 'csv'
					? toCsv(list)
					: toJson(article.title, list);
	const name =
		article.title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'questions';
	return new Response(body, {
		headers: {
			'content-type': `${format.type}; charset=utf-8`,
			'content-disposition': `attachment; filename="${name}.${format.extension}"`
		}
	});
};
