// The named checks of a backed claim (evidence-backing.ts): a general sentence of the article as
// the claim, the sentence after it as the key. evidence-checks.ts hands them such items.
import type { Candidate, EvidenceClaim } from '../../types';
import { wordsOf } from '../../well-formed';
import { evidenceStem, sharesNumber } from './evidence';
import {
	backingOption,
	bareClaim,
	GENERAL,
	LATER_REACH,
	sharedClaimStems,
	topicStems,
	weightStems
} from './evidence-backing';

/** The article's topic stems, from its text cut into sentences. */
export const topicOf = (text: string | undefined) =>
	topicStems((text ?? '').split(/(?<=[.!?]["”’]?)\s+|\n+/).map((t) => ({ text: t })));

/**
 * The claim and its sentence when the stem asks what that sentence says (fillers dropped), or the
 * problem. Both kinds of claim (a backed claim, a paragraph's point) are asked this way.
 */
export function askedClaim(
	c: Candidate
): string | { claim: EvidenceClaim; own: { text: string; sentence: number } } {
	const claim = c.claim;
	const own = claim?.claimSentence;
	if (!claim || !own) return 'no claim sentence';
	if (c.stem !== evidenceStem(claim.text)) return 'the stem does not ask the claim';
	const words = new Set(wordsOf(own.text));
	if (!wordsOf(claim.text).every((w) => words.has(w))) return 'the claim is not its sentence';
	return { claim, own };
}

/**
 * The stem asks the claim its own sentence makes, and the key is the sentence right after it, as
 * the article writes it (an opening "For example," dropped).
 */
export function backedRestatedProblem(c: Candidate): string | undefined {
	const asked = askedClaim(c);
	if (typeof asked === 'string') return asked;
	const { claim, own } = asked;
	if (c.answer !== backingOption(c.source.sentence)) return 'the key is not the source sentence';
	// The next sentence, or (of a paragraph's opening point) one a little later (laterKeys).
	const after = (claim.options[0]?.sentence ?? -1) - own.sentence;
	return after >= 1 && after <= LATER_REACH
		? undefined
		: 'the key is not a sentence after the claim';
}

/**
 * Only the key bears the claim out: no wrong option shares a figure with it, nor a word of the
 * claim beyond the article's topic words, nor stands beside the claim's sentence.
 */
export function backedDoubleProblem(c: Candidate, text?: string): string | undefined {
	const claim = c.claim;
	const own = claim?.claimSentence;
	if (!claim || !own) return 'no claim sentence';
	const topic = topicOf(text);
	for (const [i, d] of c.distractors.entries()) {
		if (sharesNumber(d, c.answer)) return `"${d}" gives a figure of the key`;
		const shared = sharedClaimStems(claim.text, d, topic);
		if (shared.length) return `"${d}" is on the claim's "${shared.join('", "')}" too`;
		const at = claim.options[i + 1]?.sentence ?? -1;
		if (Math.abs(at - own.sentence) <= 2) return `"${d}" stands beside the claim`;
	}
	return undefined;
}

/**
 * The claim is a point a reader can hold alone: a sentence of the article (claimOf), with two
 * weighty words at least besides the general ones ("more", "many", "grew").
 */
export function backedVagueProblem(c: Candidate): string | undefined {
	const claim = c.claim;
	if (!claim?.claimSentence) return 'no claim sentence';
	if (!bareClaim(claim.claimSentence.text)) return `"${claim.text}" cannot stand as a claim`;
	const specific = [...weightStems(claim.text.replace(new RegExp(GENERAL.source, 'gi'), ''))];
	return specific.length >= 2 ? undefined : `"${claim.text}" names too little`;
}

/** The key shares one of the claim's words at most (the topic's aside): it is not found by them. */
export function backedCueProblem(c: Candidate, text?: string): string | undefined {
	const claim = c.claim;
	if (!claim) return 'no claim';
	const shared = sharedClaimStems(claim.text, c.answer, topicOf(text));
	return shared.length > 1 ? `the key repeats the claim's "${shared.join('", "')}"` : undefined;
}
