// The clock, client and sign-up/sign-in calls shared by the account, session and rate-limit tests.
import * as accounts from '../../src/lib/server/auth/accounts';
import type { Database } from '../../src/lib/server/db';

export const NOW = new Date('2026-03-02T09:00:00Z');
export const MINUTE = 60_000;
export const at = (ms: number) => new Date(NOW.getTime() + ms);
export const context = { ip: '198.51.100.20', now: NOW, registration: 'open' as const };

/** Signs a user up, or throws with the reasons it was refused. */
export async function signUpOn(db: Database, username: string, password = 'correct horse battery') {
	const result = await accounts.signUp(db, { username, password }, context);
	if (!result.ok) throw new Error(`sign-up refused: ${JSON.stringify(result.errors)}`);
	return result;
}

/** Signs in at a given moment from a given address. */
export function signInOn(
	db: Database,
	username: string,
	password: string,
	now = NOW,
	ip = context.ip
) {
	return accounts.signIn(db, { username, password }, { ip, now });
}
