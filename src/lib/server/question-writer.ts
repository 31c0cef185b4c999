// Writing articles' questions off the request path. An article is saved at once and its page says
// "Writing questions…"; the generator runs in a worker thread (generation-worker.ts), one article at
// a time, with a time budget, and its result is stored in one batch. A run that throws or takes too
// long is recorded on that article (shown on its page) and logged in one line: it never stops the
// app. After a new generator version, the library is rewritten the same way while the app serves.
import type { GenerateOptions, GenerationResult } from '$lib/generator';
import type { Worker } from 'node:worker_threads';
import type { Database } from './db';
import type { GenerationReply } from './generation-worker';
import * as questions from './questions';

/** How long one article's questions may take; a 50,000-word article takes a few seconds. */
export const WRITE_TIMEOUT_MS = 60_000;
/** Memory the generator's worker may use: the largest article needs a few hundred MiB. */
const WORKER_MEMORY_MB = 1024;

/** Runs the generator somewhere; `stop` ends a run that went on too long. */
export interface GeneratorRunner {
	run(text: string, options: GenerateOptions): Promise<GenerationResult>;
	stop(): void;
}

/** The generator in a worker thread, started on first use and started again after a stop. */
export function workerRunner(): GeneratorRunner {
	let worker: Worker | undefined;
	let nextId = 0;
	const waiting = new Map<
		number,
		{ resolve: (result: GenerationResult) => void; reject: (error: Error) => void }
	>();
	const failAll = (error: Error) => {
		for (const job of waiting.values()) job.reject(error);
		waiting.clear();
	};
	let starting: Promise<Worker> | undefined;
	async function start(): Promise<Worker> {
		// A dynamic import, so the build makes the worker's module a chunk of its own (see that file).
		const { startGenerationWorker } = await import('./generation-worker');
		const fresh = startGenerationWorker({ maxOldGenerationSizeMb: WORKER_MEMORY_MB });
		// An idle worker does not keep a process (the CLI, a test) alive; a busy one does.
		fresh.unref();
		fresh.on('message', (reply: GenerationReply) => {
			const job = waiting.get(reply.id);
			waiting.delete(reply.id);
			if (waiting.size === 0) fresh.unref();
			if (reply.ok) job?.resolve(reply.result);
			else job?.reject(new Error(reply.message));
		});
		// Out of memory, or anything else that ends the worker: its jobs fail, the next starts anew.
		// (A worker `stop` ended has failed its jobs already; the next worker's are not its own.)
		const ended = (why: string) => {
			if (worker !== fresh) return;
			worker = undefined;
			failAll(new Error(why));
		};
		fresh.on('error', (error) => ended(`the generator stopped: ${error.message}`));
		fresh.on('exit', () => ended('the generator stopped'));
		worker = fresh;
		return fresh;
	}
	const started = (): Promise<Worker> =>
		worker ? Promise.resolve(worker) : (starting ??= start().finally(() => (starting = undefined)));

	// Bumped by each stop: a run that was still waiting for its worker to start is stopped too.
	let stops = 0;
	return {
		async run(text, options) {
			const stopsBefore = stops;
			const current = await started();
			if (stops !== stopsBefore) throw new Error('the generator stopped');
			const id = nextId++;
			current.ref();
			return new Promise<GenerationResult>((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				current.postMessage({ id, text, options });
			});
		},
		stop() {
			stops++;
			const current = worker;
			worker = undefined;
			failAll(new Error('the generator stopped'));
			void current?.terminate();
		}
	};
}

/** The generator in this thread: for tests, where a worker per database would only add start-up time. */
export function inlineRunner(): GeneratorRunner {
	return {
		async run(text, options) {
			const { generateQuiz } = await import('$lib/generator');
			const { wordNet } = await import('./wordnet');
			return generateQuiz(text, { ...options, lexicon: wordNet() });
		},
		stop() {}
	};
}

export interface WriterOptions {
	runner?: GeneratorRunner;
	timeoutMs?: number;
	log?: (line: string) => void;
	now?: () => Date;
}

/** The queue of one database's articles waiting for questions. */
export interface QuestionWriter {
	/** Queues the article; `force` writes it again even when its questions are current. */
	enqueue(articleId: string, options?: { force?: boolean }): void;
	/** Queues every article whose questions are missing or older than the generator; resolves with how many were written. */
	writeOutdated(): Promise<number>;
	/** Resolves once nothing is queued or being written. */
	idle(): Promise<void>;
}

/** Makes a writer; the server's comes from `questionWriter(db)`. */
export function createQuestionWriter(db: Database, options: WriterOptions = {}): QuestionWriter {
	const runner = options.runner ?? workerRunner();
	const timeoutMs = options.timeoutMs ?? WRITE_TIMEOUT_MS;
	const log = options.log ?? console.error;
	const now = options.now ?? (() => new Date());
	const queue = new Map<string, { force: boolean }>();
	let draining: Promise<void> | undefined;

	/** Writes one article's questions; true when they were written. Never throws. */
	async function write(articleId: string, force: boolean): Promise<boolean> {
		let timer: ReturnType<typeof setTimeout> | undefined;
		try {
			const article = await questions.readForWriting(db, articleId);
			if (!article || (!force && (await questions.isCurrent(db, articleId)))) return false;
			const result = await Promise.race([
				runner.run(article.body, questions.generateOptions(article)),
				new Promise<never>((_, reject) => {
					timer = setTimeout(() => {
						runner.stop();
						reject(new Error(`writing them took longer than ${timeoutMs / 1000} seconds`));
					}, timeoutMs);
				})
			]);
			clearTimeout(timer);
			await questions.store(db, article, result, now());
			return true;
		} catch (error) {
			clearTimeout(timer);
			const message = error instanceof Error ? error.message : String(error);
			log(`Quizwright: could not write the questions of article ${articleId}: ${message}`);
			await questions.recordFailure(db, articleId, message, now()).catch(() => {});
			return false;
		}
	}

	let written = 0;
	async function drain(): Promise<void> {
		for (let next = queue.entries().next(); !next.done; next = queue.entries().next()) {
			const [articleId, { force }] = next.value;
			queue.delete(articleId);
			if (await write(articleId, force)) written++;
		}
	}

	function start(): Promise<void> {
		draining ??= drain().finally(() => (draining = undefined));
		return draining;
	}

	return {
		enqueue(articleId, { force = false } = {}) {
			const queued = queue.get(articleId);
			queue.set(articleId, { force: force || (queued?.force ?? false) });
			void start();
		},
		async writeOutdated() {
			const before = written;
			for (const id of await questions.outdatedArticleIds(db)) this.enqueue(id);
			await this.idle();
			return written - before;
		},
		async idle() {
			while (draining) await draining;
		}
	};
}

const writers = new WeakMap<Database, QuestionWriter>();
let defaultRunner: () => GeneratorRunner = workerRunner;

/** The database's writer: one queue per database, so its articles are written one at a time. */
export function questionWriter(db: Database): QuestionWriter {
	let writer = writers.get(db);
	if (!writer) {
		writer = createQuestionWriter(db, { runner: defaultRunner() });
		writers.set(db, writer);
	}
	return writer;
}

/** Makes writers made from now on run the generator in this thread (tests). */
export function writeInThisThread(): void {
	defaultRunner = inlineRunner;
}
