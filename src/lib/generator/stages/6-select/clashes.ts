// Pairs of questions one quiz never asks together: one's stem or options give the other's answer
// away, or the two offer options enough alike that each narrows the other down.
import type { Candidate } from '../../types';
import { containsWords, wordsOf } from '../../distractors';
import { MONTHS, NUMBER_WORDS } from '../../lexicons';

/**
 * Whether `a`'s stem names `b`'s answer, both asked of one sentence (two questions on one claim
 * answer each other). Statement items' answers are whole sentences.
 */
export const givesAway = (a: Candidate, b: Candidate) =>
	a.fact.sentence === b.fact.sentence &&
	b.kind !== 'statement' &&
	containsWords(a.kind === 'statement' ? a.answer : a.stem, b.answer);

/**
 * Whether two questions offer the same four options: the second one's key is then the first one's
 * wrong option, or the other way round, and a reader who knows one can rule out an option of the
 * other.
 */
export function sameOptions(a: Candidate, b: Candidate): boolean {
	if (a.kind === 'statement' || b.kind === 'statement') return false;
	const own = new Set([a.answer, ...a.distractors].map((o) => o.toLowerCase()));
	return [b.answer, ...b.distractors].filter((o) => own.has(o.toLowerCase())).length >= 4;
}

/**
 * Whether two figure or date questions share options so that one gives the other away: two
 * options in common ("January 1996" and "September 1998" offered in both; reviewers worked the
 * pair out without the article).
 */
export function optionsOverlap(a: Candidate, b: Candidate): boolean {
	if (a.kind === 'statement' || b.kind === 'statement') return false;
	const own = new Set([a.answer, ...a.distractors].map((o) => o.toLowerCase()));
	return [b.answer, ...b.distractors].filter((o) => own.has(o.toLowerCase())).length >= 2;
}

/** Kinds whose options are phrases of the article's events and points, not names or figures. */
const PHRASE_KINDS = new Set<Candidate['kind']>(['why', 'effect', 'main-idea']);

/**
 * Whether two phrase items offer two options alike: "What did the decision to halt … lead to?"
 * beside "What did the suspension … lead to?", both with "A heated exchange between Trump and
 * Zelensky" and "A significant shift in stance" wrong, read as one question asked twice. (Names
 * are the article's few people: name items share them as a matter of course.)
 */
export const phrasesOverlap = (a: Candidate, b: Candidate) =>
	PHRASE_KINDS.has(a.kind) && PHRASE_KINDS.has(b.kind) && optionsOverlap(a, b);

/** An answer whose wrong options are it moved: a figure, a year, a date. */
export const MOVED = /\d/;

/** The words a figure or a date may hold besides its digits. */
const FIGURE_WORDS = new RegExp(
	`\\b(${MONTHS.join('|')}|percent|million|billion|thousand|st|nd|rd|th)\\b`,
	'g'
);

/**
 * A figure or a date with nothing else in it: "1896", "September 1998", "40%", "$7.1 billion", or a
 * count in words ("three": "eldest of three children" beside "two younger brothers" offered the same
 * four counts and gave each other away, review tune18).
 */
export const isFigure = (answer: string) =>
	(/\d/.test(answer) && !/\p{L}/u.test(answer.replace(FIGURE_WORDS, ''))) ||
	NUMBER_WORDS.includes(answer.toLowerCase());

/** Whether `text` says `figure` as a whole: "2013" in "As of 2013 IBM", not in "20130". */
export function saysFigure(text: string, figure: string): boolean {
	const at = text.indexOf(figure);
	if (at < 0) return false;
	const before = text.charAt(at - 1);
	const after = text.charAt(at + figure.length);
	return (
		!/[\w.,]/.test(before) &&
		!/\w/.test(after) &&
		!/[.,]\d/.test(text.slice(at + figure.length, at + figure.length + 2))
	);
}

/**
 * Whether question `a` gives away the figure or year that `b` asks for, from another sentence:
 * `a`'s stem says it ("As of 2013 IBM held the record" beside "… to 24.3% in _____"), or every one
 * of `a`'s options holds it (four dates of 1954 beside "In what year …? 1954"; reviews tune13 and
 * check-final6 named such pairs).
 */
export function revealsFigure(a: Candidate, b: Candidate): boolean {
	if (a.kind === 'statement' || b.kind === 'statement' || !isFigure(b.answer)) return false;
	const key = b.answer;
	return saysFigure(a.stem, key) || [a.answer, ...a.distractors].every((o) => saysFigure(o, key));
}

/**
 * Whether `a` is a sequence item and `b` asks about the sentence of one of its events: "In what
 * year was the lighthouse finished?" beside "Which of these happened first?" with "The lighthouse
 * was finished" among its options gives a year of the order away.
 */
export const datesEvent = (a: Candidate, b: Candidate) =>
	a.kind === 'sequence' &&
	b !== a &&
	(a.events ?? []).some((e) => e.fact.sentence === b.fact.sentence);

/** Kinds whose key is a whole sentence or an event rather than words of its sentence. */
const SENTENCE_KEYS: ReadonlySet<string> = new Set([
	'statement',
	'supporting-evidence',
	'sequence',
	'not-stated',
	'vocabulary'
]);

/** Words on either side of a key that, printed beside it, say where it stands in its sentence. */
const CONTEXT_WORDS = 2;

/**
 * The key of `b` with the words beside it in its sentence: "begun in 1976" and "1976 now relies"
 * for "The Butterfly Monitoring Scheme, begun in _____, now relies …". Empty when the key is not
 * words of its sentence.
 */
function keyInContext(b: Candidate): string[] {
	const key = wordsOf(b.answer);
	const said = wordsOf(b.source.sentence);
	if (!key.length) return [];
	const at = said.findIndex((_, i) => key.every((w, j) => said[i + j] === w));
	if (at < 0) return [];
	const before = said.slice(Math.max(0, at - CONTEXT_WORDS), at);
	const after = said.slice(at + key.length, at + key.length + CONTEXT_WORDS);
	return [before, after]
		.filter((side) => side.length)
		.map((side) => (side === before ? [...side, ...key] : [...key, ...side]).join(' '));
}

/** Whether `text`'s words hold `phrase`'s words in a row. */
const holdsPhrase = (text: string, phrase: string) =>
	` ${wordsOf(text).join(' ')} `.includes(` ${phrase} `);

/**
 * Whether a stem or an option of `a` prints the key of `b` with the words beside it in `b`'s
 * sentence: a sentence option "The Harbour Rain Network, founded in 1958, …" beside "… founded in
 * _____" (review k3 rejected such pairs: evidence options beside two blanks). The same year or name
 * said of something else gives nothing away; an option that is a figure alone is offersKey's.
 */
export function printsKey(a: Candidate, b: Candidate): boolean {
	if (a === b || SENTENCE_KEYS.has(b.kind)) return false;
	const texts = [a.stem, a.answer, ...a.distractors];
	const phrases = keyInContext(b);
	return phrases.some((p) => texts.some((t) => holdsPhrase(t, p)));
}

/**
 * Whether a wrong option of `a` is, or holds, the figure `b` asks for: "1711" beside "completed in
 * _____" with 1704, 1709, 1711 and 1706, where 1711 is the one year of the four the quiz shows twice
 * (review k3 used both items, noting the hint). A weaker cue than printsKey's: the quiz prefers
 * other items.
 */
export const offersKey = (a: Candidate, b: Candidate) =>
	a !== b &&
	isFigure(b.answer) &&
	[a.answer, ...a.distractors].some((o) => isFigure(o) && saysFigure(o, b.answer));
