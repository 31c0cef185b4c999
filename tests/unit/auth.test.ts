import { describe, expect, it } from 'vitest';
import { retryMessage } from '../../src/lib/server/auth/accounts';
import { hasRole } from '../../src/lib/server/auth/guards';
import { readConfig } from '../../src/lib/server/config';
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
