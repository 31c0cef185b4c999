import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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

/** Who may do what: learners read and take quizzes, authors also write articles, admins manage users. */
export const ROLES = ['admin', 'author', 'learner'] as const;
export type Role = (typeof ROLES)[number];

/** A person with an account. Usernames are unique whatever their case. */
export const users = sqliteTable(
	'users',
	{
		id: text('id').primaryKey(),
		// As the person typed it; compared case-insensitively through the unique index below.
		username: text('username').notNull(),
		// argon2id PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash): parameters travel with the hash.
		passwordHash: text('password_hash').notNull(),
		role: text('role', { enum: ROLES }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(unixepoch('subsec') * 1000)`)
	},
	(table) => [
		uniqueIndex('users_username_lower_unique').on(sql`lower(${table.username})`),
		check('users_role_check', sql`${table.role} IN ('admin', 'author', 'learner')`)
	]
);

/**
 * A signed-in browser. The id is the SHA-256 of the cookie's token, so a leaked database row cannot
 * be replayed as a cookie (https://lucia-auth.com/sessions/basic).
 */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('sessions_user_id_idx').on(table.userId),
		index('sessions_expires_at_idx').on(table.expiresAt)
	]
);

/**
 * Fixed-window counters for rate limits, kept in the database so any app server behind a load
 * balancer sees the same counts. The key names the rule and its subject, e.g. `signin-ip:10.0.0.1`.
 */
export const rateLimits = sqliteTable(
	'rate_limits',
	{
		key: text('key').primaryKey(),
		count: integer('count').notNull(),
		resetAt: integer('reset_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('rate_limits_reset_at_idx').on(table.resetAt)]
);
