import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { ExtractError, extractHtml } from './extract';

/** How an import fetches: every limit can be tightened in tests (a slow body in milliseconds). */
export interface FetchOptions {
	/**
	 * Hosts that may resolve to private or loopback addresses (IMPORT_ALLOW_HOSTS, as parseHostList
	 * spells them): `host` for any port, `host:port` or `[ipv6]:port` for that port only.
	 */
	allowHosts?: readonly string[];
	/** DNS lookup, for tests that map a public-looking name to an address; default the system's. */
	lookup?: LookupFunction;
	/** The whole import, every hop and the body included. */
	timeoutMs?: number;
	maxBytes?: number;
	maxRedirects?: number;
}

export const IMPORT_TIMEOUT_MS = 10_000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_REDIRECTS = 5;

/** A refusal or failure, with a sentence for the person who typed the URL. */
export class ImportError extends Error {}

export interface FetchedPage {
	url: string;
	contentType: 'text/html' | 'text/plain';
	body: string;
}

const TYPES = new Set(['text/html', 'text/plain']);

/** A URL the importer may ask for at all: http or https, no credentials, a host. */
export function parseImportUrl(raw: string): URL {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		throw new ImportError('Enter a full web address, starting with https:// or http://.');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new ImportError('Only http:// and https:// addresses can be imported.');
	if (url.username || url.password)
		throw new ImportError('Leave the user name and password out of the address.');
	if (!url.hostname) throw new ImportError('The address has no host name.');
	return url;
}

/** The host as the allow list spells it: lower case, IPv6 without brackets. */
function hostOf(url: URL): string {
	return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

/** Whether the allow list names the URL's host, with any port or with the port it uses. */
export function isAllowedHost(allowHosts: readonly string[], url: URL): boolean {
	const host = hostOf(url);
	const port = url.port || (url.protocol === 'https:' ? '443' : '80');
	const withPort = `${host.includes(':') ? `[${host}]` : host}:${port}`;
	return allowHosts.includes(host) || allowHosts.includes(withPort);
}

interface Hop {
	status: number;
	location?: string;
	contentType: string;
	body?: Buffer;
}

/**
 * One request through a new filtering agent: the agent checks the address every DNS answer (and a
 * literal IP in the URL) leads to, and refuses private, loopback, link-local, multicast and
 * reserved ones, IPv4 or IPv6 (https://github.com/azu/request-filtering-agent). Reading stops at
 * `maxBytes`.
 */
function request(
	url: URL,
	options: Required<Omit<FetchOptions, 'lookup'>> & FetchOptions,
	signal: AbortSignal
): Promise<Hop> {
	const allowed = isAllowedHost(options.allowHosts, url);
	const filter = { allowPrivateIPAddress: allowed, allowMetaIPAddress: false };
	const secure = url.protocol === 'https:';
	const agent = secure
		? new RequestFilteringHttpsAgent({ ...filter, keepAlive: false })
		: new RequestFilteringHttpAgent({ ...filter, keepAlive: false });
	const send = secure ? https.request : http.request;
	return new Promise<Hop>((resolvePromise, reject) => {
		const req = send(
			{
				protocol: url.protocol,
				hostname: hostOf(url),
				port: url.port || undefined,
				path: `${url.pathname}${url.search}`,
				method: 'GET',
				agent,
				signal,
				...(options.lookup ? { lookup: options.lookup } : {}),
				headers: {
					accept: 'text/html, text/plain;q=0.9',
					'accept-encoding': 'identity',
					'user-agent': 'Quizwright article importer'
				}
			},
			(res) => {
				const status = res.statusCode ?? 0;
				const contentType = String(res.headers['content-type'] ?? '');
				if (status >= 300 && status < 400) {
					res.resume();
					resolvePromise({ status, location: res.headers.location, contentType });
					return;
				}
				if (status < 200 || status >= 300) {
					res.resume();
					resolvePromise({ status, contentType });
					return;
				}
				const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
				if (!TYPES.has(mediaType)) {
					res.destroy();
					reject(
						new ImportError(
							'That address is not a web page or a text file (only HTML and plain text can be imported).'
						)
					);
					return;
				}
				const declared = Number(res.headers['content-length']);
				if (declared > options.maxBytes) {
					res.destroy();
					reject(new ImportError('That page is larger than 2 MiB.'));
					return;
				}
				const chunks: Buffer[] = [];
				let size = 0;
				res.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size > options.maxBytes) {
						// Refuse first: destroying the response also reports it as aborted.
						reject(new ImportError('That page is larger than 2 MiB.'));
						res.destroy();
						return;
					}
					chunks.push(chunk);
				});
				res.on('end', () => resolvePromise({ status, contentType, body: Buffer.concat(chunks) }));
				res.on('error', reject);
				res.on('aborted', () => reject(new ImportError('The site stopped sending the page.')));
			}
		);
		req.on('error', reject);
		req.end();
	}).finally(() => agent.destroy());
}

/** A failure as one sentence: refusals say why, network errors say what to check. */
function explain(error: unknown, signal: AbortSignal): ImportError {
	if (error instanceof ImportError) return error;
	if (signal.aborted) return new ImportError('The site took too long to answer (over 10 seconds).');
	const message = error instanceof Error ? error.message : String(error);
	if (/is not allowed/.test(message))
		return new ImportError(
			'That address points into a private network (or this computer); only public web pages can be imported.'
		);
	const code = (error as { code?: unknown } | null)?.code;
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
		return new ImportError('No site was found at that address: check its spelling.');
	return new ImportError('The page could not be fetched: check the address and try again.');
}

/** Decodes the body by its declared charset (UTF-8 when none), refusing what does not decode. */
function decode(body: Buffer, contentType: string): string {
	const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
	try {
		return new TextDecoder(charset, { fatal: true }).decode(body);
	} catch {
		throw new ImportError(
			'The page’s text could not be decoded (it is not valid UTF-8 or its declared charset).'
		);
	}
}

/**
 * Fetches a page for import, safe by default: http(s) only, at most 5 redirects, each hop checked
 * with a new filtering agent, one deadline for everything, a size cap, HTML or plain text only.
 */
export async function fetchPage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
	const settings = {
		allowHosts: options.allowHosts ?? [],
		timeoutMs: options.timeoutMs ?? IMPORT_TIMEOUT_MS,
		maxBytes: options.maxBytes ?? IMPORT_MAX_BYTES,
		maxRedirects: options.maxRedirects ?? IMPORT_MAX_REDIRECTS,
		...(options.lookup ? { lookup: options.lookup } : {})
	};
	let url = parseImportUrl(raw);
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
	try {
		for (let hops = 0; ; hops++) {
			let hop: Hop;
			try {
				hop = await request(url, settings, controller.signal);
			} catch (error) {
				throw explain(error, controller.signal);
			}
			if (hop.location !== undefined) {
				if (hops >= settings.maxRedirects)
					throw new ImportError('That address redirects too many times (more than 5).');
				let next: URL;
				try {
					next = parseImportUrl(new URL(hop.location, url).href);
				} catch (error) {
					throw error instanceof ImportError
						? new ImportError(
								`That address redirects somewhere that cannot be imported. ${error.message}`
							)
						: error;
				}
				url = next;
				continue;
			}
			if (hop.status >= 300 && hop.status < 400)
				throw new ImportError('The site redirected without saying where to.');
			if (!hop.body) throw new ImportError(`The site answered with an error (HTTP ${hop.status}).`);
			const contentType = hop.contentType
				.split(';')[0]!
				.trim()
				.toLowerCase() as FetchedPage['contentType'];
			return { url: url.href, contentType, body: decode(hop.body, hop.contentType) };
		}
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Imports the article at a URL as a title and plain text; the page's HTML is never kept. Reading
 * the HTML has its own time budget (`extractTimeoutMs`), after the download's.
 */
export async function importUrl(
	raw: string,
	options: FetchOptions & { extractTimeoutMs?: number } = {}
): Promise<{ title: string; text: string; url: string }> {
	const page = await fetchPage(raw, options);
	if (page.contentType === 'text/plain') {
		const firstLine = page.body.trim().split('\n')[0]?.trim() ?? '';
		return {
			title: firstLine.length <= 120 ? firstLine : new URL(page.url).hostname,
			text: page.body,
			url: page.url
		};
	}
	let article: { title: string; text: string };
	try {
		article = await extractHtml(page.body, { url: page.url, timeoutMs: options.extractTimeoutMs });
	} catch (error) {
		throw error instanceof ExtractError ? new ImportError(error.message) : error;
	}
	return { title: article.title || new URL(page.url).hostname, text: article.text, url: page.url };
}
