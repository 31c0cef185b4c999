// How-to guides give their reasons to an instruction: "Put your phone in another room while you
// work, because even a silent phone pulls at your attention", "Push the knife across the stone so
// that the whole edge touches it". The main clause has no subject to invert, so no "why" frame was
// found and the reason went unasked. Asked as "Why should you put your phone in another room while
// you work?": the reader is the one told, so "you" names the subject and the stem stands alone.
import type { Fact, Sentence, Token } from '../../types';
import { reasonFact } from './causes';
import { spanText } from './clauses';
import { BROAD_LINKS, reasonIn } from './reason-span';
import { unbalanced } from '../../well-formed';

/** The most words an instruction may have in a stem: a longer one is a step list, not one step. */
const MAX_INSTRUCTION_WORDS = 14;

/**
 * Words that make an instruction lean on another sentence or hedge it: "tighten it all again"
 * (what?), "then walk around" (a second step), "not just a few", "if the tyre is soft".
 */
const LEANS_OR_HEDGES =
	/^(it|its|them|they|their|this|these|those|he|she|him|her|his|then|again|also|too|not|never|no|if|unless|whether|such|there|here|instead|otherwise)$/;

/** Openings that make an instruction hold only sometimes: "If …", "Unless …", "For a …". */
const CONDITION = /^(if|unless|for|in case|once|until|whether|otherwise)$/;

/** The opening of a sentence before its instruction: "Finally,", "While the burn is cooling,". */
const MAX_OPENING_WORDS = 7;

/**
 * Where the instruction's verb is: the sentence's first word, or the first after an opening
 * phrase that ends in a comma, an adverb of manner allowed before it ("gently remove").
 */
function instructionAt(toks: readonly Token[]): number | undefined {
	let at = 0;
	const comma = toks.findIndex((t) => /,/.test(t.post));
	if (!toks[0]?.tags.has('Imperative') && comma >= 0 && comma < MAX_OPENING_WORDS) {
		// "If your bike has rim brakes, open …": the instruction holds only under its condition.
		if (CONDITION.test(toks[0]?.normal ?? '')) return undefined;
		at = comma + 1;
	}
	if (toks[at]?.tags.has('Adverb') && /ly$/.test(toks[at]?.normal ?? '')) at++;
	const verb = toks[at];
	// The tagger calls a sentence's first verb an imperative, one after an opening an infinitive.
	const base = !!verb && (verb.tags.has('Imperative') || (at > 0 && verb.tags.has('Infinitive')));
	if (!verb || !base || verb.tags.has('Gerund')) return undefined;
	// "Do not …", "Don't …": a warning's reason is asked of what is done, not of a negation.
	if (/^(do|don't|never|let|please)$/.test(verb.normal)) return undefined;
	return at;
}

/**
 * The cause fact of an instruction and its reason, with the frame of "Why should you …?", or
 * undefined when the sentence gives none or the instruction leans on another sentence.
 */
export function instructionCause(s: Sentence, makeId: (raw: string) => string): Fact | undefined {
	const toks = s.tokens;
	if (/\?["')]*$/.test(s.text) || /["“”(]/.test(s.text)) return undefined;
	const at = instructionAt(toks);
	if (at === undefined) return undefined;
	const reason = reasonIn(s, at + 2, false, BROAD_LINKS);
	if (!reason || reason.link === 'since') return undefined;
	const instruction = toks.slice(at, reason.at);
	if (instruction.length < 2 || instruction.length > MAX_INSTRUCTION_WORDS) return undefined;
	// The instruction's own words after its verb: no second verb of a second step ("and drive").
	const rest = instruction.slice(1);
	if (rest.some((t) => LEANS_OR_HEDGES.test(t.normal) || t.tags.has('Negative'))) return undefined;
	// "that pot" points back; "roots that have been circling the pot" says which roots.
	if (rest.some((t, i) => t.normal === 'that' && !rest[i + 1]?.tags.has('Verb'))) return undefined;
	if (rest.some((t, i) => t.normal === 'and' && rest[i + 1]?.tags.has('Imperative')))
		return undefined;
	const verb = spanText(s, at, at + 1);
	const before = spanText(s, at + 1, reason.at).replace(/[,;:\s]+$/, '');
	if (unbalanced(before) || /[;:]/.test(before)) return undefined;
	const fact = reasonFact(s, makeId, { reason, leading: false }, '', true);
	if (!fact) return undefined;
	const lowered = `${verb.charAt(0).toLowerCase()}${verb.slice(1)}`;
	return {
		...fact,
		id: makeId(`instruction-${s.index}`),
		object: before,
		frame: {
			subject: 'you',
			verb: lowered,
			aux: 'should',
			verbRest: lowered,
			doSupport: '',
			before,
			after: '',
			prep: reason.link,
			slot: 'object'
		}
	};
}
