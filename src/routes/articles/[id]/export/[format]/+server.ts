import { skillOf } from '$lib/generator/skills';
import * as articles from '$lib/server/articles';
import { requireRole } from '$lib/server/auth/guards';
import { toAiken, toCsv, toGift, toJson } from '$lib/server/exchange/formats';
import * as questions from '$lib/server/questions';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

type Exported = Parameters<typeof toAiken>[0];

interface Format {
	type: string;
	extension: string;
	write: (title: string, list: Exported) => string;
}

/** Each format with its writer: a format without one does not compile, an unknown one is a 404. */
const FORMATS = {
	gift: { type: 'text/plain', extension: 'gift.txt', write: toGift },
	aiken: { type: 'text/plain', extension: 'aiken.txt', write: (_, list) => toAiken(list) },
	csv: { type: 'text/csv', extension: 'csv', write: (_, list) => toCsv(list) },
	json: { type: 'application/json', extension: 'json', write: toJson }
} satisfies Record<string, Format>;

// The article's active questions as a download, in the format named in the path.
export const GET: RequestHandler = async ({ locals, params }) => {
	requireRole(locals, 'author');
	const format: Format | undefined = Object.hasOwn(FORMATS, params.format)
		? FORMATS[params.format as keyof typeof FORMATS]
		: undefined;
	if (!format) error(404, 'Not found');
	const article = await articles.read(locals.db, params.id);
	if (!article) error(404, 'Article not found');
	const list = (await questions.listActive(locals.db, article.id)).map((q) => ({
		stem: q.stem,
		options: q.options,
		answerIndex: q.answerIndex,
		skill: skillOf(q.kind),
		explanation: q.explanation,
		source: q.sourceSentence
	}));
	const body = format.write(article.title, list);
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
