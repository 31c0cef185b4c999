import { createHash } from 'node:crypto';
import theme from '$lib/theme.css?raw';

// A page the server writes itself, not through SvelteKit: for answers given before the app's
// layout can render (the database is unavailable; a form came from another site). It looks like
// the app (the app's own colour tokens, light and dark), has no script and one inline style,
// allowed by its hash.

const STYLE = `${theme}
body { margin: 0; padding: 2rem clamp(1rem, 4vw, 2rem); background: var(--bg); color: var(--text);
  font-family: var(--font-ui); line-height: 1.5; }
main { max-width: 36rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 2rem);
  background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
.brand { margin: 0 auto 1.25rem; max-width: 36rem; font-weight: 700; font-size: 1.15rem; }
h1 { margin-top: 0; font-size: 1.5rem; }
a { color: var(--accent); }
.muted { color: var(--muted); }
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** `text` safe to write into HTML, attributes included. */
export function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) =>
			({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char
	);
}

/**
 * A complete HTML response: `title` as heading and page title, then `body` (HTML the caller has
 * escaped), with a Content-Security-Policy that allows only the page's own style.
 */
export function standalonePage(
	title: string,
	body: string,
	init: { status: number; headers?: Record<string, string> }
): Response {
	const html = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>${escapeHtml(title)} · Quizwright</title>
		<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
		<style>${STYLE}</style>
	</head>
	<body>
		<p class="brand">Quizwright</p>
		<main>
			<h1>${escapeHtml(title)}</h1>
			${body}
		</main>
	</body>
</html>
`;
	return new Response(html, {
		status: init.status,
		headers: {
			...init.headers,
			'Content-Type': 'text/html; charset=utf-8',
			'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
		}
	});
}
