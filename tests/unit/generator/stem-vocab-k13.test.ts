// Review k13's garbled stems and vocabulary cues: a clause that opens on a negative or restrictive
// phrase ("Only when …", "Not until …", "Never …") has its auxiliary before the subject, so no stem
// is built from it; a vocabulary stem quotes the word's clause, not a bare fragment; a definition set
// whose three distractors share a word the key lacks is refused; an option that says only the key's
// broader sense ("journey or passage" for "pilgrimage") is no distractor. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { findClause, invertedOpening } from '../../../src/lib/generator/stages/3-facts/clauses';
import { listMember, phraseAround } from '../../../src/lib/generator/stages/4-questions/vocabulary';
import {
	broaderThanKey,
	keyOddByForm
} from '../../../src/lib/generator/stages/4-questions/vocabulary-glosses';
import { narrowTitle } from '../../../src/lib/generator/stages/4-questions/why-options';
import { lexSense } from './lexicon-fixtures';

const firstSentence = (text: string) => {
	const norm = normalizeText(text);
	return { norm, s: parseText(norm).sentences[0]! };
};

describe('a clause that opens on a negative or restrictive phrase', () => {
	it.each([
		['Only when the tide turns can the small boats leave the harbour safely.', true],
		['Only then did the villagers agree to sell the old mill.', true],
		['Not until 1990 did the council open the new bridge to traffic.', true],
		['Not only was the summer dry, but the winter was cold too.', true],
		['Never had the valley seen such a heavy flood before.', true],
		['Rarely does the river freeze over in the middle of winter.', true],
		['Little did the sailors know that the storm was coming.', true],
		['No sooner had the match begun than the rain started to fall.', true],
		['Under no circumstances should the gate be left open at night.', true],
		['Only a few farmers grow barley on the northern hills.', false],
		['Not all birds migrate south when the weather turns cold.', false],
		['Little is known about the early life of the painter.', false],
		['The small boats leave the harbour when the tide turns.', false]
	])('%s → inverted %s', (text, inverted) => {
		const { s } = firstSentence(text);
		expect(invertedOpening(s.tokens, 0)).toBe(inverted);
		// No clause (and so no stem) is built from an inverted one.
		if (inverted) expect(findClause(s)).toBeUndefined();
	});

	it('still splits a plain clause', () => {
		const { s } = firstSentence('The small boats leave the harbour when the tide turns.');
		expect(findClause(s)).toBeDefined();
	});
});

describe('the phrase a vocabulary stem quotes', () => {
	it.each([
		// A short sentence is quoted whole.
		[
			'Too much paint leaves a thick, blotchy coat instead of a thin, even layer.',
			'blotchy',
			'Too much paint leaves a thick, blotchy coat instead of a thin, even layer'
		],
		// A longer one: the clause, at least three words each side, past a comma if need be.
		[
			'After the long winter in the hills, the farmers found a thick, blotchy coat of moss on every wall of the old barn near the river.',
			'blotchy',
			'… the farmers found a thick, blotchy coat of moss on every wall …'
		]
	])('%s', (text, word, quoted) => {
		const { norm, s } = firstSentence(text);
		const index = s.tokens.findIndex((t) => t.normal === word);
		expect(phraseAround({ sentence: s, index }, norm)).toBe(quoted);
	});
});

describe('a definition set whose key is the odd one out by form', () => {
	it.each([
		[
			[
				'planned course of school studies',
				'news about recent events',
				'news known only to a few',
				'true private news'
			],
			true
		],
		[
			[
				'planned course of school studies',
				'news about recent events',
				'facts known only to a few',
				'true private news'
			],
			false
		],
		// A word the key shares with them is no cue.
		[
			[
				'quality of moving freely',
				'quality of clear water',
				'quality of being near the true value',
				'quality of a sharp edge'
			],
			false
		]
	])('%j → %s', (texts, odd) => {
		expect(keyOddByForm(texts)).toBe(odd);
	});
});

describe('an option that says only the key broader sense', () => {
	const key = { ...lexSense('n', 'a journey to a holy place'), broaderWords: ['journey'] };
	const filler = (gloss: string, words = ['x']) => ({ ...lexSense('n', gloss), words });
	it.each([
		['journey or passage', true],
		['journey organized for a particular purpose', true],
		['journey for some purpose', true],
		['journey in a vehicle', false],
		['journey taken for pleasure', false],
		['group of people working together', false]
	])('%s → broader %s', (text, broader) => {
		expect(broaderThanKey(text, filler(text), key)).toBe(broader);
	});

	it('refuses a sense named by a word of the key broader sense', () => {
		expect(broaderThanKey('long trip', filler('long trip', ['journey']), key)).toBe(true);
	});
});

describe('a word that is an item of a comma list', () => {
	it.each([
		['The shutters were painted red, ochre, teal and white.', 'ochre', true],
		['The walls were covered in a sticky, blotchy film of soot.', 'blotchy', false]
	])('%s (%s) → list member %s', (text, word, member) => {
		const { norm, s } = firstSentence(text);
		const index = s.tokens.findIndex((t) => t.normal === word);
		expect(listMember(s.tokens, index)).toBe(member);
		if (member) expect(phraseAround({ sentence: s, index }, norm)).toBeUndefined();
	});
});

describe('the title words that tie a wrong reason to a "why" item', () => {
	const texts = [
		'A mill pond stores water for the wheel.',
		'The mill wheel turns when the sluice opens.',
		'Old mills ground corn for the village.',
		'The miller sold flour at the market.'
	];
	it.each([
		// "mill" is in most paragraphs: it ties every sentence to every item.
		['How a Water Mill Works', [0, 1, 2, 3], 'How a Water Works'],
		// Under three paragraphs the title is kept whole.
		['How a Water Mill Works', [0, 0, 1, 1], 'How a Water Mill Works']
	])('%s over paragraphs %j → %s', (title, paragraphs, narrow) => {
		expect(narrowTitle(title, texts, paragraphs)).toBe(narrow);
	});
});
