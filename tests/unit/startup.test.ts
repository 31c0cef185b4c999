import { describe, expect, it } from 'vitest';
import { retrying, retryMsFrom } from '../../src/lib/server/startup';

// The database opener behind every request: one log line per failure, retries after a growing
// wait, recovery without a restart.

function setup(outcomes: (string | Error)[]) {
	let time = 0;
	let opens = 0;
	const lines: string[] = [];
	const database = retrying<string>({
		open: () => {
			const next = outcomes[Math.min(opens, outcomes.length - 1)]!;
			opens++;
			return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
		},
		describe: (error) => `cannot open: ${(error as Error).message}`,
		recovered: 'open again',
		log: (line) => lines.push(line),
		retryMs: 1000,
		now: () => time
	});
	return {
		database,
		lines,
		opens: () => opens,
		advance: (ms: number) => {
			time += ms;
		}
	};
}

describe('retrying', () => {
	it('opens once and keeps the value', async () => {
		const { database, lines, opens } = setup(['db']);
		expect(await database.ready()).toBe('db');
		expect(await database.ready()).toBe('db');
		expect(opens()).toBe(1);
		expect(lines).toEqual([]);
		expect(database.retryInMs()).toBe(0);
	});

	it('logs a failure once, waits before trying again, doubles the wait, and heals', async () => {
		const locked = new Error('read-only folder');
		const { database, lines, opens, advance } = setup([locked, locked, locked, 'db']);
		expect(await database.ready()).toBeUndefined();
		expect(database.retryInMs()).toBe(1000);
		// Requests inside the wait do not try again.
		expect(await database.ready()).toBeUndefined();
		expect(opens()).toBe(1);
		advance(1000);
		expect(await database.ready()).toBeUndefined();
		expect(opens()).toBe(2);
		expect(database.retryInMs()).toBe(2000);
		advance(2000);
		expect(await database.ready()).toBeUndefined();
		expect(database.retryInMs()).toBe(4000);
		advance(4000);
		expect(await database.ready()).toBe('db');
		expect(lines).toEqual(['cannot open: read-only folder', 'open again']);
	});

	it('logs a different failure again', async () => {
		const { database, lines, advance } = setup([new Error('no folder'), new Error('disk full')]);
		await database.ready();
		advance(1000);
		await database.ready();
		expect(lines).toEqual(['cannot open: no folder', 'cannot open: disk full']);
	});

	it('lets requests that arrive during a try share it', async () => {
		const { database, opens } = setup(['db']);
		const [a, b] = await Promise.all([database.ready(), database.ready()]);
		expect([a, b]).toEqual(['db', 'db']);
		expect(opens()).toBe(1);
	});
});

describe('retryMsFrom', () => {
	it('reads seconds, defaults to 5, and refuses what is not a positive number', () => {
		expect(retryMsFrom(undefined)).toBe(5000);
		expect(retryMsFrom(' ')).toBe(5000);
		expect(retryMsFrom('0.1')).toBe(100);
		for (const bad of ['0', '-3', 'soon', 'Infinity']) {
			expect(() => retryMsFrom(bad)).toThrow(/DATABASE_RETRY_SECONDS/);
		}
	});
});
