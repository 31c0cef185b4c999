import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import * as classes from '$lib/server/classes';
import * as clock from '$lib/server/clock';
import * as readings from '$lib/server/readings';
import { requireUser } from '$lib/server/auth/guards';
import { type FieldErrors } from '$lib/server/forms';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// An assignment as a member of its class opens it from the library: done, it leads to the results;
// begun, back to the quiz or the reading; else what is asked and "Start quiz" (or "Read, then
// answer"). Anyone not in the class gets a 404.
async function assigned(event: Pick<RequestEvent, 'locals' | 'params'>) {
	const user = requireUser(event.locals);
	const found = await assignments.read(event.locals.db, event.params.assignmentId);
	if (!found || !(await classes.isMember(event.locals.db, found.assignment.classId, user.id)))
		error(404, 'Not found');
	const article = await articles.read(event.locals.db, found.assignment.articleId);
	if (!article) error(410, 'An author removed this article from the library');
	return { user, ...found, article };
}

export const load: PageServerLoad = async (event) => {
	const { user, assignment, className, article } = await assigned(event);
	const work = assignments.workOf(
		await assignments.workOn(event.locals.db, [assignment.id], [user.id]),
		assignment.id,
		user.id
	);
	if (work.state === 'done') redirect(303, `/quiz/${work.attemptId}/results`);
	if (work.state === 'in-progress') redirect(303, `/quiz/${work.attemptId}`);
	return {
		assignment: {
			id: assignment.id,
			className,
			quizLength: assignment.quizLength,
			closedBook: assignment.closedBook,
			dueAt: assignment.dueAt,
			overdue: !!assignment.dueAt && assignment.dueAt < clock.now(event)
		},
		article: { id: article.id, title: article.title, wordCount: article.wordCount }
	};
};

export const actions = {
	// Starts the assignment's quiz, or its timed reading when it is closed-book.
	start: async (event) => {
		const { user, assignment, article } = await assigned(event);
		const now = clock.now(event);
		if (assignment.closedBook) {
			const id = await readings.begin(event.locals.db, {
				userId: user.id,
				article,
				quizLength: assignment.quizLength,
				answerBy: 'choosing',
				assignmentId: assignment.id,
				now
			});
			redirect(303, `/read/${id}`);
		}
		const id = await attempts.start(event.locals.db, {
			userId: user.id,
			articleId: article.id,
			length: assignment.quizLength,
			assignmentId: assignment.id,
			now
		});
		if (!id) {
			const errors: FieldErrors = {
				form: 'This article has no questions yet: tell your teacher, and try again later.'
			};
			return fail(400, { errors });
		}
		redirect(303, `/quiz/${id}`);
	}
} satisfies Actions;
