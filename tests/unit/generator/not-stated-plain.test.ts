// Not-stated lists of plain prose (review k11): small animals and body parts as plain sets, a list
// narrowed by a restrictive clause ("… that hide among the reeds"), kinds further up the
// dictionary, "even" before a last item, a last item of nouns read by its head, a frame on "in",
// and no sister key whose kind the article writes. The sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import {
	compoundLast,
	kindWritten
} from '../../../src/lib/generator/stages/4-questions/not-stated-wordnet';
import {
	ALL_SETS,
	matchMember,
	pluralOf
} from '../../../src/lib/generator/stages/4-questions/not-stated-sets';
import { recalling } from './not-stated-point-fixture';

const lexicon = wordNet();

/** A made-up village article: the sentence under test between plain ones. */
const article = (sentence: string) =>
	[
		'A Summer at Lowmere',
		'',
		`Lowmere is a quiet village beside a shallow lake. ${sentence} The village hall opens on Saturdays.`,
		'',
		'The lake was dug for clay two hundred years ago. A path now runs around its shore.',
		'',
		recalling(sentence)
	].join('\n');

const notStated = (text: string) =>
	validCandidates(text, { kinds: ['not-stated'], lexicon }).candidates.filter(
		(c) => c.kind === 'not-stated'
	);

const set = (name: string) => ALL_SETS.find((s) => s.name === name);

describe('not-stated lists of plain prose', () => {
	it.each([
		// A restrictive clause after the list names it with its set.
		{
			sentence:
				'Warm summers are good news for the fish, frogs, turtles and insects that hide among the reeds.',
			stem: 'Which of these does the article NOT name among the animals that hide among the reeds?',
			listed: ['fish', 'frogs', 'turtles']
		},
		// A verb, its object and "in" before the list; "even" and a compound last item.
		{
			sentence:
				'Visitors ate sandwiches in offices, restaurants, trains and hospital waiting rooms.',
			stem: 'Which of these does the article NOT say visitors ate sandwiches in?',
			listed: ['offices', 'restaurants', 'trains']
		}
	])('asks of "$sentence"', ({ sentence, stem, listed }) => {
		const [c] = notStated(article(sentence));
		expect(c?.stem).toBe(stem);
		expect([...(c?.distractors ?? [])].sort()).toEqual([...listed].sort());
		const key = c?.answer.toLowerCase() ?? '';
		expect(key).not.toBe('');
		expect(article(sentence).toLowerCase()).not.toContain(key.replace(/e?s$/, ''));
	});

	it.each([
		// "them" in the clause leans on the sentence before: no frame of it.
		'The reeds shelter the fish, frogs, turtles and insects that depend on them.',
		// After "of", the clause may be of the noun before it ("the eggs … that hatch").
		'Children counted the eggs of fish, frogs, turtles and insects that hatch in May.',
		// After a comma, "which" adds a remark, not what the list is.
		'The fish, frogs, turtles and insects, which sleep through the winter, wake in March.'
	])('names no set by the clause of "%s"', (sentence) => {
		const stems = notStated(article(sentence)).map((c) => c.stem);
		expect(stems.filter((st) => / NOT name among the animals /.test(st))).toEqual([]);
	});

	it('keeps the whole last item as listed, not a noun cut from it', () => {
		const [c] = notStated(
			article('Visitors ate sandwiches in offices, restaurants, trains and hospital waiting rooms.')
		);
		expect(c?.listed).toContain('hospital waiting rooms');
	});
});

describe('plain sets and their plurals', () => {
	it.each([
		['feet', 'body parts', 'foot'],
		['knees', 'body parts', 'knee'],
		['frogs', 'animals', 'frog'],
		['fish', 'animals', 'fish']
	])('reads "%s" as a member of %s', (item, name, member) => {
		const s = set(name);
		expect(s).toBeDefined();
		expect(matchMember(item, s!)?.member).toBe(member);
	});

	it('writes irregular plurals', () => {
		expect(pluralOf('foot')).toBe('feet');
		expect(pluralOf('tooth')).toBe('teeth');
		expect(pluralOf('hand')).toBe('hands');
	});
});

describe('dictionary helpers for plain lists', () => {
	it.each([
		['trains and hospital waiting rooms', { head: 'room', phrase: 'hospital waiting room' }],
		['trains and bus stations', { head: 'station', phrase: 'bus station' }],
		['trains and buses', undefined],
		['trains and rooms in', undefined]
	])('reads the last item of "%s" by its head', (list, want) => {
		expect(compoundLast(list, lexicon)).toEqual(want);
	});

	it.each([
		['house', ['home', 'garden'], true],
		['bus', ['home', 'garden'], false],
		['truck', ['vehicle'], false]
	])('knows whether the article writes the kind of "%s"', (word, written, want) => {
		expect(kindWritten(word, written, lexicon)).toBe(want);
	});
});

describe('a restrictive clause after names', () => {
	it('never names a list of countries by the clause of the people from them', () => {
		const text = article(
			'Most of the families from Eritrea, Afghanistan and Libya who applied before June were given homes.'
		);
		const stems = notStated(text).map((c) => c.stem);
		expect(stems.filter((st) => / NOT name among the countries /.test(st))).toEqual([]);
	});
});
