import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDb, prepareDb, type Database } from '../../src/lib/server/db';
import { questionWriter, writeInThisThread } from '../../src/lib/server/question-writer';
import { sqldTemplate, startSqld, type Sqld } from '../sqld';

/** What the server tests run on, set per vitest project in vite.config.ts. */
export type TestDbMode = 'file' | 'sqld';

function readMode(value = process.env.QUIZWRIGHT_TEST_DB): TestDbMode {
	if (!value || value === 'file') return 'file';
	if (value === 'sqld') return 'sqld';
	throw new Error(`QUIZWRIGHT_TEST_DB must be "file" or "sqld", not ${JSON.stringify(value)}`);
}

export const mode = readMode();

// Questions are written in this thread here: a worker per test database would only add start-up
// time. tests/integration/question-writer.test.ts runs the worker itself, and the browser tests the
// built server, which always uses it.
writeInThisThread();
/** True when the tests run on sqld over HTTP rather than on an embedded file. */
export const remote = mode === 'sqld';

export interface TempDb {
	db: Database;
	/** A fresh temp folder the test may write to (in both modes). */
	dir: string;
	url: string;
	/** Closes the client, stops the server (sqld mode) and removes the folders. */
	cleanup: () => Promise<void>;
}

/** Where this run's sqld servers keep their folders (tests/sqld-setup.ts removes it at the end). */
const parent = remote ? inject('sqldRunDir') : undefined;
let migrated: Promise<string> | undefined;

/** A sqld database folder migrated by the committed migrations, made once per test file. */
function migratedSqld(): Promise<string> {
	migrated ??= sqldTemplate(
		async (url) => {
			const db = createDb(url);
			try {
				await prepareDb(db);
			} finally {
				db.$client.close();
			}
		},
		{ parent }
	);
	return migrated;
}

/**
 * A fresh database migrated by the committed migrations: a SQLite file in a temp folder, or (with
 * QUIZWRIGHT_TEST_DB=sqld) a sqld of its own on loopback, started on a copy of a database that
 * `prepareDb` migrated earlier in this file. `prepare: false` leaves it empty.
 */
export async function createTempDb({ prepare = true } = {}): Promise<TempDb> {
	const dir = mkdtempSync(join(tmpdir(), 'quizwright-test-'));
	const removeDir = () => rmSync(dir, { recursive: true, force: true });
	let server: Sqld | undefined;
	try {
		if (remote)
			server = await startSqld({ parent, from: prepare ? await migratedSqld() : undefined });
	} catch (error) {
		removeDir();
		throw error;
	}
	const url = server?.url ?? `file:${join(dir, 'test.db')}`;
	const db = createDb(url);
	const cleanup = async () => {
		// Questions still being written would write to a closed database.
		await questionWriter(db).idle();
		db.$client.close();
		await server?.stop();
		removeDir();
	};
	try {
		if (prepare && !remote) await prepareDb(db);
	} catch (error) {
		await cleanup();
		throw error;
	}
	return { db, dir, url, cleanup };
}
