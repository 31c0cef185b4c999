import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { CROSS_SITE_TITLE } from '../../src/lib/cross-site';
import { isCrossSiteForm, refuseCrossSiteForm } from '../../src/lib/server/csrf';

// The cross-site form check that replaces SvelteKit's own (svelte.config.js turns that one off):
// the same rules as SvelteKit 2.70's respond.js, and an answer that says why and what to set.

const APP = 'http://localhost:3000';

function post(
	headers: Record<string, string>,
	method = 'POST',
	path = '/signup'
): { request: Request; url: URL } {
	const url = new URL(path, APP);
	return { request: new Request(url, { method, headers }), url };
}

function refuse(headers: Record<string, string>, method = 'POST'): Response | null {
	return refuseCrossSiteForm(post(headers, method) as unknown as RequestEvent);
}

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('which requests are cross-site form submissions (SvelteKit’s rules)', () => {
	it.each([
		// [method, content type, Origin, refused]
		['POST', 'application/x-www-form-urlencoded', APP, false],
		['POST', 'application/x-www-form-urlencoded', 'http://evil.example', true],
		['POST', 'application/x-www-form-urlencoded', 'https://localhost:3000', true],
		['POST', 'application/x-www-form-urlencoded', 'http://localhost:3001', true],
		['POST', 'application/x-www-form-urlencoded', 'http://127.0.0.1:3000', true],
		['POST', 'application/x-www-form-urlencoded', null, true],
		['POST', 'application/x-www-form-urlencoded', 'null', true],
		['POST', 'multipart/form-data; boundary=x', 'http://evil.example', true],
		['POST', 'TEXT/PLAIN;charset=utf-8', 'http://evil.example', true],
		['POST', 'application/x-sveltekit-formdata', 'http://evil.example', true],
		['PUT', 'text/plain', 'http://evil.example', true],
		['PATCH', 'text/plain', 'http://evil.example', true],
		['DELETE', 'text/plain', 'http://evil.example', true],
		// Not a form a page on another site can send without the browser asking first (CORS).
		['POST', 'application/json', 'http://evil.example', false],
		['POST', null, 'http://evil.example', false],
		['GET', null, 'http://evil.example', false],
		['OPTIONS', 'text/plain', 'http://evil.example', false]
	])('%s %s from %s: refused %s', (method, type, origin, refused) => {
		const headers: Record<string, string> = {};
		if (type) headers['Content-Type'] = type;
		if (origin) headers.Origin = origin;
		const { request, url } = post(headers, method);
		expect(isCrossSiteForm(request, url)).toBe(refused);
	});
});

describe('the answer to a refused post', () => {
	it('lets a same-origin post through', () => {
		expect(refuse({ ...FORM, Origin: APP, Accept: 'text/html' })).toBeNull();
	});

	it('is a page for a browser, saying why and what to set', async () => {
		const response = refuse({ ...FORM, Origin: 'http://evil.example', Accept: 'text/html,*/*' });
		expect(response?.status).toBe(403);
		expect(response?.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response?.headers.get('content-security-policy')).toContain("default-src 'none'");
		const html = (await response?.text()) ?? '';
		expect(html).toContain(`<h1>${CROSS_SITE_TITLE}</h1>`);
		expect(html).toContain(
			'This one was sent from http://evil.example, but this server&#39;s address is http://localhost:3000.'
		);
		expect(html).toContain('set ORIGIN=http://evil.example');
		expect(html).toContain('<a href="http://localhost:3000/">Open http://localhost:3000</a>');
	});

	it('never writes what a client sent as its Origin into the page unless it is an origin', async () => {
		const response = refuse({
			...FORM,
			Origin: 'http://x"><script>alert(1)</script>',
			Accept: 'text/html'
		});
		const html = (await response?.text()) ?? '';
		expect(html).not.toContain('<script');
		expect(html).toContain('This one did not say which page sent it');
		expect(html).toContain('for example ORIGIN=https://quiz.example.org');
	});

	it('is an ActionResult for an enhanced form, which the app’s error page explains', async () => {
		const response = refuse({
			...FORM,
			Origin: 'https://quiz.example.org',
			Accept: 'application/json',
			'x-sveltekit-action': 'true'
		});
		expect(response?.status).toBe(403);
		expect(await response?.json()).toEqual({
			type: 'error',
			error: {
				message: CROSS_SITE_TITLE,
				crossSite: { origin: 'https://quiz.example.org', expected: APP }
			}
		});
	});

	it('is JSON or text for other clients, as SvelteKit answers them', async () => {
		const asJson = refuse({ ...FORM, Origin: 'http://evil.example', Accept: 'application/json' });
		expect(asJson?.status).toBe(403);
		const { message } = (await asJson?.json()) as { message: string };
		expect(message).toMatch(/^This form was sent from another site\. .*ORIGIN=/);
		const asText = refuse({ ...FORM, Origin: 'http://evil.example' });
		expect(asText?.status).toBe(403);
		expect(asText?.headers.get('content-type')).toMatch(/^text\/plain/);
		expect(await asText?.text()).toBe(message);
	});
});
