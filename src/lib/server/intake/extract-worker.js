// The thread that reads an article out of HTML (html.js), started by extract.ts for each page, so
// that a page that takes long to read never holds up the server, and can be stopped.
//
// The worker runs this very module: `import.meta.url` is this file in `src/` under vite dev and
// vitest, and the chunk the build made of it in production (extract.ts imports it dynamically, so
// the build keeps it a chunk of its own, holding html.js, with linkedom and Readability imported from
// node_modules). No separate worker file has to be copied next to the build.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readHtml } from './html.js';

const TASK = 'quizwright:extract-article';

/**
 * @typedef {object} ExtractJob
 * @property {string} html
 * @property {string | undefined} url
 * @property {number} maxDepth
 */

/**
 * Starts a worker that reads `job` and posts back one `ReadHtml` message.
 * @param {ExtractJob} job
 * @param {import('node:worker_threads').ResourceLimits} resourceLimits
 * @returns {Worker}
 */
export function startWorker(job, resourceLimits) {
	return new Worker(new URL(import.meta.url), {
		workerData: { task: TASK, job },
		resourceLimits,
		// The app's environment (secrets included) is none of the worker's business.
		env: {},
		stdout: false,
		stderr: false
	});
}

if (!isMainThread && parentPort && workerData?.task === TASK) {
	const { html, url, maxDepth } = /** @type {ExtractJob} */ (workerData.job);
	parentPort.postMessage(readHtml(html, url, maxDepth));
}
