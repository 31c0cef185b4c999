// Pairs of questions one quiz never asks together: one's stem or options give the other's answer
// away, or the two offer options enough alike that each narrows the other down.
import type { Candidate } from '../../types';
import { containsWords } from '../../distractors';
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
function saysFigure(text: string, figure: string): boolean {
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
