import * as attempts from '$lib/server/attempts';
import * as clock from '$lib/server/clock';
import * as readings from '$lib/server/readings';
import { readingFigures } from '$lib/reading/rate';
import { requireOwn, requireUser } from '$lib/server/auth/guards';
import { accuracyByForm, givenText } from '$lib/quiz/answer-forms';
import { score } from '$lib/quiz/score';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// The score (correct / total), the time beside it, and every question with the learner's answer
// next to the correct one. `?show=missed` lists only the missed ones ("Review missed").
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals);
	const attempt = requireOwn(locals, await attempts.read(locals.db, params.attemptId));
	if (!attempt.finishedAt) redirect(303, `/quiz/${attempt.id}`);
	const items = await attempts.items(locals.db, attempt.id);
	const article = await attempts.articleOf(locals.db, attempt);
	const missedOnly = url.searchParams.get('show') === 'missed';
	const all = items.map((item) => ({
		id: item.id,
		number: item.position + 1,
		stem: item.stem,
		yourAnswer: item.answer ? givenText(item, item.answer) : null,
		typed: item.answer?.form === 'typed',
		overruled: item.answer?.overruled ?? false,
		gradeNote: item.answer?.gradeNote ?? null,
		correctAnswer: item.options[item.answerIndex] ?? '',
		correct: item.answer?.correct ?? false,
		timeMs: item.answer?.timeMs ?? 0,
		questionId: item.questionId,
		articleId: item.articleId
	}));
	const correct = items.filter((item) => item.answer?.correct).length;
	// After "Read, then answer": how fast and how well the article was read.
	const reading = attempt.closedBook ? await readings.ofAttempt(locals.db, attempt.id) : undefined;
	return {
		attempt: { id: attempt.id, retry: !!attempt.retryOf, finishedAt: attempt.finishedAt },
		reading: reading
			? {
					words: reading.words,
					readingMs: reading.readingMs,
					wholeTime: reading.wholeTime,
					...readingFigures({ ...reading, correct, total: items.length })
				}
			: null,
		article: { id: attempt.articleId, title: article?.title ?? '' },
		score: score(
			items.map((item) => ({
				correct: item.answer?.correct ?? null,
				timeMs: item.answer?.timeMs ?? null
			}))
		),
		answerBy: attempt.answerBy,
		byForm: accuracyByForm(
			items.flatMap((item) =>
				item.answer ? [{ form: item.answer.form, correct: item.answer.correct }] : []
			)
		),
		missed: all.filter((item) => !item.correct).length,
		missedOnly,
		items: missedOnly ? all.filter((item) => !item.correct) : all
	};
};

export const actions = {
	// A new attempt with only the questions missed here, options reshuffled.
	retry: async ({ locals, params, cookies }) => {
		requireUser(locals);
		const attempt = requireOwn(locals, await attempts.read(locals.db, params.attemptId));
		if (!attempt.finishedAt) redirect(303, `/quiz/${attempt.id}`);
		const id = await attempts.retryMissed(locals.db, attempt, clock.now({ locals, cookies }));
		redirect(303, id ? `/quiz/${id}` : `/quiz/${attempt.id}/results`);
	}
} satisfies Actions;
