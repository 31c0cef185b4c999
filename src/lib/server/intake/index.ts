// Intake: what comes in before it becomes an article. Text checks, uploaded files, imported pages.
import * as articles from '../articles';
import type { Database } from '../db';
import { EXTRACT_TIMEOUT_MS } from './extract';
import { readFile, displayName, MAX_FILES } from './files';
import { checkArticle } from './text';

export { checkArticle, checkText, checkTitle, MIN_WORDS, MAX_WORDS } from './text';
export { readFile, displayName, MAX_FILE_BYTES, MAX_FILES, FILE_TYPES } from './files';
export { importUrl, fetchPage, ImportError, type FetchOptions } from './url';
export { EXTRACT_TIMEOUT_MS, MAX_DEPTH, ExtractError, extractHtml } from './extract';

/**
 * Reading time one upload may spend on its HTML files, all together: twenty pages that each take
 * nearly the per-page budget would otherwise hold a worker for minutes.
 */
export const UPLOAD_READING_MS = 60_000;

/** What became of one uploaded file: shown in a list, one line per file. */
export type FileResult =
	| { name: string; status: 'added'; id: string; title: string }
	| { name: string; status: 'duplicate'; id: string; title: string }
	| { name: string; status: 'error'; message: string };

/** Time budgets for reading an upload's HTML; tests shorten them. */
export interface ReadingBudget {
	/** For one page (EXTRACT_TIMEOUT_MS). */
	perFileMs?: number;
	/** For the whole upload (UPLOAD_READING_MS). */
	totalMs?: number;
}

/** Adds each file as an article, one at a time, and says what became of each. */
export async function addFiles(
	db: Database,
	files: File[],
	now: Date,
	budget: ReadingBudget = {}
): Promise<FileResult[]> {
	const results: FileResult[] = [];
	const perFileMs = budget.perFileMs ?? EXTRACT_TIMEOUT_MS;
	const totalMs = budget.totalMs ?? UPLOAD_READING_MS;
	let spent = 0; // reading time used so far
	for (const [index, file] of files.entries()) {
		// The embedded database answers without a turn of the event loop, so twenty files would be
		// read, checked and saved before any other request is heard: let them in between files.
		if (index > 0) await new Promise((resolve) => setImmediate(resolve));
		const name = displayName(file.name);
		if (index >= MAX_FILES) {
			results.push({
				name,
				status: 'error',
				message: `At most ${MAX_FILES} files at once: add this one again.`
			});
			continue;
		}
		const left = Math.max(0, Math.round(totalMs - spent));
		const started = performance.now();
		const read = await readFile(file, { timeoutMs: Math.min(perFileMs, left) });
		spent += performance.now() - started;
		if (!read.ok) {
			results.push({ name, status: 'error', message: read.error });
			continue;
		}
		const checked = checkArticle({ title: read.title.slice(0, 200), text: read.text });
		if (!checked.ok) {
			results.push({
				name,
				status: 'error',
				message: checked.errors.text ?? checked.errors.title ?? 'The file cannot be added.'
			});
			continue;
		}
		const added = await articles.add(
			db,
			{ title: checked.title, body: checked.body, source: name },
			now
		);
		results.push(
			added.created
				? { name, status: 'added', id: added.id, title: checked.title }
				: { name, status: 'duplicate', id: added.duplicateOf, title: added.title }
		);
	}
	return results;
}
