// Typed values inside a sentence: entity mentions, dates, years, weekdays and quantities.
import type { Mention, Sentence, Token, ValueType } from '../../types';
import { MONTHS, NUMBER_WORDS, TITLE_WORDS, WEEKDAYS } from '../../lexicons';

export interface Value {
	type: ValueType;
	tokenStart: number;
	tokenEnd: number;
	text: string;
	start: number;
	end: number;
	entity?: string;
	/** For quantities: the counted noun ("people"), "percent" or "money". */
	unit?: string;
}

const MONTH_SET = new Set(MONTHS.map((m) => m.toLowerCase()));
const WEEKDAY_SET = new Set(WEEKDAYS.map((d) => d.toLowerCase()));
const YEAR_PREPS = new Set([
	'in',
	'since',
	'of',
	'by',
	'until',
	'during',
	'from',
	'to',
	'before',
	'after'
]);
const MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
// Counts written as words: "three reasons", "hundreds of people".
const WORD_NUMBERS = new Set([
	...NUMBER_WORDS.slice(2),
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'hundred',
	'hundreds',
	'thousands',
	'millions'
]);
const isDay = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.text) && Number(t.text) <= 31;
const isYear = (t: Token | undefined) => !!t && /^(1[5-9]|20)\d\d$/.test(t.text);

function make(
	s: Sentence,
	type: ValueType,
	a: number,
	b: number,
	extra: Partial<Value> = {}
): Value {
	const from = s.tokens[a] as Token;
	const to = s.tokens[b - 1] as Token;
	const text = s.text.slice(from.start - s.start, to.end - s.start);
	return { type, tokenStart: a, tokenEnd: b, text, start: from.start, end: to.end, ...extra };
}

/** Finds the typed values of one sentence; mentions come from the entity stage. */
export function findValues(s: Sentence, mentions: readonly Mention[]): Value[] {
	const out: Value[] = mentions
		.filter((m) => wholeWords(s, m) && !insideLargerName(s, m))
		.map((m) => ({
			type: m.type,
			tokenStart: m.tokenStart,
			tokenEnd: m.tokenEnd,
			text: m.text,
			start: m.start,
			end: m.end,
			entity: m.entity
		}));
	const toks = s.tokens;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i] as Token;
		const next = toks[i + 1];
		if (MONTH_SET.has(t.normal) && /^\p{Lu}/u.test(t.text)) {
			if (isDay(next)) {
				const withYear = /^,\s*$/.test(next?.post ?? '') && isYear(toks[i + 2]);
				out.push(make(s, 'date', i, withYear ? i + 3 : i + 2));
				i += withYear ? 2 : 1;
			} else if (isYear(next)) {
				out.push(make(s, 'date', i, i + 2));
				i++;
			}
			continue;
		}
		// "25 April 2015", as British and Wikipedia usage writes a date: day, month and year are one
		// value (read as "April 2015", the day left beside the blank gave it away).
		if (isDay(t) && next && MONTH_SET.has(next.normal) && /^\p{Lu}/u.test(next.text)) {
			const withYear = /^\s*$/.test(next.post) && isYear(toks[i + 2]);
			out.push(make(s, 'date', i, withYear ? i + 3 : i + 2));
			i += withYear ? 2 : 1;
			continue;
		}
		// "Sunday, June 5" is one date; "on Sunday, with a record turnout" is a weekday.
		const dated = /^,/.test(t.post) && (MONTH_SET.has(next?.normal ?? '') || isDay(next));
		if (WEEKDAY_SET.has(t.normal) && /^\p{Lu}/u.test(t.text) && !dated) {
			out.push(make(s, 'weekday', i, i + 1));
			continue;
		}
		if (isYear(t) && YEAR_PREPS.has(toks[i - 1]?.normal ?? '') && !next?.tags.has('Noun')) {
			out.push(make(s, 'year', i, i + 1));
			continue;
		}
		const q = quantityAt(s, i);
		if (q) {
			out.push(q);
			i = q.tokenEnd - 1;
		}
	}
	return out;
}

/** "Fan Expo Canada": a name right after another capitalised word (not a title) is part of it. */
function insideLargerName(s: Sentence, m: Mention): boolean {
	// "Doctor Who Society of Canada": a capitalised word right after the name continues it.
	const after = s.tokens[m.tokenEnd];
	const last = s.tokens[m.tokenEnd - 1];
	if (after && last && !/[,;:()"]/.test(last.post) && /^\p{Lu}/u.test(after.text)) return true;
	// "Greek Ministry of Culture": an "of" and a capitalised word continue an organisation's name.
	const then = s.tokens[m.tokenEnd + 1];
	if (
		m.type === 'organisation' &&
		after?.normal === 'of' &&
		then &&
		/^\p{Lu}/u.test(then.text) &&
		!/[,;:()"]/.test(last?.post ?? '')
	)
		return true;
	const before = s.tokens[m.tokenStart - 1];
	if (!before || m.tokenStart === 0 || /[,;:()"]/.test(before.post)) return false;
	// "The Greek Orthodox Church": a capitalised article or preposition opening the sentence.
	if (
		before.tags.has('Determiner') ||
		before.tags.has('Preposition') ||
		before.tags.has('Conjunction')
	)
		return false;
	return (
		/^\p{Lu}/u.test(before.text) && !before.tags.has('Honorific') && !TITLE_WORDS.has(before.normal)
	);
}

/** Whether the value is whole words: not part of "pro-Beijing" or "Wong Kwok-kin". */
function wholeWords(s: Sentence, v: { start: number; end: number }): boolean {
	const before = s.text.slice(0, v.start - s.start);
	const after = s.text.slice(v.end - s.start);
	return !/[\p{L}\p{N}-]$/u.test(before) && !/^([\p{L}\p{N}]|-\p{L})/u.test(after);
}

/** "107 people", "3.5 million dollars", "40 percent", "$2 million": a number with its unit. */
function quantityAt(s: Sentence, i: number): Value | undefined {
	const toks = s.tokens;
	const t = toks[i] as Token;
	const numeric = /^[$€£]?\d[\d,]*(\.\d+)?%?$/.test(t.text);
	if (!numeric && !WORD_NUMBERS.has(t.normal)) return undefined;
	if (t.tags.has('Ordinal') || /-/.test(t.post) || isYear(t) || toks[i - 1]?.tags.has('Date'))
		return undefined;
	// "STS-134", "IE6": a number that is part of a name counts nothing.
	if (/-$/.test(toks[i - 1]?.post ?? '') || /-$/.test(t.pre)) return undefined;
	let j = i + 1;
	if (MULTIPLIERS.has(toks[j]?.normal ?? '') && !/[,;]/.test(t.post)) j++;
	if (/[$€£]/.test(t.text)) return make(s, 'quantity', i, j, { unit: 'money' });
	if (/%$/.test(t.text)) return make(s, 'quantity', i, j, { unit: 'percent' });
	if (toks[j]?.normal === 'percent') return make(s, 'quantity', i, j + 1, { unit: 'percent' });
	// The counted noun may follow one adjective: "238 wounded people" is rare; "12 new members".
	let k = j;
	while (
		k < j + 2 &&
		(toks[k]?.tags.has('Adjective') ||
			(toks[k]?.tags.has('Singular') && toks[k + 1]?.tags.has('Plural'))) &&
		!/[,;]/.test(toks[k - 1]?.post ?? '')
	)
		k++;
	const unit = toks[k];
	// A bare figure ("closer to 40,000."): no unit to ask "how many" about, but still swappable.
	// "the 747" names a model, not a count.
	const bare =
		/^\d{1,3}(,\d{3})+$|^\d{2,}$/.test(t.text) && k === j && toks[i - 1]?.normal !== 'the';
	if (bare && (!unit || /[.,;]/.test(t.post) || !unit.tags.has('Noun')))
		return make(s, 'quantity', i, j);
	if (!unit || /[,;]/.test(toks[k - 1]?.post ?? '') || /-/.test(toks[k - 1]?.post ?? ''))
		return undefined;
	// "100,000 Greeks", "300 Americans": a plural people's name counts people like any noun.
	const demonym = unit.tags.has('ProperNoun') && /^\p{Lu}\p{Ll}+(ns|ese|is|s)$/u.test(unit.text);
	if (
		!unit.tags.has('Plural') ||
		(unit.tags.has('ProperNoun') && !demonym) ||
		unit.tags.has('Pronoun')
	)
		return undefined;
	return make(s, 'quantity', i, j, { unit: unit.normal });
}
