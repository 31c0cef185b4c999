// The general statement form of not stated (review k12, k13: teachers' not-stated items were used
// as is 21 of 23, nearly all "Which is NOT described as a job of the kidneys?"). A subject the
// article describes at length: three things it says of it, over any of its sentences, as the wrong
// options; as key, a thing the article says of ANOTHER subject of the same kind (another organ's
// job, another animal's habit, another person's act), so the key is plausible and in the article,
// and clearly not said of this one. This file picks the key's subject and words the stem;
// not-stated-statements.ts reads what each sentence says of its subject.
import type { Lexicon } from '../../types';
import { sharedKind, nounLemma } from './not-stated-wordnet';

/** A subject's head noun, as the dictionary files it: "the kidneys" → "kidney". */
export function headLemma(subject: string, lexicon: Lexicon): string | undefined {
	const last = subject.toLowerCase().split(' ').pop() ?? '';
	return /^\p{Ll}+$/u.test(last) ? nounLemma(last, lexicon) : undefined;
}

/**
 * Whether two things are of one kind a reader could confuse them within: their head nouns share a
 * narrow kind in the dictionary ("kidney" and "liver" are organs, "otter" and "heron" animals),
 * never one head noun twice ("the front kidneys", "the kidneys") and never a broad kind ("part",
 * "artifact"), where a key said of a bridge would be absurd of a museum.
 */
export function sameThingKind(a: string, b: string, lexicon?: Lexicon): boolean {
	if (!lexicon) return false;
	const [x, y] = [headLemma(a, lexicon), headLemma(b, lexicon)];
	if (!x || !y || x === y) return false;
	if (sharedKind([x, y], lexicon)) return true;
	const file = topicOf(x, lexicon);
	return file !== undefined && KIND_FILES.has(file) && file === topicOf(y, lexicon);
}

/**
 * The dictionary's topic files whose nouns are things of one sort a key may pass between: animal
 * (5), artifact (6), body (8), food (13), group (14), location (15), object (17), person (18),
 * phenomenon (19), plant (20), substance (27). Not acts, ideas, times or quantities, which are
 * said of in ways no other thing is.
 */
const KIND_FILES = new Set([5, 6, 8, 13, 14, 15, 17, 18, 19, 20, 27]);
/** The topic file of the person nouns ("the engineer", "officials"). */
const PERSON_FILE = 18;

/** The topic file of a noun's most frequent sense. */
const topicOf = (lemma: string, lexicon: Lexicon) => lexicon.senses(lemma, 'n')[0]?.lexFile;

/** Whether a thing subject names people by a common noun ("the engineers", "officials"). */
export function personNoun(subject: string, lexicon?: Lexicon): boolean {
	const head = lexicon && headLemma(subject, lexicon);
	return !!head && !!lexicon && topicOf(head, lexicon) === PERSON_FILE;
}

/** Whether a phrase is an act ("built the bridge"), not a state or a saying ("was careful"). */
export const isAct = (p: { verb: string; root?: string }) =>
	!NOT_AN_ACT.test(p.verb) && !NOT_AN_ACT.test(p.root ?? '');

/** "Which of these did Brunel NOT do, according to the article?" */
export const DID_NOT_DO = /^Which of these did (.+) NOT do, according to the article\?$/;

/** Verbs of a state or a saying, not an act one could be said to "do". */
const NOT_AN_ACT =
	/^(be|is|are|was|were|have|has|had|seem|seemed|remain|remained|become|became|include|included|contain|contained|mean|meant|say|said|believe|believed|think|thought|know|knew|feel|felt|like|liked|want|wanted|need|needed|live|lived|die|died|bear|born)$/;

/**
 * The stem: "Which of these did Brunel NOT do, according to the article?" for things a person did
 * (every option an act, in the past), else "Which of these does the article NOT say about the
 * kidneys?", which fits a state ("are about the size of a fist") as well as an act.
 */
export function aboutStem(
	subject: string,
	person: boolean,
	phrases: readonly { verb: string; root?: string; tense: 'past' | 'present' }[]
): string {
	const acts = phrases.every((p) => p.tense === 'past' && isAct(p));
	if (person && acts) return `Which of these did ${subject} NOT do, according to the article?`;
	return `Which of these does the article NOT say about ${subject}?`;
}
