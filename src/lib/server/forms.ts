import * as v from 'valibot';

/** One message per field, plus `form` for what concerns the whole form. */
export type FieldErrors = Record<string, string>;

export type Parsed<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; values: Record<string, string>; errors: FieldErrors };

/**
 * Reads the request's form and validates the schema's fields. Each field gets the first message of
 * its first failing check, so the page shows one clear sentence beside each field. `values` holds the
 * `keep` fields as they are safe to show back (never a password). A body that cannot be read (cut
 * off, malformed, or over the server's BODY_SIZE_LIMIT) is refused the same way, never a 500.
 */
export async function parseForm<const TSchema extends v.ObjectSchema<v.ObjectEntries, undefined>>(
	request: Request,
	schema: TSchema,
	keep: string[] = []
): Promise<Parsed<v.InferOutput<TSchema>>> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch (error) {
		const tooLarge = (error as { status?: unknown } | null)?.status === 413;
		const message = tooLarge
			? 'What you sent is too large for this form. Shorten it and send it again.'
			: 'The form could not be read. Please send it again.';
		return { ok: false, values: {}, errors: { form: message } };
	}
	const values = Object.fromEntries(keep.map((name) => [name, safeValue(form, name)]));
	const input = Object.fromEntries(
		Object.keys(schema.entries).map((name) => [name, form.get(name)])
	);
	const result = v.safeParse(schema, input, { abortPipeEarly: true });
	if (result.success) return { ok: true, data: result.output, values };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const field = v.getDotPath(issue) ?? 'form';
		errors[field] ??= issue.message;
	}
	return { ok: false, values, errors };
}

// C0 and C1 control characters: never part of a name, and a way to smuggle line breaks into logs.
const CONTROL = /\p{Cc}/gu;

/** True when the text holds a control character (tab, newline, NUL, escape, …). */
export function hasControlCharacters(text: string): boolean {
	return new RegExp(CONTROL.source, 'u').test(text);
}

/**
 * A field's value as it is safe to show back in the form: text only, control characters removed,
 * cut to `max` characters. Files and missing fields give ''.
 */
export function safeValue(form: FormData, name: string, max = 64): string {
	const value = form.get(name);
	if (typeof value !== 'string') return '';
	return value.replace(CONTROL, '').slice(0, max);
}
