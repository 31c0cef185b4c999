import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeError, filePathOf } from './db';

// The one log line for a database the server cannot open (see startup.ts). SQLite's own errors
// often say only "unable to open" (code 14), so the folder and file are looked at to say why.

/** The one log line for a database that cannot be opened: where, why, and what to do. */
export function failureLine(url: string, error: unknown): string {
	const path = filePathOf(url);
	const shown = url.split('?')[0]!;
	const until = 'the app answers 503 until then and keeps trying.';
	if (!path) {
		return (
			`Quizwright: cannot reach the database at ${shown}: ${reasonOf(error)}. ` +
			`Check DATABASE_URL, DATABASE_AUTH_TOKEN and that server; ${until}`
		);
	}
	const reason = folderProblem(resolve(path)) ?? reasonOf(error);
	const fix = reason === DISK_FULL ? 'Free some disk space' : 'Fix the path or permissions';
	return (
		`Quizwright: cannot open the database at ${resolve(path)} (DATABASE_URL=${shown}): ` +
		`${reason}. ${fix}; ${until}`
	);
}

/**
 * What is wrong with the folder or file at `path`, found by looking at it (SQLite's own errors
 * only say "unable to open"), or undefined when nothing is.
 */
export function folderProblem(path: string): string | undefined {
	const folder = dirname(path);
	let existing = folder;
	while (!exists(existing) && dirname(existing) !== existing) existing = dirname(existing);
	if (!statSync(existing).isDirectory()) return `${existing} is a file, not a folder`;
	if (existing !== folder) {
		return writable(existing)
			? undefined
			: `the folder ${folder} does not exist and cannot be made (${existing} is read-only${forUser()})`;
	}
	if (!writable(folder)) return `the folder ${folder} is read-only${forUser()}`;
	if (exists(path)) {
		if (statSync(path).isDirectory()) return `${path} is a folder, not a database file`;
		if (!writable(path)) return `the file is read-only${forUser()}`;
	}
	return undefined;
}

const DISK_FULL = 'the disk is full';

/** A short reason from the error's SQLite or system code, else its messages down the causes. */
function reasonOf(error: unknown): string {
	const codes: string[] = [];
	const messages: string[] = [];
	for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
		if (typeof e !== 'object') break;
		const { code, message: m, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
		if (typeof code === 'string' && code) codes.push(code);
		// Drizzle's wrapper only repeats the SQL ("Failed query: CREATE TABLE …"): its cause says why.
		if (typeof m === 'string' && !m.startsWith('Failed query:')) {
			const line = (m.split('\n')[0] ?? '').trim();
			if (line && !messages.some((seen) => seen.includes(line))) messages.push(line);
		}
		e = cause;
	}
	const known: Record<string, string> = {
		SQLITE_FULL: DISK_FULL,
		ENOSPC: DISK_FULL,
		SQLITE_NOTADB: 'the file is not a SQLite database',
		SQLITE_CORRUPT: 'the database file is damaged',
		SQLITE_READONLY: 'the database is read-only',
		SQLITE_CANTOPEN: 'SQLite cannot open or create the file there',
		SQLITE_IOERR: 'the disk reported an input/output error',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		ENOTDIR: 'part of the path is a file, not a folder'
	};
	// The local driver reports a failed open as `ConnectionFailed("… : 14")`, SQLite's number only.
	const number = /: (\d+)"\)\s*$/.exec(messages[0] ?? '')?.[1];
	if (number) codes.push(SQLITE_NUMBERS[number] ?? '');
	for (const code of codes) {
		const reason = known[code] ?? known[code.split('_').slice(0, 2).join('_')];
		if (reason) return reason;
	}
	const said = describeError(error);
	return said.length > 200 ? `${said.slice(0, 200)}…` : said;
}

/** SQLite's primary result codes, https://www.sqlite.org/rescode.html */
const SQLITE_NUMBERS: Record<string, string> = {
	'8': 'SQLITE_READONLY',
	'10': 'SQLITE_IOERR',
	'11': 'SQLITE_CORRUPT',
	'13': 'SQLITE_FULL',
	'14': 'SQLITE_CANTOPEN',
	'26': 'SQLITE_NOTADB'
};

function exists(path: string): boolean {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
}

function writable(path: string): boolean {
	try {
		accessSync(path, constants.W_OK | (statSync(path).isDirectory() ? constants.X_OK : 0));
		return true;
	} catch {
		return false;
	}
}

function forUser(): string {
	const uid = process.getuid?.();
	return uid === undefined ? ' for this server' : ` for the user this server runs as (uid ${uid})`;
}
