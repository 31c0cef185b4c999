// The HTTP section of `npm run bench`: autocannon against the built server on loopback, with
// learners signed in by real session cookies (bench-learners.ts). Every answer request answers a
// different item not answered yet (the item on screen of a fresh attempt), so each one does the
// real work: read the attempt, check the item, insert the answer and, for a miss, the review card.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Database } from '../lib/server/db';
import { Pool, type Slot } from './bench-learners';
import { closedLoop, pacedRun, type PacedRun, type Planned } from './bench-load';
import {
	copyBuild,
	ensureBuild,
	memoryMb,
	startServer,
	stopServer,
	watchMemory,
	type Server
} from './bench-server';

export const PAGES = ['bare', 'question', 'answer'] as const;
export type Page = (typeof PAGES)[number];

/** A static file (no hooks, no database) that the closed loop sends until every connection is up. */
const RAMP_PATH = '/favicon.svg';

/** One autocannon run, as in the `--json` shape of issue 8 (plus the counts behind it). */
export interface HttpRun {
	page: Page;
	connections: number;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	/** Connection errors and timeouts, plus every response other than the page's own success. */
	errors: number;
	requests: number;
	statusCodes: Record<string, number>;
	/** Connection errors and timeouts by code, counted in `errors`. */
	failures: Record<string, number>;
	/** Requests that had to reuse an attempt (the prepared pool ran out); 0 in a valid run. */
	reused: number;
}

export interface HttpFigures {
	runs: HttpRun[];
	/** Peak resident memory of the server sampled during the load, MB. */
	serverMemoryMb: number;
	/** The server's VmHWM at the end (its peak since start, start-up included), MB. */
	serverPeakRssMb: number;
	learners: number;
	/** The paced (open-loop) answer run at the highest level, if any (bench-load.ts). */
	paced?: PacedRun;
	/** Answers the load sent that the server accepted (303), and rows the answers table gained. */
	answersAccepted: number;
	answersRecorded: number;
}

export interface HttpOptions {
	root: string;
	connections?: number[];
	pages?: readonly Page[];
	durationSeconds?: number;
	warmupSeconds?: number;
	learners?: number;
	/** Answers a second, in all, of the paced run after the others; 0 for none. */
	pacedRate?: number;
	/** Extra `node` flags for the server, e.g. `--cpu-prof`. */
	serverFlags?: string[];
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** How each page's requests look, drawing learners and attempts from the pool. */
function plans(pool: Pool, origin: string) {
	const headers = { origin, accept: 'text/html' };
	// Over plain HTTP the cookie is `session` (`__Host-session` only over HTTPS: auth/cookies.ts).
	const cookie = (token: string) => `session=${token}`;
	let turn = 0;
	const state = { start: 0, reused: 0 };
	/** The next fresh slot; when the pool runs out, it starts over (and counts it). */
	function take(cursor: 'viewed' | 'answered'): Slot {
		if (pool[cursor] >= pool.slots.length) {
			pool[cursor] = state.start;
			state.reused++;
		}
		return pool.slots[pool[cursor]++]!;
	}
	const pages: Record<Page, { from: () => number; request: () => Planned }> = {
		// A page with no load of its own (`/signout` shows its button): the hooks, the layout's load
		// and rendering, for the same signed-in learners.
		bare: {
			from: () => 0,
			request: () => ({
				method: 'GET',
				path: '/signout',
				headers: {
					...headers,
					cookie: cookie(pool.learners[turn++ % pool.learners.length]!.token)
				},
				expect: { status: 200 }
			})
		},
		// The question on screen of a fresh attempt; the first load also stamps when it was shown.
		question: {
			from: () => Math.max(pool.viewed, pool.answered),
			request: () => {
				const slot = take('viewed');
				return {
					method: 'GET',
					path: `/quiz/${slot.attemptId}`,
					headers: { ...headers, cookie: cookie(slot.token) },
					expect: { status: 200 }
				};
			}
		},
		// The quiz page's form post without JavaScript (`?/answer`); the success is a 303 back to
		// the question, which then shows its feedback. A 303 to /signin would be a failure.
		answer: {
			from: () => pool.answered,
			request: () => {
				const choice = pool.answered % 4;
				const slot = take('answered');
				return {
					method: 'POST',
					path: `/quiz/${slot.attemptId}?/answer`,
					headers: {
						...headers,
						cookie: cookie(slot.token),
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: `item=${slot.itemId}&choice=${choice}`,
					expect: { status: 303, location: `/quiz/${slot.attemptId}` }
				};
			}
		}
	};
	return { pages, state };
}

/** The runs: each page at each level of connections (each with its warm-up), then the paced run. */
async function measure(server: Server, pool: Pool, options: HttpOptions) {
	const levels = options.connections ?? [50, 200];
	const duration = options.durationSeconds ?? 10;
	const warmup = options.warmupSeconds ?? 2;
	const { pages, state } = plans(pool, server.origin);
	const runs: HttpRun[] = [];
	let answersAccepted = 0;
	// Requests a second of the question and answer pages so far (or, before them, of the bare
	// page), to start enough fresh attempts for the next run.
	let bareRate = 0;
	let fastest = 0;
	for (const connections of levels) {
		for (const page of options.pages ?? PAGES) {
			const before = await pool.settle();
			const from = pages[page].from();
			// Enough fresh attempts for the fastest rate seen so far, with room to spare.
			const expected = Math.max(200, fastest || bareRate);
			const fresh = Math.ceil(expected * (duration + warmup + 2) * 1.5);
			if (page !== 'bare') await pool.fill(from, fresh);
			if (page === 'question') pool.viewed = from;
			state.start = from;
			console.error(`bench: ${page} at ${connections} connections…`);
			state.reused = 0;
			const run = await closedLoop(
				server.origin,
				{ connections, warmup, seconds: duration, rampPath: RAMP_PATH },
				pages[page].request
			);
			if (page === 'answer') {
				answersAccepted += run.goodInAll;
				const recorded = (await pool.settle()) - before;
				console.error(`bench: ${run.goodInAll} answers accepted, ${recorded} recorded`);
			}
			if (state.reused > 0) console.error(`bench: the pool ran out (${state.reused} reused)`);
			if (run.rampSeconds > 2)
				console.error(`bench: all connections served after ${run.rampSeconds} s`);
			const failed = Object.values(run.failures).reduce((sum, n) => sum + n, 0);
			runs.push({
				page,
				connections,
				requestsPerSecond: run.requestsPerSecond,
				p50Ms: run.p50Ms,
				p99Ms: run.p99Ms,
				errors: failed + run.bad,
				requests: run.requests,
				statusCodes: run.statusCodes,
				failures: run.failures,
				reused: state.reused
			});
			if (page === 'bare') bareRate = Math.max(bareRate, run.requestsPerSecond);
			else fastest = Math.max(fastest, run.requestsPerSecond);
		}
	}
	const rate = options.pacedRate ?? 200;
	if (rate <= 0 || !(options.pages ?? PAGES).includes('answer')) return { runs, answersAccepted };
	const paced = await pacedAnswers(server, pool, Math.max(...levels), rate, duration);
	return { runs, answersAccepted: answersAccepted + paced.requests - paced.errors, paced };
}

/** The paced run: `learners` answer fresh items at `rate` a second in all (bench-load.ts). */
async function pacedAnswers(
	server: Server,
	pool: Pool,
	learners: number,
	rate: number,
	seconds: number
): Promise<PacedRun> {
	const { pages, state } = plans(pool, server.origin);
	const before = await pool.settle();
	await pool.fill(pool.answered, Math.ceil(rate * seconds * 1.5) + learners);
	state.start = pool.answered;
	console.error(`bench: answer, paced at ${rate}/s from ${learners} learners…`);
	const paced = await pacedRun(server.origin, learners, rate, seconds, pages.answer.request);
	const recorded = (await pool.settle()) - before;
	console.error(`bench: ${paced.requests - paced.errors} answers accepted, ${recorded} recorded`);
	if (state.reused > 0) console.error(`bench: the pool ran out (${state.reused} reused)`);
	return paced;
}

/** Builds if needed, serves the app on a fresh library, loads it, and reports what it measured. */
export async function httpSection(options: HttpOptions): Promise<HttpFigures> {
	const learners = options.learners ?? Math.max(...(options.connections ?? [200]));
	ensureBuild(options.root);
	const dir = mkdtempSync(join(tmpdir(), 'quizwright-bench-http-'));
	const databaseUrl = `file:${join(dir, 'http.db')}`;
	let server: Server | undefined;
	let db: Database | undefined;
	try {
		// The server measured is one restarted on an existing library, as in production: a first
		// start adds the samples with their questions; the second then only serves quizzes (and,
		// like any server whose articles all have questions, never loads the generator).
		const build = copyBuild(options.root, dir);
		await stopServer(
			await startServer({ root: options.root, build, databaseUrl, nodeFlags: options.serverFlags })
		);
		server = await startServer({
			root: options.root,
			build,
			databaseUrl,
			nodeFlags: options.serverFlags
		});
		db = createDb(databaseUrl);
		await db.$client.execute('PRAGMA foreign_keys = ON');
		// This connection only, and only to make the data: the server keeps its own settings.
		await db.$client.execute('PRAGMA synchronous = OFF');
		console.error(`bench: ${learners} learners with sessions…`);
		const pool = await Pool.create(db, learners);
		const memory = watchMemory(server.process.pid!);
		const { runs, answersAccepted, paced } = await measure(server, pool, options);
		return {
			runs,
			...(paced ? { paced } : {}),
			serverMemoryMb: round(memory.stop()),
			serverPeakRssMb: round(memoryMb(server.process.pid!, 'VmHWM')),
			learners,
			answersAccepted,
			answersRecorded: await pool.settle()
		};
	} finally {
		db?.$client.close();
		if (server) await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	}
}
