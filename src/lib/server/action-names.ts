import { json, text } from '@sveltejs/kit';

// SvelteKit 2 finds a form action with `actions[name]`, without Object.hasOwn
// (https://github.com/sveltejs/kit/issues/15525; fixed only in SvelteKit 3 by
// https://github.com/sveltejs/kit/pull/16072), so `POST /page?/constructor` ran `Object(event)` and
// logged the whole request, cookies included, and `?/__proto__`, `?/toString`… answered 500.
// `?/default` is always a 500 in SvelteKit 2 ("reserved action name"), even on a page with a
// default action: that action is posted to with no `?/` at all.

/** Our action names are camelCase words (`answer`, `importGift`). */
const ACTION_NAME = /^[a-z][a-zA-Z0-9_-]*$/;

/**
 * The action a POST names, as SvelteKit reads it: the first query key that starts with `/`.
 * Undefined when none is named (the page's default action).
 */
export function actionName(url: URL): string | undefined {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return key.slice(1);
	return undefined;
}

/**
 * Whether a request names an action SvelteKit 2 would look up unsafely: `default`, a property every
 * object inherits (`constructor`, `__proto__`, `toString`…), or anything not shaped like our
 * names. Our `actions` are plain object literals, so the inherited properties are exactly those of
 * Object.prototype. An unknown but well-formed name is left to SvelteKit, which answers 404 itself.
 */
export function isUnsafeAction(request: Request, url: URL): boolean {
	if (request.method !== 'POST') return false;
	const name = actionName(url);
	if (name === undefined) return false;
	return name === 'default' || name in Object.prototype || !ACTION_NAME.test(name);
}

const NOT_FOUND = 'Not found: this page has no such form action.';

/**
 * The 404 for a POST that names an unsafe action, before SvelteKit looks it up, or null for any
 * other request. An enhanced form gets an ActionResult (the page shows its 404), others plain text.
 * Nothing is logged: the request is refused, not failed.
 */
export function refuseUnsafeAction(request: Request, url: URL): Response | null {
	if (!isUnsafeAction(request, url)) return null;
	if (request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'error', status: 404, error: { message: 'Not found' } }, { status: 404 });
	return text(NOT_FOUND, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
