import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
	createAppServer,
	protocolFromSocket,
	SOCKET_PROTOCOL_HEADER,
	seconds,
	useSocketProtocol
} from '../../src/cli/serve.js';

// `npm start`'s server (src/cli/serve.js): with no address setting the protocol comes from the
// connection, whatever a client sends; with one, adapter-node's settings are left as they are.
// tests/e2e/plain-http.test.ts checks the same through the real built app.

const servers: Server[] = [];
afterEach(async () => {
	await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

/** Starts `createAppServer` with a handler that answers with the headers it was given. */
async function echoServer(stamp: boolean): Promise<string> {
	const server = createAppServer((req, res) => res.end(JSON.stringify(req.headers)), {
		stamp,
		env: { KEEP_ALIVE_TIMEOUT: '7' }
	});
	servers.push(server);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	expect(server.keepAliveTimeout).toBe(7000);
	const address = server.address();
	return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

/** The headers the handler saw for a request sent with `headers`. */
function seen(url: string, headers: Record<string, string>): Promise<IncomingHttpHeaders> {
	return new Promise((done, fail) => {
		request(url, { headers }, (res) => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk.toString()));
			res.on('end', () => done(JSON.parse(body) as IncomingHttpHeaders));
		})
			.on('error', fail)
			.end();
	});
}

describe('which requests take their protocol from the connection', () => {
	it.each([
		[{}, true],
		[{ PORT: '3000', HOST: '0.0.0.0' }, true],
		// Empty header settings are unset for adapter-node too.
		[{ PROTOCOL_HEADER: '', HOST_HEADER: '' }, true],
		[{ ORIGIN: 'https://quiz.example.org' }, false],
		// adapter-node refuses an empty ORIGIN at start: it is a setting, not an absence.
		[{ ORIGIN: '' }, false],
		[{ PROTOCOL_HEADER: 'x-forwarded-proto' }, false],
		[{ HOST_HEADER: 'x-forwarded-host' }, false],
		[{ PORT_HEADER: 'x-forwarded-port' }, false]
	])('%j: %s', (env, expected) => {
		expect(protocolFromSocket(env)).toBe(expected);
	});

	it('points adapter-node at our own header only when nothing is set', () => {
		const none: Record<string, string | undefined> = {};
		expect(useSocketProtocol(none)).toBe(true);
		expect(none.PROTOCOL_HEADER).toBe(SOCKET_PROTOCOL_HEADER);
		const proxied: Record<string, string | undefined> = { PROTOCOL_HEADER: 'x-forwarded-proto' };
		expect(useSocketProtocol(proxied)).toBe(false);
		expect(proxied.PROTOCOL_HEADER).toBe('x-forwarded-proto');
		const origin: Record<string, string | undefined> = { ORIGIN: 'https://quiz.example.org' };
		expect(useSocketProtocol(origin)).toBe(false);
		expect(origin.PROTOCOL_HEADER).toBeUndefined();
	});
});

describe('the server of npm start', () => {
	it('stamps the connection protocol over anything a client sends', async () => {
		const url = await echoServer(true);
		const headers = await seen(url, {
			[SOCKET_PROTOCOL_HEADER]: 'https',
			'X-Forwarded-Proto': 'https'
		});
		expect(headers[SOCKET_PROTOCOL_HEADER]).toBe('http');
		// A forwarded protocol is left in place but nothing reads it (PROTOCOL_HEADER is ours).
		expect(headers['x-forwarded-proto']).toBe('https');
		expect((await seen(url, {}))[SOCKET_PROTOCOL_HEADER]).toBe('http');
	});

	it('leaves every header as sent when an address setting is given', async () => {
		const url = await echoServer(false);
		const headers = await seen(url, { 'X-Forwarded-Proto': 'https' });
		expect(headers['x-forwarded-proto']).toBe('https');
		expect(headers[SOCKET_PROTOCOL_HEADER]).toBeUndefined();
	});

	it('reads timeouts in whole seconds and refuses anything else', () => {
		expect(seconds({}, 'SHUTDOWN_TIMEOUT')).toBeUndefined();
		expect(seconds({ SHUTDOWN_TIMEOUT: '0' }, 'SHUTDOWN_TIMEOUT')).toBe(0);
		expect(seconds({ SHUTDOWN_TIMEOUT: '45' }, 'SHUTDOWN_TIMEOUT')).toBe(45);
		expect(() => seconds({ SHUTDOWN_TIMEOUT: '1.5' }, 'SHUTDOWN_TIMEOUT')).toThrow(
			'Invalid value for environment variable SHUTDOWN_TIMEOUT: "1.5"'
		);
	});
});
