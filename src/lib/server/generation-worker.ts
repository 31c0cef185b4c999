// The thread that runs the question generator, started by question-writer.ts, so that writing the
// questions of a long article never holds up the server's event loop, and a run that takes too long
// can be stopped.
//
// The worker runs this very module, as intake/extract-worker.js does: `import.meta.url` is the chunk
// the build made of it in production (question-writer.ts imports it dynamically, so the build keeps it
// a chunk of its own), and this file in `src/` under vite dev and vitest, where typescript-worker.js
// compiles it. The generator is imported only inside the worker: the main thread never loads
// compromise's lexicon for it.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { GenerateOptions, GenerationResult } from '../generator/types';

const TASK = 'quizwright:generate-questions';

/** One article to write questions for. */
export interface GenerationJob {
	id: number;
	text: string;
	options: GenerateOptions;
}

/** The worker's answer to a job: the generator's result, or why it threw. */
export type GenerationReply =
	{ id: number; ok: true; result: GenerationResult } | { id: number; ok: false; message: string };

/**
 * Writing questions is background work: on Linux this thread gives way to the one answering requests
 * (and to everything else on a busy machine), as `nice` would, by lowering its own priority. Elsewhere
 * it runs at the process's priority.
 */
function lowerPriority(): void {
	try {
		// "/proc/thread-self" is "<pid>/task/<tid>": the id setpriority takes for one thread.
		const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
		if (Number.isInteger(thread) && thread > 0) setPriority(thread, 10);
	} catch {
		// Not Linux, or not allowed: the same priority as the server.
	}
}

/** Starts a worker that answers each posted GenerationJob with one GenerationReply. */
export function startGenerationWorker(resourceLimits: { maxOldGenerationSizeMb: number }): Worker {
	const url = new URL(import.meta.url);
	// Not `new URL('./typescript-worker.js', import.meta.url)`: the build would take that for an asset.
	const start = url.pathname.endsWith('.ts')
		? new URL(url.href.replace(/generation-worker\.ts$/, 'typescript-worker.js'))
		: url;
	return new Worker(start, {
		workerData: { task: TASK, entry: url.href },
		resourceLimits,
		// The app's environment (secrets included) is none of the worker's business.
		env: {},
		stdout: false,
		stderr: false
	});
}

if (!isMainThread && parentPort && (workerData as { task?: string } | null)?.task === TASK) {
	const port = parentPort;
	lowerPriority();
	const { generateQuiz } = await import('../generator/index');
	// The sense dictionary cannot cross to the worker in a message: the worker opens its own.
	const { wordNet } = await import('./wordnet');
	port.on('message', (job: GenerationJob) => {
		let reply: GenerationReply;
		try {
			const options = { ...job.options, lexicon: wordNet() };
			reply = { id: job.id, ok: true, result: generateQuiz(job.text, options) };
		} catch (error) {
			reply = {
				id: job.id,
				ok: false,
				message: error instanceof Error ? error.message : String(error)
			};
		}
		port.postMessage(reply);
	});
}
