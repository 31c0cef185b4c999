// A how-to guide explains its steps in plain statements beside them: "Seedlings that get too little
// light stretch upwards", "If you skip this step, sun can scorch the leaves". Each is the guide's
// reason for another of its steps, so beside the key of "Why should you turn the pots every day?"
// it reads as a reason a reader must weigh, and one who followed the guide knows it belongs to
// another step (review k11/k12: instruction whys died for want of three wrong reasons; the
// article's other statements were refused as off topic).
import type { Sentence, Token } from '../../types';
import { asReason, capitalisedNames, type ReasonOption } from './causes';
import { lowerWords } from './words';
import { REASON_MAX_WORDS } from './reason-span';
import { unbalanced } from '../../well-formed';

/** The fewest words an explanation may have: "Roots rot" says too little to weigh. */
const MIN_WORDS = 5;

/** Subjects that point elsewhere or name the reader: the statement leans on another sentence. */
const LEANING_SUBJECT =
	/^(your|we|our|i|my|it|its|they|their|this|that|these|those|there|here|he|she|his|her|one|some|each|both|such|another|other|then|so|and|but|or|also|however|instead|otherwise|yes|no)$/;

/** Words past the first that send the reader to another sentence or tie the clause to one. */
const POINTS_ON =
	/\b(it|its|them|they|their|him|he|she|her|us|this|these|those|there|then|also|thus|therefore|however|again|such|above|below|later|step|steps|other|first|second|third|last)\b|\btoo$/i;

/** Words that open a subordinate clause: a verb after one is not the main clause's. */
const SUBORDINATOR = /^(before|after|when|whenever|if|until|because|while|as|once|unless|since)$/;

/** The fewest words after an explanation's verb: "works well" says nothing on its own. */
const MIN_PREDICATE_WORDS = 2;

/** Openings of a condition the guide puts before its explanation: "If you skip this step, …". */
const CONDITION = /^(if|without|unless|otherwise)$/;

/** The most words of a condition before its explanation: a longer one is a step of its own. */
const MAX_CONDITION_WORDS = 8;

/** A link after which the rest of a sentence is a second clause: "…, so planting deeper …". */
const CUT_LINK = /^(so|which|because|and|but|while|whereas|since)$/;

/** Modals by which an explanation says what may happen. */
const MODAL = /^(can|will|may|might|could|would|cannot|can't|won't)$/;

/** Whether the sentence gives an instruction: it opens (after a short phrase) on a bare verb. */
function instructs(toks: readonly Token[]): boolean {
	if (/^(do|don't|never|always|avoid|try|make|keep|let)$/.test(toks[0]?.normal ?? '')) return true;
	// "Once the fruit has set, feed …": an instruction after a phrase that ends in a comma.
	const comma = toks.findIndex((t) => /,/.test(t.post));
	return bareVerb(toks[0]) || (comma >= 0 && bareVerb(toks[comma + 1]));
}

/** A verb in its bare form, as the tagger marks a sentence's first verb of an instruction. */
const bareVerb = (t: Token | undefined) =>
	!!t &&
	t.tags.has('Verb') &&
	(t.tags.has('Imperative') || t.tags.has('Infinitive')) &&
	!t.tags.has('Gerund');

/**
 * The explanation a sentence of a guide gives as a "Because …" option, or undefined: its main
 * clause whole (to its end, or to a comma before "so", "which" or "and"), after an "If you …"
 * condition when it has one; a statement about a thing, told in the present or with "can".
 */
export function guideExplanation(s: Sentence): string | undefined {
	const toks = s.tokens;
	if (/[?"“”()]/.test(s.text) || instructs(toks)) return undefined;
	let at = 0;
	if (CONDITION.test(toks[0]?.normal ?? '')) {
		const comma = toks.findIndex((t) => /,/.test(t.post));
		if (comma < 0 || comma + 1 > MAX_CONDITION_WORDS) return undefined;
		at = comma + 1;
	}
	// The main clause: to the sentence's end, or to a comma before a second clause's link.
	let end = toks.length;
	for (let i = at; i < toks.length - 1; i++) {
		const t = toks[i];
		if (!t || !/[,;:]/.test(t.post)) continue;
		if (/[;:]/.test(t.post) || CUT_LINK.test(toks[i + 1]?.normal ?? '')) end = i + 1;
		// A comma inside the clause ("tall, weak plants"): no whole clause to cut.
		else return undefined;
		break;
	}
	const clause = toks.slice(at, end);
	const first = clause[0];
	if (!first || LEANING_SUBJECT.test(first.normal) || first.tags.has('Verb')) return undefined;
	// "You can crack the basin": the reader as subject only of what may happen to them.
	if (first.normal === 'you' && !MODAL.test(clause[1]?.normal ?? '')) return undefined;
	if (clause.length < MIN_WORDS || clause.length > REASON_MAX_WORDS) return undefined;
	// A statement told in the present or of what may happen, never of the past (a story's event).
	const verbs = clause.filter((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
	const present = verbs.some(
		(t) => t.tags.has('PresentTense') || MODAL.test(t.normal) || /^(is|are)$/.test(t.normal)
	);
	if (!present || verbs.some((t) => t.tags.has('PastTense') && !t.tags.has('Participle')))
		return undefined;
	// "Mix topics together … before you start": a bare verb the tagger read as a noun leaves the
	// clause no subject of its own (its first verb is a subordinate clause's).
	const verbAt = clause.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
	if (verbAt < 1 || clause.slice(0, verbAt).some((t) => SUBORDINATOR.test(t.normal)))
		return undefined;
	// "The top of a refrigerator works well": a predicate too short to explain anything alone.
	if (clause.length - verbAt - 1 < MIN_PREDICATE_WORDS) return undefined;
	const text = s.text
		.slice((first.start ?? 0) - s.start, (clause.at(-1)?.end ?? 0) - s.start)
		.replace(/[.!,;:\s]+$/, '');
	if (POINTS_ON.test(text.replace(/^\S+\s*/, '')) || unbalanced(text)) return undefined;
	const last = clause.at(-1);
	if (last?.tags.has('Conjunction') || last?.tags.has('Preposition')) return undefined;
	return text;
}

/**
 * The explanations of a guide as "Because …" options: wrong reasons for a "Why should you …?" item
 * of another step (the item's own paragraph is left out where they are drawn, `whyWrongPool`).
 */
export function guideReasons(sentences: readonly Sentence[]): ReasonOption[] {
	// A word the article writes only with a capital is a name, kept so ("Because Kevlar …").
	const names = capitalisedNames(lowerWords(sentences));
	const out: ReasonOption[] = [];
	for (const s of sentences) {
		const text = guideExplanation(s);
		if (!text) continue;
		const word = text.match(/^[\p{L}-]+/u)?.[0] ?? '';
		const named = names.has(word);
		const body = named ? text : `${word.toLowerCase()}${text.slice(word.length)}`;
		out.push({
			text: asReason(body),
			sentence: s.index,
			paragraph: s.paragraph,
			words: text.split(/\s+/).length,
			voice: word.toLowerCase() === 'you' ? 'personal' : 'named',
			explicit: false,
			guide: true,
			...(named ? { named: true } : {})
		});
	}
	return out;
}
