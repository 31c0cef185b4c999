// `npm start`: builds the app when the build is missing or older than its sources, then serves it.
// Migrations and the sample articles are applied by the server itself at start (src/hooks.server.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const serverEntry = join(root, 'build/index.js');
const sources = [
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

const builtAt = existsSync(serverEntry) ? statSync(serverEntry).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newestMtime(join(root, source))));
if (builtAt < changedAt) {
	console.log(builtAt ? 'Sources changed: rebuilding…' : 'No build yet: building…');
	const build = spawnSync(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (build.status !== 0) process.exit(build.status ?? 1);
}

process.env.PORT ??= '3000';
// Room for an upload of several 2 MiB files (adapter-node's own default is 512K).
process.env.BODY_SIZE_LIMIT ??= '10M';
process.env.MIGRATIONS_FOLDER ??= join(root, 'drizzle');
console.log(`Quizwright: serving http://${process.env.HOST ?? 'localhost'}:${process.env.PORT}`);
await import(serverEntry);
