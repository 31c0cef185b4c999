import * as v from 'valibot';
import { describeProblem, withoutRefused } from './characters';

/** One message per field, plus `form` for what concerns the whole form. */
export type FieldErrors = Record<string, string>;

export type Parsed<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; values: Record<string, string>; errors: FieldErrors };

/** A field kept longer than a name: a URL, or a text whose line breaks and tabs stay. */
export interface KeepField {
	name: string;
	max: number;
	multiline?: boolean;
}

/**
 * The request's form, or one message for the whole form when its body cannot be read (cut off,
 * malformed, or over the server's BODY_SIZE_LIMIT): never a 500.
 */
export async function readForm(
	request: Request
): Promise<{ ok: true; form: FormData } | { ok: false; errors: FieldErrors }> {
	try {
		return { ok: true, form: await request.formData() };
	} catch (error) {
		const tooLarge = (error as { status?: unknown } | null)?.status === 413;
		const message = tooLarge
			? 'What you sent is too large for this form. Shorten it and send it again.'
			: 'The form could not be read. Please send it again.';
		return { ok: false, errors: { form: message } };
	}
}

/**
 * Reads the request's form and validates the schema's fields. Each field gets the first message of
 * its first failing check, so the page shows one clear sentence beside each field. `values` holds the
 * `keep` fields as they are safe to show back (never a password). A body that cannot be read (cut
 * off, malformed, or over the server's BODY_SIZE_LIMIT) is refused the same way, never a 500.
 */
export async function parseForm<const TSchema extends v.ObjectSchema<v.ObjectEntries, undefined>>(
	request: Request,
	schema: TSchema,
	keep: (string | KeepField)[] = []
): Promise<Parsed<v.InferOutput<TSchema>>> {
	const read = await readForm(request);
	if (!read.ok) return { ok: false, values: {}, errors: read.errors };
	const form = read.form;
	const values = Object.fromEntries(
		keep.map((field) =>
			typeof field === 'string'
				? [field, safeValue(form, field)]
				: [
						field.name,
						field.multiline
							? safeText(form, field.name, field.max)
							: safeValue(form, field.name, field.max)
					]
		)
	);
	const input = Object.fromEntries(
		Object.keys(schema.entries).map((name) => [name, form.get(name)])
	);
	const result = v.safeParse(schema, input, { abortPipeEarly: true });
	const errors: FieldErrors = brokenFields(input);
	if (result.success && !Object.keys(errors).length)
		return { ok: true, data: result.output, values };
	for (const issue of result.issues ?? []) {
		const field = v.getDotPath(issue) ?? 'form';
		errors[field] ??= issue.message;
	}
	return { ok: false, values, errors };
}

/**
 * Whether the posted form has a field (a typed answer's "typed", say), read from a copy of the
 * request so that parseForm can still read it. An unreadable body has none.
 */
export async function postedField(request: Request, name: string): Promise<boolean> {
	const form = await request
		.clone()
		.formData()
		.catch(() => null);
	return form?.has(name) ?? false;
}

const BROKEN = describeProblem({ kind: 'invalid', code: 'U+FFFD', after: '' }, 'This');

/**
 * The fields that arrived as broken UTF-8. A browser decodes form fields leniently, putting U+FFFD
 * where bytes were not UTF-8, so a broken field would otherwise be stored as if it were meant.
 */
function brokenFields(input: Record<string, FormDataEntryValue | null>): FieldErrors {
	const errors: FieldErrors = {};
	for (const [name, value] of Object.entries(input))
		if (typeof value === 'string' && value.includes('\uFFFD')) errors[name] = BROKEN;
	return errors;
}

// C0 and C1 control characters: never part of a name, and a way to smuggle line breaks into logs.
const CONTROL = /\p{Cc}/gu;

/** True when the text holds a control character (tab, newline, NUL, escape, …). */
export function hasControlCharacters(text: string): boolean {
	return new RegExp(CONTROL.source, 'u').test(text);
}

/**
 * A field's value as it is safe to show back in the form: text only, on one line, without the
 * characters characters.ts refuses (so sending it again sends it clean), cut to `max` characters.
 * Files and missing fields give ''.
 */
export function safeValue(form: FormData, name: string, max = 64): string {
	const value = form.get(name);
	if (typeof value !== 'string') return '';
	return withoutRefused(value.replace(CONTROL, ''), 'line').slice(0, max);
}

/** A multi-line field's value as it is safe to show back: its paragraphs kept, refused characters removed, cut. */
export function safeText(form: FormData, name: string, max: number): string {
	const value = form.get(name);
	if (typeof value !== 'string') return '';
	return withoutRefused(value.replace(/\r\n?/g, '\n'), 'text').slice(0, max);
}
