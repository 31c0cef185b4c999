// When the production build is stale, and how to make it: shared by `npm start` (start.js) and the
// HTTP benchmark (bench-server.ts). Plain JavaScript so `npm start` runs on Node alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build is made from: a change to any of these makes it stale. */
const SOURCES = [
	'src',
	'static',
	'drizzle',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

/**
 * The newest modification time of a file or of any file in a folder.
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(newest, name) => Math.max(newest, newestMtime(join(path, name))),
		0
	);
}

/**
 * 'missing' without a build, 'stale' when a source changed since it was made, else 'fresh'.
 * @param {string} root
 * @returns {'missing' | 'stale' | 'fresh'}
 */
export function buildState(root) {
	const entry = join(root, 'build/index.js');
	if (!existsSync(entry)) return 'missing';
	const changedAt = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))));
	return statSync(entry).mtimeMs < changedAt ? 'stale' : 'fresh';
}

/**
 * Runs `vite build` in `root`; its output goes where `stdio` says. Returns the exit status.
 * @param {string} root
 * @param {import('node:child_process').StdioOptions} stdio
 * @returns {number}
 */
export function runBuild(root, stdio) {
	const build = spawnSync(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: root,
			stdio
		}
	);
	return build.status ?? 1;
}
