import { normalizeText } from '$lib/generator/stages/1-normalize';
import { BINARY_REASON, looksBinary } from '$lib/generator/input';
import { ExtractError, extractHtml } from './extract';

/** The largest file one upload may hold; BODY_SIZE_LIMIT must leave room for it. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** How many files one upload may hold. */
export const MAX_FILES = 20;
export const FILE_TYPES = ['.txt', '.md', '.html', '.htm'] as const;

export type ReadFile = { ok: true; title: string; text: string } | { ok: false; error: string };

/** The file's name as it is safe to show and store: no folders, no control characters, short. */
export function displayName(name: string): string {
	const base =
		name
			.replace(/\p{Cc}/gu, '')
			.split(/[\\/]/)
			.pop() ?? '';
	return base.slice(0, 120) || 'unnamed file';
}

function extensionOf(name: string): string {
	const at = name.lastIndexOf('.');
	return at > 0 ? name.slice(at).toLowerCase() : '';
}

/** A Markdown document as plain text: headings, emphasis, links and list marks dropped. */
export function markdownToText(markdown: string): { title: string; text: string } {
	const title = /^#\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1] ?? '';
	const text = markdown
		.replace(/\r\n?/g, '\n')
		.replace(/^(```|~~~).*$/gm, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1')
		.replace(/^ {0,3}>\s?/gm, '')
		.replace(/^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+/gm, '')
		.replace(/^ {0,3}([-*_])(?:\s*\1){2,}\s*$/gm, '')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?!\w)/g, '$1$3')
		.replace(/`([^`]+)`/g, '$1');
	return { title, text };
}

/**
 * Reads an uploaded file as an article's title and text: only .txt, .md and .html, at most
 * 2 MiB, UTF-8 only (a byte that is not UTF-8 refuses the file rather than guessing). HTML is read
 * by a worker thread given `timeoutMs` (see extract.ts); none left (0) refuses HTML unread.
 */
export async function readFile(
	file: File,
	options: { timeoutMs?: number } = {}
): Promise<ReadFile> {
	const name = displayName(file.name);
	const extension = extensionOf(name);
	if (!(FILE_TYPES as readonly string[]).includes(extension))
		return { ok: false, error: 'Only .txt, .md and .html files can be added.' };
	if (file.size > MAX_FILE_BYTES)
		return { ok: false, error: 'The file is larger than 2 MiB: split it into smaller files.' };
	if (file.size === 0) return { ok: false, error: 'The file is empty.' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	let raw: string;
	try {
		raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Not UTF-8: binary data (an image renamed .txt), or text saved in another encoding, whose
		// accented letters are what failed to decode (so they are no sign of binary here).
		const lenient = new TextDecoder('utf-8').decode(bytes).replaceAll('\uFFFD', '');
		if (looksBinary(lenient)) return { ok: false, error: BINARY_REASON };
		return { ok: false, error: 'The file is not UTF-8 text: save it as UTF-8 and try again.' };
	}
	const fallbackTitle = name
		.slice(0, name.length - extension.length)
		.replace(/[-_]+/g, ' ')
		.trim();
	if (extension === '.md') {
		const { title, text } = markdownToText(raw);
		return { ok: true, title: title || fallbackTitle, text };
	}
	if (extension === '.txt') {
		return { ok: true, title: normalizeText(raw).title ?? fallbackTitle, text: raw };
	}
	if (options.timeoutMs === 0)
		return {
			ok: false,
			error:
				'Not read: this upload already used its time for reading HTML. Add this file again on its own.'
		};
	try {
		const { title, text } = await extractHtml(raw, options);
		return { ok: true, title: title || fallbackTitle, text };
	} catch (error) {
		if (error instanceof ExtractError) return { ok: false, error: error.message };
		throw error;
	}
}
