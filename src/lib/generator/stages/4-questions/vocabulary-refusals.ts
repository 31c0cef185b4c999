// Refusals of review k14's vocabulary faults: a key that shares the word's root ("memorable" →
// "worth remembering" is matched, not read) and a word heard every day in another form ("annoyed"
// from "annoy", "annoying"; "inexpensive" as "not expensive"), which the word-frequency gate of
// its own form let through.

/** Prefixes that carry no root: two words sharing only these share no meaning. */
const PREFIX_ONLY =
	/^(con|com|pro|pre|per|dis|sub|int|tra|ove|und|out|res|rec|ref|ret|dec|def|des|det|exp|ext|imp|inc|ind|ins|app|acc|ass|att|tre)$/;

/** A word less a prefix that adds no root of its own ("remembering" → "membering"). */
const bare = (w: string) => w.replace(/^(re|un|in|im|dis|mis|non)(?=[a-z]{4})/, '');

/**
 * vocabulary-key-shares-root: some content word of the key shares the asked word's root: their
 * first four letters, or three after a bare prefix when those are no mere prefix ("memorable",
 * "worth remembering"; "inexpensive", "not expensive"). A reader matches the letters, not the sense.
 */
export function keySharesRoot(word: string, key: string): boolean {
	const w = word.toLowerCase();
	return key
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter((k) => k.length >= 4)
		.some((k) => {
			if (k.slice(0, 4) === w.slice(0, 4)) return true;
			if (w.includes(k.slice(0, 5)) || k.includes(w.slice(0, 5))) return true;
			const [a, b] = [bare(w), bare(k)];
			if (a === w && b === k) return false;
			const head = a.slice(0, 3);
			return a.length >= 5 && b.length >= 5 && head === b.slice(0, 3) && !PREFIX_ONLY.test(head);
		});
}

/** Negative prefixes that leave a plain word's opposite ("inexpensive" is "not expensive"). */
const NEGATED = /^(un|in|im|il|ir|non)(?=[a-z]{4})/;

/**
 * vocabulary-common-family: how often speech uses the word's family, per million words: its forms
 * as a verb's, the one heard most ("annoying" for "annoyed"), or, for a negated word, the plain word
 * it negates ("expensive" for "inexpensive"); the highest reading counts. `perMillion` is the
 * lexicon's count of one form; undefined when it knows none.
 */
export function familyPerMillion(
	word: string,
	perMillion: (form: string) => number | undefined,
	isWord: (w: string) => boolean
): number | undefined {
	const w = word.toLowerCase();
	const bases = w.endsWith('ied')
		? [`${w.slice(0, -3)}y`]
		: w.endsWith('ed')
			? [w.slice(0, -2), w.slice(0, -1)]
			: w.endsWith('ing')
				? [w.slice(0, -3), `${w.slice(0, -3)}e`]
				: [w];
	const base = bases.find((b) => b.length > 2 && isWord(b));
	const forms = base
		? [
				...new Set([
					w,
					base,
					`${base}s`,
					`${base.replace(/e$/, '')}ed`,
					`${base.replace(/e$/, '')}ing`
				])
			]
		: [w];
	const counts = forms.map(perMillion).filter((n): n is number => n !== undefined);
	const family = counts.length ? Math.max(...counts) : undefined;
	const negated = NEGATED.exec(w) ? w.replace(NEGATED, '') : undefined;
	const plain = negated && isWord(negated) ? perMillion(negated) : undefined;
	if (family === undefined) return plain;
	return plain === undefined ? family : Math.max(family, plain);
}
