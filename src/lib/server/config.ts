import type { Registration } from './auth/accounts';

export interface Config {
	/** `open`: anyone may sign up; `closed`: only an admin makes accounts (after the first). */
	registration: Registration;
	/**
	 * Hosts that "Import from a URL" may fetch even though they resolve to a private or loopback
	 * address: an operator's own intranet, or a test server. Each is a host name or IP address (any
	 * port), or one with a port (`host:8080`, `[fd00::1]:8080`: that port only). Empty by default.
	 */
	importAllowHosts: string[];
	/**
	 * Browser tests only (`QUIZWRIGHT_TEST_CLOCK=1`): the `quizwright-test-days` cookie moves the
	 * app's clock forward (see clock.ts). Off unless set; never set it in production.
	 */
	testClock?: boolean;
}

/**
 * One `IMPORT_ALLOW_HOSTS` entry as the importer compares it: the host as a URL spells it (lower
 * case, IPv4 in dotted form, IPv6 without brackets), then `:port` when the entry names one (IPv6 in
 * brackets then). Throws on anything else, so a mistyped entry stops the server at start.
 */
function hostEntry(raw: string): string {
	const entry = raw.trim();
	const match =
		/^\[([0-9a-f:.]*:[0-9a-f:.]*)\](?::(\d+))?$/i.exec(entry) ?? // [IPv6] or [IPv6]:port
		/^([^:[\]/\\@?#\s]+)(?::(\d+))?$/.exec(entry) ?? // host or host:port
		/^([0-9a-f:.]*:[0-9a-f:.]*:[0-9a-f:.]*)()$/i.exec(entry); // a bare IPv6 address: any port
	const host = match?.[1] ?? '';
	const port = match?.[2] ? Number(match[2]) : undefined;
	const wrong = new Error(
		`IMPORT_ALLOW_HOSTS: ${JSON.stringify(entry)} is not a host name or IP address, alone or with a port (host:8080, [fd00::1]:8080)`
	);
	if (!match || (port !== undefined && !(port >= 1 && port <= 65535))) throw wrong;
	let hostname: string;
	try {
		const url = new URL(`http://${host.includes(':') ? `[${host}]` : host}/`);
		hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
	} catch {
		throw wrong;
	}
	if (port === undefined) return hostname;
	return `${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
}

/** `IMPORT_ALLOW_HOSTS` as a list: comma-separated entries, each checked and spelled as a URL would. */
export function parseHostList(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.filter((entry) => entry.trim())
		.map(hostEntry);
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
