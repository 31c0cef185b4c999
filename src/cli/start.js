// `npm start`: builds the app when the build is missing or older than its sources, then serves it.
// Migrations and the sample articles are applied by the server itself at start (src/hooks.server.ts).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildState, runBuild } from './build.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const serverEntry = join(root, 'build/index.js');

const state = buildState(root);
if (state !== 'fresh') {
	console.log(state === 'stale' ? 'Sources changed: rebuilding…' : 'No build yet: building…');
	const status = runBuild(root, 'inherit');
	if (status !== 0) process.exit(status);
}

process.env.PORT ??= '3000';
// Room for an upload of several 2 MiB files (adapter-node's own default is 512K).
process.env.BODY_SIZE_LIMIT ??= '10M';
process.env.MIGRATIONS_FOLDER ??= join(root, 'drizzle');
console.log(`Quizwright: serving http://${process.env.HOST ?? 'localhost'}:${process.env.PORT}`);
await import(serverEntry);
