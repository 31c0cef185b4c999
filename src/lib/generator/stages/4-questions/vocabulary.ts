// "As used in paragraph 3 ("… abruptly halted the programme …"), what does "halted" most nearly
// mean?": a less common word the context explains. The key is a plainer synonym of the word's sense
// in its sentence (vocabulary-senses.ts: only when sure); the distractors are words for the word's
// other senses, the trap a reading teacher sets, each in the word's own inflection ("stopped",
// "detained", "limped", "blocked"). Without a sense dictionary (`Lexicon`) there are none.
import nlp from 'compromise';
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
import { wholeSentenceFact } from '../3-facts/sentences';
import { chooseSense, confident, nearSenses, stemOf, tagTotal } from './vocabulary-senses';

export const VOCABULARY_QUESTION = 'most nearly mean?';
/** How often the corpus tagged a word worth asking: fewer is obscure, more is a word all know. */
export const WORD_TAGS = { min: 2, max: 18 };
/** How often a key or distractor must have been tagged: a plain word a learner knows. */
export const OPTION_MIN_TAGS = 4;
/**
 * Noun topics worth a vocabulary item: acts, attributes, thought, communication, events, feelings,
 * motives, phenomena, possession, processes, relations, states. People, times, things, animals and
 * places ("daughter", "winter", "museum", "mayor") are words a learner knows or looks at.
 */
const ABSTRACT_NOUN_FILES = new Set([4, 7, 9, 10, 11, 12, 16, 19, 21, 22, 24, 26]);
/** Items per article: a quiz is not a vocabulary list. */
const MAX_ITEMS = 2;

/** A word of the article that might be asked, where it stands and how it is filed. */
interface WordAt {
	sentence: Sentence;
	index: number;
	token: Token;
	pos: LexPos;
	lemma: string;
}

/** The vocabulary candidates of an article, the surest first, at most two. */
export function vocabularyCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	lexicon: Lexicon
): Candidate[] {
	const counts = stemCounts(sentences);
	const out: { c: Candidate; score: number }[] = [];
	const words = [...wordsToAsk(sentences, norm, lexicon)];
	const others = otherSenses(words, lexicon);
	for (const at of words) {
		if ((counts.get(stemOf(at.lemma)) ?? 0) > 2) continue;
		const made = itemFor(at, norm, lexicon, others);
		if (made && !out.some((o) => o.c.word!.lemma === at.lemma)) out.push(made);
	}
	out.sort((a, b) => b.score - a.score || a.c.fact.sentence - b.c.fact.sentence);
	const picked: Candidate[] = [];
	for (const { c } of out)
		if (picked.length < MAX_ITEMS && !picked.some((p) => p.fact.paragraph === c.fact.paragraph))
			picked.push(c);
	return picked;
}

/** Senses other words of the article are mostly read in: definitions to fill distractors from. */
type OtherSenses = (pos: LexPos) => { lemma: string; sense: LexSense }[];

/** The main sense of each other plain word of the article, by part of speech, looked up once. */
function otherSenses(words: readonly WordAt[], lexicon: Lexicon): OtherSenses {
	const byPos = new Map<LexPos, { lemma: string; sense: LexSense }[]>();
	return (pos) => {
		let list = byPos.get(pos);
		if (!list) {
			const lemmas = [...new Set(words.filter((w) => w.pos === pos).map((w) => w.lemma))];
			list = lemmas
				.filter((l) => lexicon.frequency(l, pos) >= OPTION_MIN_TAGS)
				.slice(0, 60)
				.map((lemma) => ({ lemma, sense: lexicon.senses(lemma, pos)[0]! }))
				.filter((o) => o.sense);
			byPos.set(pos, list);
		}
		return list;
	};
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
	if (has('Adverb')) return t.normal.endsWith('ly') ? 'r' : undefined;
	return undefined;
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
	lexicon: Lexicon,
	others: OtherSenses
): { c: Candidate; score: number } | undefined {
	const total = tagTotal(lexicon, at.lemma, at.pos);
	if (total > WORD_TAGS.max) return undefined;
	// A word the corpus hardly tagged is asked only when it has one sense and is no term the
	// article defines: "persevered", not "isotope" ("an isotope is …").
	const rare = total < WORD_TAGS.min;
	if (rare && (at.pos === 'a' || at.pos === 'r' || definesTerm(at))) return undefined;
	const para = norm.paragraphs[at.sentence.paragraph];
	const paragraph = para ? norm.text.slice(para.start, para.end) : at.sentence.text;
	const senses = lexicon.senses(at.lemma, at.pos);
	if (rare && senses.length !== 1) return undefined;
	const choice = chooseSense(senses, at.lemma, at.sentence.text, paragraph);
	if (!choice) return undefined;
	if (at.pos === 'n' && !ABSTRACT_NOUN_FILES.has(choice.key.lexFile)) return undefined;
	if (!confident(choice) || !takesObjectAsUsed(choice.key, at)) return undefined;
	// The word itself must come out of its base form as written, or the options will not match it.
	if (inflect(at.lemma, at) !== at.token.normal) return undefined;
	const options =
		wordOptions(choice.key, choice.apart, at, total, lexicon) ??
		glossOptions(choice.key, [...choice.apart, ...fillers(at, others)], at, lexicon);
	if (!options) return undefined;
	const { form, lemmas, distractorSenses } = options;
	const word: VocabularyWord = {
		text: at.token.text,
		lemma: at.lemma,
		pos: at.pos,
		key: choice.key,
		distractorSenses,
		form,
		optionLemmas: lemmas,
		optionSenses: form === 'word' ? lemmas.map((l) => lexicon.senses(l, at.pos)) : [],
		optionTotals: form === 'word' ? lemmas.map((l) => tagTotal(lexicon, l, at.pos)) : [],
		tagTotal: total,
		apart: choice.apart.length,
		senseCount: choice.senseCount,
		dominance: choice.dominance,
		keyOverlap: choice.keyOverlap,
		apartOverlap: choice.apartOverlap,
		sentence: at.sentence.text,
		paragraph
	};
	const c = candidate(at, norm, word, options.texts);
	if (!c) return undefined;
	// The surest and least common words first; a verb or an adjective before a noun.
	const score =
		Math.min(choice.keyOverlap, 4) / 4 - total / WORD_TAGS.max + (at.pos === 'n' ? 0 : 0.3);
	return { c, score };
}

/** The four options and where they come from, when the word's senses give them. */
interface Options {
	form: 'word' | 'gloss';
	texts: string[];
	lemmas: string[];
	distractorSenses: LexSense[];
}

/** One-word options: a plainer synonym of the sense as key, words of other senses as distractors. */
function wordOptions(
	key: LexSense,
	apart: readonly LexSense[],
	at: WordAt,
	total: number,
	lexicon: Lexicon
): Options | undefined {
	const keyWord = pickKey(key, at, total, lexicon);
	if (!keyWord) return undefined;
	const distractors = pickDistractors(key, apart, at, [keyWord], lexicon);
	if (distractors.length < 3) return undefined;
	const lemmas = [keyWord, ...distractors.map((d) => d.lemma)];
	const texts = lemmas.map((l) => inflect(l, at));
	return { form: 'word', texts, lemmas, distractorSenses: distractors.map((d) => d.sense) };
}

/** Definitions as options: the sense's own, and those of other senses filed under other topics. */
function glossOptions(
	key: LexSense,
	apart: readonly LexSense[],
	at: WordAt,
	lexicon: Lexicon
): Options | undefined {
	const keyText = glossOption(key, at, lexicon);
	if (!keyText) return undefined;
	const picked: { text: string; sense: LexSense }[] = [];
	for (const sense of apart) {
		if (picked.length === 3) break;
		if ((at.pos === 'n' || at.pos === 'v') && sense.lexFile === key.lexFile) continue;
		if (nearSenses(key, sense, at.lemma)) continue;
		if (picked.some((p) => nearSenses(p.sense, sense, at.lemma))) continue;
		const text = glossOption(sense, at, lexicon);
		if (text && text !== keyText && !picked.some((p) => p.text === text))
			picked.push({ text, sense });
	}
	if (picked.length < 3) return undefined;
	const texts = [keyText, ...picked.map((p) => p.text)];
	return { form: 'gloss', texts, lemmas: [], distractorSenses: picked.map((p) => p.sense) };
}

/**
 * Main senses of the article's other nouns or verbs filed under other topics than the word's: a
 * definition of another word, which cannot be this one's in its sentence. (Not adjectives: their
 * senses are not filed by topic, and "tall" reads into most places "famous" does.)
 */
function fillers(at: WordAt, others: OtherSenses): LexSense[] {
	if (at.pos !== 'n' && at.pos !== 'v') return [];
	const inSentence = new Set(at.sentence.tokens.map((t) => t.root ?? t.normal));
	return others(at.pos)
		.filter((o) => o.lemma !== at.lemma && !inSentence.has(o.lemma))
		.map((o) => o.sense);
}

/** "during of holidays", "intended to do": a definition the dictionary garbles or cuts short. */
const GARBLED =
	/\b(during|of|to|from|in|on|at|by|for|with|as) (of|to|from|in|on|at|by|for|with)\b|\b(of|to|from|the|a|an|and|or|being|do|be|in|on|at|with|for|by|into|its|their|his|her|any|some)$/;

/** Longest definition offered as an option, in words. */
export const GLOSS_MAX_WORDS = 7;

/**
 * A sense's definition as an option: its first part, without asides, two to seven words, none made
 * from the word; a verb's first word in the word's inflection ("cause to stop" → "caused to stop").
 */
function glossOption(sense: LexSense, at: WordAt, lexicon: Lexicon): string | undefined {
	let text = sense.gloss
		.split(/;/)[0]!
		.replace(/\([^)]*\)/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (at.pos === 'n') {
		if (at.token.tags.has('Plural')) return undefined;
		text = text.replace(/^(a|an|the)\s+/i, '');
	}
	// (Never cut at "or": "keep in mind or convey as a conviction" is not "keep in mind".)
	if (GARBLED.test(text) || text.includes(',')) return undefined;
	const words = text.split(' ');
	if (words.length < 2 || words.length > GLOSS_MAX_WORDS) return undefined;
	if (!/^[a-z][a-z ,'-]*[a-z]$/.test(text)) return undefined;
	if (words.some((w) => madeFrom(w, at.lemma))) return undefined;
	if (at.pos === 'v') {
		const [first, ...rest] = words;
		// "was worthy of" for "are rated" is no participle.
		if (!lexicon.frequency(first!, 'v')) return undefined;
		if (/^(be|have)$/.test(first!) && inflect('walk', at) !== 'walk') return undefined;
		// "became smaller or lost substance": a verb after "or" takes the same form.
		const after = rest.map((w, i) =>
			/^(or|and)$/.test(rest[i - 1] ?? '') && lexicon.frequency(w, 'v') > lexicon.frequency(w, 'n')
				? inflect(w, at)
				: w
		);
		return [inflect(first!, at), ...after].join(' ');
	}
	return text;
}

/** A base form in the inflection the word has in its sentence ("stop" → "stopped" for "halted"). */
export function inflect(lemma: string, at: Pick<WordAt, 'token' | 'pos' | 'sentence' | 'index'>) {
	const t = at.token;
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

/** A verb's forms by the tagger's names (PastTense, Participle …), worked out once per verb. */
const CONJUGATED = new Map<string, Record<string, string> | undefined>();
function conjugations(verb: string): Record<string, string> | undefined {
	if (!CONJUGATED.has(verb)) {
		const doc = nlp(verb).tag('Infinitive') as ReturnType<typeof nlp>;
		CONJUGATED.set(verb, doc.verbs().conjugate()[0] as Record<string, string> | undefined);
	}
	return CONJUGATED.get(verb);
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
	if (w.length === 3 && lemma.startsWith(w)) return true;
	if (w.length < 4) return false;
	return w.slice(0, 4) === lemma.slice(0, 4) || lemma.includes(w.slice(0, Math.min(5, w.length)));
}

/** A one-word option a learner knows: not the word, not made from it, not in its sentence. */
function plainWord(w: string, at: WordAt, lexicon: Lexicon): boolean {
	if (!/^[a-z]{3,}$/.test(w) || w === at.lemma) return false;
	if (madeFrom(w, at.lemma)) return false;
	if (at.sentence.tokens.some((t) => t.normal === w || t.root === w)) return false;
	return tagTotal(lexicon, w, at.pos) >= OPTION_MIN_TAGS;
}

/**
 * The key: a plainer word of the chosen synset (more often tagged than the word itself) that reads
 * in that sense first or second, so the key says the sense and not another of its own.
 */
function pickKey(sense: LexSense, at: WordAt, total: number, lexicon: Lexicon): string | undefined {
	const fits = sense.words.filter((w) => {
		if (!plainWord(w, at, lexicon) || tagTotal(lexicon, w, at.pos) <= total) return false;
		const own = lexicon.senses(w, at.pos);
		return own.slice(0, 2).some((s) => s.id === sense.id);
	});
	fits.sort((a, b) => tagTotal(lexicon, b, at.pos) - tagTotal(lexicon, a, at.pos));
	return fits[0];
}

/**
 * Distractors: a plain word for each other sense of the word, as long as no sense of that word is
 * near the key's (a synonym, a kind of it, one of its kind) and its main sense is not filed under
 * the key's topic (for nouns and verbs), so it cannot also be read into the sentence.
 */
function pickDistractors(
	key: LexSense,
	apart: readonly LexSense[],
	at: WordAt,
	taken: string[],
	lexicon: Lexicon
): { lemma: string; sense: LexSense }[] {
	const out: { lemma: string; sense: LexSense }[] = [];
	for (const sense of apart) {
		if (out.length === 3) break;
		const lemma = sense.words.find(
			(w) =>
				plainWord(w, at, lexicon) &&
				!taken.includes(w) &&
				!out.some((o) => o.lemma === w) &&
				apartFromKey(w, key, at, lexicon) &&
				!out.some((o) => nearSenses(o.sense, sense, at.lemma))
		);
		if (lemma) out.push({ lemma, sense });
	}
	return out;
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
	const where = number ? `paragraph ${number} ` : '';
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
		explanation: `Here "${at.token.text}" means ${options[0]}: ${word.key.gloss}. The article says: "${s.text}"`,
		word
	};
	return c;
}

/** The paragraph's number as a reader counts them: headings are no paragraphs. */
function paragraphNumber(norm: NormalizedText, paragraph: number): number {
	return norm.paragraphs.slice(0, paragraph + 1).filter((p) => !p.heading).length;
}

/** Up to four words either side of the word, inside its clause, with an ellipsis where cut. */
function phraseAround(at: WordAt, norm: NormalizedText): string | undefined {
	const tokens = at.sentence.tokens;
	let from = at.index;
	let to = at.index;
	while (from > 0 && at.index - from < 4 && !/[,;:()"“”]/.test(tokens[from - 1]!.post)) from--;
	while (to < tokens.length - 1 && to - at.index < 4 && !/[,;:()"“”]/.test(tokens[to]!.post)) to++;
	const text = norm.text
		.slice(tokens[from]!.start, tokens[to]!.end)
		.replace(/\s+/g, ' ')
		.replace(/["“”]/g, "'")
		.trim();
	if (to - from < 3) return undefined;
	return `${from > 0 ? '… ' : ''}${text}${to < tokens.length - 1 ? ' …' : ''}`;
}
