// `npm run db:migrate`: applies the committed migrations in drizzle/ to DATABASE_URL.
import { createDb, DEFAULT_DATABASE_URL, describeError, prepareDb } from '../lib/server/db';

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
try {
	await prepareDb(createDb(url, process.env.DATABASE_AUTH_TOKEN || undefined));
	console.log(`Migrations applied to ${url.replace(/\/\/[^@/]*@/, '//…@')}`);
} catch (error) {
	console.error(`Could not migrate ${url}: ${describeError(error)}`);
	process.exit(1);
}
