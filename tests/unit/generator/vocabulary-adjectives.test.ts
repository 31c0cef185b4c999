// Adjective items (issue 15, k15): an adjective has no broader sense in WordNet, so its wrong
// options are heads of other clusters ("quiet", "complex" beside "vast" for "immense"), never
// the key's own cluster, and never the key with a negative prefix ("fortunate" beside
// "unfortunate").
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import {
	adjectiveSisters,
	HEAD_ADJECTIVES,
	negationPair
} from '../../../src/lib/generator/stages/4-questions/vocabulary-adjectives';
import { wordNet } from '../../../src/lib/server/wordnet';

const lexicon = wordNet();
const itemFor = (text: string, word: string) =>
	validCandidates(text, { kinds: ['vocabulary'], lexicon }).candidates.find(
		(c) => c.kind === 'vocabulary' && c.word?.text === word
	);

/** A short article of the writer's own around one sentence. */
const article = (sentence: string) =>
	[
		'The Old Quarry',
		'',
		'The quarry above the town closed many years ago, and walkers now use its paths.',
		'',
		sentence,
		'',
		'The council plans to put up new signs along the paths next spring.'
	].join('\n');

describe('adjective items', () => {
	it.each([
		[
			'a size adjective',
			'From the rim, visitors look down into an immense hole cut into the grey rock.',
			'immense',
			'vast'
		],
		[
			'a kind adjective',
			'The rock splits into discrete blocks that the workers once lifted out by crane.',
			'discrete',
			'separate'
		]
	])('asks %s with three plain adjectives of other scales', (_, sentence, word, key) => {
		const c = itemFor(article(sentence), word)!;
		expect(c).toBeDefined();
		expect(c.answer).toBe(key);
		expect(c.distractors).toHaveLength(3);
		const sisters = c.distractors.filter((d) => HEAD_ADJECTIVES.includes(d));
		// At most one is the key's opposite; the rest are heads of other clusters.
		expect(sisters.length).toBeGreaterThanOrEqual(2);
		for (const d of c.distractors) {
			expect(c.word!.key.words).not.toContain(d);
			expect(negationPair(d, c.answer)).toBe(false);
		}
	});

	it('offers no head of the key sense cluster', () => {
		const [key] = lexicon.senses('vast', 'a');
		const words = adjectiveSisters(key!, 'vast', lexicon).flatMap((s) => s.words);
		expect(words).not.toContain('huge');
		expect(words.length).toBeGreaterThan(10);
	});

	it.each([
		['fortunate', 'unfortunate', true],
		['usual', 'unusual', true],
		['able', 'disable', true],
		['fortunate', 'lucky', false],
		['ink', 'inking', false],
		['tend', 'intend', true]
	])('negationPair(%s, %s) is %s', (a, b, pair) => {
		expect(negationPair(a, b)).toBe(pair);
	});
});
