// The named checks of a vocabulary item (vocabulary.ts): what a strict reading teacher rejects in
// "what does 'halted' most nearly mean?": an unsure sense, options of mixed forms, a distractor that
// would also read well in the sentence (a double key), a word too common or too rare to ask.
import type { Candidate } from '../../types';
import {
	apartFromKey,
	keyLongest,
	madeFrom,
	oppositeClear,
	rankedSense,
	OPTION_MIN_PER_MILLION,
	OPTION_MIN_TAGS,
	WORD_MAX_PER_MILLION,
	VOCABULARY_QUESTION,
	WORD_TAGS
} from './vocabulary';
import { VOCABULARY_GLOSS_CHECKS } from './vocabulary-gloss-checks';
import { confident, contentStems, dominantSense, nearSenses, stemOf } from './vocabulary-senses';
import { contentWords, formWord, isPhrase, keyAloneSharesEnding } from './vocabulary-phrases';

type Check = (c: Candidate) => string | undefined;

/** Wraps a check so it only speaks of vocabulary items. */
const forWords =
	(check: (c: Candidate & { word: NonNullable<Candidate['word']> }) => string | undefined): Check =>
	(c) =>
		c.kind === 'vocabulary' ? (c.word ? check({ ...c, word: c.word }) : 'no word') : undefined;

/** Option endings that show a verb's inflection: every option must share the word's. */
const ENDINGS = [/ing$/, /s$/];

/**
 * Whether a sister term (another kind of the key's broader act) is clear of the key: none of its
 * senses is the key's or a kind of it, and its definition shares no word with the key's.
 */
function sisterClear(lemma: string, i: number, word: NonNullable<Candidate['word']>): boolean {
	const senses = word.optionSenses[i + 1] ?? [];
	if (senses.some((s) => s.id === word.key.id || s.hypernyms.includes(word.key.id))) return false;
	const keyGloss = contentStems(`${word.key.gloss} ${word.key.words.join(' ')}`);
	keyGloss.delete(stemOf(lemma));
	// A noun's definition names its class ("a feeling of calm" beside "the feeling that …").
	if (word.pos === 'n') for (const b of word.key.broaderWords ?? []) keyGloss.delete(stemOf(b));
	const own = word.distractorSenses[i];
	return !!own && ![...contentStems(own.gloss)].some((g) => keyGloss.has(g));
}

export const VOCABULARY_CHECKS: Record<string, Check> = {
	// The sense is the word's most tagged, twice any sense apart from it, and no sense apart from it
	// overlaps the sentence and paragraph as much (simplified Lesk).
	'vocabulary-sense-confident': forWords(({ word }) =>
		confident(word) || dominantSense(word) ? undefined : "the word's sense in context is not sure"
	),
	// The sentence's own words say the sense: its definition's words, more than any other sense's
	// ("a timber framework" is no "model", "dogged by misfortune" no "chased": review k7).
	'vocabulary-sense-in-sentence': forWords(({ word }) =>
		word.sentenceSure === false ? "the sentence does not bear out the key's sense" : undefined
	),
	// Wrong options are other senses of the word, its opposite or sister acts: words lifted from
	// elsewhere in the article ("landed, lowered, sailed" for "dogged by misfortune", "burial,
	// inquiry, complex" for "catastrophe": review k7) make no sense in the sentence, so no one
	// weighs them and the key is the only meaning left.
	'vocabulary-options-plausible': forWords(({ word }) => {
		const lifted = (word.distractorSources ?? []).filter((s) => s === 'field' || s === 'other');
		return lifted.length
			? `${lifted.length} wrong options are words lifted from the article`
			: undefined;
	}),
	// Four lower-case words or short phrases, each in the word's inflection ("stopped", "put off"):
	// a verb phrase shows it on its first word, a noun phrase on its head.
	'vocabulary-options-same-form': forWords((c) => {
		if (c.word.glossed) return undefined;
		const whole = [c.answer, ...c.distractors];
		if (whole.some((o) => !/^[a-z]+( [a-z]+){0,3}$/.test(o)))
			return 'an option is not a plain word or short phrase';
		const options = whole.map((o) => formWord(o, c.word.pos));
		const text = c.word.text.toLowerCase();
		const ending = ENDINGS.find((e) => e.test(text));
		const past = /ed$/.test(text);
		// "stopped" beside "detain": a past word's options are each out of their base form too.
		const lemmaForm = (i: number) => formWord(c.word.optionLemmas[i] ?? '', c.word.pos);
		const unchanged = (o: string, i: number) => o === lemmaForm(i) && !/[td]$/.test(o);
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
		if (word.glossed) return undefined;
		const lexicon = {
			senses: (l: string) => word.optionSenses[word.optionLemmas.indexOf(l)] ?? []
		};
		const sister = (i: number) => word.distractorSources?.[i] === 'sister';
		// A word of the key's field (the same topic file) or its opposite need only have no sense
		// near the key's.
		const field = (i: number) => ['field', 'neighbour'].includes(word.distractorSources?.[i] ?? '');
		// The key's opposite is often defined by negating it ("dry: … no longer wet"): it need only
		// share no sense with the key's synset, cluster or kind (vocabulary-opposite-apart).
		const opposite = (i: number) => word.distractorSources?.[i] === 'opposite';
		const clear = (l: string, i: number) =>
			opposite(i)
				? oppositeClear(lexicon.senses(l), word.key)
				: sister(i)
					? sisterClear(l, i, word)
					: field(i)
						? !lexicon.senses(l).some((s) => nearSenses(s, word.key, l))
						: apartFromKey(l, word.key, { pos: word.pos }, lexicon);
		const fits = word.optionLemmas.slice(1).find((l, i) => !clear(l, i));
		if (fits) return `"${fits}" could also mean the key's sense`;
		const close = word.distractorSenses.find(
			(d, i) => !sister(i) && !opposite(i) && nearSenses(d, word.key, word.lemma)
		);
		if (close) return `a distractor stands for a sense near the key's ("${close.gloss}")`;
		// Two sister terms share their broader sense by nature ("hope" and "shame").
		const pair = word.distractorSenses.find((d, i) =>
			word.distractorSenses.some(
				(e, j) => j < i && nearSenses(d, e, word.lemma, sister(i) && sister(j))
			)
		);
		return pair ? 'two distractors say nearly the same' : undefined;
	}),
	// "elderly", "wiped": a word heard every day tests no reading; an option must be a word heard
	// often enough for a learner to know, the key more often than the word (spoken frequency).
	'vocabulary-word-everyday': forWords(({ word }) => {
		if (word.perMillion === undefined) return undefined;
		if (word.perMillion > WORD_MAX_PER_MILLION) return 'the word is an everyday one';
		if (word.glossed) return undefined;
		if (!word.optionPerMillion) return undefined;
		if (word.optionPerMillion.some((n) => n < OPTION_MIN_PER_MILLION))
			return 'an option is a word seldom heard';
		return word.optionPerMillion[0]! >= 2 * word.perMillion
			? undefined
			: 'the key is heard no more often than the word';
	}),
	// The word is neither common (a word every learner knows) nor rare; the options are plain words
	// and the key plainer than the word it explains.
	'vocabulary-word-common': forWords(({ word }) => {
		const rareButSure = word.tagTotal < WORD_TAGS.min && word.senseCount === 1;
		const max = word.pos === 'v' ? WORD_TAGS.maxVerb : WORD_TAGS.max;
		if ((word.tagTotal < WORD_TAGS.min && !rareButSure) || word.tagTotal > max)
			return `the word is tagged ${word.tagTotal} times`;
		if (word.glossed) return undefined;
		if (word.optionTotals.some((n) => n < OPTION_MIN_TAGS)) return 'an option is a rare word';
		return word.optionTotals[0]! > word.tagTotal
			? undefined
			: 'the key is no plainer than the word';
	}),
	// The key reads in the word's sense first, or in the sense that is a broader kind of it
	// ("decreased" for "dwindled"): a key word whose own main sense is another misleads.
	'vocabulary-key-says-sense': forWords(({ word }) => {
		if (word.glossed) return undefined;
		// A definition's head says its sense by being it ("build again" for "rebuilt").
		if (word.keyFromGloss) return undefined;
		const first = word.optionSenses[0]?.[0]?.id ?? '';
		if ([word.key.id, ...word.key.hypernyms, ...word.key.similar].includes(first)) return undefined;
		// A word of the key's own synset, seen in it among its first senses ("bothered").
		return rankedSense(word.optionSenses[0] ?? [], word.key.id)
			? undefined
			: 'the key word reads in another sense first';
	}),
	// No option is made from the word or stands in its sentence: the reader must reason, not match.
	'vocabulary-options-not-in-sentence': forWords(({ word, answer, distractors }) => {
		const inSentence = contentStems(word.sentence);
		const hit = [answer, ...distractors].find((o) =>
			contentWords(o).some((w) => madeFrom(w, word.lemma) || inSentence.has(stemOf(w)))
		);
		return hit ? `"${hit}" is in the sentence or made from the word` : undefined;
	}),
	// "put off" beside "kept", "raised", "moved": a key longer than every distractor gives itself away.
	'vocabulary-key-longest': forWords(({ answer, distractors }) =>
		isPhrase(answer) && keyLongest([answer, ...distractors])
			? 'the key has more words than every distractor'
			: undefined
	),
	// "astonishment": "amazement" beside "version", "exhibition": the key alone sharing the word's
	// ending ("-ment") points to it (review k8).
	'vocabulary-key-alone-shares-ending': forWords(({ word, answer, distractors }) =>
		!word.glossed && keyAloneSharesEnding(word.lemma, [answer, ...distractors], word.pos)
			? "the key alone shares the word's ending"
			: undefined
	),
	...VOCABULARY_GLOSS_CHECKS,
	'vocabulary-stem-form': forWords(({ stem, word }) =>
		stem.endsWith(VOCABULARY_QUESTION) && stem.includes(`"${word.text}"`)
			? undefined
			: 'the stem does not quote the word'
	)
};
