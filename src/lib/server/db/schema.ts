import { sql } from 'drizzle-orm';
import {
	type AnySQLiteColumn,
	check,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
import { ANSWER_FORMS, ANSWER_MODES, FORM_PREFERENCES } from '../../quiz/answer-forms';
import { QUIZ_LENGTHS } from '../../quiz/order';
import { RATINGS } from '../../quiz/review';
import type { StoredReadingLevel } from '../../reading/level';

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
		.default(sql`(unixepoch('subsec') * 1000)`),
	// Set when an author deletes the article: it leaves the library, but learners' attempts on it
	// (which reference it) stay, with their history.
	deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
	// The comprehension kinds an author asked for on top of the default quiz (ASKABLE_KINDS), as JSON.
	askedKinds: text('asked_kinds', { mode: 'json' }).$type<string[]>().notNull().default([]),
	// Its reading level (reading/level.ts), worked out when it is added, or at start for articles
	// added before: the figures, and the grade the library sorts and filters by. Null until then.
	readingLevel: text('reading_level', { mode: 'json' }).$type<StoredReadingLevel>(),
	readingGrade: real('reading_grade')
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
		// How review asks the learner's cards: climbing the ladder, or pinned to one form.
		reviewForm: text('review_form', { enum: FORM_PREFERENCES }).notNull().default('ladder'),
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
 * A browser that has signed in to an account before: a "device cookie" (OWASP, Slow Down Online
 * Guessing Attacks with Device Cookies). It may still sign in to that account while the username is
 * locked against unknown browsers. The id is the SHA-256 of the cookie's token, as for sessions.
 */
export const devices = sqliteTable(
	'devices',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('devices_user_id_idx').on(table.userId),
		index('devices_expires_at_idx').on(table.expiresAt)
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

/**
 * One run of the generator over an article: its version, seed and the normalized text that every
 * offset of its facts and questions points into (the article page renders this text, so "Show in
 * article" can mark a source sentence by its offsets).
 */
export const generations = sqliteTable(
	'generations',
	{
		id: text('id').primaryKey(),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		version: text('version').notNull(),
		seed: integer('seed').notNull(),
		text: text('text').notNull(),
		// Candidates the generator's checks turned down, with their reasons: authors see them.
		rejected: text('rejected', { mode: 'json' })
			.notNull()
			.$type<{ stem: string; answer: string; reasons: string[] }[]>()
			.default(sql`'[]'`),
		// Why the generator made fewer questions than asked for, when it did.
		shortfallReason: text('shortfall_reason'),
		// The article's asked kinds this run was written with: when the author changes them, the
		// questions are out of date until written again.
		askedKinds: text('asked_kinds', { mode: 'json' }).$type<string[]>().notNull().default([]),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('generations_article_id_idx').on(table.articleId, table.createdAt)]
);

/**
 * Why the generator could not write an article's questions, at which generator version: the article
 * shows it (and the author may try again) instead of the app failing. Gone once a run succeeds; a new
 * generator version tries again.
 */
export const generationFailures = sqliteTable('generation_failures', {
	articleId: text('article_id')
		.primaryKey()
		.references(() => articles.id, { onDelete: 'cascade' }),
	version: text('version').notNull(),
	message: text('message').notNull(),
	failedAt: integer('failed_at', { mode: 'timestamp_ms' }).notNull()
});

/** A fact the generator found: what a question asks about, and what "Key facts" lists. */
export const facts = sqliteTable(
	'facts',
	{
		id: text('id').primaryKey(),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		generationId: text('generation_id')
			.notNull()
			.references(() => generations.id, { onDelete: 'cascade' }),
		// The generator's own id for the fact, unique within its generation.
		key: text('key').notNull(),
		kind: text('kind').notNull(),
		statement: text('statement').notNull(),
		// The sentence's offsets in the generation's text.
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		// The whole generator Fact, as JSON: what later features may need without a migration.
		data: text('data', { mode: 'json' }).notNull()
	},
	(table) => [
		uniqueIndex('facts_generation_key_unique').on(table.generationId, table.key),
		index('facts_article_idx').on(table.articleId)
	]
);

export const QUESTION_STATUSES = ['active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * A multiple-choice question. Retired questions stay, so attempts that answered them keep their
 * history; only active ones go into new quizzes.
 */
export const questions = sqliteTable(
	'questions',
	{
		id: text('id').primaryKey(),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		generationId: text('generation_id')
			.notNull()
			.references(() => generations.id),
		factId: text('fact_id')
			.notNull()
			.references(() => facts.id),
		kind: text('kind').notNull(),
		stem: text('stem').notNull(),
		options: text('options', { mode: 'json' }).notNull().$type<string[]>(),
		answerIndex: integer('answer_index').notNull(),
		explanation: text('explanation').notNull(),
		// The source sentence, and its offsets in the generation's text.
		sourceSentence: text('source_sentence').notNull(),
		sourceStart: integer('source_start').notNull(),
		sourceEnd: integer('source_end').notNull(),
		// The answer inside the source sentence (offsets in the generation's text), when found.
		answerStart: integer('answer_start'),
		answerEnd: integer('answer_end'),
		// Further sentences the answer rests on (offsets in the generation's text), when it has any.
		evidence: text('evidence', { mode: 'json' }).$type<{ start: number; end: number }[]>(),
		difficulty: real('difficulty').notNull(),
		generatorVersion: text('generator_version').notNull(),
		status: text('status', { enum: QUESTION_STATUSES }).notNull().default('active'),
		position: integer('position').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		retiredAt: integer('retired_at', { mode: 'timestamp_ms' }),
		// Set when an author changed or wrote the question: regenerating keeps it.
		editedAt: integer('edited_at', { mode: 'timestamp_ms' })
	},
	(table) => [
		index('questions_article_status_idx').on(table.articleId, table.status),
		index('questions_generation_idx').on(table.generationId),
		index('questions_fact_idx').on(table.factId),
		check('questions_status_check', sql`${table.status} IN ('active', 'retired')`),
		check('questions_answer_index_check', sql`${table.answerIndex} BETWEEN 0 AND 3`)
	]
);

/**
 * A learner's run through a set of questions, from an article or from the missed questions of an
 * earlier attempt. `cursor` is the position of the question on screen: progress lives here, keyed by
 * the attempt id in the URL, so a reload or a visit days later resumes where the learner was.
 */
export const attempts = sqliteTable(
	'attempts',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		// The attempt whose missed questions this one retries, if any.
		retryOf: text('retry_of'),
		seed: integer('seed').notNull(),
		// "Answer by: Choosing / Typing": a typing quiz asks each question that can be typed that way.
		answerBy: text('answer_by', { enum: ANSWER_MODES }).notNull().default('choosing'),
		// "Read, then answer": the article stays hidden until the results (see `readings`).
		closedBook: integer('closed_book', { mode: 'boolean' }).notNull().default(false),
		// A practice of missed questions or of one skill, across articles: not a quiz on its article,
		// so not counted toward the learner's reading level. Set from migration 0015 on.
		practice: integer('practice', { mode: 'boolean' }).notNull().default(false),
		// The class assignment this quiz was taken for, if any: what its teacher may see.
		assignmentId: text('assignment_id').references((): AnySQLiteColumn => assignments.id, {
			onDelete: 'set null'
		}),
		total: integer('total').notNull(),
		cursor: integer('cursor').notNull().default(0),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
		finishedAt: integer('finished_at', { mode: 'timestamp_ms' })
	},
	(table) => [
		index('attempts_user_idx').on(table.userId, table.finishedAt),
		index('attempts_article_idx').on(table.articleId),
		index('attempts_assignment_idx').on(table.assignmentId, table.userId)
	]
);

/**
 * One question in an attempt, as it was shown: a snapshot of the stem, the options in the order shown
 * and the answer's index among them, so editing or retiring a question never rewrites history.
 * `optionOrder[i]` is the index in the question's own options of the option shown at position i.
 */
export const attemptItems = sqliteTable(
	'attempt_items',
	{
		id: text('id').primaryKey(),
		attemptId: text('attempt_id')
			.notNull()
			.references(() => attempts.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id),
		stem: text('stem').notNull(),
		options: text('options', { mode: 'json' }).notNull().$type<string[]>(),
		optionOrder: text('option_order', { mode: 'json' }).notNull().$type<number[]>(),
		answerIndex: integer('answer_index').notNull(),
		explanation: text('explanation').notNull(),
		sourceSentence: text('source_sentence').notNull(),
		// The answer's place inside the source sentence (offsets into sourceSentence), when known.
		highlightStart: integer('highlight_start'),
		highlightEnd: integer('highlight_end'),
		// When the question was first put on screen: the start of its time.
		shownAt: integer('shown_at', { mode: 'timestamp_ms' })
	},
	(table) => [
		uniqueIndex('attempt_items_position_unique').on(table.attemptId, table.position),
		uniqueIndex('attempt_items_question_unique').on(table.attemptId, table.questionId),
		index('attempt_items_question_idx').on(table.questionId)
	]
);

/**
 * The learner's answer to one attempt item. The item id is the primary key: an item has one answer,
 * ever, so a double submit, a replayed request or a second tab cannot count twice or change it.
 */
export const answers = sqliteTable(
	'answers',
	{
		itemId: text('item_id')
			.primaryKey()
			.references(() => attemptItems.id, { onDelete: 'cascade' }),
		attemptId: text('attempt_id')
			.notNull()
			.references(() => attempts.id, { onDelete: 'cascade' }),
		// The form it was asked in; a typed answer has its text and no chosen option.
		form: text('form', { enum: ANSWER_FORMS }).notNull().default('choice'),
		chosenIndex: integer('chosen_index'),
		typed: text('typed'),
		// Why a typed answer was taken or not, as the learner was told (grading may change later).
		gradeNote: text('grade_note'),
		correct: integer('correct', { mode: 'boolean' }).notNull(),
		// "I was right": the learner overruled a typed answer's refusal; it counts as right.
		overruled: integer('overruled', { mode: 'boolean' }).notNull().default(false),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull(),
		// From shownAt to answeredAt, clamped: time is shown beside the score, never part of it.
		timeMs: integer('time_ms').notNull()
	},
	// An attempt's answers (score, time, a learner's history) without a scan of every answer.
	(table) => [index('answers_attempt_idx').on(table.attemptId)]
);

/**
 * A learner's spaced-review card for a question they missed, scheduled by FSRS (ts-fsrs): the
 * columns are ts-fsrs's `Card`. `itemId` is the attempt item last missed: a review shows the
 * question as the learner saw it then. After 8 lapses the card is flagged as a leech.
 */
export const reviewCards = sqliteTable(
	'review_cards',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		itemId: text('item_id')
			.notNull()
			.references(() => attemptItems.id, { onDelete: 'cascade' }),
		due: integer('due', { mode: 'timestamp_ms' }).notNull(),
		stability: real('stability').notNull(),
		difficulty: real('difficulty').notNull(),
		elapsedDays: integer('elapsed_days').notNull(),
		scheduledDays: integer('scheduled_days').notNull(),
		learningSteps: integer('learning_steps').notNull(),
		reps: integer('reps').notNull(),
		lapses: integer('lapses').notNull(),
		// ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning.
		state: integer('state').notNull(),
		lastReview: integer('last_review', { mode: 'timestamp_ms' }),
		leech: integer('leech', { mode: 'boolean' }).notNull().default(false),
		// The option the learner chose in the review under way, until they rate it: the rating is
		// judged by this answer, never by one the rating form sends.
		pendingChoice: integer('pending_choice'),
		// The same for a typed answer, and whether the learner asked for the hint before it.
		pendingTyped: text('pending_typed'),
		pendingHinted: integer('pending_hinted', { mode: 'boolean' }).notNull().default(false),
		// The ladder's step: the form the card is asked in next (the learner's pinned form wins).
		form: text('form', { enum: ANSWER_FORMS }).notNull().default('choice'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		uniqueIndex('review_cards_user_question_unique').on(table.userId, table.questionId),
		index('review_cards_user_due_idx').on(table.userId, table.due),
		index('review_cards_question_idx').on(table.questionId),
		index('review_cards_item_idx').on(table.itemId)
	]
);

/**
 * One review of a card, as answered: its form, the answer, the rating it earned. The review log
 * (as FSRS keeps one) that progress reads accuracy by form from.
 */
export const reviewAnswers = sqliteTable(
	'review_answers',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		cardId: text('card_id')
			.notNull()
			.references(() => reviewCards.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		form: text('form', { enum: ANSWER_FORMS }).notNull(),
		chosenIndex: integer('chosen_index'),
		typed: text('typed'),
		hinted: integer('hinted', { mode: 'boolean' }).notNull().default(false),
		correct: integer('correct', { mode: 'boolean' }).notNull(),
		overruled: integer('overruled', { mode: 'boolean' }).notNull().default(false),
		rating: text('rating', { enum: RATINGS }).notNull(),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('review_answers_user_idx').on(table.userId, table.answeredAt),
		index('review_answers_card_idx').on(table.cardId),
		index('review_answers_question_idx').on(table.questionId)
	]
);

/**
 * A timed reading ("Read, then answer"): the article shown alone, timed while the page is visible,
 * then a closed-book quiz on it. `readingMs` holds the time of the finished stretches; while the
 * timer runs, `resumedAt` says since when. The time is kept on the server, so a reload resumes.
 */
export const readings = sqliteTable(
	'readings',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		// The article's words and grade when it was read: what the rate and the level are worked from.
		words: integer('words').notNull(),
		grade: real('grade'),
		// The quiz asked after it, as chosen on the article page.
		quizLength: text('quiz_length', { enum: QUIZ_LENGTHS }).notNull(),
		answerBy: text('answer_by', { enum: ANSWER_MODES }).notNull().default('choosing'),
		readingMs: integer('reading_ms').notNull().default(0),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }),
		// Set while the timer runs; null before the start, while paused and once finished.
		resumedAt: integer('resumed_at', { mode: 'timestamp_ms' }),
		finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
		// The open page that keeps the timer (a random id per page view): a pause sent by a page the
		// learner left (a reload's old page) after the new one took over is ignored.
		timerView: text('timer_view'),
		// True when the page could not pause the timer while hidden (no JavaScript): the whole time counted.
		wholeTime: integer('whole_time', { mode: 'boolean' }).notNull().default(false),
		attemptId: text('attempt_id').references(() => attempts.id, { onDelete: 'set null' }),
		// A reading assigned to a class: its quiz is taken for that assignment.
		assignmentId: text('assignment_id').references((): AnySQLiteColumn => assignments.id, {
			onDelete: 'set null'
		}),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('readings_assignment_idx').on(table.assignmentId),
		index('readings_user_idx').on(table.userId, table.finishedAt),
		index('readings_article_idx').on(table.articleId),
		uniqueIndex('readings_attempt_unique').on(table.attemptId)
	]
);

/**
 * A class: a teacher (an author or admin) and the learners who joined with its join code. Learners'
 * results reach the teacher only through the class's assignments.
 */
export const classes = sqliteTable(
	'classes',
	{
		id: text('id').primaryKey(),
		name: text('name').notNull(),
		teacherId: text('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		// Unique among classes (classes/join-code.ts); kept while joining is switched off, so it can
		// be switched on again without handing out a new one.
		joinCode: text('join_code').notNull(),
		joinOpen: integer('join_open', { mode: 'boolean' }).notNull().default(true),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		uniqueIndex('classes_join_code_unique').on(table.joinCode),
		index('classes_teacher_idx').on(table.teacherId)
	]
);

/** Who is in a class. Leaving or being removed deletes the row; the learner's results stay theirs. */
export const classMembers = sqliteTable(
	'class_members',
	{
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		primaryKey({ columns: [table.classId, table.userId] }),
		index('class_members_user_idx').on(table.userId)
	]
);

/**
 * Work a teacher set a class: a quiz on an article, of a length, maybe closed-book after a timed
 * reading, maybe by a date. Late work is accepted and marked late.
 */
export const assignments = sqliteTable(
	'assignments',
	{
		id: text('id').primaryKey(),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		quizLength: text('quiz_length', { enum: QUIZ_LENGTHS }).notNull(),
		// "Read, then answer": a timed reading first, then the quiz with the article hidden.
		closedBook: integer('closed_book', { mode: 'boolean' }).notNull().default(false),
		dueAt: integer('due_at', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('assignments_class_idx').on(table.classId, table.createdAt),
		index('assignments_article_idx').on(table.articleId)
	]
);
