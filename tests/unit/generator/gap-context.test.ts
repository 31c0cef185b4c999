// Review k7: blanks and count stems lifted out of their context, and stems that give the answer
// away. A discourse word pointing to a sentence not shown ("however", "it too", "anyway", "Above
// that"), a definite description the stem never names ("the estate", "The population"), a count
// the sentence counts out, a figure it restates, a range bound, a garbled count question. Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import type { Candidate, QuestionKind } from '../../../src/lib/generator/types';
import { blankCandidate as blank } from './candidates';

/** A question of `kind` with `stem` on `sentence`. */
function asked(kind: QuestionKind, stem: string, sentence: string, answer: string): Candidate {
	return { ...blank(sentence, answer, ['1', '2', '3']), kind, stem };
}

/** The checks of this area: the ones a test expects, and no others. */
const CHECKS =
	/^(gap-(subject-named|object-named|points-inside|count-not-listed|figure-not-glossed|range-bound)|named-referent|count-stem-form|stem-one-sentence|stem-stands-alone)$/;

const TITLE = 'The Lantern Works of Port Ellis';
const failing = (c: Candidate, title = TITLE, lead = '') =>
	validateCandidate(c, { title, lead })
		.map((r) => r.split(':')[0] ?? '')
		.filter((n) => CHECKS.test(n));

const YEARS = ['1881', '1885', '1890'];

describe('a stem leans on a sentence not shown', () => {
	it.each([
		[
			'"however" and "it too"',
			'In 1877, however, a second lamp was found at Dunmore, and it too was cracked.'
		],
		['"anyway"', 'Mara Quill joined the lamp makers in 1877 anyway.'],
		[
			'"that makes a difference"',
			'For a small harbour, that makes a real difference, and in 1877 the pier was lit.'
		],
		[
			'"Further along,"',
			'Further along, the Quill Lamp Works, opened in 1877, still makes brass lamps.'
		],
		['"Above that,"', 'Above that, a second row of lamps was hung in 1877 on the Ellis pier.'],
		[
			'"of comparable strength"',
			'In 1877 a gale of comparable strength closed the Ellis pier for a week.'
		],
		[
			'"In gratitude," for what?',
			'In gratitude, the Ellis council sent a brass lamp to Dunmore in 1877.'
		],
		[
			'"partly in response" to what?',
			'The Ellis lamp school was founded in 1877 partly in response.'
		]
	])('%s', (_name, sentence) => {
		expect(failing(blank(sentence, '1877', YEARS))).toEqual(['gap-points-inside']);
	});

	it.each([
		[
			'"in gratitude for" says for what',
			'In gratitude for the Dunmore lifeboat, the Ellis council sent a lamp to Dunmore in 1877.'
		],
		['"however many" is no contrast', 'The Ellis works sold however many lamps it made in 1877.'],
		[
			'"too" of degree',
			'The Ellis pier lamp of 1877 burned too brightly for the fishermen at Dunmore.'
		],
		[
			'"instead of" says instead of what',
			'In 1877 the Ellis works made brass lamps instead of iron ones.'
		]
	])('keeps %s', (_name, sentence) => {
		expect(failing(blank(sentence, '1877', YEARS))).toEqual([]);
	});
});

describe('a stem names what it is about', () => {
	it.each([
		[
			'"The population" of what?',
			blank('The population fell to a low of 40 birds in 1877.', '1877', YEARS),
			['named-referent', 'gap-subject-named']
		],
		[
			'"the estate" never named',
			asked(
				'when',
				'In what year did Mara Quill visit the estate?',
				'Mara Quill visited the estate in 1877.',
				'1877'
			),
			['named-referent']
		],
		[
			'"the whole area"',
			blank('The Ellis Trust listed the whole area as a heritage site in 1877.', '1877', YEARS),
			['named-referent']
		],
		[
			'"the letter" of no name',
			blank('In the lamp code the letter consists of three long flashes.', 'three', [
				'two',
				'four',
				'five'
			]),
			['named-referent']
		],
		[
			'"patented a design" for what?',
			blank('The engineer Mara Quill patented a design in 1877.', '1877', YEARS),
			['gap-object-named']
		],
		[
			'a lead that only uses the noun',
			blank('The flock fell to a low of forty birds in 1877.', '1877', YEARS),
			['gap-subject-named']
		]
	])('%s', (_name, candidate, expected) => {
		expect(failing(candidate, TITLE, 'The entire flock lives on one island.')).toEqual(expected);
	});

	it.each([
		[
			'"the letter S"',
			blank('In the lamp code the letter S consists of three short flashes.', 'three', [
				'two',
				'four',
				'five'
			])
		],
		[
			'"the area" of a place named before it',
			blank('Ellis evacuated 80 people in the town of Dunmore after a fire near the area.', '80', [
				'60',
				'100',
				'120'
			])
		],
		[
			'"the population of" a place',
			blank('The population of Port Ellis fell to 900 in 1877.', '1877', YEARS)
		],
		[
			'"a design for" a thing',
			blank('The engineer Mara Quill patented a design for a storm lamp in 1877.', '1877', YEARS)
		]
	])('keeps %s', (_name, candidate) => {
		expect(failing(candidate)).toEqual([]);
	});

	it("keeps the story's own event its lead tells of", () => {
		const c = blank('The eruption began at dawn on Sunday.', 'Sunday', [
			'Monday',
			'Friday',
			'Tuesday'
		]);
		expect(failing(c, TITLE, 'The Grey Peak erupted on Sunday.')).toEqual([]);
	});
});

describe('a stem gives its answer away', () => {
	it.each([
		[
			'a count it counts out',
			blank('Mara made two lamps that night, and gave one to Tom and one to Ada.', 'two', [
				'three',
				'four',
				'five'
			]),
			['gap-count-not-listed']
		],
		[
			'a count it counts out, "one" said again after the chain',
			blank(
				'Mara lit two lamps, for example one of brass and one of tin, and each burned for one night.',
				'two',
				['three', 'four', 'five']
			),
			['gap-count-not-listed']
		],
		[
			'a count a comparative of two gives',
			blank("A bell rings from the taller of the chapel's two spires.", 'two', [
				'three',
				'four',
				'five'
			]),
			['gap-count-not-listed']
		],
		[
			'a figure it restates',
			blank('Cut a wick about 20 centimetres long, or roughly the length of your hand.', '20', [
				'10',
				'30',
				'40'
			]),
			['gap-figure-not-glossed']
		],
		[
			'a figure in another unit',
			blank('The lamp stands 2 metres high, or about 6 feet.', '2', ['3', '4', '5']),
			['gap-figure-not-glossed']
		],
		[
			'options past the other bound',
			blank('The beam reaches from about 12 to more than 20 miles out to sea.', '12', [
				'8',
				'16',
				'24'
			]),
			['gap-range-bound']
		]
	])('%s', (_name, candidate, expected) => {
		expect(failing(candidate)).toEqual(expected);
	});

	it.each([
		[
			'a count it does not count out',
			blank('Mara made two lamps that night for the pier.', 'two', ['three', 'four', 'five'])
		],
		[
			'a comparative not of the count',
			blank('The taller of the keepers lit two lamps on the pier.', 'two', [
				'three',
				'four',
				'five'
			])
		],
		[
			'a figure with no gloss',
			blank('Cut a wick about 20 centimetres long and soak it in oil.', '20', ['10', '30', '40'])
		],
		[
			'options inside the range',
			blank('The beam reaches from about 12 to more than 20 miles out to sea.', '12', [
				'8',
				'10',
				'14'
			])
		]
	])('keeps %s', (_name, candidate) => {
		expect(failing(candidate)).toEqual([]);
	});
});

describe('a count stem is well formed', () => {
	const sentence = 'The lamp was lit five years after the pier opened.';
	it.each([
		[
			'a measure that acts',
			asked(
				'how-many',
				'How many millimetres replace the wick rather than trimming it?',
				sentence,
				'five'
			),
			['count-stem-form']
		],
		[
			'a span asked behind its passive',
			asked(
				'how-many',
				'How many years was the lamp made after the pier opened?',
				sentence,
				'five'
			),
			['count-stem-form']
		],
		[
			'two sentences run together',
			asked(
				'how-many',
				'How many boats collided at about 9 a.m. The Tern struck the Gull?',
				sentence,
				'two'
			),
			['stem-one-sentence']
		],
		[
			'a question that leans on another',
			asked(
				'when',
				'In what year was the lamp school founded partly in response?',
				sentence,
				'1877'
			),
			['stem-stands-alone']
		],
		[
			'a blank of two sentences',
			blank('The boats collided at about 9 a.m. The Tern struck the Gull in 1877.', '1877', YEARS),
			['stem-one-sentence']
		]
	])('%s', (_name, candidate, expected) => {
		expect(failing(candidate)).toEqual(expected);
	});

	it.each([
		[
			'years that pass',
			asked('how-many', 'How many years passed before the pier opened?', sentence, 'five')
		],
		[
			'a measure of "did"',
			asked('how-many', 'How many miles did the lamp shine out to sea?', sentence, 'five')
		],
		[
			'a span in order',
			asked('how-many', 'How many years after the pier opened was the lamp lit?', sentence, 'five')
		]
	])('keeps %s', (_name, candidate) => {
		expect(failing(candidate)).toEqual([]);
	});
});
