import type { Registration } from './auth/accounts';

export interface Config {
	/** `open`: anyone may sign up; `closed`: only an admin makes accounts (after the first). */
	registration: Registration;
}

/** The app's settings from environment variables; a wrong value stops the server at start. */
export function readConfig(env: Record<string, string | undefined>): Config {
	const registration = (env.REGISTRATION || 'open').trim().toLowerCase();
	if (registration !== 'open' && registration !== 'closed') {
		throw new Error(
			`REGISTRATION must be "open" or "closed", not ${JSON.stringify(env.REGISTRATION)}`
		);
	}
	return { registration };
}
