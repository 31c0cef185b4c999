import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** An article in the library: the text a quiz is made from. */
export const articles = sqliteTable('articles', {
	// Generated in the app (see ids.ts), so multi-row writes can go in one batch without read-backs.
	id: text('id').primaryKey(),
	title: text('title').notNull(),
	body: text('body').notNull(),
	// Where the text came from: "sample", a file name or a URL.
	source: text('source'),
	wordCount: integer('word_count').notNull(),
	// SHA-256 of the normalized text: the same article added twice is found, not duplicated.
	contentHash: text('content_hash').notNull().unique(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`)
});
