import * as classes from '$lib/server/classes';
import { requireTeacher } from '$lib/server/auth/guards';
import { gradebook } from '$lib/server/class-report';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// One learner's scores across the class's assignments, for the class's teacher: only while the
// learner is in the class, and only the work done for its assignments.
export const load: PageServerLoad = async ({ locals, params }) => {
	const found = requireTeacher(locals, await classes.read(locals.db, params.classId));
	const learner = (await classes.members(locals.db, found.id)).find((m) => m.id === params.userId);
	if (!learner) error(404, 'Not found');
	const book = await gradebook(locals.db, found.id, [learner]);
	const work = book.learners[0]!.work;
	return {
		class: { id: found.id, name: found.name },
		learner: { id: learner.id, username: learner.username, joinedAt: learner.joinedAt },
		assignments: book.assignments.map((a, i) => ({ ...a, work: work[i]! }))
	};
};
