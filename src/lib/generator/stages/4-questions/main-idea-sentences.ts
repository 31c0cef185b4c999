// "Which sentence best states the main idea of the article?": the form of main-idea item that
// reaches news, speeches, essays and stories, whose gist is an event or a claim that no noun phrase
// of their opening says ("The U.S. military has ceased its offensive cyber operations targeting
// Russia"). The key is the opening sentence that names most of what the article keeps returning
// to; the wrong options are the article's own sentences, true but too narrow (one paragraph's
// topic) or off its point (said once, in passing). Real sentences, so none is garbled.
import type { Sentence, Token } from '../../types';
import { recurringTerms, spread, phraseUnits, type ArticleTerms } from '../3-facts/gist';
import { contentWords, sentenceCase } from './main-idea-form';
import { wordsOf } from '../../well-formed';
import { lengthCue, rivalGist } from './main-idea-checks';

/**
 * What the reader is told the text is, by its genre: an article, a speech or a passage (genreOf),
 * or an essay, whose point is an argument (main-idea-general.ts).
 */
export type Genre = 'article' | 'speech' | 'passage' | 'essay';

export const MAIN_IDEA_SENTENCE_STEMS: Record<Genre, string> = {
	article: 'Which sentence best expresses the main idea of the article?',
	speech: "Which sentence best expresses the speaker's main point?",
	passage: 'Which sentence best expresses what the passage is mainly about?',
	essay: "Which sentence best expresses the writer's main argument?"
};

/** Sentence options run from 7 to 32 words, the longest at most this many times the shortest. */
export const SENTENCE_OPTION_WORDS = { min: 7, max: 36, ratio: 2.5 };

/**
 * The genre, from the words the text speaks in: a speech says so in its title or addresses its
 * hearers ("my fellow Americans", "thank you"); a story, an essay or a lesson speaks in the first
 * person ("we", "I"); news does neither.
 */
export function genreOf(text: string, title: string): Genre {
	const words = wordsOf(text);
	const share = (re: RegExp) => words.filter((w) => re.test(w)).length / Math.max(1, words.length);
	const first = share(/^(i|me|my|we|our)$/);
	if (/\b(speech|address|remarks)\b/i.test(title)) return 'speech';
	if (
		first >= 0.02 &&
		/\b(my fellow|ladies and gentlemen|madam speaker|mr\. speaker)\b/i.test(text)
	)
		return 'speech';
	return first >= 0.015 || /\b(story|tale|chapter)\b/i.test(title) ? 'passage' : 'article';
}

/** Openings that lean on the sentence before: a pronoun, a demonstrative, a connective. */
const LEANS_BACK =
	/^(?!it is time\b)(nor|he|she|it|they|this|these|that|those|his|her|its|their|there|here|however|but|and|or|so|yet|also|still|then|thus|instead|meanwhile|moreover|furthermore|additionally|in addition|as a result|for example|for instance|such|both|another|other|the same|one|some|many|others|similarly|likewise|finally|first|second|third|later|afterwards|eventually|now|before that|after that|by then|until then|in (?:that|this|the same))\b/i;

/** Words that point outside the sentence: "for example", "Figure 24.7", "stay tuned". */
const ASIDE =
	/\b(for example|for instance|figure \d|table \d|see also|stay tuned|click|below|above)\b/i;

/** "this decision", "these operations", "the former": what a sentence before it said. */
const POINTS_BACK =
	/\b(?:this|these|those|such|the former|the latter)\b(?!\s+(?:year|week|month|weekend|morning|afternoon|evening|century|decade)\b)/i;

/** Words of the first and second person ("US" the country is none). */
const PERSONAL = /\b(I|me|my|[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?|My|Me|[Ll]et's)\b/;

/** A pronoun that points to someone the sentence may not name. */
const PERSON_PRONOUN = /^(he|she|they|him|her|them|his|their|it)$/;

/** Openers a lead sentence can lose and still say its news: "In a surprising turn of events, …". */
const LOSABLE_OPENING =
	/^(?:in a [^,]{3,40}|earlier this \w+|last \w+|this (?:past )?(?:week|month|year)|on \w+day|in the past few (?:days|weeks|months)(?: in [\p{Lu}][\p{L}]+)?),\s+(?=\p{Ll})/iu;

/** A connective that only links to the sentence before: "Additionally, the U.S. has …". */
const CONNECTIVE =
	/^(?:additionally|moreover|furthermore|in addition|meanwhile|however|also|still|indeed|in fact),\s+(?=(?:the|a|an)\s|\p{Lu})/iu;

/**
 * A dateline: "Taipei, Taiwan - ", "Evansville, Indiana, United States - ", "BERN, Switz., March 3,
 * 1961 - ", "PASADENA, California, Aug. 25 - " (a dated one marks the lead by its form alone).
 */
const DATELINE =
	/^\p{Lu}[\p{L}., ]{0,60}?(?:,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s+[-–—]\s+/u;

/** Tails a sentence can lose and still say its news: "…, according to the agency", "…, a move that …". */
const LOSABLE_TAIL =
	/^(?:according to|a move that|which|who|with|as part of|in what|after|causing|killing|leaving|including|where|while|as well as|making|drawing|prompting|despite)\b/i;

const isVerbLike = (t: Token | undefined) => !!t && t.tags.has('Verb');
const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Gerund');

/**
 * A sentence as an option: without an opener or a trailing clause its news does not need ("In a
 * surprising turn of events, …", "…, a move that comes amid …"), when what is left is still a
 * sentence with a verb.
 */
export function optionOf(s: Sentence, text: string, asides = true): string {
	const toks = s.tokens;
	let end = s.end;
	for (let i = 1; i < toks.length; i++) {
		const rest = text.slice(toks[i]?.start ?? 0, s.end);
		const post = toks[i - 1]?.post ?? '';
		// "…, and determine whether …": a second predicate the first can lose.
		const second = /,\s*$/.test(post) && /^and\s/i.test(rest) && isVerb(toks[i + 1] as Token);
		// "…, signaling a desire to …": a participle's tail.
		const participle = toks[i]?.tags.has('Gerund') || /ing$/.test(toks[i]?.normal ?? '');
		// "…, 91, who packed salmon …, cut a length of rope": a relative clause inside the sentence,
		// whose verb comes after it, is no tail (cut there, the sentence loses its verb).
		const inner = /^(?:who|which|where|while)\b/i.test(rest) && /,/.test(rest);
		const tail =
			/,\s*$/.test(post) &&
			!inner &&
			(LOSABLE_TAIL.test(rest) || (participle && isVerbLike(toks[i])));
		if ((second || tail) && toks.slice(0, i).some(isVerb) && i >= 7) {
			end = toks[i - 1]?.end ?? end;
			break;
		}
	}
	// "(KSC)", "(IE9)": a short bracket is an aside a wrong option does without (the key stays
	// word for word in its sentence).
	const whole = text.slice(s.start, end).trim();
	const cut = (asides ? whole : whole.replace(/\s*\([^()]{1,40}\)/g, ''))
		.replace(DATELINE, '')
		.replace(LOSABLE_OPENING, '')
		.replace(CONNECTIVE, '')
		.replace(/[,;:]?$/, '');
	return sentenceCase(/[.!?]$/.test(cut) ? cut : `${cut}.`);
}

/** Why a sentence cannot stand alone as an option, if it cannot. */
export function sentenceProblem(option: string, genre: Genre): string | undefined {
	const n = wordsOf(option).length;
	if (n < SENTENCE_OPTION_WORDS.min || n > SENTENCE_OPTION_WORDS.max) return `${n} words`;
	if (LEANS_BACK.test(option)) return 'it leans on the sentence before';
	// A short name in brackets ("the Kennedy Space Center (KSC)") is no aside.
	// A clock time ("8:30") is no list's colon.
	const bare = option.replace(/ \(\p{Lu}[\p{Lu}\d]{1,5}\)/gu, '').replace(/(\d):(?=\d\d\b)/g, '$1');
	if (/["()[\]:?!]|\.\.\./.test(bare)) return 'a quote, bracket, list or question';
	if (ASIDE.test(option)) return 'it points to something outside itself';
	// "The Harwick Lighthouse The Harwick lighthouse was …": a heading run into the sentence.
	if (/^(\S+(?: \S+){1,4}) \1\b/i.test(option)) return 'a heading run into it';
	if (POINTS_BACK.test(option)) return 'it points back to something said before';
	if (/[/\\ˈ]/.test(option)) return 'a pronunciation or a path';
	if (genre === 'article' && PERSONAL.test(option))
		return 'the article does not speak in the first or second person';
	return undefined;
}

/**
 * Whether a sentence names whom its pronouns stand for: a capitalised name before the first
 * pronoun ("Jafari said she felt …"), not "From A to B he drove …".
 */
function pronounsNamed(s: Sentence): boolean {
	const at = s.tokens.findIndex((t) => PERSON_PRONOUN.test(t.normal));
	return at < 0 || s.tokens.slice(1, at).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
}

/**
 * Whether a sentence's pronouns stand for a noun of its own: each comes after its first verb and
 * after a noun ("The company said it had received 37 reports", "Ashford doubled their lead"), not
 * "She placed the ball" or "In 1859 he was too ill", whose person a sentence before names. Enough
 * for a wrong option, which a reader judges as a detail; a key must name its person.
 */
export function pronounsBound(s: Sentence): boolean {
	const verb = s.tokens.findIndex((t) => isVerb(t));
	return s.tokens.every(
		(t, i) =>
			!PERSON_PRONOUN.test(t.normal) ||
			(verb >= 0 &&
				i > verb &&
				s.tokens.slice(0, i).some((x) => x.tags.has('Noun') && !x.tags.has('Pronoun')))
	);
}

/** How far back, in letters, the article may have named what a wrong option's description points to. */
const NAMED_BEFORE_REACH = 4000;

/**
 * Whether the article names, before a sentence, what a description of it points back to: "the
 * family" after "a family-owned bakery", "the club" after "Kestrel Town … the club's history". A
 * wrong option is read beside the article it is of, so a reader knows which family; a key must
 * say it on its own.
 */
export function namedBefore(referent: string | boolean, s: Sentence, text: string): boolean {
	if (typeof referent !== 'string') return false;
	const head = /(\p{L}+?)s?$/u.exec(referent.trim())?.[1];
	// The text just before it (a reader's memory, and linear time on a long input).
	const before = text.slice(Math.max(0, s.start - NAMED_BEFORE_REACH), s.start);
	return !!head && new RegExp(`\\b${head}`, 'iu').test(before);
}

/**
 * Whether a sentence says itself what a description of it points to: a clause after it, a name before it ("Kestrel
 * Town won … in the club's history", "… in Halvern …, the city's first stoppage"), or no pointing at
 * all ("ruled that an insurance company must pay": "that" opens a clause).
 */
export function resolvedInside(referent: string | boolean, option: string): boolean {
	if (typeof referent !== 'string') return false;
	if (/^that\s+(?:a|an)\s/i.test(referent)) return true;
	const at = option.indexOf(referent);
	// "The company that runs the ferry …": a clause after it says which.
	if (at >= 0 && /^\s+(?:that|who|which)\s/.test(option.slice(at + referent.length))) return true;
	const before = at > 0 ? option.slice(0, at).split(/\s+/).slice(1) : [];
	return before.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** One option: its text, the sentence it is, the terms it names, and why it is right or wrong. */
export interface SentenceOption {
	text: string;
	sentence: Sentence;
	units: string[];
	why: 'key' | 'narrow' | 'passing';
	/** The paragraph as a reader counts them (1 = the lead). */
	paragraph: number;
}

/** What the sentence pickers read of the article. */
export interface SentenceReading {
	sentences: readonly Sentence[];
	text: string;
	terms: ArticleTerms;
	genre: Genre;
	/** The title, and its content words. */
	title: string;
	titleWords: string[];
	/** Whether a text points back to something it does not name ("the war"). */
	unnamed: (text: string) => string | boolean | undefined;
}

/** A sentence as an option of the kind given, or undefined when it cannot stand alone. */
export function asOption(
	r: SentenceReading,
	s: Sentence,
	why: SentenceOption['why'],
	/** A key whose "it" or "they" stands for a noun before it in the sentence (main-idea-thesis.ts). */
	bound = false
): SentenceOption | undefined {
	const text = optionOf(s, r.text, why === 'key');
	// "Arrive in Kotor by road … and the town seems to appear out of nowhere": a key that tells the
	// reader to do something sets a scene, an opening hook, and states no gist.
	if (why === 'key' && IMPERATIVE(s)) return undefined;
	const named = pronounsNamed(s) || ((why !== 'key' || bound) && pronounsBound(s));
	const referent = r.unnamed(text);
	const unresolved =
		!!referent &&
		!resolvedInside(referent, text) &&
		(why === 'key' || !namedBefore(referent, s, r.text));
	if (sentenceProblem(text, r.genre) || unresolved || !named) return undefined;
	if (!s.tokens.some(isVerb)) return undefined;
	const units = phraseUnits(r.terms, s, { from: 0, to: s.tokens.length });
	const paragraph = r.terms.paragraphs.indexOf(s.paragraph) + 1;
	return { text, sentence: s, units, why, paragraph };
}

/**
 * How much of what the article is about a sentence names: the spread of each term it keeps
 * returning to, and half a point for each word of the title.
 */
export function gistWeight(
	r: SentenceReading,
	recurring: ReadonlySet<string>,
	o: Pick<SentenceOption, 'text' | 'units'>
) {
	const terms = o.units.filter((u) => recurring.has(u));
	const titled = new Set(contentWords(o.text).filter((w) => r.titleWords.includes(w))).size;
	return terms.reduce((n, u) => n + spread(r.terms, u), 0) + 0.5 * titled;
}

/** The share of the article's sentences a key must name at least as much of its gist as. */
const KEY_CENTRALITY = 0.4;

/**
 * The most a key may say of things the article names in one paragraph only: "Labour runs a minority
 * government in the Welsh Assembly, is the largest opposition party in the Scottish Parliament and
 * has twenty MEPs" opens a history of the party on a detail, however often "Labour" recurs.
 */
const KEY_LOCAL_SHARE = 0.5;

/** The terms of a sentence the article names in that one paragraph only. */
export const localTerms = (terms: ArticleTerms, units: readonly string[]) =>
	units.filter((u) => (terms.where.get(u)?.size ?? 0) <= 1);

/**
 * The sentences that may state the gist: the lead's first three and the next paragraph's first
 * (news and most expository texts state it there), and the last paragraph's first and last (where
 * an essay, a speech or a report states its thesis or sums up). A question, a line of a few words or
 * one in Title Case ("Address to the Nation …") states nothing.
 */
function gistPlaces(r: SentenceReading): { s: Sentence; at: number; thesis: boolean }[] {
	const [lead, next] = r.terms.paragraphs;
	const last = r.terms.paragraphs[r.terms.paragraphs.length - 1];
	const of = (p: number | undefined) => r.sentences.filter((s) => s.paragraph === p);
	// A news report ends on a detail or a quote, not on its gist.
	const closing = last === lead || last === next || r.genre === 'article' ? [] : of(last);
	const places = [
		...of(lead).slice(0, 3),
		...of(next).slice(0, 1),
		...closing.slice(0, 1),
		...closing.slice(-1)
	];
	// Anywhere in the opening or the close, a sentence that restates the title states the thesis.
	const thesis = [...of(lead), ...of(next), ...closing].filter((s) => restatesTitle(r, s));
	return [...new Set([...places, ...thesis])]
		.filter((s) => {
			const line = r.text.slice(s.start, s.end);
			const titleCase = (line.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).length > wordsOf(line).length / 2;
			return !(/\?\s*$|^(\S+\s+){0,5}\S+[.!]?$/.test(line) || titleCase);
		})
		.map((s, at) => ({ s, at, thesis: restatesTitle(r, s) }));
}

/** Whether a sentence has two of the title's content words. */
function restatesTitle(r: SentenceReading, s: Sentence): boolean {
	const own = new Set(contentWords(r.text.slice(s.start, s.end)));
	const titled = new Set(r.titleWords.filter((w) => own.has(w))).size;
	// A title of one word ("Cubism") is in half the article's sentences: it marks no thesis.
	return titled >= 2;
}

/** Whether a word of a sentence is one of the title's or the article's most spread term. */
const namesTopic = (s: Sentence, r: SentenceReading, top: string | undefined, i: number) =>
	r.titleWords.includes(contentWords(s.tokens[i]?.text ?? '')[0] ?? '') ||
	r.terms.unitsAt(s, i).includes(top ?? '');

/** "Gothic architecture is …", "Tuberculosis (TB) is …": a sentence saying what its subject is. */
function definesSubject(s: Sentence, r: SentenceReading, top: string | undefined): boolean {
	const verb = s.tokens.findIndex((t) => t.tags.has('Verb'));
	// "is a …", "are the …", "refers to …": not "is subject to …", "is known as …".
	const what = s.tokens[verb + 1]?.normal ?? '';
	const copula =
		/^(is|are|was|were)$/.test(s.tokens[verb]?.normal ?? '') && /^(a|an|the|one)$/.test(what);
	if (verb < 1 || verb > 6 || !(copula || (s.tokens[verb]?.normal === 'refers' && what === 'to')))
		return false;
	const before = [...s.tokens.keys()]
		.slice(0, verb)
		.filter((i) => !/^(the|a|an|\(.*|.*\))$/i.test(s.tokens[i]?.text ?? ''));
	return before.length > 0 && before.every((i) => namesTopic(s, r, top, i));
}

/** Whether the words before a sentence's first verb (its subject) name the title's or its topic. */
function subjectNamed(s: Sentence, r: SentenceReading, top: string | undefined): boolean {
	const verb = s.tokens.findIndex((t) => isVerb(t));
	return verb > 0 && [...s.tokens.keys()].slice(0, verb).some((i) => namesTopic(s, r, top, i));
}

/**
 * The keys, best first: of the sentences that may state the gist (gistPlaces), those that name
 * what the article keeps returning to as much as most of its sentences do, its topic among them,
 * and few things of one paragraph only, ranked by how much of it they name (the opening and a
 * definition first among equals). None when none does (an excerpt that opens on a detail,
 * "Depleted uranium is also used as …").
 */
export function keySentences(r: SentenceReading, recurring: ReadonlySet<string>): SentenceOption[] {
	const weight = (s: Sentence) =>
		gistWeight(r, recurring, {
			text: r.text.slice(s.start, s.end),
			units: phraseUnits(r.terms, s, { from: 0, to: s.tokens.length })
		});
	const weights = r.sentences.map(weight).sort((a, b) => a - b);
	const bar = Math.max(0.5, weights[Math.floor(KEY_CENTRALITY * (weights.length - 1))] ?? 0);
	const top = [...recurring][0];
	const keys: { o: SentenceOption; score: number }[] = [];
	const names = (s: Sentence) => [...s.tokens.keys()].some((i) => namesTopic(s, r, top, i));
	for (const { s, at, thesis } of gistPlaces(r)) {
		const o = asOption(r, s, 'key');
		// "Depleted uranium is also used …": "also" adds to what was said before the excerpt began.
		// A year or a figure makes it a detail of one time or count ("… to join The Football League,
		// in 1893").
		if (!o || /\balso\b|\d/i.test(o.text) || !names(s)) continue;
		// Past its first sentence an article states its gist only by saying what its subject is; an
		// essay or a speech by restating its title too. An article's sentence that names the title
		// tells one thing of it ("Vacuum flasks are used in daily life to carry hot drinks …").
		const defines = definesSubject(s, r, top);
		if (at > 0 && !defines && (r.genre === 'article' || !thesis)) continue;
		const local = localTerms(r.terms, o.units).length;
		// An opening that defines nothing tells of the subject as its own subject: "A primary
		// influence that led to Cubism was …" tells of an influence.
		if (!defines && !subjectNamed(s, r, top)) continue;
		const w = gistWeight(r, recurring, o);
		if (w < bar || local > KEY_LOCAL_SHARE * Math.max(1, o.units.length)) continue;
		const score = w - 0.3 * local + (at === 0 ? 0.3 : 0) + (defines ? 0.3 : 0);
		keys.push({ o, score });
	}
	return keys.sort((a, b) => b.score - a.score).map((k) => k.o);
}

/** How many of its terms a paragraph has to itself: said in it twice or more and in one other at most. */
export function ownTerms(terms: ArticleTerms, o: SentenceOption): number {
	const p = o.sentence.paragraph;
	return o.units.filter(
		(u) => (terms.where.get(u)?.get(p) ?? 0) >= 2 && (terms.where.get(u)?.size ?? 0) <= 2
	).length;
}

/** A word's stem, as options compare them: its first five letters ("insurer", "insurance"). */
export const stemOf = (w: string) => w.slice(0, 5);

/** How much less of the gist than the key a wrong option must name. */
const GIST_MARGIN = 0.25;

/**
 * The wrong options the article gives: its sentences outside the lead that say little of what the
 * key says (two content words in common at most) and name two things at most that it keeps
 * returning to (more would make them a fair statement of its gist too). Those that tell of their own
 * paragraph's topic first (too narrow), then those of things it says once (off the point).
 */
export function wrongSentences(
	r: SentenceReading,
	recurring: ReadonlySet<string>,
	key: SentenceOption
): SentenceOption[] {
	// By their stems: "the insurer" is "an insurance company" ("The court ordered the insurer to pay
	// $214,000 …" tells the key's ruling again).
	const keyWords = new Set(contentWords(key.text).map(stemOf));
	const keyWeight = gistWeight(r, recurring, key);
	const out: { o: SentenceOption; score: number }[] = [];
	// The paragraphs whose topic sentence is taken or refused: one sentence of each at most.
	const done = new Set<number>();
	let [lastParagraph, placeIn] = [-1, 0];
	for (const s of r.sentences) {
		if (s.paragraph === r.terms.paragraphs[0] || s.paragraph === key.sentence.paragraph) continue;
		if (done.has(s.paragraph)) continue;
		const o = asOption(r, s, 'narrow');
		// Its place in its paragraph, counted as the loop goes (a filter per sentence is quadratic).
		const place = s.paragraph === lastParagraph ? ++placeIn : (placeIn = 0);
		lastParagraph = s.paragraph;
		if (!o || IMPERATIVE(s) || FIGURE_OPENING.test(o.text)) {
			if (place >= TOPIC_PLACES - 1) done.add(s.paragraph);
			continue;
		}
		if (place >= TOPIC_PLACES - 1) done.add(s.paragraph);
		if (rivalGist(key.text, [o.text], r.text, r.title)) continue;
		const gist = o.units.filter((u) => recurring.has(u)).length;
		const shared = new Set(contentWords(o.text).map(stemOf)).size;
		const sharedWithKey =
			shared -
			new Set(
				contentWords(o.text)
					.map(stemOf)
					.filter((w) => !keyWords.has(w))
			).size;
		// Well below the key in what it names of the gist: no second statement of it.
		if (sharedWithKey > 2 || gistWeight(r, recurring, o) > keyWeight - GIST_MARGIN) continue;
		const own = ownTerms(r.terms, o);
		const once = o.units.filter((u) => (r.terms.where.get(u)?.size ?? 0) <= 1).length;
		// Only a paragraph's topic sentence (above), a general statement like the key, of one part
		// only. A detail deep inside a paragraph ("A Roman coin in a case is a small grey disc") is
		// one no reader would take for the gist, and the key then wins on its form.
		if (own === 0 && once === 0) continue;
		const score = own + once / 3 - gist / 2;
		out.push({ o, score });
	}
	return out
		.sort((a, b) => b.score - a.score || a.o.sentence.index - b.o.sentence.index)
		.map((x) => x.o);
}

/**
 * How far into its paragraph a wrong option may stand: its first two sentences state its topic and
 * its first point (a news paragraph often opens on a quote or a pronoun: "She placed the ball …").
 */
const TOPIC_PLACES = 2;

/**
 * "Three large dish antennas …", "62 parking spaces …": an option opening on a figure reads as a
 * number beside sentences (same-form), so the picker passes over it.
 */
export const FIGURE_OPENING =
	/^(?:[-+$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)\b)/i;

/** A sentence that tells the reader to do something ("Stay tuned …", "Water the basil …"). */
export const IMPERATIVE = (s: Sentence) => {
	const t = s.tokens[0];
	return !!t && t.tags.has('Verb') && (t.tags.has('Infinitive') || t.tags.has('Imperative'));
};

/** The terms of the article's gist: what it keeps returning to, as a set. */
export const gistTerms = (terms: ArticleTerms) => new Set(recurringTerms(terms));

/** Content words two options share: more than three make them say the same thing. */
export function sameSaying(options: readonly string[]): [string, string] | undefined {
	for (const [i, a] of options.entries())
		for (const b of options.slice(i + 1)) {
			const own = new Set(contentWords(a));
			if (new Set(contentWords(b).filter((w) => own.has(w))).size > 3) return [a, b];
		}
	return undefined;
}

/** What makes one sentence option stand out by its length, if anything. */
export function sentenceFormProblem(options: readonly string[]): string | undefined {
	const lengths = options.map((o) => wordsOf(o).length);
	const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
	if (shortest < SENTENCE_OPTION_WORDS.min || longest > SENTENCE_OPTION_WORDS.max)
		return `options of ${shortest} to ${longest} words`;
	return longest > SENTENCE_OPTION_WORDS.ratio * shortest
		? `an option of ${longest} words beside one of ${shortest}`
		: undefined;
}

/** A name's root, as the title may derive a word from it: "Australian" → "australia". */
const root = (w: string) => w.slice(0, Math.max(4, w.length - 1)).toLowerCase();

/**
 * What of the title an option repeats: the roots of its names that open a word of the title
 * ("Taipei", "Australian") and its content words that the title has.
 */
function titleCues(option: string, title: string): { names: string[]; words: string[] } {
	const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u);
	// The opening word too: "Bacteria were …" under the title "Bacteria" (answer-word-not-in-stem).
	const names = (option.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? [])
		.map(root)
		.filter((r) => words.some((w) => w.startsWith(r)));
	const shared = contentWords(option).filter((w) => contentWords(title).includes(w));
	return { names: [...new Set(names)], words: [...new Set(shared)] };
}

/** Whether an option repeats a cue of the title: a name of that root, or that content word. */
const repeats = (option: string, cue: string) =>
	contentWords(option).includes(cue) ||
	(option.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? []).some((n) => n.toLowerCase().startsWith(cue));

/**
 * Three wrong options of different paragraphs beside the key, none saying what another does, of
 * like length, each of the title's names and one of its words the key has in one of them too (the key alone
 * having them is a cue a reader takes unread), the key never the longest.
 * Undefined when the article gives no such three.
 */
export function pickSentences(
	key: SentenceOption,
	pool: readonly SentenceOption[],
	title: string
): SentenceOption[] | undefined {
	const cues = titleCues(key.text, title);
	const lead = isNewsLead(key);
	// Every name the title derives from (answer-word-not-in-stem), and one of its words at least.
	// A news lead restates its headline by design (a teacher's key does too): one of the title's
	// names or words in a wrong option is enough for the key not to be the only one echoing it.
	const covered = (taken: readonly SentenceOption[]) => {
		const missing = (c: string) => !taken.some((t) => repeats(t.text, c));
		const all = [...cues.names, ...cues.words];
		if (lead) return !all.length || all.some((c) => !missing(c));
		return !cues.names.some(missing) && !(cues.words.length && cues.words.every(missing));
	};
	const fits = (taken: readonly SentenceOption[]) => {
		const paragraphs = new Set(taken.map((t) => t.sentence.paragraph));
		const options = [key, ...taken].map((x) => x.text);
		return (
			paragraphs.size === taken.length &&
			!sameSaying(options) &&
			!sentenceFormProblem(options) &&
			!lengthCue(key.text, options.slice(1)) &&
			covered(taken)
		);
	};
	// Every three of the first options the pool ranks best (a greedy pick missed a three of like
	// length that was there), the key never the longest, in the pool's order.
	const head = pool.slice(0, PICK_POOL);
	let best: { taken: SentenceOption[]; cost: number } | undefined;
	for (let a = 0; a < head.length; a++)
		for (let b = a + 1; b < head.length; b++)
			for (let c = b + 1; c < head.length; c++) {
				const taken = [head[a], head[b], head[c]] as SentenceOption[];
				if (!fits(taken)) continue;
				// The key the longest option is the cue teachers' own main-idea items were refused for
				// (review k11): a wrong option at least as long as it, or no item.
				if (taken.every((t) => t.text.length < key.text.length)) continue;
				const cost = a + b + c;
				if (!best || cost < best.cost) best = { taken, cost };
			}
	return best?.taken;
}

/**
 * Whether a key is a news report's lead: an article's first sentence (pointProblem lets an article's
 * key be nothing else), which restates its headline.
 */
export const isNewsLead = (key: Pick<SentenceOption, 'sentence'>) => key.sentence.index === 0;

/** How many of the pool's best wrong options the picker tries in threes. */
const PICK_POOL = 14;

/** Whether an option keeps its report's dateline ("PASADENA, California, Aug. 25 - …"). */
export const hasDateline = (option: string) => DATELINE.test(option);

/** The genre a sentence item's stem tells the reader the text is. */
export const genreOfStem = (stem: string) =>
	(Object.keys(MAIN_IDEA_SENTENCE_STEMS) as Genre[]).find(
		(g) => MAIN_IDEA_SENTENCE_STEMS[g] === stem
	);

/** The fewest words of a news headline, as against a name ("Tbilisi", "Hobart, Tasmania"). */
const HEADLINE_WORDS = 5;

/** "Tbilisi is the capital …", "The hoatzin is the national bird …": what a thing is, not a point. */
const DEFINITION = /^(?:\S+\s+){1,6}?(?:is|are|was|were|refers to)\s+(?:a|an|the|one)\b/i;

/** "Few cities sit in a setting as dramatic as …", "Imagine …": a hook that draws the reader in. */
const HOOK =
	/^(?:few|many|most|no|every|some|imagine|picture|think of|there (?:is|are|was|were))\b/i;

/**
 * "On 6 April 1909, a small party …", "In 1813 a Quaker woman …", "For most of the twentieth
 * century, …": an opening that starts at a date sets the scene of a life or a history; a news lead
 * tells its event first and its day after ("… voted on Tuesday").
 */
const SCENE =
	/^(?:(?:just |early |late )?(?:on|in|for|at|by|during|before|after|until)\s+)(?:[^,.]{0,40}?\b(?:1\d{3}|20\d{2}|century|decade|era|age)\b)/i;

/** "I have three children in …", "When I was nineteen …": the speaker's own story, not the point. */
const SELF = /^(?:when )?(?:I|we)\s+(?:have|had|was|were|am|grew|live|lived|moved|remember)\b/i;

/**
 * Titles that are no news headline: a question an explainer answers ("Why Countries Banned …",
 * "How a Lake Freezes"), or an opinion's claim ("It Is Time for … to Drop Overdue Fines", "… Should
 * …"). Such a text's first sentence is a hook or background, not a lead that states its point.
 */
const NOT_HEADLINE =
	/^(?:why|how|what|when|where|who)\b|\b(?:should|must|it is time|time to|in defen[cs]e of|the case (?:for|against))\b/i;

/**
 * Why a sentence does not state the text's point, if it does not (reviews k4, k6): an opening
 * definition or hook states none, nor does an article's sentence unless it is the lead of a news
 * report, its first sentence under a headline (an encyclopedia's or a guide's sentence tells one
 * thing of its subject, however general).
 */
export function pointProblem(
	key: string,
	r: { genre: Genre; title: string },
	first: boolean
): string | undefined {
	if (DEFINITION.test(key)) return 'the key only defines its subject';
	if (HOOK.test(key)) return 'the key is an opening hook';
	if (SCENE.test(key)) return 'the key sets a scene';
	if (SELF.test(key)) return 'the key tells of the speaker, not the point';
	if (r.genre !== 'article') return undefined;
	return newsHeadline(r.title) && first
		? undefined
		: 'an article states its point only in a news lead';
}

/** Whether a title reads as a news headline: five words or more, no colon, no question or claim. */
export const newsHeadline = (title: string) =>
	wordsOf(title).length >= HEADLINE_WORDS && !/:/.test(title) && !NOT_HEADLINE.test(title);
