import { createServer, type Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import { fetchPage, ImportError, importUrl } from '../../src/lib/server/intake/url';
import * as addPage from '../../src/routes/articles/new/+page.server';
import { nestedHtml, slowHtml } from '../fixtures/intake';
import { as, event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';

// A server on loopback stands in for the internet, and for the internal service an attacker aims
// at: without IMPORT_ALLOW_HOSTS every way of spelling its address must be refused.
const ARTICLE = `<!doctype html><html><head><title>Harbour news</title></head><body>
<nav>Home · About</nav>
<article><h1>The harbour library</h1>
${'<p>The harbour library opened in 1844 and lent books to sailors waiting for the tide. '.repeat(3)}Its first keeper was Ann Reid.</p>
<p>A reader wrote <script>alert(1)</script> and <img src=x onerror="alert(2)"> in the margin.</p>
</article></body></html>`;

let server: Server;
let port: number;
beforeAll(async () => {
	server = createServer((req, res) => {
		const path = req.url ?? '/';
		if (path === '/article') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(ARTICLE);
		} else if (path === '/plain') {
			res.writeHead(200, { 'content-type': 'text/plain' });
			res.end('A plain title\n\nSome plain words.');
		} else if (path === '/to-loopback') {
			res.writeHead(302, { location: `http://127.0.0.1:${port}/article` });
			res.end();
		} else if (path.startsWith('/loop')) {
			// /loop takes 6 redirects to reach the text, /loop1 takes 5.
			const n = Number(path.slice(5) || 0);
			if (n >= 6) {
				res.writeHead(200, { 'content-type': 'text/plain' });
				res.end('At the end of the redirects.');
				return;
			}
			res.writeHead(302, { location: `/loop${n + 1}` });
			res.end();
		} else if (path === '/to-file') {
			res.writeHead(302, { location: 'file:///etc/passwd' });
			res.end();
		} else if (path === '/huge') {
			res.writeHead(200, { 'content-type': 'text/html' });
			const chunk = '<p>' + 'word '.repeat(2000) + '</p>';
			let sent = 0;
			const write = () => {
				while (sent < 3 * 1024 * 1024) {
					sent += chunk.length;
					if (!res.write(chunk)) return void res.once('drain', write);
				}
				res.end();
			};
			write();
		} else if (path === '/slow') {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.write('<p>The first words arrive');
			// ...and the rest never does.
		} else if (path === '/deep' || path === '/slow-to-read') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(path === '/deep' ? nestedHtml(150_000) : slowHtml(20));
		} else if (path === '/image') {
			res.writeHead(200, { 'content-type': 'image/png' });
			res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		} else if (path === '/latin1') {
			res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
		} else {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('missing');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

// A resolver that answers every name with loopback: a public-looking name an attacker controls.
const toLoopback: LookupFunction = (_hostname, options, callback) => {
	if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
	else callback(null, '127.0.0.1', 4);
};

async function refusal(url: string, options = {}): Promise<string> {
	try {
		await fetchPage(url, options);
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as Error).message;
	}
	throw new Error(`${url} was fetched`);
}

describe('importing a URL, without IMPORT_ALLOW_HOSTS', () => {
	it.each([
		['a literal 127.0.0.1', () => `http://127.0.0.1:${port}/article`],
		['localhost', () => `http://localhost:${port}/article`],
		['[::1]', () => `http://[::1]:${port}/article`],
		['decimal 2130706433', () => `http://2130706433:${port}/article`],
		['hex 0x7f000001', () => `http://0x7f000001:${port}/article`],
		['IPv4-mapped [::ffff:127.0.0.1]', () => `http://[::ffff:127.0.0.1]:${port}/article`],
		['the unspecified 0.0.0.0', () => `http://0.0.0.0:${port}/article`],
		['a private 10.0.0.1', () => `http://10.0.0.1:${port}/article`],
		[
			'link-local 169.254.169.254 (cloud metadata)',
			() => `http://169.254.169.254/latest/meta-data`
		],
		['link-local [fe80::1]', () => `http://[fe80::1]:${port}/`],
		['multicast 224.0.0.1', () => `http://224.0.0.1:${port}/`],
		['reserved 240.0.0.1', () => `http://240.0.0.1:${port}/`],
		['shared (carrier-grade NAT) 100.64.0.1', () => `http://100.64.0.1:${port}/`],
		['IPv6 unique-local [fd00::1]', () => `http://[fd00::1]:${port}/`],
		['IPv6 multicast [ff02::1]', () => `http://[ff02::1]:${port}/`],
		['octal 0177.0.0.1', () => `http://0177.0.0.1:${port}/article`],
		['short 127.1', () => `http://127.1:${port}/article`]
	])('refuses %s', async (_name, url) => {
		expect(await refusal(url())).toMatch(/private network/);
	});

	it('refuses a public-looking name that resolves to loopback', async () => {
		const url = `http://public.example.test:${port}/article`;
		expect(await refusal(url, { lookup: toLoopback })).toMatch(/private network/);
	});

	it('refuses a redirect to loopback, checking the hop, when the first host is allowed', async () => {
		// The first host is allowed (so the redirect is reached); the next hop is not.
		const url = `http://allowed.example.test:${port}/to-loopback`;
		const options = { lookup: toLoopback, allowHosts: ['allowed.example.test'] };
		expect(await refusal(url, options)).toMatch(/private network/);
	});

	it.each([
		['file:///etc/passwd', /Only http/],
		['ftp://example.com/article.txt', /Only http/],
		['gopher://example.com/', /Only http/],
		['javascript:alert(1)', /Only http/],
		['not a url', /full web address/],
		['http://user:secret@example.com/', /user name and password/]
	])('refuses %s', async (url, message) => {
		expect(await refusal(url)).toMatch(message);
	});
});

describe('importing a URL from an allowed host', () => {
	const allowed = { allowHosts: ['127.0.0.1'] };

	it('imports the article as plain text, with its title, dropping scripts and markup', async () => {
		const page = await importUrl(`http://127.0.0.1:${port}/article`, allowed);
		expect(page.title).toBe('Harbour news');
		expect(page.text).toContain('Its first keeper was Ann Reid.');
		expect(page.text).not.toContain('<');
		expect(page.text).not.toContain('alert');
		expect(page.text).not.toContain('Home · About');
		expect(page.url).toBe(`http://127.0.0.1:${port}/article`);
	});

	it('imports plain text as it is', async () => {
		const page = await importUrl(`http://127.0.0.1:${port}/plain`, allowed);
		expect(page).toMatchObject({
			title: 'A plain title',
			text: 'A plain title\n\nSome plain words.'
		});
	});

	it('allows the same host by name when the name is listed, through an injected lookup', async () => {
		const page = await fetchPage(`http://intranet.example.test:${port}/plain`, {
			allowHosts: ['intranet.example.test'],
			lookup: toLoopback
		});
		expect(page.contentType).toBe('text/plain');
	});

	it('follows at most 5 redirects', async () => {
		expect(await refusal(`http://127.0.0.1:${port}/loop`, allowed)).toMatch(/too many times/);
		const page = await fetchPage(`http://127.0.0.1:${port}/loop1`, allowed);
		expect(page.body).toBe('At the end of the redirects.');
	});

	it('refuses a redirect to a file: URL', async () => {
		expect(await refusal(`http://127.0.0.1:${port}/to-file`, allowed)).toMatch(/Only http/);
	});

	it('stops reading a body over 2 MiB', async () => {
		expect(await refusal(`http://127.0.0.1:${port}/huge`, allowed)).toMatch(/larger than 2 MiB/);
	});

	it('gives up on a slow body at the deadline', async () => {
		const started = Date.now();
		const message = await refusal(`http://127.0.0.1:${port}/slow`, { ...allowed, timeoutMs: 300 });
		expect(message).toMatch(/too long/);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it.each([
		['/image', /not a web page/],
		['/latin1', /could not be decoded/],
		['/missing', /HTTP 404/]
	])('refuses %s', async (path, message) => {
		expect(await refusal(`http://127.0.0.1:${port}${path}`, allowed)).toMatch(message);
	});
});

describe('IMPORT_ALLOW_HOSTS entries with a port (issue 12, F12)', () => {
	// A port on loopback that is not the test server's: allowing it must not allow the server.
	const otherPort = () => (port === 65535 ? port - 1 : port + 1);
	let v6: Server;
	let v6Port: number;
	beforeAll(async () => {
		v6 = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/plain' });
			res.end('Served on IPv6 loopback.');
		});
		await new Promise<void>((resolve) => v6.listen(0, '::1', resolve));
		v6Port = (v6.address() as AddressInfo).port;
	});
	afterAll(async () => {
		v6.closeAllConnections();
		await new Promise((resolve) => v6.close(resolve));
	});

	it('allows host:port on that port only', async () => {
		const page = await fetchPage(`http://127.0.0.1:${port}/plain`, {
			allowHosts: [`127.0.0.1:${port}`]
		});
		expect(page.body).toBe('A plain title\n\nSome plain words.');
		expect(
			await refusal(`http://127.0.0.1:${port}/plain`, { allowHosts: [`127.0.0.1:${otherPort()}`] })
		).toMatch(/private network/);
	});

	it('allows a name:port on that port only, through an injected lookup', async () => {
		const url = `http://intranet.example.test:${port}/plain`;
		const page = await fetchPage(url, {
			allowHosts: [`intranet.example.test:${port}`],
			lookup: toLoopback
		});
		expect(page.contentType).toBe('text/plain');
		expect(
			await refusal(url, {
				allowHosts: [`intranet.example.test:${otherPort()}`],
				lookup: toLoopback
			})
		).toMatch(/private network/);
	});

	it('allows [ipv6]:port on that port only, and a bare IPv6 address on any port', async () => {
		const url = `http://[::1]:${v6Port}/`;
		expect((await fetchPage(url, { allowHosts: [`[::1]:${v6Port}`] })).body).toBe(
			'Served on IPv6 loopback.'
		);
		expect((await fetchPage(url, { allowHosts: ['::1'] })).body).toBe('Served on IPv6 loopback.');
		expect(
			await refusal(url, { allowHosts: [`[::1]:${v6Port === 65535 ? 1 : v6Port + 1}`] })
		).toMatch(/private network/);
	});
});

describe('importing a page built to hold up the server (issue 12, F1)', () => {
	const allowed = { allowHosts: ['127.0.0.1'] };
	let temp: TempDb;
	beforeEach(async () => {
		temp = await createTempDb();
	});
	afterEach(() => temp.cleanup());

	it('refuses 150,000 nested elements beside the address, keeping it, and adds nothing', async () => {
		const url = `http://127.0.0.1:${port}/deep`;
		const result = await outcome(() =>
			addPage.actions.import(
				event({ db: temp.db, user: as('author'), form: { url }, importAllowHosts: ['127.0.0.1'] })
			)
		);
		expect(result).toMatchObject({
			kind: 'fail',
			status: 400,
			data: {
				action: 'import',
				values: { url },
				errors: {
					url: 'The HTML nests elements more than 256 levels deep, which no article needs, so it was not read. Paste the article’s text instead.'
				}
			}
		});
		expect(await articleStore.count(temp.db)).toBe(0);
	});

	it('stops reading a page after its own budget, once the download is done', async () => {
		const message = await importUrl(`http://127.0.0.1:${port}/slow-to-read`, {
			...allowed,
			extractTimeoutMs: 300
		}).then(
			() => 'imported',
			(error: unknown) => (error instanceof ImportError ? error.message : String(error))
		);
		expect(message).toBe(
			'Reading the article out of the HTML took longer than 0.3 seconds, so it was stopped. Paste the article’s text instead.'
		);
	});
});
