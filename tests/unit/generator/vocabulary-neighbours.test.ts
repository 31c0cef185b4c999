// Vocabulary, the one-word form widened (k19): wrong options of neighbouring meanings from plain
// word lists (vocabulary-neighbours.ts), a dominant sense, rare words whose senses are shades of
// one, a key read in its sense among its first ones, the key's opposite though defined by negating
// the key. Fixtures are sentences written for these tests; the real WordNet, as the other
// vocabulary tests use it.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import {
	adjectiveGroup,
	neighbourSenses
} from '../../../src/lib/generator/stages/4-questions/vocabulary-neighbours';
import {
	oppositeClear,
	rankedSense,
	sensesAlike
} from '../../../src/lib/generator/stages/4-questions/vocabulary';
import {
	dominantSense,
	DOMINANT_RATIO
} from '../../../src/lib/generator/stages/4-questions/vocabulary-senses';
import { VOCABULARY_CHECKS } from '../../../src/lib/generator/stages/4-questions/vocabulary-checks';
import { wordNet } from '../../../src/lib/server/wordnet';

const lexicon = wordNet();

/** A short article around one sentence, so the word is read in a paragraph of its own. */
const article = (sentence: string) =>
	[
		'A Walk by the River',
		'',
		'The town sits on a bend of the river, and its market is held every Saturday.',
		'',
		sentence,
		'',
		'In the evening the families walk home along the towpath and the lamps come on.'
	].join('\n');

const itemFor = (text: string, word: string) =>
	validCandidates(text, { kinds: ['vocabulary'], lexicon }).candidates.find(
		(c) => c.kind === 'vocabulary' && c.word?.text === word
	);

describe('wrong options of neighbouring meanings', () => {
	it.each([
		// (word, key, its scale holds)
		['moist', 'wet', 'dry'],
		['vast', 'large', 'small'],
		['brave', 'brave', 'careful']
	])('puts the key of "%s" on an everyday scale', (word, keyWord, member) => {
		const key = lexicon.senses(word, 'a')[0]!;
		const group = adjectiveGroup(key, keyWord, lexicon);
		expect(group).toBeDefined();
		expect(group).toContain(member);
	});

	it('gives a key on no everyday scale no adjective neighbours', () => {
		const key = lexicon.senses('mayoral', 'a')[0]!;
		expect(adjectiveGroup(key, 'mayoral', lexicon)).toBeUndefined();
		expect(neighbourSenses(key, 'mayoral', 'a', lexicon, 'mayoral')).toEqual([]);
	});

	it.each([
		['v', 'shrink'],
		['v', 'trust'],
		['n', 'anger']
	] as const)('offers a %s key only plain words of its own topic file (%s)', (pos, lemma) => {
		const key = lexicon.senses(lemma, pos)[0]!;
		const out = neighbourSenses(key, lemma, pos, lexicon, lemma);
		expect(out.length).toBeGreaterThan(2);
		for (const s of out) {
			expect(s.lexFile).toBe(key.lexFile);
			expect(s.words).toHaveLength(1);
			expect(s.words[0]).not.toBe(lemma);
		}
	});

	it('turns the list by the word, the same on every run', () => {
		const key = lexicon.senses('shrink', 'v')[0]!;
		const a = neighbourSenses(key, 'shrink', 'v', lexicon, 'dwindle').map((s) => s.words[0]);
		const b = neighbourSenses(key, 'shrink', 'v', lexicon, 'dwindle').map((s) => s.words[0]);
		expect(a).toEqual(b);
	});
});

describe('the sense of a word read by dominance', () => {
	const sense = (tagCount: number) => ({ tagCount });
	it.each([
		// (case, senseCount, dominance, keyOverlap, apartOverlap, key tags, dominant)
		['a far more common first sense, no other in context', 3, 10, 0, 0, 12, true],
		['a lead short of the ratio', 3, DOMINANT_RATIO - 1, 2, 0, 12, false],
		['a ratio of tiny counts', 2, Infinity, 0, 0, 3, false],
		['another sense named by the context', 3, 12, 0, 1, 12, false],
		['another sense named twice', 3, 12, 3, 2, 12, false],
		['one sense only (read as such elsewhere)', 1, Infinity, 0, 0, 12, false]
	])('%s', (_, senseCount, dominance, keyOverlap, apartOverlap, tags, expected) => {
		expect(
			dominantSense({ senseCount, dominance, keyOverlap, apartOverlap, key: sense(tags) })
		).toBe(expected);
	});
});

describe('rare words whose senses are shades of one', () => {
	it.each([
		['meticulous', 'a', true],
		['bank', 'n', false]
	] as const)('"%s" (%s) has alike senses: %s', (lemma, pos, alike) => {
		expect(sensesAlike(lexicon.senses(lemma, pos), lemma)).toBe(alike);
	});
});

describe('a key read in its sense among its first ones', () => {
	it('takes "bother" for the annoying sense, not "promise" for foretelling', () => {
		const annoy = lexicon.senses('annoy', 'v')[0]!;
		expect(rankedSense(lexicon.senses('bother', 'v'), annoy.id)).toBe(true);
		const predict = lexicon.senses('predict', 'v')[0]!;
		expect(rankedSense(lexicon.senses('promise', 'v'), predict.id)).toBe(false);
	});
});

describe("the key's opposite", () => {
	it('is clear of the key though its definition negates it ("dry" beside "moist")', () => {
		const moist = lexicon.senses('moist', 'a')[0]!;
		expect(oppositeClear(lexicon.senses('dry', 'a'), moist)).toBe(true);
		expect(oppositeClear(lexicon.senses('damp', 'a'), moist)).toBe(false);
	});
});

describe('items of the widened form', () => {
	it.each([
		['Inside the old mill the air was cold and moist all year round.', 'moist', 'wet'],
		['Each visitor was greeted by a courageous little dog at the gate.', 'courageous', 'brave']
	])('asks a word in its sentence with one-word options (%s)', (sentence, word, key) => {
		const c = itemFor(article(sentence), word);
		expect(c).toBeDefined();
		expect(c!.answer).toBe(key);
		const options = [c!.answer, ...c!.distractors];
		expect(options.every((o) => /^[a-z]+$/.test(o))).toBe(true);
		expect(new Set(options).size).toBe(4);
		for (const [name, check] of Object.entries(VOCABULARY_CHECKS))
			expect([name, check(c!)]).toEqual([name, undefined]);
		// No option is a degree word ("worst"), none a word of the article.
		const text = article(sentence).toLowerCase();
		for (const d of c!.distractors) expect(text.includes(` ${d} `)).toBe(false);
	});
});
