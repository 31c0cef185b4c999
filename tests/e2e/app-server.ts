import { createClient } from '@libsql/client';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chmodSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// (.js: the plain-JavaScript module `npm start` itself uses.)
import { buildState } from '../../src/cli/build.js';

// The fault tests start, kill and restart their own copies of the built app (`node build`), each
// on its own port and database, with the environment the webServer of playwright.config.ts uses.
// The plain-HTTP tests start it as `npm start` does, with no settings.

const ROOT = resolve(import.meta.dirname, '../..');
/** The uid and gid of `nobody`, which the read-only tests run the server as when they run as root. */
export const NOBODY = 65534;

/** A server child process and everything it printed. */
export interface AppServer {
	url: string;
	port: number;
	/** stdout and stderr together, in order. */
	output(): string;
	/** Null while it runs; its exit code or signal once it has exited. */
	exited(): { code: number | null; signal: NodeJS.Signals | null } | null;
	/** Sends the signal and waits for the process to end. */
	kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
	databaseUrl: string;
	/** Reuse a port (a restart keeps the browser's cookies); a free one otherwise. */
	port?: number;
	/** Run as `nobody` (only possible as root). */
	asNobody?: boolean;
	env?: Record<string, string>;
}

let snapshot: string | undefined;
const running: AppServer[] = [];
const folders: string[] = [];

/** Every file under `dir` with its size and time: two equal lists mean nothing was written between. */
function manifest(dir: string): string {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((path) => {
			const stat = statSync(join(dir, path));
			return `${path} ${stat.size} ${stat.isDirectory() ? '' : stat.mtimeMs}`;
		})
		.join('\n');
}

/**
 * A private copy of `build/`, made once per worker: another `npm run build` in the same tree (a
 * second test run) empties `build/` while it writes, which would fail a restart here. A copy taken
 * while a build was writing is thrown away and taken again. The copy finds its packages through a
 * link to `node_modules`, and is readable by `nobody`.
 */
export async function builtApp(): Promise<string> {
	if (snapshot) return snapshot;
	const source = join(ROOT, 'build');
	const dir = mkdtempSync(join(tmpdir(), 'quizwright-build-'));
	chmodSync(dir, 0o755);
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
	const copy = join(dir, 'build');
	for (const deadline = Date.now() + 120_000; ;) {
		try {
			const before = manifest(source);
			cpSync(source, copy, { recursive: true, preserveTimestamps: true });
			if (existsSync(join(copy, 'index.js')) && manifest(source) === before) break;
		} catch {
			// A file vanished under the copy: a build is writing. Try again.
		}
		rmSync(copy, { recursive: true, force: true });
		if (Date.now() > deadline) throw new Error(`${source} kept changing: is a build running?`);
		await new Promise((wait) => setTimeout(wait, 500));
	}
	snapshot = dir;
	return dir;
}

/** Removes this worker's copy of the build. */
export function removeBuiltApp(): void {
	if (snapshot) rmSync(snapshot, { recursive: true, force: true });
	snapshot = undefined;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

/**
 * Whether a read-only folder can be made for the server: as root, by running it as `nobody`
 * (root writes anywhere); as anyone else, by chmod alone. A reason to skip otherwise.
 */
export function readOnlySupport(): { asNobody: boolean } | { skip: string } {
	if (process.getuid?.() !== 0) return { asNobody: false };
	const probe = spawnSync(process.execPath, ['-e', ''], { uid: NOBODY, gid: NOBODY });
	if (probe.error || probe.status !== 0) {
		return {
			skip: `running as root and cannot start a process as nobody (${probe.error?.message ?? `exit ${probe.status}`}), so no folder is read-only for the server`
		};
	}
	return { asNobody: true };
}

/** Starts `node build` and waits until it listens (or fails if it exits first). */
export async function startServer(options: StartOptions): Promise<AppServer> {
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	return launch({
		args: ['build'],
		cwd: await builtApp(),
		env: {
			PATH: process.env.PATH ?? '/usr/bin:/bin',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATABASE_URL: options.databaseUrl,
			MIGRATIONS_FOLDER: join(ROOT, 'drizzle'),
			BODY_SIZE_LIMIT: '10M',
			...options.env
		},
		url,
		port,
		ready: `Listening on ${url}`,
		asNobody: options.asNobody
	});
}

/**
 * Starts the app exactly as `npm start` does (`node src/cli/start.js` of this checkout), with
 * nothing set but PORT and what `env` adds. It runs in a new empty folder, so the default database
 * (`data/quizwright.db`, relative to the working folder) is made there, not in the checkout. The
 * build must be current: start.js would rebuild otherwise, which a test must not wait for.
 */
export async function startAsNpmStart(
	options: { env?: Record<string, string> } = {}
): Promise<AppServer & { folder: string; databaseUrl: string }> {
	if (buildState(ROOT) !== 'fresh') {
		throw new Error(`${join(ROOT, 'build')} is missing or older than its sources: npm run build`);
	}
	const port = await freePort();
	const folder = tempFolder();
	const server = await launch({
		args: [join(ROOT, 'src/cli/start.js')],
		cwd: folder,
		env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PORT: String(port), ...options.env },
		url: `http://localhost:${port}`,
		port,
		ready: `Quizwright: serving http://localhost:${port}`
	});
	return { ...server, folder, databaseUrl: `file:${join(folder, 'data/quizwright.db')}` };
}

/** Spawns node with `args` and waits until it prints `ready` (or fails if it exits first). */
async function launch(options: {
	args: string[];
	cwd: string;
	env: Record<string, string>;
	url: string;
	port: number;
	ready: string;
	asNobody?: boolean;
}): Promise<AppServer> {
	const { url, port } = options;
	const child: ChildProcess = spawn(process.execPath, options.args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		...(options.asNobody ? { uid: NOBODY, gid: NOBODY } : {})
	});
	let output = '';
	let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const ended = new Promise<void>((done) =>
		child.once('exit', (code, signal) => {
			exit = { code, signal };
			done();
		})
	);
	const server: AppServer = {
		url,
		port,
		output: () => output,
		exited: () => exit,
		async kill(signal = 'SIGKILL') {
			if (!exit) child.kill(signal);
			await ended;
		}
	};
	running.push(server);
	const deadline = Date.now() + 30_000;
	while (!output.includes(options.ready)) {
		if (exit || Date.now() > deadline) {
			await server.kill();
			throw new Error(`The server did not start (${JSON.stringify(exit)}):\n${output}`);
		}
		await new Promise((wait) => setTimeout(wait, 25));
	}
	return server;
}

/**
 * Waits until a server on a fresh database has written its samples' questions, which it does in the
 * background after it starts listening (question-writer.ts): a test that reads the log or times
 * requests starts after that.
 */
export async function samplesWritten(server: AppServer): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (!server.output().includes('Quizwright: wrote questions for 3 articles.')) {
		if (server.exited() || Date.now() > deadline)
			throw new Error(`The samples' questions were not written:\n${server.output()}`);
		await new Promise((wait) => setTimeout(wait, 50));
	}
}

/** Kills every server this worker started that is still running. */
export async function stopServers(): Promise<void> {
	await Promise.all(running.splice(0).map((server) => server.kill()));
}

/** An empty folder that `nobody` can look into, removed by removeTempFolders. */
export function tempFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'quizwright-faults-'));
	chmodSync(folder, 0o755);
	folders.push(folder);
	return folder;
}

/** A folder the server's user cannot write: 0555 (and the server run as `nobody` when we are root). */
export function lockedFolder(parent: string): string {
	const locked = join(parent, 'locked');
	mkdirSync(locked);
	chmodSync(locked, 0o555);
	return locked;
}

/** Removes the temporary folders, unlocking them first (root needs no unlocking; others do). */
export function removeTempFolders(): void {
	for (const folder of folders.splice(0)) {
		if (existsSync(join(folder, 'locked'))) chmodSync(join(folder, 'locked'), 0o755);
		rmSync(folder, { recursive: true, force: true });
	}
}

/** Opens a database file the way a new server would, and reads back what the fault tests check. */
export async function readBack(databaseUrl: string) {
	const client = createClient({ url: databaseUrl });
	try {
		const integrity = await client.execute('PRAGMA integrity_check');
		const answers = await client.execute(
			'SELECT a.item_id, a.chosen_index FROM answers a ' +
				'JOIN attempt_items i ON i.id = a.item_id ORDER BY i.attempt_id, i.position'
		);
		const users = await client.execute('SELECT username FROM users');
		return {
			integrity: integrity.rows.map((row) => row[0] as string),
			answers: answers.rows.map((row) => ({
				item: row.item_id as string,
				choice: Number(row.chosen_index)
			})),
			users: users.rows.map((row) => row.username as string)
		};
	} finally {
		client.close();
	}
}
