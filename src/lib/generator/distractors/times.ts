// Candidates for times: the other weekdays, the article's years and dates near the key, then the
// key moved, less those the stem rules out.
import type { Fact } from '../types';
import { MONTHS, WEEKDAYS } from '../lexicons';
import { shuffle } from '../random';
import { foreignName } from '../well-formed';
import { dateVariants } from './variants';
import { articleValues, type DistractorContext } from './context';

/** The other days of the week. */
export function weekdayCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	return shuffle(
		WEEKDAYS.filter((d) => d !== fact.value.text),
		ctx.rand
	);
}

/** Years near the key, less those the stem rules out. */
export function yearCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	if (openEnded(sentence, fact)) return [];
	// "expanded from 16.8% in 2004 to 24.3% in _____": the end of a change comes after its
	// start, so no earlier year is offered (review tune20).
	const before = sentence.slice(0, Math.max(0, v.start - fact.start));
	const start = CHANGE_FROM_YEAR.exec(before);
	// "grew from around 1 GW in _____ to almost 10 GW in 2008": and its start before its end.
	const end = /\bfrom\b/i.test(before)
		? CHANGE_TO_YEAR.exec(sentence.slice(Math.max(0, v.end - fact.start)))
		: null;
	// "By the end of the nineteenth century, … in _____": a year outside the century the
	// sentence names is ruled out by the stem (review tune26: "1905" beside 1896).
	const century = centuryOf(sentence, Number(v.text));
	return yearsNear(v.text, ctx).filter(
		(y) =>
			!(start && Number(y) <= Number(start[1])) &&
			!(end && Number(y) >= Number(end[1])) &&
			!(century && (Number(y) < century[0] || Number(y) > century[1]))
	);
}

/** The article's dates written alike and near the key, then the key's moved dates. */
export function dateCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	if (openEnded(sentence, fact)) return [];
	// The article's other dates written the same way first, then the key's neighbours.
	const shape = dateShape(v.text);
	// "July 2007" beside "June 1954" and "February 1939": a date decades off is no contender.
	const year = (d: string) => Number(/\d{4}/.exec(d)?.[0] ?? NaN);
	const near = (d: string) => !(Math.abs(year(d) - year(v.text)) > YEAR_REACH / 4);
	const same = articleValues(ctx, 'date').filter(
		(d) => d !== v.text && dateShape(d) === shape && near(d)
	);
	// Moved dates as made, not shuffled: their pattern sets the key's place among them. When fewer
	// than three of them use words the article does, the key's month in other years instead: mixed
	// with the moved months they would make the key the option sharing most with the others.
	const moved = dateVariants(v.text);
	const vocabulary = ctx.vocabulary;
	const readable = vocabulary ? moved.filter((d) => !foreignName(d, vocabulary)) : moved;
	const kept = readable.length < 3 ? monthKept(v.text) : [];
	return [...shuffle(same, ctx.rand), ...(kept.length ? kept : moved)];
}

/**
 * "February 1987", "February 1992" beside "February 1990": the key's month in other years, after
 * the moved months. An article that names no other month makes every moved month a word it never
 * uses ("November 1987"), which the validator and the shared checker take for an outside name; the
 * key's own month is the article's. Only a month and year: a day's date keeps the article's day.
 */
export function monthKept(text: string): string[] {
	const m = /^(\p{Lu}\p{Ll}+)\s+(\d{4})$/u.exec(text);
	if (!m || !(MONTHS as readonly string[]).includes(m[1] ?? '')) return [];
	const [, month = '', yearText = ''] = m;
	// A later year the article cannot report is dropped by pickDistractors: the spares replace it.
	return movedYears(Number(yearText)).map((y) => `${month} ${y}`);
}

/**
 * "By _____ the shogun had defeated the Emishi", "since 1974", "until 1919": a time that bounds
 * rather than dates holds for every later (or earlier) year too, so moved years are also right
 * (review tune18: "By 805" and "By 808" are true as well).
 */
const OPEN_TIME =
	/\b(by|since|until|till|before|after|as of|as early as|as late as|prior to|no later than)\s+(around\s+|about\s+|circa\s+|c\.\s+)?(the (end|start|beginning|middle) of\s+)?$/i;
const openEnded = (sentence: string, fact: Fact) =>
	OPEN_TIME.test(sentence.slice(0, Math.max(0, fact.value.start - fact.start)));

/** A change from a year to the blank: "from 16.8% in 2004 to 24.3% in _____". */
const CHANGE_FROM_YEAR =
	/\bfrom\b(?:[^.;]|\.(?=\d))*?\b(1\d{3}|20\d{2})\b(?:[^.;]|\.(?=\d))*\bto\b(?:[^.;]|\.(?=\d))*$/i;

/** Centuries by their ordinal words, first to twenty-first: "the eleventh century". */
export const ORDINAL_CENTURIES = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first'
];

/**
 * The years of the century a sentence names ("the nineteenth century", "the 19th century"), when
 * the key falls in it: the options then stay in it too. Undefined when it names none, or the key
 * is outside the one it names (a century named for something else).
 */
export function centuryOf(sentence: string, key: number): [number, number] | undefined {
	const m = /\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b|\b([a-z]+(?:-first)?)[- ]century\b/i.exec(
		sentence
	);
	if (!m) return undefined;
	const n = m[1] ? Number(m[1]) : ORDINAL_CENTURIES.indexOf((m[2] ?? '').toLowerCase()) + 1;
	if (n < 1) return undefined;
	const range: [number, number] = [(n - 1) * 100 + 1, n * 100];
	return key >= range[0] && key <= range[1] ? range : undefined;
}

/** "… to almost 10 GW in 2008" after the blank: the year a change ends, which its start precedes. */
const CHANGE_TO_YEAR = /^(?:[^.;]|\.(?=\d))*?\bto\b(?:[^.;]|\.(?=\d))*?\b(1\d{3}|20\d{2})\b/i;

/** Offsets of moved years: the key smallest, second, third or largest, unevenly spaced. */
const YEAR_PATTERNS = [
	[2, 5, 9],
	[-3, 4, 7],
	[-8, -3, 2],
	[-9, -5, -2]
];

/** How far from the key another year of the article may be and still be offered beside it. */
const YEAR_REACH = 40;

/**
 * Years to offer beside `year`: the article's own years near it first (other events of its story),
 * then its years within 80 years, then nearby years. Options that are only the key moved by one or
 * two make the key the middle one. Over the tuning reviews, year blanks whose three wrong years were
 * all the article's were used as they were 58% of the time and rejected 11%; with none of the
 * article's, 48% and 21% ("invented nearby years 1262, 1269, 1272", review tune19). Farther years
 * are ruled out by the stem ("1911" for a margin that grew from 2004, review tune20).
 */
export function yearsNear(year: string, ctx: DistractorContext): string[] {
	const key = Number(year);
	const apart = (y: string) => Math.abs(Number(y) - key);
	const theirs = articleValues(ctx, 'year').filter((y) => y !== year);
	const near = [
		...shuffle(
			theirs.filter((y) => apart(y) <= YEAR_REACH),
			ctx.rand
		),
		...shuffle(
			theirs.filter((y) => apart(y) > YEAR_REACH && apart(y) <= 2 * YEAR_REACH),
			ctx.rand
		)
	];
	return [...near, ...movedYears(key)];
}

/** The key moved, in the order to offer its years. */
function movedYears(key: number): string[] {
	// Moved years in one of four uneven patterns: never the key flanked by its neighbours ("1643"
	// between 1642 and 1644 is the middle one), and the key's place among them varies.
	const pattern = YEAR_PATTERNS[key % YEAR_PATTERNS.length] ?? [];
	// A decade off last: a key on the fives needs one on them too ("1860" alone among 1853, 1856
	// and 1857 stands apart).
	const spare = [-7, -4, -3, 2, 5, -10, 10].filter((d) => !pattern.includes(d));
	return [...pattern, ...spare].map((d) => String(key + d));
}

/** How a date is written: "July 14, 2015" and "14 July 2015" and "July 2015" are three shapes. */
const dateShape = (d: string) =>
	d
		.replace(/\p{L}+/gu, 'M')
		.replace(/\d{4}/g, 'Y')
		.replace(/\d{1,2}/g, 'D');
