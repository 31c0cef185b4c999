// The wider vocabulary form, for a word whose sense is sure but has no plainer synonym and no plain
// words for its other senses: the options are short definitions. "As used in paragraph 3 ("… the
// council resolved to …"), what does "resolved" most nearly mean?": "made a firm decision" (the
// dictionary's definition of the sense, cut to its first clause and put in the word's inflection)
// beside the definitions of the word's OTHER senses ("found an answer to", "broke into parts"): the
// trap a reading teacher sets, as a reader who knows only another sense picks it. Where the word has
// fewer than three other senses, definitions of sister acts, an opposite or other adjectives fill in.
import type { LexPos, LexSense, Lexicon } from '../../types';
import { contentWords } from './vocabulary-phrases';
import { contentStems, nearSenses, stemOf } from './vocabulary-senses';

/** How many words a definition option may have, and the widest spread of lengths among the four. */
export const GLOSS_MAX_WORDS = 8;
export const GLOSS_LENGTH_SPREAD = 3;
/** How often spoken English must use each content word of a definition (per million words). */
const GLOSS_WORD_MIN_PER_MILLION = 1;
/** How often the dictionary must have tagged a content word where no spoken count is at hand. */
const GLOSS_WORD_MIN_TAGS = 5;

/** Small words a definition holds beside its content words: never what it shares with the stem. */
const SMALL = new Set(
	'a an the of to in on at by for from with as or and but not no is are be it its into out up off over about one oneself someone something somebody who which that this than so very more most less'.split(
		' '
	)
);

/**
 * Definitions that name no meaning of their own: a relation ("of or relating to"), a usage note
 * ("used of", "(informal)"), a reference to another word ("see …"), or a stand-in for the reader.
 */
const VAGUE_DEFINITION =
	/\b(relating|pertaining|related|characteristic|resembling|used|usually|especially|esp|etc|one's|oneself|genus|family|species|formerly|archaic|informal|slang)\b/;

/** The word a vocabulary item asks, as the definition options need it. */
export interface GlossWord {
	lemma: string;
	pos: LexPos;
	/** Whether a noun is written as a plural ("gusts"): its definitions are put in the plural. */
	plural: boolean;
	/** The words of the word's sentence and of the stem's quoted phrase, lower case. */
	sentenceWords: readonly string[];
	phraseWords: readonly string[];
}

/** What the definition path needs of the word's own builder (vocabulary.ts). */
export interface GlossHelpers {
	/** A verb's base form in the word's inflection ("make" → "made" for "resolved"). */
	inflect: (base: string) => string;
	/** Whether a verb sense takes an object as the word does in its sentence. */
	framed: (sense: LexSense) => boolean;
	/** Whether a stem was made from the asked word ("resolute" beside "resolved"). */
	madeFrom: (w: string) => boolean;
}

/** The four definition options, key first, and the sense and source of each distractor. */
export interface GlossOptions {
	texts: string[];
	distractorSenses: LexSense[];
	sources: ('trap' | 'opposite' | 'sister')[];
	traps: number;
}

/** A sense that may fill in a distractor, and where it comes from. */
export interface GlossFiller {
	sense: LexSense;
	source: 'opposite' | 'sister';
}

/**
 * A sense's definition as an option: its first clause that reads as one (the next where the first is
 * the word itself, "chew (food); to bite and grind with the teeth"), without parentheses; a noun's
 * without its article ("a firm decision" → "firm decision"); a verb's without "to" and its first
 * word in the word's inflection ("make a firm decision" → "made a firm decision"); a long clause cut
 * before a second alternative ("lacking a sense of security or affording no ease" → "lacking a sense
 * of security"). None when no clause is a plain meaning: a relation or usage note, a clause with
 * commas or quotes (which would be cut mid-phrase), a verb's alternatives ("stop or halt": only the
 * first would take the inflection), a plural noun's without a head to put in the plural, too long.
 */
export function glossOption(
	sense: LexSense,
	word: GlossWord,
	lexicon: Lexicon,
	helpers: Pick<GlossHelpers, 'inflect'>,
	accept: (text: string) => boolean = () => true
): string | undefined {
	for (const clause of sense.gloss.split(';')) {
		const text = clauseOption(clause, word, lexicon, helpers);
		if (text && accept(text)) return text;
	}
	return undefined;
}

/** One clause of a definition as an option (glossOption), or none. */
function clauseOption(
	raw: string,
	word: GlossWord,
	lexicon: Lexicon,
	helpers: Pick<GlossHelpers, 'inflect'>
): string | undefined {
	const cased = raw
		.replace(/\([^)]*\)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// "the Muslim calendar begins in that year": a clause naming a name is a note, no meaning.
	if (/[A-Z]/.test(cased)) return undefined;
	const clause = cased.toLowerCase();
	const cut = withoutHedge(clause);
	if (!cut || /[^a-z' -]/.test(cut) || VAGUE_DEFINITION.test(cut)) return undefined;
	if (/(^| )'|' |'$/.test(cut)) return undefined;
	let words = cut.split(' ');
	if (word.pos === 'v' && words[0] === 'to') words.shift();
	if (word.pos === 'n' && /^(a|an|the|any)$/.test(words[0]!)) words.shift();
	if (words.length > GLOSS_MAX_WORDS) words = firstAlternative(words) ?? words;
	if (word.pos === 'v') words = verbFirstAlternative(words, lexicon);
	if (words.length < 2 || words.length > GLOSS_MAX_WORDS) return undefined;
	const last = words[words.length - 1]!;
	// (Only a verb's definition may end on its particle: "belonging to" is no adjective's meaning.)
	if (SMALL.has(last) && !(word.pos === 'v' && CLOSING_PARTICLES.has(last))) return undefined;
	if (words.includes(word.lemma)) return undefined;
	if (word.pos === 'n' && word.plural) return pluralHead(words, lexicon);
	if (word.pos === 'v') {
		if (words.some((w) => w === 'and' || w === 'or')) return undefined;
		const first = words[0]!;
		if (SMALL.has(first) || lexicon.senses(first, 'v').length === 0) return undefined;
		words[0] = helpers.inflect(first);
	} else if ((SMALL.has(words[0]!) && words[0] !== 'not') || CLAUSE_OPENERS.has(words[0]!))
		return undefined;
	return words.join(' ');
}

/**
 * A definition without its closing hedge: "great in size or amount or especially extent" → "great
 * in size or amount", "a high standing achieved through success or wealth etc." → "… or wealth";
 * the hedge adds no meaning a reader weighs, and a usage note would be refused whole. A clause
 * that is all hedge is left as it is (and refused as vague).
 */
export function withoutHedge(clause: string): string {
	const at = clause.search(/,?\s*\b(or |and )?(especially|esp|usually|etc)\b/);
	if (at <= 0) return clause;
	const kept = clause
		.slice(0, at)
		.replace(/[\s,-]+$/, '')
		.replace(/\s+(or|and)$/, '');
	return kept.split(' ').length >= 2 ? kept : clause;
}

/**
 * A noun's definition in the plural, for a word written as one ("strong gusts": "strong currents of
 * air"): its head, the last word before a small word or a participle, takes a regular plural heard
 * in speech. None for a mass noun ("wetnesses") or a head not found.
 */
function pluralHead(words: readonly string[], lexicon: Lexicon): string | undefined {
	// "snow and ice melt", "any wind that changes direction": the head is not plain to find, and a
	// relative's verb would not agree with a plural ("winds that changes").
	if (words.some((w) => PLURAL_BREAKERS.has(w))) return undefined;
	let head = words.findIndex((w, i) => i > 0 && (SMALL.has(w) || /[a-z]{3,}(ed|ing)$/.test(w))) - 1;
	if (head < 0) head = words.length - 1;
	const noun = words[head]!;
	if (/(s|ness|ity|ment)$/.test(noun) || lexicon.senses(noun, 'n').length === 0) return undefined;
	const plural = /[^aeiou]y$/.test(noun)
		? `${noun.slice(0, -1)}ies`
		: /(x|z|ch|sh)$/.test(noun)
			? `${noun}es`
			: `${noun}s`;
	if ((lexicon.perMillion?.(plural) ?? 0) < GLOSS_WORD_MIN_PER_MILLION) return undefined;
	return words.map((w, i) => (i === head ? plural : w)).join(' ');
}

/** Words that make a definition's head unsafe to put in the plural. */
const PLURAL_BREAKERS = new Set(['and', 'or', 'that', 'which', 'who', 'whose', 'any', 'each']);

/**
 * A verb's definition up to an alternative that is no second act ("decline formally or politely" →
 * "decline formally"): the word after "or" is no verb, so only the first verb takes the inflection.
 * Unchanged where the alternative is a second act ("stop or halt"), which glossOption refuses.
 */
function verbFirstAlternative(words: string[], lexicon: Lexicon): string[] {
	const or = words.indexOf('or');
	if (or < 2 || SMALL.has(words[or - 1]!)) return words;
	const next = words[or + 1] ?? '';
	// (Only a short last alternative: "move from one setting or context to another" cut at "or"
	// would lose "to another".)
	if (words.length - or > 3) return words;
	return lexicon.senses(next, 'v').length ? words : words.slice(0, or);
}

/**
 * Words a noun's or adjective's definition never opens on: a note on use ("may be repeated"),
 * a verb's form ("being").
 */
const CLAUSE_OPENERS = new Set(
	'being may might can could will would should must is are was were has have had does do'.split(' ')
);

/** Particles a definition may end on: "find an answer to", "give way to", "put up with". */
const CLOSING_PARTICLES = new Set(['to', 'with', 'for', 'about', 'on', 'up', 'out', 'off']);

/**
 * A long adjective's or noun's definition up to its second alternative, where that opens on a
 * participle as the first does ("lacking a sense of security or affording no ease" → "lacking a
 * sense of security", "regarded with disfavor or lacking general approval" → "regarded with
 * disfavor"): the first alternative is a whole phrase. None when there is no such cut.
 */
function firstAlternative(words: readonly string[]): string[] | undefined {
	const participle = /^[a-z]{3,}(ing|ed)$/;
	if (!participle.test(words[0]!)) return undefined;
	// (Three words at least: "having existed" of "having existed or persisted … for a long time"
	// leaves out what the definition is about.)
	const or = words.findIndex((w, i) => i >= 3 && w === 'or' && participle.test(words[i + 1] ?? ''));
	// (Nor one that is itself two participles sharing the rest: "having existed or persisted".)
	return or < 0 || words.slice(0, or).includes('or') ? undefined : words.slice(0, or);
}

/** The content words of an option: what it says beside its small words. */
export const glossContent = (option: string) =>
	option.split(' ').filter((w) => w.length > 2 && !SMALL.has(w));

/**
 * Whether every content word of a definition is one a learner knows (heard often enough, or tagged
 * often where no spoken count is at hand) and none is the asked word or made from it: a
 * definition that says "resolve" explains nothing, and one with "fissiparous" is no plain option.
 */
export function plainGloss(
	option: string,
	word: GlossWord,
	lexicon: Lexicon,
	helpers: Pick<GlossHelpers, 'madeFrom'>
): boolean {
	return glossContent(option).every((w) => {
		if (w === word.lemma || helpers.madeFrom(w)) return false;
		const spoken = lexicon.perMillion?.(w);
		if (spoken !== undefined) return spoken >= GLOSS_WORD_MIN_PER_MILLION;
		const tags = (['n', 'v', 'a', 'r'] as const).reduce((n, p) => n + lexicon.frequency(w, p), 0);
		return tags >= GLOSS_WORD_MIN_TAGS;
	});
}

/**
 * Whether an option shares a content word with the stem's quoted phrase: a key that repeats the
 * words around the word is found by matching, a distractor that does is a cue to pass it over.
 */
export function echoesPhrase(option: string, word: GlossWord): boolean {
	const phrase = new Set(word.phraseWords.filter((w) => !SMALL.has(w)).map(stemOf));
	return glossContent(option).some((w) => phrase.has(stemOf(w)));
}

/**
 * Whether an option says a content word of the word's sentence ("winds from the east" where the
 * sentence speaks of wind): a key that does is found by matching, a distractor that does is passed
 * over (vocabulary-options-not-in-sentence).
 */
export function echoesSentence(option: string, inSentence: ReadonlySet<string>): boolean {
	return contentWords(option).some((w) => inSentence.has(stemOf(w)));
}

/**
 * Whether two definitions say nearly the same: one sense near the other (vocabulary-senses.ts), or
 * the definitions sharing a content word ("reach a decision" beside "make a decision").
 */
export function glossesMeet(
	a: LexSense,
	aText: string,
	b: LexSense,
	bText: string,
	lemma: string,
	sisters = false,
	genus: ReadonlySet<string> = new Set()
) {
	if (nearSenses(a, b, lemma, sisters)) return true;
	const bWords = new Set(glossContent(bText).map(stemOf));
	return glossContent(aText).some((w) => bWords.has(stemOf(w)) && !genus.has(stemOf(w)));
}

/**
 * A noun key's broader word, one word each ("list" for "roster"), as stems: the word every kind's
 * definition names ("a list of names", "an ordered list of times"), which sister definitions may
 * share with the key and one another; what follows it says which kind.
 */
export function nounGenus(key: LexSense): Set<string> {
	if (key.pos !== 'n') return new Set();
	return new Set((key.broaderWords ?? []).filter((w) => !w.includes(' ')).map(stemOf));
}

/**
 * Whether a filler (a sister act, an opposite, another adjective) is clear of the key: not its
 * sense or a kind of it, its definition and words sharing nothing with the key's, so it would make
 * the sentence say something else.
 */
export function fillerApart(
	filler: LexSense,
	key: LexSense,
	lemma: string,
	sister = false
): boolean {
	if (
		filler.id === key.id ||
		filler.hypernyms.includes(key.id) ||
		key.hypernyms.includes(filler.id)
	)
		return false;
	if (nearSenses(filler, key, lemma, true)) return false;
	if (sister && (broadFiller(filler) || restatesGenus(filler, key) || genericGloss(filler)))
		return false;
	const keyText = contentStems(`${key.gloss} ${key.words.join(' ')}`);
	keyText.delete(stemOf(lemma));
	if (sister) for (const g of nounGenus(key)) keyText.delete(g);
	const own = contentStems(`${filler.gloss} ${filler.words.join(' ')}`);
	return ![...own].some((w) => keyText.has(w));
}

/** Qualifiers that narrow a broader sense to no particular kind: "for a particular purpose". */
const VAGUE_QUALIFIERS = new Set(
	'particular purpose purposes specific certain some organized organised special given usual general various kind sort type other thing'
		.split(' ')
		.map(stemOf)
);

/**
 * Whether a noun option says the key's broader sense ("journey" for "pilgrimage") and no particular
 * kind of it: the genus alone or joined by "or" ("journey or passage"), or with a vague qualifier
 * ("journey organized for a particular purpose"). A pilgrimage is both, so each is a second key
 * (review k13). Also any option whose sense has a word of the key's broader senses.
 */
export function broaderThanKey(text: string, sense: LexSense, key: LexSense): boolean {
	const genus = nounGenus(key);
	if (genus.size === 0) return false;
	if (sense.words.some((w) => genus.has(stemOf(w)))) return true;
	const words = glossContent(text.toLowerCase()).map(stemOf);
	if (!words.some((w) => genus.has(w))) return false;
	const rest = words.filter((w) => !genus.has(w));
	if (rest.every((w) => VAGUE_QUALIFIERS.has(w))) return true;
	return /\bor\b/.test(text) && rest.length <= 1;
}

/**
 * Whether three distractors share a word the key lacks ("information about recent events",
 * "information known only to a special group", "true confidential information" beside "integrated
 * course of academic studies"): the key is the odd one out by form (review k13).
 */
export function keyOddByForm(texts: readonly string[]): boolean {
	const [key, ...rest] = texts.map((t) => new Set(glossContent(t.toLowerCase()).map(stemOf)));
	if (!key || rest.length < 3) return false;
	return [...rest[0]!].some((w) => !key.has(w) && rest.every((r) => r.has(w)));
}

/** How many kinds make a filler a class that may hold the key's sense ("have an effect upon"). */
export const FILLER_CLASS_KINDS = 5;

/**
 * Whether a filler is a class of its own, with many kinds: "have an effect upon" (affect) beside
 * "made strong" is true of strengthening too, a second key.
 */
export const broadFiller = (filler: LexSense) =>
	(filler.hyponyms?.length ?? 0) >= FILLER_CLASS_KINDS;

/** Verbs a definition opens on that say no act of their own ("cause to move faster"). */
const LIGHT_VERBS = new Set(['cause', 'make', 'become', 'get', 'give', 'take', 'put', 'have']);

/**
 * Whether a verb filler's definition restates the key's broader act: "bring into a different state"
 * beside "made strong", a kind of "make different", says what strengthening does.
 */
export function restatesGenus(filler: LexSense, key: LexSense): boolean {
	if (key.pos !== 'v') return false;
	const genus = contentStems(key.broader);
	for (const w of LIGHT_VERBS) genus.delete(stemOf(w));
	return [...contentStems(filler.gloss)].some((w) => genus.has(w));
}

/** Words that name no particular thing or act: a definition of only these says nothing. */
const GENERIC = new Set(
	'state condition certain different particular way manner thing kind form sort change'.split(' ')
);

/**
 * Whether a filler's definition says no particular act or thing ("put into a certain state"): it
 * is true of nearly anything done, so a reader may take it for the key.
 */
export function genericGloss(filler: LexSense): boolean {
	const words = filler.gloss
		.toLowerCase()
		.split(';')[0]!
		.split(/[^a-z]+/)
		.filter((w) => w.length > 2 && !SMALL.has(w) && !LIGHT_VERBS.has(w));
	return words.every((w) => GENERIC.has(w) || /^(bring|brought|put|set)$/.test(w));
}

/**
 * Whether four definitions read as a set: none longer than GLOSS_LENGTH_SPREAD times another in
 * words, and the key neither the longest (in words or letters) nor the one with the most words.
 */
export function balancedGlosses(texts: readonly string[]): boolean {
	const words = texts.map((t) => t.split(' ').length);
	const letters = texts.map((t) => t.length);
	if (Math.max(...words) > GLOSS_LENGTH_SPREAD * Math.min(...words)) return false;
	const rest = (xs: number[]) => Math.max(...xs.slice(1));
	return words[0]! <= rest(words) && letters[0]! < rest(letters);
}

/**
 * The definition options: the key's definition, then three distractors, the word's other senses
 * first (in the dictionary's order, each clear of the key and of one another, each taking an object
 * as the word does), then the fillers; the first three that with the key read as a balanced set.
 */
export function glossOptions(
	key: LexSense,
	apart: readonly LexSense[],
	fillers: readonly GlossFiller[],
	word: GlossWord,
	lexicon: Lexicon,
	helpers: GlossHelpers
): GlossOptions | undefined {
	const inSentence = contentStems(word.sentenceWords.join(' '));
	const plain = (text: string) =>
		plainGloss(text, word, lexicon, helpers) &&
		!echoesPhrase(text, word) &&
		!echoesSentence(text, inSentence);
	const keyText = glossOption(key, word, lexicon, helpers, plain);
	if (!keyText) return undefined;
	const pool: { sense: LexSense; text: string; source: 'trap' | 'opposite' | 'sister' }[] = [];
	// A sister filler shares the key's broader sense by nature ("slight winds" beside "strong
	// currents of air", both winds): it stands apart unless the words or definitions meet.
	const usable = (sense: LexSense, sister = false) => {
		if (word.pos === 'v' && !helpers.framed(sense)) return undefined;
		const text = glossOption(sense, word, lexicon, helpers, plain);
		if (!text) return undefined;
		const genus = sister ? nounGenus(key) : undefined;
		if (glossesMeet(sense, text, key, keyText, word.lemma, sister, genus)) return undefined;
		if (broaderThanKey(text, sense, key)) return undefined;
		const meets = (p: (typeof pool)[number]) => {
			const both = sister && p.source === 'sister';
			return (
				p.text === text ||
				glossesMeet(sense, text, p.sense, p.text, word.lemma, both, both ? genus : undefined)
			);
		};
		if (pool.some(meets)) return undefined;
		return text;
	};
	for (const sense of apart) {
		const text = usable(sense);
		if (text) pool.push({ sense, text, source: 'trap' });
	}
	const above = ancestors(key, lexicon);
	for (const { sense, source } of fillers) {
		if (above.has(sense.id) || !fillerApart(sense, key, word.lemma, source === 'sister')) continue;
		const text = usable(sense, source === 'sister');
		if (text) pool.push({ sense, text, source });
	}
	const head = pool.slice(0, 8);
	for (let i = 0; i < head.length; i++)
		for (let j = i + 1; j < head.length; j++)
			for (let k = j + 1; k < head.length; k++) {
				const picked = [head[i]!, head[j]!, head[k]!];
				const texts = [keyText, ...picked.map((p) => p.text)];
				if (!balancedGlosses(texts) || keyOddByForm(texts)) continue;
				return {
					texts,
					distractorSenses: picked.map((p) => p.sense),
					sources: picked.map((p) => p.source),
					traps: picked.filter((p) => p.source === 'trap').length
				};
			}
	return undefined;
}

/** How far up the key's broader senses reach to be kept out of the fillers. */
const ANCESTOR_LEVELS = 3;

/**
 * The key's broader senses, three steps up: "brought into being" (create) says what "built again"
 * says, only more broadly, so it is a second key and no filler.
 */
function ancestors(key: LexSense, lexicon: Lexicon): Set<string> {
	const out = new Set<string>();
	let level = key.hypernyms;
	for (let i = 0; i < ANCESTOR_LEVELS && level.length; i++) {
		for (const id of level) out.add(id);
		level = level.flatMap((id) => lexicon.synsetById?.(id)?.hypernyms ?? []);
	}
	return out;
}

/** Noun topics whose cousins are still of the key's kind: attribute, feeling, state. */
const WIDE_KIN_FILES = new Set([7, 12, 26]);

/** How many fillers of one kind are weighed: the first are the most often tagged. */
const MAX_KIN = 24;

/**
 * A noun's or verb's kin to fill in distractors where the word has too few other senses: the other
 * kinds of its broader sense ("breeze", "gale" beside "gust"), then for a noun of the senses beside
 * that one, in its own topic file, the most often tagged first. Each says another thing or act of
 * the same sort, so the sentence still reads but says something else; fillerApart drops those whose
 * definitions meet. A verb's cousins are too broad: "brought into being" (a kind of making, as
 * building is) would also say "rebuilt".
 */
export function kin(key: LexSense, lexicon: Lexicon): LexSense[] {
	const byId = lexicon.synsetById?.bind(lexicon);
	if (!byId || (key.pos !== 'n' && key.pos !== 'v')) return [];
	const kinds = (id: string) => byId(id)?.hyponyms ?? [];
	const seen = new Set<string>([key.id, ...key.hypernyms]);
	const out: LexSense[] = [];
	const take = (ids: readonly string[]) => {
		const found: LexSense[] = [];
		for (const id of ids) {
			if (seen.has(id)) continue;
			seen.add(id);
			const sense = byId(id);
			if (sense && sense.lexFile === key.lexFile && !sense.hypernyms.includes(key.id))
				found.push(sense);
		}
		const heard = (s: LexSense) => Math.max(0, ...s.words.map((w) => lexicon.frequency(w, 'n')));
		out.push(...found.sort((a, b) => heard(b) - heard(a)).slice(0, MAX_KIN));
	};
	take(key.hypernyms.flatMap(kinds));
	// One step further up only for a quality, a feeling or a state ("fear" beside "anger"): an act's
	// cousins are too broad to weigh ("act of being present" beside "organized opposition").
	if (key.pos === 'n' && WIDE_KIN_FILES.has(key.lexFile))
		take(key.hypernyms.flatMap((h) => byId(h)?.hypernyms ?? []).flatMap(kinds));
	return out;
}
