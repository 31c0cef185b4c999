// `npm start`: builds the app when the build is missing or older than its sources, then serves it.
// Migrations and the sample articles are applied by the server itself at start (src/hooks.server.ts).
import { existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildState, runBuild } from './build.js';
import { closeOnSignals, createAppServer, useSocketProtocol } from './serve.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

const state = buildState(root);
if (state !== 'fresh') {
	console.log(state === 'stale' ? 'Sources changed: rebuilding…' : 'No build yet: building…');
	const status = runBuild(root, 'inherit');
	if (status !== 0) process.exit(status);
}

const env = process.env;
// Room for an upload of several 2 MiB files (adapter-node's own default is 512K).
env.BODY_SIZE_LIMIT ??= '10M';
env.MIGRATIONS_FOLDER ??= join(root, 'drizzle');
// With no ORIGIN and no proxy headers, each request's address is the one the browser used, with
// the protocol of the connection (serve.js): plain HTTP at any address works with no settings.
const stamp = useSocketProtocol(env);

// Loading the handler opens and migrates the database (hooks.server.ts `init`).
const { handler } = await import(pathToFileURL(join(root, 'build/handler.js')).href);
const server = createAppServer(handler, { stamp, env });
closeOnSignals(server, env);

const socketPath = env.SOCKET_PATH;
if (socketPath) {
	// A socket file left by a server that stopped uncleanly would refuse the listen.
	if (existsSync(socketPath) && statSync(socketPath).size === 0) rmSync(socketPath);
	server.listen({ path: socketPath }, () => console.log(`Quizwright: listening on ${socketPath}`));
} else {
	const host = env.HOST || '0.0.0.0';
	const port = Number(env.PORT || 3000);
	server.listen({ host, port }, () => {
		const address = server.address();
		const bound = typeof address === 'object' && address ? address.port : port;
		const everywhere = host === '0.0.0.0' || host === '::';
		const shown = everywhere ? 'localhost' : host.includes(':') ? `[${host}]` : host;
		console.log(
			`Quizwright: serving http://${shown}:${bound}` +
				(everywhere ? ` (and at this machine's other addresses, port ${bound})` : '')
		);
	});
}
