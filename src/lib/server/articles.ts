import { createHash } from 'node:crypto';
import { and, count as countRows, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from './db';
import { articles, questions as questionTable } from './db/schema';
import { newId } from './ids';
import { countWords } from '$lib/generator/input';
import { ASKABLE_KINDS } from '$lib/generator/skills';
import { questionWriter } from './question-writer';

import type { Article } from './db/types';
export type { Article };
export type ArticleSummary = Pick<
	Article,
	'id' | 'title' | 'wordCount' | 'createdAt' | 'readingGrade'
>;
export interface NewArticle {
	title: string;
	body: string;
	source?: string | null;
}

/** Line endings, Unicode forms and stray spaces unified, so the same text always hashes the same. */
export function normalizeBody(body: string): string {
	return body
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** The article's paragraphs: blank-line separated blocks, or lines when the text has no blank lines. */
export function paragraphs(body: string): string[] {
	const blocks = body.includes('\n\n') ? body.split(/\n{2,}/) : body.split('\n');
	return blocks.map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

/** SHA-256 of the normalized text, case-folded: a re-pasted copy of an article is a duplicate. */
export function contentHash(body: string): string {
	return createHash('sha256').update(normalizeBody(body).toLowerCase()).digest('hex');
}

/** Words counted between two turns of the event loop: about 20 ms of work. */
const LEVEL_CHUNK_WORDS = 1500;

/**
 * An article's reading level columns: its figures and its grade (both null without words). Counted
 * a few paragraphs at a time, giving way to other requests between them: a 50,000-word article
 * would otherwise hold the server for more than half a second.
 */
async function levelColumns(body: string) {
	const { addCounts, countText, levelFromCounts, storedLevel } = await import('$lib/reading/level');
	let counts = { words: 0, sentences: 0, syllables: 0, uncommonWords: 0 };
	let chunk: string[] = [];
	let size = 0;
	const count = async () => {
		counts = addCounts(counts, countText(chunk.join('\n\n')));
		chunk = [];
		size = 0;
		await new Promise((resolve) => setImmediate(resolve));
	};
	for (const paragraph of body.split(/\n\s*\n/)) {
		chunk.push(paragraph);
		size += countWords(paragraph);
		if (size >= LEVEL_CHUNK_WORDS) await count();
	}
	if (chunk.length) await count();
	const level = levelFromCounts(counts);
	return { readingLevel: level && storedLevel(level), readingGrade: level?.grade ?? null };
}

async function toRow(input: NewArticle) {
	const body = normalizeBody(input.body);
	return {
		id: newId(),
		title: input.title.trim(),
		body,
		source: input.source ?? null,
		wordCount: countWords(body),
		contentHash: contentHash(body),
		...(await levelColumns(body))
	};
}

/**
 * Works out the reading level of every article added before levels were, one at a time (the server
 * keeps answering between them). Returns how many it filled.
 */
export async function fillReadingLevels(db: Database): Promise<number> {
	const pending = await db
		.select({ id: articles.id })
		.from(articles)
		.where(isNull(articles.readingLevel));
	let filled = 0;
	for (const { id } of pending) {
		const [row] = await db
			.select({ body: articles.body })
			.from(articles)
			.where(eq(articles.id, id));
		const columns = row && (await levelColumns(row.body));
		// A text without words keeps no level.
		if (!columns?.readingLevel) continue;
		await db.update(articles).set(columns).where(eq(articles.id, id));
		filled++;
	}
	return filled;
}

/** The library, newest first, without the article bodies. */
export async function list(db: Database): Promise<ArticleSummary[]> {
	return db
		.select({
			id: articles.id,
			title: articles.title,
			wordCount: articles.wordCount,
			createdAt: articles.createdAt,
			readingGrade: articles.readingGrade
		})
		.from(articles)
		.where(isNull(articles.deletedAt))
		.orderBy(desc(articles.createdAt), articles.title);
}

/** One article, or undefined when there is none with that id. */
export async function read(db: Database, id: string): Promise<Article | undefined> {
	const [row] = await db
		.select()
		.from(articles)
		.where(and(eq(articles.id, id), isNull(articles.deletedAt)))
		.limit(1);
	return row;
}

/** Whether an article with this id existed and was deleted (its history stays; its page is gone). */
export async function wasDeleted(db: Database, id: string): Promise<boolean> {
	const [row] = await db
		.select({ id: articles.id })
		.from(articles)
		.where(and(eq(articles.id, id), isNotNull(articles.deletedAt)))
		.limit(1);
	return row !== undefined;
}

/** How many articles the library holds (with `includeDeleted`, also those deleted from it). */
export async function count(db: Database, { includeDeleted = false } = {}): Promise<number> {
	const [row] = await db
		.select({ n: countRows() })
		.from(articles)
		.where(includeDeleted ? undefined : isNull(articles.deletedAt));
	return row?.n ?? 0;
}

export type CreateResult = { created: true; id: string } | { created: false; duplicateOf: string };

/**
 * Adds articles in one batch (one transaction: all land or none). An article whose normalized text
 * is already in the library is not added again; its result names the existing one.
 */
export async function createMany(db: Database, inputs: NewArticle[]): Promise<CreateResult[]> {
	if (inputs.length === 0) return [];
	const rows = await Promise.all(inputs.map(toRow));
	const hashes = rows.map((row) => row.contentHash);
	const [first, ...rest] = rows.map((row) => db.insert(articles).values(row).onConflictDoNothing());
	await db.batch([first!, ...rest]);
	const stored = new Map(
		(
			await db
				.select({ id: articles.id, contentHash: articles.contentHash })
				.from(articles)
				.where(inArray(articles.contentHash, hashes))
		).map((row) => [row.contentHash, row.id])
	);
	return rows.map((row) => {
		const id = stored.get(row.contentHash);
		if (id === row.id) return { created: true, id };
		return { created: false, duplicateOf: id ?? '' };
	});
}

/** Adds one article, or names the one already holding the same text. */
export async function create(db: Database, input: NewArticle): Promise<CreateResult> {
	const [result] = await createMany(db, [input]);
	return result!;
}

export type AddResult =
	{ created: true; id: string } | { created: false; duplicateOf: string; title: string };

/** The article already holding this text (same normalized, case-folded text), if any. */
export async function findDuplicate(
	db: Database,
	body: string
): Promise<{ id: string; title: string } | undefined> {
	const [row] = await db
		.select({ id: articles.id, title: articles.title })
		.from(articles)
		.where(eq(articles.contentHash, contentHash(body)))
		.limit(1);
	return row;
}

/**
 * Adds one article and queues the writing of its questions (question-writer.ts): the article is
 * saved at once, its questions follow. Text already in the library is not added again; the result
 * names the article holding it.
 */
export async function add(db: Database, input: NewArticle, now: Date): Promise<AddResult> {
	const row = { ...(await toRow(input)), createdAt: now };
	const existing = await findDuplicate(db, row.body);
	if (existing) return { created: false, duplicateOf: existing.id, title: existing.title };
	try {
		await db.insert(articles).values(row);
	} catch (error) {
		// Two people adding the same text at once: the unique hash lets one in, the other is told.
		const raced = await findDuplicate(db, row.body);
		if (raced) return { created: false, duplicateOf: raced.id, title: raced.title };
		throw error;
	}
	questionWriter(db).enqueue(row.id);
	return { created: true, id: row.id };
}

/**
 * Deletes an article from the library: it is no longer listed or readable and its questions leave
 * new quizzes, but the row stays so learners' attempts on it keep their history. Its text may be
 * added again (the hash is freed). Returns false when there was no such article.
 */
export async function remove(db: Database, id: string, now: Date): Promise<boolean> {
	const [result] = await db.batch([
		db
			.update(articles)
			.set({ deletedAt: now, contentHash: `deleted:${id}` })
			.where(and(eq(articles.id, id), isNull(articles.deletedAt))),
		db
			.update(questionTable)
			.set({ status: 'retired', retiredAt: now })
			.where(and(eq(questionTable.articleId, id), eq(questionTable.status, 'active')))
	]);
	return result.rowsAffected > 0;
}

/**
 * Records the comprehension kinds an author asks for on the article, beyond the default quiz's
 * (ASKABLE_KINDS; other names are dropped). The caller queues its questions to be written again.
 * Returns false when there is no such article.
 */
export async function setAskedKinds(
	db: Database,
	id: string,
	kinds: readonly string[]
): Promise<boolean> {
	// In the table's order, so the same choice is always stored the same way.
	const asked = Object.keys(ASKABLE_KINDS).filter((kind) => kinds.includes(kind));
	const result = await db
		.update(articles)
		.set({ askedKinds: asked })
		.where(and(eq(articles.id, id), isNull(articles.deletedAt)));
	return result.rowsAffected > 0;
}
