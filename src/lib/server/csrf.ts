import { json, text, type RequestEvent } from '@sveltejs/kit';
import { CROSS_SITE_TITLE, crossSiteExplanation, type CrossSite } from '$lib/cross-site';
import { escapeHtml, standalonePage } from './standalone-page';

// SvelteKit's cross-site form check, done here so that a refused post gets a page that says why
// and what to set, instead of SvelteKit's bare line of text. svelte.config.js turns SvelteKit's
// own check off (`csrf.trustedOrigins: ['*']`); this one has the same rules as SvelteKit 2's
// (node_modules/@sveltejs/kit/src/runtime/server/respond.js), with no trusted origins: a POST,
// PUT, PATCH or DELETE with a content type a plain HTML form can send, whose Origin header is not
// the request's own origin, is refused with 403 before anything runs.

/** The content types a cross-site form can send without asking first (and SvelteKit's binary form). */
const FORM_TYPES = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
]);

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether SvelteKit's rules refuse this request as a cross-site form submission. */
export function isCrossSiteForm(request: Request, url: URL): boolean {
	const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
	return (
		FORM_TYPES.has(type) &&
		UNSAFE_METHODS.has(request.method) &&
		request.headers.get('origin') !== url.origin
	);
}

/** The sender's origin as a person can read it, or null when it sent none, `null` or nonsense. */
function readableOrigin(header: string | null): string | null {
	if (!header || header === 'null') return null;
	try {
		const origin = new URL(header).origin;
		return origin === header ? origin : null;
	} catch {
		return null;
	}
}

/**
 * The 403 for a cross-site form post, or null when the request passes: an ActionResult for an
 * enhanced form (the app's error page then explains), JSON or text for other clients, as SvelteKit
 * answers them, and a page of its own for a browser.
 */
export function refuseCrossSiteForm(event: RequestEvent): Response | null {
	const { request, url } = event;
	if (!isCrossSiteForm(request, url)) return null;
	const crossSite: CrossSite = {
		origin: readableOrigin(request.headers.get('origin')),
		expected: url.origin
	};
	const status = 403;
	const headers = { 'Cache-Control': 'no-store' };
	const accept = request.headers.get('accept') ?? '';
	if (request.headers.get('x-sveltekit-action') === 'true') {
		return json(
			{ type: 'error', error: { message: CROSS_SITE_TITLE, crossSite } },
			{ status, headers }
		);
	}
	const { why, fix, back } = crossSiteExplanation(crossSite);
	if (!accept.includes('text/html')) {
		const message = `${CROSS_SITE_TITLE}. ${why} ${fix}`;
		return accept === 'application/json'
			? json({ message }, { status, headers })
			: text(message, {
					status,
					headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }
				});
	}
	const home = escapeHtml(url.origin + '/');
	const body = [
		`<p>${escapeHtml(why)}</p>`,
		`<p>${escapeHtml(fix)}</p>`,
		`<p>${escapeHtml(back)} <a href="${home}">Open ${escapeHtml(url.origin)}</a></p>`
	].join('\n\t\t\t');
	return standalonePage(CROSS_SITE_TITLE, body, { status, headers });
}
