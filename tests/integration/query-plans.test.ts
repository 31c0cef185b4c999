import { drizzle } from 'drizzle-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import * as schema from '../../src/lib/server/db/schema';
import * as assignments from '../../src/lib/server/assignments';
import * as attempts from '../../src/lib/server/attempts';
import * as classReport from '../../src/lib/server/class-report';
import * as missed from '../../src/lib/server/missed';
import * as progress from '../../src/lib/server/progress';
import * as reviews from '../../src/lib/server/reviews';
import * as statistics from '../../src/lib/server/statistics';
import { createTempDb, type TempDb } from './temp-db';

// The queries that must stay fast at class scale (see docs/performance.md): each must reach
// the big tables through an index, never read one whole. The SQL is what the modules really run,
// captured by Drizzle's logger, so a change to a query is checked without editing this test.
const BIG_TABLES = ['attempts', 'attempt_items', 'answers', 'review_cards', 'questions'];

let temp: TempDb;
let captured: { sql: string; params: unknown[] }[] = [];
let db: Database;

beforeAll(async () => {
	temp = await createTempDb();
	db = drizzle({
		client: temp.db.$client,
		schema,
		logger: { logQuery: (sql, params) => captured.push({ sql, params }) }
	});
});
afterAll(() => temp.cleanup());

async function plansOf(run: () => Promise<unknown>) {
	captured = [];
	await run();
	expect(captured.length).toBeGreaterThan(0);
	const plans: string[][] = [];
	for (const { sql, params } of captured) {
		const result = await temp.db.$client.execute({
			sql: `EXPLAIN QUERY PLAN ${sql}`,
			args: params as never
		});
		plans.push(result.rows.map((row) => row.detail as string));
	}
	return plans;
}

function expectNoFullScan(plans: string[][]) {
	for (const plan of plans) {
		const scans = plan.filter((line) =>
			BIG_TABLES.some((table) => new RegExp(`^SCAN ${table}\\b`).test(line))
		);
		expect(scans, plan.join('\n')).toEqual([]);
		expect(plan.some((line) => /^SEARCH \w+ USING .*INDEX/.test(line))).toBe(true);
	}
}

const now = new Date('2026-01-01T00:00:00Z');

describe('query plans at class scale', () => {
	it('the progress page reads one learner through indexes', async () => {
		expectNoFullScan(await plansOf(() => progress.summary(db, 'learner', now)));
	});
	it('the missed list reads one learner through indexes', async () => {
		expectNoFullScan(await plansOf(() => missed.list(db, 'learner')));
	});
	it('the due count and the next due card use the due index', async () => {
		const plans = await plansOf(async () => {
			await reviews.countDue(db, 'learner', now);
			await reviews.nextDue(db, 'learner', now);
		});
		expectNoFullScan(plans);
		for (const plan of plans)
			expect(plan.some((line) => line.includes('review_cards_user_due_idx'))).toBe(true);
	});
	it('the quiz page reads its attempt, item and answer by key', async () => {
		expectNoFullScan(await plansOf(() => attempts.screen(db, 'attempt')));
	});
	it("one article's item statistics read only that article's answers", async () => {
		expectNoFullScan(await plansOf(() => statistics.forArticle(db, 'article')));
	});
	it("a class's dashboard, scores and a learner's assignments read only their own quizzes", async () => {
		const members = [{ id: 'learner', username: 'ana' }];
		expectNoFullScan(
			await plansOf(async () => {
				await classReport.assignmentReport(db, 'assignment', members);
				await classReport.answeredItems(db, ['attempt-1', 'attempt-2']);
				await classReport.gradebook(db, 'class', members);
				await assignments.forLearner(db, 'learner', now);
			})
		);
	});
});
