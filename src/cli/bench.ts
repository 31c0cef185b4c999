// Benchmark: npm run bench [-- --json] [-- --db]. Sections are functions so the web part can be
// added later. `--db` seeds a temporary database at class scale (1,000,000 answers, about a minute)
// and times the server's heaviest per-learner queries and one article's item statistics.
// The bare-parse baseline is `nlp(text)` plus the offset and root computations, which is the
// minimum the generator's parse stage needs from compromise.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { generateQuiz } from '../lib/generator/index';
import { createDb, prepareDb } from '../lib/server/db';
import * as missed from '../lib/server/missed';
import * as progress from '../lib/server/progress';
import * as reviews from '../lib/server/reviews';
import * as statistics from '../lib/server/statistics';
import { seedScale } from './seed-scale';

interface GeneratorFigures {
	wordsPerSecond: number;
	msPer1000Words: number;
	ratioToBareParse: number;
	medianMsPerArticle: number;
	medianWordsPerArticle: number;
	ms10k: number;
	ms100k: number;
	linearity: number;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
};
function time(fn: () => unknown, runs: number): number {
	const t: number[] = [];
	for (let i = 0; i < runs; i++) {
		const s = performance.now();
		fn();
		t.push(performance.now() - s);
	}
	return median(t);
}
const bareParse = (text: string) => {
	const doc = nlp(text);
	doc.compute('offset');
	doc.compute('root');
};
/** Repeats the corpus until the text has about n words. */
function makeText(articles: string[], n: number): string {
	const parts: string[] = [];
	let count = 0;
	for (let i = 0; count < n; i++) {
		const a = articles[i % articles.length] as string;
		parts.push(a);
		count += words(a);
	}
	return parts.join('\n\n');
}

function generatorSection(dir: string): GeneratorFigures | undefined {
	if (!existsSync(dir)) {
		console.error(`bench: ${dir} not found; skipping the generator section`);
		return undefined;
	}
	const articles = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(resolve(dir, f), 'utf8'));
	for (const a of articles) generateQuiz(a, { count: 10 }); // warm-up
	const perArticle = articles.map((a) => time(() => generateQuiz(a, { count: 10 }), 3));
	const big = makeText(articles, 100_000);
	const small = makeText(articles, 10_000);
	generateQuiz(small);
	const ms100k = time(() => generateQuiz(big, { count: 10 }), 2);
	const ms10k = time(() => generateQuiz(small, { count: 10 }), 3);
	const bare = time(() => bareParse(big), 2);
	const w = words(big);
	return {
		wordsPerSecond: Math.round((w / ms100k) * 1000),
		msPer1000Words: Math.round((ms100k / w) * 1000 * 100) / 100,
		ratioToBareParse: Math.round((ms100k / bare) * 100) / 100,
		medianMsPerArticle: Math.round(median(perArticle) * 10) / 10,
		medianWordsPerArticle: median(articles.map(words)),
		ms10k: Math.round(ms10k),
		ms100k: Math.round(ms100k),
		linearity: Math.round((ms100k / words(big) / (ms10k / words(small))) * 100) / 100
	};
}

interface DbFigures {
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
async function dbSection(): Promise<DbFigures> {
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
		return {
			answers: seeded.rows.answers ?? 0,
			seedRowsPerSecond: seeded.rowsPerSecond,
			progressMs: await timeAsync(() => progress.summary(db, learnerId, now), runs),
			missedMs: await timeAsync(() => missed.list(db, learnerId), runs),
			dueMs: await timeAsync(
				() =>
					Promise.all([reviews.countDue(db, learnerId, now), reviews.nextDue(db, learnerId, now)]),
				runs
			),
			itemStatsMs: await timeAsync(() => statistics.forArticle(db, articleId), runs)
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const json = process.argv.includes('--json');
const generator = generatorSection(resolve(process.cwd(), '../shared/corpus/dev'));
const db = process.argv.includes('--db') ? await dbSection() : undefined;
if (json)
	console.log(JSON.stringify({ ...(generator ? { generator } : {}), ...(db ? { db } : {}) }));
else if (generator) {
	console.log('generator');
	console.log(`  words/second (100k-word text): ${generator.wordsPerSecond}`);
	console.log(`  ms per 1000 words: ${generator.msPer1000Words}`);
	console.log(
		`  median ms per article: ${generator.medianMsPerArticle} (median ${generator.medianWordsPerArticle} words)`
	);
	console.log(`  ratio to bare compromise parse: ${generator.ratioToBareParse}`);
	console.log(
		`  10k words: ${generator.ms10k} ms, 100k words: ${generator.ms100k} ms, per-word cost ratio ${generator.linearity} (1 = linear)`
	);
}
if (!json && db) {
	console.log(
		`db (${db.answers.toLocaleString('en')} answers; seeded at ${db.seedRowsPerSecond} rows/s)`
	);
	console.log(`  progress page (summary): ${db.progressMs} ms`);
	console.log(`  missed list: ${db.missedMs} ms`);
	console.log(`  due review (countDue + nextDue): ${db.dueMs} ms`);
	console.log(`  one article's item statistics: ${db.itemStatsMs} ms`);
}
