import { describe, expect, it } from 'vitest';
import { retryMessage } from '../../src/lib/server/auth/accounts';
import { hasRole } from '../../src/lib/server/auth/guards';
import { parseHostList, readConfig } from '../../src/lib/server/config';
import { isAllowedHost } from '../../src/lib/server/intake/url';
import type { Role } from '../../src/lib/server/db/schema';

describe('roles', () => {
	// Rows: the user's role; columns: the role a page requires.
	const table: [Role, Record<Role, boolean>][] = [
		['learner', { learner: true, author: false, admin: false }],
		['author', { learner: true, author: true, admin: false }],
		['admin', { learner: true, author: true, admin: true }]
	];
	it.each(table)('a %s has exactly the expected rights', (role, rights) => {
		for (const [required, allowed] of Object.entries(rights)) {
			expect(hasRole({ role }, required as Role), `${role} as ${required}`).toBe(allowed);
		}
	});

	it('gives a signed-out visitor no role', () => {
		expect(hasRole(null, 'learner')).toBe(false);
	});
});

describe('configuration', () => {
	it.each([
		[{}, 'open'],
		[{ REGISTRATION: '' }, 'open'],
		[{ REGISTRATION: 'closed' }, 'closed'],
		[{ REGISTRATION: ' Closed ' }, 'closed']
	] as const)('reads %o as registration %s', (env, registration) => {
		expect(readConfig(env)).toEqual({ registration, importAllowHosts: [] });
	});

	it('stops at start on a value it does not know, rather than guessing', () => {
		expect(() => readConfig({ REGISTRATION: 'invite-only' })).toThrow(
			'REGISTRATION must be "open" or "closed"'
		);
	});

	it('reads IMPORT_ALLOW_HOSTS entries alone (any port) or with a port (issue 12, F12)', () => {
		expect(
			readConfig({
				IMPORT_ALLOW_HOSTS:
					' Intranet.Example , wiki.example:8080,10.0.0.5:80, [FD00::1]:8443, [fd00::2], fd00::3,, 2130706433'
			}).importAllowHosts
		).toEqual([
			'intranet.example',
			'wiki.example:8080',
			'10.0.0.5:80',
			'[fd00::1]:8443',
			'fd00::2',
			'fd00::3',
			'127.0.0.1'
		]);
	});

	it.each([
		'wiki.example:0',
		'wiki.example:65536',
		'wiki.example:http',
		'wiki.example:',
		'http://wiki.example',
		'wiki.example/path',
		'user@wiki.example',
		'[fd00::1',
		'[wiki.example]:80',
		'fd00::1:8080:'
	])('stops at start on the IMPORT_ALLOW_HOSTS entry %j', (entry) => {
		expect(() => readConfig({ IMPORT_ALLOW_HOSTS: `intranet.example, ${entry}` })).toThrow(
			`IMPORT_ALLOW_HOSTS: ${JSON.stringify(entry)} is not a host name or IP address`
		);
	});
});

describe('which hosts an import may reach inside a private network', () => {
	const allow = parseHostList('intranet.example, wiki.example:8080, [fd00::1]:8443, fd00::2');
	it.each([
		['http://intranet.example/', true],
		['https://intranet.example:9999/', true],
		['http://wiki.example:8080/page', true],
		['http://wiki.example/', false],
		['https://wiki.example/', false],
		['http://wiki.example:8081/', false],
		['https://[fd00::1]:8443/', true],
		['https://[fd00::1]/', false],
		['http://[fd00::2]:1234/', true],
		['http://other.example:8080/', false]
	])('%s is allowed: %s', (url, allowed) => {
		expect(isAllowedHost(allow, new URL(url))).toBe(allowed);
	});

	it('takes the default port for a host:port entry without a port in the URL', () => {
		expect(isAllowedHost(parseHostList('a.example:443'), new URL('https://a.example/'))).toBe(true);
		expect(isAllowedHost(parseHostList('a.example:80'), new URL('http://A.example/'))).toBe(true);
		expect(isAllowedHost(parseHostList('a.example:80'), new URL('https://a.example/'))).toBe(false);
	});
});

describe('the retry message', () => {
	const now = new Date('2026-01-01T10:00:00Z');
	it.each([
		[1, 'Try again in 1 minute.'],
		[59_000, 'Try again in 1 minute.'],
		[61_000, 'Try again in 2 minutes.'],
		[15 * 60_000, 'Try again in 15 minutes.']
	])('says when to try again %i ms from now', (ms, message) => {
		expect(retryMessage(new Date(now.getTime() + ms), now)).toBe(message);
	});
});
