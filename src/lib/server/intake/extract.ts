// The main thread's side of reading HTML: each page goes to a worker thread (extract-worker.js) with
// a time budget, so a page built to be slow costs one worker some seconds, never the server its
// event loop (issue 12, F1). What the worker does is html.js.
import { availableParallelism } from 'node:os';
import { MAX_DEPTH, type ReadHtml } from './html.js';

export { MAX_DEPTH };

/** How long one page may take to read; a real 2 MiB article takes well under a second. */
export const EXTRACT_TIMEOUT_MS = 10_000;
/** Memory one worker may use: a 2 MiB page's tree needs a few tens of MiB. */
const WORKER_MEMORY_MB = 256;
/** Pages read at once; more wait their turn, so many uploads cannot take every core. */
const MAX_RUNNING = Math.max(2, availableParallelism() - 1);

/** A page that cannot be read, with one sentence for the person who gave it. */
export class ExtractError extends Error {}

const INSTEAD = 'Paste the article’s text instead.';

export const TOO_DEEP = `The HTML nests elements more than ${MAX_DEPTH} levels deep, which no article needs, so it was not read. ${INSTEAD}`;
const TOO_COMPLEX = `The HTML is too complex to read an article out of. ${INSTEAD}`;
const tooLong = (ms: number) => {
	const seconds = ms / 1000;
	const time = `${seconds.toLocaleString('en')} ${seconds === 1 ? 'second' : 'seconds'}`;
	return `Reading the article out of the HTML took longer than ${time}, so it was stopped. ${INSTEAD}`;
};

let running = 0;
const waiting: (() => void)[] = [];

/** How many pages workers are reading right now (tests watch it). */
export function extractionsRunning(): number {
	return running;
}

async function takeTurn(): Promise<void> {
	if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
	running++;
}

function endTurn(): void {
	running--;
	waiting.shift()?.();
}

/**
 * The article in an HTML page, as a title and plain text, read by a worker thread: refused when
 * its elements nest deeper than MAX_DEPTH, stopped (the worker terminated) after `timeoutMs`.
 * Throws an ExtractError saying why when the page cannot be read.
 */
export async function extractHtml(
	html: string,
	options: { url?: string; timeoutMs?: number } = {}
): Promise<{ title: string; text: string }> {
	const timeoutMs = options.timeoutMs ?? EXTRACT_TIMEOUT_MS;
	// A dynamic import, so the build makes the worker's module a chunk of its own (see the file).
	const { startWorker } = await import('./extract-worker.js');
	await takeTurn();
	try {
		const worker = startWorker(
			{ html, url: options.url, maxDepth: MAX_DEPTH },
			{ maxOldGenerationSizeMb: WORKER_MEMORY_MB }
		);
		let timer: ReturnType<typeof setTimeout> | undefined;
		try {
			const result = await new Promise<ReadHtml>((resolve, reject) => {
				timer = setTimeout(() => reject(new ExtractError(tooLong(timeoutMs))), timeoutMs);
				worker.once('message', resolve);
				// Out of memory, or anything else that kills the worker: the page was too much.
				worker.once('error', (error) => {
					console.warn(`An HTML page could not be read: ${error.message}`);
					reject(new ExtractError(TOO_COMPLEX));
				});
				worker.once('exit', () => reject(new ExtractError(TOO_COMPLEX)));
			});
			if (result.ok) return { title: result.title, text: result.text };
			throw new ExtractError(result.problem === 'too-deep' ? TOO_DEEP : TOO_COMPLEX);
		} finally {
			clearTimeout(timer);
			// Stops a worker still reading; the turn ends once its thread has.
			await worker.terminate();
		}
	} finally {
		endTurn();
	}
}
