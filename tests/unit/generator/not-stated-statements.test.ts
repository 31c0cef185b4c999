// The statement form of not stated (not-stated-statements.ts): what the article says one person
// did, three things as wrong options and another person's act as the key. The sentences are made
// up for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import {
	coordinatedPredicates,
	inNumber,
	phraseFits,
	storyLike,
	wholePhrase
} from '../../../src/lib/generator/stages/4-questions/not-stated-statements';

const sentence = (text: string) => parseText(normalizeText(text)).sentences[0]!;

describe('coordinatedPredicates', () => {
	it.each([
		{
			text: 'The kidneys filter the blood, balance salts and make a hormone.',
			subject: 'the kidneys',
			phrases: ['filter the blood', 'balance salts', 'make a hormone']
		},
		{
			text: 'The volunteers painted the hall, fixed the roof and planted a hedge.',
			subject: 'the volunteers',
			phrases: ['painted the hall', 'fixed the roof', 'planted a hedge']
		},
		// Objects joined by "and" stay in their phrase.
		{
			text: 'The painters mixed blues and greens, stretched the canvas and hung the pictures.',
			subject: 'the painters',
			phrases: ['mixed blues and greens', 'stretched the canvas', 'hung the pictures']
		}
	])('$text', ({ text, subject, phrases }) => {
		const c = coordinatedPredicates(sentence(text));
		expect(c?.subject).toBe(subject);
		expect(c?.predicates.map((p) => p.text)).toEqual(phrases);
	});

	it.each([
		// An imperative has no subject.
		'Stir the flour, add the milk and bake the loaf.',
		// A clause opens the sentence.
		'When the storm came, the farmers closed the gates and moved the sheep.',
		// A comma inside an early part may open a clause of another subject.
		'The pupils studied maths, but a visit to the mill, which changed everything, opened their eyes.',
		// A pronoun of a thing leans on a sentence the reader is not shown.
		'It cooks food, dries socks and draws people together.',
		// An adverb or a negation is no part of a subject.
		'The mayor did not simply agree.'
	])('none for "%s"', (text) => {
		const c = coordinatedPredicates(sentence(text));
		expect(c && c.predicates.length >= 2 ? c : undefined).toBeUndefined();
	});
});

describe('wholePhrase', () => {
	it.each([
		['was born in Boston on 10 April 1880', 'was born in Boston'],
		['taught at a school in 1902', 'taught at a school'],
		['spent time at Hull House, the settlement house in the city', 'spent time at Hull House'],
		['ran the office, lobbying for a new law', 'ran the office'],
		['bought the mill, which had stood empty', 'bought the mill'],
		// A comma before a list item is kept: the phrase then fails phraseFits.
		['studied chemistry, physics and music', 'studied chemistry, physics and music']
	])('%s → %s', (text, expected) => {
		const s = sentence(`The teacher ${text}.`);
		expect(wholePhrase(s, text, 'The teacher '.length)).toBe(expected);
	});
});

describe('phraseFits', () => {
	it.each([
		['filter the blood', true],
		['ran', false],
		['took them back to the laboratory', false],
		['did not stick to the wound', false],
		['spent 4 years raising money', false],
		['studied chemistry, physics and music', false],
		['walked along the whole length of the river bank every single morning', false]
	])('%s → %s', (text, fits) => expect(phraseFits(text)).toBe(fits));
});

describe('inNumber', () => {
	const present = (text: string, verb: string, root: string, singular: boolean) => ({
		text,
		verb,
		root,
		tense: 'present' as const,
		singular
	});
	it.each([
		[present('makes a hormone', 'makes', 'make', true), false, 'make a hormone'],
		[present('filter the blood', 'filter', 'filter', false), true, 'filters the blood'],
		[present('carry water', 'carry', 'carry', false), true, 'carries water'],
		[present('is a gland', 'is', 'be', true), false, undefined],
		[
			{ ...present('opened a shop', 'opened', 'open', false), tense: 'past' as const },
			true,
			'opened a shop'
		]
	])('%j as singular=%s', (p, singular, expected) => expect(inNumber(p, singular)).toBe(expected));
});

describe('storyLike', () => {
	const said = (line: string) => `"${line}," she said.`;
	it.each([
		[[said('Come here'), said('Not now'), said('Why not')].join('\n\n'), true],
		[
			[said('Come here'), said('Not now'), 'In 1990 the mill closed.', said('Why not')].join(
				'\n\n'
			),
			false
		],
		['The kidneys filter the blood.\n\nThey make a hormone.', false]
	])('%#', (text, story) => expect(storyLike(text)).toBe(story));
});

const biography = [
	'Marta Vell: A Life in Glass',
	'',
	'Marta Vell was a glassmaker from a small northern town.',
	'',
	'Marta Vell trained as a chemist, opened a glass workshop and sold bowls to local shops.',
	'',
	'Oskar Brand ran the harbour museum. Oskar Brand wrote a long history of the harbour.',
	'',
	'The workshop still stands beside the river.'
].join('\n');

describe('statement items', () => {
	it('asks what the article does not say of a person, with another person’s act as key', () => {
		const items = validCandidates(biography, { kinds: ['not-stated'] }).candidates.filter(
			(c) => c.kind === 'not-stated' && c.fact.kind === 'statement'
		);
		expect(items.map((c) => [c.stem, c.answer, c.distractors])).toEqual([
			[
				'Which of these does the article NOT say about Marta Vell?',
				'ran the harbour museum',
				[
					'opened a glass workshop',
					'sold bowls to local shops',
					'was a glassmaker from a small northern town'
				]
			]
		]);
	});
});

const guide = [
	'Growing Mint at Home',
	'',
	'Mint spreads quickly through a bed. Mint needs damp soil. Mint grows well in a pot.',
	'',
	'Mint does not like dry summer heat. Water the pot every second day.'
].join('\n');

describe('denied keys', () => {
	it('turns what the article says is NOT so of the subject into the key', () => {
		const items = validCandidates(guide, { kinds: ['not-stated'] }).candidates.filter(
			(c) => c.kind === 'not-stated' && c.fact.kind === 'statement'
		);
		expect(items.map((c) => [c.stem, c.answer, c.distractors])).toEqual([
			[
				'Which of these does the article NOT say about mint?',
				'likes dry summer heat',
				// Acts before states: "needs" comes last.
				['spreads quickly through a bed', 'grows well in a pot', 'needs damp soil']
			]
		]);
	});
});
