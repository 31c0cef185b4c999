// The thread that runs the question generator, started by question-writer.ts, so that writing the
// questions of a long article never holds up the server's event loop, and a run that takes too long
// can be stopped.
//
// The worker runs this very module, as intake/extract-worker.js does: `import.meta.url` is the chunk
// the build made of it in production (question-writer.ts imports it dynamically, so the build keeps it
// a chunk of its own), and this file in `src/` under vite dev and vitest, where typescript-worker.js
// compiles it. The generator is imported only inside the worker: the main thread never loads
// compromise's lexicon for it.
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
	const { generateQuiz } = await import('../generator/index');
	port.on('message', (job: GenerationJob) => {
		let reply: GenerationReply;
		try {
			reply = { id: job.id, ok: true, result: generateQuiz(job.text, job.options) };
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
