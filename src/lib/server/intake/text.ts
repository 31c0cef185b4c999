import { assessInput, BINARY_REASON, looksBinary, MIN_WORDS } from '$lib/generator/input';
import { normalizeBody } from '../articles';
import { checkCharacters, isBlank, withoutRefused } from '../characters';
import type { FieldErrors } from '../forms';

export { MIN_WORDS };
/** No more than one sitting's reading (the fewest words are the generator's rule, input.ts). */
export const MAX_WORDS = 50_000;
export const MAX_TITLE_LENGTH = 200;

export type CheckedArticle =
	{ ok: true; title: string; body: string; words: number } | { ok: false; errors: FieldErrors };

/**
 * Where a title or text comes from: typed into a form (a character characters.ts refuses is
 * refused, with a message), or read from a file or page, which nobody can fix in the form (such
 * characters are taken out).
 */
export interface Origin {
	typed?: boolean;
}

/** A title as it is stored: one line, spaces collapsed, nothing invisible, something visible. */
export function checkTitle(
	raw: string,
	{ typed = false }: Origin = {}
): { ok: true; title: string } | { ok: false; error: string } {
	const problem = typed ? checkCharacters(raw, 'The title') : null;
	if (problem) return { ok: false, error: problem };
	const title = withoutRefused(raw).replace(/\s+/g, ' ').trim();
	if (isBlank(title)) return { ok: false, error: 'Give the article a title.' };
	if ([...title].length > MAX_TITLE_LENGTH)
		return { ok: false, error: `Use at most ${MAX_TITLE_LENGTH} characters in the title.` };
	return { ok: true, title };
}

/**
 * Whether the text can become an article, and if not, one sentence saying why: empty, binary,
 * too short or not English (the generator's own assessment, input.ts), or over 50,000 words.
 */
export function checkText(
	raw: string,
	{ typed = false }: Origin = {}
): { ok: true; body: string; words: number } | { ok: false; error: string } {
	let body = normalizeBody(raw);
	if (looksBinary(body, { nulIsBinary: !typed })) return { ok: false, error: BINARY_REASON };
	// A few stray characters in typed text: say which, so the author can find it.
	const problem = typed ? checkCharacters(body, 'The text', 'text') : null;
	if (problem) return { ok: false, error: problem };
	body = normalizeBody(withoutRefused(body, 'text'));
	const assessment = assessInput(body);
	if (assessment.words > MAX_WORDS)
		return {
			ok: false,
			error: `The text has ${assessment.words.toLocaleString('en')} words; one article may have at most ${MAX_WORDS.toLocaleString('en')}. Split it into parts.`
		};
	if (!assessment.ok)
		return { ok: false, error: assessment.reason ?? 'This text cannot be made into a quiz.' };
	return { ok: true, body, words: assessment.words };
}

/** Checks a title and text together: a message beside each field that needs one. */
export function checkArticle(
	input: { title: string; text: string },
	origin: Origin = {}
): CheckedArticle {
	const title = checkTitle(input.title, origin);
	const text = checkText(input.text, origin);
	if (title.ok && text.ok)
		return { ok: true, title: title.title, body: text.body, words: text.words };
	const errors: FieldErrors = {};
	if (!title.ok) errors.title = title.error;
	if (!text.ok) errors.text = text.error;
	return { ok: false, errors };
}
