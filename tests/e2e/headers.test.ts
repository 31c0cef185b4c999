import { expect, test, type Page } from '@playwright/test';
import { signedOutPage } from './helpers';

async function expectSecureResponse(page: Page, path: string, status = 200) {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(status);
	const headers = response!.headers();
	const csp = headers['content-security-policy'] ?? '';
	expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
	expect(csp, path).toContain("frame-ancestors 'none'");
	expect(csp, path).toContain("object-src 'none'");
	expect(csp, path).not.toContain('unsafe-inline');
	expect(headers['x-content-type-options'], path).toBe('nosniff');
	expect(headers['referrer-policy'], path).toBe('same-origin');
	// Every inline script carries the nonce; none runs without it.
	const html = await response!.text();
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
	for (const [, attributes] of inline) expect(attributes, path).toMatch(/\bnonce="/);
	await page.waitForLoadState('load');
	expect(violations, path).toEqual([]);
}

test('security headers on every page, signed out', async ({ browser }) => {
	const page = await signedOutPage(browser);
	for (const path of ['/', '/signin', '/signup']) await expectSecureResponse(page, path);
	await expectSecureResponse(page, '/no/such/page', 404);
	await page.context().close();
});

test('security headers on every page, signed in', async ({ page }) => {
	await page.goto('/');
	const article = await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('link')
		.first()
		.getAttribute('href');
	for (const path of ['/', article ?? '/', '/admin/users', '/signout']) {
		await expectSecureResponse(page, path);
	}
	await expectSecureResponse(page, '/articles/missing', 404);
	const response = await page.goto('/');
	expect(response?.headers()['cache-control']).toBe('private, no-store');
});
