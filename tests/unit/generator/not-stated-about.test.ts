// The general statement form of not stated (not-stated-about.ts, not-stated-statements.ts): three
// things the article says of one subject over any of its sentences, and as key a thing it says of
// another subject of the same kind. The sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { buildEntities } from '../../../src/lib/generator/stages/3-facts/entities';
import {
	aboutStem,
	sameThingKind
} from '../../../src/lib/generator/stages/4-questions/not-stated-about';
import {
	agrees,
	beforeComma,
	bracketing,
	maySay,
	personNamed,
	saidInArticle,
	withoutTrailingPlaces
} from '../../../src/lib/generator/stages/4-questions/not-stated-statements';
import { weightyWords } from '../../../src/lib/generator/stages/4-questions/not-stated-sets';
import type { Predicate } from '../../../src/lib/generator/stages/4-questions/not-stated-statements';

const lexicon = wordNet();

const parsed = (text: string) => {
	const p = parseText(normalizeText(text));
	return { ...p, index: buildEntities(p.mentions, p.sentences) };
};

describe('beforeComma', () => {
	it.each([
		['grew up in Leeds, Yorkshire, in a large family', 'grew up in Leeds'],
		['make a hormone, called renin, that acts on vessels', 'make a hormone'],
		// A list's comma is kept: the phrase then reads as no option.
		['studied chemistry, physics and music', 'studied chemistry, physics and music'],
		// One word before the comma says nothing.
		['ran, and ran', 'ran, and ran']
	])('%s → %s', (text, expected) => expect(beforeComma(text)).toBe(expected));
});

describe('withoutTrailingPlaces', () => {
	it.each([
		[
			'was having tea with two old friends near the square in the city',
			'was having tea with two old friends near the square'
		],
		// Short enough: kept whole.
		['filter waste from the blood', 'filter waste from the blood'],
		// A participle's phrase is its object.
		[
			'became a doctor of medicine at the hospital specializing in old age',
			'became a doctor of medicine at the hospital specializing in old age'
		],
		// A phrase of what ("into", "of") is never cut.
		[
			'turned the heavy old grain of the valley into flour of every kind',
			'turned the heavy old grain of the valley into flour of every kind'
		]
	])('%s → %s', (text, expected) => expect(withoutTrailingPlaces(text)).toBe(expected));
});

describe('saidInArticle', () => {
	it.each([
		{
			name: '"They" after a sentence about a thing stands for it',
			text: 'The kidneys filter the blood. They also make a hormone.',
			subjects: ['the kidneys', 'the kidneys'],
			phrases: ['filter the blood', 'make a hormone']
		},
		{
			name: 'the main clause after an opening clause',
			text: 'After a long drink, the kidneys let more water go.',
			subjects: ['the kidneys'],
			phrases: ['let more water go']
		},
		{
			name: 'a clause after ", and" with a subject of its own',
			text: 'The mayor opened the bridge, and the engineers cut the ribbon.',
			subjects: ['the mayor', 'the engineers'],
			phrases: ['opened the bridge', 'cut the ribbon']
		}
	])('$name', ({ text, subjects, phrases }) => {
		const p = parsed(text);
		const said = saidInArticle(p.sentences, p.index);
		expect(said.map((d) => d.subject.toLowerCase())).toEqual(subjects);
		expect(said.flatMap((d) => d.predicates.map((x) => x.text))).toEqual(phrases);
	});

	it('does not read "It" as a plural thing', () => {
		const p = parsed('The kidneys filter the blood. It also makes a hormone.');
		expect(saidInArticle(p.sentences, p.index).map((d) => d.subject)).toEqual(['the kidneys']);
	});
});

describe('personNamed', () => {
	it.each([
		['Ada Rowe designed the bridge. Rowe built the dock.', 'Rowe', 'Ada Rowe'],
		['Ada Rowe designed the bridge. Ada built the dock.', 'Ada', 'Ada Rowe'],
		// Two people share the surname: neither is meant.
		['Ada Rowe designed the bridge. Tom Rowe built the dock.', 'Rowe', undefined]
	])('%s: %s', (text, name, expected) => {
		expect(personNamed(name, parsed(text).index)?.name).toBe(expected);
	});
});

describe('bracketing', () => {
	const phrase = (text: string) => ({
		p: { text, verb: text.split(' ')[0] ?? '', tense: 'past' } as Predicate
	});
	const ranked = [
		'ran the mill',
		'built a dry dock for ships',
		'sold bread',
		'opened a school'
	].map(phrase);
	it.each([
		[3, ['ran the mill', 'built a dry dock for ships', 'sold bread']],
		[5, ['ran the mill', 'built a dry dock for ships', 'sold bread']],
		// Longer than every phrase: it would stand out.
		[7, undefined],
		[1, undefined]
	])('a key of %i words', (n, expected) =>
		expect(bracketing(ranked, n)?.map((x) => x.p.text)).toEqual(expected)
	);
});

describe('agrees', () => {
	const present = (text: string, singular: boolean) =>
		({ text, verb: text.split(' ')[0] ?? '', tense: 'present', singular }) as Predicate;
	it.each([
		['tuberculosis', present('affects the lungs', true), true],
		['tuberculosis', present('cause scarring', false), false],
		['the kidneys', present('filter the blood', false), true],
		['the kidneys', present('makes a hormone', true), false]
	])('%s %j', (subject, p, ok) => expect(agrees(subject, p)).toBe(ok));
});

describe('maySay', () => {
	it.each([
		['The kidneys filter the blood every day.', 'filter the blood', true],
		['She moved to New York in 1910.', 'opened a school for nurses in New York', false],
		['The liver stores sugar.', 'breaks down old red cells', false]
	])('%s / %s', (sentence, key, says) => expect(maySay(sentence, weightyWords(key))).toBe(says));
});

describe('aboutStem', () => {
	const p = (verb: string, tense: 'past' | 'present' = 'past') => ({ verb, tense });
	it.each([
		[
			'Ada Rowe',
			true,
			[p('designed'), p('built'), p('laid')],
			'Which of these did Ada Rowe NOT do, according to the article?'
		],
		// A state among the phrases: "did … NOT do" would not fit "was careful".
		[
			'Ada Rowe',
			true,
			[p('designed'), p('was'), p('laid')],
			'Which of these does the article NOT say about Ada Rowe?'
		],
		[
			'the kidneys',
			false,
			[p('filter', 'present'), p('make', 'present')],
			'Which of these does the article NOT say about the kidneys?'
		]
	])('%s', (subject, person, phrases, stem) =>
		expect(aboutStem(subject, person, phrases)).toBe(stem)
	);
});

describe('sameThingKind', () => {
	it.each([
		['the kidneys', 'the liver', true],
		['the kidneys', 'the museum', false],
		// One head noun twice is one subject, not two.
		['the kidneys', 'both kidneys', false]
	])('%s / %s', (a, b, same) => expect(sameThingKind(a, b, lexicon)).toBe(same));
});

const items = (text: string) =>
	validCandidates(text, { kinds: ['not-stated'], lexicon }).candidates.filter(
		(c) => c.kind === 'not-stated' && c.fact.kind === 'statement'
	);

describe('statement items over the article', () => {
	it('asks of an organ with another organ’s job as key', () => {
		const organs = [
			'The Kidneys at Work',
			'',
			'The kidneys filter waste from the blood. They also release a hormone called renin. In the same way, they balance the salts in the body.',
			'',
			'The liver breaks down old red cells. The liver stores sugar for later use.',
			'',
			'Doctors say the kidneys need plenty of water.'
		].join('\n');
		expect(items(organs).map((c) => [c.stem, c.answer, c.distractors])).toEqual([
			[
				'Which of these does the article NOT say about the kidneys?',
				'store sugar for later use',
				[
					'filter waste from the blood',
					'release a hormone called renin',
					'balance the salts in the body'
				]
			]
		]);
	});

	it('asks what a person did NOT do, with another person’s act as key', () => {
		const life = [
			'Ada Rowe, Engineer',
			'',
			'Ada Rowe was born in Leeds in 1850. She designed a swing bridge over the canal. She built a dry dock for the shipyard, and she trained young engineers at the works.',
			'',
			'Tom Pike laid a railway across the moor. Ada Rowe later opened a school of engineering in the town.'
		].join('\n');
		expect(items(life).map((c) => [c.stem, c.answer, c.distractors])).toEqual([
			[
				'Which of these did Ada Rowe NOT do, according to the article?',
				'laid a railway across the moor',
				[
					'designed a swing bridge over the canal',
					'built a dry dock for the shipyard',
					'trained young engineers at the works'
				]
			]
		]);
	});

	it.each([
		{
			name: 'no key the article also says of the subject',
			text: 'The kidneys filter waste from the blood. They release a hormone called renin. They balance the salts in the body. The liver stores sugar. The kidneys store sugar too.'
		},
		{
			name: 'no key from a thing of another kind',
			text: 'The kidneys filter waste from the blood. They release a hormone called renin. They balance the salts in the body. The museum opened a new gallery for children.'
		},
		{
			name: 'no key that names the subject',
			text: 'Ada Rowe designed a swing bridge. Ada Rowe built a dry dock. Ada Rowe trained young engineers. Tom Pike praised Ada Rowe warmly.'
		}
	])('$name', ({ text }) => expect(items(text)).toEqual([]));
});
