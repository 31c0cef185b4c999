// Stage 4b: the comprehension kind. One true statement (a sentence of the article restated) and
// three altered ones, each changed in one place: a value swapped for a same-type distractor, or
// the claim negated. Every altered statement is false by the article, and none is a paraphrase.
import nlp from 'compromise';
import type { Fact, Span, ValueType } from './types';

type SwapValue = Span & { type: ValueType; entity?: string };

export interface StatementOptions {
	answer: string;
	wrong: string[];
}

const MIN_WORDS = 6;
const MAX_WORDS = 32;
/** Negating these misleads: the "not" lands in a sub-clause, or the claim is already hedged. */
const NO_NEGATION =
	/\b(not|n't|no|never|none|nor|only|who|whom|whose|which|that|when|while|because|if|although|unless|until|some|many|most|all|every|each|few|may|might|could|would|should|can|must)\b/i;

const THE_NAMES =
	/^(United States|United Kingdom|Netherlands|Philippines|Czech Republic|United Arab Emirates|Middle East|Caribbean|Balkans)$/;

/** The statement with one value swapped, keeping an article before the value consistent. */
function swap(text: string, at: number, value: SwapValue, replacement: string): string | undefined {
	const afterThe = /\bthe $/i.test(text.slice(0, at));
	// "funded by the Greenpeace", "the North Korea": after "the", a distractor must take "the".
	const takesThe =
		/^the /i.test(replacement) ||
		THE_NAMES.test(replacement) ||
		(value.type === 'organisation' && /\p{Lu}.*\s\p{Lu}/u.test(replacement));
	if (afterThe && !takesThe) return undefined;
	let fit = afterThe ? replacement.replace(/^the /i, '') : replacement;
	// "against United States" reads wrong: some names always take "the".
	if (!afterThe && THE_NAMES.test(fit)) fit = `the ${fit}`;
	return `${text.slice(0, at)}${fit}${text.slice(at + value.text.length)}`;
}

/** The statement negated by the NLP library, when that is one clean change to a simple claim. */
export function negate(statement: string): string | undefined {
	if (NO_NEGATION.test(statement)) return undefined;
	const negated = (
		nlp(statement) as unknown as { sentences(): { toNegative(): { text(): string } } }
	)
		.sentences()
		.toNegative()
		.text()
		.trim();
	const nots = (s: string) => (s.match(/\bnot\b/g) ?? []).length;
	if (negated === statement || nots(negated) !== 1) return undefined;
	// "At the other end … are not …": after a fronted phrase, the subject must come first.
	const opener =
		/^(at|in|on|for|from|with|by|to|of|under|over|among|between|during|after|before)\b/i;
	const comma = negated.indexOf(',');
	if (opener.test(statement) && (comma < 0 || negated.indexOf(' not ') < comma)) return undefined;
	if (negated.split(/\s+/).length - statement.split(/\s+/).length > 2) return undefined;
	return negated;
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
			if (altered && !wrong.includes(altered)) {
				wrong.push(altered);
				used++;
			}
		}
	}
	if (wrong.length < 3) {
		const negated = negate(text);
		if (negated) wrong.push(negated);
	}
	return wrong.slice(0, 3);
}

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
	pool: FalseStatement[],
	used: Set<string>
): string[] {
	const wrong = [...own];
	const sentences = new Set([fact.sentence]);
	const nearest = [...pool].sort(
		(a, b) =>
			Math.abs(a.paragraph - fact.paragraph) - Math.abs(b.paragraph - fact.paragraph) ||
			a.sentence - b.sentence
	);
	for (const f of nearest) {
		if (wrong.length === 3) break;
		if (sentences.has(f.sentence) || used.has(f.text)) continue;
		wrong.push(f.text);
		sentences.add(f.sentence);
	}
	if (wrong.length < 3) return own;
	for (const w of wrong.slice(own.length)) used.add(w);
	return wrong;
}
