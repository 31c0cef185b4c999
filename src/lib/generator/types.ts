// Plain typed contracts shared by the pipeline stages and the app. No behaviour lives here.

/**
 * Question kinds; `statement` is the comprehension kind ("Which statement does the article
 * support?"), `gap` a sentence of the article with one value left blank ("Fill in the blank: …"),
 * `sequence` four dated events of the article to order ("Which of these happened first?").
 */
export type QuestionKind =
	| 'who'
	| 'what'
	| 'where'
	| 'when'
	| 'how-many'
	| 'role'
	| 'who-said'
	| 'why'
	| 'gap'
	| 'statement'
	| 'sequence'
	/** "What is the article mainly about?": its gist among a narrow, a broad and a passing topic. */
	| 'main-idea'
	/** "Which of these does the article NOT name among …?": three listed items and an outsider. */
	| 'not-stated'
	/** "As used in paragraph 3 (…), what does "halted" most nearly mean?": a word in context. */
	| 'vocabulary'
	/**
	 * "Which sentence from the article best supports the claim that …?": four of the article's
	 * sentences on one subject, one of which bears out a claim made of it in plain words.
	 */
	| 'supporting-evidence'
	/** "What happened as a result of …?": what the article says a cause led to. */
	| 'effect';

export const QUESTION_KINDS: readonly QuestionKind[] = [
	'who',
	'what',
	'where',
	'when',
	'how-many',
	'role',
	'who-said',
	'why',
	'gap',
	'statement',
	'sequence',
	'main-idea',
	'not-stated',
	'vocabulary',
	'supporting-evidence',
	'effect'
];

/** The reading skill a question practises; labels and the kind → skill table in skills.ts. */
export type Skill =
	'key-details' | 'main-idea' | 'cause-effect' | 'sequence' | 'vocabulary' | 'text-evidence';

/** The type of an answer; distractors must share it. */
export type ValueType =
	| 'person'
	| 'organisation'
	| 'place'
	| 'year'
	| 'date'
	| 'weekday'
	| 'quantity'
	| 'title'
	/** A common-noun phrase: a thing or idea the article talks about. */
	| 'thing'
	/** The reason the article gives for something, from "because" on. */
	| 'reason';

/** `statement`: a whole sentence that can stand alone, with one swappable value. */
export type FactKind =
	| 'event'
	| 'role'
	| 'quote'
	| 'quantity'
	| 'date'
	| 'place'
	| 'statement'
	/** A clause and the reason the article gives for it ("… because …"). */
	| 'cause'
	/** What the whole article is about: its key phrase, from the sentence that states it. */
	| 'gist'
	/** Three or more members of one set a sentence lists ("cholera, leprosy and anthrax"). */
	| 'list'
	/** A word read in its sentence: what a vocabulary item asks the meaning of. */
	| 'word';

export interface Span {
	text: string;
	start: number;
	end: number;
}

export interface Token {
	text: string;
	/** Lower-cased, punctuation-free form from the parser. */
	normal: string;
	start: number;
	end: number;
	/** Punctuation and spaces around the token, as in the text. */
	pre: string;
	post: string;
	tags: ReadonlySet<string>;
	/** Infinitive for verbs, when the parser knows it. */
	root?: string;
}

export interface Sentence extends Span {
	index: number;
	paragraph: number;
	tokens: Token[];
}

export type EntityType = 'person' | 'organisation' | 'place';

export interface Mention extends Span {
	type: EntityType;
	sentence: number;
	/** Token range [tokenStart, tokenEnd) in the sentence. */
	tokenStart: number;
	tokenEnd: number;
	/** Id of the entity this mention names after alias merging. */
	entity: string;
	/** Set when the mention is a resolved pronoun ("he" → the person it names). */
	resolvedFrom?: string;
}

/** What kind of place a place entity is, when a lexicon knows it. */
export type PlaceKind = 'country' | 'city' | 'state' | 'region';

export interface Entity {
	id: string;
	type: EntityType;
	/** Longest full form in the article ("Donald Trump" for "Trump" and "Mr. Trump"). */
	name: string;
	aliases: string[];
	mentions: number;
	firstSentence: number;
	subtype?: PlaceKind;
	titles: string[];
	/** For people, when the tagger knows the given name: which names to offer beside this one. */
	gender?: 'male' | 'female';
	/** For a person named by one word only: a given name ("Gloria") or a surname ("Smith"). */
	nameForm?: 'given' | 'family';
	/** Set when a mention runs on into a longer name ("National Museum" of "… of the U.S. Air Force"). */
	partial?: boolean;
	/** Set when every mention of a "person" names a work or a character ("the novel Angel Catbird"). */
	work?: boolean;
	/** For people, the common noun the article first puts before the name ("art historian Daniel Robbins"). */
	calling?: string;
}

/** A clause broken into the parts question stems are built from. */
export interface ClauseFrame {
	/** Fronted adverbial text to keep ("In the first half,"), or empty. */
	subject: string;
	/** Verb chunk as written ("was arrested", "defeated"). */
	verb: string;
	/** First auxiliary when the chunk has one ("was"), else empty. */
	aux: string;
	/** Verb chunk after the auxiliary, or the infinitive with do-support ("arrested", "defeat"). */
	verbRest: string;
	/** "did", "does" or "do" when the stem needs do-support. */
	doSupport: string;
	/** Predicate words before and after the value phrase. */
	before: string;
	after: string;
	/** Preposition that governed the value, if any ("in", "on"). */
	prep: string;
	/** Noun the quantity counts ("people" in "107 people"), or for a percentage its "of" phrase. */
	unitNoun?: string;
	/** Set when the value is a percentage of `unitNoun` ("70 percent of the market"). */
	percent?: boolean;
	/** Where the value sits in the clause. */
	slot: 'subject' | 'object';
}

export interface Fact {
	id: string;
	kind: FactKind;
	sentence: number;
	paragraph: number;
	/** The sentence's offsets in the normalized text. */
	start: number;
	end: number;
	/** Who did what, readable. */
	subject: string;
	action: string;
	object: string;
	/** The typed item the fact is about, with offsets in the normalized text. */
	value: Span & { type: ValueType; entity?: string };
	/** The clause restated as a sentence (for statements and explanations). */
	statement: string;
	frame?: ClauseFrame;
	/** For statements: further values in the sentence that can be swapped besides `value`. */
	swaps?: (Span & { type: ValueType; entity?: string })[];
	/**
	 * For statements: values only a blank may ask about ("Defense Secretary _____"): a person after
	 * a title, whom a swapped statement would give a title that is not theirs.
	 */
	blanks?: (Span & { type: ValueType; entity?: string })[];
	/** For statements: the statement with one reversible word reversed ("more" → "less"). */
	reversal?: string;
	/** What a statement is about ("Neptune"): named in the stem of its statement item. */
	topic?: string;
	/** For statements: the statement negated through its main verb, when that is clean. */
	negation?: string;
	/** For quotes: the quoted or reported words. */
	quote?: string;
	/** For roles: the person named. */
	person?: string;
	/** For causes found by the broader links ("since", "so that", "as a result of"). */
	broad?: boolean;
	/** For causes: what the reason explains, as a clause with its subject named. */
	effect?: string;
	salience: number;
}

/** A sentence of the article and its offsets in the normalized text. */
export interface SourceSentence {
	sentence: string;
	start: number;
	end: number;
}

export interface Question {
	id: string;
	kind: QuestionKind;
	/** The reading skill the question practises (skills.ts). */
	skill: Skill;
	stem: string;
	options: [string, string, string, string];
	answerIndex: number;
	source: SourceSentence;
	/**
	 * Further sentences the answer rests on, besides `source`, in article order: the events of a
	 * sequence item, the sentences an evidence item weighs. "Show in article" marks them all.
	 */
	evidence?: SourceSentence[];
	factId: string;
	difficulty: number;
	explanation: string;
}

/** A question before validation: the answer and distractors are not yet shuffled. */
export interface Candidate {
	id: string;
	kind: QuestionKind;
	stem: string;
	answer: string;
	distractors: string[];
	fact: Fact;
	source: SourceSentence;
	/** Further sentences the answer rests on (Question.evidence). */
	evidence?: SourceSentence[];
	explanation: string;
	/** A statement item whose wrong options come partly from other sentences. */
	composite?: boolean;
	/** A sequence item's four events, the key's first: what its checks and the quiz's spread read. */
	events?: SequenceEvent[];
	/** A how-to sequence item's steps as numbered: the key's first, then its wrong options, then the anchor. */
	steps?: { number: number; option: string; sentence: number }[];
	/** A story sequence item's acts, the key's first, with the sentence that tells each. */
	acts?: { option: string; told: number }[];
	/** A not-stated item's listed items, as its sentence writes them: what its checks read. */
	listed?: string[];
	/** A vocabulary item's word, its senses and options: what its checks read. */
	word?: VocabularyWord;
	/** A supporting-evidence item's claim and its four sentences: what its checks read. */
	claim?: EvidenceClaim;
	/** An effect item's cause, and every outcome the article gives that cause (key included). */
	effectOf?: {
		cause: string;
		outcomes: string[];
		form: 'clause' | 'phrase';
		/** Each wrong option's form, in order. */
		forms: ('clause' | 'phrase')[];
		/** How each option reads (key first): a verb of its own, its tense, a verb of action. */
		shapes?: { finite: boolean; past: boolean; acts: boolean }[];
	};
}

/** The word a vocabulary item asks about, the sense chosen for it and where each option comes from. */
export interface VocabularyWord {
	/** As written in the article ("halted"), and its base form ("halt"). */
	text: string;
	lemma: string;
	pos: LexPos;
	/** The sense the key names, and for each distractor the sense of the word it came from. */
	key: LexSense;
	distractorSenses: LexSense[];
	/** Each option's base form, key first, and every sense of it for the word's part of speech. */
	optionLemmas: string[];
	optionSenses: (readonly LexSense[])[];
	/** How often the corpus tagged each option's base form, key first. */
	optionTotals: number[];
	/** How many times the dictionary's corpus tagged the word, in any sense of its part of speech. */
	tagTotal: number;
	/**
	 * How sure the sense is: how many senses stand apart from it, its dominance by frequency, and
	 * context overlaps of key and other senses.
	 */
	apart: number;
	senseCount: number;
	dominance: number;
	keyOverlap: number;
	apartOverlap: number;
	/** Whether the sentence bears the key's sense out over every other sense (vocabulary-senses.ts). */
	sentenceSure?: boolean;
	/** The sentence and paragraph the word is read in. */
	sentence: string;
	paragraph: string;
	/**
	 * Where each distractor came from: another sense of the word (the reader's trap), the key's
	 * opposite or its cluster, a sister term (another kind of the key's broader act), or a word of
	 * the article filed under the key's field.
	 */
	distractorSources?: ('trap' | 'opposite' | 'sister' | 'field' | 'other' | 'neighbour')[];
	/** Whether the key is its sense's definition head ("build again" for "rebuilt"). */
	keyFromGloss?: boolean;
	/** Whether the options are definitions (vocabulary-glosses.ts), not words. */
	glossed?: boolean;
	/** How often spoken English uses the word as written, and each option, per million words. */
	perMillion?: number;
	optionPerMillion?: number[];
}

/** The claim of a supporting-evidence item, and the four sentences offered, the key's first. */
export interface EvidenceClaim {
	/** The claim as the stem says it ("Lina Dorsey spoke out against something"). */
	text: string;
	/** Its subject as named ("Lina Dorsey"), and the entity that is. */
	subject: string;
	entity: string;
	/** The claim class (stages/4-questions/evidence-claims.ts) and its predicate. */
	classId: string;
	predicate: string;
	/** The object the predicate keeps from the key ("the new tax"), if any. */
	object?: string;
	/** A backed claim's own sentence, the one before the key (4-questions/evidence-backing.ts). */
	claimSentence?: { text: string; sentence: number };
	/** The options' sentences, the key's first; whether each names the subject. */
	options: { text: string; sentence: number; names: boolean }[];
}

/** One dated event of a sequence item: the option that says it, and the date that orders it. */
export interface SequenceEvent {
	fact: Fact;
	/** The event said as a short clause without its date ("The lighthouse was finished"). */
	option: string;
	/** The year that orders it. */
	year: number;
	/** The date as the article writes it ("1844", "9 July 1976"). */
	when: string;
	/** The sentence that dates it. */
	sentence: string;
	/** Whether the option names the article's person where the sentence says "he" or "she". */
	resolved?: boolean;
}

export interface RejectedCandidate {
	kind: QuestionKind;
	stem: string;
	answer: string;
	factId: string;
	reasons: string[];
}

export interface GenerateOptions {
	count?: number;
	seed?: number | string;
	kinds?: readonly QuestionKind[];
	/** Kinds asked for on top of `kinds` (or the default ones): an author's choice of comprehension kinds. */
	alsoAsk?: readonly QuestionKind[];
	/** `keep` for text already extracted from markup: a literal "<b>" stays part of the text. */
	markup?: 'strip' | 'keep';
	/** Word senses for the `vocabulary` kind; without one that kind yields nothing. */
	lexicon?: Lexicon;
	/**
	 * The article's title where it is kept apart from the text (the app's articles): used when the
	 * text does not open with one, so main idea, subjects and stems read it as in a titled text.
	 */
	title?: string;
}

/** A part of speech as a sense dictionary files it: noun, verb, adjective, adverb. */
export type LexPos = 'n' | 'v' | 'a' | 'r';

/** One sense of a word: a synset of the dictionary, seen from that word. */
export interface LexSense {
	/** The synset's id: its offset and part of speech ("01864781v"). */
	id: string;
	pos: LexPos;
	/** The dictionary's topic file for the sense (verb.motion, noun.act …) as its number. */
	lexFile: number;
	/** The synset's words, spaces for underscores, in the dictionary's order. */
	words: string[];
	/** The definition, without its examples. */
	gloss: string;
	examples: string[];
	/** How often the looked-up word was tagged in this sense in the dictionary's corpus. */
	tagCount: number;
	/** Ids of the synsets this one is a kind of (hypernyms, instance hypernyms). */
	hypernyms: string[];
	/** Ids of the synsets that are kinds of this one (a verb's troponyms): a sense's sister terms. */
	hyponyms?: string[];
	/** An adjective satellite's cluster heads ("large" for "colossal"), by id. */
	heads?: string[];
	/** Ids of the opposite synsets (an adjective head's antonym cluster). */
	antonymIds?: string[];
	/** Ids of close synsets: adjective clusters ("similar to"), verb groups, "see also". */
	similar: string[];
	/** The words and definitions of the synsets this one is a kind of: more to match a context to. */
	broader: string;
	/** The words of those broader synsets, and of an adjective's cluster head: plainer words. */
	broaderWords?: string[];
	/** Words of the opposite sense ("increase" for "decrease"). */
	antonyms?: string[];
	/** For verbs, how the sense takes its object: "Somebody ----s something" is transitive. */
	transitive?: boolean;
	intransitive?: boolean;
	/** For verbs, whether a thing may be the subject ("it flattered me" is not "praised"). */
	thingSubject?: boolean;
}

/** A synchronous sense dictionary: a word's senses for a part of speech, most frequent first. */
export interface Lexicon {
	/** Senses of a base form ("halt", not "halted"); empty when the word is not filed. */
	senses(lemma: string, pos: LexPos): readonly LexSense[];
	/** How often the corpus tagged a base form in any sense of `pos`: cheaper than its senses. */
	frequency(lemma: string, pos: LexPos): number;
	/** A synset by id, as a sense of no word in particular: how sister terms are reached. */
	synsetById?(id: string): LexSense | undefined;
	/**
	 * How often spoken English uses a written form ("smuggled"), per million words; undefined when
	 * no frequency list is at hand. Tag counts are too sparse to tell "elderly" from "espoused".
	 */
	perMillion?(form: string): number | undefined;
}

export interface GenerationStats {
	words: number;
	sentences: number;
	facts: number;
	candidates: number;
	rejected: number;
	questions: number;
	/** Why fewer questions than requested came back, if so. */
	shortfallReason?: string;
}

export interface GenerationResult {
	version: string;
	title?: string;
	/** The normalized text that all offsets point into. */
	text: string;
	facts: Fact[];
	questions: Question[];
	rejected: RejectedCandidate[];
	stats: GenerationStats;
}
