import { hasRole } from '$lib/server/auth/guards';
import * as clock from '$lib/server/clock';
import * as reviews from '$lib/server/reviews';
import type { LayoutServerLoad } from './$types';

// What the navigation needs: who is signed in, whether to offer sign-up, how many reviews are due.
export const load: LayoutServerLoad = async (event) => {
	const { locals } = event;
	const user = locals.user;
	return {
		reviewsDue: user ? await reviews.countDue(locals.db, user.id, clock.now(event)) : 0,
		user: user
			? {
					username: user.username,
					isAdmin: hasRole(user, 'admin'),
					isAuthor: hasRole(user, 'author')
				}
			: null,
		registrationOpen: locals.config.registration === 'open'
	};
};
