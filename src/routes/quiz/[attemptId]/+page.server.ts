import * as attempts from '$lib/server/attempts';
import * as clock from '$lib/server/clock';
import { requireOwn, requireUser } from '$lib/server/auth/guards';
import { parseForm, postedField, type FieldErrors } from '$lib/server/forms';
import { formQuestionOf, MAX_TYPED_LENGTH } from '$lib/server/grading';
import { Answer, Next, Overrule, TypedAnswer } from '$lib/server/quiz-forms';
import { inputModeFor, quizForm } from '$lib/quiz/answer-forms';
import { markParts, storedRange } from '$lib/quiz/highlight';
import { passageOf } from '$lib/quiz/passage';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// The question on screen is the attempt's cursor, stored in the database: a reload, another device
// or a visit days later shows the same question, with its feedback once it is answered.
export const load: PageServerLoad = async ({ locals, params, cookies }) => {
	requireUser(locals);
	const screen = await attempts.screen(locals.db, params.attemptId);
	const attempt = requireOwn(locals, screen?.attempt);
	if (attempt.finishedAt) redirect(303, `/quiz/${attempt.id}/results`);
	if (screen?.articleDeleted) error(410, attempts.REMOVED_ARTICLE);
	const item = screen?.item;
	if (!item) error(404, 'Not found');
	if (!item.shownAt) await attempts.markShown(locals.db, item.id, clock.now({ locals, cookies }));
	const answer = item.answer;
	const shown = formQuestionOf(item);
	const form = quizForm(attempt.answerBy, shown);
	return {
		attempt: {
			id: attempt.id,
			total: attempt.total,
			position: attempt.cursor,
			retry: !!attempt.retryOf,
			// "Read, then answer": no way back to the article until the results.
			closedBook: attempt.closedBook
		},
		article: { id: attempt.articleId, title: screen.articleTitle },
		question: {
			itemId: item.id,
			stem: item.stem,
			form,
			// A typed item shows no options: they would give the answer away.
			options: form === 'choice' ? item.options : [],
			inputMode: form === 'typed' ? inputModeFor(shown.answer) : 'text',
			passage: passageOf(item)
		},
		// The answer stays on the server until the learner has given theirs.
		feedback: answer
			? {
					chosen: answer.chosenIndex,
					typed: answer.typed,
					answer: shown.answer,
					gradeNote: answer.gradeNote,
					overruled: answer.overruled,
					correct: answer.correct,
					answerIndex: item.answerIndex,
					sentence: markParts(item.sourceSentence, storedRange(item)),
					questionId: item.questionId,
					// A practice attempt may mix articles: each question links to its own.
					articleId: item.articleId,
					timeMs: answer.timeMs,
					last: attempt.cursor >= attempt.total - 1
				}
			: null
	};
};

export const actions = {
	// Records the answer once; a repeat (double click, replay, second tab) changes nothing.
	answer: async ({ locals, params, request, cookies }) => {
		requireUser(locals);
		const attempt = requireOwn(locals, await attempts.read(locals.db, params.attemptId));
		if (await attempts.onRemovedArticle(locals.db, attempt)) error(410, attempts.REMOVED_ARTICLE);
		// A typed answer comes in a "typed" field, a chosen one in "choice".
		const typing = await postedField(request, 'typed');
		const parsed = typing
			? await parseForm(request, TypedAnswer, [{ name: 'typed', max: MAX_TYPED_LENGTH }])
			: await parseForm(request, Answer);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const given = 'typed' in parsed.data ? { typed: parsed.data.typed } : parsed.data.choice;
		const result = await attempts.recordAnswer(
			locals.db,
			attempt,
			parsed.data.item,
			given,
			clock.now({ locals, cookies })
		);
		if (result.status === 'not-found') error(404, 'Not found');
		if (result.status === 'invalid') {
			const errors: FieldErrors = typing
				? { typed: 'This question is answered by choosing: choose one of the four answers.' }
				: { choice: 'Choose one of the four answers.' };
			return fail(400, { values: parsed.values, errors });
		}
		redirect(303, `/quiz/${attempt.id}`);
	},
	// "I was right": a refused typed answer counts as right, marked as the learner's call.
	overrule: async ({ locals, params, request }) => {
		requireUser(locals);
		const attempt = requireOwn(locals, await attempts.read(locals.db, params.attemptId));
		const parsed = await parseForm(request, Overrule);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await attempts.overrule(locals.db, attempt, parsed.data.item);
		if (result === 'not-found') error(404, 'Not found');
		redirect(303, attempt.finishedAt ? `/quiz/${attempt.id}/results` : `/quiz/${attempt.id}`);
	},
	// Moves on from an answered question; after the last one, to the results.
	next: async ({ locals, params, request, cookies }) => {
		requireUser(locals);
		const attempt = requireOwn(locals, await attempts.read(locals.db, params.attemptId));
		if (await attempts.onRemovedArticle(locals.db, attempt)) error(410, attempts.REMOVED_ARTICLE);
		const parsed = await parseForm(request, Next);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const now = clock.now({ locals, cookies });
		const moved = await attempts.advance(locals.db, attempt, parsed.data.from, now);
		if (moved === 'finished') redirect(303, `/quiz/${attempt.id}/results`);
		redirect(303, `/quiz/${attempt.id}`);
	}
} satisfies Actions;
