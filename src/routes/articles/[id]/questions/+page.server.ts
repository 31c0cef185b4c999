import * as articles from '$lib/server/articles';
import * as clock from '$lib/server/clock';
import { requireRole } from '$lib/server/auth/guards';
import * as curation from '$lib/server/curation';
import {
	ConfirmDelete,
	EditQuestion,
	KEEP_DRAFT,
	QuestionRef,
	WriteQuestion
} from '$lib/server/curation-forms';
import { aikenProblem, parseGift, parseMoodleXml } from '$lib/server/exchange/formats';
import { importQuestions, MAX_IMPORT_BYTES, uploadedText } from '$lib/server/exchange/import';
import { parseForm, readForm, safeText, type FieldErrors } from '$lib/server/forms';
import { questionWriter } from '$lib/server/question-writer';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The article, or 404: every load and action here is about one article. */
async function articleOf(locals: App.Locals, id: string) {
	const article = await articles.read(locals.db, id);
	if (!article) error(404, 'Article not found');
	return article;
}

const draftOf = (data: {
	stem: string;
	option0: string;
	option1: string;
	option2: string;
	option3: string;
	answer: number;
}) => ({
	stem: data.stem,
	options: [data.option0, data.option1, data.option2, data.option3],
	answerIndex: data.answer
});

export const load: PageServerLoad = async ({ locals, params }) => {
	requireRole(locals, 'author');
	const article = await articleOf(locals, params.id);
	const all = await curation.listAll(locals.db, article.id);
	// Active questions the Aiken export leaves out, with why: Moodle would misread them.
	const aikenLeftOut = all.flatMap((q) => {
		const reason = q.status === 'active' ? aikenProblem(q) : null;
		return reason ? [{ id: q.id, stem: q.stem, reason }] : [];
	});
	return {
		article: { id: article.id, title: article.title },
		aikenLeftOut,
		questions: all.map((q) => ({
			id: q.id,
			stem: q.stem,
			options: q.options,
			answerIndex: q.answerIndex,
			status: q.status,
			edited: q.editedAt !== null,
			manual: q.kind === 'manual',
			sourceSentence: q.sourceSentence
		}))
	};
};

export const actions = {
	// Changes a question in place; attempts keep the snapshot they showed.
	edit: async ({ locals, params, request, cookies }) => {
		requireRole(locals, 'author');
		const article = await articleOf(locals, params.id);
		const parsed = await parseForm(request, EditQuestion, KEEP_DRAFT);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { action: 'edit', values, errors: parsed.errors });
		const draft = draftOf(parsed.data);
		const errors = curation.checkQuestion(draft);
		if (Object.keys(errors).length) return fail(400, { action: 'edit', values, errors });
		const now = clock.now({ locals, cookies });
		if (!(await curation.edit(locals.db, article.id, parsed.data.question, draft, now)))
			error(404, 'Question not found');
		return { action: 'edit', saved: parsed.data.question };
	},
	// Retired questions leave new quizzes; restore brings one back.
	retire: async (event) => setRetired(event, true),
	restore: async (event) => setRetired(event, false),
	// A question written by hand, citing a sentence of the article.
	write: async ({ locals, params, request, cookies }) => {
		requireRole(locals, 'author');
		const article = await articleOf(locals, params.id);
		const parsed = await parseForm(request, WriteQuestion, KEEP_DRAFT);
		const { values } = parsed;
		if (!parsed.ok) return fail(400, { action: 'write', values, errors: parsed.errors });
		const draft = draftOf(parsed.data);
		const errors = curation.checkQuestion({ ...draft, explanation: parsed.data.explanation });
		if (Object.keys(errors).length) return fail(400, { action: 'write', values, errors });
		const written = await curation.write(
			locals.db,
			article.id,
			{ ...draft, sentence: parsed.data.sentence, explanation: parsed.data.explanation },
			clock.now({ locals, cookies })
		);
		if (!written.ok) return fail(400, { action: 'write', values, errors: written.errors });
		return { action: 'write', saved: written.id };
	},
	// Runs the generator again, off the request (question-writer.ts); edited and hand-written
	// questions stay, answered ones are retired.
	regenerate: async ({ locals, params }) => {
		requireRole(locals, 'author');
		const article = await articleOf(locals, params.id);
		questionWriter(locals.db).enqueue(article.id, { force: true });
		return { action: 'regenerate', writing: true };
	},
	// A GIFT file's multiple-choice questions join the article's, each checked like a written one.
	importGift: async ({ locals, params, request, cookies }) => {
		requireRole(locals, 'author');
		const article = await articleOf(locals, params.id);
		const action = 'importGift';
		const read = await readForm(request);
		if (!read.ok) return fail(400, { action, values: {}, errors: read.errors });
		const upload = await uploadedText(read.form, 'a GIFT file', 'gift');
		if (!upload.ok) return fail(400, { action, values: {}, errors: { gift: upload.error } });
		const parsed = parseGift(upload.text);
		if (!parsed.ok) return fail(400, { action, values: {}, errors: { gift: parsed.error } });
		const result = await importQuestions(
			locals.db,
			article.id,
			parsed,
			clock.now({ locals, cookies }),
			'No multiple-choice question with four options and one answer was found.'
		);
		if (!result.ok)
			return fail(400, { action, values: {}, errors: { gift: result.error }, ...result.report });
		return {
			action,
			imported: result.imported,
			skipped: result.skipped,
			moreSkipped: result.moreSkipped
		};
	},
	// A Moodle XML file's (or pasted text's) single-answer multiple-choice questions, the same way;
	// when nothing can be imported nothing is written, and the pasted text comes back to be fixed.
	importMoodle: async ({ locals, params, request, cookies }) => {
		requireRole(locals, 'author');
		const article = await articleOf(locals, params.id);
		const action = 'importMoodle';
		const read = await readForm(request);
		if (!read.ok) return fail(400, { action, values: {}, errors: read.errors });
		const values = { moodleText: safeText(read.form, 'moodleText', MAX_IMPORT_BYTES) };
		const upload = await uploadedText(read.form, 'a Moodle XML file', 'moodle', 'moodleText');
		if (!upload.ok) return fail(400, { action, values, errors: { moodle: upload.error } });
		const parsed = parseMoodleXml(upload.text);
		if (!parsed.ok) return fail(400, { action, values, errors: { moodle: parsed.error } });
		const result = await importQuestions(
			locals.db,
			article.id,
			parsed,
			clock.now({ locals, cookies }),
			'No multiple-choice question with four options and one right answer was found.'
		);
		if (!result.ok)
			return fail(400, { action, values, errors: { moodle: result.error }, ...result.report });
		return {
			action,
			imported: result.imported,
			skipped: result.skipped,
			moreSkipped: result.moreSkipped
		};
	},
	// Deletes the article once the box is ticked; learners' attempts on it stay.
	delete: async ({ locals, params, request, cookies }) => {
		requireRole(locals, 'author');
		const article = await articleOf(locals, params.id);
		const parsed = await parseForm(request, ConfirmDelete);
		if (!parsed.ok) return fail(400, { action: 'delete', values: {}, errors: parsed.errors });
		await articles.remove(locals.db, article.id, clock.now({ locals, cookies }));
		redirect(303, '/?deleted=1');
	}
} satisfies Actions;

async function setRetired(event: RequestEvent, retired: boolean) {
	const { locals, request } = event;
	requireRole(locals, 'author');
	const article = await articleOf(locals, event.params.id ?? '');
	const parsed = await parseForm(request, QuestionRef, ['question']);
	if (!parsed.ok) {
		const errors: FieldErrors = parsed.errors;
		return fail(400, { action: retired ? 'retire' : 'restore', values: parsed.values, errors });
	}
	const now = clock.now(event);
	if (!(await curation.setRetired(locals.db, article.id, parsed.data.question, retired, now)))
		error(404, 'Question not found');
	return { action: retired ? 'retire' : 'restore', saved: parsed.data.question };
}
