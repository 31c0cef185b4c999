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
import { aikenProblem, parseGift } from '$lib/server/exchange/formats';
import { parseForm, readForm, type FieldErrors } from '$lib/server/forms';
import { questionWriter } from '$lib/server/question-writer';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** How many skipped questions a GIFT import lists; the rest are counted ("and 12 more"). */
const SKIPS_SHOWN = 20;

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
		const read = await readForm(request);
		if (!read.ok) return fail(400, { action: 'importGift', values: {}, errors: read.errors });
		const file = read.form.get('gift');
		const errors: FieldErrors = {};
		if (!(file instanceof File) || file.size === 0) errors.gift = 'Choose a GIFT file.';
		else if (file.size > 1024 * 1024) errors.gift = 'The file is larger than 1 MiB.';
		if (errors.gift || !(file instanceof File))
			return fail(400, { action: 'importGift', values: {}, errors });
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			errors.gift = 'The file is not UTF-8 text.';
			return fail(400, { action: 'importGift', values: {}, errors });
		}
		const parsed = parseGift(text);
		if (!parsed.ok) {
			errors.gift = parsed.error;
			return fail(400, { action: 'importGift', values: {}, errors });
		}
		const skipped = [...parsed.skipped];
		const good = parsed.questions.filter((q) => {
			const problems = Object.values(curation.checkQuestion(q));
			if (problems.length) skipped.push({ number: q.number, reason: problems.join(' ') });
			return problems.length === 0;
		});
		// The page lists the first few skipped questions, in file order, and counts the rest.
		skipped.sort((a, b) => a.number - b.number);
		const report = {
			skipped: skipped.slice(0, SKIPS_SHOWN),
			moreSkipped: Math.max(0, skipped.length - SKIPS_SHOWN)
		};
		if (good.length > 200) {
			errors.gift = 'A file may hold at most 200 questions.';
			return fail(400, { action: 'importGift', values: {}, errors });
		}
		const imported = await curation.importMany(
			locals.db,
			article.id,
			good.map(({ stem, options, answerIndex }) => ({ stem, options, answerIndex })),
			clock.now({ locals, cookies })
		);
		if (imported === 0) {
			errors.gift = 'No multiple-choice question with four options and one answer was found.';
			return fail(400, { action: 'importGift', values: {}, errors, ...report });
		}
		return { action: 'importGift', imported, ...report };
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
