import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so an id read aloud or copied by hand stays unambiguous.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A random, URL-safe id of 16 characters (80 bits), made in the app rather than by the database. */
export function newId(): string {
	const bytes = randomBytes(16);
	let id = '';
	for (const byte of bytes) id += ALPHABET[byte & 31];
	return id;
}
