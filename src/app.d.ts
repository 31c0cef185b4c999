// See https://svelte.dev/docs/kit/types#app.d.ts
import type { CrossSite } from '$lib/cross-site';
import type { Database } from '$lib/server/db';
import type { Config } from '$lib/server/config';
import type { Session } from '$lib/server/sessions';
import type { PublicUser } from '$lib/server/users';

declare global {
	namespace App {
		interface Locals {
			db: Database;
			config: Config;
			/** The signed-in user, or null; guards in $lib/server/auth/guards.ts read it. */
			user: PublicUser | null;
			session: Session | null;
		}
		interface Error {
			message: string;
			/** Set when a form post was refused as cross-site (src/lib/server/csrf.ts). */
			crossSite?: CrossSite;
		}
	}
}

export {};
