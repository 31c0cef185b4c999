// Benchmark: npm run bench [-- --json] [-- --only generator,http,db]. By default every section runs:
//   generator  speed on the development corpus (bench-generator.ts)
//   http       the built server under load on loopback (bench-http.ts), about 3 minutes
//   db         the server's queries on a database at class scale (bench-db.ts), about a minute
// `--db` keeps its old meaning: the generator and db sections. HTTP options: `--duration S`,
// `--connections 50,200`, `--pages bare,question,answer`, `--paced-rate N` (answers a second in
// all for the paced run, 200 by default, 0 for none), `--profile-server DIR` (a CPU profile of
// the server, written when it stops), `--server-flags "…"` (more `node` flags for the server).
// `--json` prints one JSON object on stdout; progress goes to stderr. The targets of issue 8 are
// printed as pass/fail; speed is never asserted in tests.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbSection, type DbFigures } from './bench-db';
import { generatorSection, type GeneratorFigures } from './bench-generator';
import { httpSection, PAGES, type HttpFigures, type HttpRun, type Page } from './bench-http';

const SECTIONS = ['generator', 'http', 'db'] as const;
type Section = (typeof SECTIONS)[number];

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);

/** The value of `--name value` or `--name=value`. */
function option(name: string): string | undefined {
	const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i < 0) return undefined;
	const arg = args[i]!;
	return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
}

function list<T extends string>(name: string, allowed: readonly T[]): T[] | undefined {
	const value = option(name);
	if (value === undefined) return undefined;
	const items = value.split(',').map((s) => s.trim());
	const wrong = items.filter((s) => !(allowed as readonly string[]).includes(s));
	if (wrong.length > 0)
		throw new Error(`--${name}: ${wrong.join(', ')} (choose from ${allowed.join(', ')})`);
	return items as T[];
}

const json = args.includes('--json');
const only =
	list('only', SECTIONS) ?? (args.includes('--db') ? ['generator', 'db'] : [...SECTIONS]);
const run = (section: Section) => only.includes(section);

export interface Target {
	name: string;
	value: number;
	limit: string;
	pass: boolean;
	/** Shown for context (with what the bare page gets), not a target. */
	informational?: boolean;
}

/** The targets of issue 8 that the sections run could measure. */
function targets(http: HttpFigures | undefined, db: DbFigures | undefined): Target[] {
	const out: Target[] = [];
	const find = (page: Page, connections: number) =>
		http?.runs.find((r) => r.page === page && r.connections === connections);
	// "p99 at most 50 ms at 200 concurrent learners": learners are people, who read a question
	// before they answer, so the target is judged on the paced run (bench-load.ts), where 200
	// learners send 200 answers a second in all, far above a class's real pace. The closed loop at
	// 200 connections is capacity, not latency: 200 requests always in flight queue behind each
	// other (Little's law: mean latency = 200 / throughput), so 50 ms there would need 4,000
	// requests a second, several times what even the bare page serves on 2 cores.
	const paced = http?.paced;
	if (paced) {
		const name = `answer p99, ${paced.learners} learners, ${paced.ratePerSecond}/s (ms)`;
		out.push({ name, value: paced.p99Ms, limit: '≤ 50', pass: paced.p99Ms <= 50 });
	}
	const answer200 = find('answer', 200);
	const bare200 = find('bare', 200);
	if (answer200) {
		out.push({
			name: 'answer p99, 200 back to back (ms)',
			value: answer200.p99Ms,
			limit: bare200 ? `bare ${bare200.p99Ms}` : '—',
			pass: true,
			informational: true
		});
	}
	if (http) {
		const errors = http.runs.reduce((sum, r) => sum + r.errors, paced?.errors ?? 0);
		out.push({ name: 'errors, all runs', value: errors, limit: '= 0', pass: errors === 0 });
		for (const level of new Set(http.runs.map((r) => r.connections))) {
			const bare = find('bare', level);
			const question = find('question', level);
			if (!bare || !question) continue;
			const ratio = ratioOf(question, bare);
			out.push({
				name: `question / bare at ${level}`,
				value: ratio,
				limit: '≥ 0.5',
				pass: ratio >= 0.5
			});
		}
		out.push({
			name: 'server memory (MB)',
			value: http.serverMemoryMb,
			limit: '≤ 300',
			pass: http.serverMemoryMb <= 300
		});
	}
	if (db) {
		for (const [name, value] of [
			['progress page (ms)', db.progressMs],
			['missed list (ms)', db.missedMs],
			['due review (ms)', db.dueMs]
		] as const)
			out.push({ name, value, limit: '≤ 20', pass: value <= 20 });
		out.push({
			name: 'item statistics (ms)',
			value: db.itemStatsMs,
			limit: '≤ 100',
			pass: db.itemStatsMs <= 100
		});
	}
	return out;
}

const ratioOf = (question: HttpRun, bare: HttpRun) =>
	Math.round((question.requestsPerSecond / bare.requestsPerSecond) * 100) / 100;

/** Prints rows as a table with a header line, columns padded; numbers right-aligned. */
function table(title: string, head: string[], rows: (string | number)[][]): void {
	const cells = [
		head,
		...rows.map((row) => row.map((c) => (typeof c === 'number' ? c.toLocaleString('en') : c)))
	];
	const widths = head.map((_, i) => Math.max(...cells.map((row) => String(row[i] ?? '').length)));
	const line = (row: (string | number)[], source: (string | number)[]) =>
		row
			.map((c, i) =>
				typeof source[i] === 'number'
					? String(c).padStart(widths[i]!)
					: String(c).padEnd(widths[i]!)
			)
			.join('  ')
			.trimEnd();
	console.log(`\n${title}`);
	console.log(`  ${line(head, head)}`);
	console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
	cells.slice(1).forEach((row, i) => console.log(`  ${line(row, rows[i]!)}`));
}

function printGenerator(g: GeneratorFigures): void {
	table(
		`generator (${g.articles} articles from ${g.corpus})`,
		['what', 'value'],
		[
			['words/second (100k-word text)', g.wordsPerSecond],
			['ms per 1,000 words', g.msPer1000Words],
			[`median ms per article (median ${g.medianWordsPerArticle} words)`, g.medianMsPerArticle],
			['ratio to a bare compromise parse', g.ratioToBareParse],
			['ms for 10k words', g.ms10k],
			['ms for 100k words', g.ms100k],
			['per-word cost 100k / 10k (1 = linear)', g.linearity]
		]
	);
}

function printHttp(h: HttpFigures): void {
	const bareAt = (n: number) => h.runs.find((r) => r.page === 'bare' && r.connections === n);
	table(
		`http (${h.learners} signed-in learners; bare = GET /signout, question = GET /quiz/ID, answer = POST ?/answer)`,
		['page', 'connections', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'requests', '× bare'],
		h.runs.map((r) => {
			const bare = bareAt(r.connections);
			return [
				r.page,
				r.connections,
				r.requestsPerSecond,
				r.p50Ms,
				r.p99Ms,
				r.errors,
				r.requests,
				bare && r.page !== 'bare' ? ratioOf(r, bare) : ''
			];
		})
	);
	const p = h.paced;
	if (p)
		console.log(
			`  answer, paced (open loop): ${p.ratePerSecond}/s from ${p.learners} learners: ` +
				`p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms, ${p.errors} errors in ${p.requests.toLocaleString('en')} requests`
		);
	console.log(
		`  server memory: ${h.serverMemoryMb} MB peak RSS under load (${h.serverPeakRssMb} MB since start); ` +
			`answers accepted ${h.answersAccepted.toLocaleString('en')}, recorded ${h.answersRecorded.toLocaleString('en')}`
	);
}

function printDb(d: DbFigures): void {
	table(
		`db (${d.answers.toLocaleString('en')} answers; seeded at ${d.seedRowsPerSecond.toLocaleString('en')} rows/s; median of 7)`,
		['query', 'ms'],
		[
			['progress page (summary)', d.progressMs],
			['missed list', d.missedMs],
			['due review (countDue + nextDue)', d.dueMs],
			["one article's item statistics", d.itemStatsMs]
		]
	);
}

const generator = run('generator') ? generatorSection(root) : undefined;
if (generator && !json) printGenerator(generator);
const duration = option('duration');
const pacedRate = option('paced-rate');
const profileDir = option('profile-server');
const serverFlags = [
	...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : []),
	...(option('server-flags')?.split(' ').filter(Boolean) ?? [])
];
const http = run('http')
	? await httpSection({
			root,
			connections: option('connections')?.split(',').map(Number),
			pages: list('pages', PAGES),
			durationSeconds: duration ? Number(duration) : undefined,
			pacedRate: pacedRate ? Number(pacedRate) : undefined,
			serverFlags
		})
	: undefined;
if (http && !json) printHttp(http);
const db = run('db') ? await dbSection() : undefined;
if (db && !json) printDb(db);
const checks = targets(http, db);
if (json) {
	const { runs, paced, serverMemoryMb, ...httpDetails } = http ?? {};
	console.log(
		JSON.stringify({
			...(generator ? { generator } : {}),
			...(runs ? { http: runs, httpDetails } : {}),
			...(paced ? { httpPaced: [paced] } : {}),
			...(db ? { db } : {}),
			...(serverMemoryMb !== undefined ? { serverMemoryMb } : {}),
			targets: checks
		})
	);
} else if (checks.length > 0) {
	table(
		'targets (issue 8)',
		['target', 'measured', 'limit', 'result'],
		checks.map((t) => [
			t.name,
			t.value,
			t.limit,
			t.informational ? 'info' : t.pass ? 'pass' : 'FAIL'
		])
	);
}
