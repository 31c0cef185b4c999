// What a failed write means, whichever driver (embedded file or sqld over HTTP) reported it.

/**
 * Whether a write failed on a UNIQUE index. The two drivers say it differently: the embedded one
 * gives the extended code (`extendedCode` SQLITE_CONSTRAINT_UNIQUE, `rawCode` 2067, and the same
 * `code` on its cause); sqld over HTTP gives only `code` SQLITE_CONSTRAINT and SQLite's message
 * ("SQLite error: UNIQUE constraint failed: index '…'"). Drizzle wraps either, hence the walk.
 */
export function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error; e instanceof Error; e = e.cause) {
		const { code, extendedCode, rawCode } = e as {
			code?: unknown;
			extendedCode?: unknown;
			rawCode?: unknown;
		};
		if (extendedCode === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
			return true;
		}
		if (rawCode === 2067) return true;
		if (code === 'SQLITE_CONSTRAINT' && /\bUNIQUE constraint failed\b/.test(e.message)) return true;
	}
	return false;
}
