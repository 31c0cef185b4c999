import { requireUser } from '$lib/server/auth/guards';
import * as questions from '$lib/server/questions';
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// Where the article's questions stand, for its page to ask while they are being written: a few
// bytes, where reloading the page would send the whole article again every time.
export const GET: RequestHandler = async ({ locals, params }) => {
	requireUser(locals);
	const writing = await questions.writingState(locals.db, params.id);
	return json({ state: writing.state }, { headers: { 'cache-control': 'no-store' } });
};
