import type { Registration } from './auth/accounts';

export interface Config {
	/** `open`: anyone may sign up; `closed`: only an admin makes accounts (after the first). */
	registration: Registration;
	/**
	 * Host names (or IP addresses) that "Import from a URL" may fetch even though they resolve to a
	 * private or loopback address: an operator's own intranet, or a test server. Empty by default.
	 */
	importAllowHosts: string[];
	/**
	 * Browser tests only (`QUIZWRIGHT_TEST_CLOCK=1`): the `quizwright-test-days` cookie moves the
	 * app's clock forward (see clock.ts). Off unless set; never set it in production.
	 */
	testClock?: boolean;
}

/** `IMPORT_ALLOW_HOSTS` as a list: comma-separated, trimmed, lower-cased, brackets dropped. */
export function parseHostList(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((host) =>
			host
				.trim()
				.toLowerCase()
				.replace(/^\[(.*)\]$/, '$1')
		)
		.filter(Boolean);
}

/** The app's settings from environment variables; a wrong value stops the server at start. */
export function readConfig(env: Record<string, string | undefined>): Config {
	const registration = (env.REGISTRATION || 'open').trim().toLowerCase();
	if (registration !== 'open' && registration !== 'closed') {
		throw new Error(
			`REGISTRATION must be "open" or "closed", not ${JSON.stringify(env.REGISTRATION)}`
		);
	}
	return {
		registration,
		importAllowHosts: parseHostList(env.IMPORT_ALLOW_HOSTS),
		// Only present when on, so a production config never carries it.
		...(env.QUIZWRIGHT_TEST_CLOCK === '1' ? { testClock: true } : {})
	};
}
