// What the GIFT and Moodle XML imports share: reading the upload, checking each question like a
// hand-written one, and writing the good ones in one batch (or nothing).
import * as curation from '$lib/server/curation';
import type { Database } from '$lib/server/db';
import type { ExchangeQuestion } from './gift';

/** The largest file (or pasted text) one import reads. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** The most questions one import writes. */
export const MAX_IMPORTED = 200;
/** How many skipped questions an import lists; the rest are counted ("and 12 more"). */
export const SKIPS_SHOWN = 20;

/**
 * The UTF-8 text of the file in `fileField`, or, when no file was chosen, of the text pasted in
 * `pasteField`; else why not, in one sentence naming `kind` ("a GIFT file").
 */
export async function uploadedText(
	form: FormData,
	kind: string,
	fileField: string,
	pasteField?: string
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
	const file = form.get(fileField);
	const pasted = pasteField ? form.get(pasteField) : null;
	if (!(file instanceof File) || file.size === 0) {
		if (typeof pasted === 'string' && pasted.trim()) {
			return new TextEncoder().encode(pasted).length > MAX_IMPORT_BYTES
				? { ok: false, error: 'The text is larger than 1 MiB.' }
				: { ok: true, text: pasted };
		}
		return { ok: false, error: `Choose ${kind}${pasteField ? ' or paste its text' : ''}.` };
	}
	if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is larger than 1 MiB.' };
	try {
		return {
			ok: true,
			text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
		};
	} catch {
		return { ok: false, error: 'The file is not UTF-8 text.' };
	}
}

export interface Skip {
	number: number;
	reason: string;
}

/** The skipped questions a page lists, and how many more there were. */
export interface SkipReport {
	skipped: Skip[];
	moreSkipped: number;
}

export type ImportResult =
	({ ok: true; imported: number } & SkipReport) | { ok: false; error: string; report?: SkipReport };

/**
 * Adds the questions a file held to the article, each checked like a written one (a question that
 * fails is skipped with its number and the checks' messages). Nothing is written when none passes
 * (`none` is the message then) or when more than MAX_IMPORTED do; else all pass in one batch.
 */
export async function importQuestions(
	db: Database,
	articleId: string,
	read: { questions: (ExchangeQuestion & { number: number })[]; skipped: Skip[] },
	now: Date,
	none: string
): Promise<ImportResult> {
	const skipped = [...read.skipped];
	const good = read.questions.filter((q) => {
		const problems = Object.values(curation.checkQuestion(q));
		if (problems.length) skipped.push({ number: q.number, reason: problems.join(' ') });
		return problems.length === 0;
	});
	// The page lists the first few skipped questions, in file order, and counts the rest.
	skipped.sort((a, b) => a.number - b.number);
	const report: SkipReport = {
		skipped: skipped.slice(0, SKIPS_SHOWN),
		moreSkipped: Math.max(0, skipped.length - SKIPS_SHOWN)
	};
	if (good.length > MAX_IMPORTED)
		return { ok: false, error: `A file may hold at most ${MAX_IMPORTED} questions.` };
	const imported = await curation.importMany(
		db,
		articleId,
		good.map(({ stem, options, answerIndex }) => ({ stem, options, answerIndex })),
		now
	);
	if (imported === 0) return { ok: false, error: none, report };
	return { ok: true, imported, ...report };
}
