// Candidates for times: the other weekdays, the article's years and dates near the key, then the
// key moved, less those the stem rules out.
import type { Fact } from '../types';
import { MONTHS, WEEKDAYS } from '../lexicons';
import { shuffle } from '../random';
import { foreignName, yearsNamed } from '../well-formed';
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
	// "fell below average in _____ and remained low until the end of the decade": every year of
	// the span holds too (review k9 P8-Q25).
	const held = heldUntil(sentence.slice(Math.max(0, v.end - fact.start)), Number(v.text));
	// "Voters endorsed the plan in _____" of a report dated 2016: no year after it (review k9).
	const dated = toldAsOf(fact, sentence, ctx);
	// "Lavoisier was arrested in _____": no year after the one he was executed in.
	const death = deathOf(fact, sentence, ctx);
	// "In gratitude, … in _____": no year before the event the article opens on.
	const floor = aftermathFloor(fact, sentence, ctx);
	// "He enlisted in 1914. He fought on the Somme in _____": years of the span the paragraph has
	// reached first, then the article's own (a list of a company's events is no chain of causes).
	const reached = paragraphFloor(fact, sentence, ctx);
	const spanned = Number.isFinite(reached)
		? datedYears(ctx).filter((y) => Number(y) >= reached)
		: [];
	const years = [...yearsNear(v.text, ctx, spanned), ...spanYears(reached, Number(v.text))].filter(
		(y) =>
			!(Number(y) < floor) &&
			!(start && Number(y) <= Number(start[1])) &&
			!(end && Number(y) >= Number(end[1])) &&
			!(Number(y) > Number(v.text) && Number(y) <= held) &&
			dated(Number(y)) &&
			!(Number(y) > death.year) &&
			!(century && (Number(y) < century[0] || Number(y) > century[1]))
	);
	return [
		...years.filter((y) => Number(y) >= reached),
		...years.filter((y) => Number(y) < reached)
	];
}

/**
 * Words that open a sentence telling what followed an earlier event: "In gratitude, …" thanks for
 * the disaster the article is about, "As a result, …" follows from it.
 */
const AFTERMATH =
	/^\s*(?:in gratitude|in response|as a result|in (?:the|its) aftermath|afterwards?|since then|following (?:the|this|that|these)|after (?:the|this|that) (?:disaster|explosion|attack|war|fire|flood|earthquake|storm|crash|collapse|event)s?)\b/i;

/** The four-digit year a year's or a date's text names, if any. */
const yearIn = (text: string) => Number(/\b(1\d{3}|20\d{2})\b/.exec(text)?.[1] ?? NaN);

/** A sentence whose subject is the one before's: "He fought …", "Their son was born …". */
const GOES_ON = /^\s*(?:\p{Lu}\p{Ll}+ \d{4},?\s+)?(?:he|she|they|it|his|her|their|its)\b/iu;

/**
 * The latest year told before the key in its paragraph when the paragraph runs forward to it: "In
 * December 1914 he enlisted. He fought on the Somme in _____" is best offered 1914 and 1917, not
 * 1909 (review k7 P1-Q11). Undefined (-Infinity) when the paragraph goes back in time before it.
 */
export function paragraphFloor(fact: Fact, sentence: string, ctx: DistractorContext): number {
	const key = yearIn(fact.value.text);
	const texts = ctx.sentenceTexts ?? [];
	const paragraphs = ctx.sentenceParagraphs ?? [];
	if (Number.isNaN(key) || paragraphs.length !== texts.length) return -Infinity;
	// Only a sentence that goes on with the one before ("He fought …"): a paragraph listing a
	// company's events one by one, each by name, is no chain (its options would all crowd together).
	if (!GOES_ON.test(texts[fact.sentence] ?? '')) return -Infinity;
	// The paragraph's sentences before the key's, and its own words before the key.
	const earlier = [sentence.slice(0, Math.max(0, fact.value.start - fact.start))];
	for (let i = fact.sentence - 1; i >= 0 && paragraphs[i] === fact.paragraph; i--)
		earlier.push(texts[i] ?? '');
	const years = earlier.flatMap(yearsNamed);
	return years.length && years.every((y) => y <= key) ? Math.max(...years) : -Infinity;
}

/**
 * The year of the article's lead event when the key's sentence tells its aftermath: "In gratitude,
 * … in _____" offers no year before the 1917 disaster the article opens on (review k7 P8-Q3).
 */
export function aftermathFloor(fact: Fact, sentence: string, ctx: DistractorContext): number {
	const key = yearIn(fact.value.text);
	const texts = ctx.sentenceTexts ?? [];
	const paragraphs = ctx.sentenceParagraphs ?? [];
	if (Number.isNaN(key) || !AFTERMATH.test(sentence)) return -Infinity;
	const first = texts.findIndex((t) => yearsNamed(t).length > 0);
	if (first < 0 || first >= fact.sentence) return -Infinity;
	const lead = texts.filter((_, i) => paragraphs[i] === paragraphs[first]);
	const years = lead.flatMap(yearsNamed).filter((y) => y <= key);
	return years.length ? Math.min(...years) : -Infinity;
}

/**
 * Years from the floor up to the key and a few after, the key's neighbours last: the spares when
 * most moved years fall before the floor ("from 2016 … In _____ the species was listed").
 */
function spanYears(floor: number, key: number): string[] {
	if (!Number.isFinite(floor) || key - floor > YEAR_REACH) return [];
	const years: number[] = [];
	for (let y = floor; y <= key + 6; y++) if (Math.abs(y - key) >= 2) years.push(y);
	return [...years, key - 1, key + 1].filter((y) => y >= floor).map(String);
}

/** The years the article's dates name ("December 1914" gives 1914). */
function datedYears(ctx: DistractorContext): string[] {
	return [
		...new Set(articleValues(ctx, 'date').flatMap((d) => /\b(1\d{3}|20\d{2})\b/.exec(d)?.[1] ?? []))
	];
}

/** Days of a month the article writes: "1 September 1859", "on 1 and 2 September", "May 3". */
const DAYS_WRITTEN = new RegExp(
	`\\b(\\d{1,2})(?:(?: and |–|-)(\\d{1,2}))? (${MONTHS.join('|')})(?: (\\d{4}))?\\b|\\b(${MONTHS.join('|')}) (\\d{1,2})(?:, (\\d{4}))?\\b`,
	'g'
);

/** The article's dates of a day, as written or split ("1 and 2 September" gives both). */
function daysOfArticle(ctx: DistractorContext): string[] {
	const out = new Set(articleValues(ctx, 'date'));
	for (const text of ctx.sentenceTexts ?? [])
		for (const m of text.matchAll(DAYS_WRITTEN)) {
			const year = m[4] ?? m[7];
			if (m[3])
				for (const d of [m[1], m[2]]) if (d) out.add(`${d} ${m[3]}${year ? ` ${year}` : ''}`);
			if (m[5]) out.add(`${m[5]} ${m[6]}${year ? `, ${year}` : ''}`);
		}
	return [...out];
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
	// A date inside the span the sentence says the state lasted is right as well (P8-Q25).
	const held = heldUntil(sentence.slice(Math.max(0, v.end - fact.start)), year(v.text));
	const dated = toldAsOf(fact, sentence, ctx);
	const death = deathOf(fact, sentence, ctx);
	const inSpan = (d: string) =>
		(year(d) > year(v.text) && year(d) <= held) || !dated(year(d)) || afterDeath(d, death);
	const same = articleValues(ctx, 'date').filter(
		(d) => d !== v.text && dateShape(d) === shape && near(d) && !inSpan(d)
	);
	// Moved dates as made, not shuffled: their pattern sets the key's place among them. When fewer
	// than three of them use words the article does, the key's month in other years instead: mixed
	// with the moved months they would make the key the option sharing most with the others.
	const moved = dateVariants(v.text);
	const vocabulary = ctx.vocabulary;
	const readable = vocabulary ? moved.filter((d) => !foreignName(d, vocabulary)) : moved;
	const kept = readable.length < 3 ? monthKept(v.text) : [];
	// "began early on _____" (2 September): the article's other day of the key's month first, so
	// the options test the day the article gives and not only its month (review k7 P5-Q5). One
	// only: three of one month differ only in the day, rote recall (\`date-not-day-only\`).
	const month = sameMonthDays(v.text, daysOfArticle(ctx)).slice(0, 1);
	const rest = [
		...shuffle(same, ctx.rand),
		...(kept.length ? kept : moved).filter((d) => !inSpan(d))
	];
	return [...month, ...rest.filter((d) => !month.includes(d))];
}

/** A day's date: "2 September", "September 2, 1859", "2 September 1859". */
const DAY_FIRST = /^(\d{1,2})\s+(\p{Lu}\p{Ll}+)(?:\s+(\d{4}))?$/u;
const MONTH_FIRST = /^(\p{Lu}\p{Ll}+)\s+(\d{1,2})(?:,\s*(\d{4}))?$/u;

/** The day, month and year of a day's date, and how to write another day of it the same way. */
function dayDate(text: string) {
	const d = DAY_FIRST.exec(text);
	const m = d ? undefined : MONTH_FIRST.exec(text);
	if (!d && !m) return undefined;
	const [day, month, year] = d ? [d[1], d[2], d[3]] : [m?.[2], m?.[1], m?.[3]];
	if (!(MONTHS as readonly string[]).includes(month ?? '')) return undefined;
	const write = (n: number) =>
		d ? `${n} ${month}${year ? ` ${year}` : ''}` : `${month} ${n}${year ? `, ${year}` : ''}`;
	return { day: Number(day), month: month ?? '', year, write };
}

/**
 * The article's other days of the key's month (and year), written as the key is: "1 September
 * 1859" gives "1 September" beside the key "2 September".
 */
export function sameMonthDays(text: string, articleDates: readonly string[]): string[] {
	const key = dayDate(text);
	if (!key) return [];
	const theirs = articleDates
		.map(dayDate)
		.filter((o) => o && o.month === key.month && (!key.year || !o.year || o.year === key.year))
		.map((o) => key.write(o?.day ?? key.day));
	return [...new Set(theirs)].filter((d) => d !== text);
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

const DEATH_WORD = /\b(?:died|executed|guillotined|hanged|beheaded|killed)\b/;

/** A sentence telling a death: "They were tried … and guillotined on 8 May 1794". */
const DEATH_TOLD =
	/^(?:He|She|They|(\p{Lu}[\p{L}'’-]+))\b[^.;]*?\b(?:died|executed|guillotined|hanged|beheaded|killed)\b[^.;]*?\b(?:in|on|,) ((?:\d{1,2} )?(?:\p{Lu}\p{Ll}+ )?(?:\d{1,2}, )?(1\d{3}|20\d{2}))\b/u;

/**
 * When the person the key's sentence opens on died, by a sentence of the article telling it with
 * their name or, just after a sentence naming them, a pronoun (review k9 P6-Q15: "December 1794"
 * for an arrest, death in May 1794). Year Infinity when the article tells no death of theirs.
 */
export function deathOf(
	fact: Fact,
	sentence: string,
	ctx: DistractorContext
): { year: number; month: number } {
	const subject = /^(\p{Lu}[\p{L}'’-]+) (?:was|were|had|\p{Ll}+ed)\b/u.exec(sentence)?.[1];
	const texts = ctx.sentenceTexts ?? [];
	if (!subject || /^(?:The|A|An|In|On|At|By|After|Before)$/.test(subject)) return NO_DEATH;
	// ("Harrison died in London on _____" asks the death itself.)
	if (DEATH_WORD.test(sentence)) return NO_DEATH;
	for (let i = 0; i < texts.length; i++) {
		const m = DEATH_TOLD.exec(texts[i]?.trim() ?? '');
		if (!m) continue;
		const named = m[1] ? m[1] === subject : (texts[i - 1] ?? '').includes(subject);
		if (named) return { year: Number(m[3]), month: monthOf(m[2] ?? '') };
	}
	return NO_DEATH;
}
const NO_DEATH = { year: Infinity, month: 12 };
const monthOf = (d: string) => {
	const at = (MONTHS as readonly string[]).findIndex((m) => d.includes(m));
	return at < 0 ? 12 : at;
};

/** Whether a date falls after a death: "December 1794" after 8 May 1794. */
function afterDeath(d: string, death: { year: number; month: number }): boolean {
	const y = Number(/\b(1\d{3}|20\d{2})\b/.exec(d)?.[1] ?? NaN);
	if (y !== death.year) return y > death.year;
	const m = monthOf(d);
	return m < 12 && death.month < 12 && m > death.month;
}

/** A news dateline: "ERSTFELD, Switzerland, June 1, 2016 — …", "ROME, 3 August 1954. …". */
const DATELINE =
	/^\p{Lu}{2,}[\p{Lu} .'’-]*,(?:\s+\p{Lu}[\p{L} ]+,)?\s+[^—–.]{0,25}?\b(1\d{3}|20\d{2})\b/u;

/** A clause told of a time to come: "will open in", "is expected in", "When … is completed in". */
const TO_COME =
	/\b(?:will|shall|(?:is|are) (?:expected|due|scheduled|planned|set|to be))\b|^(?:When|Once|After|Until|Before)\b[^.;]*\b(?:is|are) \p{Ll}+(?:ed|en)\b/u;
/** A clause told in the past: "Voters endorsed the plan in", "He was arrested in". */
const TOLD_PAST = /\b(?:was|were|had|did)\b|\b\p{Ll}{3,}ed\b/u;

/** The year of the article's dateline, if its first sentences open on one. */
function datelineYear(ctx: DistractorContext): number {
	for (const text of (ctx.sentenceTexts ?? []).slice(0, 2)) {
		const m = DATELINE.exec(text.trim());
		if (m) return Number(m[1]);
	}
	return NaN;
}

/**
 * Which years fit a blank of a dated report (review k9 P1-Q20, P1-Q21): a clause of a time to come
 * takes none before the report's year ("is completed in 2010" in June 2016), a past one none after
 * it ("endorsed … in 2020"). Every year fits an undated article or a clause of neither.
 */
export function toldAsOf(
	fact: Fact,
	sentence: string,
	ctx: DistractorContext
): (year: number) => boolean {
	const now = datelineYear(ctx);
	if (Number.isNaN(now)) return () => true;
	const before = sentence.slice(0, Math.max(0, fact.value.start - fact.start));
	if (TO_COME.test(before)) return (y) => !(y <= now);
	const clause = before.split(/[,;—–]/).pop() ?? '';
	return TOLD_PAST.test(clause) && !/\b(?:is|are|has|have)\b/.test(clause)
		? (y) => !(y > now)
		: () => true;
}

/**
 * "… in 1930 and remained low, with short interruptions, until the end of the decade": what began
 * in the key's year lasted into later ones, so a later year up to the span's end fits the blank too.
 */
const LASTED =
	/^[^.;]{0,40}?\b(?:remained|stayed|continued|persisted|lasted|went on)\b([^.;]*?)\b(?:until|till|through|throughout|into|up to)\b\s*([^.;]*)/i;

/**
 * The last year a state the key's year began lasted to, by the words after the key: NaN when they
 * tell of no such span, Infinity when its end is not a year ("until the war ended").
 */
export function heldUntil(after: string, key: number): number {
	const m = LASTED.exec(after);
	if (!m || Number.isNaN(key)) return NaN;
	const end = m[2] ?? '';
	const year = /^(?:the (?:late |early |mid-)?)?(1\d{3}|20\d{2})(s)?\b/.exec(end);
	if (year) return Number(year[1]) + (year[2] ? 9 : 0);
	if (/^the (?:end|close) of the decade\b/i.test(end)) return key - (key % 10) + 9;
	if (/^the (?:end|close) of the century\b/i.test(end)) return key - (key % 100) + 99;
	return Infinity;
}

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
export function yearsNear(
	year: string,
	ctx: DistractorContext,
	alsoTheirs: readonly string[] = []
): string[] {
	const key = Number(year);
	const apart = (y: string) => Math.abs(Number(y) - key);
	const theirs = articleValues(ctx, 'year').filter((y) => y !== year);
	// Years of the article's dates after its own years, unshuffled: the draws of every other item
	// stay as they were.
	const dated = alsoTheirs.filter(
		(y) => y !== year && !theirs.includes(y) && apart(y) <= YEAR_REACH
	);
	const near = [
		...shuffle(
			theirs.filter((y) => apart(y) <= YEAR_REACH),
			ctx.rand
		),
		...dated,
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
