// The named checks of a paragraph's point (evidence-paragraph.ts): the point as the claim, the
// sentence after it in its paragraph as the key, three sentences of other paragraphs as the wrong
// options. evidence-checks.ts and evidence-topic-checks.ts hand them such items.
import type { Candidate } from '../../types';
import { sharesNumber } from './evidence-options';
import { backingOption, GENERAL, sharedClaimStems, weightStems } from './evidence-backing';
import { askedClaim, topicOf } from './evidence-backing-checks';
import {
	JUDGEMENT,
	judgementWords,
	KEY_REACH,
	PARAGRAPH_CLASS,
	pointProblem,
	standAloneProblem
} from './evidence-paragraph';

/** Whether the item's claim is a paragraph's point. */
export const isParagraphPoint = (c: Candidate) => c.claim?.classId === PARAGRAPH_CLASS;

/**
 * The stem asks the point its own sentence makes (fillers dropped), and the key is a sentence of
 * its paragraph right after it, as the article writes it or with an opening pronoun written out.
 */
export function pointRestatedProblem(c: Candidate): string | undefined {
	const asked = askedClaim(c);
	if (typeof asked === 'string') return asked;
	const { claim, own } = asked;
	const bare = backingOption(c.source.sentence);
	const pronoun = /^(it|its|they|their)\b/i.exec(bare);
	const same = c.answer === bare || (!!pronoun && c.answer.endsWith(bare.slice(pronoun[0].length)));
	if (!same) return 'the key is not the source sentence';
	const after = (claim.options[0]?.sentence ?? -1) - own.sentence;
	return after >= 1 && after <= KEY_REACH ? undefined : 'the key is not a sentence after the point';
}

/**
 * Only the key bears the point out: no wrong option is near the point, shares a figure with the
 * key, a word of the claim beyond the article's topic, or its word of judgement, nor is a point
 * itself (a general sentence may make the claim's point again).
 */
export function pointDoubleProblem(c: Candidate, text?: string): string | undefined {
	const claim = c.claim;
	const own = claim?.claimSentence;
	if (!claim || !own) return 'no claim sentence';
	const topic = topicOf(text);
	const judged = judgementWords(own.text);
	for (const [i, d] of c.distractors.entries()) {
		// A sentence between the point and its key is the point's own too.
		const at = claim.options[i + 1]?.sentence ?? -1;
		const key = claim.options[0]?.sentence ?? -1;
		if (at >= own.sentence && at <= key) return `"${d}" stands between the point and its key`;
		if (sharesNumber(d, c.answer)) return `"${d}" gives a figure of the key`;
		const shared = sharedClaimStems(own.text, d, topic);
		if (shared.length) return `"${d}" is on the claim's "${shared.join('", "')}" too`;
		const also = [...judgementWords(d)].filter((w) => judged.has(w));
		if (also.length) return `"${d}" says "${also.join('", "')}" as the claim does`;
		if (!pointProblem(d)) return `"${d}" is a point itself: it may make the claim's`;
	}
	return undefined;
}

/** The point names its matter: two weighty words at least besides its words of judgement. */
export function pointVagueProblem(c: Candidate): string | undefined {
	const claim = c.claim;
	if (!claim?.claimSentence) return 'no claim sentence';
	const plain = claim.text
		.replace(new RegExp(GENERAL.source, 'gi'), ' ')
		.replace(new RegExp(JUDGEMENT.source, 'gi'), ' ');
	return weightStems(plain).size >= 2 ? undefined : `"${claim.text}" names too little`;
}

/** Every option reads alone: whole, no pronoun or "this" pointing to a sentence not shown. */
export function optionsStandAloneProblem(c: Candidate): string | undefined {
	if (!isParagraphPoint(c)) return undefined;
	for (const o of [c.answer, ...c.distractors]) {
		const problem = standAloneProblem(o);
		if (problem) return `"${o}" ${problem}`;
	}
	return undefined;
}

/** The non-heading paragraphs of a text: a blank line parts them; a short line with no stop heads. */
const proseParagraphs = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p && /[.!?]["”’)]?$/.test(p));

/**
 * The point is one paragraph's, not the article's thesis, which many sentences bear out: it is
 * not in the lead or the closing paragraph, and it says more than the title does.
 */
export function claimThesisProblem(
	c: Candidate,
	text?: string,
	title?: string
): string | undefined {
	if (!isParagraphPoint(c)) return undefined;
	const own = c.claim?.claimSentence?.text;
	if (!own || !text) return 'no claim sentence';
	const paragraphs = proseParagraphs(text);
	const at = paragraphs.findIndex((p) => p.includes(own));
	if (at <= 0 || at === paragraphs.length - 1) return 'the point opens or closes the article';
	const titled = weightStems(title ?? '');
	const plain = own
		.replace(new RegExp(GENERAL.source, 'gi'), ' ')
		.replace(new RegExp(JUDGEMENT.source, 'gi'), ' ');
	const stems = [...weightStems(plain)];
	return stems.length && stems.every((w) => titled.has(w))
		? "the point says no more than the title: it is the article's thesis"
		: undefined;
}
