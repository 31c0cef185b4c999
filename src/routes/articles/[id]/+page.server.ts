import { ASKABLE_KINDS } from '$lib/generator/skills';
import { bandOf, gradeLabel } from '$lib/reading/bands';
import { daleChallGradeLevel } from 'dale-chall-formula';
import * as articles from '$lib/server/articles';
import * as clock from '$lib/server/clock';
import * as attempts from '$lib/server/attempts';
import { hasRole, requireRole, requireUser } from '$lib/server/auth/guards';
import { parseForm, readForm, type FieldErrors } from '$lib/server/forms';
import { questionWriter } from '$lib/server/question-writer';
import * as questions from '$lib/server/questions';
import * as readings from '$lib/server/readings';
import * as assignments from '$lib/server/assignments';
import * as classes from '$lib/server/classes';
import { Assign, endOfDay } from '$lib/server/class-forms';
import { StartQuiz } from '$lib/server/quiz-forms';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// The article, rendered from the generator's normalized text so a question's source sentence can be
// marked by its offsets (`?highlight=<questionId>`, from "Show in article").
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals);
	const article = await articles.read(locals.db, params.id);
	if (!article) {
		// Links from a learner's history (results, progress) may lead to a deleted article.
		if (await articles.wasDeleted(locals.db, params.id)) {
			error(410, 'An author removed this article from the library');
		}
		error(404, 'Article not found');
	}
	const text = (await questions.articleText(locals.db, article.id)) ?? article.body;
	const highlightId = url.searchParams.get('highlight');
	const source = highlightId ? await questions.read(locals.db, highlightId) : undefined;
	const resume = await attempts.findUnfinished(locals.db, user.id, article.id);
	const reading = await readings.findUnfinished(locals.db, user.id, article.id);
	// During a closed-book quiz ("Read, then answer") the text and its key facts stay hidden.
	const closedBook = resume?.closedBook ?? false;
	const highlight =
		!closedBook && source?.articleId === article.id ? questions.sourceRanges(text, source) : [];
	return {
		article: {
			id: article.id,
			title: article.title,
			source: article.source,
			wordCount: article.wordCount,
			createdAt: article.createdAt,
			text: closedBook ? '' : text
		},
		closedBook,
		level: article.readingLevel
			? {
					...article.readingLevel,
					label: gradeLabel(bandOf(article.readingLevel.grade)),
					daleChallGrades: gradeLabel(daleChallGradeLevel(article.readingLevel.daleChallScore))
				}
			: null,
		highlight,
		highlightMissing: !closedBook && highlightId !== null && highlight.length === 0,
		questionCount: await questions.countActive(locals.db, article.id),
		// Questions are written after the article is saved (question-writer.ts): the page says so.
		writing: await questions.writingState(locals.db, article.id),
		keyFacts: closedBook ? [] : await questions.keyFacts(locals.db, article.id),
		// Authors see what the generator turned down, and why it made few questions.
		report: hasRole(user, 'author') ? await questions.report(locals.db, article.id) : null,
		// and may ask for comprehension kinds beyond the default quiz's.
		askable: hasRole(user, 'author')
			? Object.entries(ASKABLE_KINDS).map(([kind, label]) => ({
					kind,
					label,
					asked: article.askedKinds.includes(kind)
				}))
			: null,
		// A teacher can set the article to one of their classes ("Assign").
		teaching: hasRole(user, 'author')
			? (await classes.listTaught(locals.db, user.id)).map(({ id, name }) => ({ id, name }))
			: null,
		added: url.searchParams.has('added'),
		resume: resume ? { id: resume.id, answered: resume.answered, total: resume.total } : null,
		reading: reading ? { id: reading.id, started: reading.startedAt !== null } : null
	};
};

export const actions = {
	// Starts a quiz: the server picks and orders the questions and stores them with the attempt.
	start: async ({ locals, params, request, cookies }) => {
		const user = requireUser(locals);
		const article = await articles.read(locals.db, params.id);
		if (!article) error(404, 'Article not found');
		const parsed = await parseForm(request, StartQuiz, ['length', 'by']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const id = await attempts.start(locals.db, {
			userId: user.id,
			articleId: article.id,
			length: parsed.data.length,
			answerBy: parsed.data.by,
			now: clock.now({ locals, cookies })
		});
		if (!id) {
			const errors: FieldErrors = { form: 'This article has no questions yet.' };
			return fail(400, { values: parsed.values, errors });
		}
		redirect(303, `/quiz/${id}`);
	},
	// "Read, then answer": a timed reading of the article alone, then a closed-book quiz of the
	// length and form chosen here (the learner's unfinished reading of it, if there is one).
	read: async (event) => {
		const user = requireUser(event.locals);
		const article = await articles.read(event.locals.db, event.params.id);
		if (!article) error(404, 'Article not found');
		const parsed = await parseForm(event.request, StartQuiz, ['length', 'by']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		if ((await questions.countActive(event.locals.db, article.id)) === 0) {
			const errors: FieldErrors = { form: 'This article has no questions yet.' };
			return fail(400, { values: parsed.values, errors });
		}
		const id = await readings.begin(event.locals.db, {
			userId: user.id,
			article,
			quizLength: parsed.data.length,
			answerBy: parsed.data.by,
			now: clock.now(event)
		});
		redirect(303, `/read/${id}`);
	},
	// "Assign": a teacher sets one of their classes a quiz on this article.
	assign: async (event) => {
		const user = requireRole(event.locals, 'author');
		const article = await articles.read(event.locals.db, event.params.id);
		if (!article) error(404, 'Article not found');
		const parsed = await parseForm(event.request, Assign, ['class', 'length', 'due', 'closed']);
		const values = parsed.values;
		if (!parsed.ok) return fail(400, { action: 'assign', values, errors: parsed.errors });
		const taught = await classes.read(event.locals.db, parsed.data.class);
		const now = clock.now(event);
		const dueAt = parsed.data.due ? endOfDay(parsed.data.due) : null;
		const errors: FieldErrors = {};
		if (!taught || taught.teacherId !== user.id) errors.class = 'Choose one of your classes.';
		if (dueAt && dueAt < now) errors.due = 'That date has passed: choose today or a later day.';
		if ((await questions.countActive(event.locals.db, article.id)) === 0)
			errors.form = 'This article has no questions yet.';
		if (Object.keys(errors).length > 0) return fail(400, { action: 'assign', values, errors });
		await assignments.create(event.locals.db, {
			classId: parsed.data.class,
			articleId: article.id,
			quizLength: parsed.data.length,
			closedBook: parsed.data.closed === 'yes',
			dueAt,
			now
		});
		redirect(303, `/classes/${parsed.data.class}?assigned`);
	},
	// An author chooses the comprehension kinds to ask on top of the default quiz; the questions are
	// written again with them (the page says so while they are).
	kinds: async ({ locals, params, request }) => {
		requireRole(locals, 'author');
		const article = await articles.read(locals.db, params.id);
		if (!article) error(404, 'Article not found');
		const read = await readForm(request);
		const values: Record<string, string> = {};
		if (!read.ok) return fail(400, { values, errors: read.errors });
		const asked = read.form.getAll('kind').filter((kind) => typeof kind === 'string');
		await articles.setAskedKinds(locals.db, article.id, asked);
		questionWriter(locals.db).enqueue(article.id, { force: true });
		redirect(303, `/articles/${article.id}`);
	},
	// An author asks the generator to try again after it failed on this article.
	retry: async ({ locals, params }) => {
		requireRole(locals, 'author');
		const article = await articles.read(locals.db, params.id);
		if (!article) error(404, 'Article not found');
		await questions.clearFailure(locals.db, article.id);
		questionWriter(locals.db).enqueue(article.id, { force: true });
		redirect(303, `/articles/${article.id}`);
	}
} satisfies Actions;
