// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Database } from '$lib/server/db';

declare global {
	namespace App {
		interface Locals {
			db: Database;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
