// Short phrases as vocabulary options: when a sense has no plainer single word, its meaning often
// reads plainly as a phrase the dictionary files ("put off" for "postponed") or as the short head
// of its definition ("build again" for "rebuilt", "slightly wet" for "moist", "inherent ability"
// for "aptitude"). A phrase key needs a phrase among the distractors, or its length gives it away.
import type { LexPos, LexSense, Lexicon } from '../../types';

/** Small words a phrase may hold beside its content words ("do away with", "put off"). */
const PARTICLES = new Set(
	'of up off away with out down in on to for back over into about around again together no not a an the'.split(
		' '
	)
);

/** Particles that make a phrasal verb of a light verb: "do away", "give up", "take over". */
const ADVERB_PARTICLES = new Set('away up off out down back over around'.split(' '));

/**
 * Definition words that make its head no plain meaning: alternatives ("angry or sullen"), vague
 * stand-ins ("something", "one's"), or a head that only names a relation ("of or relating to").
 */
const VAGUE_GLOSS =
	/\b(or|and|etc|something|someone|somebody|one's|oneself|especially|usually|often|esp|relating|pertaining|characteristic|resembling|act|instance|quality|state|process|manner|being|used)\b/;
/** A verb head that is no act of its own: "be …", "make …", "cause to …", "have …". */
const LIGHT_VERB = /^(be|make|cause|have|become|get|give|take|do|go|come)$/;

/** How many words a phrase option may have: a dictionary phrase, and a definition's head. */
export const MAX_LEMMA_PHRASE_WORDS = 3;
export const MAX_GLOSS_PHRASE_WORDS = 3;

/** The words of an option, and those that carry its meaning (not "of", "up", "away"). */
export const wordsOf = (option: string) => option.split(' ');
export const contentWords = (option: string) => wordsOf(option).filter((w) => !PARTICLES.has(w));
export const isPhrase = (option: string) => option.includes(' ');

/**
 * The head of a sense's definition when it reads as a meaning on its own: its first clause, two
 * or three plain words, no alternatives or stand-ins; a noun's without its article ("a heavy
 * rain" → "heavy rain"); a verb's opening on a verb with an act of its own ("build again", not
 * "make perfect").
 */
export function glossHead(sense: LexSense, lexicon: Lexicon): string | undefined {
	const clause = sense.gloss.split(/[;:]/)[0]!.trim().toLowerCase();
	if (/[^a-z ]/.test(clause) || VAGUE_GLOSS.test(clause)) return undefined;
	const words = clause.split(/\s+/);
	if (sense.pos === 'n' && /^(a|an|the)$/.test(words[0] ?? '')) words.shift();
	if (words.length < 2 || words.length > MAX_GLOSS_PHRASE_WORDS) return undefined;
	if (PARTICLES.has(words[0]!)) return undefined;
	// "performed a division", "found the solution": a head with an object of its own names another
	// act than the word's, not its meaning.
	if (words.slice(1).some((w) => /^(a|an|the)$/.test(w))) return undefined;
	if (sense.pos !== 'v' && PARTICLES.has(words[words.length - 1]!)) return undefined;
	// "do away with", "give up": a light verb with its adverb is an act of its own ("cause to
	// suffer" is not).
	const light = LIGHT_VERB.test(words[0]!) && !ADVERB_PARTICLES.has(words[1]!);
	if (sense.pos === 'v' && (light || lexicon.senses(words[0]!, 'v').length === 0)) return undefined;
	// A noun's head ends on its noun ("inherent ability"), an adjective's on its adjective or verb.
	const last = words[words.length - 1]!;
	if (sense.pos === 'n' && lexicon.senses(last, 'n').length === 0) return undefined;
	return words.join(' ');
}

/** The dictionary's own short phrases for a sense ("put off", "sign up"), plain letters only. */
export function lemmaPhrases(sense: LexSense): string[] {
	return sense.words.filter(
		(w) =>
			isPhrase(w) &&
			/^[a-z ]+$/.test(w) &&
			wordsOf(w).length <= MAX_LEMMA_PHRASE_WORDS &&
			contentWords(w).length >= 1
	);
}

/**
 * How often the dictionary's corpus tagged a phrase's rarest content word, in its most tagged part
 * of speech: a phrase is as plain as its hardest word.
 */
export function phraseTotal(lexicon: Lexicon, phrase: string): number {
	const all: LexPos[] = ['n', 'v', 'a', 'r'];
	const counts = contentWords(phrase).map((w) =>
		Math.max(...all.map((pos) => lexicon.frequency(w, pos)))
	);
	return counts.length ? Math.min(...counts) : 0;
}

/** How often spoken English uses a phrase's rarest content word, per million (when known). */
export function phrasePerMillion(lexicon: Lexicon, phrase: string): number | undefined {
	const heard = contentWords(phrase).map((w) => lexicon.perMillion?.(w));
	if (heard.some((n) => n === undefined) || !heard.length) return undefined;
	return Math.min(...(heard as number[]));
}

/**
 * A phrase in the asked word's inflection: a verb's first word ("did away with"), a plural
 * noun's head, the word before "of" or the last ("heavy rains", "courses of study").
 */
export function inflectPhrase(
	phrase: string,
	pos: LexPos,
	plural: boolean,
	inflectWord: (w: string) => string,
	pluralOf: (w: string) => string
): string {
	const words = wordsOf(phrase);
	if (pos === 'v') words[0] = inflectWord(words[0]!);
	else if (pos === 'n' && plural) {
		const of = words.indexOf('of');
		const head = of > 0 ? of - 1 : words.length - 1;
		words[head] = pluralOf(words[head]!);
	}
	return words.join(' ');
}

/** The word of a phrase that shows its number (a noun's head) or its tense (a verb's first word). */
export function formWord(option: string, pos: LexPos): string {
	const words = wordsOf(option);
	if (pos === 'v') return words[0]!;
	const of = words.indexOf('of');
	return words[of > 0 ? of - 1 : words.length - 1]!;
}

/** Word endings that mark a word's form: a key alone sharing one with the word is a cue. */
const SUFFIXES = [
	'ment',
	'ness',
	'tion',
	'sion',
	'ity',
	'ance',
	'ence',
	'ism',
	'ous',
	'ful',
	'less',
	'ive',
	'able',
	'ible',
	'ical',
	'ing'
];

/** The form ending a word has, if one of SUFFIXES. */
export const suffixOf = (w: string) =>
	SUFFIXES.find((s) => w.endsWith(s) && w.length > s.length + 2);

/** Whether the key alone of the options shares the asked word's form ending ("amazement"). */
export function keyAloneSharesEnding(lemma: string, options: readonly string[], pos: LexPos) {
	const ending = suffixOf(lemma);
	if (!ending) return false;
	const shares = (o: string) => formWord(o, pos).endsWith(ending);
	return shares(options[0]!) && !options.slice(1).some(shares);
}
