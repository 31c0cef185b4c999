import { env } from '$env/dynamic/private';
import { refuseUnsafeAction } from '$lib/server/action-names';
import * as cookies from '$lib/server/auth/cookies';
import * as clock from '$lib/server/clock';
import { readConfig, type Config } from '$lib/server/config';
import { refuseCrossSiteForm } from '$lib/server/csrf';
import type { Database } from '$lib/server/db';
import { reportError } from '$lib/server/error-reports';
import { startSweeping } from '$lib/server/housekeeping';
import { setSecurityHeaders } from '$lib/server/security';
import { databaseFrom, type Retrying } from '$lib/server/startup';
import { unavailableResponse } from '$lib/server/unavailable';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';

let database: Retrying<Database>;
let config: Config;

// Runs once, before the first request: the database is migrated and never half-ready. A wrong
// setting stops the server here; a database that cannot be opened does not (see startup.ts).
export const init: ServerInit = async () => {
	config = readConfig(env);
	database = databaseFrom(env);
	await database.ready();
	// Expired rate-limit counters, sessions and devices go every few minutes (housekeeping.ts).
	startSweeping(() => database.ready());
};

// Every request: a cross-site form post or a reserved action name is refused first, then the
// database (or a 503 while it is unavailable), who is signing it (from the session cookie), then
// the security headers.
export const handle: Handle = async ({ event, resolve }) => {
	// A cross-site form post (csrf.ts), or a form action name SvelteKit 2 would look up among
	// Object's properties (action-names.ts), is refused before anything else runs.
	const refused = refuseCrossSiteForm(event) ?? refuseUnsafeAction(event.request, event.url);
	if (refused) {
		setSecurityHeaders(refused.headers, event.url, false);
		return refused;
	}
	const db = await database.ready();
	if (!db) {
		const response = unavailableResponse(event, database.retryInMs());
		setSecurityHeaders(response.headers, event.url, false);
		return response;
	}
	event.locals.db = db;
	event.locals.config = config;
	const signedIn = await cookies.authenticate(db, event.cookies, event.url, clock.now(event));
	event.locals.user = signedIn?.user ?? null;
	event.locals.session = signedIn?.session ?? null;
	const response = await resolve(event);
	setSecurityHeaders(response.headers, event.url, event.locals.user !== null);
	return response;
};

// A client error (4xx) is logged in one line, a server error with its stack; never the request
// itself. Users see what was wrong, never a stack (see error-reports.ts).
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const report = reportError(error, event, status, message);
	if (!report.client) console.error(report.log);
	else if (status !== 404) console.warn(report.log);
	return { message: report.message };
};
