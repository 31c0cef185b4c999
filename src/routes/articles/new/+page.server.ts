import * as articles from '$lib/server/articles';
import * as clock from '$lib/server/clock';
import { requireRole } from '$lib/server/auth/guards';
import { parseForm, readForm, type FieldErrors } from '$lib/server/forms';
import * as intake from '$lib/server/intake';
import {
	ImportUrl,
	KEEP_TEXT,
	KEEP_TITLE,
	KEEP_URL,
	PasteArticle
} from '$lib/server/intake/schemas';
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireRole(locals, 'author');
	return { maxFileMiB: intake.MAX_FILE_BYTES / 1024 / 1024, maxFiles: intake.MAX_FILES };
};

/** Adds checked text; a duplicate comes back as a failure naming the article that has it. */
async function addChecked(
	event: { locals: App.Locals; cookies: Cookies },
	action: 'paste' | 'import',
	values: Record<string, string>,
	input: { title: string; body: string; source: string | null }
) {
	const added = await articles.add(event.locals.db, input, clock.now(event));
	if (added.created) redirect(303, `/articles/${added.id}?added=1`);
	const field = action === 'paste' ? 'text' : 'url';
	const errors: FieldErrors = { [field]: 'This text is already in the library.' };
	return fail(400, {
		action,
		values,
		errors,
		duplicate: { id: added.duplicateOf, title: added.title }
	});
}

export const actions = {
	// Pasted text: checked, then saved with its questions in one batch.
	paste: async ({ locals, request, cookies }) => {
		requireRole(locals, 'author');
		const parsed = await parseForm(request, PasteArticle, [KEEP_TITLE, KEEP_TEXT]);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { action: 'paste', values, errors: parsed.errors });
		const checked = intake.checkArticle(parsed.data, { typed: true });
		if (!checked.ok) return fail(400, { action: 'paste', values, errors: checked.errors });
		return addChecked({ locals, cookies }, 'paste', values, {
			title: checked.title,
			body: checked.body,
			source: null
		});
	},
	// Files: each becomes an article or says why not; the page lists what became of each.
	upload: async ({ locals, request, cookies }) => {
		requireRole(locals, 'author');
		const read = await readForm(request);
		if (!read.ok) return fail(400, { action: 'upload', errors: read.errors, results: [] });
		const files = read.form
			.getAll('files')
			.filter((file) => file instanceof File && (file.size > 0 || file.name));
		if (files.length === 0) {
			const errors: FieldErrors = { files: 'Choose one or more .txt, .md or .html files.' };
			return fail(400, { action: 'upload', errors, results: [] });
		}
		const results = await intake.addFiles(
			locals.db,
			files as File[],
			clock.now({ locals, cookies })
		);
		const status = results.some((result) => result.status === 'added') ? 200 : 400;
		const errors: FieldErrors = {};
		if (status === 400) return fail(400, { action: 'upload', errors, results });
		return { action: 'upload', errors, results };
	},
	// A web page: fetched safely (see intake/url.ts), reduced to plain text, then checked and saved.
	import: async ({ locals, request, cookies }) => {
		requireRole(locals, 'author');
		const parsed = await parseForm(request, ImportUrl, [KEEP_URL]);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { action: 'import', values, errors: parsed.errors });
		let page: Awaited<ReturnType<typeof intake.importUrl>>;
		try {
			page = await intake.importUrl(parsed.data.url, {
				allowHosts: locals.config.importAllowHosts
			});
		} catch (error) {
			if (!(error instanceof intake.ImportError)) throw error;
			const errors: FieldErrors = { url: error.message };
			return fail(400, { action: 'import', values, errors });
		}
		const checked = intake.checkArticle({ title: page.title.slice(0, 200), text: page.text });
		if (!checked.ok) {
			const reason = checked.errors.text ?? checked.errors.title ?? '';
			const errors: FieldErrors = { url: `The page’s article cannot be added. ${reason}` };
			return fail(400, { action: 'import', values, errors });
		}
		return addChecked({ locals, cookies }, 'import', values, {
			title: checked.title,
			body: checked.body,
			source: page.url
		});
	}
} satisfies Actions;
