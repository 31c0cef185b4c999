// What a supporting-evidence item (evidence.ts) must be to be asked: the named checks of
// stages/5-validate.ts run these on it. Each returns why the item fails, or undefined.
import type { Candidate } from '../../types';
import { ALL_CLASSES, mayState } from './evidence-claims';
import {
	copiedWords,
	cueWords,
	evidenceStem,
	lengthProblem,
	MIN_NAMING,
	namesSubject,
	optionProblem,
	sharesNumber,
	sharesObject,
	templateWords,
	vagueClaimProblem
} from './evidence';
import {
	backedCueProblem,
	backedDoubleProblem,
	backedRestatedProblem,
	backedVagueProblem
} from './evidence-backing-checks';
import { BACKING_CLASS } from './evidence-backing';
import { claimKeyRuleProblem } from './evidence-claim-rules';
import {
	isParagraphPoint,
	pointDoubleProblem,
	pointRestatedProblem,
	pointVagueProblem
} from './evidence-paragraph-checks';

const classOf = (c: Candidate) => ALL_CLASSES.find((k) => k.id === c.claim?.classId);
/** A general claim the sentence after it bears out (evidence-backing.ts): its checks read it so. */
const isBacked = (c: Candidate) => c.claim?.classId === BACKING_CLASS;

/**
 * The key restates the claim: the stem asks it, the key names its subject and says it in words of
 * the claim's class, and the key is the item's source.
 */
export function claimRestatedProblem(c: Candidate): string | undefined {
	// The rules of review k14 (evidence-claim-rules.ts) on a claim of a sentence and its key.
	if ((isParagraphPoint(c) || isBacked(c)) && c.claim) {
		const problem = claimKeyRuleProblem(c.claim.text, c.answer);
		if (problem) return problem;
	}
	if (isParagraphPoint(c)) return pointRestatedProblem(c);
	if (isBacked(c)) return backedRestatedProblem(c);
	const claim = c.claim;
	const cls = classOf(c);
	if (!claim || !cls) return 'no claim of a known class';
	if (c.stem !== evidenceStem(claim.text)) return 'the stem does not ask the claim';
	if (c.source.sentence !== c.answer) return 'the key is not the source sentence';
	if (!mayState(c.answer, cls)) return 'the key does not state the claim';
	return namesSubject(c.answer, claim.subject)
		? undefined
		: "the key does not name the claim's subject";
}

/**
 * Only the key supports the claim: no wrong option says anything of its class, nor gives a figure
 * the key gives (two sentences on one number may both bear it out).
 */
export function doubleSupportProblem(c: Candidate, text?: string): string | undefined {
	if (isParagraphPoint(c)) return pointDoubleProblem(c, text);
	if (isBacked(c)) return backedDoubleProblem(c, text);
	const cls = classOf(c);
	if (!cls) return 'no claim of a known class';
	const also = c.distractors.find((d) => mayState(d, cls));
	if (also !== undefined) return `"${also}" may support the claim too`;
	const same = c.distractors.find((d) => sharesNumber(d, c.answer));
	if (same !== undefined) return `"${same}" gives a figure of the key`;
	const claim = c.claim;
	const onObject =
		claim && c.distractors.find((d) => sharesObject(claim.object ?? '', claim.subject, d));
	return onObject === undefined
		? undefined
		: `"${onObject}" is on the claim's "${claim?.object}" too`;
}

/**
 * Classes whose claim without an object says only that a life or a body had an event: "Wallace
 * passed away", "the city came into existence", "the minister gave up a post". One word of the
 * key ("died") answers it, and it is no point of the article (review k3, P7-Q7).
 */
const EVENT_CLASSES: ReadonlySet<string> = new Set([
	'death',
	'departure',
	'appointment',
	'setback',
	'creation',
	'ending',
	'legal-trouble'
]);

/** The claim is a point, not a bare event of its subject's life: it keeps an object. */
export function claimEventProblem(c: Candidate): string | undefined {
	const claim = c.claim;
	if (
		!claim ||
		isBacked(c) ||
		isParagraphPoint(c) ||
		claim.object ||
		!EVENT_CLASSES.has(claim.classId)
	)
		return undefined;
	return `"${claim.predicate}" is an event of ${claim.subject}, not a point of the article`;
}

/** The claim is a point a reader could hold: it names what, not "something", in specific words. */
export function claimVagueProblem(c: Candidate): string | undefined {
	if (isParagraphPoint(c)) return pointVagueProblem(c);
	if (isBacked(c)) return backedVagueProblem(c);
	return c.claim ? vagueClaimProblem(c.claim.predicate) : 'no claim';
}

/**
 * The claim names nothing the key alone names: its object is no name of the key's ("PwC",
 * "VIP"), which no wrong option may repeat, so a reader matching names would find the key.
 */
export function matchingCueProblem(c: Candidate, text?: string): string | undefined {
	// A paragraph's point is read as a backed claim is: the key shares one of its words at most.
	if (isBacked(c) || isParagraphPoint(c)) return backedCueProblem(c, text);
	const claim = c.claim;
	if (!claim) return 'no claim';
	const alone = cueWords(claim.object ?? '', claim.subject, c.answer);
	return alone.length ? `only the key names the claim's "${alone.join('", "')}"` : undefined;
}

/** Four sentences readable whole, of like length, the key not the longest. */
export function optionsLengthProblem(c: Candidate): string | undefined {
	const options = [c.answer, ...c.distractors];
	for (const o of options) {
		const problem = optionProblem(o);
		if (problem) return `"${o}" ${problem}`;
	}
	return lengthProblem(options);
}

/**
 * The claim is said in other words than the key's, and is no name to match: the key shares no word
 * of the claim's predicate, and every option names the claim's subject.
 */
export function claimNotCopiedProblem(c: Candidate): string | undefined {
	const claim = c.claim;
	if (!claim) return 'no claim';
	// A backed claim's key is another sentence than the claim's: evidence-matching-cue reads it.
	if (isBacked(c) || isParagraphPoint(c)) return undefined;
	const copied = copiedWords(templateWords(claim.predicate, claim.object).join(' '), c.answer);
	if (copied.length) return `the key repeats the claim's "${copied.join('", "')}"`;
	const named = c.distractors.filter((d) => namesSubject(d, claim.subject)).length;
	return named >= MIN_NAMING
		? undefined
		: `only ${named} wrong options name ${claim.subject}: the name points to the key`;
}
