// The learners of the HTTP benchmark, made by the app's own server modules on the server's
// database file: accounts with sessions (made directly: /signin is rate limited and argon2 is slow
// on purpose), and a queue of fresh attempts, each with its first question on screen. Only used
// while the server is idle (between runs), so the bench never competes with it for the write lock.
import { hash } from '@node-rs/argon2';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import * as articles from '../lib/server/articles';
import * as attempts from '../lib/server/attempts';
import type { Database } from '../lib/server/db';
import { answers, attemptItems } from '../lib/server/db/schema';
import * as sessions from '../lib/server/sessions';
import * as users from '../lib/server/users';

export interface Learner {
	id: string;
	/** The session token: the value of the `session` cookie. */
	token: string;
}

/** One learner's fresh attempt: whose it is and the item on screen. */
export interface Slot {
	token: string;
	attemptId: string;
	itemId: string;
}

const shownCount = sql`select count(*) from ${attemptItems} where ${isNotNull(attemptItems.shownAt)}`;

/** Learners with sessions, and fresh attempts interleaved learner by learner. */
export class Pool {
	readonly slots: Slot[] = [];
	/** Slots before `answered` have had their answer sent; before `viewed`, their page loaded. */
	answered = 0;
	viewed = 0;
	private started = 0;

	private constructor(
		private readonly db: Database,
		readonly learners: Learner[],
		private readonly library: string[]
	) {}

	/** Makes `count` learner accounts, each signed in with a session of their own. */
	static async create(db: Database, count: number): Promise<Pool> {
		const library = (await articles.list(db)).map((article) => article.id);
		if (library.length === 0) throw new Error('the server added no sample articles');
		// One real argon2id hash for everyone; nobody signs in with it.
		const passwordHash = await hash('bench-learner-password', { algorithm: 2 });
		const learners: Learner[] = [];
		for (let i = 0; i < count; i++) {
			const made = await users.create(db, {
				username: `bench-${String(i).padStart(4, '0')}`,
				passwordHash,
				role: 'learner'
			});
			if (!made.created) throw new Error('could not create a bench learner');
			const token = sessions.generateToken();
			await sessions.create(db, token, made.user.id, new Date());
			learners.push({ id: made.user.id, token });
		}
		return new Pool(db, learners, library);
	}

	/** Starts attempts (10 questions, as a learner would) until `fresh` slots follow `from`. */
	async fill(from: number, fresh: number): Promise<void> {
		const began = performance.now();
		let made = 0;
		while (this.slots.length - from < fresh) {
			const n = this.started++;
			const learner = this.learners[n % this.learners.length]!;
			const round = Math.floor(n / this.learners.length);
			const articleId = this.library[(n + round) % this.library.length]!;
			const attemptId = await attempts.start(this.db, {
				userId: learner.id,
				articleId,
				length: '10',
				now: new Date()
			});
			if (!attemptId) throw new Error('a sample article has no questions');
			const [item] = await this.db
				.select({ id: attemptItems.id })
				.from(attemptItems)
				.where(and(eq(attemptItems.attemptId, attemptId), eq(attemptItems.position, 0)));
			this.slots.push({ token: learner.token, attemptId, itemId: item!.id });
			made++;
		}
		if (made === 0) return;
		// Leave the server a short write-ahead log, as after ordinary use.
		await this.db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
		const seconds = ((performance.now() - began) / 1000).toFixed(1);
		console.error(`bench: started ${made} attempts in ${seconds} s`);
	}

	/**
	 * Waits until the server has finished the requests still in flight when a run stopped
	 * (autocannon drops them, the server does not): the answers and the shown items stop moving.
	 * Then the bench may write without competing with the server. Returns the answers.
	 */
	async settle(): Promise<number> {
		const progress = async () => {
			const [row] = await this.db
				.select({ answers: count(), shown: sql<number>`(${shownCount})` })
				.from(answers);
			return row ?? { answers: 0, shown: 0 };
		};
		let last = await progress();
		for (;;) {
			await new Promise((r) => setTimeout(r, 300));
			const now = await progress();
			if (now.answers === last.answers && now.shown === last.shown) return now.answers;
			last = now;
		}
	}

	/** Rows in the answers table. */
	async countAnswers(): Promise<number> {
		const [row] = await this.db.select({ n: count() }).from(answers);
		return row?.n ?? 0;
	}
}
