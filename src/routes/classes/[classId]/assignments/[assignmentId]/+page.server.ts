import * as assignments from '$lib/server/assignments';
import * as classes from '$lib/server/classes';
import { requireTeacher } from '$lib/server/auth/guards';
import { assignmentReport } from '$lib/server/class-report';
import { markParts } from '$lib/quiz/highlight';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// An assignment's dashboard, for the class's teacher alone: who has finished, their scores and
// times, how the scores spread, how each question went and the three to go over.
export const load: PageServerLoad = async ({ locals, params }) => {
	const found = requireTeacher(locals, await classes.read(locals.db, params.classId));
	const assigned = await assignments.read(locals.db, params.assignmentId);
	if (!assigned || assigned.assignment.classId !== found.id) error(404, 'Not found');
	const { assignment } = assigned;
	const report = await assignmentReport(
		locals.db,
		assignment.id,
		await classes.members(locals.db, found.id)
	);
	return {
		class: { id: found.id, name: found.name },
		assignment: {
			id: assignment.id,
			articleId: assignment.articleId,
			articleTitle: assigned.articleTitle,
			quizLength: assignment.quizLength,
			closedBook: assignment.closedBook,
			dueAt: assignment.dueAt
		},
		report: {
			...report,
			mostMissed: report.mostMissed.map((q) => ({
				...q,
				sourceParts: markParts(q.sourceSentence, q.highlight)
			}))
		}
	};
};
