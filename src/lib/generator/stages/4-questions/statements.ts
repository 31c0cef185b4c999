// Stage 4b: the comprehension kind. One true statement (a sentence of the article restated) and
// three altered ones, each changed in one place: a value swapped for a same-type distractor, or
// the claim reversed or negated (facts/negation.ts). Every altered statement is false by the
// article, and none is a paraphrase.
import type { Fact, Span, ValueType } from '../../types';
import { impossibleDate, unbalanced } from '../../well-formed';

type SwapValue = Span & { type: ValueType; entity?: string };

export interface StatementOptions {
	answer: string;
	wrong: string[];
}

/** The fixed words of a statement item's stem, before the topic it names. */
export const STATEMENT_PROMPT = 'Which of these does the article say about';

/** The stem of a statement item about `topic`. */
export const statementStem = (topic: string) => `${STATEMENT_PROMPT} ${topic}?`;

const MIN_WORDS = 6;
const MAX_WORDS = 38;
const THE_NAMES =
	/^(United States|United Kingdom|Netherlands|Philippines|Czech Republic|United Arab Emirates|Middle East|Caribbean|Balkans)$/;

/** "ten to", "1861 and": the value after it is the other end of a range or pair. */
const RANGE_START =
	/(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*(to|-|and|or)\s*$/i;

/** The statement with one value swapped, keeping an article before the value consistent. */
function swap(text: string, at: number, value: SwapValue, replacement: string): string | undefined {
	// Only names carry their own "the"; "the three dimensions" swaps its number freely.
	const named = ['person', 'organisation', 'place'].includes(value.type);
	const afterThe = named && /\bthe $/i.test(text.slice(0, at));
	// "funded by the Greenpeace", "the North Korea": after "the", a distractor must take "the".
	const takesThe =
		/^the /i.test(replacement) ||
		THE_NAMES.test(replacement) ||
		(value.type === 'organisation' &&
			/\p{Lu}.*\s\p{Lu}/u.test(replacement) &&
			// "backed by the Sky News": a broadcaster's name takes no "the".
			!/\b(News|TV|Radio|Times|Post)$/.test(replacement));
	if (afterThe && !takesThe) return undefined;
	const before = text.slice(0, at);
	const after = text.slice(at + value.text.length);
	// "North and South Korea": half of a coordinated name; "Zeus, Hera, and Athena": one name of a
	// list, whose swap reads as a quibble; "10 to 32 pages": one end of a range.
	if (named && /\p{Lu}\p{L}*(,|\s+(and|or))\s+((and|or)\s+)?$/u.test(before)) return undefined;
	if (named && /^,\s+\p{Lu}\p{L}*,/u.test(after)) return undefined;
	// "ten to 32 pages", "in 1861 and 1862": one end of a range or pair cannot move alone.
	if (
		['quantity', 'year', 'date'].includes(value.type) &&
		(RANGE_START.test(before) || /^\s*(to|-|and|or|until|through)\s*(\d|\p{Lu})/u.test(after))
	)
		return undefined;
	// "exceeded 10% by 2050": a later year after "by" or "since" may be true as well.
	if (['year', 'date'].includes(value.type) && /\b(by|since|until|before|after)\s+$/i.test(before))
		return undefined;
	// "The current New Zealand flag": a name used as an adjective takes no "the" of its own.
	const afterPreposition = /\b(to|in|from|of|with|by|against|for|at|on|into|than|and|or|like)\s+$/i;
	if (named && !afterThe && THE_NAMES.test(replacement) && !afterPreposition.test(before))
		return undefined;
	// "in ancient Athens": a lexicon city of today is no ancient city.
	if (value.type === 'place' && /\b(ancient|medieval|old|historic|classical) $/i.test(before))
		return undefined;
	// "Comic Corps of Canada": a name inside a longer name names something else once swapped.
	if (named && /\p{Lu}\p{L}+ (of|for|de) (the )?$/u.test(before)) return undefined;
	// "Mecca's pilgrimages": a possessive place is too bound to the article to swap for another.
	if (value.type === 'place' && /^'s\b/.test(after)) return undefined;
	// "Seattle, Washington": a city pinned to its state or country cannot move alone.
	if (value.type === 'place' && /^,\s*\p{Lu}/u.test(text.slice(at + value.text.length)))
		return undefined;
	let fit = afterThe ? replacement.replace(/^the /i, '') : replacement;
	// "against United States" reads wrong: some names always take "the".
	if (named && !afterThe && THE_NAMES.test(fit)) fit = `the ${fit}`;
	return `${text.slice(0, at)}${fit}${text.slice(at + value.text.length)}`;
}

/** Text the validator would refuse in any option: a bracket left open, a date that cannot be. */
export const brokenText = (t: string) => unbalanced(t) || impossibleDate(t);
/** Whether `replacement` can stand where `value` stands in `text` and the sentence still reads well. */
export function fitsSwap(text: string, at: number, value: SwapValue, replacement: string): boolean {
	return swap(text, at, value, replacement) !== undefined;
}

/**
 * Up to three altered versions of the fact's statement: swaps of its values first (using the
 * distractors found for each), then a negation. Each is false by the article.
 */
export function alterStatement(
	fact: Fact,
	distractorsFor: (value: SwapValue) => string[]
): string[] {
	const text = fact.statement;
	if (!text) return [];
	const words = text.split(/\s+/).length;
	if (words < MIN_WORDS || words > MAX_WORDS) return [];
	const values = [fact.value, ...(fact.swaps ?? [])].filter((v) => v.text.length > 0);
	const wrong: string[] = [];
	for (const v of values) {
		const at = text.indexOf(v.text);
		// The value must sit once, inside the statement: a swap at the start would change its case.
		if (at <= 0 || text.indexOf(v.text, at + 1) >= 0) continue;
		// At most two swaps of the first value when others exist, so alterations touch more of it.
		const limit = v === values[0] && values.length > 1 ? 2 : 3;
		let used = 0;
		for (const d of distractorsFor(v)) {
			if (wrong.length === 3 || used === limit) break;
			const altered = swap(text, at, v, d);
			// "signed on 30 February 1856": "February 1856" for "March 1856" after a day of the month.
			if (altered && !wrong.includes(altered) && !brokenText(altered)) {
				wrong.push(altered);
				used++;
			}
		}
	}
	// A reversal and a negation together would cancel out in the reader's mind: use one of them.
	const contrary = fact.reversal ?? fact.negation;
	if (wrong.length < 3 && contrary && !brokenText(contrary)) wrong.push(contrary);
	return wrong.slice(0, 3);
}

/** How many sentences away a filler may come from. */
const FILL_REACH = 12;

export interface FalseStatement {
	text: string;
	sentence: number;
	paragraph: number;
}

/**
 * Fills a statement item that has fewer than three alterations of its own with altered statements
 * of other sentences, nearest paragraphs first, one per sentence; each filler is used once.
 */
export function fillAlterations(
	own: string[],
	fact: Fact,
	pool: readonly FalseStatement[] | FalsePool,
	used: Set<string>
): string[] {
	const bySentence = pool instanceof Map ? pool : poolBySentence(pool);
	const wrong = [...own];
	// Nearest sentences first, earlier before later at the same distance; only within reach, so
	// fillers stay on the item's topic (and the cost stays linear in the article's length).
	for (let d = 1; d <= FILL_REACH && wrong.length < 3; d++) {
		for (const at of [fact.sentence - d, fact.sentence + d]) {
			const filler = bySentence.get(at)?.find((f) => !used.has(f.text));
			if (filler && wrong.length < 3) wrong.push(filler.text);
		}
	}
	if (wrong.length < 3) return own;
	for (const w of wrong.slice(own.length)) used.add(w);
	return wrong;
}

/** False statements indexed by the sentence they alter. */
export type FalsePool = Map<number, FalseStatement[]>;

/** Indexes false statements by sentence, for `fillAlterations`. */
export function poolBySentence(pool: readonly FalseStatement[]): FalsePool {
	const map: FalsePool = new Map();
	for (const f of pool) map.set(f.sentence, [...(map.get(f.sentence) ?? []), f]);
	return map;
}
