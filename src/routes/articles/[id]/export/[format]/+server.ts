import { skillOf } from '$lib/generator/skills';
import * as articles from '$lib/server/articles';
import { requireRole } from '$lib/server/auth/guards';
import { attachment, fileSlug } from '$lib/server/download';
import {
	toAiken,
	toAnki,
	toCsv,
	toGift,
	toJson,
	toMoodleXml,
	toQtiPackage
} from '$lib/server/exchange/formats';
import * as questions from '$lib/server/questions';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

type Exported = Parameters<typeof toAiken>[0];

interface Format {
	/** The content type, with its charset for text. */
	type: string;
	extension: string;
	write: (title: string, list: Exported) => string | Uint8Array;
}

const TEXT = 'text/plain; charset=utf-8';

/** Each format with its writer: a format without one does not compile, an unknown one is a 404. */
const FORMATS = {
	gift: { type: TEXT, extension: 'gift.txt', write: toGift },
	aiken: { type: TEXT, extension: 'aiken.txt', write: (_, list) => toAiken(list) },
	csv: { type: 'text/csv; charset=utf-8', extension: 'csv', write: (_, list) => toCsv(list) },
	json: { type: 'application/json; charset=utf-8', extension: 'json', write: toJson },
	moodle: { type: 'application/xml; charset=utf-8', extension: 'moodle.xml', write: toMoodleXml },
	qti: { type: 'application/zip', extension: 'qti.zip', write: toQtiPackage },
	anki: { type: TEXT, extension: 'anki.txt', write: toAnki }
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
	return attachment(
		body,
		format.type,
		`${fileSlug(article.title, 'questions')}.${format.extension}`
	);
};
