// "As used in paragraph 3 ("… abruptly halted the programme …"), what does "halted" most nearly
// mean?": a less common word the context explains. The key is a plainer synonym of the word's sense
// in its sentence (vocabulary-senses.ts: only when sure); the distractors are words for the word's
// other senses, the trap a reading teacher sets, each in the word's own inflection ("stopped",
// "detained", "limped", "blocked"). Without a sense dictionary (`Lexicon`) there are none.
import type {
	Candidate,
	LexPos,
	LexSense,
	Lexicon,
	Sentence,
	Token,
	VocabularyWord
} from '../../types';
import type { NormalizedText } from '../1-normalize';
import { adjectiveSisters, describedNounFiles, negationPair } from './vocabulary-adjectives';
import { wholeSentenceFact } from '../3-facts/sentences';
import { neighbourSenses } from './vocabulary-neighbours';
import { familyPerMillion, keySharesRoot } from './vocabulary-refusals';
import { type GlossFiller, type GlossWord, glossOptions, kin } from './vocabulary-glosses';
import { conjugations } from '../3-facts/words';
import {
	chooseSense,
	confident,
	contentStems,
	dominantSense,
	nearSenses,
	stemOf,
	type SenseChoice,
	tagTotal
} from './vocabulary-senses';
import {
	contentWords,
	formWord,
	glossHead,
	inflectPhrase,
	isPhrase,
	keyAloneSharesEnding,
	lemmaPhrases,
	phrasePerMillion,
	phraseTotal,
	suffixOf,
	wordsOf
} from './vocabulary-phrases';

export const VOCABULARY_QUESTION = 'most nearly mean?';
/**
 * How often the corpus tagged a word worth asking: fewer is obscure, more is a word all know (a
 * verb may be tagged more: "elected", "detected" still test a sense).
 */
export const WORD_TAGS = { min: 2, max: 40, maxVerb: 50 };
/** How often a key or distractor must have been tagged: a plain word a learner knows. */
export const OPTION_MIN_TAGS = 4;
/**
 * Spoken frequency (per million words of SUBTLEX-US) above which a word is everyday ("elderly" 4,
 * "carved" 4, "enormous" 10), and below which an option is no plain word a learner knows. Film
 * subtitles rarely say a plain written word like "decreased" (0.9): the options' floor is low.
 */
export const WORD_MAX_PER_MILLION = 4;
export const OPTION_MIN_PER_MILLION = 0.5;
/**
 * Noun topics worth a vocabulary item: acts, attributes, thought, communication, events, feelings,
 * motives, phenomena, possession, processes, relations, states. People, times, things, animals and
 * places ("daughter", "winter", "museum", "mayor") are words a learner knows or looks at.
 */
const ABSTRACT_NOUN_FILES = new Set([4, 7, 9, 10, 11, 12, 16, 19, 21, 22, 24, 26]);
/** Items per article: a quiz is not a vocabulary list; a long article may take a third. */
const MAX_ITEMS = 2;
const LONG_ARTICLE_WORDS = 900;

/** A word of the article that might be asked, where it stands and how it is filed. */
interface WordAt {
	sentence: Sentence;
	index: number;
	token: Token;
	pos: LexPos;
	lemma: string;
}

/** The vocabulary candidates of an article, the surest first, at most two (three when long). */
export function vocabularyCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	lexicon: Lexicon
): Candidate[] {
	const counts = stemCounts(sentences);
	const out: { c: Candidate; score: number }[] = [];
	const words = [...wordsToAsk(sentences, norm, lexicon)];
	for (const at of words) {
		if ((counts.get(stemOf(at.lemma)) ?? 0) > 2) continue;
		const made = itemFor(at, norm, lexicon);
		// vocabulary-key-shares-root (vocabulary-refusals.ts): "memorable" → "worth remembering".
		if (made && keySharesRoot(at.lemma, made.c.answer)) continue;
		if (made && !out.some((o) => o.c.word!.lemma === at.lemma)) out.push(made);
	}
	out.sort((a, b) => b.score - a.score || a.c.fact.sentence - b.c.fact.sentence);
	const length = sentences.reduce((n, s) => n + s.tokens.length, 0);
	const max = length >= LONG_ARTICLE_WORDS ? MAX_ITEMS + 1 : MAX_ITEMS;
	const picked: Candidate[] = [];
	for (const { c } of out)
		if (picked.length < max && !picked.some((p) => p.fact.paragraph === c.fact.paragraph))
			picked.push(c);
	return picked;
}

/** How many times each word stem appears: a word the article keeps using is its term, not a test. */
function stemCounts(sentences: readonly Sentence[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const s of sentences)
		for (const t of s.tokens) counts.set(stemOf(t.normal), (counts.get(stemOf(t.normal)) ?? 0) + 1);
	return counts;
}

/** Lower-case content words outside quotes and headings, with the part of speech the tagger gives. */
function* wordsToAsk(
	sentences: readonly Sentence[],
	norm: NormalizedText,
	lexicon: Lexicon
): Generator<WordAt> {
	for (const sentence of sentences) {
		if (norm.paragraphs[sentence.paragraph]?.heading) continue;
		let quoted = false;
		for (const [index, token] of sentence.tokens.entries()) {
			const opens = /["“”]/.test(token.pre);
			if (opens) quoted = !quoted;
			const inQuote = quoted;
			if (/["“”]/.test(token.post)) quoted = !quoted;
			if (inQuote || !/^[a-z]{5,}$/.test(token.text)) continue;
			if (coordinatedWithAdverb(sentence.tokens, index)) continue;
			const pos = posOf(token, sentence.tokens[index - 1], sentence.tokens[index + 1]);
			const lemma = pos && lemmaOf(token, pos, lexicon);
			if (!pos || !lemma) continue;
			// "governments favor majority rule": a word that is also a verb is a noun only where
			// a determiner, possessive, adjective or preposition says so.
			const prev = sentence.tokens[index - 1];
			if (!plainUse(token, pos, lemma, prev, sentence.tokens[index + 1], lexicon)) continue;
			// "horror, anime, fantasy and comics": an item of a list names a kind, not a meaning.
			if (pos === 'n' && prev?.tags.has('Noun') && prev.post.includes(',')) continue;
			yield { sentence, index, token, pos, lemma };
		}
	}
}

/**
 * Whether the tagger's part of speech is safe to trust: a word that is also a verb is a noun only
 * where a determiner, possessive, adjective or preposition says so ("governments favor majority
 * rule"); a noun before a noun is a modifier ("trading partner", "ruling government"); an "-ing"
 * noun is a verb more often than not ("with Anson acting as manager"); a word mostly a noun is a
 * verb only after a pronoun, "to" or an auxiliary ("wealth and power", "parts that provide").
 */
function plainUse(
	t: Token,
	pos: LexPos,
	lemma: string,
	prev: Token | undefined,
	next: Token | undefined,
	lexicon: Lexicon
): boolean {
	if (pos === 'n') {
		if (next?.tags.has('Noun') && !next.tags.has('Pronoun') && !t.post.trim()) return false;
		if (t.normal.endsWith('ing') || lexicon.frequency(lemma, 'v') > 0) return nounSlot(prev);
		return true;
	}
	if (pos !== 'v') return true;
	// "double that of USB 3.0": a base form stands as a verb after "to", a modal or a subject.
	const base = !t.tags.has('PastTense') && !t.normal.endsWith('s');
	if (base && !(prev && BEFORE_BASE_VERB.test(prev.normal))) return false;
	if (lexicon.frequency(lemma, 'n') > lexicon.frequency(lemma, 'v'))
		return !!prev && BEFORE_VERB.test(prev.normal);
	return true;
}

const BEFORE_BASE_VERB =
	/^(to|not|i|we|you|they|will|would|can|could|should|must|may|might|did|do|does)$/;
const BEFORE_VERB =
	/^(to|not|i|we|you|they|he|she|it|will|would|can|could|should|must|may|might|did|do|does|has|have|had|was|were|is|are|be|been)$/;

/** Whether the word before a noun marks it as one: "the", "its", "new", "of". */
const nounSlot = (prev: Token | undefined) =>
	!!prev &&
	['Determiner', 'Possessive', 'Adjective', 'Preposition'].some((tag) => prev.tags.has(tag));

/** A word's part of speech as the dictionary files it, when its use is a plain one. */
function posOf(t: Token, prev: Token | undefined, next: Token | undefined): LexPos | undefined {
	const has = (tag: string) => t.tags.has(tag);
	// "for instance,", "in fact.": a bare noun after a preposition closing its clause is an idiom.
	const idiom =
		!!prev?.tags.has('Preposition') && !t.tags.has('Plural') && (!next || /[,.;:]/.test(t.post));
	if (idiom) return undefined;
	if (['ProperNoun', 'Pronoun', 'Value', 'Acronym', 'Possessive', 'Hyphenated'].some(has))
		return undefined;
	const afterDeterminer = !!prev && (prev.tags.has('Determiner') || prev.tags.has('Adjective'));
	if (has('Verb')) {
		if (['Auxiliary', 'Copula', 'Modal', 'Gerund', 'PhrasalVerb'].some(has)) return undefined;
		// "a sparsely populated area", "alleged low rates": a participle before its noun describes it.
		const beforeNoun =
			!!next &&
			(next.tags.has('Adjective') || (next.tags.has('Noun') && !next.tags.has('Pronoun'))) &&
			!t.post.trim();
		return afterDeterminer || (has('PastTense') && beforeNoun) ? undefined : 'v';
	}
	if (has('Noun')) return 'n';
	if (has('Adjective')) return has('Comparative') || has('Superlative') ? undefined : 'a';
	// (No adverbs: "eventually" → "finally" tests nothing, and adverbs stand in for one another.)
	return undefined;
}

/**
 * Whether a word the tagger calls a verb is joined by "and"/"or" to an adverb ("backwards and
 * forwards"): it is then an adverb too, and "sends on" a wrong key (vocabulary-pos-coordinated).
 */
export function coordinatedWithAdverb(tokens: readonly Token[], index: number): boolean {
	const conjunction = tokens[index - 1];
	const before = tokens[index - 2];
	if (!conjunction || !before || !/^(and|or)$/.test(conjunction.normal)) return false;
	return tokens[index]!.tags.has('Verb') && before.tags.has('Adverb') && !before.tags.has('Verb');
}

/** The base form the dictionary files the word under: the tagger's root, or a plural's singular. */
function lemmaOf(t: Token, pos: LexPos, lexicon: Lexicon): string | undefined {
	const w = t.normal;
	const tries =
		pos === 'v'
			? [t.root ?? '', w]
			: pos === 'n' && t.tags.has('Plural')
				? [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]
				: [w];
	return tries.find(
		(l) =>
			l &&
			l !== w.replace(/s$/, '') + 'ss' &&
			(lexicon.frequency(l, pos) > 0 || lexicon.senses(l, pos).length > 0)
	);
}

/** The item for one word, when its sense is sure and four options of its form can be found. */
function itemFor(
	at: WordAt,
	norm: NormalizedText,
	lexicon: Lexicon
): { c: Candidate; score: number } | undefined {
	const total = tagTotal(lexicon, at.lemma, at.pos);
	if (total > (at.pos === 'v' ? WORD_TAGS.maxVerb : WORD_TAGS.max)) return undefined;
	// "elderly", "wiped", "carved", "enormous": a word heard every day is no test of reading.
	const spoken = wordPerMillion(lexicon, at.token.normal, at.lemma);
	if (commonFamily(at.token.normal, lexicon, spoken)) return undefined;
	// A word the corpus hardly tagged is asked only when it has one sense, speech knows it and it
	// is no term the article defines: "persevered", "meticulous", not "isotope" ("an isotope is …").
	const rare = total < WORD_TAGS.min;
	if (rare && (at.pos === 'r' || definesTerm(at))) return undefined;
	if (rare && !knownRare(spoken)) return undefined;
	// "manufacturing", "training": a noun made from a verb says its verb, a word all know.
	if (at.pos === 'n' && /ing$/.test(at.lemma)) return undefined;
	// "remaining", "deceased": an adjective out of a verb is the verb's participle, read as the verb.
	if (at.pos === 'a' && participle(at.lemma, lexicon)) return undefined;
	const para = norm.paragraphs[at.sentence.paragraph];
	const paragraph = para ? norm.text.slice(para.start, para.end) : at.sentence.text;
	const senses = sensesToRead(lexicon.senses(at.lemma, at.pos), at.lemma, rare);
	if (rare && senses.length !== 1) return undefined;
	const choice = chooseSense(senses, at.lemma, at.sentence.text, paragraph);
	if (!choice) return undefined;
	if (at.pos === 'n' && !ABSTRACT_NOUN_FILES.has(choice.key.lexFile)) return undefined;
	const dominant = dominantSense(choice);
	if (!(confident(choice) || dominant) || !takesObjectAsUsed(choice.key, at)) return undefined;
	// The sentence must bear the sense out (vocabulary-sense-in-sentence): a wrong key is the worst
	// failure, so an unsure word gives way to the next one.
	const sentenceSure =
		choice.sentenceSure || dominant || plainlyOneSense(choice, at, total, spoken, paragraph);
	if (!sentenceSure) return undefined;
	if (!subjectFits(choice.key, at) || choice.key.words.some((w) => DATED.has(w))) return undefined;
	// The word itself must come out of its base form as written, or the options will not match it.
	if (inflect(at.lemma, at) !== at.token.normal || inFixedPhrase(at, lexicon)) return undefined;
	const options = wordOptions(choice.key, choice.apart, at, total, lexicon);
	if (!options)
		return glossItem(at, norm, lexicon, choice, { total, spoken, sentenceSure, paragraph });
	const { lemmas, distractorSenses } = options;
	const word: VocabularyWord = {
		text: at.token.text,
		lemma: at.lemma,
		pos: at.pos,
		key: choice.key,
		distractorSenses,
		optionLemmas: lemmas,
		optionSenses: lemmas.map((l) => lexicon.senses(l, at.pos)),
		optionTotals: lemmas.map((l) => optionTotal(lexicon, l, at.pos)),
		...(options.keyFromGloss ? { keyFromGloss: true } : {}),
		tagTotal: total,
		apart: choice.apart.length,
		senseCount: choice.senseCount,
		dominance: choice.dominance,
		keyOverlap: choice.keyOverlap,
		apartOverlap: choice.apartOverlap,
		sentenceSure,
		sentence: at.sentence.text,
		paragraph,
		distractorSources: options.sources,
		...(spoken === undefined
			? {}
			: {
					perMillion: spoken,
					optionPerMillion: options.texts.map(
						(t, i) => optionPerMillion(lexicon, t, lemmas[i]!) ?? 0
					)
				})
	};
	const c = candidate(at, norm, word, options.texts);
	if (!c) return undefined;
	// The surest and least common words first; a verb or an adjective before a noun; an item with
	// the other-sense trap before one of article words only.
	const score =
		Math.min(choice.keyOverlap, 4) / 4 -
		total / WORD_TAGS.max +
		(at.pos === 'n' ? 0 : 0.3) +
		0.2 * options.traps;
	return { c, score };
}

/**
 * The definition form is kept to the words it was made for before the one-word form widened
 * (vocabulary-gloss-narrow): a word the corpus tagged at most GLOSS_WORD_TAGS times, heard at most
 * GLOSS_WORD_PER_MILLION times a million, its sense sure by context and not by dominance alone.
 * A teacher's options are one word each (review k13: three glosses beginning "information …" let
 * the key stand out); a plain word such as "narrow" is no word to define four ways.
 */
function glossAllowed(
	choice: SenseChoice,
	total: number,
	spoken: number | undefined,
	pos: LexPos
): boolean {
	const max = pos === 'v' ? GLOSS_WORD_TAGS.maxVerb : GLOSS_WORD_TAGS.max;
	return confident(choice) && total <= max && (spoken ?? 0) <= GLOSS_WORD_PER_MILLION;
}

/** The definition form's word limits: the one-word form's before it widened. */
export const GLOSS_WORD_TAGS = { max: 18, maxVerb: 25 };
export const GLOSS_WORD_PER_MILLION = 3;

/**
 * The senses a word is read among: a rare word whose senses are shades of one ("meticulous":
 * precise; extremely careful) is read in its first, as a word of one sense is.
 */
const sensesToRead = (filed: readonly LexSense[], lemma: string, rare: boolean) =>
	rare && sensesAlike(filed, lemma) ? filed.slice(0, 1) : filed;

/**
 * Whether every sense of a word is near its first (vocabulary-senses-alike): one synset's kind or
 * cluster, or definitions naming one another's words, so no context can make the first a wrong key.
 * At most three senses: more are a word of many uses.
 */
export function sensesAlike(senses: readonly LexSense[], lemma: string): boolean {
	const first = senses[0];
	if (!first || senses.length > 3) return false;
	return senses.slice(1).every((s) => nearSenses(first, s, lemma));
}

/** How far a definition item ranks below every one-word item: the one-word form is the plainer. */
const GLOSS_ITEM_RANK = 1;

/**
 * The definition form of the item (vocabulary-glosses.ts), when no plainer synonym or no plain
 * words for the other senses were found, for a word whose sense is sure: the key
 * the sense's definition, the distractors the definitions of the word's other senses, then of
 * sister acts, an opposite or other adjectives.
 */
function glossItem(
	at: WordAt,
	norm: NormalizedText,
	lexicon: Lexicon,
	choice: SenseChoice,
	sure: { total: number; spoken: number | undefined; sentenceSure: boolean; paragraph: string }
): { c: Candidate; score: number } | undefined {
	if (!glossAllowed(choice, sure.total, sure.spoken, at.pos)) return undefined;
	const key = choice.key;
	const fillers: GlossFiller[] = [
		...opposites(key, lexicon).map((sense) => ({ sense, source: 'opposite' as const })),
		...(at.pos === 'a'
			? adjectiveSisters(
					key,
					at.lemma,
					lexicon,
					describedNounFiles(at.sentence.tokens, at.index, lexicon)
				)
			: kin(key, lexicon)
		).map((sense) => ({ sense, source: 'sister' as const }))
	];
	const phrase = phraseAround(at, norm);
	if (!phrase) return undefined;
	const glossWord: GlossWord = {
		lemma: at.lemma,
		pos: at.pos,
		plural: at.pos === 'n' && at.token.tags.has('Plural'),
		sentenceWords: at.sentence.tokens.map((t) => t.normal),
		phraseWords: phrase
			.toLowerCase()
			.split(/[^a-z']+/)
			.filter((w) => w && w !== at.token.normal)
	};
	const options = glossOptions(key, choice.apart, fillers, glossWord, lexicon, {
		inflect: (base) => inflect(base, at),
		framed: (sense) => takesObjectAsUsed(sense, at),
		madeFrom: (w) => madeFrom(w, at.lemma)
	});
	if (!options) return undefined;
	const word: VocabularyWord = {
		text: at.token.text,
		lemma: at.lemma,
		pos: at.pos,
		key,
		distractorSenses: options.distractorSenses,
		optionLemmas: options.texts,
		optionSenses: [[key], ...options.distractorSenses.map((s) => [s])],
		optionTotals: [],
		glossed: true,
		tagTotal: sure.total,
		apart: choice.apart.length,
		senseCount: choice.senseCount,
		dominance: choice.dominance,
		keyOverlap: choice.keyOverlap,
		apartOverlap: choice.apartOverlap,
		sentenceSure: sure.sentenceSure,
		sentence: at.sentence.text,
		paragraph: sure.paragraph,
		distractorSources: options.sources,
		...(sure.spoken === undefined ? {} : { perMillion: sure.spoken })
	};
	const c = candidate(at, norm, word, options.texts);
	if (!c) return undefined;
	const score =
		Math.min(choice.keyOverlap, 4) / 4 -
		sure.total / WORD_TAGS.max +
		0.2 * options.traps -
		GLOSS_ITEM_RANK;
	return { c, score };
}

/**
 * Whether a word the dictionary files with one sense alone, and the corpus has seen in it, is
 * read in that sense: "the crowds have dwindled" says nothing of its definition's words, yet
 * "dwindle" has no other sense to be. Not a verb done "by" something ("dogged by misfortune",
 * "gripped by frenzy"): a figure of speech the dictionary may lack.
 */
function plainlyOneSense(
	choice: SenseChoice,
	at: WordAt,
	total: number,
	spoken: number | undefined,
	paragraph: string
): boolean {
	if (choice.senseCount !== 1) return false;
	if (
		total < WORD_TAGS.min &&
		!(knownRare(spoken) && rareSenseInContext(choice.key, at, paragraph))
	)
		return false;
	const next = at.sentence.tokens[at.index + 1]?.normal;
	return !(at.pos === 'v' && passive(at) && next === 'by');
}

/**
 * How often speech must use a word the dictionary's corpus hardly tagged (per million words):
 * "meticulous", "deterrent", "docile" are plain written English the tags missed; a word speech
 * never uses ("nephron") is a term.
 */
export const RARE_WORD_MIN_PER_MILLION = 0.1;

/**
 * Whether a word the corpus hardly tagged is read in its one sense: an adjective is (the dictionary
 * lists its shades as one: "pivotal", "momentous"); a noun or verb only where its definition or its
 * broader sense shares a word with its sentence or paragraph: "the breakout of maturities" is no
 * escape from jail, the one sense the dictionary gives "breakout".
 */
function rareSenseInContext(sense: LexSense, at: WordAt, paragraph: string): boolean {
	if (at.pos === 'a') return true;
	const said = contentStems(`${sense.gloss} ${sense.examples.join(' ')} ${sense.broader}`);
	said.delete(stemOf(at.lemma));
	const around = contentStems(`${at.sentence.text} ${paragraph}`);
	return [...said].some((w) => around.has(w));
}

/** Whether a word the corpus hardly tagged is still one speech knows (RARE_WORD_MIN_PER_MILLION). */
const knownRare = (spoken: number | undefined) =>
	spoken !== undefined && spoken >= RARE_WORD_MIN_PER_MILLION;

/**
 * Whether a verb's sense allows the subject it has: "it flattered me" (a dress) is no person's
 * praise, though the dictionary files "flatter" as that alone.
 */
function subjectFits(sense: LexSense, at: WordAt): boolean {
	if (at.pos !== 'v' || passive(at)) return true;
	const prev = at.sentence.tokens[at.index - 1]?.normal ?? '';
	if (!/^(it|this|that|which)$/.test(prev)) return true;
	// Thinking, speaking and feeling are a person's acts, whatever the frames allow.
	return sense.thingSubject !== false && !PERSONS_ACTS.has(sense.lexFile);
}

/** Verb topics whose subject is a person: cognition, communication, emotion. */
const PERSONS_ACTS = new Set([31, 32, 37]);

/**
 * vocabulary-common-family: "annoyed" is rare as written, but "annoy", "annoying" are not;
 * "inexpensive" is "not expensive" (review k14: a common word needs no context).
 */
function commonFamily(form: string, lexicon: Lexicon, spoken: number | undefined): boolean {
	if ((spoken ?? 0) > WORD_MAX_PER_MILLION) return true;
	const known = (w: string) =>
		(['v', 'a', 'n'] as const).some((p) => lexicon.senses(w, p).length > 0);
	const family = familyPerMillion(form, (f) => perMillion(lexicon, f), known);
	return family !== undefined && family > WORD_MAX_PER_MILLION;
}

/** Verbs that link a subject to a state: a participle after them reads as an adjective. */
const LINKING =
	/^(sound|sounds|sounded|seem|seems|seemed|look|looks|looked|feel|feels|felt|become|becomes|became|get|gets|got|grow|grows|grew|appear|appears|appeared|remain|remains|remained|stay|stays|stayed)$/;

/**
 * vocabulary-options-one-pos: a verb's participle standing as an adjective ("can sound warm,
 * resigned or annoyed") is asked with options that read as adjectives too: "invited" and "felt"
 * beside "bothered" are acts, not states, and a reader rules them out by grammar (review k14).
 */
function readsAsAdjective(at: WordAt, lexicon: Lexicon): boolean {
	if (!adjectiveForm(at.token.normal, lexicon)) return false;
	const toks = at.sentence.tokens;
	for (let i = at.index - 1; i >= Math.max(0, at.index - 6); i--) {
		const t = toks[i]!;
		if (LINKING.test(t.normal)) return true;
		const state = t.tags.has('Adjective') || /ed$/.test(t.normal);
		if (!(state || /^(or|and|very|so|quite|more|rather)$/.test(t.normal))) return false;
	}
	return false;
}

/** Whether a form has an adjective sense ("pleased", "bothered"; not "invited", "felt"). */
const adjectiveForm = (form: string, lexicon: Lexicon) => lexicon.senses(form, 'a').length > 0;

/** Whether an adjective is a verb's participle ("remaining", "deceased", "devoted"). */
function participle(word: string, lexicon: Lexicon): boolean {
	// ("ratified" from "ratify": review k14 read it as an adjective keyed by its cluster's head
	// "legal", another sense than the verb's "formally approved".)
	const stems = word.endsWith('ing')
		? [word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4)]
		: word.endsWith('ied')
			? [`${word.slice(0, -3)}y`]
			: word.endsWith('ed')
				? [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)]
				: [];
	return stems.some((v) => v.length > 2 && lexicon.senses(v, 'v').length > 0);
}

/**
 * Whether the word is part of a phrase the dictionary files whole ("open secret", "come about"):
 * its meaning there is the phrase's, not the word's.
 */
function inFixedPhrase(at: WordAt, lexicon: Lexicon): boolean {
	const tokens = at.sentence.tokens;
	const prev = tokens[at.index - 1];
	const next = tokens[at.index + 1];
	const phrases: string[] = [];
	if (prev && !/[,;:]/.test(prev.post))
		phrases.push(`${prev.normal} ${at.lemma}`, `${prev.root ?? prev.normal} ${at.lemma}`);
	if (next && !/[,;:]/.test(at.token.post))
		phrases.push(`${at.lemma} ${next.normal}`, `${at.lemma} ${next.root ?? next.normal}`);
	const all: LexPos[] = ['n', 'v', 'a', 'r'];
	return phrases.some((p) => all.some((pos) => lexicon.senses(p, pos).length > 0));
}

/** The four options and where they come from. */
interface Options {
	texts: string[];
	lemmas: string[];
	distractorSenses: LexSense[];
	/** How many distractors are words of the word's other senses. */
	traps: number;
	sources: Distractor['source'][];
	/** Whether the key is its sense's definition head ("build again"), no word filed in it. */
	keyFromGloss: boolean;
}

/** Whether the key has more words than every distractor (vocabulary-key-longest). */
export const keyLongest = (options: readonly string[]) =>
	wordsOf(options[0]!).length > Math.max(...options.slice(1).map((o) => wordsOf(o).length));

/** One-word options: a plainer synonym of the sense as key, words that do not mean it as distractors. */
function wordOptions(
	key: LexSense,
	apart: readonly LexSense[],
	at: WordAt,
	total: number,
	lexicon: Lexicon
): Options | undefined {
	const keyWord = pickKey(key, at, total, lexicon);
	if (!keyWord) return undefined;
	const distractors = pickDistractors(key, keyWord, apart, at, lexicon);
	if (distractors.length < 3) return undefined;
	const lemmas = [keyWord, ...distractors.map((d) => d.lemma)];
	const texts = lemmas.map((l) => inflect(l, at));
	// Every option must inflect as the word does, or one would stand out.
	if (new Set(texts).size < 4) return undefined;
	if (keyLongest(texts) || keyAloneSharesEnding(at.lemma, texts, at.pos)) return undefined;
	if (
		at.pos === 'v' &&
		readsAsAdjective(at, lexicon) &&
		!texts.every((t) => adjectiveForm(t, lexicon))
	)
		return undefined;
	return {
		keyFromGloss: keyWord === glossHead(key, lexicon),
		texts,
		lemmas,
		distractorSenses: distractors.map((d) => d.sense),
		traps: distractors.filter((d) => d.source === 'trap').length,
		sources: distractors.map((d) => d.source)
	};
}

/** A base form in the inflection the word has in its sentence ("stop" → "stopped" for "halted"). */
export function inflect(
	lemma: string,
	at: Pick<WordAt, 'token' | 'pos' | 'sentence' | 'index'>
): string {
	const t = at.token;
	if (isPhrase(lemma))
		return inflectPhrase(lemma, at.pos, t.tags.has('Plural'), (w) => inflect(w, at), plural);
	if (at.pos === 'n') return t.tags.has('Plural') ? plural(lemma) : lemma;
	if (at.pos !== 'v') return lemma;
	const forms = conjugations(lemma);
	if (!forms) return lemma;
	if (t.tags.has('PastTense')) {
		const prev = at.sentence.tokens[at.index - 1]?.normal ?? '';
		const perfect = /^(have|has|had|having|be|been|being|is|are|was|were)$/.test(prev);
		return (perfect && forms['Participle']) || forms['PastTense'] || lemma;
	}
	if (t.tags.has('PresentTense') && t.normal.endsWith('s')) return forms['PresentTense'] ?? lemma;
	return forms['Infinitive'] ?? lemma;
}

/**
 * Whether a verb's sense takes an object as the word does in its sentence: "to originate
 * legislation" is not "come into existence"; "the crowds have dwindled" takes none. (Passive
 * "were repealed" had one.)
 */
function takesObjectAsUsed(sense: LexSense, at: WordAt): boolean {
	if (at.pos !== 'v' || sense.transitive === undefined) return true;
	const tokens = at.sentence.tokens;
	const next = tokens[at.index + 1];
	const joined = !at.token.post.trim();
	const object =
		joined &&
		!!next &&
		['Determiner', 'Noun', 'Pronoun', 'Adjective', 'Possessive', 'Value'].some((t) =>
			next.tags.has(t)
		);
	if (passive(at) || object) return sense.transitive;
	const none = !next || !joined || ['Preposition', 'Conjunction'].some((t) => next.tags.has(t));
	return none ? !!sense.intransitive : true;
}

/**
 * Whether a past form is passive: after a form of "be" ("were severely persecuted", "be imprisoned
 * or expelled"), or straight after a noun and before a preposition ("powers delegated to it").
 */
function passive(at: WordAt): boolean {
	if (!at.token.tags.has('PastTense')) return false;
	const tokens = at.sentence.tokens;
	for (let i = at.index - 1; i >= Math.max(0, at.index - 4); i--) {
		const t = tokens[i]!;
		if (/^(is|are|was|were|be|been|being)$/.test(t.normal)) return true;
		if (!t.tags.has('Adverb') && !/^(or|and)$/.test(t.normal) && !t.tags.has('PastTense')) break;
	}
	const prev = tokens[at.index - 1];
	const next = tokens[at.index + 1];
	return !!prev?.tags.has('Noun') && !prev.tags.has('Pronoun') && !!next?.tags.has('Preposition');
}

/** "X is a …", "known as X", "called X", "X refers to": a sentence that defines a term. */
const DEFINING =
	/\b(is|are|was|were) (a|an|the) |\b(known as|called|termed|named|refers? to|means?|defined as)\b/i;

/** Whether the word's sentence defines it: a term of the article, not a word to work out. */
function definesTerm(at: WordAt): boolean {
	return DEFINING.test(at.sentence.text) || at.sentence.index === 0;
}

/** A regular plural; an irregular one ("crises") fails the word's own round trip and is not asked. */
function plural(noun: string): string {
	if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
	return /(s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/** Whether an option's word shares the asked word's stem ("reaching" in "outreach"). */
export function madeFrom(w: string, lemma: string): boolean {
	if (w.length === 3 && lemma.startsWith(w.slice(0, 2))) return true;
	// "due" in "overdue", "known" in "unknown": the word holds the option whole.
	if (w.length >= 3 && lemma.includes(w) && w !== lemma) return true;
	if (w.length < 4) return false;
	return w.slice(0, 4) === lemma.slice(0, 4) || lemma.includes(w.slice(0, Math.min(5, w.length)));
}

/**
 * Words whose first sense in the dictionary's old corpus is not what a reader takes them for now
 * ("gay" as cheerful): never an option.
 */
const DATED = new Set(['gay', 'queer', 'intercourse', 'erection', 'ejaculate', 'fairy', 'bang']);

/** Adjectives the dictionary files in their comparative or superlative form ("worst" as "bad"). */
const DEGREE_WORDS = new Set(['best', 'worst', 'better', 'worse', 'least', 'less', 'more', 'most']);

/** A one-word option a learner knows: not the word, not made from it, not in its sentence. */
function plainWord(w: string, at: WordAt, lexicon: Lexicon): boolean {
	if (!/^[a-z]{3,}$/.test(w) || w === at.lemma || DATED.has(w)) return false;
	// "worst" beside "superb", "brilliant": a degree word is of another form (vocabulary-options-same-form).
	if (at.pos === 'a' && DEGREE_WORDS.has(w)) return false;
	if (madeFrom(w, at.lemma) || w.slice(0, 3) === at.lemma.slice(0, 3)) return false;
	if (at.sentence.tokens.some((t) => t.normal === w || t.root === w)) return false;
	if (tagTotal(lexicon, w, at.pos) < OPTION_MIN_TAGS) return false;
	// A plural must be heard as a plural: "musics", "managements" are no words.
	const form = inflect(w, at);
	if (at.pos === 'n' && form !== w && (perMillion(lexicon, form) ?? 1) < OPTION_MIN_PER_MILLION)
		return false;
	const spoken = optionPerMillion(lexicon, form, w);
	return spoken === undefined || spoken >= OPTION_MIN_PER_MILLION;
}

/**
 * A plain option, one word or a short phrase: a phrase's content words are each plain words, none
 * the word or made from it, none in its sentence.
 */
function plainOption(p: string, at: WordAt, lexicon: Lexicon): boolean {
	if (!isPhrase(p)) return plainWord(p, at, lexicon);
	if (!/^[a-z]+( [a-z]+)+$/.test(p) || wordsOf(p).length > 4) return false;
	const words = contentWords(p);
	const inSentence = (w: string) => at.sentence.tokens.some((t) => t.normal === w || t.root === w);
	if (words.some((w) => w.length < 3 || DATED.has(w) || madeFrom(w, at.lemma) || inSentence(w)))
		return false;
	if (phraseTotal(lexicon, p) < OPTION_MIN_TAGS) return false;
	const spoken = phrasePerMillion(lexicon, inflect(p, at));
	return spoken === undefined || spoken >= OPTION_MIN_PER_MILLION;
}

/** How often the corpus tagged an option: a word in the asked part of speech, a phrase by its rarest word. */
const optionTotal = (lexicon: Lexicon, option: string, pos: LexPos) =>
	isPhrase(option) ? phraseTotal(lexicon, option) : tagTotal(lexicon, option, pos);

/**
 * How often speech uses a word, per million words: its form as written or its base form, whichever
 * is heard more (vocabulary-word-everyday): "projects" (5.6) is the everyday "project" (37), and
 * "halted" (0.4) is asked as seldom heard only when "halt" is too.
 */
function wordPerMillion(lexicon: Lexicon, form: string, lemma: string): number | undefined {
	const a = perMillion(lexicon, form);
	const b = perMillion(lexicon, lemma);
	return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** How often spoken English uses a form, per million words, when the lexicon knows. */
const perMillion = (lexicon: Lexicon, form: string) => lexicon.perMillion?.(form);

/** An option's commonness: its form as offered or its base form, whichever is heard more. */
function optionPerMillion(lexicon: Lexicon, form: string, lemma: string): number | undefined {
	if (isPhrase(form)) return phrasePerMillion(lexicon, form);
	const a = perMillion(lexicon, form);
	const b = perMillion(lexicon, lemma);
	return a === undefined || b === undefined ? a : Math.max(a, b);
}

/**
 * The key: a plainer word of the chosen synset (more often tagged than the word itself) that reads
 * in that sense first or second, so the key says the sense and not another of its own; failing
 * one, a plain word of the sense it is a kind of ("dwindled" → "decreased"), or of an adjective's
 * cluster ("colossal" → "large"), read in that broader sense first.
 */
function pickKey(sense: LexSense, at: WordAt, total: number, lexicon: Lexicon): string | undefined {
	// Plainer: more often tagged, and shorter or tagged half again as often ("horrible" is no
	// harder than "frightful").
	const wordSpoken = perMillion(lexicon, at.token.normal);
	const plainer = (w: string) => {
		const n = tagTotal(lexicon, w, at.pos);
		const spoken = optionPerMillion(lexicon, inflect(w, at), w);
		const heardMore = wordSpoken === undefined || (spoken ?? 0) >= 2 * wordSpoken;
		return (
			plainWord(w, at, lexicon) &&
			keyFitsFrame(w, at, lexicon) &&
			heardMore &&
			n > total &&
			(w.length < at.lemma.length || n >= 1.5 * total)
		);
	};
	const byUse = (words: string[]) =>
		words.sort((a, b) => tagTotal(lexicon, b, at.pos) - tagTotal(lexicon, a, at.pos))[0];
	const own = sense.words.filter(
		(w) => !isPhrase(w) && plainer(w) && readsAs(w, sense, at.pos, lexicon, true)
	);
	if (own.length) return byUse(own);
	// A plain word of the sense's own synset that is read in it among its first senses, and was
	// seen so ("annoyed" → "bothered", "supervise" → "manage"): it reads right in the sentence.
	const seen = sense.words.filter(
		(w) => !isPhrase(w) && plainer(w) && keyAmongFirstSenses(w, sense, at.pos, lexicon)
	);
	if (seen.length) return byUse(seen);
	// (Not a noun's broader word: "quality" is no "usefulness", "policy" no "activism".)
	const broaderIds = new Set([...sense.hypernyms, ...sense.similar]);
	const broader = (sense.broaderWords ?? []).filter(
		(w) =>
			at.pos !== 'n' &&
			!isPhrase(w) &&
			plainer(w) &&
			!GENERAL_NOUNS.has(w) &&
			broaderIds.has(lexicon.senses(w, at.pos)[0]?.id ?? '') &&
			broaderSays(w, sense)
	);
	return byUse(broader) ?? phraseKey(sense, at, lexicon);
}

/**
 * A phrase key when the sense has no plainer single word: a phrase of its synset read in that
 * sense first ("put off" for "postponed"), else its definition's short head ("build again" for
 * "rebuilt"), its words each heard more often than the word and none made from it.
 */
function phraseKey(sense: LexSense, at: WordAt, lexicon: Lexicon): string | undefined {
	const wordSpoken = perMillion(lexicon, at.token.normal);
	const plainer = (p: string) => {
		const spoken = phrasePerMillion(lexicon, inflect(p, at));
		const heardMore = wordSpoken === undefined || (spoken ?? 0) >= 2 * wordSpoken;
		return plainOption(p, at, lexicon) && keyFitsFrame(p, at, lexicon, sense) && heardMore;
	};
	const filed = lemmaPhrases(sense).find(
		(p) => plainer(p) && lexicon.senses(p, at.pos)[0]?.id === sense.id
	);
	if (filed) return filed;
	const head = glossHead(sense, lexicon);
	return head && plainer(head) ? head : undefined;
}

/**
 * Whether a word is read in the sense first ("sign" is read as writing one's name, not as
 * ratifying; "exercise" as training, not as the use of something). A word of the sense's own
 * synset may also be read first in the sense's broader one: "emphasized" says "underscored" (give
 * extra weight to a communication) though its first sense is "stress, single out as important".
 */
function readsAs(
	w: string,
	sense: LexSense,
	pos: LexPos,
	lexicon: Lexicon,
	ownSynset = false
): boolean {
	const first = lexicon.senses(w, pos)[0]?.id ?? '';
	return first === sense.id || (ownSynset && sense.hypernyms.includes(first));
}

/** How many of a key word's first senses may hold the key's sense (vocabulary-key-says-sense). */
export const KEY_SENSE_RANK = 3;

/**
 * Whether a word of the sense's synset has it among its KEY_SENSE_RANK first senses, seen in it
 * often enough (rankedSense): "bother" is first "take the trouble", yet "the noise bothered them" reads as
 * "annoyed" (the sentence's slot picks the sense, as it does for the asked word).
 */
export function keyAmongFirstSenses(
	w: string,
	sense: LexSense,
	pos: LexPos,
	lexicon: Pick<Lexicon, 'senses'>
): boolean {
	return rankedSense(lexicon.senses(w, pos), sense.id);
}

/**
 * Whether a word's senses hold `id` among the first KEY_SENSE_RANK, tagged at least once and at
 * least a third as often as the word's first sense: "promise" is read as foretelling too seldom to
 * say "predicted".
 */
export function rankedSense(senses: readonly LexSense[], id: string): boolean {
	const top = senses[0]?.tagCount ?? 0;
	return senses
		.slice(0, KEY_SENSE_RANK)
		.some((s) => s.id === id && s.tagCount >= 1 && 3 * s.tagCount >= top);
}

/**
 * Whether a broader word says the sense: an adjective's only when its definition names it ("a
 * minor short-term fight" → "fight"; "superior" is no "excellent"); a verb's only when the
 * definition is a bare change with no way, aim or object of its own ("become smaller" → "decreased"):
 * "exported" loses the "without paying customs duties" of "smuggled", "tried" is not "expose to a
 * chance of loss" (risked).
 */
function broaderSays(w: string, sense: LexSense): boolean {
	const gloss = sense.gloss.toLowerCase();
	if (sense.pos !== 'v') return contentStems(gloss).has(stemOf(w));
	return !NARROWING_GLOSS.test(gloss) && !QUALIFIED_GLOSS.test(gloss);
}

const NARROWING_GLOSS = /^(be|make|engage in|subject to|have)\b|\b(lower|higher|more|less|again)\b/;
/** A definition that narrows its act by a way, an aim, a means or an object. */
const QUALIFIED_GLOSS =
	/\b(without|with|by|to|of|for|in|into|on|onto|as|from|at|about|against|through|so|secretly|illegally|carefully)\b/;

/** Nouns too broad to stand for a narrower one ("quality" is no synonym of "usefulness"). */
const GENERAL_NOUNS = new Set(
	'quality statement act activity thing state attribute event group property action feeling condition process relation communication message task work change part concept idea content measure amount matter situation'.split(
		' '
	)
);

/** A distractor: its word, the sense it stands for, and where it came from. */
interface Distractor {
	lemma: string;
	sense: LexSense;
	source: 'trap' | 'opposite' | 'sister' | 'field' | 'other' | 'neighbour';
}

/**
 * Distractors, each a plain word of the word's part of speech that fits the sentence's slot but
 * not its meaning: first the trap a reading teacher sets, a word for another sense of the word
 * (at most two); then the key's opposite or, for an adjective, a word of the opposite's cluster
 * ("small" for "immense"); then sister terms, other kinds of its broader sense ("shame", "hope"
 * for "astonishment"). Never words drawn from the article (review k7, k8): "landed" cannot stand
 * where "dogged by misfortune" does, and no reader weighs it. None has a sense near the
 * key's or the key word's, so none also reads well in the sentence.
 */
function pickDistractors(
	key: LexSense,
	keyWord: string,
	apart: readonly LexSense[],
	at: WordAt,
	lexicon: Lexicon
): Distractor[] {
	const out: Distractor[] = [];
	const keyWordSenses = lexicon.senses(keyWord, at.pos).slice(0, 3);
	type Apart = (w: string, key: LexSense, at: WordAt, lexicon: Lexicon, sense: LexSense) => boolean;
	// (A phrase only beside a phrase key: "calf love" beside "alarm" is a cue and no plain word.)
	const fits = (w: string, sense: LexSense, near: Apart = apartFromKey) =>
		(isPhrase(keyWord) || !isPhrase(w)) &&
		plainOption(w, at, lexicon) &&
		w !== keyWord &&
		!negationPair(w, keyWord) &&
		!out.some((o) => o.lemma === w || besideOption(o, sense, at.lemma)) &&
		near(w, key, at, lexicon, sense) &&
		(near === oppositeApart
			? !sharesSynset(w, keyWordSenses, at.pos, lexicon)
			: apartFromKeyWord(w, keyWord, keyWordSenses, key, at, lexicon, near === sisterApart)) &&
		fitsFrame(w, at, lexicon, sense);
	// A word read in the sense first: "small", not "little" as an amount (a definition's head is).
	const first = (w: string, sense: LexSense) =>
		lexicon.senses(w, at.pos)[0]?.id === sense.id || w === glossHead(sense, lexicon);
	// A phrase key's distractors are phrases where the sense has one, so the key is not the longest.
	const choices = (sense: LexSense) => {
		if (!isPhrase(keyWord)) return sense.words;
		const head = glossHead(sense, lexicon);
		return [...lemmaPhrases(sense), ...(head ? [head] : []), ...sense.words];
	};
	for (const sense of apart) {
		if (out.length === 2) break;
		const lemma = choices(sense).find((w) => fits(w, sense));
		if (lemma) out.push({ lemma, sense, source: 'trap' });
	}
	for (const sense of opposites(key, lexicon)) {
		if (out.length === 3) break;
		if (out.some((o) => o.source === 'opposite')) break;
		// An opposite may share the key's field ("excluded" for "encompassed"): it is no synonym;
		// a verb need not read in the opposite sense first, as none of its senses is near the key's.
		const lemma = choices(sense).find(
			(w) => (at.pos === 'v' || first(w, sense)) && fits(w, sense, oppositeApart)
		);
		if (lemma) out.push({ lemma, sense, source: 'opposite' });
	}
	// "amazement" for "astonishment": a sister sharing the ending too ("excitement"), so the key is
	// not the one option that looks like the word (vocabulary-key-alone-shares-ending).
	const ending = suffixOf(at.lemma);
	const keyShares = !!ending && formWord(keyWord, at.pos).endsWith(ending);
	const shares = (s: LexSense) => s.words.some((w) => !!ending && w.endsWith(ending));
	// An adjective has no broader sense: its sisters are heads of other clusters (vocabulary-adjectives.ts).
	const sisterSenses =
		at.pos === 'a'
			? adjectiveSisters(
					key,
					keyWord,
					lexicon,
					describedNounFiles(at.sentence.tokens, at.index, lexicon)
				)
			: sisters(key, at, lexicon);
	if (keyShares) sisterSenses.sort((a, b) => Number(shares(b)) - Number(shares(a)));
	// vocabulary-adjective-own-scale: an adjective's wrong options only from a scale its key is on
	// (vocabulary-neighbours.ts), never heads of other scales: "fiscal" offered "rare", "common",
	// "ordinary", a frequency scale that leaves "financial" the odd one out (review k14).
	for (const sense of at.pos === 'a' ? [] : sisterSenses) {
		if (out.length === 3) break;
		const lemma = choices(sense).find((w) => first(w, sense) && fits(w, sense, sisterApart));
		if (lemma) out.push({ lemma, sense, source: 'sister' });
	}
	// Then plain words for neighbouring meanings (vocabulary-neighbours.ts): "stayed", "wandered".
	if (isPhrase(keyWord)) return out;
	for (const sense of neighbourSenses(key, keyWord, at.pos, lexicon, at.lemma)) {
		if (out.length === 3) break;
		const lemma = sense.words[0]!;
		if (fits(lemma, sense, fieldApart)) out.push({ lemma, sense, source: 'neighbour' });
	}
	return out;
}

/**
 * Whether a sense says nearly what a chosen distractor says. Two sister terms share their broader
 * sense by nature ("anger" and "fear" are both feelings) and stand apart unless their words or
 * definitions meet ("engaged", "participated").
 */
function besideOption(o: Distractor, sense: LexSense, lemma: string): boolean {
	return nearSenses(o.sense, sense, lemma, o.source === 'sister');
}

/** How often a sister term may be tagged: above, it says nothing ("make", "take"). */
const OPTION_MAX_TAGS = 400;

/**
 * Whether the key's opposite is clear of the key (vocabulary-opposite-apart): no sense of it is the
 * key's own or of the key's cluster. An opposite is often defined by negating the key ("dry: free
 * from liquid … no longer wet"), which the gloss test of `nearSenses` reads as nearness: "dry" was
 * refused for "moist" and "quiet" offered instead.
 */
const oppositeApart = (w: string, key: LexSense, at: WordAt, lexicon: Lexicon) =>
	oppositeClear(lexicon.senses(w, at.pos), key);

/** Whether no sense is the key's own, of its cluster or its broader or narrower sense. */
export function oppositeClear(senses: readonly LexSense[], key: LexSense): boolean {
	return !senses.some(
		(s) =>
			s.id === key.id ||
			s.similar.includes(key.id) ||
			key.similar.includes(s.id) ||
			s.hypernyms.includes(key.id) ||
			key.hypernyms.includes(s.id)
	);
}

/** Whether `w` has a sense among the key word's own (a synonym of the key, not its opposite). */
function sharesSynset(
	w: string,
	keyWordSenses: readonly LexSense[],
	pos: LexPos,
	lexicon: Lexicon
): boolean {
	return lexicon.senses(w, pos).some((s) => keyWordSenses.some((k) => k.id === s.id));
}

/** Whether a word of the key's field has no sense near the key's (same synset, kind, cluster, gloss). */
const fieldApart = (w: string, key: LexSense, at: WordAt, lexicon: Lexicon) =>
	!lexicon.senses(w, at.pos).some((s) => nearSenses(s, key, w));

/**
 * The key's opposite senses: its antonyms and a verb's broader act's, and for an adjective its
 * cluster head's antonym and that head's satellites ("immense" → huge, large ↔ small: small, tiny, minor …), the head first;
 * one of them at most is offered, as two would say nearly the same.
 */
function opposites(key: LexSense, lexicon: Lexicon): LexSense[] {
	const byId = (id: string) => lexicon.synsetById?.(id);
	// A verb's broader act's opposite is its own ("encompassed" is a way of including: "excluded").
	const broader = key.pos === 'v' ? key.hypernyms : [];
	const heads = [key, ...[...(key.heads ?? []), ...broader].flatMap((id) => byId(id) ?? [])];
	const out: LexSense[] = [];
	for (const head of heads)
		for (const id of head.antonymIds ?? []) {
			const opposite = byId(id);
			if (!opposite) continue;
			out.push(opposite);
			if (key.pos === 'a') out.push(...opposite.similar.flatMap((s) => byId(s) ?? []));
		}
	return out;
}

/** The dictionary's topic file of verbs of being and having (verb.stative). */
const STATIVE_VERBS = 42;

/** How many kinds a noun's broader sense has for its sisters to stand apart from the key. */
const BROAD_CLASS = 12;
/** How many kinds make a noun a class rather than a sister term. */
const CLASS_KINDS = 5;
/** Noun topics whose sister terms one step further up are still of the key's kind: attribute, feeling, state. */
const WIDE_SISTER_FILES = new Set([7, 12, 26]);

/**
 * The key's sister terms: the other kinds of its broader sense ("secure" under "attach": "insert",
 * "append" …), then for a noun or verb the kinds of the senses beside that broader one (for
 * "astonishment", a kind of surprise, the other feelings: "anger", "joy", "fear"), in the key's
 * own field, the most often tagged first. A reader who does not know the word weighs them all.
 */
export function sisters(key: LexSense, at: Pick<WordAt, 'pos'>, lexicon: Lexicon): LexSense[] {
	const byId = lexicon.synsetById?.bind(lexicon);
	if ((at.pos !== 'v' && at.pos !== 'n') || !byId) return [];
	// A state's sister states are ways of being alike or in accord ("paralleled", "accorded" beside
	// "resembled"): each would also read well in the sentence.
	if (at.pos === 'v' && key.lexFile === STATIVE_VERBS) return [];
	const kindsOf = (id: string) => byId(id)?.hyponyms ?? [];
	// A noun's sisters under a narrow class are shades of it ("horror", "panic" beside "alarm",
	// all kinds of fear): only a broad class's ("feeling") stand apart. A message's are no
	// answer a reader weighs ("subject", "request" for "narrative").
	const broad = (h: string) =>
		at.pos === 'v' || (WIDE_SISTER_FILES.has(key.lexFile) && kindsOf(h).length >= BROAD_CLASS);
	const siblings = key.hypernyms.filter(broad).flatMap(kindsOf);
	// One step further up, for a verb, a feeling, a state or a quality: the broader sense's own
	// sisters and their kinds ("anger", "joy" beside "fear"; "swerve", "bounce" beside "shake").
	// An act's or a message's are too broad a class to be weighed ("election", "management"
	// for "insurrection").
	const up = at.pos === 'v' || WIDE_SISTER_FILES.has(key.lexFile) ? key.hypernyms : [];
	const aunts = up.flatMap((h) => byId(h)?.hypernyms ?? []).flatMap(kindsOf);
	const cousins = aunts
		.filter((id) => !key.hypernyms.includes(id))
		.flatMap((id) => [id, ...kindsOf(id)]);
	const seen = new Set<string>([key.id, ...key.hypernyms]);
	const heard = (s: LexSense) => Math.max(0, ...s.words.map((w) => lexicon.frequency(w, at.pos)));
	// A noun with many kinds of its own is a class ("emotion" beside "astonishment"), and a word
	// tagged very often says nothing ("take" beside "perpetrate"): neither is a sister to weigh.
	const classOf = (s: LexSense) =>
		(at.pos === 'n' && kindsOf(s.id).length >= CLASS_KINDS) || heard(s) > OPTION_MAX_TAGS;
	const ranked = (ids: string[]) => {
		const out: LexSense[] = [];
		for (const id of ids) {
			const sense = seen.has(id) ? undefined : byId(id);
			seen.add(id);
			if (
				sense &&
				sense.lexFile === key.lexFile &&
				!sense.hypernyms.includes(key.id) &&
				!classOf(sense)
			)
				out.push(sense);
		}
		return out.sort((a, b) => heard(b) - heard(a));
	};
	return [...ranked(siblings), ...ranked(cousins)];
}

/**
 * Whether a sister term means clearly another act: not the key's sense or a kind of it, not defined
 * as the broader act done some way ("nail: attach something with nails" is a way of fastening),
 * its definition sharing no word with the key's.
 */
function sisterApart(
	w: string,
	key: LexSense,
	_at: WordAt,
	lexicon: Lexicon,
	sense?: LexSense
): boolean {
	if (!sense) return false;
	const own = lexicon.senses(w, key.pos);
	if (own.some((s) => s.id === key.id || s.hypernyms.includes(key.id))) return false;
	const broader = key.hypernyms.flatMap((h) => lexicon.synsetById?.(h)?.words ?? []);
	const gloss = contentStems(sense.gloss);
	// A noun's definition names its class ("a feeling of calm"): only a verb's is a way of doing.
	if (key.pos === 'n') for (const b of broader) gloss.delete(stemOf(b));
	if ([...broader, ...key.words].some((b) => gloss.has(stemOf(b)))) return false;
	const keyGloss = contentStems(`${key.gloss} ${key.words.join(' ')}`);
	if ([...gloss].some((g) => keyGloss.has(g))) return false;
	return !sense.words.some((x) => keyGloss.has(stemOf(x)));
}

/** Whether `w` shares no sense with the key word and neither is the other's broader word. */
function apartFromKeyWord(
	w: string,
	keyWord: string,
	keyWordSenses: readonly LexSense[],
	key: LexSense,
	at: WordAt,
	lexicon: Lexicon,
	sister = false
): boolean {
	if ((key.broaderWords ?? []).includes(w)) return false;
	const own = lexicon.senses(w, at.pos).slice(0, 3);
	if (own.some((s) => (s.broaderWords ?? []).includes(keyWord))) return false;
	return !own.some((s) => keyWordSenses.some((k) => nearSenses(k, s, w, sister)));
}

/**
 * A verb key is read as the word is used in both its first senses: "she enrolled at the college"
 * is no "recruited", read first as taking someone on (review k7 P7-Q8, k8 P2-Q9), though the
 * dictionary files "recruit" in the same sense as "enroll".
 */
function keyFitsFrame(w: string, at: WordAt, lexicon: Lexicon, sense?: LexSense): boolean {
	if (at.pos !== 'v') return true;
	const senses = lexicon.senses(w, 'v');
	// A definition's head is its sense's and takes its object as the sense does.
	if (!senses.length) return !!sense && takesObjectAsUsed(sense, at);
	return senses.slice(0, 2).every((s) => takesObjectAsUsed(s, at));
}

/** A verb distractor takes an object as the word does in its sentence ("refused the offer"). */
function fitsFrame(w: string, at: WordAt, lexicon: Lexicon, sense?: LexSense): boolean {
	if (at.pos !== 'v') return true;
	const senses = lexicon.senses(w, 'v');
	if (!senses.length) return !!sense && takesObjectAsUsed(sense, at);
	return senses.slice(0, 2).some((s) => takesObjectAsUsed(s, at));
}

/** Whether no sense of `w` could stand for the key's sense in the sentence. */
export function apartFromKey(
	w: string,
	key: LexSense,
	at: Pick<WordAt, 'pos'>,
	lexicon: Pick<Lexicon, 'senses'>
) {
	const own = lexicon.senses(w, at.pos);
	if (own.some((s) => nearSenses(s, key, w))) return false;
	const main = own[0];
	return !main || at.pos === 'a' || at.pos === 'r' || main.lexFile !== key.lexFile;
}

/** The candidate: the stem names the paragraph and quotes the words around the word. */
function candidate(
	at: WordAt,
	norm: NormalizedText,
	word: VocabularyWord,
	options: string[]
): Candidate | undefined {
	const s = at.sentence;
	const fact = wholeSentenceFact(s, {
		id: `word-${s.index}-${at.index}`,
		kind: 'word',
		value: { text: at.token.text, start: at.token.start, end: at.token.end, type: 'thing' },
		statement: s.text,
		salience: 0.5
	});
	const number = paragraphNumber(norm, s.paragraph);
	// One paragraph is most often lines the reader sees apart, joined as hard-wrapped prose: its
	// number would point to the first of them.
	const single = norm.paragraphs.filter((p) => !p.heading).length === 1;
	const where = number && !single ? `paragraph ${number} ` : 'the article ';
	const phrase = phraseAround(at, norm);
	if (!phrase) return undefined;
	const stem = `As used in ${where}("${phrase}"), what does "${at.token.text}" ${VOCABULARY_QUESTION}`;
	const c: Candidate = {
		id: `${fact.id}-vocabulary`,
		kind: 'vocabulary',
		stem,
		answer: options[0]!,
		distractors: options.slice(1),
		fact,
		source: { sentence: s.text, start: s.start, end: s.end },
		explanation: word.glossed
			? `Here "${at.token.text}" means "${options[0]}". The article says: "${s.text}"`
			: `Here "${at.token.text}" means ${options[0]}: ${word.key.gloss}. The article says: "${s.text}"`,
		word
	};
	return c;
}

/** The paragraph's number as a reader counts them: headings are no paragraphs. */
function paragraphNumber(norm: NormalizedText, paragraph: number): number {
	return norm.paragraphs.slice(0, paragraph + 1).filter((p) => !p.heading).length;
}

/**
 * Whether the word is an item of a comma list ("green, yellow, mauve, black"): its neighbours are
 * other items, so the context says nothing of what it means (a quote past the commas would show it).
 */
export function listMember(tokens: readonly Token[], i: number): boolean {
	return i > 0 && /,/.test(tokens[i - 1]!.post) && /,/.test(tokens[i]!.post);
}

/** A sentence of at most this many words is quoted whole. */
export const QUOTE_WHOLE_MAX_WORDS = 16;

/** How many words each side of the word a quote reaches for, past a comma if need be. */
const QUOTE_SIDE_MIN = 3;

/** How many words each side of the word a quote of a longer sentence may hold. */
const QUOTE_SIDE_MAX = 6;

/**
 * The words the stem quotes around the word: a short sentence whole, else the word's clause, at
 * least QUOTE_SIDE_MIN words each side where the sentence has them (past a comma: "… a sticky,
 * patchy film instead of a smooth …", not "… patchy film instead of a …", review k13: too short to
 * show the context), with an ellipsis where cut; a bracket, a quote, ";" or ":" ends it.
 */
export function phraseAround(at: Pick<WordAt, 'sentence' | 'index'>, norm: NormalizedText) {
	const tokens = at.sentence.tokens;
	if (listMember(tokens, at.index)) return undefined;
	// (A bracket or quote may open on a word, "(a renowned …": the phrase stops after it.)
	const opens = (t: Token) => /[()"“”]/.test(t.pre);
	const hard = /[;:()"“”]/;
	const marked = tokens.some((t) => /[()"“”]/.test(t.pre + t.post));
	let from = at.index;
	let to = at.index;
	if (tokens.length <= QUOTE_WHOLE_MAX_WORDS && !marked) {
		from = 0;
		to = tokens.length - 1;
	} else {
		// Back to the clause's start (a comma ends it once QUOTE_SIDE_MIN words are in).
		while (from > 0 && at.index - from < QUOTE_SIDE_MAX && !opens(tokens[from]!)) {
			const post = tokens[from - 1]!.post;
			if (hard.test(post) || (/,/.test(post) && at.index - from >= QUOTE_SIDE_MIN)) break;
			from--;
		}
		while (to < tokens.length - 1 && to - at.index < QUOTE_SIDE_MAX && !opens(tokens[to + 1]!)) {
			const post = tokens[to]!.post;
			if (hard.test(post) || (/,/.test(post) && to - at.index >= QUOTE_SIDE_MIN)) break;
			to++;
		}
	}
	const text = norm.text
		.slice(tokens[from]!.start, tokens[to]!.end)
		.replace(/\s+/g, ' ')
		.replace(/["“”]/g, "'")
		.trim();
	if (to - from < 3) return undefined;
	return `${from > 0 ? '… ' : ''}${text}${to < tokens.length - 1 ? ' …' : ''}`;
}
