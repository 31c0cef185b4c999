// The database section of `npm run bench`: seeds a temporary database at class scale (1,000,000
// answers, about a minute) and times the server's heaviest per-learner queries and one article's
// item statistics, on a fresh connection set up as the app sets it up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, prepareDb } from '../lib/server/db';
import * as missed from '../lib/server/missed';
import * as progress from '../lib/server/progress';
import * as reviews from '../lib/server/reviews';
import * as statistics from '../lib/server/statistics';
import { median } from './bench-generator';
import { seedScale } from './seed-scale';

export interface DbFigures {
	answers: number;
	seedRowsPerSecond: number;
	progressMs: number;
	missedMs: number;
	dueMs: number;
	itemStatsMs: number;
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
	await fn(); // warm-up: the page cache, prepared statements
	const t: number[] = [];
	for (let i = 0; i < runs; i++) {
		const s = performance.now();
		await fn();
		t.push(performance.now() - s);
	}
	return Math.round(median(t) * 10) / 10;
}

/** Seeds a temporary database at class scale, then times the real server queries on it. */
export async function dbSection(): Promise<DbFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'quizwright-bench-'));
	const url = `file:${join(dir, 'bench.db')}`;
	try {
		const seeding = createDb(url);
		await prepareDb(seeding);
		const seeded = await seedScale(seeding);
		seeding.$client.close();
		// A fresh connection set up as the app sets it up (no synchronous = OFF).
		const db = createDb(url);
		await prepareDb(db);
		const { learnerId, articleId, now } = seeded;
		const runs = 7;
		try {
			return {
				answers: seeded.rows.answers ?? 0,
				seedRowsPerSecond: seeded.rowsPerSecond,
				progressMs: await timeAsync(() => progress.summary(db, learnerId, now), runs),
				missedMs: await timeAsync(() => missed.list(db, learnerId), runs),
				dueMs: await timeAsync(
					() =>
						Promise.all([
							reviews.countDue(db, learnerId, now),
							reviews.nextDue(db, learnerId, now)
						]),
					runs
				),
				itemStatsMs: await timeAsync(() => statistics.forArticle(db, articleId), runs)
			};
		} finally {
			db.$client.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
