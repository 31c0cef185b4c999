// Where, in a source sentence, the answer sits, and how to cut a text into plain and marked parts.

export interface Range {
	start: number;
	end: number;
}

/**
 * The answer's range inside the sentence: the answer text itself when the sentence holds it (the
 * first match, case-insensitive), else the fact's value when it lies inside the sentence, else null.
 * Statement questions answer with the whole sentence, so their fact's value (the word a wrong option
 * alters) is what to mark, or the whole sentence when the statement has no such value.
 */
export function locateAnswer(
	sentence: string,
	answer: string,
	value: Range | null,
	preferValue = false
): Range | null {
	const inside =
		value && value.start >= 0 && value.end <= sentence.length && value.end > value.start;
	if (preferValue && inside) return value;
	const needle = answer.trim().toLowerCase();
	const at = needle ? sentence.toLowerCase().indexOf(needle) : -1;
	const found = at >= 0 ? { start: at, end: at + needle.length } : null;
	if (found && needle.length < sentence.trim().length) return found;
	return inside ? value : found;
}

/** The answer's range as an attempt item stores it (two nullable columns), or null when unset. */
export function storedRange(item: {
	highlightStart: number | null;
	highlightEnd: number | null;
}): Range | null {
	return item.highlightStart !== null && item.highlightEnd !== null
		? { start: item.highlightStart, end: item.highlightEnd }
		: null;
}

export interface Part {
	text: string;
	marked: boolean;
}

/** The text cut into parts, with `range` marked (when it is a valid range of the text). */
export function markParts(text: string, range: Range | null): Part[] {
	return markRanges(text, range ? [range] : []);
}

/**
 * The text cut into parts with each of `ranges` marked, in order; ranges that are not valid ranges
 * of the text, or that overlap one marked before them, are left out.
 */
export function markRanges(text: string, ranges: readonly Range[]): Part[] {
	const parts: Part[] = [];
	let at = 0;
	for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
		if (range.start < at || range.end > text.length || range.end <= range.start) continue;
		parts.push({ text: text.slice(at, range.start), marked: false });
		parts.push({ text: text.slice(range.start, range.end), marked: true });
		at = range.end;
	}
	parts.push({ text: text.slice(at), marked: false });
	return parts.filter((part) => part.text !== '');
}

export interface Paragraph {
	/** Offsets of the paragraph in the whole text. */
	start: number;
	end: number;
	text: string;
}

/** The paragraphs of a normalized text (blank-line separated), with their offsets. */
export function paragraphSpans(text: string): Paragraph[] {
	const out: Paragraph[] = [];
	const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
	for (const match of text.matchAll(pattern)) {
		const body = match[0].trim();
		if (!body) continue;
		const start = match.index + match[0].indexOf(body);
		out.push({ start, end: start + body.length, text: body });
	}
	return out;
}
