// The named checks of a definition vocabulary item (vocabulary-glosses.ts): four short definitions
// of one form, the key neither the longest nor alone in saying the sentence's words, no two saying
// nearly the same (a second key).
import type { Candidate } from '../../types';
import { stemOf } from './vocabulary-senses';
import {
	balancedGlosses,
	GLOSS_MAX_WORDS,
	glossContent,
	glossesMeet,
	nounGenus
} from './vocabulary-glosses';

type Check = (c: Candidate) => string | undefined;

/** Wraps a check so it only speaks of definition items. */
const forGlosses =
	(check: (c: Candidate & { word: NonNullable<Candidate['word']> }) => string | undefined): Check =>
	(c) =>
		c.kind === 'vocabulary' && c.word?.glossed ? check({ ...c, word: c.word }) : undefined;

export const VOCABULARY_GLOSS_CHECKS: Record<string, Check> = {
	// Lower-case definitions of a few words, no commas or quotes: none cut mid-phrase.
	'vocabulary-gloss-form': forGlosses(({ answer, distractors }) =>
		[answer, ...distractors].every(
			(o) =>
				/^[a-z]+(['-][a-z]+)?( [a-z]+(['-][a-z]+)?)*$/.test(o) &&
				o.split(' ').length <= GLOSS_MAX_WORDS
		)
			? undefined
			: 'a definition option is no short plain phrase'
	),
	// "made a firm decision about the matter" beside three short ones: the longest option is the
	// one a test-wise reader picks.
	'vocabulary-gloss-key-longest': forGlosses(({ answer, distractors }) =>
		balancedGlosses([answer, ...distractors])
			? undefined
			: 'the key is the longest definition, or the lengths differ too much'
	),
	// Each distractor is another sense clear of the key's, and no two definitions share a word. A
	// sister term shares the key's broader sense by nature ("slight winds", "strong currents of
	// air"): only its words and definition must stand apart.
	'vocabulary-gloss-apart': forGlosses(({ answer, distractors, word }) => {
		const texts = [answer, ...distractors];
		const senses = [word.key, ...word.distractorSenses];
		const sister = (i: number) => i === 0 || word.distractorSources?.[i - 1] === 'sister';
		for (let i = 0; i < texts.length; i++)
			for (let j = i + 1; j < texts.length; j++) {
				const sisters = sister(i) && sister(j);
				const genus = sisters ? nounGenus(word.key) : undefined;
				if (glossesMeet(senses[i]!, texts[i]!, senses[j]!, texts[j]!, word.lemma, sisters, genus))
					return `"${texts[j]}" says nearly what "${texts[i]}" says`;
			}
		return undefined;
	}),
	// No option repeats a word of the stem's quoted phrase: a reader must know the word, not match
	// its neighbours (a key that does is found by matching, a distractor that does is passed over).
	'vocabulary-gloss-not-echoed': forGlosses(({ answer, distractors, stem, word }) => {
		const quoted = stem.slice(stem.indexOf('("'), stem.indexOf('")') + 1).toLowerCase();
		const phrase = new Set(
			quoted
				.split(/[^a-z]+/)
				.filter((w) => w && w !== word.text.toLowerCase())
				.map(stemOf)
		);
		return [answer, ...distractors].some((o) => glossContent(o).some((w) => phrase.has(stemOf(w))))
			? 'an option repeats a word of the quoted phrase'
			: undefined;
	})
};
