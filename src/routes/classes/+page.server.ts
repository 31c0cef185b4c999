import * as classes from '$lib/server/classes';
import * as clock from '$lib/server/clock';
import { hasRole, requireRole, requireUser } from '$lib/server/auth/guards';
import { ClassName, JoinClass } from '$lib/server/class-forms';
import { parseForm, type FieldErrors } from '$lib/server/forms';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// The classes a person teaches (authors and admins, with "New class") and the ones they joined
// ("Join a class").
export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser(locals);
	return {
		teaching: hasRole(user, 'author') ? await classes.listTaught(locals.db, user.id) : null,
		joined: await classes.listJoined(locals.db, user.id)
	};
};

const JOIN_REFUSED: Record<'unknown' | 'closed' | 'teacher', string> = {
	unknown: 'No class has this join code. Check it with your teacher.',
	closed: 'This class is not taking new members: its teacher switched joining off.',
	teacher: 'You teach this class, so you cannot join it as a learner.'
};

export const actions = {
	// "Create class": an author or admin makes a class and becomes its teacher.
	create: async (event) => {
		const user = requireRole(event.locals, 'author');
		const parsed = await parseForm(event.request, ClassName, [{ name: 'name', max: 200 }]);
		if (!parsed.ok)
			return fail(400, { action: 'create', values: parsed.values, errors: parsed.errors });
		const id = await classes.create(event.locals.db, {
			teacherId: user.id,
			name: parsed.data.name,
			now: clock.now(event)
		});
		redirect(303, `/classes/${id}`);
	},
	// "Join": a learner joins with the code their teacher gave them.
	join: async (event) => {
		const user = requireUser(event.locals);
		const parsed = await parseForm(event.request, JoinClass, [{ name: 'code', max: 40 }]);
		if (!parsed.ok)
			return fail(400, { action: 'join', values: parsed.values, errors: parsed.errors });
		const outcome = await classes.join(
			event.locals.db,
			user.id,
			parsed.data.code,
			clock.now(event)
		);
		if (outcome.status === 'joined' || outcome.status === 'already')
			redirect(303, `/classes/${outcome.classId}?${outcome.status}`);
		const errors: FieldErrors = { code: JOIN_REFUSED[outcome.status] };
		return fail(400, { action: 'join', values: parsed.values, errors });
	}
} satisfies Actions;
