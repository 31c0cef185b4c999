import * as devices from './auth/devices';
import type { Database } from './db';
import * as rateLimits from './rate-limits';
import * as sessions from './sessions';

// Rows that have served their time: rate-limit counters whose window ended, expired sessions and
// devices not seen for a year. Swept on a timer, so a flood of refused requests (which write
// counters but never sign anyone in) cannot grow the tables between sign-ins.

/** How often each app server sweeps; several servers sweeping the same database is harmless. */
export const SWEEP_EVERY_MS = 5 * 60 * 1000;

export interface Swept {
	rateLimits: number;
	sessions: number;
	devices: number;
}

/** Deletes every expired row at `now`; answers how many of each. */
export async function sweep(db: Database, now: Date): Promise<Swept> {
	return {
		rateLimits: await rateLimits.deleteExpired(db, now),
		sessions: await sessions.deleteExpired(db, now),
		devices: await devices.deleteExpired(db, now)
	};
}

export interface SweepOptions {
	everyMs?: number;
	/** The clock, injected so tests can pin it. */
	now?: () => Date;
	/** Where a failed sweep is reported (one line); the next one tries again. */
	log?: (line: string) => void;
}

/**
 * Sweeps every `everyMs` while the process runs, on the database `database()` gives (none while it
 * is unavailable). The timer does not keep the process alive. Answers a function that stops it.
 */
export function startSweeping(
	database: () => Promise<Database | undefined>,
	{ everyMs = SWEEP_EVERY_MS, now = () => new Date(), log = console.error }: SweepOptions = {}
): () => void {
	let running = false;
	const timer = setInterval(() => {
		if (running) return;
		running = true;
		database()
			.then((db) => (db ? sweep(db, now()) : undefined))
			.catch((error: unknown) => {
				log(`Quizwright: sweeping expired rows failed: ${String(error)}`);
			})
			.finally(() => {
				running = false;
			});
	}, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
