import * as clock from '$lib/server/clock';
import * as progress from '$lib/server/progress';
import { requireUser } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

// The learner's history, score over time and per article, accuracy by kind, streak and totals.
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event.locals);
	return await progress.summary(event.locals.db, user.id, clock.now(event));
};
