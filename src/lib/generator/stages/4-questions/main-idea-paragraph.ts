// "What is paragraph 3 ("At the ceremony, …") mainly about?": the main idea of one paragraph, for
// articles whose whole gist no phrase or sentence of them states (speeches, stories, essays, guides
// and most news). The key is the paragraph's topic, a noun phrase of the terms it keeps repeating
// and the rest of the article seldom uses; the wrong options are the topics of three other
// paragraphs, each true of the article and plainly not of this paragraph (no word of theirs is in
// it), all four the article's own phrases of like form, so no option stands out by its wording.
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { lemma, uses, VAGUE_HEAD, type ArticleTerms, ARTICLE_START } from '../3-facts/gist';
import { endsWhole } from '../3-facts/gist';
import { headOf, nounPhrases, type Phrase } from '../3-facts/phrases';
import { wholeSentenceFact } from '../3-facts/sentences';
import { convergesOnKey, wordsOf } from '../../well-formed';
import { contentWords, keyIsSharedCore, overlapping, sentenceCase } from './main-idea-form';
import { lengthCue, PARAGRAPH_ID } from './main-idea-checks';

export { PARAGRAPH_ID };

/** The stem, with the paragraph's number and its opening or closing words (so no reader counts wrong). */
export const paragraphStem = (n: number, quoted: Quoted) =>
	quoted.at === 'opening'
		? `What is paragraph ${n} ("${quoted.words} …") mainly about?`
		: `What is paragraph ${n} (ending "… ${quoted.words}") mainly about?`;
/** Whether a candidate is a paragraph item (its fact's id says so). */
export const isParagraphItem = (c: Candidate) =>
	c.kind === 'main-idea' && c.fact.id.startsWith(PARAGRAPH_ID);

/** Fewest words of the paragraph asked about: a short one has no main idea of its own. */
const MIN_PARAGRAPH_WORDS = 45;
/** Fewest sentences of that paragraph, and of them how many must name its topic's head. */
const MIN_SENTENCES = 2;
/** How many of a paragraph's first sentences may give its key: a topic sentence opens it. */
const TOPIC_SENTENCES = 2;
/** The least share of the paragraph's sentences that name its topic's head. */
const HEAD_SHARE = 0.4;
/** Fewest prose paragraphs: the asked one and three whose topics are the wrong options. */
const MIN_PARAGRAPHS = 4;
/** Options are short topic phrases: 2 to 8 words (a longer one reads as a detail, not a topic). */
const MIN_TOPIC_WORDS = 2;
const MAX_TOPIC_WORDS = 8;
/** The longest option at most this many times the shortest, in words. */
const TOPIC_LENGTH_RATIO = 2.5;
/** How many words of the paragraph's opening (or closing) the stem quotes, at most and at least. */
const QUOTED_WORDS = 5;
const MIN_QUOTED_WORDS = 3;

/** One paragraph's topic: the phrase, its head's lemma, its content words, and how well it fits. */
export interface Topic {
	text: string;
	head: string;
	words: Set<string>;
	paragraph: number;
	score: number;
	/** The sentence the phrase is from, the item's source when it is the key. */
	sentence: Sentence;
}

/** Words the article keeps returning to (in half its paragraphs or more): no paragraph's own topic. */
function articleWide(terms: ArticleTerms): Set<string> {
	const half = terms.paragraphs.length / 2;
	return new Set([...terms.where].filter(([, at]) => at.size >= half).map(([u]) => u));
}

/**
 * Whether a phrase names a topic: it opens on an article, or is a bare plural of common nouns
 * ("palace eunuchs", "dried snake droppings"); its head is a common noun of substance (not "a
 * member", "the rest"); it has no figure (a date or count is a detail) and it ends whole.
 */
function topicPhrase(s: Sentence, p: Phrase): boolean {
	const head = s.tokens[headOf(s.tokens, p.from)];
	return (
		(ARTICLE_START.test(p.text) || barePlural(s, p)) &&
		!!head &&
		/^\p{Ll}/u.test(head.text) &&
		!VAGUE_HEAD.test(head.normal) &&
		!GENERIC_HEAD.test(lemma(head.normal)) &&
		!/\d/.test(p.text) &&
		!UNFIT.test(p.text) &&
		(endsWhole(s.tokens, p) || subjectBeforeVerb(s, p)) &&
		!CUT_PAIR.test(s.tokens[p.to]?.normal ?? '') &&
		endsOnNoun(s, p) &&
		!cutBefore(s.tokens[p.to]) &&
		!s.tokens.slice(p.from, p.to).some((t) => t.tags.has('Value'))
	);
}

/**
 * "The seeds indoors", "the worms of the sea need": a phrase ends on a noun, not an adverb or verb,
 * and not before one ("the public debt of member [states]").
 */
function endsOnNoun(s: Sentence, p: Phrase): boolean {
	const last = s.tokens[p.to - 1];
	return !!last && last.tags.has('Noun') && !last.tags.has('Verb') && !last.tags.has('Adverb');
}

/**
 * Whether a topic says what of its head the paragraph tells: "The palace eunuchs", "A reverse
 * mask", not "The water", "A horror" (a bare noun names a thing the paragraph mentions, seldom what
 * it is about). A key needs two content words at least.
 */
export const saysWhat = (text: string) => contentWords(text).length >= 2;

/**
 * "Palace eunuchs", "cotton balls": a phrase with no article stands as a topic when its head is a
 * plural and no word of it is a name (a capital past the sentence's first word).
 */
function barePlural(s: Sentence, p: Phrase): boolean {
	const toks = s.tokens.slice(p.from, p.to);
	const head = s.tokens[headOf(s.tokens, p.from)];
	return (
		toks.length >= 2 &&
		!!head?.tags.has('Plural') &&
		toks.every((t, i) => /^\p{Ll}/u.test(t.text) || (i === 0 && p.from === 0))
	);
}

/**
 * Heads that name no paragraph's topic on their own, whatever the paragraph: "The world", "The
 * scenario", "An advantage", "The home" say where or how, not what the paragraph tells of.
 */
const GENERIC_HEAD =
	/^(world|scenario|advantage|disadvantage|body|home|country|winter|summer|company|event|club|government|evening|morning|content|record|difference|interview|mission|time|thing|way|people|person|year|day|man|woman|word|base|connection|section|amount|matter|idea|question|reason|state|city|area|place|life|work|end|start|part|side|moment|situation|problem|sense|number|group|case|example|fact|point|lot|while|kind|type|order|level|rest|use|one|kilometre|kilometer|mile|metre|meter|foot|feet|percent|dollar|pound|euro|hour|minute|second)$/;

/**
 * Whether the word after a phrase finishes it: a noun ("the public debt of member [states]", which
 * the tagger may read as a verb in "-s" too).
 */
const cutBefore = (next: Sentence['tokens'][number] | undefined) =>
	!!next &&
	(next.tags.has('Noun') ||
		(next.tags.has('PresentTense') &&
			!next.tags.has('Copula') &&
			!next.tags.has('Auxiliary') &&
			/s$/.test(next.normal)));

/**
 * "[The salt warehouses] stood along the quay": a phrase that opens its sentence, right before a
 * verb in the past, is the sentence's subject and ends whole (endsWhole reads a verb in "-ed" after a
 * phrase inside a sentence as a participle that carries it on).
 */
const subjectBeforeVerb = (s: Sentence, p: Phrase) =>
	p.from === 0 && !!s.tokens[p.to]?.tags.has('PastTense') && !breakAt(s, p.to - 1);

/** Whether punctuation follows token i. */
const breakAt = (s: Sentence, i: number) => /[,;:()"]/.test(s.tokens[i]?.post ?? '');

/** "An event in space [and time]": a phrase cut before the second half of a pair says half of it. */
const CUT_PAIR = /^(and|or|nor)$/;

/**
 * The paragraph's own terms, names too, by how many of its sentences name them: terms of the
 * article's whole (in half its paragraphs or more) are left out, being what every paragraph is
 * about. A paragraph that names the Xiongnu most is about them, not about "the Xianbei confederation".
 */
function ownCounts(terms: ArticleTerms, paragraph: number, wide: ReadonlySet<string>) {
	const out = new Map<string, number>();
	for (const [u, at] of terms.where)
		if (!wide.has(u) && (at.get(paragraph) ?? 0) > 0) out.set(u, at.get(paragraph)!);
	return out;
}

/**
 * Whether a head is what its paragraph is mainly about: no other term of the paragraph's own is
 * named in more of its sentences (nor any of the article's whole), it is named in two at least and two in five of them, one of its first
 * two sentences (the topic sentence) names it, and few other paragraphs name it at all (a quarter).
 */
function dominantHead(
	head: string,
	paragraph: readonly Sentence[],
	own: ReadonlyMap<string, number>,
	terms: ArticleTerms
): boolean {
	const here = own.get(head) ?? 0;
	const most = Math.max(0, ...own.values());
	// "The overall murder rate" of a paragraph that keeps saying "death penalty", the article's
	// subject: the paragraph is about an aspect of that subject, which a phrase without it misses.
	const whole = Math.max(
		0,
		...[...terms.where.values()].map((at) => at.get(paragraph[0]!.paragraph) ?? 0)
	);
	const early = paragraph
		.slice(0, 2)
		.some((s) => s.tokens.some((_, i) => terms.unitsAt(s, i).includes(head)));
	return (
		here >= MIN_SENTENCES &&
		here >= HEAD_SHARE * paragraph.length &&
		here === most &&
		here >= whole &&
		early &&
		(terms.where.get(head)?.size ?? 0) <= Math.max(2, terms.paragraphs.length / 4)
	);
}

/** Words no option should put before a pupil out of context (main-idea-options.ts says why). */
const UNFIT = /\b(sex|sexual|sexually|porn\w*|nude|naked|rape|suicide|torture|genitals?)\b/i;

/**
 * The topic of each paragraph that has one: the phrase whose head the paragraph names most
 * (dominantHead) and few other paragraphs name at all (what this paragraph is about, not what the
 * article is), scored by how much of its terms' use is this paragraph's; a phrase from the
 * paragraph's first sentence (its topic sentence) is preferred. `loose`: any head the paragraph
 * names in two sentences, for the wrong options, which need only be of their paragraph and plainly
 * not of the one asked about.
 */
export function paragraphTopics(
	sentences: readonly Sentence[],
	text: string,
	terms: ArticleTerms,
	prose: ReadonlySet<number>,
	loose = false
): Map<number, Topic> {
	const wide = articleWide(terms);
	const best = new Map<number, Topic>();
	const byParagraph = new Map<number, Sentence[]>();
	for (const s of sentences)
		byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
	const owned = new Map<number, Map<string, number>>();
	for (const s of sentences) {
		if (!prose.has(s.paragraph)) continue;
		const paragraph = byParagraph.get(s.paragraph)!;
		const own = owned.get(s.paragraph) ?? ownCounts(terms, s.paragraph, wide);
		owned.set(s.paragraph, own);
		for (const p of nounPhrases(s, text, { min: MIN_TOPIC_WORDS, max: MAX_TOPIC_WORDS })) {
			if (!topicPhrase(s, p) || !saysWhat(p.text)) continue;
			const headToken = s.tokens[headOf(s.tokens, p.from)];
			const head = lemma(headToken?.normal ?? '');
			const fits = loose
				? (own.get(head) ?? 0) >= MIN_SENTENCES
				: paragraph.indexOf(s) < TOPIC_SENTENCES && dominantHead(head, paragraph, own, terms);
			if (!fits) continue;
			const units = new Set<string>();
			for (let i = p.from; i < p.to; i++) for (const u of terms.unitsAt(s, i)) units.add(u);
			const score =
				[...units]
					.filter((u) => !wide.has(u))
					.reduce((n, u) => n + (terms.where.get(u)?.get(s.paragraph) ?? 0) / uses(terms, u), 0) +
				(paragraph[0] === s ? 0.5 : 0);
			const prior = best.get(s.paragraph);
			if (prior && prior.score >= score) continue;
			best.set(s.paragraph, {
				text: sentenceCase(p.text),
				head,
				words: new Set(contentWords(p.text)),
				paragraph: s.paragraph,
				score,
				sentence: s
			});
		}
	}
	return best;
}

/** The paragraph's number as a reader counts them: headings are no paragraphs (as vocabulary's). */
export const readerNumber = (norm: NormalizedText, paragraph: number) =>
	norm.paragraphs.slice(0, paragraph + 1).filter((p) => !p.heading).length;

/** Where the stem quotes the paragraph: its opening words, or its closing ones. */
export interface Quoted {
	words: string;
	at: 'opening' | 'closing';
}

/**
 * The paragraph's opening words for the stem, stopping before a word of any option (a stem that
 * shares the key's words points to it); when the paragraph opens on an option's words, as a topic
 * sentence does, its closing words, from after the last such word.
 */
export function quotedWords(paragraph: string, options: readonly string[]): Quoted | undefined {
	const named = new Set(options.flatMap(contentWords));
	const isNamed = (w: string) => contentWords(w).some((c) => named.has(c));
	const words = paragraph.trim().split(/\s+/);
	const out: string[] = [];
	for (const w of words.slice(0, QUOTED_WORDS)) {
		if (isNamed(w)) break;
		out.push(w);
	}
	const opening = out.join(' ').replace(/[,;:.!?"“”'‘’)(]+$/u, '');
	if (wordsOf(opening).length >= MIN_QUOTED_WORDS) return { words: opening, at: 'opening' };
	const tail: string[] = [];
	for (const w of words.slice(-QUOTED_WORDS).reverse()) {
		if (isNamed(w)) break;
		tail.unshift(w);
	}
	const closing = tail.join(' ').replace(/^[,;:.!?"“”'‘’)(]+|[.!?"“”'‘’)]+$/gu, '');
	return wordsOf(closing).length >= MIN_QUOTED_WORDS
		? { words: closing, at: 'closing' }
		: undefined;
}

/**
 * What keeps a wrong option beside a key, if anything: its head, or a word of it the article does
 * not use throughout (`shared`: the title's words and the terms of half its paragraphs), in the
 * asked paragraph (it is then of this paragraph too, a second fair answer), or its head the key's.
 */
export function wrongProblem(
	wrong: Topic,
	key: Topic,
	paragraphWords: ReadonlySet<string>,
	shared: ReadonlySet<string> = new Set()
) {
	if (wrong.head === key.head) return `"${wrong.text}" has the key's head`;
	const inside = [...wrong.words].find(
		(w) => paragraphWords.has(w) && (w === wrong.head || !shared.has(w))
	);
	return inside ? `"${inside}" of "${wrong.text}" is in the paragraph asked about` : undefined;
}

/**
 * What makes four topic options unfit, if anything: a form apart (main-idea-form.ts), two that
 * overlap, the key the longest (test-wise readers pick it), the one sharing the most words with the
 * others, or the only one with a word of the title.
 */
export function optionsProblem(key: string, wrong: readonly string[], title: string) {
	const options = [key, ...wrong];
	const form = topicFormProblem(options);
	if (form) return form;
	const pair = overlapping(options, title);
	if (pair) return `"${pair[0]}" and "${pair[1]}" overlap`;
	if (wrong.every((w) => w.length < key.length)) return 'the key is the longest option';
	if (lengthCue(key, wrong)) return 'the key is far the longest option';
	if (keyIsSharedCore(options) || convergesOnKey(options, 0))
		return 'the key shares the most words with the other options';
	const titled = (o: string) => contentWords(o).some((w) => contentWords(title).includes(w));
	if (titled(key) && !wrong.some(titled)) return "only the key shares the title's words";
	return undefined;
}

/**
 * What makes one topic option stand out by its form, if anything: a length outside 2 to 8 words,
 * the longest more than two and a half times the shortest, or the key alone opening on an article
 * or alone without one (option 0 is the key).
 */
export function topicFormProblem(options: readonly string[]): string | undefined {
	const lengths = options.map((o) => wordsOf(o).length);
	const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
	if (shortest < MIN_TOPIC_WORDS || longest > MAX_TOPIC_WORDS)
		return `options of ${shortest} to ${longest} words`;
	if (longest > TOPIC_LENGTH_RATIO * shortest)
		return `an option of ${longest} words beside one of ${shortest}`;
	const [key = false, ...wrong] = options.map((o) => ARTICLE_START.test(o));
	return wrong.includes(key) ? undefined : 'the key alone differs in its article';
}

/** Three wrong options for the key, the best-fitting topics first, or undefined. */
function pickWrong(
	key: Topic,
	topics: readonly Topic[],
	paragraphWords: ReadonlySet<string>,
	title: string,
	shared: ReadonlySet<string>
): Topic[] | undefined {
	const pool = topics.filter(
		(t) =>
			t.paragraph !== key.paragraph &&
			saysWhat(t.text) &&
			!wrongProblem(t, key, paragraphWords, shared)
	);
	// Any three of the pool, in the article's order: the first set whose form passes.
	for (let a = 0; a < pool.length; a++)
		for (let b = a + 1; b < pool.length; b++)
			for (let c = b + 1; c < pool.length; c++) {
				const wrong = [pool[a]!, pool[b]!, pool[c]!];
				if (
					!optionsProblem(
						key.text,
						wrong.map((w) => w.text),
						title
					)
				)
					return wrong;
			}
	return undefined;
}

/** The paragraph item of an article with four prose paragraphs or more, the best paragraph first. */
export function paragraphCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	terms: ArticleTerms
): Candidate[] {
	const prose = new Set(
		terms.paragraphs.filter((p) => norm.paragraphs[p] && !norm.paragraphs[p].heading)
	);
	if (prose.size < MIN_PARAGRAPHS) return [];
	const keys = [...paragraphTopics(sentences, norm.text, terms, prose).values()];
	const topics = [...paragraphTopics(sentences, norm.text, terms, prose, true).values()].sort(
		(a, b) => a.paragraph - b.paragraph
	);
	if (!keys.length || topics.length < MIN_PARAGRAPHS) return [];
	const title = norm.title ?? '';
	const shared = new Set([...contentWords(title), ...articleWide(terms)]);
	for (const key of keys.sort((a, b) => b.score - a.score)) {
		const span = norm.paragraphs[key.paragraph]!;
		const paragraph = norm.text.slice(span.start, span.end);
		const count = sentences.filter((s) => s.paragraph === key.paragraph).length;
		if (wordsOf(paragraph).length < MIN_PARAGRAPH_WORDS || count < MIN_SENTENCES) continue;
		const paragraphWords = new Set(contentWords(paragraph));
		const wrong = pickWrong(key, topics, paragraphWords, title, shared);
		if (!wrong) continue;
		const quoted = quotedWords(paragraph, [key.text, ...wrong.map((w) => w.text)]);
		if (!quoted) continue;
		return [candidate(norm, key, wrong, span, quoted)];
	}
	return [];
}

/** The candidate: the paragraph as its source, and why each option is right or wrong. */
function candidate(
	norm: NormalizedText,
	key: Topic,
	wrong: Topic[],
	span: { start: number; end: number },
	quoted: Quoted
): Candidate {
	const s = key.sentence;
	const n = readerNumber(norm, key.paragraph);
	const fact = wholeSentenceFact(s, {
		id: `${PARAGRAPH_ID}${s.index}`,
		kind: 'gist',
		value: { text: key.text, start: s.start, end: s.end, type: 'thing' },
		statement: s.text,
		salience: 1
	});
	const why = wrong.map(
		(w) => `"${w.text}" is the topic of paragraph ${readerNumber(norm, w.paragraph)}, not this one.`
	);
	return {
		id: `${fact.id}-main-idea`,
		kind: 'main-idea',
		stem: paragraphStem(n, quoted),
		answer: key.text,
		distractors: wrong.map((w) => w.text),
		fact,
		source: { sentence: norm.text.slice(span.start, span.end), start: span.start, end: span.end },
		explanation: [
			`Paragraph ${n} keeps returning to ${key.text.charAt(0).toLowerCase()}${key.text.slice(1)}.`,
			...why
		].join(' ')
	};
}
