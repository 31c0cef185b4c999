import type { Cookies } from '@sveltejs/kit';
import type { Database } from '../db';
import * as sessions from '../sessions';
import type { Session } from '../sessions';
import type { PublicUser } from '../users';
import { DEVICE_LIFETIME_MS, MAX_DEVICE_TOKENS } from './devices';

// Over HTTPS the cookie takes the __Host- prefix: the browser then insists on Secure, Path=/ and no
// Domain, so no subdomain or plain-HTTP page can plant or overwrite it.
function nameFor(url: URL): string {
	return url.protocol === 'https:' ? '__Host-session' : 'session';
}

function optionsFor(url: URL) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	} as const;
}

/** The session token the browser sent, if it looks like one. */
export function readSessionToken(cookies: Cookies, url: URL): string | undefined {
	const token = cookies.get(nameFor(url));
	return token && /^[A-Za-z0-9_-]{27}$/.test(token) ? token : undefined;
}

/** Sends the session cookie, expiring with the session. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(nameFor(url), token, { ...optionsFor(url), expires: expiresAt });
}

/** Tells the browser to forget the session cookie. */
export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(nameFor(url), optionsFor(url));
}

/**
 * Who signs the request: validates the session cookie at `now`, sends the cookie again when the
 * session was extended, and tells the browser to drop a cookie whose session is gone or expired.
 */
export async function authenticate(
	db: Database,
	cookies: Cookies,
	url: URL,
	now: Date
): Promise<{ user: PublicUser; session: Session } | null> {
	const token = readSessionToken(cookies, url);
	if (!token) return null;
	const found = await sessions.validate(db, token, now);
	if (!found) {
		deleteSessionCookie(cookies, url);
		return null;
	}
	if (found.renewed) setSessionCookie(cookies, url, token, found.session.expiresAt);
	return { user: found.user, session: found.session };
}

// The device cookie (devices.ts): up to five tokens, one per account signed in from this browser,
// the most recent first. Over HTTPS it takes the __Host- prefix too.
function deviceNameFor(url: URL): string {
	return url.protocol === 'https:' ? '__Host-device' : 'device';
}

/** The device tokens the browser sent, those that look like tokens. */
export function readDeviceTokens(cookies: Cookies, url: URL): string[] {
	const raw = cookies.get(deviceNameFor(url)) ?? '';
	return raw
		.split('.')
		.filter((token) => /^[A-Za-z0-9_-]{27}$/.test(token))
		.slice(0, MAX_DEVICE_TOKENS);
}

/** Puts the token first in the browser's device cookie, which lasts a year from `now`. */
export function addDeviceToken(cookies: Cookies, url: URL, token: string, now: Date): void {
	const tokens = [token, ...readDeviceTokens(cookies, url).filter((t) => t !== token)];
	cookies.set(deviceNameFor(url), tokens.slice(0, MAX_DEVICE_TOKENS).join('.'), {
		...optionsFor(url),
		expires: new Date(now.getTime() + DEVICE_LIFETIME_MS)
	});
}

/** After a sign-in or sign-up: the session cookie, and this account's token in the device cookie. */
export function setSignedIn(
	cookies: Cookies,
	url: URL,
	signedIn: { token: string; session: Session; deviceToken: string },
	now: Date
): void {
	setSessionCookie(cookies, url, signedIn.token, signedIn.session.expiresAt);
	addDeviceToken(cookies, url, signedIn.deviceToken, now);
}
