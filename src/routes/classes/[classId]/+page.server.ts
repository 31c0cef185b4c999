import * as assignments from '$lib/server/assignments';
import * as classes from '$lib/server/classes';
import { gradebook } from '$lib/server/class-report';
import { requireTeacher, requireUser } from '$lib/server/auth/guards';
import { ClassName, JoinSwitch, MemberRef } from '$lib/server/class-forms';
import { parseForm, type FieldErrors } from '$lib/server/forms';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// A class as its teacher sees it (the join code, its switch, the members with "Remove") or as a
// member does (the class, its teacher, "Leave class"). Anyone else gets a 404: a class's id
// confirms nothing.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals);
	const found = await classes.read(locals.db, params.classId);
	if (!found) error(404, 'Not found');
	if (found.teacherId === user.id) {
		const members = await classes.members(locals.db, found.id);
		const book = await gradebook(locals.db, found.id, members);
		const count = (i: number, state: assignments.AssignmentState) =>
			book.learners.filter((l) => l.work[i]!.state === state).length;
		return {
			role: 'teacher' as const,
			class: found,
			members,
			// Newest first; the gradebook's columns stay oldest first.
			assignments: book.assignments
				.map((a, i) => ({ ...a, done: count(i, 'done'), inProgress: count(i, 'in-progress') }))
				.reverse(),
			gradebook: book,
			assigned: url.searchParams.has('assigned')
		};
	}
	if (!(await classes.isMember(locals.db, found.id, user.id))) error(404, 'Not found');
	const joined = await classes.listJoined(locals.db, user.id);
	return {
		role: 'member' as const,
		class: { id: found.id, name: found.name },
		teacher: joined.find((row) => row.id === found.id)?.teacher ?? '',
		joinedNow: url.searchParams.has('joined'),
		alreadyIn: url.searchParams.has('already')
	};
};

/** The class, for its teacher's actions; 404 for anyone else. */
async function taught(event: RequestEvent) {
	return requireTeacher(event.locals, await classes.read(event.locals.db, event.params.classId));
}

export const actions = {
	// "New code": the old code stops working at once.
	code: async (event) => {
		const found = await taught(event);
		await classes.newJoinCode(event.locals.db, found.id);
		return { action: 'code', done: 'A new join code is ready; the old one no longer works.' };
	},
	// "Switch off joining" / "Switch on joining": the code is kept.
	joining: async (event) => {
		const found = await taught(event);
		const parsed = await parseForm(event.request, JoinSwitch);
		if (!parsed.ok)
			return fail(400, { action: 'joining', values: parsed.values, errors: parsed.errors });
		await classes.setJoinOpen(event.locals.db, found.id, parsed.data.open === 'yes');
		return {
			action: 'joining',
			done:
				parsed.data.open === 'yes'
					? 'Learners can join with the code again.'
					: 'Joining is switched off.'
		};
	},
	// "Rename".
	rename: async (event) => {
		const found = await taught(event);
		const parsed = await parseForm(event.request, ClassName, [{ name: 'name', max: 200 }]);
		if (!parsed.ok)
			return fail(400, { action: 'rename', values: parsed.values, errors: parsed.errors });
		await classes.rename(event.locals.db, found.id, parsed.data.name);
		return { action: 'rename', done: 'Class renamed.' };
	},
	// "Remove": the learner leaves the class; their own results stay theirs.
	remove: async (event) => {
		const found = await taught(event);
		const parsed = await parseForm(event.request, MemberRef);
		if (!parsed.ok)
			return fail(400, { action: 'remove', values: parsed.values, errors: parsed.errors });
		if (!(await classes.removeMember(event.locals.db, found.id, parsed.data.user))) {
			const errors: FieldErrors = { user: 'That learner is no longer in this class.' };
			return fail(400, { action: 'remove', values: parsed.values, errors });
		}
		return { action: 'remove', done: 'Learner removed from the class.' };
	},
	// "Leave class": a member leaves.
	leave: async (event) => {
		const user = requireUser(event.locals);
		const found = await classes.read(event.locals.db, event.params.classId);
		if (!found || !(await classes.removeMember(event.locals.db, found.id, user.id)))
			error(404, 'Not found');
		redirect(303, '/classes?left');
	}
} satisfies Actions;
