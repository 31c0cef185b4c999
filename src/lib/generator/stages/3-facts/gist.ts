// What an article is mainly about: the phrase of its lead (or of the sentence that best states it)
// that names the things it keeps returning to across its paragraphs. Spread over paragraphs counts
// more than raw counts: a name said ten times in one paragraph is that paragraph's topic, not the
// article's. Pure and deterministic, like the rest of the generator.
import type { Sentence, Token } from '../../types';
import type { EntityIndex } from './entities';
import { headOf, nounPhrases, type Phrase } from './phrases';

/** Where the article uses each of its terms: unit (a lemma or an entity id) → paragraph → count. */
export interface ArticleTerms {
	/** Prose paragraphs (those with sentences), in order: the first is the lead. */
	paragraphs: number[];
	where: Map<string, Map<number, number>>;
	/** The terms a token stands for: the entity whose name it is part of, and its noun. */
	unitsAt: (s: Sentence, i: number) => string[];
}

/** Nouns too general to say what an article is about. */
const GENERIC =
	/^(year|time|people|person|part|way|number|day|week|month|thing|lot|kind|type|use|one|end|percent|cent|others?|group|area|form|fact|case|result|example|side|point|place|term|name|order|level|top|rest|total|majority|half|addition)$/;

/** A noun's dictionary form, roughly: "planets" → "planet", "colonies" → "colony". */
export function lemma(word: string): string {
	const w = word.toLowerCase().replace(/['’]s$/, '');
	if (/[^aeiou]ies$/.test(w)) return w.replace(/ies$/, 'y');
	if (/(ches|shes|sses|xes)$/.test(w)) return w.replace(/es$/, '');
	if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
	return w;
}

const isContentNoun = (t: Token) =>
	(t.tags.has('Noun') || t.tags.has('Acronym')) &&
	!t.tags.has('Pronoun') &&
	!t.tags.has('Date') &&
	!t.tags.has('Value') &&
	/^\p{L}[\p{L}'’-]{2,}$/u.test(t.text) &&
	!NOT_CONTENT.test(t.normal) &&
	!GENERIC.test(lemma(t.normal));

/** Words the tagger may call nouns that name nothing: "its", "of" inside a name. */
const NOT_CONTENT =
	/^(its|his|her|their|our|your|this|that|these|those|who|which|what|the|and|of|for|with|from|into|per|via)$/;

/**
 * The article's terms, counted per paragraph: a name's mentions all count for its entity, and the
 * words of a place's or a body's name for themselves too ("lantern" of "the Taipei City Lantern
 * Festival", which the tagger may take for a place).
 */
export function articleTerms(sentences: readonly Sentence[], index: EntityIndex): ArticleTerms {
	const unitsAt = (s: Sentence, i: number) => {
		const out: string[] = [];
		const m = (index.bySentence.get(s.index) ?? []).find(
			(m) => i >= m.tokenStart && i < m.tokenEnd
		);
		if (m) out.push(m.entity);
		const t = s.tokens[i];
		if (t && isContentNoun(t) && m?.type !== 'person') out.push(lemma(t.normal));
		return out;
	};
	const where = new Map<string, Map<number, number>>();
	const paragraphs: number[] = [];
	for (const s of sentences) {
		if (!paragraphs.includes(s.paragraph)) paragraphs.push(s.paragraph);
		// Each term counts once per sentence: a name of several words is one mention.
		const seen = new Set(s.tokens.flatMap((_, i) => unitsAt(s, i)));
		for (const u of seen) {
			const at = where.get(u) ?? new Map<number, number>();
			at.set(s.paragraph, (at.get(s.paragraph) ?? 0) + 1);
			where.set(u, at);
		}
	}
	return { paragraphs, where, unitsAt };
}

/** The share of prose paragraphs that use a term. */
export const spread = (terms: ArticleTerms, unit: string) =>
	(terms.where.get(unit)?.size ?? 0) / Math.max(1, terms.paragraphs.length);

/** How often the article uses a term, in all. */
export const uses = (terms: ArticleTerms, unit: string) =>
	[...(terms.where.get(unit)?.values() ?? [])].reduce((a, b) => a + b, 0);

/** The distinct terms of a phrase. */
export function phraseUnits(
	terms: ArticleTerms,
	s: Sentence,
	p: Pick<Phrase, 'from' | 'to'>
): string[] {
	const out: string[] = [];
	for (let i = p.from; i < p.to; i++)
		for (const u of terms.unitsAt(s, i)) if (!out.includes(u)) out.push(u);
	return out;
}

/** A phrase with the terms it names and how well it states what the article is about. */
export interface ScoredPhrase extends Phrase {
	units: string[];
	score: number;
}

/** The article's main idea: the phrase that best states it, its sentence, and what it returns to. */
export interface Gist {
	key: ScoredPhrase;
	source: Sentence;
	/** The terms the article keeps returning to (in half its paragraphs or more), most spread first. */
	recurring: string[];
	/** The term it is most about. */
	subject: string;
}

/** What the gist finder needs of the article. */
export interface GistInput {
	sentences: readonly Sentence[];
	text: string;
	terms: ArticleTerms;
	/** The title, and the lemmas of its words. */
	title: string;
	titleWords: ReadonlySet<string>;
	/** The words of each entity's name, by id, to match the title. */
	entityWords: (unit: string) => string[];
	/** A phrase that may not be the key (one that copies the title). */
	rejectKey?: (text: string) => boolean;
}

/** Whether a term is one the title names. */
export const inTitle = (input: GistInput, unit: string) =>
	input.entityWords(unit).some((w) => input.titleWords.has(lemma(w)));

/** Heads too vague to state what an article is about: "a full member of the Party", "the use of works". */
export const VAGUE_HEAD =
	/^(member|part|pair|multitude|core|rest|sort|series|set|variety|percentage|share|amount|couple|lack|piece|bit|hundred|thousand|million|thing|way|kind|type|number|lot)s?$/;

/**
 * What a phrase is in its sentence: what the sentence defines ("Neptune is [the eighth planet …]"),
 * or the subject its opening sentence tells of ("[The Hong Kong legislative election] was held …").
 */
type Role = 'definition' | 'subject';

const ROLE_BONUS: Record<Role, number> = { definition: 0.8, subject: 0.5 };

/** Verbs that say what something is: "is", "was", "constitute", "remains". */
const DEFINING = /^(constitutes?|constituted|remains?|remained)$/;
/** Words that may stand between "is" and what it is: "is both a remote group of islands". */
const BETWEEN = /^(both|also|still|now|today|currently|officially|generally|usually|often)$/;

/** Where the verb that defines the phrase stands, when the phrase says what its opening is. */
function definingVerb(toks: readonly Token[], from: number): number {
	let v = from - 1;
	if (BETWEEN.test(toks[v]?.normal ?? '')) v--;
	// "Federalism refers to the mixed mode of government".
	if (toks[v]?.normal === 'to' && /^refers?$/.test(toks[v - 1]?.normal ?? '')) return v - 1;
	const t = toks[v];
	return t && (t.tags.has('Copula') || DEFINING.test(t.normal)) ? v : -1;
}

/** The role of a phrase in its sentence and the terms it names with what it defines, if either. */
function roleOf(
	terms: ArticleTerms,
	s: Sentence,
	p: Phrase
): { role: Role; names: string[] } | undefined {
	const toks = s.tokens;
	const verb = definingVerb(toks, p.from);
	if (verb > 0) {
		if (verb > 16 || !plainOpening(toks.slice(0, verb))) return undefined;
		const opening = phraseUnits(terms, s, { from: 0, to: verb });
		return opening.length ? { role: 'definition', names: opening } : undefined;
	}
	// "Taipei, Taiwan - The Taipei City Lantern Festival was off to …": a dateline may come first.
	const before = toks[p.from - 1];
	const opens = !before || (/,|\s-\s/.test(before.post) && !toks.slice(0, p.from).some(isVerb));
	const after = toks[p.to];
	return opens && after && isVerb(after)
		? { role: 'subject', names: phraseUnits(terms, s, p) }
		: undefined;
}

/**
 * Whether the words before "is" name one thing and nothing more: "Tuberculosis (TB)", "the Gates
 * Foundation (or BMGF, …)" and "Computer security, also known as cybersecurity," do; "In 1990,
 * the city grew and" does not. Only a naming participle may stand among them.
 */
function plainOpening(toks: readonly Token[]): boolean {
	return toks.every(
		(t) =>
			!t.tags.has('Verb') || /^(known|called|abbreviated|named|spelled|written)$/.test(t.normal)
	);
}

const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Gerund');

/** How well a phrase states the main idea (higher is better), from its role and terms. */
function gistScore(input: GistInput, at: number, p: ScoredPhrase, names: string[], role: Role) {
	const { terms } = input;
	const coverage = names.reduce((n, u) => n + Math.min(1, 2 * spread(terms, u)) / 2, 0);
	// A term said in one paragraph only makes the phrase that paragraph's, not the article's.
	const local = p.units.filter((u) => (terms.where.get(u)?.size ?? 0) <= 1).length;
	const titled = names.filter((u) => inTitle(input, u)).length;
	const length = -0.04 * Math.abs(p.to - p.from - 7);
	const position = [0.3, 0.15][at] ?? 0;
	return coverage - 0.3 * local + 0.2 * Math.min(2, titled) + position + length + ROLE_BONUS[role];
}

/** A key opens on an article, as every option does: "the second imperial dynasty of China". */
export const ARTICLE_START = /^(the|a|an) /i;

/** How many of the lead's sentences may state the main idea. */
const LEAD_SENTENCES = 3;

/** Whether the terms name one of the article's subjects, as a term or as a word of a name. */
function namesOne(input: GistInput, units: readonly string[], subjects: readonly string[]) {
	return subjects.find((x) =>
		units.some((u) => u === x || input.entityWords(u).some((w) => lemma(w) === x))
	);
}

/** Words that carry a phrase on past where it was cut: "native to the lakes [of Mexico City]". */
const CARRIES_ON =
	/^(of|in|on|at|across|from|to|near|around|with|between|along|by|for|over|under|within|into|throughout|than|as)$/;

/**
 * Whether a phrase ends where what it says ends: not cut before the words that finish it ("A city
 * in north-eastern Italy spread [across 118 islands]", "A salamander native to the lakes [of …]"),
 * nor on a participle or an adjective that wants them.
 */
export function endsWhole(toks: readonly Token[], p: Pick<Phrase, 'from' | 'to'>): boolean {
	const last = toks[p.to - 1];
	const next = toks[p.to];
	if (!last || !next || /[,;:.)]/.test(last.post)) return true;
	if (last.tags.has('Verb') || last.tags.has('Adjective')) return false;
	const participle =
		next.tags.has('Participle') || next.tags.has('PastTense') || /ed$/.test(next.normal);
	return !CARRIES_ON.test(next.normal) && !(participle && !next.tags.has('Copula'));
}

/** The sentences that may state the main idea: the lead's first three and the next paragraph's first. */
function openingSentences(input: GistInput): { s: Sentence; at: number }[] {
	const [lead, next] = input.terms.paragraphs;
	const firsts = input.sentences.filter((s) => s.paragraph === lead).slice(0, LEAD_SENTENCES);
	const second = input.sentences.find((s) => s.paragraph === next);
	return [...firsts, ...(second ? [second] : [])].map((s, at) => ({ s, at }));
}

/**
 * The phrases of the opening sentences that could state the main idea: 4 to 12 words opening on an
 * article, with a clear head, that define one of the article's subjects ("Neptune is …") or are the
 * subject a sentence tells of and name a subject and another term the article keeps returning to
 * ("The directive to halt cyber operations against Russia was issued …"). Best first.
 */
function keyPhrases(input: GistInput, subjects: readonly string[], recurs: (u: string) => boolean) {
	const out: (ScoredPhrase & { subject: string })[] = [];
	for (const { s, at } of openingSentences(input))
		for (const p of nounPhrases(s, input.text, { min: 4, key: true })) {
			const head = s.tokens[headOf(s.tokens, p.from)];
			if (!head || VAGUE_HEAD.test(head.normal) || !ARTICLE_START.test(p.text)) continue;
			if (input.rejectKey?.(p.text) || !endsWhole(s.tokens, p)) continue;
			const read = roleOf(input.terms, s, p);
			const units = phraseUnits(input.terms, s, p);
			const subject = read && namesOne(input, read.names, subjects);
			if (!read || !subject) continue;
			// The subject a later sentence tells of is often a part ("The Royal College of Chemistry was
			// founded …" of Imperial College): only the first sentence's.
			if (read.role === 'subject' && (at > 0 || units.filter(recurs).length < 2)) continue;
			const phrase = { ...p, units, score: 0, subject };
			const names = [...new Set([...units, ...read.names])];
			out.push({ ...phrase, score: gistScore(input, at, phrase, names, read.role) });
		}
	return out.sort((a, b) => b.score - a.score || a.start - b.start);
}

/**
 * The terms the article is about: those it keeps returning to that its title names (all it keeps
 * returning to when it has no title), most spread first.
 */
function subjectsOf(input: GistInput, recurring: string[]): string[] {
	const titled = recurring.filter((u) => inTitle(input, u));
	// A headline may name none of them in the article's words ("Hackers attack …" of "the attack").
	return titled.length ? titled : recurring.slice(0, 4);
}

/**
 * The share of paragraphs a term must be in for the article to keep returning to it: half of a
 * short article's, a third of a long one's (28 short paragraphs of news rarely share a word).
 */
const recurringShare = (terms: ArticleTerms) => (terms.paragraphs.length > 9 ? 0.34 : 0.5);

/** The terms the article keeps returning to, most spread first. */
export function recurringTerms(terms: ArticleTerms): string[] {
	const share = recurringShare(terms);
	return [...terms.where.keys()]
		.filter((u) => spread(terms, u) >= share && (terms.where.get(u)?.size ?? 0) >= 2)
		.sort((a, b) => spread(terms, b) - spread(terms, a) || uses(terms, b) - uses(terms, a));
}

/** How far below the best phrase another may score and still be offered as the key. */
const KEY_MARGIN = 0.5;

/**
 * The article's gist, stated by its best phrase and the next best within a margin (best first), or
 * none when it cannot be found with confidence: too few paragraphs, nothing its title names that it
 * keeps returning to, a life (more than a phrase of its first sentence can say: "an American
 * theoretical physicist"), or no phrase that states it.
 */
export function findGists(input: GistInput): Gist[] {
	const { terms } = input;
	if (terms.paragraphs.length < 3) return [];
	const recurring = recurringTerms(terms);
	const recurs = (u: string) => recurring.includes(u);
	const subjects = subjectsOf(input, recurring);
	if (!subjects.length || subjects[0]?.startsWith('person:')) return [];
	const keys = keyPhrases(input, subjects, recurs);
	const best = keys[0]?.score ?? 0;
	return keys
		.filter((k) => k.score >= best - KEY_MARGIN)
		.slice(0, 4)
		.flatMap((key) => {
			const source = input.sentences[key.sentence];
			return source ? [{ key, source, recurring, subject: key.subject }] : [];
		});
}
