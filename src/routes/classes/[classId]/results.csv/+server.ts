import * as classes from '$lib/server/classes';
import { requireTeacher } from '$lib/server/auth/guards';
import { gradebook, resultRows } from '$lib/server/class-report';
import { toCsvText } from '$lib/server/csv';
import { attachment, fileSlug } from '$lib/server/download';
import type { RequestHandler } from './$types';

// "Download results (CSV)": a row per present learner and assignment, for the class's teacher.
export const GET: RequestHandler = async ({ locals, params }) => {
	const found = requireTeacher(locals, await classes.read(locals.db, params.classId));
	const book = await gradebook(locals.db, found.id, await classes.members(locals.db, found.id));
	return attachment(
		toCsvText(resultRows(book)),
		'text/csv; charset=utf-8',
		`${fileSlug(found.name, 'class')}-results.csv`
	);
};
