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

/** The statement with one value swapped, keeping an article before the value consistent. */
function swap(text: string, at: number, value: string, replacement: string): string | undefined {
	const afterThe = /\bthe $/i.test(text.slice(0, at));
	// "funded by the Greenpeace": after "the", a distractor must carry or take "the" like the answer.
	if (afterThe && !/^the /i.test(replacement) && !/\p{Lu}.*\s\p{Lu}/u.test(replacement))
		return undefined;
	const fit = afterThe ? replacement.replace(/^the /i, '') : replacement;
	return `${text.slice(0, at)}${fit}${text.slice(at + value.length)}`;
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
	if (negated.split(/\s+/).length - statement.split(/\s+/).length > 2) return undefined;
	return negated;
}

/**
 * One true statement and three altered ones: swaps of the fact's values first (using the
 * distractors found for each), then a negation. Undefined when fewer than three alterations exist.
 */
export function statementOptions(
	fact: Fact,
	distractorsFor: (value: SwapValue) => string[]
): StatementOptions | undefined {
	const text = fact.statement;
	if (!text) return undefined;
	const words = text.split(/\s+/).length;
	if (words < MIN_WORDS || words > MAX_WORDS) return undefined;
	const values = [fact.value, ...(fact.swaps ?? [])].filter((v) => v.text.length > 0);
	const wrong: string[] = [];
	for (const v of values) {
		const at = text.indexOf(v.text);
		// The value must sit once, inside the statement: a swap at the start would change its case.
		if (at <= 0 || text.indexOf(v.text, at + 1) >= 0) continue;
		for (const d of distractorsFor(v)) {
			if (wrong.length === 3) break;
			const altered = swap(text, at, v.text, d);
			if (altered && !wrong.includes(altered)) wrong.push(altered);
		}
		// Two swaps of one value, then move on, so alterations touch more of the sentence.
		if (wrong.length >= 2 && values.length > 1 && v === values[0]) continue;
	}
	if (wrong.length < 3) {
		const negated = negate(text);
		if (negated) wrong.push(negated);
	}
	return wrong.length >= 3 ? { answer: text, wrong: wrong.slice(0, 3) } : undefined;
}
