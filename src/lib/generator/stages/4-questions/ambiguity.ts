// Stems that would fit more than one answer: the same predicate said of another subject.
import type { Fact } from '../../types';

/** Words that say the same in a predicate: "greater" and "higher", "game" and "match". */
const SAME_WORD: Record<string, string> = {
	higher: 'more',
	greater: 'more',
	better: 'more',
	larger: 'more',
	bigger: 'more',
	game: 'match',
	contest: 'match'
};
// "as well", "too", "also": words that say the predicate is shared, not what it is.
const PREDICATE_STOP = new Set([
	'as',
	'well',
	'too',
	'the',
	'a',
	'an',
	'of',
	'in',
	'on',
	'at',
	'to',
	'its',
	'their',
	'also'
]);

export const plainWords = (text: string) =>
	text
		.toLowerCase()
		.split(/[^a-z0-9-]+/)
		.filter((w) => w && !PREDICATE_STOP.has(w))
		.map((w) => SAME_WORD[w] ?? w);

export interface SentenceIndex {
	/** Each sentence's plain words, space-padded. */
	text: Map<number, string>;
	/** The sentences each plain word occurs in. */
	byWord: Map<string, number[]>;
}

/** The plain words of every sentence the facts came from, and where each word occurs. */
export function sentenceIndex(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string
): SentenceIndex {
	const index: SentenceIndex = { text: new Map(), byWord: new Map() };
	for (const f of facts) {
		if (index.text.has(f.sentence)) continue;
		const words = plainWords(sentenceText(f));
		index.text.set(f.sentence, ` ${words.join(' ')} `);
		for (const w of new Set(words)) {
			const list = index.byWord.get(w);
			if (list) list.push(f.sentence);
			else index.byWord.set(w, [f.sentence]);
		}
	}
	return index;
}

/** The plain words of every sentence of the article, for `saidElsewhere`. */
export function articleIndex(sentences: readonly { index: number; text: string }[]): SentenceIndex {
	const index: SentenceIndex = { text: new Map(), byWord: new Map() };
	for (const s of sentences) {
		const words = plainWords(s.text);
		index.text.set(s.index, ` ${words.join(' ')} `);
		for (const w of new Set(words)) {
			const list = index.byWord.get(w);
			if (list) list.push(s.index);
			else index.byWord.set(w, [s.index]);
		}
	}
	return index;
}

/**
 * Whether the article says `phrase` (as plain words: "greater" and "higher" alike) at least
 * `times` times, counting every mention in a sentence. Only the sentences holding the phrase's
 * rarest word are read, and the count stops once it is reached.
 */
export function saidTimes(index: SentenceIndex, phrase: string, times: number): boolean {
	const words = plainWords(phrase);
	if (words.length === 0) return false;
	const needle = ` ${words.join(' ')} `;
	let seen = 0;
	for (const i of rarestWordSentences(index, words)) {
		const text = index.text.get(i) ?? '';
		for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
			if (++seen >= times) return true;
	}
	return false;
}

/** The sentences holding the rarest of `words`: the only ones that can hold all of them. */
export const rarestWordSentences = (index: SentenceIndex, words: readonly string[]) =>
	words.map((w) => index.byWord.get(w) ?? []).reduce((a, b) => (b.length < a.length ? b : a));

/** The first or last `n` plain words of a text. */
export const plainEdge = (text: string, n: number, end: 'first' | 'last') => {
	const words = plainWords(text);
	return (end === 'first' ? words.slice(0, n) : words.slice(-n)).join(' ');
};

const predicateCache = new WeakMap<Fact, Set<string>>();
function predicateWords(f: Fact): Set<string> {
	let words = predicateCache.get(f);
	if (!words) {
		words = new Set(plainWords(`${f.frame?.verb ?? ''} ${f.frame?.before ?? ''}`));
		predicateCache.set(f, words);
	}
	return words;
}

/**
 * Whether another value of the same type does what the fact's subject does ("Sweden had higher
 * ball possession in the game" beside "Belgium had greater ball possession in the match"): then
 * the stem fits more than one answer.
 */
export function sharedPredicate(
	fact: Fact,
	facts: readonly Fact[],
	sentences: SentenceIndex = sentenceIndex([], () => '')
): boolean {
	if (fact.frame?.slot !== 'subject') return false;
	const own = predicateWords(fact);
	if (own.size < 2) return false;
	// "… and Sassi scored from the penalty spot": the same words in another sentence. Only the
	// sentences holding the phrase's rarest word are read.
	const words = plainWords(`${fact.frame.verb} ${fact.frame.before}`);
	const phrase = ` ${words.join(' ')} `;
	const rarest = words
		.map((w) => sentences.byWord.get(w) ?? [])
		.reduce((a, b) => (b.length < a.length ? b : a));
	const said = (i: number) => {
		const text = sentences.text.get(i) ?? '';
		const at = text.indexOf(phrase);
		// In the fact's own sentence, only a second time: "Ghana scored …, and Peru scored …".
		return at >= 0 && (i !== fact.sentence || text.indexOf(phrase, at + 1) >= 0);
	};
	if (rarest.some(said)) return true;
	return facts.some((g) => {
		if (g === fact || g.frame?.slot !== 'subject' || g.value.type !== fact.value.type) return false;
		if (g.frame.verb !== fact.frame?.verb) return false;
		if (g.value.text.toLowerCase() === fact.value.text.toLowerCase()) return false;
		const other = predicateWords(g);
		const common = [...own].filter((w) => other.has(w)).length;
		return common / Math.max(own.size, other.size) >= 0.8;
	});
}

/**
 * Whether the article writes one of `titles` (plain words: "emperor", "king") before `name`, at
 * most two words ahead of it: "King Charles I", "Professor August Wilhelm von Hofmann".
 */
export function titledAs(index: SentenceIndex, titles: readonly string[], name: string): boolean {
	const words = plainWords(name);
	if (words.length === 0) return false;
	const needle = ` ${words.join(' ')} `;
	for (const i of rarestWordSentences(index, words)) {
		const text = index.text.get(i) ?? '';
		for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			const ahead = text.slice(0, at).trim().split(' ').slice(-3);
			if (ahead.some((w) => titles.includes(w))) return true;
		}
	}
	return false;
}
