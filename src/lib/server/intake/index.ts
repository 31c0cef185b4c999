// Intake: what comes in before it becomes an article. Text checks, uploaded files, imported pages.
import * as articles from '../articles';
import type { Database } from '../db';
import { readFile, displayName, MAX_FILES } from './files';
import { checkArticle } from './text';

export { checkArticle, checkText, checkTitle, MIN_WORDS, MAX_WORDS } from './text';
export { readFile, displayName, MAX_FILE_BYTES, MAX_FILES, FILE_TYPES } from './files';
export { importUrl, fetchPage, ImportError, type FetchOptions } from './url';

/** What became of one uploaded file: shown in a list, one line per file. */
export type FileResult =
	| {
			name: string;
			status: 'added';
			id: string;
			title: string;
			questionCount: number;
			shortfallReason: string | null;
	  }
	| { name: string; status: 'duplicate'; id: string; title: string }
	| { name: string; status: 'error'; message: string };

/** Adds each file as an article, one at a time, and says what became of each. */
export async function addFiles(
	db: Database,
	files: File[],
	now = new Date()
): Promise<FileResult[]> {
	const results: FileResult[] = [];
	for (const [index, file] of files.entries()) {
		const name = displayName(file.name);
		if (index >= MAX_FILES) {
			results.push({
				name,
				status: 'error',
				message: `At most ${MAX_FILES} files at once: add this one again.`
			});
			continue;
		}
		const read = await readFile(file);
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
				? {
						name,
						status: 'added',
						id: added.id,
						title: checked.title,
						questionCount: added.questionCount,
						shortfallReason: added.shortfallReason
					}
				: { name, status: 'duplicate', id: added.duplicateOf, title: added.title }
		);
	}
	return results;
}
