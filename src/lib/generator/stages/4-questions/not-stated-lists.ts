// The lists a "not stated" item is asked of: "X, Y and Z" in one sentence whose items all name
// members of one set (not-stated-sets.ts), with the text before and after the list. An open list
// ("gold, copper and other metals") keeps its named members.
import type { ThingSet } from '../../lexicons/sets';
import { ALL_SETS, matchMember, type Match } from './not-stated-sets';

/** One listed item as the sentence writes it, with its offsets in the sentence. */
export interface ListedItem {
	text: string;
	start: number;
	end: number;
	/** The member it names; none for an item of the list outside the set ("extreme heat"). */
	match?: Match;
}

/** A list of one sentence: its set, its items, and the sentence around it. */
export interface FoundList {
	set: ThingSet;
	items: ListedItem[];
	/** The sentence before the first item, and after the last one (or after "and other …"). */
	before: string;
	after: string;
}

/** The longest name an item may be, in words. */
const ITEM_MAX_WORDS = 4;

/**
 * Every list of at least three members of one set in `sentence`, one per "and"/"or": the sets of
 * the lexicons, then `more` (the article's own names of one type).
 */
export function findLists(sentence: string, more: readonly ThingSet[] = []): FoundList[] {
	const out: FoundList[] = [];
	for (const conj of sentence.matchAll(/,? (and|or) /g)) {
		const at = conj.index ?? 0;
		for (const set of [...ALL_SETS, ...more]) {
			const found = listAt(sentence, at, at + conj[0].length, set);
			if (found) {
				out.push(found);
				break;
			}
		}
	}
	return out;
}

/** The list of `set` whose last item follows the "and" at [conjStart, conjEnd), if any. */
function listAt(
	sentence: string,
	conjStart: number,
	conjEnd: number,
	set: ThingSet
): FoundList | undefined {
	const last = lastItem(sentence, conjEnd, set);
	if (!last) return undefined;
	const items: ListedItem[] = last.item ? [last.item] : [];
	let end = conjStart;
	// Back over ", "-separated items: whole members, and the first may follow other words.
	for (;;) {
		const from = sentence.lastIndexOf(', ', end - 1);
		const segStart = from < 0 ? 0 : from + 2;
		const segment = sentence.slice(segStart, end);
		const whole = itemOf(segment, segStart, set);
		if (whole && from >= 0) {
			items.unshift(whole);
			end = from;
			continue;
		}
		// One item outside the set may stand among members, never first: where it starts is unclear.
		if (!whole && from >= 0 && otherItem(segment) && items.every((i) => i.match)) {
			const before = sentence.lastIndexOf(', ', from - 1);
			const prev = sentence.slice(before < 0 ? 0 : before + 2, from);
			if (itemOf(prev, before < 0 ? 0 : before + 2, set) || suffixItem(prev, 0, set)) {
				items.unshift({ text: segment, start: segStart, end });
				end = from;
				continue;
			}
		}
		const tail = whole ?? suffixItem(segment, segStart, set);
		if (tail) items.unshift(tail);
		break;
	}
	if (items.filter((i) => i.match).length < 3) return undefined;
	const first = items[0] as ListedItem;
	return { set, items, before: sentence.slice(0, first.start), after: sentence.slice(last.end) };
}

/** The item after "and": a member at the start of the rest, or an open "other …" ending. */
function lastItem(
	sentence: string,
	from: number,
	set: ThingSet
): { item?: ListedItem; end: number } | undefined {
	return lastItemAt(
		sentence,
		from + (STRESSED_LAST.exec(sentence.slice(from))?.[0].length ?? 0),
		set
	);
}

/** "… trains and even hospital waiting rooms": a word that stresses the last item, no part of it. */
export const STRESSED_LAST = /^even (?=\p{Ll})/u;

/** The item after "and" (and any STRESSED_LAST word) at `from`. */
function lastItemAt(
	sentence: string,
	from: number,
	set: ThingSet
): { item?: ListedItem; end: number } | undefined {
	const rest = sentence.slice(from);
	const other = /^other [\p{L} -]+?(?=[,.;:!?)"”]|$)/u.exec(rest);
	if (other) return { end: from + other[0].length };
	const words = rest.split(' ');
	for (let n = Math.min(ITEM_MAX_WORDS, words.length); n >= 1; n--) {
		const text = words.slice(0, n).join(' ');
		const clean = text.replace(/[,.;:!?)"”]+$/, '');
		if (clean !== text && !/[,.;:!?)"”]$/.test(text)) continue;
		const item = itemOf(clean, from, set);
		if (item) return { item, end: from + clean.length };
	}
	return undefined;
}

/** Whether a segment reads as one short item of a list: a few words, no figure, no clause. */
const otherItem = (segment: string) =>
	/^[\p{L}'’ -]+$/u.test(segment) &&
	segment.split(' ').length <= 3 &&
	!/\b(and|or|but|which|who|that|is|are|was|were|has|have|had)\b/i.test(segment);

/** The whole `text` as an item of `set`, at `start` in the sentence. */
function itemOf(text: string, start: number, set: ThingSet): ListedItem | undefined {
	if (!text || text.split(' ').length > ITEM_MAX_WORDS) return undefined;
	const match = matchMember(text, set);
	return match && { text, start, end: start + text.length, match };
}

/** The item that ends `segment` after other words ("crops such as rice" → "rice"). */
function suffixItem(segment: string, start: number, set: ThingSet): ListedItem | undefined {
	const words = segment.split(' ');
	for (let n = Math.min(ITEM_MAX_WORDS, words.length - 1); n >= 1; n--) {
		const text = words.slice(-n).join(' ');
		const item = itemOf(text, start + segment.length - text.length, set);
		// "France" of "Northern France": a capitalised word before a name is part of it. (A common
		// word before one, "silk clothes", is left to the stem, which wants a verb or an introducer.)
		const prev = words[words.length - n - 1] ?? '';
		if (item && !(/^\p{Lu}/u.test(prev) && /^\p{Lu}/u.test(text))) return item;
	}
	return undefined;
}
