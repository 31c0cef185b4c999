// Word senses for vocabulary items: which sense a word has in its sentence (only when sure), which
// senses are near one another (never key and distractor together), and how common a word is.
import type { LexPos, LexSense, Lexicon } from '../../types';

/** Words that say nothing of a sense: left out of the overlap between a gloss and the context. */
const STOP = new Set(
	'a an the of to in on at by for from with as or and but not no is are was were be been being it its this that these those which who whom what there their they them he she his her one some any something someone somebody used use usually especially etc make made have has had into out up more most than such very'.split(
		' '
	)
);

/** A word cut to a rough stem, so "stopping" meets "stop" and "developed" meets "development". */
export const stemOf = (w: string) => {
	const s = w.toLowerCase().replace(/[^a-z]/g, '');
	return s.length > 5 ? s.slice(0, 5) : s;
};

/** The stems of a text's content words. */
export function contentStems(text: string): Set<string> {
	const out = new Set<string>();
	for (const w of text.toLowerCase().split(/[^a-z]+/))
		if (w.length > 2 && !STOP.has(w)) out.add(stemOf(w));
	return out;
}

/** How often the dictionary's corpus tagged a word, over all its senses of one part of speech. */
export const tagTotal = (lexicon: Lexicon, lemma: string, pos: LexPos) =>
	lexicon.frequency(lemma, pos);

/** What a sense says: its gloss, examples and words other than the word looked up. */
function signature(s: LexSense, lemma: string): Set<string> {
	const words = s.words.filter((w) => w !== lemma).join(' ');
	const sig = contentStems(`${s.gloss} ${s.examples.join(' ')} ${words}`);
	sig.delete(stemOf(lemma));
	return sig;
}

/**
 * Whether two senses are too close to stand as key and distractor: the same synset, one a kind of
 * the other or both of one kind, one cluster, or one's words or gloss naming the other's words
 * ("halt": "cause to stop" beside "stop, halt: come to a halt").
 */
export function nearSenses(a: LexSense, b: LexSense, lemma = '', sisters = false): boolean {
	if (a.id === b.id) return true;
	if (a.hypernyms.includes(b.id) || b.hypernyms.includes(a.id)) return true;
	// (Sister terms share their broader sense by nature: "hope" and "pride" are both feelings.)
	if (!sisters && a.hypernyms.some((h) => b.hypernyms.includes(h))) return true;
	if (a.similar.includes(b.id) || b.similar.includes(a.id)) return true;
	if (a.similar.some((h) => b.similar.includes(h))) return true;
	const wordsOf = (s: LexSense) =>
		s.words.filter((w) => w !== lemma && !w.includes(' ')).map(stemOf);
	const aText = contentStems(`${a.gloss} ${a.words.join(' ')}`);
	const bText = contentStems(`${b.gloss} ${b.words.join(' ')}`);
	aText.delete(stemOf(lemma));
	bText.delete(stemOf(lemma));
	if (wordsOf(a).some((w) => bText.has(w)) || wordsOf(b).some((w) => aText.has(w))) return true;
	// "general feeling of excitement and heightened interest" beside "state of widespread public
	// excitement and interest": two definitions sharing two words say nearly the same.
	return [...contentStems(a.gloss)].filter((w) => contentStems(b.gloss).has(w)).length >= 2;
}

/** The sense a word has in its context, and how sure that is. */
export interface SenseChoice {
	key: LexSense;
	/** How many senses the word has for its part of speech. */
	senseCount: number;
	/** Senses clearly apart from the key: where distractors come from. */
	apart: LexSense[];
	/** The key's tag count over the best other sense's (Infinity when none was ever tagged). */
	dominance: number;
	/** Context overlap of the key's sense, and the best of the word's other senses. */
	keyOverlap: number;
	apartOverlap: number;
	/** Whether the sentence itself bears the key's sense out over every other sense (sentenceBears). */
	sentenceSure: boolean;
}

/** Distinct words of the key's definition and examples the sentence and paragraph must share. */
export const MIN_GLOSS_WORDS = 2;

/**
 * Whether the sentence, not the word's most common sense, says which sense it has: the key's
 * definition and examples share a word with the sentence and MIN_GLOSS_WORDS with the sentence
 * and paragraph, and the sentence shares more with the key's sense than with any other sense's
 * words, definition or broader senses. The key's synonyms are no evidence: "a timber framework"
 * beside "models of the framework" is no "model" (review k7, P2-Q5), and a word the dictionary
 * gives one sense ("dogged": chased) may be used in one it lacks ("dogged by misfortune", P1-Q9).
 */
function sentenceBears(
	senses: readonly LexSense[],
	lemma: string,
	inSentence: ReadonlySet<string>,
	inParagraph: ReadonlySet<string>
): boolean {
	const key = senses[0];
	if (!key) return false;
	const gloss = contentStems(`${key.gloss} ${key.examples.join(' ')}`);
	for (const w of [lemma, ...key.words]) gloss.delete(stemOf(w));
	const inOwn = [...gloss].filter((w) => inSentence.has(w)).length;
	const inContext = [...gloss].filter((w) => inSentence.has(w) || inParagraph.has(w)).length;
	if (inOwn < 1 || inContext < MIN_GLOSS_WORDS) return false;
	const sentenceScore = (s: LexSense) => {
		const own = signature(s, lemma);
		const broader = [...contentStems(s.broader)].filter((w) => !own.has(w));
		return (
			[...own].filter((w) => inSentence.has(w)).length +
			0.5 * broader.filter((w) => inSentence.has(w)).length
		);
	};
	const keyScore = sentenceScore(key);
	return senses.slice(1).every((s) => sentenceScore(s) < keyScore);
}

/**
 * The word's sense in context when sure: the first (most often tagged) sense, tagged at least
 * twice as often as any sense apart from it, and overlapping the sentence and paragraph (a
 * simplified Lesk) more than any sense apart from it does, or none of them overlapping at all.
 */
export function chooseSense(
	senses: readonly LexSense[],
	lemma: string,
	sentence: string,
	paragraph: string
): SenseChoice | undefined {
	const key = senses[0];
	// (A word of one sense is that sense, however seldom the corpus tagged it.)
	if (!key || (key.tagCount < 2 && senses.length > 1)) return undefined;
	const apart = senses.slice(1).filter((s) => !nearSenses(key, s, lemma));
	const best = Math.max(0, ...senses.slice(1).map((s) => s.tagCount));
	const dominance = best === 0 ? Infinity : key.tagCount / best;
	const inSentence = contentStems(sentence);
	const inParagraph = contentStems(paragraph);
	// A word of the sentence counts 2, of the paragraph 1; the broader synsets' words half that
	// ("crime … punishable by law" is no evidence that "in violation of" is a misdemeanour).
	const score = (words: Set<string>, weight: number) => {
		let n = 0;
		for (const w of words) n += weight * (inSentence.has(w) ? 2 : inParagraph.has(w) ? 1 : 0);
		return n;
	};
	const overlap = (s: LexSense) => {
		const own = signature(s, lemma);
		const broader = contentStems(s.broader);
		for (const w of own) broader.delete(w);
		return score(own, 1) + score(broader, 0.5);
	};
	const keyOverlap = overlap(key);
	const apartOverlap = Math.max(0, ...senses.slice(1).map(overlap));
	const sentenceSure = sentenceBears(senses, lemma, inSentence, inParagraph);
	return {
		key,
		senseCount: senses.length,
		apart,
		dominance,
		keyOverlap,
		apartOverlap,
		sentenceSure
	};
}

/** How many times more often the key's sense must be tagged than any sense apart from it. */
export const DOMINANCE = 3;

/**
 * Whether a choice is sure enough to ask: the word has one sense, or its first sense is dominant
 * by frequency AND borne out by the context (its definition shares words with the sentence and
 * paragraph clearly more than any other sense's does). Frequency alone
 * misread "levels of concentration" (attention) as a solution's strength, "crazy glasses" as
 * madness and an Italian minister as a clergyman over the tuning articles: the corpus counts are
 * sparse (0 for "government minister").
 */
export const confident = (
	c: Pick<SenseChoice, 'senseCount' | 'dominance' | 'keyOverlap' | 'apartOverlap'> & {
		apart: readonly unknown[] | number;
	}
) => {
	if (c.senseCount === 1) return true;
	// Senses near one another still differ: "a championship drought" is no shortage of rainfall,
	// "representatives who favor a law" do not "promote over another".
	const apart = typeof c.apart === 'number' ? c.apart : c.apart.length;
	const margin = apart ? 2 : 1;
	// A word of many senses ("engagement": battle, appointment, betrothal …) needs a wider lead.
	const dominance = c.senseCount >= 5 ? 2 * DOMINANCE : DOMINANCE;
	return c.dominance >= dominance && c.keyOverlap >= 2 && c.keyOverlap >= c.apartOverlap + margin;
};

/** How many times more often a dominant sense is tagged than the word's next sense. */
export const DOMINANT_RATIO = 8;
/** How often a dominant sense itself must have been tagged: a ratio of two tiny counts says nothing. */
export const DOMINANT_MIN_TAGS = 5;

/**
 * Whether the word's first sense is so much its usual one that the sentence need not spell it
 * out (vocabulary-sense-dominant): tagged DOMINANT_RATIO times as often as any other sense and
 * DOMINANT_MIN_TAGS times at least, and no other sense's definition or relatives meeting the
 * sentence and paragraph as much as the first's do, nor twice ("the programme was halted": no
 * word of the paragraph speaks of arrest or of a limp). A context that names another sense
 * ("levels of concentration" beside "attention") still refuses it.
 */
export function dominantSense(
	c: Pick<SenseChoice, 'senseCount' | 'dominance' | 'keyOverlap' | 'apartOverlap'> & {
		key: Pick<LexSense, 'tagCount'>;
	}
): boolean {
	if (c.senseCount < 2) return false;
	if (c.key.tagCount < DOMINANT_MIN_TAGS || c.dominance < DOMINANT_RATIO) return false;
	return c.apartOverlap < 2 && c.apartOverlap <= c.keyOverlap;
}
