// Vocabulary reach on plain prose (k18): words the dictionary's corpus hardly tagged but speech
// knows ("pivotal", "momentous") are asked in their one sense, a noun or verb only where its
// context shares its definition's words; definition options reach the key's sister definitions
// ("slight winds" beside "strong currents of air"), which may share the key's broader word ("a list
// of …"), never a broad class, a generic act or the key's broader act said again. Sentences and
// articles written for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import {
	broadFiller,
	fillerApart,
	genericGloss,
	glossesMeet,
	glossOption,
	type GlossWord,
	restatesGenus,
	withoutHedge
} from '../../../src/lib/generator/stages/4-questions/vocabulary-glosses';
import { madeFrom } from '../../../src/lib/generator/stages/4-questions/vocabulary';
import type { LexSense } from '../../../src/lib/generator/types';
import { wordNet } from '../../../src/lib/server/wordnet';
import { lexSense } from './lexicon-fixtures';

const lexicon = wordNet();
const sense = (
	pos: 'n' | 'v' | 'a',
	gloss: string,
	id = `00000001${pos}`,
	more = {}
): LexSense => ({
	...lexSense(pos, gloss, id),
	...more
});
const word = (pos: 'n' | 'v' | 'a', plural = false): GlossWord => ({
	lemma: 'zzword',
	pos,
	plural,
	sentenceWords: [],
	phraseWords: []
});
const past = {
	inflect: (base: string) =>
		base === 'make' ? 'made' : base.endsWith('e') ? `${base}d` : `${base}ed`
};

describe('a definition clause as an option', () => {
	it.each([
		// A closing hedge is cut, not the whole clause refused.
		[
			'a',
			'unusually great in size or amount or especially extent',
			false,
			'unusually great in size or amount'
		],
		[
			'n',
			'a high standing achieved through success or wealth etc.',
			false,
			'high standing achieved through success or wealth'
		],
		// A clause naming a name is a note.
		[
			'n',
			'the flight from the city; the Muslim calendar begins in that year',
			false,
			'flight from the city'
		],
		['n', 'the Muslim calendar year', false, undefined],
		// No plural of a head joined to another or followed by a relative ("winds that changes").
		['n', 'any wind that changes direction with the seasons', true, undefined],
		['n', 'snow and ice melt', true, undefined],
		['n', 'a slight wind', true, 'slight winds'],
		// An adjective's definition never ends on a particle; a noun's never opens on a modal.
		['a', 'belonging to', false, undefined],
		['n', 'a sharp sound; may be repeated', false, 'sharp sound'],
		['n', 'may be repeated', false, undefined],
		// A first alternative of two words leaves out what the definition is about.
		[
			'a',
			'having existed or persisted or continued in a particular role or state for a long time',
			false,
			undefined
		],
		// A verb's last alternative is cut only when short.
		['v', 'move from one setting or context to another', false, undefined],
		['v', 'decline formally or politely', false, 'declined formally']
	] as const)('%s "%s" (plural %s) → %s', (pos, gloss, plural, expected) => {
		expect(glossOption(sense(pos, gloss), word(pos, plural), lexicon, past)).toBe(expected);
	});

	it.each([
		['unusually great in size or especially extent', 'unusually great in size'],
		['disturb, especially by minor irritations', 'disturb, especially by minor irritations'],
		['a list of names etc', 'a list of names'],
		['slightly wet', 'slightly wet']
	])('without its hedge: "%s" → "%s"', (clause, expected) => {
		expect(withoutHedge(clause)).toBe(expected);
	});
});

describe('sister definitions as wrong options', () => {
	const roster = sense('n', 'a list of names', '00000001n', {
		hypernyms: ['00000009n'],
		broaderWords: ['list', 'listing']
	});
	const schedule = sense('n', 'an ordered list of times', '00000002n', {
		hypernyms: ['00000009n']
	});
	const draft = sense('n', 'a current of names and places', '00000003n', {
		hypernyms: ['00000009n']
	});

	it("lets a sister share the key's broader word, and nothing else", () => {
		expect(fillerApart(schedule, roster, 'roster', true)).toBe(true);
		expect(fillerApart(schedule, roster, 'roster', false)).toBe(false);
		expect(fillerApart(draft, roster, 'roster', true)).toBe(false);
		const genus = new Set(['list']);
		expect(
			glossesMeet(schedule, 'ordered list of times', roster, 'list of names', 'roster', true, genus)
		).toBe(false);
		expect(glossesMeet(schedule, 'ordered list of times', roster, 'list of names', 'roster')).toBe(
			true
		);
	});

	it.each([
		// A class with many kinds may hold the key ("have an effect upon" beside "made strong").
		[
			'class',
			sense('v', 'have an effect upon', '00000004v', { hyponyms: ['1', '2', '3', '4', '5'] }),
			true
		],
		['no class', sense('v', 'cause to move faster', '00000005v', { hyponyms: [] }), false]
	] as const)('a broad filler: %s → %s', (_, filler, expected) => {
		expect(broadFiller(filler)).toBe(expected);
	});

	it.each([
		['put into a certain state', true],
		['bring into a different condition', true],
		['cause to move faster', false],
		['add color to', false]
	])('a generic definition: "%s" → %s', (gloss, expected) => {
		expect(genericGloss(sense('v', gloss))).toBe(expected);
	});

	it("refuses a verb filler that says the key's broader act again", () => {
		const strengthen = sense('v', 'make strong', '00000006v', {
			broader: 'change alter modify cause to change; make different'
		});
		expect(restatesGenus(sense('v', 'bring into a different state'), strengthen)).toBe(true);
		expect(restatesGenus(sense('v', 'cause to move faster'), strengthen)).toBe(false);
	});

	it.each([
		['due', 'overdue', true],
		['known', 'unknown', true],
		['sound', 'undamaged', false],
		['crucial', 'pivotal', false]
	])('"%s" made from "%s" → %s', (w, lemma, expected) => {
		expect(madeFrom(w, lemma)).toBe(expected);
	});
});

/** A short article of the writer's own around one sentence. */
const article = (sentence: string) =>
	[
		'A Season to Remember',
		'',
		'The town team had lost most of its games in the autumn, and few people came to watch.',
		'',
		sentence,
		'',
		'By spring the stands were full again, and the players thanked the crowd after every match.'
	].join('\n');
const itemFor = (text: string, w: string) =>
	validCandidates(text, { kinds: ['vocabulary'], lexicon }).candidates.find(
		(c) => c.kind === 'vocabulary' && c.word?.text === w
	);

describe('words the corpus hardly tagged', () => {
	it.each([
		[
			'Fans still talk about the pivotal episode in the second half of the season.',
			'pivotal',
			'crucial'
		],
		[
			'Fans still remember it as a momentous time in the history of the club.',
			'momentous',
			'significant'
		]
	])('asks an adjective of one sense that speech knows: %s', (sentence, w, key) => {
		const c = itemFor(article(sentence), w);
		expect(c?.answer).toBe(key);
		expect(c?.distractors).toHaveLength(3);
		expect(c?.distractors).not.toContain(key);
	});

	it('asks no noun whose one sense its context does not bear ("breakout" is no jail\'s here)', () => {
		const c = itemFor(
			article('Analysts expected a breakout in ticket prices once the new season began.'),
			'breakout'
		);
		expect(c).toBeUndefined();
	});
});
