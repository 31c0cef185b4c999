import { hasRole } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// What the navigation needs: who is signed in, and whether to offer sign-up.
export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		user: user ? { username: user.username, isAdmin: hasRole(user, 'admin') } : null,
		registrationOpen: locals.config.registration === 'open'
	};
};
