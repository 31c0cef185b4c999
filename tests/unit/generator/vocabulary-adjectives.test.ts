// Adjective items (issue 15, k15): an adjective has no broader sense in WordNet, so its wrong
// options are heads of other clusters ("quiet", "complex" beside "vast" for "immense"), never
// the key's own cluster, and never the key with a negative prefix ("fortunate" beside
// "unfortunate").
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import {
	adjectiveSisters,
	describedNounFiles,
	describesNoun,
	HEAD_ADJECTIVES,
	negationPair
} from '../../../src/lib/generator/stages/4-questions/vocabulary-adjectives';
import { wordNet } from '../../../src/lib/server/wordnet';
import { adjectiveGroup } from '../../../src/lib/generator/stages/4-questions/vocabulary-neighbours';

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
		// At most one is the key's opposite; the rest are plain words of the key's own scale
		// (vocabulary-neighbours.ts) or, off every scale, heads of other clusters.
		const scale = adjectiveGroup(c.word!.key, c.answer, lexicon) ?? HEAD_ADJECTIVES;
		const sisters = c.distractors.filter((d) => scale.includes(d));
		expect(sisters.length).toBeGreaterThanOrEqual(2);
		for (const d of c.distractors) {
			expect(c.word!.key.words).not.toContain(d);
			expect(negationPair(d, c.answer)).toBe(false);
		}
	});

	it('offers no head of the key sense cluster', () => {
		const [key] = lexicon.senses('vast', 'a');
		// (Said of a thing made, noun topic 6: "a vast hall".)
		const words = adjectiveSisters(key!, 'vast', lexicon, [6]).flatMap((s) => s.words);
		expect(words).not.toContain('huge');
		expect(words.length).toBeGreaterThan(10);
		expect(adjectiveSisters(key!, 'vast', lexicon)).toEqual([]);
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

// Review k11: "moist air" was offered "huge", "narrow", "separate", which no air is: a reader rules
// them out without knowing "moist". A head adjective must plainly describe the noun the asked
// adjective stands before, by that noun's topic files (its first two senses').
describe('head adjectives describe the noun (k16)', () => {
	it.each([
		['narrow', [6], true], // a narrow bridge
		['narrow', [27], false], // narrow air
		['huge', [6, 17], true], // a huge stone
		['cool', [27], true], // cool air
		['separate', [27], false], // separate air
		['cheap', [4], false], // a cheap invasion
		['brief', [4, 11], true], // a brief visit
		['loud', [10], false], // loud exchanges (a message)
		['strict', [18], true], // a strict teacher
		['narrow', [], false], // no noun known: "they stay moist"
		['vast', [6], false] // not a head adjective of the list
	])('describesNoun(%s, %j) is %s', (word, files, fits) => {
		expect(describesNoun(word, files)).toBe(fits);
	});

	const tokens = (text: string) =>
		text.split(' ').map((w) => {
			const [normal, tag] = w.split('/');
			return { normal: normal!, tags: new Set(tag ? tag.split('+') : []), post: ' ' };
		});
	it.each([
		['the moist/Adjective air/Noun rose', 1, true],
		['an immense/Adjective deep/Adjective hole/Noun', 1, true],
		['they stay/Verb moist/Adjective', 2, false],
		['a famed/Adjective Paris/Noun+ProperNoun cafe/Noun', 1, false],
		['was moist/Adjective and/Conjunction cold/Adjective', 1, false]
	])('describedNounFiles finds a noun after the adjective in "%s": %s', (text, index, found) => {
		expect(describedNounFiles(tokens(text), index, lexicon).length > 0).toBe(found);
	});

	it.each([
		['moist', 'By dawn the moist air had settled over the fields below the old workings.'],
		['moist', 'Keep the seedlings in the shade so they stay moist.']
	])('offers "%s" no scale "no such thing is" in: %s', (word, sentence) => {
		const c = itemFor(article(sentence), word);
		const offered = c?.distractors ?? [];
		const none = ['huge', 'narrow', 'separate', 'tiny', 'wide', 'joint'];
		expect(offered.filter((d) => none.includes(d))).toEqual([]);
	});
});
