// Review k9: blanks and clause stems that lean on what they never show. A subject that is only a
// rank or a count, "such work", a pronoun with nothing in the stem to stand for, an action with no
// "of", another of the title's kind. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import type { Candidate, QuestionKind } from '../../../src/lib/generator/types';
import { blankCandidate as blank } from './candidates';

function asked(kind: QuestionKind, stem: string, sentence: string, answer: string): Candidate {
	return { ...blank(sentence, answer, ['1', '2', '3']), kind, stem };
}

const CHECKS =
	/^(stem-(subject-not-rank|no-such|pronoun-shown|action-named|title-kind-named)|named-referent)$/;
const TITLE = 'The Lantern Works of Port Ellis';
const failing = (c: Candidate, title = TITLE) =>
	validateCandidate(c, { title, lead: '' })
		.map((r) => r.split(':')[0] ?? '')
		.filter((n) => CHECKS.test(n));

describe('a blank whose sentence leans on what it never shows', () => {
	it.each([
		[
			'a rank as subject',
			'The second has been carved by the painter Ines Marlow, who is 70.',
			'Ines Marlow',
			'stem-subject-not-rank'
		],
		[
			'"One" as subject',
			'One noted that in 1902 a crew of six lamp makers had worked for nine days.',
			'six',
			'stem-subject-not-rank'
		],
		[
			'a superlative with no noun',
			'The oldest, Harrow Glass, was set up in Leeds in 1911 by Ada Fenn.',
			'1911',
			'stem-subject-not-rank'
		],
		[
			'"such work"',
			'The risks of such work became plain in March 1890, when a lamp burst.',
			'March 1890',
			'stem-no-such'
		],
		[
			'an object "it"',
			'The Danish fleet reached it in May 1801.',
			'May 1801',
			'stem-pronoun-shown'
		],
		[
			'"its" after a titled person',
			'Professor Hale spent nine months on its design.',
			'nine',
			'stem-pronoun-shown'
		]
	])('%s', (_, sentence, answer, check) => {
		expect(failing(blank(sentence, answer, ['1', '2', '3']))).toContain(check);
	});

	it.each([
		['a rank with its noun', 'The second lamp was carved by Ines Marlow in 1902.', '1902'],
		['a rank before an adjective', 'The first licensed lamp was sold in Leeds in 1902.', '1902'],
		[
			'"One of the" names the set',
			'One of the lamp makers noted in 1902 that the glass had cracked.',
			'1902'
		],
		['"such as"', 'Lamps of such glass as the works made lasted until 1911.', '1911'],
		['"such a … that"', 'The works had such a large order that in 1902 it hired six men.', 'six'],
		[
			'"it" after a named thing',
			'The Danish fleet left Port Ellis and reached Kiel in May 1801.',
			'May 1801'
		]
	])('passes %s', (_, sentence, answer) => {
		expect(failing(blank(sentence, answer, ['1', '2', '3']))).toEqual([]);
	});
});

describe('a clause stem that leans on what it never shows', () => {
	it.each([
		[
			'"its" after a titled person',
			'how-many',
			'How many months did Professor Hale spend on its design?',
			'stem-pronoun-shown'
		],
		['an object "it"', 'when', 'When did the Danish fleet reach it?', 'stem-pronoun-shown'],
		['work on what', 'when', 'When did work begin, according to the article?', 'stem-action-named'],
		['construction of what', 'when', 'In what year did construction begin?', 'stem-action-named'],
		[
			"another of the title's kind",
			'when',
			'In what year did the glass works close?',
			'stem-title-kind-named'
		]
	])('%s', (_, kind, stem, check) => {
		expect(failing(asked(kind as QuestionKind, stem, 'A sentence.', '1902'))).toContain(check);
	});

	it.each([
		['work on something', 'when', 'When did work on the pier begin?'],
		['a rank before its noun', 'when', 'In what year were the first painted lamps sold?'],
		["the title's own thing", 'when', 'In what year did the Lantern Works close?'],
		['"its" after a thing', 'how-many', 'How many years did the Lantern Works spend on its design?']
	])('passes %s', (_, kind, stem) => {
		expect(failing(asked(kind as QuestionKind, stem, 'A sentence.', '1902'))).toEqual([]);
	});
});
