import { json, type RequestEvent } from '@sveltejs/kit';
import { escapeHtml, standalonePage } from './standalone-page';

// What every request gets while the database cannot be opened (see startup.ts): a 503 with a
// plain explanation, never a stack trace. The page is written by the server itself
// (standalone-page.ts), not by SvelteKit, because the app's layout needs the database.

/** The heading users see, and the `message` of the JSON answers. */
export const UNAVAILABLE_TITLE = 'The database is unavailable';
/** The sentence under it. */
export const UNAVAILABLE_TEXT =
	"Quizwright can't reach its database right now. Try again in a minute.";

/**
 * The 503 for one request: an ActionResult for an enhanced form post (so the page shows its error
 * page), JSON for a data request or a JSON client, and a page of its own for a browser.
 */
export function unavailableResponse(event: RequestEvent, retryInMs: number): Response {
	const headers = {
		'Retry-After': String(Math.max(1, Math.ceil(retryInMs / 1000))),
		'Cache-Control': 'no-store'
	};
	const error = { message: UNAVAILABLE_TITLE };
	const accept = event.request.headers.get('accept') ?? '';
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'error', error }, { status: 503, headers });
	if (event.isDataRequest || (accept.includes('application/json') && !accept.includes('text/html')))
		return json(error, { status: 503, headers });
	return standalonePage(
		UNAVAILABLE_TITLE,
		`<p>${escapeHtml(UNAVAILABLE_TEXT)}</p>
			<p class="muted">Your answers saved so far are safe. This page will not reload by itself.</p>`,
		{ status: 503, headers }
	);
}
