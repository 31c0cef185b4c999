import * as articles from '$lib/server/articles';
import * as clock from '$lib/server/clock';
import * as questions from '$lib/server/questions';
import * as readings from '$lib/server/readings';
import { requireOwn, requireUser } from '$lib/server/auth/guards';
import { parseForm, type FieldErrors } from '$lib/server/forms';
import { FinishReading, ReadingTimer } from '$lib/server/quiz-forms';
import { bandOf, gradeLabel } from '$lib/reading/bands';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// "Read, then answer": the article alone, timed from "Start reading" to "I've finished reading"
// while the page is visible, then its quiz with the article hidden. The text stays out of sight
// until the timer starts, so all of the reading is timed.
export const load: PageServerLoad = async (event) => {
	requireUser(event.locals);
	const reading = requireOwn(
		event.locals,
		await readings.read(event.locals.db, event.params.readingId)
	);
	if (reading.attemptId) redirect(303, `/quiz/${reading.attemptId}`);
	const article = await articles.read(event.locals.db, reading.articleId);
	if (!article) error(410, 'An author removed this article from the library');
	const started = reading.startedAt !== null;
	const text = started
		? ((await questions.articleText(event.locals.db, article.id)) ?? article.body)
		: null;
	return {
		reading: {
			id: reading.id,
			started,
			running: reading.resumedAt !== null,
			finished: reading.finishedAt !== null,
			elapsedMs: readings.elapsedMs(reading, clock.now(event))
		},
		article: {
			id: article.id,
			title: article.title,
			words: reading.words,
			level: reading.grade === null ? null : gradeLabel(bandOf(reading.grade))
		},
		paragraphs: text === null ? [] : articles.paragraphs(text)
	};
};

async function ownReading(event: RequestEvent) {
	requireUser(event.locals);
	return requireOwn(event.locals, await readings.read(event.locals.db, event.params.readingId));
}

export const actions = {
	// "Start reading": the text appears and the timer runs.
	start: async (event) => {
		const reading = await ownReading(event);
		await readings.start(event.locals.db, reading.id, clock.now(event));
		redirect(303, `/read/${reading.id}`);
	},
	// Sent by the page's script when it is hidden or left, and when it is visible again.
	pause: async (event) => {
		const reading = await ownReading(event);
		const parsed = await parseForm(event.request, ReadingTimer);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await readings.pause(event.locals.db, reading.id, parsed.data.view, clock.now(event));
		return { timer: 'paused' as const };
	},
	resume: async (event) => {
		const reading = await ownReading(event);
		const parsed = await parseForm(event.request, ReadingTimer);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await readings.resume(event.locals.db, reading.id, parsed.data.view, clock.now(event));
		return { timer: 'running' as const };
	},
	// "I've finished reading": the time stops and the closed-book quiz starts.
	finish: async (event) => {
		const reading = await ownReading(event);
		const parsed = await parseForm(event.request, FinishReading);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const outcome = await readings.finish(event.locals.db, reading, {
			now: clock.now(event),
			pausedWhileHidden: parsed.data.timer === 'paused-while-hidden'
		});
		if (outcome.status === 'quiz') redirect(303, `/quiz/${outcome.attemptId}`);
		if (outcome.status === 'finishing') redirect(303, `/read/${reading.id}`);
		const errors: FieldErrors = {
			form:
				outcome.status === 'not-started'
					? 'Start reading first: the timer measures your reading.'
					: 'This article has no questions yet, so there is no quiz to take. Your reading time is kept.'
		};
		return fail(400, { values: parsed.values, errors });
	}
} satisfies Actions;
