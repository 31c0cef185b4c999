import { isActionFailure, isHttpError, isRedirect, type Cookies } from '@sveltejs/kit';
import * as accounts from '../../src/lib/server/auth/accounts';
import type { Database } from '../../src/lib/server/db';
import type { Role } from '../../src/lib/server/db/schema';
import type { Session } from '../../src/lib/server/sessions';
import type { PublicUser } from '../../src/lib/server/users';

/** A cookie jar that records what a load or action sets, as the browser would keep it. */
export class Jar implements Cookies {
	readonly values = new Map<string, string>();
	readonly options = new Map<string, Parameters<Cookies['set']>[2]>();
	get(name: string) {
		return this.values.get(name);
	}
	getAll() {
		return [...this.values].map(([name, value]) => ({ name, value }));
	}
	set(name: string, value: string, options: Parameters<Cookies['set']>[2]) {
		this.values.set(name, value);
		this.options.set(name, options);
	}
	delete(name: string, options: Parameters<Cookies['delete']>[1]) {
		this.values.delete(name);
		this.options.set(name, { ...options, maxAge: 0 });
	}
	serialize(name: string, value: string) {
		return `${name}=${value}`;
	}
}

export interface EventInput {
	db: Database;
	user?: PublicUser | null;
	session?: Session | null;
	form?: Record<string, string | Blob> | FormData;
	/** A body sent as it is, instead of `form`: bytes a browser's FormData could not hold. */
	raw?: { type: string; body: Uint8Array<ArrayBuffer> };
	url?: string;
	ip?: string;
	registration?: 'open' | 'closed';
	importAllowHosts?: string[];
	params?: Record<string, string>;
	cookies?: Jar;
}

/**
 * A request event as SvelteKit hands it to loads and actions after the hook ran: `locals` filled,
 * the form (if any) posted as multipart. Typed `never` so it fits any route's event type.
 */
export function event(input: EventInput): never {
	const url = new URL(input.url ?? 'http://localhost/');
	let body: FormData | undefined;
	if (input.form instanceof FormData) body = input.form;
	else if (input.form) {
		body = new FormData();
		for (const [name, value] of Object.entries(input.form)) body.append(name, value);
	}
	const request = input.raw
		? new Request(url, {
				method: 'POST',
				body: input.raw.body,
				headers: { 'content-type': input.raw.type }
			})
		: new Request(url, body ? { method: 'POST', body } : {});
	return {
		request,
		url,
		params: input.params ?? {},
		cookies: input.cookies ?? new Jar(),
		getClientAddress: () => input.ip ?? '203.0.113.7',
		locals: {
			db: input.db,
			config: {
				registration: input.registration ?? 'open',
				importAllowHosts: input.importAllowHosts ?? []
			},
			user: input.user ?? null,
			session: input.session ?? null
		}
	} as never;
}

export type Outcome =
	| { kind: 'data'; data: unknown }
	| { kind: 'fail'; status: number; data: unknown }
	| { kind: 'redirect'; status: number; location: string }
	| { kind: 'error'; status: number; message: string };

/** What a load or action did: returned data, failed with fail(), redirected or threw error(). */
export async function outcome(run: () => unknown): Promise<Outcome> {
	try {
		const result = await run();
		if (isActionFailure(result)) return { kind: 'fail', status: result.status, data: result.data };
		return { kind: 'data', data: result };
	} catch (thrown) {
		if (isRedirect(thrown)) {
			return { kind: 'redirect', status: thrown.status, location: thrown.location };
		}
		if (isHttpError(thrown)) {
			return { kind: 'error', status: thrown.status, message: thrown.body.message };
		}
		throw thrown;
	}
}

/** A user as the hook would put it on locals. */
export function as(role: Role, id = `${role}-user-id-00`.slice(0, 16)): PublicUser {
	return { id, username: `${role}-user`, role };
}

/** The first account (the admin), so the database is no longer fresh. */
export async function seedAdmin(db: Database): Promise<PublicUser> {
	const result = await accounts.signUp(
		db,
		{ username: 'root', password: 'a long secret' },
		{ ip: '10.0.0.1', now: new Date(), registration: 'open' }
	);
	if (!result.ok) throw new Error('seed failed');
	return result.user;
}
