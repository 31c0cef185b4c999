import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, filePathOf, prepareDb } from '../../src/lib/server/db';
import { articles } from '../../src/lib/server/db/schema';
import { newId } from '../../src/lib/server/ids';
import { createTempDb, remote, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

describe('the database layer', () => {
	it('creates the schema from the committed migrations', async () => {
		const tables = await temp.db.all<{ name: string }>(
			sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`
		);
		expect(tables.map((t) => t.name)).toEqual(
			expect.arrayContaining(['__drizzle_migrations', 'articles'])
		);
	});

	it('runs in WAL mode with foreign keys on', async () => {
		const [journal] = await temp.db.all<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
		const [keys] = await temp.db.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
		expect(journal?.journal_mode).toBe('wal');
		expect(keys?.foreign_keys).toBe(1);
	});

	it.skipIf(remote)(
		'sets every query of an embedded file on the prepared connection: synchronous NORMAL, foreign keys on (embedded file only: sqld sets its own)',
		async () => {
			// Many at once, as concurrent requests send them: a pool would open fresh connections that
			// never ran prepareDb's pragmas (FULL sync, and no foreign keys).
			const rows = await Promise.all(
				Array.from({ length: 40 }, (_, i) =>
					temp.db.$client.execute(i % 2 ? 'PRAGMA synchronous' : 'PRAGMA foreign_keys')
				)
			);
			expect(rows.map((result) => Number(result.rows[0]?.[0]))).toEqual(
				Array.from({ length: 40 }, () => 1)
			);
		}
	);

	it('applies migrations once: preparing again changes nothing', async () => {
		await prepareDb(temp.db);
		const rows = await temp.db.all(sql`SELECT * FROM __drizzle_migrations`);
		expect(rows.length).toBeGreaterThan(0);
		await prepareDb(temp.db);
		expect(await temp.db.all(sql`SELECT * FROM __drizzle_migrations`)).toHaveLength(rows.length);
	});

	it.skipIf(remote)(
		'creates the folder of a file database that does not exist yet (embedded file only: sqld keeps its own folder)',
		async () => {
			const url = `file:${temp.dir}/nested/deeper/app.db`;
			const db = createDb(url);
			await prepareDb(db);
			expect(await db.select().from(articles)).toEqual([]);
			db.$client.close();
		}
	);

	it('reads the path of file URLs and none of remote ones', () => {
		expect(filePathOf('file:data/quizwright.db')).toBe('data/quizwright.db');
		expect(filePathOf('file:///tmp/x.db')).toBe('/tmp/x.db');
		expect(filePathOf('libsql://db.example.org')).toBeUndefined();
		expect(filePathOf('http://127.0.0.1:8080')).toBeUndefined();
	});

	// The local libSQL driver fails concurrent interactive transactions with SQLITE_BUSY; batches
	// with ids made in the app do not. 50 learners saving at the same moment must all land, on a
	// file and on sqld alike.
	it('lands 50 concurrent multi-row writes, with no error', async () => {
		const writers = Array.from({ length: 50 }, (_, writer) => {
			const rows = Array.from({ length: 4 }, (_, i) => ({
				id: newId(),
				title: `Writer ${writer} article ${i}`,
				body: `Body ${writer}-${i}`,
				wordCount: 2,
				contentHash: `hash-${writer}-${i}`
			}));
			const [first, ...rest] = rows.map((row) => temp.db.insert(articles).values(row));
			return temp.db.batch([first!, ...rest]);
		});
		const outcomes = await Promise.allSettled(writers);
		expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
		const [row] = await temp.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM articles`);
		expect(row?.n).toBe(200);
	});

	it('rolls a failing batch back whole', async () => {
		const row = { title: 't', body: 'b', wordCount: 1, contentHash: 'same' };
		await expect(
			temp.db.batch([
				temp.db.insert(articles).values({ ...row, id: newId() }),
				temp.db.insert(articles).values({ ...row, id: newId() })
			])
		).rejects.toThrow();
		expect(await temp.db.select().from(articles)).toEqual([]);
	});
});
