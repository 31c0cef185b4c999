// Stage 4c, key terms: a blank whose answer is one of the article's key terms, a common noun the
// article is about and returns to ("iodine", "a tariff", "the piston"), in a sentence that defines
// it or speaks of the article's subject. Its wrong options are nouns of the key's kind: the
// article's own terms of that kind, then the dictionary's sister terms (carbon, chlorine and helium
// beside iodine), all of the key's form. Names, dates and figures are blanked by gaps.ts; over the
// tuning reviews 89% of those were called trivia, and a key term is what the article teaches.
import type { Candidate, Lexicon, LexSense, Sentence, Token } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { BLANK, GAP_PROMPT } from './gaps';
import { articleIndex, plainWords, type SentenceIndex } from './ambiguity';
import { fitsElsewhere } from './blank-context';
import { kindsOf, nounLemma } from './not-stated-wordnet';
import { lowerCaseWords } from '../3-facts/concepts';
import { wholeSentenceFact } from '../3-facts/sentences';

/** A blank's sentence is read whole: shorter gives too little context, longer is a task of its own. */
const MIN_WORDS = 8;
const MAX_WORDS = 30;
/** Key terms asked of one article at most: the ones it returns to most. */
const MAX_TERMS = 4;
/**
 * A word spoken more often than this (per million words) is too common to be what an article is
 * about: "water", "money", "school" are every article's.
 */
const MAX_KEY_PER_MILLION = 120;
/** Nouns the tagger files but that name no concept of their own: "people", "way", "part". */
const TOO_COMMON = new Set(
	'people person man woman men women child children way part parts year years time times day days thing things kind kinds type types lot number group world life place area side end case fact point form example use result problem issue percent report story news article reason week month member members'.split(
		' '
	)
);
/**
 * Dictionary topics a key term may be of: animals, artefacts, body parts, foods, natural objects,
 * plants and substances, whose kinds hold sister terms a reader tells apart ("iodine" among
 * "chlorine" and "carbon"). Acts, processes, states and possessions were tried: their kinds
 * ("change", "act") offered "updating", "demotion" beside "switching", which no teacher would use.
 */
const TERM_LEX_FILES = new Set([5, 6, 8, 13, 17, 20, 27]);
/** A term said in this many sentences is one the article returns to, though its lead may not name it. */
const MIN_SENTENCES_UNLED = 3;
/**
 * A key with more kinds of its own than this is a category ("method", "metal", "process"): an
 * umbrella word, not the concept an article teaches, and its "sisters" are umbrellas too.
 */
const MAX_KEY_HYPONYMS = 12;
/** A kind with more members than this ("change", "act") is too broad for its members to be one sort. */
const MAX_KIND_MEMBERS = 80;
/** A sister term is known well enough to be an option: spoken at least this often per million. */
const MIN_SISTER_PER_MILLION = 0.1;
/** A sister term with more kinds of its own than this is a category ("metal"), not a member. */
const MAX_SISTER_HYPONYMS = 15;
/** A plural option is one people say ("syrups"), not a mass made countable ("honeys"). */
const MIN_PLURAL_PER_MILLION = 0.3;
/** How many more kinds of its own a sister may have than the key: members beside a member. */
const LEAF_SLACK = 3;
/** The longest option at most this many times the shortest, in letters: no option stands out. */
const MAX_LENGTH_RATIO = 2.5;

/** A key term of the article: its base form, its sense, and the sentences that use it. */
export interface KeyTerm {
	lemma: string;
	sense: LexSense;
	sentences: number[];
	/** Whether the title or the lead uses it. */
	inLead: boolean;
}

/** Where a term stands in a sentence: its first and last token. */
interface TermAt {
	lemma: string;
	from: number;
	to: number;
}

/** Whether the token is a common noun written as one: not a name, figure, pronoun or gerund. */
function commonNoun(t: Token | undefined, lower: ReadonlySet<string>): boolean {
	if (!t || !t.tags.has('Noun') || !/^[a-z]{3,}$/.test(t.normal)) return false;
	if (['ProperNoun', 'Pronoun', 'Value', 'Possessive', 'Gerund'].some((g) => t.tags.has(g)))
		return false;
	// "Discovery" mid-sentence is a name; at a sentence's start only if never written in lower case.
	return /^\p{Ll}/u.test(t.text) || lower.has(t.normal);
}

/**
 * The terms of a sentence: a dictionary compound of two words ("ozone layer", "carbon dioxide")
 * where there is one, else a single common noun, by base form.
 */
export function termsIn(s: Sentence, lexicon: Lexicon, lower: ReadonlySet<string>): TermAt[] {
	const out: TermAt[] = [];
	const toks = s.tokens;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i]!;
		const next = toks[i + 1];
		// "pan-democrats": a word of a hyphenated one is no term of its own.
		if (/^-/.test(t.post) || /-$/.test(t.pre)) continue;
		if (
			next &&
			/^[a-z]{3,}$/.test(t.normal) &&
			!/[,;:()"]/.test(t.post) &&
			commonNoun(next, lower) &&
			/^\p{Ll}/u.test(t.text)
		) {
			const head = nounLemma(next.normal, lexicon);
			const compound = head && `${t.normal} ${head}`;
			if (compound && lexicon.senses(compound, 'n').length) {
				out.push({ lemma: compound, from: i, to: i + 1 });
				i++;
				continue;
			}
		}
		if (!commonNoun(t, lower)) continue;
		const lemma = nounLemma(t.normal, lexicon);
		if (lemma) out.push({ lemma, from: i, to: i });
	}
	return out;
}

/** The sense the article uses a noun in: of its first three, the one whose words it uses most. */
export function senseInArticle(
	lemma: string,
	lexicon: Lexicon,
	articleWords: ReadonlySet<string>
): LexSense | undefined {
	// "Piston" the composer: a sense whose first word is a name is no common noun's.
	const senses = lexicon
		.senses(lemma, 'n')
		.slice(0, 3)
		.filter((s) => /^[a-z]/.test(s.words[0] ?? ''));
	const scoreOf = (s: LexSense) => {
		const own = new Set(plainWords(`${s.gloss} ${s.broader}`).filter((w) => w.length > 3));
		own.delete(lemma);
		return [...own].filter((w) => articleWords.has(w)).length;
	};
	// The commonest sense only ("features" of a glacier read as a face's would offer "shoulders"),
	// and only where the article's words bear it out when the word has others.
	const best = senses[0];
	const chosen = best ? scoreOf(best) : 0;
	const all = lexicon.senses(lemma, 'n');
	if (all.length > 1 && chosen < 1) return undefined;
	// "plant", "mask", "output": a word whose commonest sense is not most of its uses may be read in
	// another (a factory, not a flower), and its sisters would be of the wrong one.
	const tagged = all.reduce((n, s) => n + s.tagCount, 0);
	return all.length > 1 && (best?.tagCount ?? 0) < MIN_SENSE_SHARE * tagged ? undefined : best;
}

/** The share of a word's tagged uses its commonest sense must have to be read without doubt. */
const MIN_SENSE_SHARE = 0.6;

/** Whether a base form is too common or too vague to be a key term. */
function tooCommon(lemma: string, lexicon: Lexicon): boolean {
	return TOO_COMMON.has(lemma) || (lexicon.perMillion?.(lemma) ?? 0) > MAX_KEY_PER_MILLION;
}

/**
 * The article's key terms, most used first: nouns of a concept's topic that the article uses in two
 * sentences or more, or in its title or lead, and not too common to be its own.
 */
export function keyTerms(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	lexicon: Lexicon
): KeyTerm[] {
	const lower = lowerCaseWords(sentences);
	const named = mostlyCapitalised(sentences);
	const articleWords = new Set(plainWords(norm.text));
	const leadText = `${norm.title ?? ''} ${leadOf(norm)}`.toLowerCase();
	const uses = new Map<string, Set<number>>();
	for (const s of sentences)
		for (const t of termsIn(s, lexicon, lower))
			uses.set(t.lemma, (uses.get(t.lemma) ?? new Set()).add(s.index));
	const out: KeyTerm[] = [];
	for (const [lemma, used] of uses) {
		// "bank" of "the European Central Bank": a word the article capitalises inside a sentence
		// is part of a name there, and a blank on it asks the name.
		if (tooCommon(lemma, lexicon) || lemma.split(' ').some((w) => named.has(w))) continue;
		const inLead = new RegExp(`\\b${lemma}`, 'i').test(leadText);
		// Returned to: in two sentences and the title or lead, or in three.
		if (used.size < 2 || (!inLead && used.size < MIN_SENTENCES_UNLED)) continue;
		const sense = senseInArticle(lemma, lexicon, articleWords);
		if (!sense || !TERM_LEX_FILES.has(sense.lexFile)) continue;
		if ((sense.hyponyms?.length ?? 0) > MAX_KEY_HYPONYMS) continue;
		out.push({ lemma, sense, sentences: [...used], inLead });
	}
	return out.sort(
		(a, b) => b.sentences.length + (b.inLead ? 1 : 0) - (a.sentences.length + (a.inLead ? 1 : 0))
	);
}

/**
 * Words the article writes with a capital inside a sentence at least as often as in lower case:
 * parts of names ("the European Central Bank"), though "Iodine" of one study's name is not.
 */
export function mostlyCapitalised(sentences: readonly Sentence[]): Set<string> {
	const capital = new Map<string, number>();
	const lowerCase = new Map<string, number>();
	for (const s of sentences)
		for (const t of s.tokens.slice(1)) {
			const map = /^\p{Lu}\p{Ll}/u.test(t.text)
				? capital
				: /^\p{Ll}/u.test(t.text)
					? lowerCase
					: undefined;
			map?.set(t.normal, (map.get(t.normal) ?? 0) + 1);
		}
	return new Set([...capital].filter(([w, n]) => n >= (lowerCase.get(w) ?? 0)).map(([w]) => w));
}

/** The article's first paragraph that is no heading. */
function leadOf(norm: NormalizedText): string {
	const p = norm.paragraphs.find((q) => !q.heading);
	return p ? norm.text.slice(p.start, p.end) : '';
}

/** "berry" → "berries", "tax" → "taxes", "pump" → "pumps". */
export const pluralOf = (w: string) =>
	/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;

/** "an iodine", "a tariff": the indefinite article a word takes, by its first letter. */
export const withArticle = (w: string) =>
	`${/^[aeiou]/i.test(w) && !/^(uni|use|one)/i.test(w) ? 'an' : 'a'} ${w}`;

/**
 * Whether two terms read as variants of one word: the same head ("carbon dioxide", "dioxide"),
 * one inside the other, or the same first five letters ("photosynthesis", "photolysis").
 */
export function sameHead(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	const head = (w: string) => w.split(' ').pop() ?? w;
	return (
		head(x) === head(y) ||
		x.includes(y) ||
		y.includes(x) ||
		(x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5))
	);
}

/**
 * The dictionary's sister terms of the key's sense: the other kinds of each kind it is of, by
 * their plainest word, most spoken first. Refused: a synonym, a kind of the key or one the key is
 * a kind of, a word whose commonest sense is another ("grab" a device), a word more verb or
 * adjective than noun, a category with many kinds of its own, an obscure word, a variant of the key.
 */
export function sisterTermsOf(key: KeyTerm, lexicon: Lexicon): string[] {
	const byId = lexicon.synsetById?.bind(lexicon);
	if (!byId) return [];
	const keyKinds = new Set(kindsOf(key.lemma, lexicon, 6, 1).map((k) => k.id));
	const members = (ids: readonly string[]) =>
		ids.flatMap((parentId) => {
			const parent = byId(parentId);
			const ids = parent?.hyponyms ?? [];
			return ids.length > MAX_KIND_MEMBERS ? [] : ids;
		});
	// Sisters only: the members of the kinds one step further up ("handlebar" and "pencil" beside
	// "runway", "honey" beside "sugar") were tried, and a strict reader would use few of them.
	return sisterWords(members(key.sense.hypernyms), key, keyKinds, lexicon);
}

/** The plain words of the given kinds that may stand beside the key, most spoken first. */
function sisterWords(
	ids: readonly string[],
	key: KeyTerm,
	keyKinds: ReadonlySet<string>,
	lexicon: Lexicon
): string[] {
	const found: { word: string; spoken: number }[] = [];
	for (const id of new Set(ids)) {
		if (id === key.sense.id || keyKinds.has(id)) continue;
		const sister = lexicon.synsetById?.(id);
		const word = sister?.words.find((w) => /^[a-z]{3,}(?: [a-z]{3,})?$/.test(w));
		if (!sister || !word) continue;
		if (sister.words.some((w) => key.sense.words.includes(w))) continue;
		if (lexicon.senses(word, 'n')[0]?.id !== id) continue;
		// A category among members: "alkali metal" beside "radium" (a key with no kinds of its
		// own takes sisters with few).
		const ownKinds = key.sense.hyponyms?.length ?? 0;
		if ((sister.hyponyms?.length ?? 0) > Math.min(MAX_SISTER_HYPONYMS, ownKinds + LEAF_SLACK))
			continue;
		const asNoun = lexicon.frequency(word, 'n');
		if (lexicon.frequency(word, 'v') > asNoun || lexicon.frequency(word, 'a') > asNoun) continue;
		// A kind of the key: the key is among the sister's kinds.
		if (kindsOf(word, lexicon, 4, 1).some((k) => k.id === key.sense.id)) continue;
		if (sameHead(word, key.lemma) || glossesCross(sister, key.sense)) continue;
		// "heroics", "wreckage": a singular option that reads as a plural or a mass is of another form.
		if (pluralLooking(word, lexicon)) continue;
		const spoken = lexicon.perMillion?.(word) ?? 1;
		if (spoken < MIN_SISTER_PER_MILLION) continue;
		found.push({ word, spoken });
	}
	return found.sort((a, b) => b.spoken - a.spoken).map((f) => f.word);
}

/** "heroics", "acoustics", "savings": a noun that reads as a plural beside singular options. */
export const pluralLooking = (word: string, lexicon: Lexicon) =>
	/(ics|ings)$/.test(word) ||
	(/[^su]s$/.test(word) && lexicon.senses(word.slice(0, -1), 'n').length > 0);

/**
 * Whether either sense's definition names the other's words: "sea", "a division of an ocean", is
 * no wrong option beside "ocean" (a reader may take one for the other).
 */
export function glossesCross(a: LexSense, b: LexSense): boolean {
	// ("C", "I": a chemical symbol is no word a definition names.)
	const names = (s: LexSense, words: readonly string[]) =>
		words
			.filter((w) => /^[a-z][a-z -]{2,}$/.test(w))
			.some((w) => new RegExp(`\\b${w}s?\\b`).test(s.gloss));
	return names(a, b.words) || names(b, a.words);
}

/** The words around a blank, and how the key is written in it. */
interface Blank {
	before: string;
	after: string;
	/** The key as the options are written: "a tariff", "tariffs", "Iodine". */
	answer: string;
	plural: boolean;
	article: boolean;
	capital: boolean;
}

/** Words after which a noun phrase starts: a term after another word may be part of a longer one. */
const PHRASE_START =
	/^(the|a|an|of|in|on|at|to|for|by|with|from|into|as|and|or|but|than|that|which|is|are|was|were|be|been|its|their|his|her|our|this|these|those|about|between|through|during|without|under|over|called|named|known|no|more|less|much|some|any|produce|produces|produced|make|makes|made|contain|contains|contained|use|uses|used)$/i;

/** Function words that may follow a whole noun phrase though the dictionary files them as nouns. */
const AFTER_PHRASE =
	/^(a|an|the|as|at|in|on|is|are|was|were|be|do|does|so|and|or|but|of|to|for|by|with|its|it|can|may|will|must|might|would|could|should|that|which)$/;

/**
 * Whether the next word makes the term its modifier: a noun ("iodine deficiency", "shelter box",
 * which the tagger may read as a verb) filed more as a noun than as a verb.
 */
function modifiedNext(t: Token | undefined, lexicon: Lexicon): boolean {
	if (!t || /[,;:()".]/.test(t.pre) || !/^[a-z]/.test(t.text) || AFTER_PHRASE.test(t.normal))
		return false;
	if (t.tags.has('Noun') && !t.tags.has('Pronoun')) return true;
	const lemma = nounLemma(t.normal, lexicon);
	return !!lemma && lexicon.frequency(lemma, 'n') > lexicon.frequency(t.root ?? t.normal, 'v');
}

/**
 * Where the key stands in the sentence as a whole noun phrase, once: not a modifier ("iodine
 * deficiency"), not after a noun it completes ("plant pigments"), not part of a name, not said a
 * second time in another form ("tariff … tariffs").
 */
export function blankIn(
	s: Sentence,
	key: KeyTerm,
	at: TermAt,
	lexicon: Lexicon
): Blank | undefined {
	const toks = s.tokens;
	const first = toks[at.from]!;
	const last = toks[at.to]!;
	const prev = toks[at.from - 1];
	const next = toks[at.to + 1];
	if (prev && /^\p{Lu}/u.test(prev.text) && at.from - 1 > 0) return undefined;
	if (next && /^\p{Lu}/u.test(next.text)) return undefined;
	if (modifiedNext(next, lexicon) && !/[,;:()"]/.test(last.post)) return undefined;
	const indefinite = !!prev && /^(a|an)$/i.test(prev.normal);
	if (prev && !indefinite && !PHRASE_START.test(prev.normal) && !/[,;:()"]/.test(prev.post)) {
		// "plant pigments": a noun before the term makes it part of a longer one; an adjective
		// ("the green pigment") or a verb ("says iodine is") leaves it whole.
		if (prev.tags.has('Noun') && !prev.tags.has('Verb') && !prev.tags.has('Pronoun'))
			return undefined;
	}
	// Said once: another form of the same term left in the sentence gives the key away.
	const others = toks.filter(
		(t, i) =>
			(i < at.from || i > at.to) && nounLemma(t.normal, lexicon) === key.lemma.split(' ').pop()
	);
	if (others.length) return undefined;
	const from = indefinite ? prev.start : first.start;
	if (inList(s.text.slice(0, from - s.start), s.text.slice(last.end - s.start))) return undefined;
	const written = s.text.slice(from - s.start, last.end - s.start);
	const before = s.text.slice(0, from - s.start);
	const after = s.text.slice(last.end - s.start);
	const plural =
		last.tags.has('Plural') ||
		(last.normal !== key.lemma.split(' ').pop() && /s$/.test(last.normal));
	return {
		before,
		after,
		answer: written,
		plural,
		article: indefinite,
		capital: before.trim() === ''
	};
}

/**
 * Whether the blank is one item of a list: "exploration and _____, refining", "a cough …,
 * _____, night sweats". Any item of the kind fits a list, and its other items are right too.
 * An apposition or a relative clause after a comma (", a mineral", ", which") is no list.
 */
export function inList(before: string, after: string): boolean {
	return (
		/(,|\b(and|or|and\/or))\s+$/.test(before) ||
		/^\s*(and|or)\b/.test(after) ||
		// "the spires, the towers, and the roofs": a list of phrases each with its article (", a
		// chemical element, to grow" is an apposition).
		/^,\s+(the|a|an)\s+[\p{L}-]+(\s+[\p{L}-]+)?,\s+(and\s+)?(the|a|an)\s/u.test(after) ||
		/^,\s+(?!(a|an|the|which|who|where|when|while|but|so|though|although|because)\b)\p{Ll}/u.test(
			after
		)
	);
}

/** An option written as the key is: its number, its indefinite article, its capital. */
export function inKeysForm(word: string, blank: Blank, lexicon: Lexicon): string | undefined {
	let w = word;
	if (blank.plural) {
		w = word.includes(' ') ? word.replace(/(\S+)$/, (h) => pluralOf(h)) : pluralOf(word);
		// A plural nobody says ("rices", "clothings") is no option.
		if (
			lexicon.perMillion &&
			(lexicon.perMillion(w.split(' ').pop() ?? w) ?? 0) < MIN_PLURAL_PER_MILLION
		)
			return undefined;
	}
	if (blank.article) w = withArticle(w);
	return blank.capital ? `${w.charAt(0).toUpperCase()}${w.slice(1)}` : w;
}

/** "crops" and "crop", "warming" and "warmer": words compared by their first five letters. */
export const stemOf = (w: string) => w.slice(0, 5);
/** Content words a sentence shares with the lead to speak of the article's subject. */
const MIN_LEAD_WORDS = 2;

/** Whether the sentence matters to the article: it defines the term or speaks of the title's subject. */
export function sentenceMatters(
	s: Sentence,
	key: KeyTerm,
	titleWords: ReadonlySet<string>,
	leadWords: ReadonlySet<string>
): boolean {
	const own = new Set(
		plainWords(s.text)
			.filter((w) => w.length > 3 && !key.lemma.split(' ').some((k) => w.startsWith(k)))
			.map(stemOf)
	);
	const title = [...own].filter((w) => titleWords.has(w)).length;
	const lead = [...own].filter((w) => leadWords.has(w)).length;
	return definesTerm(s.text, key.lemma) || title >= 1 || lead >= MIN_LEAD_WORDS;
}

/** "Iodine is a mineral …", "… is called iodine", "a tariff, a tax on imports": a definition. */
export function definesTerm(text: string, lemma: string): boolean {
	const t = lemma.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(
		`^(?:an? |the )?${t}(?:e?s)? (?:is|are) (?:an?|the|one of)\\b|\\b(?:called|known as|named) (?:an? |the )?${t}|\\b${t}(?:e?s)?, (?:an?|the) \\p{Ll}+`,
		'iu'
	).test(text);
}

/**
 * "Iodine is a mineral …" with oxygen and neon as options: the definition names a kind the sister
 * terms are not of, and rules them out unread. A definition is blanked only when the kind it
 * names is one the dictionary files the key under ("Iodine is a chemical element …").
 */
export function genusNotKind(text: string, key: KeyTerm, lexicon: Lexicon): boolean {
	if (!definesTerm(text, key.lemma)) return false;
	const t = key.lemma.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const genus = new RegExp(
		`\\b${t}(?:e?s)? (?:is|are) (?:an?|the|one of the) (?:[a-z-]+ )??([a-z]+)\\b(?= (?:that|which|of|used|found|in|for|with|to)\\b|[,.;])`,
		'i'
	).exec(text)?.[1];
	if (!genus) return true;
	const lemma = nounLemma(genus.toLowerCase(), lexicon) ?? genus.toLowerCase();
	return !kindsOf(key.lemma, lexicon, 4, 1).some((k) => k.word.split(' ').pop() === lemma);
}

/** The candidates: one blank per key term, in the sentence that matters most to the article. */
export function termGapCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	lexicon: Lexicon
): Candidate[] {
	const out: Candidate[] = [];
	const keys = keyTerms(norm, sentences, lexicon);
	if (!keys.length) return out;
	const lower = lowerCaseWords(sentences);
	const index = articleIndex(sentences);
	const titleWords = new Set(
		plainWords(norm.title ?? '')
			.filter((w) => w.length > 3)
			.map(stemOf)
	);
	const leadWords = new Set(
		plainWords(leadOf(norm))
			.filter((w) => w.length > 3)
			.map(stemOf)
	);
	const allTerms = [
		...new Set(sentences.flatMap((s) => termsIn(s, lexicon, lower).map((t) => t.lemma)))
	];
	for (const key of keys) {
		if (out.length >= MAX_TERMS) break;
		// The article's own terms of the key's kind first: they are read, and plausible.
		const sisters = sisterTermsOf(key, lexicon);
		const own = sisters.filter((w) => allTerms.includes(w));
		const made = bestBlank(
			key,
			own,
			sisters,
			sentences,
			lexicon,
			lower,
			index,
			titleWords,
			leadWords
		);
		if (made) out.push(made);
	}
	return out;
}

/** The first sentence (definitions first) that gives the key a blank with three fitting options. */
function bestBlank(
	key: KeyTerm,
	own: readonly string[],
	sisters: readonly string[],
	sentences: readonly Sentence[],
	lexicon: Lexicon,
	lower: ReadonlySet<string>,
	index: SentenceIndex,
	titleWords: ReadonlySet<string>,
	leadWords: ReadonlySet<string>
): Candidate | undefined {
	const used = sentences
		.filter((s) => key.sentences.includes(s.index))
		.sort(
			(a, b) => Number(definesTerm(b.text, key.lemma)) - Number(definesTerm(a.text, key.lemma))
		);
	for (const s of used) {
		const n = s.text.split(/\s+/).length;
		if (n < MIN_WORDS || n > MAX_WORDS) continue;
		if (!sentenceMatters(s, key, titleWords, leadWords)) continue;
		const ats = termsIn(s, lexicon, lower).filter((t) => t.lemma === key.lemma);
		if (ats.length !== 1) continue;
		if (genusNotKind(s.text, key, lexicon)) continue;
		const blank = blankIn(s, key, ats[0]!, lexicon);
		if (!blank) continue;
		const options = fittingOptions(
			key,
			blank,
			[...new Set([...own, ...sisters])],
			s,
			lexicon,
			index
		);
		if (options.length < 3) continue;
		return candidate(s, key, blank, options.slice(0, 3));
	}
	return undefined;
}

/**
 * The options that fit: of the key's form, not in the sentence, not said by the article in the
 * blank's context (it would be right too), not variants of one another, and within the key's
 * length band.
 */
function fittingOptions(
	key: KeyTerm,
	blank: Blank,
	pool: readonly string[],
	s: Sentence,
	lexicon: Lexicon,
	index: SentenceIndex
): string[] {
	const out: string[] = [];
	const sentence = s.text.toLowerCase();
	const length = (w: string) => w.replace(/^(a|an) /i, '').length;
	for (const word of pool) {
		const option = inKeysForm(word, blank, lexicon);
		if (!option) continue;
		if (new RegExp(`\\b${word}`, 'i').test(sentence)) continue;
		if (out.some((o) => sameHead(o.replace(/^(a|an) /i, ''), word))) continue;
		const ratio = length(option) / length(blank.answer);
		if (ratio > MAX_LENGTH_RATIO || ratio < 1 / MAX_LENGTH_RATIO) continue;
		if (saidOfSameSubject(word, s, key, index)) continue;
		if (fitsElsewhere(index, blank.before, blank.after, option)) continue;
		out.push(option);
		if (out.length === 3) break;
	}
	return out;
}

/**
 * Whether the article says the option of what the blank's sentence speaks of: a sentence holding
 * it and two of the sentence's content words besides the key ("salt" where the sentence has iodine
 * added to bread and the article says salt is added to bread too).
 */
export function saidOfSameSubject(
	word: string,
	s: Sentence,
	key: KeyTerm,
	index: SentenceIndex
): boolean {
	const keyWords = new Set(key.lemma.split(' '));
	const content = new Set(
		plainWords(s.text).filter((w) => w.length > 3 && ![...keyWords].some((k) => w.startsWith(k)))
	);
	const head = word.split(' ').pop() ?? word;
	for (const i of index.byWord.get(head) ?? index.byWord.get(pluralOf(head)) ?? []) {
		if (i === s.index) continue;
		const words = (index.text.get(i) ?? '').trim().split(' ');
		if (words.filter((w) => content.has(w)).length >= 2) return true;
	}
	return false;
}

/** The gap candidate. */
function candidate(s: Sentence, key: KeyTerm, blank: Blank, options: string[]): Candidate {
	const fact = wholeSentenceFact(s, {
		id: `term-${s.index}`,
		kind: 'statement',
		value: {
			text: blank.answer,
			start: s.start + blank.before.length,
			end: s.start + blank.before.length + blank.answer.length,
			type: 'thing'
		},
		statement: s.text,
		salience: 0.5
	});
	return {
		id: `term-${s.index}-gap`,
		kind: 'gap',
		stem: `${GAP_PROMPT} ${blank.before}${BLANK}${blank.after}`,
		answer: blank.answer,
		distractors: options,
		fact,
		source: { sentence: s.text, start: s.start, end: s.end },
		explanation: `The article says: "${s.text}" (${key.lemma}: ${key.sense.gloss})`
	};
}
