// A class's join code: short enough to read out in a classroom or copy from a board, in letters and
// digits no one mixes up (no 0/O, 1/I/L, 5/S, 8/B), and forgiving of how it is typed. Pure.

/** The characters a join code is made of. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXYZ234679';

/** How long a join code is: 27^6 ≈ 387 million codes, so a guess almost never finds a class. */
export const JOIN_CODE_LENGTH = 6;

/** A new join code from random bytes (one byte per character; the tiny bias does not matter here). */
export function joinCodeFrom(bytes: Uint8Array): string {
	if (bytes.length < JOIN_CODE_LENGTH) throw new Error('not enough random bytes');
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++)
		code += JOIN_CODE_ALPHABET[bytes[i]! % JOIN_CODE_ALPHABET.length];
	return code;
}

const typedCode = (typed: string) => typed.toUpperCase().replace(/[\s-]+/g, '');

/** Why a typed code cannot be a join code, in words, or null when it can. */
export function joinCodeProblem(typed: string): string | null {
	const code = typedCode(typed);
	if (code.length === 0) return 'Enter the join code your teacher gave you.';
	if (code.length !== JOIN_CODE_LENGTH)
		return `A join code has ${JOIN_CODE_LENGTH} letters and digits; this one has ${code.length}.`;
	const odd = [...code].find((char) => !JOIN_CODE_ALPHABET.includes(char));
	if (odd === undefined) return null;
	return /[A-Z0-9]/.test(odd)
		? `Join codes never hold “${odd}”, which is easy to misread: check the code with your teacher.`
		: `Join codes hold only letters and digits, not “${odd}”.`;
}

/**
 * The code as stored, from what someone typed: case, spaces and dashes do not matter ("ac3-x7k"),
 * or null when it cannot be a join code (see joinCodeProblem for why).
 */
export function normalizeJoinCode(typed: string): string | null {
	return joinCodeProblem(typed) === null ? typedCode(typed) : null;
}
