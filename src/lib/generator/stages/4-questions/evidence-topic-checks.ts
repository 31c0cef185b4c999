// Checks that a supporting-evidence item's options are about what the claim is about: the key
// speaks of the claim's own matter, and the wrong options of the same matter, so the key is found
// by reading what each sentence says, not by which one is on the stem's words (review k7: a key
// about July heat for a claim on a railway, P8-Q2; the one option on "earthquake", P1-Q4).
import type { Candidate } from '../../types';
import { BACKING_CLASS, linkStems, matterStems, topicStems, weightStems } from './evidence-backing';
import { PARAGRAPH_CLASS } from './evidence-paragraph';
import { otherMatterProblem } from './evidence-claim-rules';

/** Wrong options that must share the claim's or the key's matter. */
export const MIN_ON_TOPIC = 2;

/** The article's topic stems, from its text cut into sentences. */
const topicOf = (text: string | undefined) =>
	topicStems((text ?? '').split(/(?<=[.!?]["”’]?)\s+|\n+/).map((t) => ({ text: t })));

const sharing = (a: ReadonlySet<string>, text: string) =>
	[...weightStems(text)].filter((w) => a.has(w));

/**
 * The key of a backed claim (a general sentence and the one after it) speaks of the claim's
 * matter: it shares a specific word with the claim's sentence. The sentence after a claim may as
 * well turn to something else ("Come in July …" after a claim on the railway).
 */
export function keyOffClaimProblem(c: Candidate, title?: string): string | undefined {
	const claim = c.claim;
	// A paragraph's point is tied to its key by place (evidence-claim-restated), but the key must
	// still share a word of its matter (review k14: a flash-flood sentence keyed a claim on shoes).
	if (claim?.classId === PARAGRAPH_CLASS) return otherMatterProblem(claim.text, c.answer);
	if (!claim || claim.classId !== BACKING_CLASS) return undefined;
	// The article's topic words count here: "ceremonies" of an article on a ceremony is its matter.
	// Its title's do not: every sentence names "the Arctic tern", and a key on its food bears out
	// no claim on how far it flies.
	const matter = matterStems(claim.claimSentence?.text ?? claim.text, weightStems(title ?? ''));
	return sharing(matter, c.answer).length
		? undefined
		: `the key shares no word of the claim's matter: it may not bear it out`;
}

/**
 * At least MIN_ON_TOPIC wrong options are on the claim's matter or the key's (a specific word of
 * either): three sentences on other things leave the key the only one a reader could choose.
 */
export function optionsOffTopicProblem(c: Candidate, text?: string): string | undefined {
	const claim = c.claim;
	if (!claim) return undefined;
	// A paragraph's point: the wrong options are on the article's subject (its topic words count),
	// each on another point of it, as a teacher's are ("Old Faithful erupts …" beside a claim on
	// the park's wildlife).
	if (claim.classId === PARAGRAPH_CLASS) return pointOptionsOffTopic(c, text);
	const topic = topicOf(text);
	const own = claim.claimSentence?.text ?? claim.text;
	const matter = new Set([
		...matterStems(own, topic),
		...matterStems(c.answer, topic),
		// A backed claim's words its key shares, topic words too: the wrong options on them as well.
		...(claim.classId === BACKING_CLASS ? linkStems(own, c.answer) : [])
	]);
	// The subject every option names (evidence-claim-not-copied) is no shared matter.
	for (const w of weightStems(claim.subject)) matter.delete(w);
	const on = c.distractors.filter((d) => sharing(matter, d).length > 0).length;
	return on >= MIN_ON_TOPIC
		? undefined
		: `only ${on} wrong options are on the claim's or the key's matter: the key stands out`;
}

/** At least MIN_ON_TOPIC wrong options share a weighty word with the point, its key or the article's topic. */
function pointOptionsOffTopic(c: Candidate, text?: string): string | undefined {
	const own = c.claim?.claimSentence?.text ?? c.claim?.text ?? '';
	const matter = new Set([...topicOf(text), ...weightStems(own), ...weightStems(c.answer)]);
	const on = c.distractors.filter((d) => sharing(matter, d).length > 0).length;
	return on >= MIN_ON_TOPIC
		? undefined
		: `only ${on} wrong options are on the article's subject: the key stands out`;
}
