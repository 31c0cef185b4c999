/**
 * Headers for every response the app renders. The Content-Security-Policy itself comes from
 * `kit.csp` in svelte.config.js, which adds a nonce to each inline script SvelteKit writes.
 */
export function setSecurityHeaders(headers: Headers, url: URL, signedIn: boolean): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'same-origin');
	// frame-ancestors 'none' in the CSP does this for current browsers; this covers older ones.
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	// Once a browser has seen the app over HTTPS, it never goes back to plain HTTP for a year.
	if (url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000');
	// A page made for one person must not be kept by a shared cache or shown from history to the next.
	if (signedIn && !headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store');
}
