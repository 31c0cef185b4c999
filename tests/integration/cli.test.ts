import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../src/lib/server/db';
import { articles } from '../../src/lib/server/db/schema';
import { freePort } from '../sqld';
import { createTempDb, remote } from './temp-db';

const dirs: string[] = [];
const servers: (() => Promise<void>)[] = [];
afterEach(async () => {
	dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
	for (const stop of servers.splice(0)) await stop();
});

function runMigrate(databaseUrl: string) {
	return spawnSync('npx', ['tsx', 'src/cli/migrate.ts'], {
		env: { ...process.env, DATABASE_URL: databaseUrl },
		encoding: 'utf8'
	});
}

describe(`npm run db:migrate (${remote ? 'sqld' : 'file'})`, () => {
	it(
		remote
			? 'migrates a new, empty sqld database'
			: 'creates and migrates a new database file, folder included',
		async () => {
			let url: string;
			if (remote) {
				const empty = await createTempDb({ prepare: false });
				servers.push(empty.cleanup);
				url = empty.url;
			} else {
				const dir = mkdtempSync(join(tmpdir(), 'quizwright-migrate-'));
				dirs.push(dir);
				url = `file:${join(dir, 'sub', 'app.db')}`;
			}
			const run = runMigrate(url);
			expect(run.status).toBe(0);
			expect(run.stdout).toContain('Migrations applied');
			const db = createDb(url);
			expect(await db.select().from(articles)).toEqual([]);
			db.$client.close();
		}
	);

	it('fails with one clear line when the database cannot be opened', async () => {
		let url: string;
		if (remote) {
			// A server that is not there: nothing listens on this port.
			url = `http://127.0.0.1:${await freePort()}`;
		} else {
			const dir = mkdtempSync(join(tmpdir(), 'quizwright-migrate-'));
			dirs.push(dir);
			// A database "folder" that is really a file: no one, not even root, can create it.
			writeFileSync(join(dir, 'not-a-folder'), '');
			url = `file:${join(dir, 'not-a-folder', 'app.db')}`;
		}
		const run = runMigrate(url);
		expect(run.status).toBe(1);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/^Could not migrate/);
		if (remote) expect(run.stderr).toContain('ECONNREFUSED');
	});
});
