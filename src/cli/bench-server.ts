// The built app as a child process for the HTTP benchmark: built when missing or stale (the rule
// of `npm start`, src/cli/start.js), served by `node build` on a free loopback port, on its own
// database file, and watched for memory. Nothing here writes to stdout: `--json` owns it.
import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildState, runBuild } from './build.js';

/** Runs `vite build` when build/index.js is missing or older than any source, as `npm start` does. */
export function ensureBuild(root: string): void {
	const state = buildState(root);
	if (state === 'fresh') return;
	console.error(
		state === 'stale' ? 'bench: sources changed, rebuilding…' : 'bench: no build yet, building…'
	);
	// The build's own output goes to stderr with the rest of the progress.
	const status = runBuild(root, ['ignore', 2, 2]);
	if (status !== 0) throw new Error(`vite build failed (exit ${status})`);
}

/** Every file under a folder with its size and time, to tell whether it changed meanwhile. */
function listing(dir: string): string {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((name) => {
			const stat = statSync(join(dir, name));
			return `${name} ${stat.size} ${stat.mtimeMs}`;
		})
		.join('\n');
}

/**
 * A private copy of build/ in `dir`, with a link to the project's node_modules for the packages the
 * build leaves external. The server loads route code lazily, so serving build/ itself would break
 * mid-run whenever anyone rebuilds it (npm start, the browser tests); the copy is checked against
 * the listing before and after, and taken again if a build ran meanwhile.
 */
export function copyBuild(root: string, dir: string): string {
	const source = join(root, 'build');
	const target = join(dir, 'build');
	for (let tries = 0; ; tries++) {
		const before = listing(source);
		cpSync(source, target, { recursive: true, force: true });
		if (listing(source) === before && existsSync(join(target, 'index.js'))) break;
		if (tries >= 5) throw new Error('build/ keeps changing: is another build running?');
		console.error('bench: build/ changed while it was copied; copying again');
		rmSync(target, { recursive: true, force: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return target;
}

/** A port nobody listens on right now, on loopback. */
export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

export interface Server {
	origin: string;
	port: number;
	process: ChildProcess;
}

export interface ServerOptions {
	root: string;
	/** The folder holding the build to serve (a copy from copyBuild). */
	build: string;
	databaseUrl: string;
	/** Extra `node` flags, e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile the server. */
	nodeFlags?: string[];
}

/** Starts `node build` and resolves once it answers HTTP (after its init: migrations, samples). */
export async function startServer(options: ServerOptions): Promise<Server> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [...(options.nodeFlags ?? []), options.build], {
		cwd: options.root,
		env: {
			...process.env,
			NODE_ENV: 'production',
			DATABASE_URL: options.databaseUrl,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			MIGRATIONS_FOLDER: join(options.root, 'drizzle')
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// The server's own log (start, samples, errors) goes to stderr, marked, and cut short: under
	// load one failure repeats thousands of times.
	let logged = 0;
	const relay = (chunk: Buffer) => {
		if (logged++ < 30) process.stderr.write(`  [server] ${chunk.toString().trimEnd()}\n`);
		else if (logged === 31) process.stderr.write('  [server] (more output not shown)\n');
	};
	child.stdout.on('data', relay);
	child.stderr.on('data', relay);
	const exited = new Promise<never>((_, reject) =>
		child.once('exit', (code) => reject(new Error(`the server exited early (code ${code})`)))
	);
	const deadline = Date.now() + 120_000;
	for (;;) {
		try {
			await Promise.race([fetch(`${origin}/signin`, { redirect: 'manual' }), exited]);
			return { origin, port, process: child };
		} catch (error) {
			if (child.exitCode !== null || Date.now() > deadline) {
				child.kill('SIGKILL');
				throw error;
			}
			await new Promise((r) => setTimeout(r, 200));
		}
	}
}

/** Stops the server gracefully (adapter-node drains on SIGTERM; a CPU profile is written on exit). */
export async function stopServer(server: Server): Promise<void> {
	const child = server.process;
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	await exited;
	clearTimeout(timer);
}

/** A field of /proc/PID/status in MB (VmRSS: now, VmHWM: the peak so far), or 0 off Linux. */
export function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
		return kb ? Number(kb) / 1024 : 0;
	} catch {
		return 0;
	}
}

/** Samples the resident set of a process every `ms` until stopped; `stop()` gives the peak in MB. */
export function watchMemory(pid: number, ms = 200): { stop: () => number } {
	let peak = memoryMb(pid, 'VmRSS');
	const timer = setInterval(() => (peak = Math.max(peak, memoryMb(pid, 'VmRSS'))), ms);
	return {
		stop() {
			clearInterval(timer);
			return Math.max(peak, memoryMb(pid, 'VmRSS'));
		}
	};
}
