import { env } from '$env/dynamic/private';
import * as cookies from '$lib/server/auth/cookies';
import { readConfig, type Config } from '$lib/server/config';
import { createDb, DEFAULT_DATABASE_URL, prepareDb, type Database } from '$lib/server/db';
import * as questions from '$lib/server/questions';
import { seedSamples } from '$lib/server/samples';
import { setSecurityHeaders } from '$lib/server/security';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';

let db: Database;
let config: Config;

// Runs once, before the first request: the database is migrated and never half-ready.
export const init: ServerInit = async () => {
	config = readConfig(env);
	db = createDb(env.DATABASE_URL || DEFAULT_DATABASE_URL, env.DATABASE_AUTH_TOKEN || undefined);
	await prepareDb(db);
	const added = await seedSamples(db);
	if (added > 0) console.log(`Quizwright: added ${added} sample articles to an empty library.`);
	const generated = await questions.ensureAllGenerated(db);
	if (generated > 0) console.log(`Quizwright: wrote questions for ${generated} articles.`);
};

// Every request: who is signing it (from the session cookie), then the security headers.
export const handle: Handle = async ({ event, resolve }) => {
	event.locals.db = db;
	event.locals.config = config;
	const signedIn = await cookies.authenticate(db, event.cookies, event.url, new Date());
	event.locals.user = signedIn?.user ?? null;
	event.locals.session = signedIn?.session ?? null;
	const response = await resolve(event);
	setSecurityHeaders(response.headers, event.url, event.locals.user !== null);
	return response;
};

// Unexpected errors are logged in full on the server; users see a plain message, never a stack.
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : message };
};
