// The HTTP server of `npm start`: adapter-node's request handler (build/handler.js) on a node:http
// server of our own. Plain JavaScript so `npm start` runs on Node alone.
//
// Why not adapter-node's own server (build/index.js): with ORIGIN unset it takes the protocol from
// PROTOCOL_HEADER, else assumes `https`. Opened over plain HTTP with no settings, every page then
// believed it was https://…, so the browser's `Origin: http://…` never matched and every form post
// was refused as cross-site. Here, when no address setting is given, the protocol comes from the
// connection itself, which no client can fake.
import http from 'node:http';

/**
 * The header that carries the connection's protocol to adapter-node's handler. It is ours alone:
 * whatever a client sends under this name is replaced before the handler reads it.
 */
export const SOCKET_PROTOCOL_HEADER = 'x-quizwright-socket-protocol';

/**
 * Whether the protocol must come from the connection: true when none of adapter-node's address
 * settings is given (ORIGIN, PROTOCOL_HEADER, HOST_HEADER, PORT_HEADER). When one is, adapter-node
 * works out the address exactly as it documents, and nothing here changes it.
 * @param {Record<string, string | undefined>} env
 * @returns {boolean}
 */
export function protocolFromSocket(env) {
	// adapter-node treats ORIGIN as given when it is set at all (an empty one is an error there),
	// and a header setting as given when it is not empty.
	return env.ORIGIN === undefined && !env.PROTOCOL_HEADER && !env.HOST_HEADER && !env.PORT_HEADER;
}

/**
 * Writes the connection's own protocol into the request, over any value a client sent.
 * @param {http.IncomingMessage} req
 */
export function stampProtocol(req) {
	const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
	req.headers[SOCKET_PROTOCOL_HEADER] = encrypted ? 'https' : 'http';
}

/**
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => unknown} Handler
 */

/**
 * Reads the protocol from the connection when `env` gives no address setting: sets PROTOCOL_HEADER
 * in `env` to our own header, which `listener` fills in. Call it before adapter-node's handler is
 * imported (the handler reads its settings once, when it loads).
 * @param {Record<string, string | undefined>} env
 * @returns {boolean} whether requests must be stamped (see `createAppServer`)
 */
export function useSocketProtocol(env) {
	if (!protocolFromSocket(env)) return false;
	env.PROTOCOL_HEADER = SOCKET_PROTOCOL_HEADER;
	return true;
}

/**
 * A node:http server that hands every request to `handler`, stamping the connection's protocol
 * first when `stamp` is set, with the timeouts adapter-node's own server reads from `env`.
 * @param {Handler} handler
 * @param {{ stamp: boolean, env: Record<string, string | undefined> }} options
 * @returns {http.Server}
 */
export function createAppServer(handler, { stamp, env }) {
	const server = http.createServer((req, res) => {
		if (stamp) stampProtocol(req);
		void handler(req, res, () => {
			// adapter-node's handler answers every request itself; this is only a safety net.
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	const keepAlive = seconds(env, 'KEEP_ALIVE_TIMEOUT');
	if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive * 1000;
	const headers = seconds(env, 'HEADERS_TIMEOUT');
	if (headers !== undefined) server.headersTimeout = headers * 1000;
	return server;
}

/**
 * A timeout setting in whole seconds, as adapter-node reads it; a wrong value stops the server.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @returns {number | undefined}
 */
export function seconds(env, name) {
	const raw = env[name];
	if (!raw) return undefined;
	if (!/^\d+$/.test(raw)) {
		throw new Error(
			`Invalid value for environment variable ${name}: ${JSON.stringify(raw)} (should be a non-negative integer)`
		);
	}
	return Number.parseInt(raw, 10);
}

/**
 * Stops taking requests on SIGTERM or SIGINT, lets the ones in flight finish for up to
 * SHUTDOWN_TIMEOUT seconds (30 by default), then emits `sveltekit:shutdown`, as adapter-node's
 * own server does.
 * @param {http.Server} server
 * @param {Record<string, string | undefined>} env
 */
export function closeOnSignals(server, env) {
	const timeout = seconds(env, 'SHUTDOWN_TIMEOUT') ?? 30;
	/** @type {NodeJS.Timeout | undefined} */
	let deadline;
	server.on('request', (/** @type {http.IncomingMessage} */ req) => {
		// While shutting down, a keep-alive connection closes as soon as its request is done.
		req.on('close', () => deadline && server.closeIdleConnections());
	});
	/** @param {NodeJS.Signals} reason */
	function shutdown(reason) {
		if (deadline) return;
		// close() would otherwise wait for idle keep-alive connections to time out.
		server.closeIdleConnections();
		server.close((error) => {
			if (error) return;
			clearTimeout(deadline);
			// @ts-expect-error adapter-node's custom event, which Node's types do not know.
			process.emit('sveltekit:shutdown', reason);
		});
		deadline = setTimeout(() => server.closeAllConnections(), timeout * 1000);
	}
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}
