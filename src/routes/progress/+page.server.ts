import * as attempts from '$lib/server/attempts';
import * as clock from '$lib/server/clock';
import * as progress from '$lib/server/progress';
import * as readerProfile from '$lib/server/reader-profile';
import { requireUser } from '$lib/server/auth/guards';
import { parseForm } from '$lib/server/forms';
import { PractiseSkill } from '$lib/server/quiz-forms';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// The learner's history, score over time and per article, mastery per reading skill, accuracy by
// kind, streak and totals; the reader profile (timed readings, level, strongest and weakest skill).
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event.locals);
	const summary = await progress.summary(event.locals.db, user.id, clock.now(event));
	const profile = await readerProfile.profile(event.locals.db, user.id, summary.skills);
	return { ...summary, profile };
};

export const actions = {
	// A practice quiz on one reading skill, across articles: the questions of that skill the learner
	// has met, the ones missed last time first.
	practise: async (event) => {
		const user = requireUser(event.locals);
		const parsed = await parseForm(event.request, PractiseSkill);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const items = await progress.skillPracticeItems(event.locals.db, user.id, parsed.data.skill);
		const id = await attempts.practise(event.locals.db, user.id, items, clock.now(event));
		if (!id) return fail(400, { errors: { skill: 'No questions of this skill answered yet.' } });
		redirect(303, `/quiz/${id}`);
	}
} satisfies Actions;
