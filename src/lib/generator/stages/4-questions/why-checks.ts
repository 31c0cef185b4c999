// What a "why" item must be to be asked: the named checks of stages/5-validate.ts run these on it.
// Each returns why the item fails, or undefined. Blind reviews (k2) rejected stems that lean on the
// sentence before ("Why has the problem become more frequent since then?"), stems whose verb does
// not agree with their subject, and keys cut off before the end of their reason.
import type { Candidate } from '../../types';

/** Words that send the reader to another sentence for when or where: "since then", "there". */
const LEANING_WORDS =
	/\b(since then|by then|until then|then|there|at that time|at the time|afterwards|the same|nevertheless|however|moreover|meanwhile|furthermore|therefore|thus|instead|likewise|similarly|also)\b/i;

/**
 * Heads of a subject "the X" that name one thing only by the sentences before them: "the
 * problem", "the lead", "the decision". With "of …" or "in …" after them they name it themselves.
 */
const LEANING_HEAD =
	/^(problem|issue|lead|move|decision|plan|process|change|result|situation|idea|practice|effect|event|incident|project|scheme|policy|measure|step|approach|method|trend|shift|rule|figure|number|rate|match|game|team|side|group|company|organisation|organization|work|device|machine|technique|effort|attempt|proposal|reform|crisis|damage|loss|gap|difference|attack|strike|deal|move|programme|program|campaign|war|battle|government|party|club|body|plant|animal|city|country|region|area|site|building)s?$/i;

/** Words after a head that say which one is meant: "the problem of flooding". */
const NAMING_AFTER = /^(of|in|for|at|on|between|with|from|to|about|behind|against)$/i;

/**
 * why-stem-alone: the stem names what it asks about without the sentence before it: no "since
 * then" or "there", no "this …", no bare "the problem" (review k2: "Why did the lead last only six
 * minutes?" — whose lead?).
 */
export function whyStemLeans(c: Candidate): string | undefined {
	if (danglingPronoun(c.stem)) return 'a pronoun stands for nothing the stem names';
	const leaning = LEANING_WORDS.exec(c.stem);
	if (leaning) return `"${leaning[0]}" points to another sentence`;
	const m = /^Why \w+ (the|this|that|these|those) ([\p{L}-]+)(?: ([\p{L}-]+))?/iu.exec(c.stem);
	if (!m) return undefined;
	if (/^(this|that|these|those)$/i.test(m[1] ?? ''))
		return `"${m[1]} ${m[2]}" points to another sentence`;
	return LEANING_HEAD.test(m[2] ?? '') && !NAMING_AFTER.test(m[3] ?? '')
		? `"the ${m[2]}" names nothing the stem says`
		: undefined;
}

/** Words that make a subject plural, and those that make it singular. */
const PLURAL_OPENING = /^(many|several|few|both|various|numerous|most|all|some)$/i;
const SINGULAR_OPENING = /^(a|an|each|every|one)$/i;

/** why-stem-agrees: the stem's auxiliary agrees with its subject ("Why does many rim brake …"). */
export function whyStemDisagrees(c: Candidate): string | undefined {
	const m = /^Why (\w+) (\w+)/.exec(c.stem);
	if (!m) return undefined;
	const aux = (m[1] ?? '').toLowerCase();
	const first = m[2] ?? '';
	const singularAux = /^(does|is|has|was)$/.test(aux);
	const pluralAux = /^(do|are|have|were)$/.test(aux);
	if ((singularAux && PLURAL_OPENING.test(first)) || (pluralAux && SINGULAR_OPENING.test(first)))
		return `"${aux} ${first}" does not agree`;
	return undefined;
}

/** Words that open a new clause after "and": a subject of its own, or a phrase of time or place. */
const NEW_CLAUSE =
	/^(the|a|an|this|that|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|many|some|most|all|no|each|every|one|two|three|there|in|on|at|by|for|with|as|so|then|when|after|before|because|since|while|if|although|other|others)$/i;

/**
 * why-key-whole: the key is the whole reason. "Because Hurst met a quickly taken free kick" of
 * "… because Hurst met a free kick, and headed the equaliser" leaves out what made the lead end.
 */
export function whyKeyCut(c: Candidate): string | undefined {
	const at = c.fact.value.end - c.fact.start;
	if (at <= 0 || at > c.source.sentence.length) return undefined;
	const after = /^,?\s+(and|but|or|then)\s+([\p{L}'-]+)/u.exec(c.source.sentence.slice(at));
	const next = after?.[2] ?? '';
	if (!after || /^\p{Lu}/u.test(next) || NEW_CLAUSE.test(next)) return undefined;
	return `the reason goes on after the key ("${after[1]} ${next} …")`;
}

/** Pronouns of a person or a group, which a key may open on only when the stem names them. */
const OWNER_PRONOUN = /^(his|her|their|he|she|they|them|him)$/i;

/**
 * why-key-owned: a key that opens on "her" or "they" has a stem that names someone it can mean
 * ("Why did republicanism gain strength? As a result of her seclusion": whose?).
 */
export function whyKeyOwnerless(c: Candidate): string | undefined {
	const body = c.answer.replace(
		/^(because of|because|due to|owing to|thanks to|as a result of|on account of|so that|since)\s+/i,
		''
	);
	const first = body.split(/\s+/)[0] ?? '';
	if (!OWNER_PRONOUN.test(first)) return undefined;
	const named = /\s\p{Lu}/u.test(c.stem.replace(/^Why\s+\S+\s+/, ' '));
	return named ? undefined : `"${first}" names no one the stem names`;
}

/**
 * why-general-pronoun: a stem whose pronoun stands for nothing it names ("Why does the yeast break
 * the sugar down without it?", review k14). "it", "they", "them" always lean on another sentence;
 * "he", "she", "him", "her", "his" are read only when the stem names someone (a capital after "Why").
 */
export function danglingPronoun(stem: string): boolean {
	const words = stem.replace(/[?.,]/g, '').split(/\s+/).slice(1);
	if (words.some((w) => /^(it|they|them)$/i.test(w))) return true;
	const person = words.some((w) => /^(he|she|him|her|his)$/i.test(w));
	return person && !words.some((w) => /^\p{Lu}/u.test(w) && !/^(I)$/.test(w));
}
