import * as classes from '$lib/server/classes';
import { requireTeacher } from '$lib/server/auth/guards';
import { gradebook, summaryRows } from '$lib/server/class-report';
import { toCsvText } from '$lib/server/csv';
import { attachment, fileSlug } from '$lib/server/download';
import type { RequestHandler } from './$types';

// "Download summary (CSV)": a learner per row and an assignment per column, for a spreadsheet
// (with the byte order mark Excel needs to read UTF-8).
export const GET: RequestHandler = async ({ locals, params }) => {
	const found = requireTeacher(locals, await classes.read(locals.db, params.classId));
	const book = await gradebook(locals.db, found.id, await classes.members(locals.db, found.id));
	return attachment(
		toCsvText(summaryRows(book), { bom: true }),
		'text/csv; charset=utf-8',
		`${fileSlug(found.name, 'class')}-summary.csv`
	);
};
