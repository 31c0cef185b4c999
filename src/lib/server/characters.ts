// What characters a text may hold: one rule for every field a person types (article titles and
// text, question stems, options and explanations, usernames) and for GIFT imports, so none can
// carry a character that is invisible, reorders what is shown, or breaks an export or a log.
// See Unicode TR36 (https://www.unicode.org/reports/tr36/) and Trojan Source
// (https://trojansource.codes) for why direction controls and invisible characters matter.

/**
 * A line is a name-like field (a title, a stem, an option, a username): nothing invisible at all.
 * A text is an article's body: it keeps invisible characters that pasted pages are full of and that
 * change nothing shown (soft hyphens, zero-width spaces, direction marks), but no control
 * character other than tab and line breaks, and no direction override.
 */
export type TextKind = 'line' | 'text';

export interface CharacterProblem {
	kind: 'control' | 'direction' | 'invisible' | 'invalid';
	/** The character, as U+XXXX. */
	code: string;
	/** The few visible characters before it ('' at the start): where to look for what cannot be seen. */
	after: string;
}

// C0 and C1 control characters and DEL, except tab, line feed and carriage return: NUL, BEL, BS,
// ESC… are never typed, and end up verbatim in exports.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text show in
// another order than it is stored, so "gnp.exe" can read as "exe.png".
const OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
// Every direction control, including the marks U+200E, U+200F and U+061C.
const DIRECTION = /\p{Bidi_Control}/u;
// Format characters and blank fillers that show nothing: zero-width space, word joiner, soft
// hyphen, BOM, Hangul fillers… Zero-width (non-)joiners and emoji tags are kept: emoji need them.
const INVISIBLE = /(?!\u200C|\u200D|[\u{E0020}-\u{E007F}])[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
// What a decoder puts in place of bytes that are not UTF-8: a form field holding it arrived broken.
const REPLACEMENT = '\uFFFD';

const rules = (kind: TextKind) =>
	[
		['control', CONTROL],
		['direction', kind === 'line' ? DIRECTION : OVERRIDE],
		...(kind === 'line' ? ([['invisible', INVISIBLE]] as const) : [])
	] as const;

const codeOf = (character: string) =>
	`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Up to 16 visible characters before `index`, on one line. */
function before(text: string, index: number, kind: TextKind): string {
	const visible = withoutRefused(text.slice(0, index), kind).replace(/\s+/g, ' ');
	return [...visible].slice(-16).join('').trim();
}

/** The first character the text may not hold, or null when it holds none. */
export function characterProblem(text: string, kind: TextKind = 'line'): CharacterProblem | null {
	const broken = text.indexOf(REPLACEMENT);
	if (broken >= 0) return { kind: 'invalid', code: 'U+FFFD', after: before(text, broken, kind) };
	for (const [problem, pattern] of rules(kind)) {
		const found = pattern.exec(text);
		if (found)
			return { kind: problem, code: codeOf(found[0]), after: before(text, found.index, kind) };
	}
	return null;
}

/**
 * What is wrong, naming the field (`"The title"`, `"Option B"`) and where the character is, since
 * it cannot be seen: shown beside the field, or in a list of skipped GIFT questions.
 */
export function describeProblem(problem: CharacterProblem, field: string): string {
	const place = problem.after ? `after “${problem.after}”` : 'at its start';
	switch (problem.kind) {
		case 'invalid':
			return `${field} was not sent as valid UTF-8 text: the broken part shows as �. Type that part again.`;
		case 'control':
			return `${field} holds a control character (${problem.code}) ${place}, which cannot be typed or shown. Remove it.`;
		case 'direction':
			return `${field} holds an invisible direction control (${problem.code}) ${place}, which can make text show in a different order. Remove it.`;
		case 'invisible':
			return `${field} holds an invisible character (${problem.code}) ${place}. Remove it.`;
	}
}

/** The message for the text's first character problem, or null when it has none. */
export function checkCharacters(text: string, field: string, kind: TextKind = 'line') {
	const problem = characterProblem(text, kind);
	return problem ? describeProblem(problem, field) : null;
}

/**
 * The text without the characters the rule refuses (the broken-UTF-8 mark stays, to show where):
 * what a form shows back, so sending it again sends it clean, and what an uploaded file's or
 * imported page's text becomes, since nobody typed those characters.
 */
export function withoutRefused(text: string, kind: TextKind = 'line'): string {
	let clean = text;
	for (const [, pattern] of rules(kind)) clean = clean.replace(new RegExp(pattern, 'gu'), '');
	return clean;
}

/** True when nothing visible is left: only spaces, invisible characters and lone combining marks. */
export function isBlank(text: string): boolean {
	return !/[^\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0]/u.test(text);
}
