// How the HTTP section makes load. Closed loop (autocannon): each connection sends its next request
// the moment the last one returns, which measures throughput; at 200 connections the latency is
// mostly queueing (Little's law: mean latency = connections / rate). Open loop (paced): requests
// arrive at a fixed average rate, at random times (a Poisson process), whatever the server's
// speed, as learners' clicks do; latency runs from the moment a request was due, so a slow server
// cannot hide its backlog.
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

/** A request to send, and what its success looks like: a status and, for a redirect, where to. */
export interface Planned {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: string;
	expect: { status: number; location?: string };
}

type Expect = Planned['expect'];

/** What a closed-loop run measured, over its measured window only. */
export interface ClosedLoop {
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	/** Responses in the window: all of them, the expected ones, and the others. */
	requests: number;
	good: number;
	bad: number;
	/** Responses the load sent and the server accepted over the whole run, warm-up included. */
	goodInAll: number;
	statusCodes: Record<string, number>;
	/** Connection errors and timeouts in the window, by code. */
	failures: Record<string, number>;
	/** Seconds it took until every connection had been served once (see `closedLoop`). */
	rampSeconds: number;
}

/** The value at percentile p (0–100) of sorted numbers. */
const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * One autocannon instance (closed loop) in three phases on the same connections: a ramp, until
 * every connection has been served once, sends `rampPath` (a static file); then `warmup` seconds of
 * the real requests from `plan`; then `seconds` measured. The ramp is there because a saturated
 * Node server accepts one new connection per turn of its event loop (libuv/libuv#3696), so
 * connections opened all at once into a busy server wait seconds to be accepted, and would time
 * out in the measured window rather than measure the page.
 */
export async function closedLoop(
	origin: string,
	load: { connections: number; warmup: number; seconds: number; rampPath: string },
	plan: () => Planned
): Promise<ClosedLoop> {
	const { connections, warmup, seconds } = load;
	let phase: 'ramp' | 'warm' | 'measure' = 'ramp';
	const started = performance.now();
	let rampSeconds = 0;
	const served = new Set<object>();
	const latencies: number[] = [];
	const statusCodes: Record<string, number> = {};
	const failures: Record<string, number> = {};
	let good = 0;
	let bad = 0;
	let goodInAll = 0;
	let windowStart = 0;
	const ramp: Planned = {
		method: 'GET',
		path: load.rampPath,
		headers: {},
		expect: { status: 200 }
	};
	const options: autocannon.Options = {
		url: origin,
		connections,
		// Stopped by the phases below; this is only a bound.
		duration: 120 + warmup + seconds,
		timeout: 10,
		requests: [
			{
				// With one request in the list, a context lives from its setup to its response.
				setupRequest: (request, context) => {
					const { expect, method, ...planned } = phase === 'ramp' ? ramp : plan();
					(context as { expect?: Expect }).expect = expect;
					return {
						...request,
						...planned,
						method: method as autocannon.Request['method'],
						headers: { ...request.headers, ...planned.headers }
					};
				},
				onResponse: (status, _body, context, headers) => {
					const expect = (context as { expect?: Expect }).expect;
					const location = headers?.location ?? headers?.Location;
					const ok =
						status === expect?.status &&
						(expect.location === undefined || location === expect.location);
					if (ok && expect !== ramp.expect) goodInAll++;
					if (phase !== 'measure') return;
					statusCodes[status] = (statusCodes[status] ?? 0) + 1;
					if (ok) good++;
					else bad++;
				}
			}
		]
	};
	await new Promise<void>((resolveRun, reject) => {
		const instance = autocannon(options, (error: unknown) =>
			error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolveRun()
		);
		const next = (to: 'warm' | 'measure', after: number) =>
			setTimeout(() => {
				phase = to;
				if (to === 'measure') {
					windowStart = performance.now();
					setTimeout(() => instance.stop(), seconds * 1000);
				} else next('measure', warmup);
			}, after * 1000);
		instance.on('response', (client: object, _status: number, _bytes: number, ms: number) => {
			if (phase === 'measure') latencies.push(ms);
			if (phase !== 'ramp' || served.has(client)) return;
			served.add(client);
			if (served.size < connections) return;
			rampSeconds = (performance.now() - started) / 1000;
			phase = 'warm';
			next('measure', warmup);
		});
		instance.on('reqError', (error: { code?: string; message?: string }) => {
			if (phase !== 'measure') return;
			const code = error.code ?? error.message ?? 'error';
			failures[code] = (failures[code] ?? 0) + 1;
		});
	});
	const window = (performance.now() - windowStart) / 1000;
	latencies.sort((a, b) => a - b);
	return {
		requestsPerSecond: round(latencies.length / window),
		p50Ms: round(percentile(latencies, 50)),
		p99Ms: round(percentile(latencies, 99)),
		requests: latencies.length,
		good,
		bad,
		goodInAll,
		statusCodes,
		failures,
		rampSeconds: round(rampSeconds)
	};
}

/** What a paced run measured: latency from when each request was due, and its failures. */
export interface PacedRun {
	page: 'answer';
	/** Learners (one socket each, at most) and the rate of their requests in all, a second. */
	learners: number;
	ratePerSecond: number;
	requests: number;
	p50Ms: number;
	p99Ms: number;
	errors: number;
}

/** Sends one request; resolves with whether the response was the expected one. */
function send(agent: Agent, origin: URL, planned: Planned): Promise<boolean> {
	return new Promise((resolveSent) => {
		const req = request(
			{
				agent,
				host: origin.hostname,
				port: origin.port,
				method: planned.method,
				path: planned.path,
				headers: planned.body
					? { ...planned.headers, 'content-length': String(Buffer.byteLength(planned.body)) }
					: planned.headers,
				timeout: 10_000
			},
			(res) => {
				res.resume();
				res.on('end', () => {
					const { status, location } = planned.expect;
					resolveSent(
						res.statusCode === status &&
							(location === undefined || res.headers.location === location)
					);
				});
			}
		);
		req.on('timeout', () => req.destroy());
		req.on('error', () => resolveSent(false));
		req.end(planned.body);
	});
}

/** Sends `ratePerSecond` requests a second on average for `seconds`, over `learners` sockets. */
export async function pacedRun(
	origin: string,
	learners: number,
	ratePerSecond: number,
	seconds: number,
	plan: () => Planned
): Promise<PacedRun> {
	const agent = new Agent({ keepAlive: true, maxSockets: learners });
	const url = new URL(origin);
	const latencies: number[] = [];
	const pending: Promise<void>[] = [];
	let errors = 0;
	const start = performance.now();
	const end = start + seconds * 1000;
	let due = start;
	while (due < end) {
		// Wake for the next arrival and send every request due by then (timers run late under load).
		const wait = due - performance.now();
		if (wait > 1) await new Promise((r) => setTimeout(r, wait));
		const at = due;
		pending.push(
			send(agent, url, plan()).then((ok) => {
				latencies.push(performance.now() - at);
				if (!ok) errors++;
			})
		);
		due += (-Math.log(1 - Math.random()) / ratePerSecond) * 1000;
	}
	await Promise.all(pending);
	agent.destroy();
	latencies.sort((a, b) => a - b);
	return {
		page: 'answer',
		learners,
		ratePerSecond,
		requests: latencies.length,
		p50Ms: round(percentile(latencies, 50)),
		p99Ms: round(percentile(latencies, 99)),
		errors
	};
}
