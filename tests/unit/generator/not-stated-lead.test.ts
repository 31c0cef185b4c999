// Not-stated lists whose first item follows a determiner or modifier ("collect storm-damaged
// furniture, …"): the word is dropped from the frame and is no part of the option; a price
// after the list ("at no charge") is no negation; a frame key is first a sister of a kind two
// shown items share. The sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import { frameKindSet } from '../../../src/lib/generator/stages/4-questions/not-stated-wordnet';
import { recalling } from './not-stated-point-fixture';

const lexicon = wordNet();

/** A made-up river town: the sentence under test between plain ones. */
const article = (sentence: string) =>
	[
		'Cleaning Up After the Storm in Marlow',
		'',
		`Marlow is a small river town in the hills. ${sentence} The council meets once a month in the old hall.`,
		'',
		'Most people in the town work on farms. The bridge over the river reopened last week.',
		'',
		recalling(sentence)
	].join('\n');

const notStated = (text: string) =>
	validCandidates(text, { kinds: ['not-stated'], lexicon }).candidates.filter(
		(c) => c.kind === 'not-stated'
	);

describe('not-stated frames past a modifier of the first item', () => {
	it.each([
		// An opening adverbial and a hyphened modifier of the first item are dropped; "at no charge"
		// after the list is a price, not a negation.
		{
			sentence:
				'Starting on Monday, council workers will remove storm-damaged furniture, carpets and appliances from the pavement at no charge.',
			stem: 'Which of these does the article NOT say council workers will remove?',
			listed: ['furniture', 'carpets', 'appliances']
		},
		// A determiner before the first item is dropped as well.
		{
			sentence: 'Local families carried the furniture, carpets and appliances to the dump.',
			stem: 'Which of these does the article NOT say local families carried?',
			listed: ['furniture', 'carpets', 'appliances']
		}
	])('asks of "$sentence"', ({ sentence, stem, listed }) => {
		const [c] = notStated(article(sentence));
		expect(c?.stem).toBe(stem);
		expect([...(c?.distractors ?? [])].sort()).toEqual([...listed].sort());
		expect(sentence.toLowerCase()).not.toContain(c?.answer.replace(/s$/, '').toLowerCase());
	});

	it.each([
		// A negation after the list still keeps the list from being asked by its verb alone.
		'Council workers will remove damaged furniture, carpets and appliances but not clothing.',
		// "no" outside a price is a negation.
		'Council workers will remove damaged furniture, carpets and appliances with no help from owners.'
	])('asks nothing by the verb alone of "%s"', (sentence) => {
		const stems = notStated(article(sentence)).map((c) => c.stem);
		expect(stems.filter((st) => /NOT say council workers will remove\?/.test(st))).toEqual([]);
	});
});

describe('frame keys of a shared near kind', () => {
	it.each([
		// "furniture" and "carpet" are both furnishings: the key is a furnishing, never a device
		// ("trap", "key") that only "appliance" is kin to.
		{ items: ['furniture', 'carpet', 'appliance'], keys: ['curtain'] }
	])('keys $items by $keys', ({ items, keys }) => {
		expect(frameKindSet(items, new Map(), lexicon)?.outsiders).toEqual(keys);
	});
});

describe('words before a list that are never dropped', () => {
	it.each([
		'Council workers will remove no furniture, carpets or appliances this week.',
		'Council workers will remove fewer sofas, carpets and appliances this year.'
	])('asks nothing by the verb alone of "%s"', (sentence) => {
		const stems = notStated(article(sentence)).map((c) => c.stem);
		expect(stems.filter((st) => /NOT say council workers will remove\?/.test(st))).toEqual([]);
	});
});
