// The named checks of a vocabulary item (vocabulary.ts): what a strict reading teacher rejects in
// "what does 'halted' most nearly mean?": an unsure sense, options of mixed forms, a distractor that
// would also read well in the sentence (a double key), a word too common or too rare to ask.
import type { Candidate } from '../../types';
import {
	apartFromKey,
	GLOSS_MAX_WORDS,
	madeFrom,
	OPTION_MIN_TAGS,
	VOCABULARY_QUESTION,
	WORD_TAGS
} from './vocabulary';
import { confident, contentStems, nearSenses, stemOf } from './vocabulary-senses';

type Check = (c: Candidate) => string | undefined;

/** Wraps a check so it only speaks of vocabulary items. */
const forWords =
	(check: (c: Candidate & { word: NonNullable<Candidate['word']> }) => string | undefined): Check =>
	(c) =>
		c.kind === 'vocabulary' ? (c.word ? check({ ...c, word: c.word }) : 'no word') : undefined;

/** Option endings that show a verb's inflection: every option must share the word's. */
const ENDINGS = [/ing$/, /s$/];

export const VOCABULARY_CHECKS: Record<string, Check> = {
	// The sense is the word's most tagged, twice any sense apart from it, and no sense apart from it
	// overlaps the sentence and paragraph as much (simplified Lesk).
	'vocabulary-sense-confident': forWords(({ word }) =>
		confident(word) ? undefined : "the word's sense in context is not sure"
	),
	// Four single lower-case words, each in the word's inflection ("stopped", "detained", …).
	'vocabulary-options-same-form': forWords((c) => {
		const options = [c.answer, ...c.distractors];
		if (c.word.form === 'gloss') return glossFormProblem(options);
		if (options.some((o) => !/^[a-z]+$/.test(o))) return 'an option is not one plain word';
		const text = c.word.text.toLowerCase();
		const ending = ENDINGS.find((e) => e.test(text));
		const past = /ed$/.test(text);
		// "stopped" beside "detain": a past word's options are each out of their base form too.
		const unchanged = (o: string, i: number) => o === c.word.optionLemmas[i] && !/[td]$/.test(o);
		if (
			c.word.pos === 'v' &&
			((ending && options.some((o) => !ending.test(o))) || (past && options.some(unchanged)))
		)
			return "the options are not all in the word's inflection";
		if (c.word.pos === 'n' && /s$/.test(text) !== options.every((o) => /s$/.test(o)))
			return 'the options differ from the word in number';
		return undefined;
	}),
	// No distractor has a sense near the key's, or a main sense under the key's topic: each would
	// then also read well in the sentence, a second key.
	'vocabulary-distractor-fits-context': forWords(({ word }) => {
		if (word.form === 'gloss') return glossFitProblem(word);
		const lexicon = {
			senses: (l: string) => word.optionSenses[word.optionLemmas.indexOf(l)] ?? []
		};
		const fits = word.optionLemmas
			.slice(1)
			.find((l) => !apartFromKey(l, word.key, { pos: word.pos }, lexicon));
		if (fits) return `"${fits}" could also mean the key's sense`;
		const pair = word.distractorSenses.find((d, i) =>
			word.distractorSenses.some((e, j) => j < i && nearSenses(d, e, word.lemma))
		);
		return pair ? 'two distractors say nearly the same' : undefined;
	}),
	// The word is neither common (a word every learner knows) nor rare; the options are plain words
	// and the key plainer than the word it explains.
	'vocabulary-word-common': forWords(({ word }) => {
		const rareButSure = word.tagTotal < WORD_TAGS.min && word.senseCount === 1;
		if ((word.tagTotal < WORD_TAGS.min && !rareButSure) || word.tagTotal > WORD_TAGS.max)
			return `the word is tagged ${word.tagTotal} times`;
		if (word.form === 'gloss') return undefined;
		if (word.optionTotals.some((n) => n < OPTION_MIN_TAGS)) return 'an option is a rare word';
		return word.optionTotals[0]! > word.tagTotal
			? undefined
			: 'the key is no plainer than the word';
	}),
	// The key reads in its sense first: a key word whose own main sense is another misleads.
	'vocabulary-key-says-sense': forWords(({ word }) =>
		word.form === 'gloss' ||
		(word.optionSenses[0] ?? []).slice(0, 2).some((s) => s.id === word.key.id)
			? undefined
			: 'the key word reads in another sense first'
	),
	// No option is made from the word or stands in its sentence: the reader must reason, not match.
	'vocabulary-options-not-in-sentence': forWords(({ word, answer, distractors }) => {
		const inSentence = contentStems(word.sentence);
		// A definition may share a plain word with the sentence; a one-word option may not.
		const hit = [answer, ...distractors].find((o) =>
			o
				.split(' ')
				.some((w) => madeFrom(w, word.lemma) || (word.form === 'word' && inSentence.has(stemOf(w))))
		);
		return hit ? `"${hit}" is in the sentence or made from the word` : undefined;
	}),
	'vocabulary-stem-form': forWords(({ stem, word }) =>
		stem.endsWith(VOCABULARY_QUESTION) && stem.includes(`"${word.text}"`)
			? undefined
			: 'the stem does not quote the word'
	)
};

/**
 * Four definitions of like form: two to seven words each, lower case, and the key neither the one
 * longest by far nor the only one of its length class (a test-wise reader picks the longest).
 */
function glossFormProblem(options: string[]): string | undefined {
	if (options.some((o) => !/^[a-z][a-z ,'-]*$/.test(o)))
		return 'an option is not a plain definition';
	const lengths = options.map((o) => o.split(' ').length);
	if (lengths.some((n) => n < 2 || n > GLOSS_MAX_WORDS))
		return 'an option is not a short definition';
	const longestOther = Math.max(...options.slice(1).map((o) => o.length));
	return options[0]!.length > longestOther * 1.25
		? 'the key is the longest option by far'
		: undefined;
}

/**
 * A definition distractor is another sense of the word, filed under another topic than the key's
 * (for nouns and verbs) and not near it: it cannot be the word's meaning in this sentence too.
 */
function glossFitProblem(word: NonNullable<Candidate['word']>): string | undefined {
	const close = word.distractorSenses.find(
		(d) =>
			nearSenses(d, word.key, word.lemma) ||
			((word.pos === 'n' || word.pos === 'v') && d.lexFile === word.key.lexFile)
	);
	if (close) return `"${close.gloss}" is close to the key's sense`;
	const pair = word.distractorSenses.find((d, i) =>
		word.distractorSenses.some((e, j) => j < i && nearSenses(d, e, word.lemma))
	);
	return pair ? 'two distractors say nearly the same' : undefined;
}
