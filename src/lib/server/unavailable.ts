import { createHash } from 'node:crypto';
import { json, type RequestEvent } from '@sveltejs/kit';

// What every request gets while the database cannot be opened (see startup.ts): a 503 with a
// plain explanation, never a stack trace. The page is written here, not by SvelteKit, because the
// app's layout needs the database; it has no script and one inline style, allowed by its hash.

/** The heading users see, and the `message` of the JSON answers. */
export const UNAVAILABLE_TITLE = 'The database is unavailable';
/** The sentence under it. */
export const UNAVAILABLE_TEXT =
	"Quizwright can't reach its database right now. Try again in a minute.";

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5;
  --bg: #f7f6f2; --surface: #fff; --text: #1d1d24; --muted: #55566a; --border: #d9d7cf; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15161c; --surface: #1e2029; --text: #ecebf2; --muted: #b4b5c6; --border: #383a48; }
}
body { margin: 0; padding: 2rem clamp(1rem, 4vw, 2rem); background: var(--bg); color: var(--text); }
main { max-width: 36rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 2rem);
  background: var(--surface); border: 1px solid var(--border); border-radius: 0.5rem; }
.brand { margin: 0 auto 1.25rem; max-width: 36rem; font-weight: 700; font-size: 1.15rem; }
h1 { margin-top: 0; font-size: 1.5rem; }
.muted { color: var(--muted); }
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

const PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>${UNAVAILABLE_TITLE} · Quizwright</title>
		<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
		<style>${STYLE}</style>
	</head>
	<body>
		<p class="brand">Quizwright</p>
		<main>
			<h1>${UNAVAILABLE_TITLE}</h1>
			<p>${UNAVAILABLE_TEXT.replace("'", '&#39;')}</p>
			<p class="muted">Your answers saved so far are safe. This page will not reload by itself.</p>
		</main>
	</body>
</html>
`;

/**
 * The 503 for one request: an ActionResult for an enhanced form post (so the page shows its error
 * page), JSON for a data request or a JSON client, and the page above for a browser.
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
	return new Response(PAGE, {
		status: 503,
		headers: {
			...headers,
			'Content-Type': 'text/html; charset=utf-8',
			'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
		}
	});
}
