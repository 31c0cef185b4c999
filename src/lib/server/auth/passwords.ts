import { hash, verify, type Algorithm } from '@node-rs/argon2';
import commonPasswordList from './common-passwords.txt?raw';

/**
 * argon2id at OWASP's minimum for it: 19 MiB of memory, 2 passes, 1 lane
 * (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id).
 * The parameters are written into each hash, so raising them later still verifies old hashes.
 */
// Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot read.
const ARGON2ID: Algorithm = 2;

export const ARGON2_OPTIONS = {
	algorithm: ARGON2ID,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
} as const;

export const MIN_PASSWORD_LENGTH = 8;
// Long enough for any passphrase; short enough that hashing a hostile input stays cheap.
export const MAX_PASSWORD_LENGTH = 256;

const COMMON_PASSWORDS = new Set(
	commonPasswordList
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => line.toLowerCase())
);

/** The same password typed on any keyboard or OS gives the same string (NIST SP 800-63B §5.1.1.2). */
export function normalizePassword(password: string): string {
	return password.normalize('NFKC');
}

/** True when the password is on the short list of the most common ones, in any case. */
export function isCommonPassword(password: string): boolean {
	return COMMON_PASSWORDS.has(normalizePassword(password).toLowerCase());
}

/** An argon2id PHC string for the password. */
export function hashPassword(password: string): Promise<string> {
	return hash(normalizePassword(password), ARGON2_OPTIONS);
}

/** True when the password matches the hash; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, normalizePassword(password));
	} catch {
		return false;
	}
}

// Verified against when the username does not exist, so a wrong username takes as long as a wrong
// password and response times do not tell which usernames exist.
let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification and answers false. */
export async function verifyNothing(password: string): Promise<false> {
	dummyHash ??= hashPassword('quizwright-timing-equaliser');
	await verifyPassword(await dummyHash, password);
	return false;
}
