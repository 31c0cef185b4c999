import { describe, expect, it } from 'vitest';
import { isUnsafeAction, refuseUnsafeAction } from '../../src/lib/server/action-names';
import { reportError } from '../../src/lib/server/error-reports';

// Requests that are the client's fault: form action names SvelteKit 2 looks up unsafely (probe
// findings F2/F3), and what handleError logs and shows for client and server errors (F10/F13).

const post = (path: string, headers: Record<string, string> = {}) => {
	const url = new URL(path, 'http://localhost');
	return { request: new Request(url, { method: 'POST', headers }), url };
};

describe('unsafe form action names', () => {
	it.each([
		'/signin?/default',
		'/signin?/constructor',
		'/signin?/__proto__',
		'/signin?/toString',
		'/signin?/valueOf',
		'/signin?/hasOwnProperty',
		'/signin?/isPrototypeOf',
		'/signin?/__defineGetter__',
		'/articles/x/questions?/Edit',
		'/articles/x/questions?/edit%20now',
		// SvelteKit takes the first key that starts with "/", wherever it is.
		'/quiz/x?from=1&/constructor&/answer'
	])('refuses POST %s', (path) => {
		const { request, url } = post(path);
		expect(isUnsafeAction(request, url)).toBe(true);
	});

	it.each(['/signin', '/signin?next=/', '/quiz/x?/answer', '/articles/x/questions?/importGift'])(
		'lets POST %s through (SvelteKit answers an unknown well-formed name with its own 404)',
		(path) => {
			const { request, url } = post(path);
			expect(isUnsafeAction(request, url)).toBe(false);
		}
	);

	it('looks at POSTs only', () => {
		const url = new URL('http://localhost/signin?/constructor');
		expect(isUnsafeAction(new Request(url), url)).toBe(false);
	});

	it('answers 404, as an ActionResult for an enhanced form and as text otherwise', async () => {
		const enhanced = post('/signin?/constructor', { 'x-sveltekit-action': 'true' });
		const json = refuseUnsafeAction(enhanced.request, enhanced.url)!;
		expect(json.status).toBe(404);
		expect(await json.json()).toEqual({
			type: 'error',
			status: 404,
			error: { message: 'Not found' }
		});
		const plain = post('/signin?/__proto__');
		const page = refuseUnsafeAction(plain.request, plain.url)!;
		expect(page.status).toBe(404);
		expect(await page.text()).toBe('Not found: this page has no such form action.');
		const fine = post('/signin');
		expect(refuseUnsafeAction(fine.request, fine.url)).toBeNull();
	});
});

describe('error reports', () => {
	// What SvelteKit's errors can carry: the whole request event, cookies included, as a cause.
	const event = post('/signin', {
		cookie: 'session=SECRET-TOKEN',
		authorization: 'Basic c2VjcmV0'
	});
	const carrying = () => {
		const cause = Object.assign(new Error('Cannot stringify a function'), { root: event });
		return new Error('Data returned from action inside /signin is not serializable', { cause });
	};

	it('logs a client error in one line with no stack, and says what was wrong', () => {
		const malformed = Object.assign(new Error('Failed to decode URI: /%E0%A4%A'), { status: 400 });
		const report = reportError(
			malformed,
			{ ...event, url: new URL('http://localhost/%E0%A4%A') },
			400,
			'Malformed URI'
		);
		expect(report).toEqual({
			log: '400 POST /%E0%A4%A: Malformed URI',
			message: 'This address is malformed (it has a broken %-escape), so it leads nowhere.',
			client: true
		});
		const wrongType = reportError(carrying(), event, 415, 'Unsupported Media Type');
		expect(wrongType.log).toBe('415 POST /signin: Unsupported Media Type');
		expect(wrongType.message).toBe(
			'This form was not sent as an ordinary web form, so the server could not read it.'
		);
	});

	it('logs a server error with its stack and its cause’s, never the request it carries', () => {
		const report = reportError(carrying(), event, 500, 'Internal Error');
		expect(report.client).toBe(false);
		expect(report.message).toBe('Internal Error');
		expect(report.log).toMatch(/^500 POST \/signin: Error: Data returned from action/);
		expect(report.log).toMatch(/\n\s+at /);
		expect(report.log).toContain('Caused by: Error: Cannot stringify a function');
		expect(report.log).not.toMatch(/SECRET|cookie|authorization|c2VjcmV0/i);
	});

	it('escapes control characters in the logged path', () => {
		const url = new URL('http://localhost/a');
		Object.defineProperty(url, 'pathname', { value: '/a\nforged line' });
		expect(reportError(new Error('x'), { ...event, url }, 405, 'Method Not Allowed').log).toBe(
			'405 POST /a\\xaforged line: Method Not Allowed'
		);
	});
});
