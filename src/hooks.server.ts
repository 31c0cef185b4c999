import { env } from '$env/dynamic/private';
import { createDb, DEFAULT_DATABASE_URL, prepareDb, type Database } from '$lib/server/db';
import { seedSamples } from '$lib/server/samples';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';

let db: Database;

// Runs once, before the first request: the database is migrated and never half-ready.
export const init: ServerInit = async () => {
	db = createDb(env.DATABASE_URL || DEFAULT_DATABASE_URL, env.DATABASE_AUTH_TOKEN || undefined);
	await prepareDb(db);
	const added = await seedSamples(db);
	if (added > 0) console.log(`Quizwright: added ${added} sample articles to an empty library.`);
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.db = db;
	return resolve(event);
};

// Unexpected errors are logged in full on the server; users see a plain message, never a stack.
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : message };
};
