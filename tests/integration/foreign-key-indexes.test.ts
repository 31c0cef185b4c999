import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTempDb, type TempDb } from './temp-db';

// SQLite does not index a foreign key by itself. Without an index, deleting or changing a parent row
// (an article, a user, a question) scans the whole child table once per row to check or cascade,
// which at a million answers turns one delete into minutes. Every foreign key in the migrated schema
// must be the first column of some index (or of the primary key).

let temp: TempDb;
beforeAll(async () => {
	temp = await createTempDb();
});
afterAll(() => temp.cleanup());

/** One text column of every row a statement returns. */
async function column(sql: string, name: string): Promise<string[]> {
	const { rows } = await temp.db.$client.execute(sql);
	return rows.map((row) => row[name] as string);
}

it('indexes every foreign key column of every table', async () => {
	const tables = await column(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
		'name'
	);
	const unindexed: string[] = [];
	let foreignKeys = 0;
	for (const table of tables) {
		const leading = new Set<string>();
		for (const index of await column(`PRAGMA index_list(${table})`, 'name')) {
			const [first] = await column(`PRAGMA index_info(${JSON.stringify(index)})`, 'name');
			if (first) leading.add(first);
		}
		const { rows: columns } = await temp.db.$client.execute(`PRAGMA table_info(${table})`);
		for (const row of columns) if (Number(row.pk) === 1) leading.add(row.name as string);
		for (const from of await column(`PRAGMA foreign_key_list(${table})`, 'from')) {
			foreignKeys++;
			if (!leading.has(from)) unindexed.push(`${table}.${from}`);
		}
	}
	expect(foreignKeys).toBeGreaterThan(10);
	expect(unindexed).toEqual([]);
});
