// Wrong values of the answer's own kind made by moving it: a nearby date, a quantity of the same unit
// and magnitude written the same way.
import { MONTHS, NUMBER_WORDS } from '../lexicons';
import { daysInMonth, daysInMonthOf } from '../well-formed';

/**
 * Moves of a date with a day, as [months, days]: the key earliest, second, third or latest, and
 * never two options in the key's month. "June 2, 1967" beside June 4 and June 5, 1967 is told apart
 * only by the day (review tune16), and the key's day beside others of its month makes it the one
 * they were made from; each wrong date moves both.
 */
const DAY_PATTERNS: readonly (readonly [number, number])[][] = [
	[
		[1, 3],
		[2, -4],
		[4, 6]
	],
	[
		[-1, 4],
		[1, -3],
		[3, 5]
	],
	[
		[-3, -2],
		[-1, 5],
		[2, -6]
	],
	[
		[-4, 2],
		[-2, -5],
		[-1, 3]
	]
];
const SPARE_DAY_MOVES: readonly (readonly [number, number])[] = [
	[5, -2],
	[-5, 4],
	[6, 7]
];

/**
 * Moves, in months, of a "June 1954": the key earliest, second, third or latest, and at most one
 * option in the key's year. Reviewers rejected a third of the items whose four options shared the
 * year ("tests only the month"), against 6% where the years differed.
 */
const MONTH_PATTERNS = [
	[7, 15, 26],
	[-19, 10, 20],
	[-14, -9, 7],
	[-27, -16, -7]
];

/**
 * Other dates written the same way, in the order to offer them: for a date with a day, other days
 * of other months (DAY_PATTERNS); for a month and year, other months of nearby years.
 */
export function dateVariants(text: string): string[] {
	const monthFirst = /^(\w+)\s+(\d{1,2})(,\s*\d{4})?$/.exec(text);
	// "25 April 2015": the day first, each variant written the same way.
	const dayFirst = /^(\d{1,2})\s+(\w+)(\s+\d{4})?$/.exec(text);
	const out: string[] = [];
	if (monthFirst || dayFirst) {
		const [month = '', dayText = '1', yearText = ''] = monthFirst
			? monthFirst.slice(1)
			: [dayFirst?.[2], dayFirst?.[1], dayFirst?.[3]];
		const mi = MONTHS.findIndex((x) => x === month);
		if (mi < 0) return out;
		const day = Number(dayText);
		const year = Number(/\d{4}/.exec(yearText)?.[0] ?? NaN);
		const pattern = DAY_PATTERNS[day % DAY_PATTERNS.length] ?? [];
		for (const [moved, days] of [...pattern, ...SPARE_DAY_MOVES]) {
			// A move out of the key's year turns back: "15 January 1918" beside three dates of 1917
			// is the only one of its year (review tune24).
			const months = mi + moved < 0 || mi + moved > 11 ? -moved : moved;
			const at = (Number.isNaN(year) ? 0 : year * 12) + mi + months;
			const m = MONTHS[((at % 12) + 12) % 12] ?? month;
			// Never a day the month does not have ("June 31", "29 February 1954", review tune22): the
			// move turns back instead.
			const y = Number.isNaN(year) ? '' : String(Math.floor(at / 12));
			const last = y ? daysInMonthOf(m, Number(y)) : daysInMonth(m);
			const d = day + days >= 1 && day + days <= last ? day + days : day - days;
			if (d < 1 || d > last) continue;
			out.push(monthFirst ? `${m} ${d}${y ? `, ${y}` : ''}` : `${d} ${m}${y ? ` ${y}` : ''}`);
		}
		return out;
	}
	const my = /^(\w+)\s+(\d{4})$/.exec(text);
	if (my) {
		const [, month = '', year = '2000'] = my;
		const mi = MONTHS.findIndex((x) => x === month);
		if (mi < 0) return out;
		const pattern = MONTH_PATTERNS[(mi + Number(year)) % MONTH_PATTERNS.length] ?? [];
		// Month and year moved together: "March 1965" beside "October 1965", "October 1966" and
		// "May 1967", never three other months of 1965.
		const at = Number(year) * 12 + mi;
		for (const d of [...pattern, ...[-11, 13, 21].filter((x) => !pattern.includes(x))]) {
			const moved = at + d;
			out.push(`${MONTHS[moved % 12] ?? month} ${Math.floor(moved / 12)}`);
		}
	}
	return out;
}

/**
 * The count a figure states, written in digits or as a word: "About 25" → 25, "four" → 4,
 * "1,100" → 1100; NaN when it states none.
 */
export function countOf(text: string): number {
	const word = NUMBER_WORDS.indexOf(/[a-z]+$/i.exec(text.trim())?.[0].toLowerCase() ?? '');
	if (word >= 0) return word;
	return Number(/\d[\d,]*(\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
}

/**
 * Where the key stands among its options, by pattern: smallest, second, third or largest. Factors
 * are no simple ratios of the key (½, 2, 3): reviewers picked out "57" beside 29, 114 and 171 as the
 * number the others were made from.
 */
const FACTOR_PATTERNS = [
	[1.35, 1.7, 2.3],
	[0.7, 1.4, 1.8],
	[0.6, 0.8, 1.35],
	[0.42, 0.62, 0.8]
];
const STEP_PATTERNS = [
	[1, 2, 3],
	[-1, 1, 2],
	[-2, -1, 1],
	[-3, -2, -1]
];

/** A stable pick of pattern per key, so one key always sits at the same place among its options. */
const patternOf = (text: string) =>
	[...text].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 9973, 7) % FACTOR_PATTERNS.length;

/**
 * Same unit, similar magnitude, same way of writing: "107" → "84", "$2 million" → "$3 million". The
 * first three are one pattern around the key (`FACTOR_PATTERNS`), the rest spares for options the
 * caller must refuse.
 */
export function quantityVariants(text: string): string[] {
	const m =
		/^(.*?)([$€£]?)(\d[\d,]*(?:\.\d+)?|[a-z]+)(%|\s+per\s?cent|)((?:\s+(?:hundred|thousand|million|billion|trillion))?)$/i.exec(
			text
		);
	if (!m) return [];
	const [, mod = '', cur = '', num = '', pct = '', mult = ''] = m;
	const wordIndex = NUMBER_WORDS.indexOf(num.toLowerCase());
	const value = wordIndex >= 0 ? wordIndex : Number(num.replace(/,/g, ''));
	if (!Number.isFinite(value) || (wordIndex < 0 && !/\d/.test(num))) return [];
	const decimals = (num.split('.')[1] ?? '').length;
	const pattern = patternOf(text);
	// A small count moves by steps ("three" beside two, four and five). A sum of money, a multiple
	// or a decimal moves by factors: "$7.1 billion" beside $6.1, $8.1 and $9.1 billion tests digits,
	// not the story's scale (review tune16).
	const counted = value <= 12 && !cur && !mult.trim() && !decimals;
	const patterns = counted ? STEP_PATTERNS : FACTOR_PATTERNS;
	// The key's pattern first; the others' values after it, nearest first, as spares.
	const moves = [
		...(patterns[pattern] ?? []),
		...patterns
			.flat()
			.filter((m) => !patterns[pattern]?.includes(m))
			.sort((a, b) => Math.abs(Math.log(Math.abs(a))) - Math.abs(Math.log(Math.abs(b))))
	];
	const raw = counted ? moves.map((m) => value + m) : moves.map((f) => value * f);
	const out: string[] = [];
	for (const r of raw) {
		// "one dimensions": a plural count never drops to one.
		if (r <= 0 || (pct && r > 100) || (r === 1 && value > 1)) continue;
		// "ten days": a number written as a word keeps to the words every reader counts in ("nine",
		// not "13"), which the quality checks also read as numbers.
		if (wordIndex >= 0 && r > 10) continue;
		let n: string;
		if (wordIndex >= 0 && r <= 12) n = NUMBER_WORDS[Math.round(r)] ?? String(Math.round(r));
		else if (decimals) n = r.toFixed(decimals);
		else {
			// Keep the answer's precision: "107" gets exact neighbours, "1,000" gets round ones with
			// two significant digits ("1,300"), so rounding never folds a variant back onto the answer.
			const digits = String(Math.round(value)).length;
			const zeros = /0*$/.exec(String(Math.round(value)))?.[0].length ?? 0;
			// A round key gets round options: "600" beside 400, 800 and 1,100, never 840 or 1,080,
			// which would single it out. A key led by a 1 ("1,000") keeps two digits to move in.
			const keep = String(Math.round(value)).startsWith('1') ? 2 : 1;
			const step = 10 ** Math.max(0, Math.min(zeros, digits - keep));
			const rounded = Math.max(step, Math.round(r / step) * step);
			// "1,100" beside "600", not "1100", which reads as a year.
			const grouped = num.includes(',') || rounded >= 10000 || (rounded >= 1000 && value < 1000);
			n = grouped ? rounded.toLocaleString('en-US') : String(rounded);
		}
		if (wordIndex >= 0 && /^\p{Lu}/u.test(num)) n = n.charAt(0).toUpperCase() + n.slice(1);
		out.push(`${mod}${cur}${n}${pct}${mult}`);
	}
	return [...new Set(out)].filter((o) => o !== text);
}

/**
 * Whether a figure or year key stands apart from its wrong options, so a reader picks it unread:
 * "2015" beside 1986, 1993 and 1994 (all on one side, far from it for how close they are to each
 * other), or a round "600" among 602, 605 and 609.
 */
export function keyStandsApart(options: readonly string[], key: number): boolean {
	const values = options.map((o) => (/^\D*\d[\d,.]*\D*$/.test(o) ? countOf(o) : NaN));
	if (values.length !== 4 || values.some((v) => !Number.isFinite(v))) return false;
	const k = values[key] as number;
	const others = values.filter((_, i) => i !== key);
	const round = (v: number) => v >= 100 && v % 100 === 0;
	if (round(k) && !others.some(round)) return true;
	// "838" among 830, 835 and 840: the one figure off the fives is the one not made up, and "1860"
	// among 1853, 1856 and 1857 the one on them (review tune21).
	const fives = (v: number) => v >= 5 && v % 5 === 0;
	if (k >= 20 && !fives(k) && others.every(fives)) return true;
	// "2011" among 2004, 2008 and 2016: the one year off the Olympic and election years stands out
	// (review notes on the gymnastics article: "swap in non-Olympic distractor years").
	const year = (v: number) => Number.isInteger(v) && v >= 1000 && v <= 2100;
	if (year(k) && others.every(year) && k % 4 !== 0 && others.every((v) => v % 4 === 0)) return true;
	const low = Math.min(...others);
	const high = Math.max(...others);
	// Only among close options: "2015" among 1986, 1993 and 2006 is no odd one out.
	if (fives(k) && !others.some(fives) && Math.max(high, k) - Math.min(low, k) <= 10) return true;
	if (k > low && k < high) return false;
	const gap = k > high ? k - high : low - k;
	return gap >= 3 && gap > 2 * (high - low);
}

/** Verbs of a change one way or the other: "expanded from X to Y" rises, "fell from X to Y" falls. */
export const RISE =
	/\b(expand|rose|rise|rising|increas|grew|grow|climb|jump|doubl|tripl|went up|gain|soar)\w*\b/i;
export const FALL =
	/\b(fell|fall|declin|drop|decreas|shrank|shrink|went down|halv|plung|slump|lost)\w*\b/i;

/**
 * What a figure's wrong options must stay below or above when its sentence says it rose or fell to
 * or from another: in "margins expanded from _____ to 24.3%" a wrong option of 30.2% is ruled out by
 * the stem alone (a reviewer's note). `before` and `after` are the sentence's text either side.
 */
export function trendLimits(before: string, after: string): { below?: number; above?: number } {
	const clause = before.split(/;|\.\s|,\s+(?:and|but|while|whereas)\s/).pop() ?? '';
	const rise = RISE.test(clause);
	const fall = FALL.test(clause);
	if (rise === fall) return {};
	// "from _____ (in 2004) to 24.3%": the other end follows.
	if (/\bfrom\s+$/i.test(clause)) {
		const to = /^\s*(?:in \d{4}\s*)?,?\s*to\s+\$?(\d[\d,]*(?:\.\d+)?)/i.exec(after)?.[1];
		const end = to ? countOf(to) : NaN;
		if (!(end > 0)) return {};
		return rise ? { below: end } : { above: end };
	}
	// "from 9.0% (in 2004) to _____": the other end came before.
	if (/\bto\s+$/i.test(clause)) {
		const from =
			/\bfrom\s+\$?(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|million|billion)?(?:\s+in\s+\d{4})?,?\s+to\s+$/i.exec(
				clause
			)?.[1];
		const start = from ? countOf(from) : NaN;
		if (!(start > 0)) return {};
		return rise ? { above: start } : { below: start };
	}
	return {};
}
