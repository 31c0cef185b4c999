import { resolve } from 'node:path';
import { failureLine } from './database-failure';
import { createDb, DEFAULT_DATABASE_URL, filePathOf, prepareDb, type Database } from './db';
import { questionWriter } from './question-writer';
import { fillReadingLevels } from './articles';
import { seedSamples } from './samples';

// The server opens its database at start. When it cannot (a read-only or missing folder, a full
// disk, a file that is not a database), it logs one line, stays up answering 503, and tries again
// on a later request, so fixing the folder heals the app without a restart and a supervisor never
// sees a crash loop.

/** The first wait before trying again, in seconds, unless `DATABASE_RETRY_SECONDS` says otherwise. */
export const DEFAULT_RETRY_SECONDS = 5;
/** The waits double after each failed try up to this (or up to the setting, if larger). */
const MAX_RETRY_MS = 60_000;

export interface Retrying<T> {
	/** The opened value, or undefined while it cannot be opened. Never throws. */
	ready(): Promise<T | undefined>;
	/** Milliseconds until the next try (0 once open, or when a request would try now). */
	retryInMs(): number;
}

export interface RetryOptions<T> {
	open: () => Promise<T>;
	/** The one log line for a failure; the same line is not logged twice in a row. */
	describe: (error: unknown) => string;
	/** The log line once it opens after a failure. */
	recovered: string;
	log: (line: string) => void;
	retryMs: number;
	now?: () => number;
}

/**
 * Opens something on first use and keeps it; after a failure, tries again on the first call after
 * a wait that doubles with each failure (up to a minute). Calls that arrive while a try is running
 * share it. Logs a failure once, a different failure once more, and the recovery once.
 */
export function retrying<T>(options: RetryOptions<T>): Retrying<T> {
	const { open, describe, recovered, log, retryMs, now = Date.now } = options;
	const maxMs = Math.max(retryMs, MAX_RETRY_MS);
	let value: T | undefined;
	let trying: Promise<T | undefined> | undefined;
	let lastLine: string | undefined;
	let failures = 0;
	let nextTry = 0;

	async function attempt(): Promise<T | undefined> {
		try {
			value = await open();
			if (lastLine !== undefined) log(recovered);
			lastLine = undefined;
			failures = 0;
			return value;
		} catch (error) {
			const line = safely(() => describe(error), String(error));
			if (line !== lastLine) log(line);
			lastLine = line;
			nextTry = now() + Math.min(retryMs * 2 ** failures, maxMs);
			failures++;
			return undefined;
		}
	}

	return {
		ready() {
			if (value !== undefined) return Promise.resolve(value);
			if (trying) return trying;
			if (now() < nextTry) return Promise.resolve(undefined);
			trying = attempt().finally(() => (trying = undefined));
			return trying;
		},
		retryInMs: () => (value !== undefined ? 0 : Math.max(0, nextTry - now()))
	};
}

function safely<T>(run: () => T, fallback: T): T {
	try {
		return run();
	} catch {
		return fallback;
	}
}

/** `DATABASE_RETRY_SECONDS` in milliseconds; a value that is not a positive number stops the server. */
export function retryMsFrom(value: string | undefined): number {
	if (value === undefined || value.trim() === '') return DEFAULT_RETRY_SECONDS * 1000;
	const seconds = Number(value);
	if (!Number.isFinite(seconds) || seconds <= 0) {
		throw new Error(
			`DATABASE_RETRY_SECONDS must be a positive number of seconds, not ${JSON.stringify(value)}`
		);
	}
	return seconds * 1000;
}

/**
 * Creates, migrates and fills the database (the samples on an empty one); closes it again if any
 * step fails. Questions are not written here: see `startWriting`.
 */
export async function openDatabase(
	url: string,
	authToken: string | undefined,
	log: (line: string) => void
): Promise<Database> {
	const db = createDb(url, authToken);
	try {
		// compromise (reading levels, typed answers' number words) takes half a second to load:
		// here, before the first request, rather than in the middle of one.
		await Promise.all([import('$lib/reading/level'), import('$lib/quiz/typed-answer')]);
		await prepareDb(db);
		const added = await seedSamples(db);
		if (added > 0) log(`Quizwright: added ${added} sample articles to an empty library.`);
		return db;
	} catch (error) {
		db.$client.close();
		throw error;
	}
}

/**
 * Writes, in the background while the app serves, the questions of every article that has none yet
 * or has them from an older generator version (the samples on a fresh database, the whole library
 * after a new generator version). One article that fails is recorded on it, never a 503 for all.
 */
export function startWriting(db: Database, log: (line: string) => void): Promise<void> {
	// Articles added before reading levels existed get theirs, beside the questions.
	void fillReadingLevels(db).then(
		(filled) => {
			if (filled > 0) log(`Quizwright: worked out the reading level of ${filled} articles.`);
		},
		(error: unknown) => log(`Quizwright: could not work out reading levels: ${String(error)}`)
	);
	return questionWriter(db)
		.writeOutdated()
		.then(
			(written) => {
				if (written > 0) log(`Quizwright: wrote questions for ${written} articles.`);
			},
			(error: unknown) => log(`Quizwright: could not write questions: ${String(error)}`)
		);
}

/** The database of `DATABASE_URL`, opened now and retried on requests while it cannot be. */
export function databaseFrom(
	env: Record<string, string | undefined>,
	log: (line: string) => void = console.error
): Retrying<Database> {
	const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
	const where = placeOf(url);
	return retrying({
		open: async () => {
			const db = await openDatabase(url, env.DATABASE_AUTH_TOKEN || undefined, console.log);
			void startWriting(db, console.log);
			return db;
		},
		describe: (error) => failureLine(url, error),
		recovered: `Quizwright: the database at ${where} is open again; serving requests.`,
		log,
		retryMs: retryMsFrom(env.DATABASE_RETRY_SECONDS)
	});
}

/** The file path of a `file:` URL, or the URL without its query (which may hold a token). */
function placeOf(url: string): string {
	const path = filePathOf(url);
	return path ? resolve(path) : url.split('?')[0]!;
}
