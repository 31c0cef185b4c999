// Stage 5: three wrong options of the answer's type: from the article first, then from lexicons,
// or by moving a quantity within its unit. Aliases, parts of the answer and anything the source
// sentence also says are excluded, so no distractor is secretly right.
import type { Entity, Fact } from './types';
import {
	CITIES,
	COUNTRIES,
	MONTHS,
	NUMBER_WORDS,
	ORGANISATIONS,
	REGIONS,
	STATES,
	TITLE_GROUPS,
	WEEKDAYS
} from './lexicons';
import type { PlaceKind } from './types';
import { shuffle } from './random';

export interface DistractorContext {
	entities: Map<string, Entity>;
	/** Every fact of the article, for values of the same type. */
	facts: readonly Fact[];
	/** Common-noun subjects of the article, for "what" answers that are things or ideas. */
	things: readonly { text: string; number: string }[];
	rand: () => number;
}

/** Lower-cased words, as quality checks compare them. */
export const wordsOf = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}'%$.-]+/gu, ' ')
		.replace(/(^|\s)[.'-]+|[.'-]+(\s|$)/g, ' ')
		.split(' ')
		.filter(Boolean);

/** Whether `needle`'s words appear contiguously in `hay`. */
export function containsWords(hay: string, needle: string): boolean {
	const n = wordsOf(needle).join(' ');
	return n.length > 0 && ` ${wordsOf(hay).join(' ')} `.includes(` ${n} `);
}

const sharesWord = (a: string, b: string) => {
	const stop = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'in', 'at']);
	const wa = new Set(wordsOf(a).filter((w) => !stop.has(w)));
	return wordsOf(b).some((w) => !stop.has(w) && wa.has(w));
};

/** Picks three distractors for the fact's value; fewer means the question must be dropped. */
export function pickDistractors(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const answer = fact.value.text;
	const pool = candidates(fact, ctx);
	const own = fact.value.entity ? ctx.entities.get(fact.value.entity) : undefined;
	const names = [answer, ...(own ? [own.name, ...own.aliases] : [])];
	const chosen: string[] = [];
	for (const c of pool) {
		if (chosen.length === 3) break;
		const all = [answer, ...chosen];
		if (all.some((o) => o.toLowerCase() === c.toLowerCase())) continue;
		if (all.some((o) => containsWords(o, c) || containsWords(c, o))) continue;
		if (containsWords(sentence, c)) continue;
		// Never another name of the answer itself: "Ahmed" beside "Mohamed" for Ahmed Mohamed.
		if (
			['person', 'organisation', 'place'].includes(fact.value.type) &&
			names.some((n) => sharesWord(n, c))
		)
			continue;
		chosen.push(c);
	}
	return chosen;
}

function candidates(fact: Fact, ctx: DistractorContext): string[] {
	const v = fact.value;
	const rand = ctx.rand;
	const others = [...ctx.entities.values()].filter((e) => e.id !== v.entity);
	// A one-word "person" that is no known name's alias is often a tagging error ("Irving").
	const reliable = (e: Entity) => e.type !== 'person' || e.name.includes(' ');
	const fromArticle = (type: Entity['type']) =>
		shuffle(
			others.filter((e) => e.type === type && reliable(e)),
			rand
		).map((e) => formLike(v.text, e));
	switch (v.type) {
		case 'person':
			return fromArticle('person');
		case 'organisation': {
			// Like for like: an acronym for an acronym, "X Party" for "Y Party"; the generic lexicon
			// only when the answer is itself a well-known international body.
			const orgs = others.filter((e) => e.type === 'organisation' && sameShape(v.text, e.name));
			const known = ORGANISATIONS.some(
				(o) => o.replace(/^the /, '') === v.text.replace(/^the /, '')
			);
			const lex = known
				? ORGANISATIONS.map((o) => (/^the /i.test(v.text) ? o : o.replace(/^the /, '')))
				: [];
			return [...shuffle(orgs, rand).map((e) => formLike(v.text, e)), ...shuffle(lex, rand)];
		}
		case 'place': {
			// A country for a country, a state for a state: never "Texas" beside "Asia".
			const kind = ctx.entities.get(v.entity ?? '')?.subtype;
			const places = others.filter((e) => e.type === 'place');
			if (!kind) {
				// Unknown kind: only article places named alike ("X Station" for "Y Station").
				return shuffle(
					places.filter((e) => e.name.includes(' ') && sameShape(v.text, e.name)),
					rand
				).map((e) => e.name);
			}
			const same = places.filter((e) => e.subtype === kind).map((e) => e.name);
			// Australian states for an Australian state: a lexicon group is the one holding the answer.
			const group = kind === 'state' ? STATE_GROUPS.find((g) => g.includes(v.text)) : undefined;
			const lex = (group ?? PLACE_LEXICONS[kind]).map((p) =>
				/^the /i.test(v.text) ? p : p.replace(/^the /, '')
			);
			return [...shuffle(same, rand), ...shuffle(lex, rand)];
		}
		case 'weekday':
			return shuffle(
				WEEKDAYS.filter((d) => d !== v.text),
				rand
			);
		case 'year':
			return shuffle(
				[-7, -4, -3, -2, -1, 1, 2, 3, 5].map((d) => String(Number(v.text) + d)),
				rand
			);
		case 'date':
			return shuffle(dateVariants(v.text), rand);
		case 'quantity':
			return shuffle(quantityVariants(v.text), rand);
		case 'thing': {
			// Other recurring subjects of the same number and with or without an article.
			const det = /^(the|a|an) /i.test(v.text);
			return shuffle(
				ctx.things
					.filter((t) => t.number === v.entity)
					.map((t) => t.text)
					.filter((t) => /^(the|a|an) /i.test(t) === det),
				rand
			);
		}
		case 'title': {
			// Never a title the same person also holds elsewhere in the article.
			const own = new Set(
				ctx.facts
					.filter((f) => f.kind === 'role' && f.person === fact.person)
					.map((f) => f.value.text)
			);
			const inArticle = ctx.facts
				.filter((f) => f.kind === 'role' && !own.has(f.value.text))
				.map((f) => f.value.text);
			const group =
				TITLE_GROUPS.find((g) => g.includes(v.text.toLowerCase())) ?? TITLE_GROUPS[1] ?? [];
			const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
			return [...shuffle(inArticle, rand), ...shuffle(group.map(cap), rand)];
		}
	}
}

const PLACE_LEXICONS: Record<PlaceKind, readonly string[]> = {
	country: COUNTRIES,
	state: STATES,
	city: CITIES,
	region: REGIONS
};

const STATE_GROUPS = [
	STATES.slice(0, STATES.indexOf('Ontario')),
	['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Nova Scotia'],
	['Queensland', 'Victoria', 'New South Wales', 'Tasmania', 'Western Australia', 'South Australia']
];

const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.]{1,7}$/.test(s);

/** Names of one shape: both acronyms, or both multi-word names ending in the same word. */
export function sameShape(a: string, b: string): boolean {
	if (isAcronym(a) || isAcronym(b)) return isAcronym(a) && isAcronym(b);
	// The last word names the kind of thing: "Civic Party" and "Labour Party", "Pacific Ocean" and
	// "Indian Ocean"; a "Station" is never offered for a "Party".
	const last = (s: string) => s.split(' ').pop()?.toLowerCase();
	if (!a.includes(' ') || !b.includes(' ')) return false;
	return last(a) === last(b);
}

/** The other entity's name in the same form as the answer: surname for surname, full for full. */
function formLike(answer: string, e: Entity): string {
	const n = answer.split(' ').length;
	const same = e.aliases.find((a) => a.split(' ').length === n);
	if (same) return same;
	if (n === 1 && e.type === 'person') return e.name.split(' ').pop() ?? e.name;
	return e.name;
}

function dateVariants(text: string): string[] {
	const m = /^(\w+)\s+(\d{1,2})(,\s*\d{4})?$/.exec(text);
	const out: string[] = [];
	if (m) {
		const [, month = '', dayText = '1', year = ''] = m;
		const day = Number(dayText);
		for (const d of [-9, -5, -2, 3, 6, 11]) {
			const nd = day + d;
			if (nd >= 1 && nd <= 28) out.push(`${month} ${nd}${year}`);
		}
		const mi = MONTHS.findIndex((x) => x === month);
		for (const d of [-1, 1, 2]) out.push(`${MONTHS[(mi + d + 12) % 12] ?? month} ${day}${year}`);
		return out;
	}
	const my = /^(\w+)\s+(\d{4})$/.exec(text);
	if (my) {
		const [, month = '', year = '2000'] = my;
		const mi = MONTHS.findIndex((x) => x === month);
		for (const d of [-4, -2, -1, 1, 3, 5])
			out.push(`${MONTHS[(mi + d + 12) % 12] ?? month} ${year}`);
		out.push(`${month} ${Number(year) - 1}`, `${month} ${Number(year) + 1}`);
	}
	return out;
}

/** Same unit, similar magnitude, same way of writing: "107" → "84", "$2 million" → "$3 million". */
export function quantityVariants(text: string): string[] {
	const m =
		/^(.*?)([$€£]?)(\d[\d,]*(?:\.\d+)?|[a-z]+)(%?)((?:\s+(?:hundred|thousand|million|billion|trillion))?)$/i.exec(
			text
		);
	if (!m) return [];
	const [, mod = '', cur = '', num = '', pct = '', mult = ''] = m;
	const wordIndex = NUMBER_WORDS.indexOf(num.toLowerCase());
	const value = wordIndex >= 0 ? wordIndex : Number(num.replace(/,/g, ''));
	if (!Number.isFinite(value) || (wordIndex < 0 && !/\d/.test(num))) return [];
	const decimals = (num.split('.')[1] ?? '').length;
	const factors = value <= 12 ? [] : [0.5, 0.7, 1.3, 1.6, 2, 3];
	const raw =
		value <= 12
			? [value - 2, value - 1, value + 1, value + 2, value + 3]
			: factors.map((f) => value * f);
	const out: string[] = [];
	for (const r of raw) {
		// "one dimensions": a plural count never drops to one.
		if (r <= 0 || (pct && r > 100) || (r === 1 && value > 1)) continue;
		let n: string;
		if (wordIndex >= 0 && r <= 12) n = NUMBER_WORDS[Math.round(r)] ?? String(Math.round(r));
		else if (decimals) n = r.toFixed(decimals);
		else {
			// Keep the answer's precision: "107" gets exact neighbours, "1,000" gets round ones with
			// two significant digits ("1,300"), so rounding never folds a variant back onto the answer.
			const digits = String(Math.round(value)).length;
			const zeros = /0*$/.exec(String(Math.round(value)))?.[0].length ?? 0;
			const step = 10 ** Math.max(0, Math.min(zeros, digits - 2));
			const rounded = Math.max(step, Math.round(r / step) * step);
			n = num.includes(',') || rounded >= 10000 ? rounded.toLocaleString('en-US') : String(rounded);
		}
		if (wordIndex >= 0 && /^\p{Lu}/u.test(num)) n = n.charAt(0).toUpperCase() + n.slice(1);
		out.push(`${mod}${cur}${n}${pct}${mult}`);
	}
	return [...new Set(out)].filter((o) => o !== text);
}
