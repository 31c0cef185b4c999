import type { Cookies } from '@sveltejs/kit';

// The one place routes read the time. Server functions take `now` as a parameter, so tests pin it;
// browser tests move it forward with a cookie, honoured only when QUIZWRIGHT_TEST_CLOCK=1.

/** The cookie holding how many days (0–3650) browser tests move the clock forward. */
export const TEST_CLOCK_COOKIE = 'quizwright-test-days';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The time for this request: real time, or moved forward by the test cookie when allowed. */
export function now(event: { locals: App.Locals; cookies: Pick<Cookies, 'get'> }): Date {
	const real = new Date();
	if (!event.locals.config.testClock) return real;
	const raw = event.cookies.get(TEST_CLOCK_COOKIE);
	const days = raw && /^\d{1,4}(\.\d+)?$/.test(raw) ? Number(raw) : 0;
	return days > 0 && days <= 3650 ? new Date(real.getTime() + days * DAY_MS) : real;
}
