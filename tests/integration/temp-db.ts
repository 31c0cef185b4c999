import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, prepareDb, type Database } from '../../src/lib/server/db';

export interface TempDb {
	db: Database;
	dir: string;
	url: string;
	cleanup: () => void;
}

/** A real SQLite file in a fresh temp folder, migrated by the committed migrations. */
export async function createTempDb(): Promise<TempDb> {
	const dir = mkdtempSync(join(tmpdir(), 'quizwright-test-'));
	const url = `file:${join(dir, 'test.db')}`;
	const db = createDb(url);
	await prepareDb(db);
	return {
		db,
		dir,
		url,
		cleanup: () => {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
