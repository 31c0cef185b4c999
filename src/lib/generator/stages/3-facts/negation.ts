// The one negator: a claim of the article denied by a "not" on its main verb, only where the
// "not" plainly denies the whole claim. Statement items use the denial as a false option, so a
// "not" that could deny a figure, a rank or a sub-clause instead would make a second true answer.
import type { Sentence } from '../../types';
import { findClause } from './clauses';

/** Negating these misleads: the claim is hedged, or a "not" would land in a sub-clause. */
const NO_NEGATION =
	/\b(not|n't|no|never|none|nor|only|who|whom|whose|which|that|when|while|because|if|although|unless|until|some|many|most|all|every|each|few|may|might|could|would|should|must|there|here)\b/i;
/** "his final appearance", "the youngest member": a denial of a rank is not plainly false. */
const SUPERLATIVE =
	/\b(final|last|next|first|second|third|largest|highest|lowest|biggest|smallest|youngest|oldest|latest|earliest|greatest|worst|main|major|record)\b/i;
/** Counts written as words: "did not offer three reasons" could deny the number. */
const COUNT =
	/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
/**
 * Words that make a "not" ambiguous rather than false: "is not roughly 8,400 kilometers", "is not
 * partially based", "is not a little bit ethnocentric", "was not elected for the first time". A
 * claim that holds one of them is never negated; a value swap or a reversal alters it instead.
 */
const HEDGES =
	/\b(roughly|about|approximately|around|nearly|almost|some|same|just|only|even|also|still|already|partially|partly|mostly|largely|mainly|entirely|completely|fully|always|usually|often|sometimes|rarely|seldom|frequently|generally|typically|very|extremely|highly|quite|rather|fairly|too|so|slightly|little|bit|successfully|finally|eventually|first|ever|both|either|neither|much|more|less|least|best|well|really|actually|indeed|perhaps|likely|possibly|probably|certainly|clearly|simply|directly|indirectly|throughout|together|alone|instead|over|under|than|as|like|among|between|respectively|reportedly|allegedly|currently|now|today|recently|yet|later|soon|however|therefore|thus)\b/i;

/**
 * Whether the negated statement reads as a plain denial of the original: no hedge, degree word,
 * figure or rank the "not" could deny instead, no quotation, and nothing after the negated verb
 * that the "not" could attach to (", with …", "and was replaced", ", leaving …"); the negated verb
 * is not the second half of a coordination, and is the clause's only finite verb.
 */
export function negationReadsClearly(original: string, negated: string): boolean {
	if (HEDGES.test(original) || NO_NEGATION.test(original) || SUPERLATIVE.test(original))
		return false;
	// "was not elected with 58,825 votes": beside a figure, "not" may deny the figure or the event;
	// a swapped figure says plainly what is false. A quotation cannot be negated: nobody said that.
	if (/\d|"/.test(original) || COUNT.test(original)) return false;
	const m = /\b(not|cannot)\b/.exec(negated);
	if (!m) return false;
	const before = negated.slice(0, m.index);
	const after = negated.slice(m.index + m[0].length);
	if (/\b(and|but|or)\s+(\S+\s+)?$/i.test(before)) return false;
	if (/,\s+(with|which|who|where|and|but|or|as|[a-z]+ing)\b/i.test(after)) return false;
	if (
		/\b(and|but|or)\s+(was|were|is|are|has|have|had|did|does|do|will|can|[a-z]+ed)\b/i.test(after)
	)
		return false;
	// "were not New People Party's Michael Tien": denying a list of names identifies nobody; "is not
	// unreachable" is a double negative.
	if (/^\s*(\p{Lu}|(un|in|im|il|ir|non|dis)\p{Ll})/u.test(after)) return false;
	// "did not elect were …": a second finite verb before any comma was the real main verb.
	if (/^\s*\S+[^,]*\b(was|were|is|are)\b/.test(after)) return false;
	// "At the other end … are not elite-driven forms": a verb before its subject reads as a riddle.
	if (/^(at|in|on|from|among|between)\b/i.test(original) && /\b(is|are|was|were)\s*$/i.test(before))
		return false;
	return true;
}

/**
 * The sentence with its main verb negated through the clause's own auxiliary or do-support
 * ("resigned" → "did not resign", "was elected" → "was not elected"), restated like the statement.
 */
export function negatedStatement(
	s: Sentence,
	offset: number,
	end = s.text.length
): string | undefined {
	const clause = findClause(s);
	if (!clause) return undefined;
	const chunk = s.tokens.slice(clause.verb[0], clause.verb[1]);
	const head = chunk[0];
	const last = chunk[chunk.length - 1];
	if (!head || !last || chunk.some((t) => t.tags.has('Negative'))) return undefined;
	// "has already been retired", "are also accused": no placement of "not" reads naturally.
	if (chunk.some((t) => /^(already|still|also|just|even|yet)$/.test(t.normal))) return undefined;
	// "The candidates elected were …": a verb right after the chunk means it was not the main one;
	// "… and was replaced": a second verb would stay positive.
	// "Photos released of the scene showed …": another finite verb before the first comma means the
	// chunk was a participle, not the main verb.
	const rest = s.tokens.slice(clause.verb[1]);
	const comma = rest.findIndex((t) => /,/.test(t.post));
	const beforeComma = comma < 0 ? rest : rest.slice(0, comma + 1);
	const finite = (t: (typeof rest)[number]) =>
		(t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Participle');
	if (
		beforeComma.some(
			(t, i) => finite(t) && !/^(who|which|that|and|or|but)$/.test(beforeComma[i - 1]?.normal ?? '')
		)
	)
		return undefined;
	const next = s.tokens[clause.verb[1]];
	if (next?.tags.has('Verb') && /^(was|were|is|are|has|have|had)$/.test(next.normal))
		return undefined;
	if (/\b(and|but) (was|were|is|are|has|have|had)\b/i.test(s.text)) return undefined;
	const from = head.start - s.start;
	const to = last.end - s.start;
	if (from < offset || to > end) return undefined;
	const written = s.text.slice(from, to);
	// "is partially based" → "is not partially based": the "not" goes right after the auxiliary.
	const cut = head.end - head.start;
	const replacement = clause.doSupport
		? `${clause.doSupport} not ${clause.verbRest}`
		: clause.aux
			? `${written.slice(0, cut)} not${written.slice(cut)}`
			: undefined;
	if (!replacement) return undefined;
	const tail = end < s.text.length ? `${s.text.slice(to, end).trimEnd()}.` : s.text.slice(to);
	const text = `${s.text.slice(offset, from)}${replacement}${tail}`
		.trim()
		.replace(/\bcan not\b/, 'cannot');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The statement denied through its main verb, when the denial reads as plainly false: nothing in
 * `NO_NEGATION`, and `negationReadsClearly`. A statement whose aside was dropped is not negated:
 * negation rebuilds the sentence from its offsets, which the dropped aside has moved.
 */
export function negatedClaim(
	s: Sentence,
	statement: { text: string; offset: number; end: number; asideDropped: boolean }
): string | undefined {
	if (NO_NEGATION.test(statement.text) || statement.asideDropped) return undefined;
	const negated = negatedStatement(s, statement.offset, statement.end);
	return negated && negationReadsClearly(statement.text, negated) ? negated : undefined;
}
