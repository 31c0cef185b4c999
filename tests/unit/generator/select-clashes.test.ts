// Selection refuses a pair of questions when one prints the other's answer: a sentence option that
// says "founded in 1958" beside "… founded in _____" (review k3, P3-Q7/Q8/Q9).
import { describe, expect, it } from 'vitest';
import { selectQuestions } from '../../../src/lib/generator/stages/6-select';
import {
	offersKey,
	phrasesOverlap,
	printsKey
} from '../../../src/lib/generator/stages/6-select/clashes';
import { mulberry32 } from '../../../src/lib/generator/random';
import { validCandidates } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import { LIBRARY_WHO } from './candidates';

const ARTICLE = `Why Volunteer Weather Watchers Still Matter

Forecasts today come from satellites and supercomputers, yet much of what we know about local climate still rests on ordinary people who read a thermometer every morning. History shows how much weather science owes to volunteers.

Thomas Pell, a village schoolmaster, recorded rainfall and frost in his Yorkshire garden for forty years and printed his tables as a pamphlet in 1802. The Harbour Rain Network, founded in 1958, now depends on hundreds of households that empty a rain gauge at nine o'clock each day. The diaries kept by the Ashworth sisters in Cumbria from 1791, noting the first snow and the last frost, have been used by modern flood planners.

Professional stations are few and far apart. A single official gauge may serve a whole valley, while rain can fall heavily on one hillside and hardly at all on the next. Volunteers fill those gaps, and their daily readings let forecasters check what the radar shows.`;

/** A question of `kind` with `answer` and `wrong` as its options, asked of `sentence`. */
function item(kind: Candidate['kind'], answer: string, wrong: string[], sentence = answer, at = 0) {
	return {
		...LIBRARY_WHO,
		id: `${kind}-${at}`,
		kind,
		stem: kind === 'gap' ? `Fill in the blank: ${sentence}` : 'Which sentence best supports it?',
		answer,
		distractors: wrong,
		fact: { ...LIBRARY_WHO.fact, id: `f${at}`, sentence: at, paragraph: at, start: at * 100 },
		source: { sentence, start: at * 100, end: at * 100 + sentence.length }
	};
}

const PELL = 'Thomas Pell, a village schoolmaster, printed his tables as a pamphlet in 1802.';
const NETWORK = 'The Harbour Rain Network, founded in 1958, now depends on hundreds of households.';
const DIARIES =
	'The diaries kept by the Ashworth sisters in Cumbria have been used by flood planners.';
const STATIONS = 'Professional stations are few and far apart.';

describe('printsKey', () => {
	const evidence = item('supporting-evidence', PELL, [NETWORK, DIARIES, STATIONS], PELL, 9);
	it.each([
		[
			'a sentence option says the blank’s year',
			evidence,
			item('gap', '1958', ['1951', '1955', '1950'], NETWORK, 2),
			true
		],
		[
			'the key sentence says the blank’s year',
			evidence,
			item('gap', '1802', ['1794', '1799', '1804'], PELL, 1),
			true
		],
		[
			'a sentence option says the blank’s words where its sentence has them',
			evidence,
			item(
				'gap',
				'the Ashworth sisters',
				['the Pell brothers', 'the Harbour family', 'the Grey sisters'],
				DIARIES,
				3
			),
			true
		],
		[
			'the same words elsewhere in another order give nothing away',
			item('supporting-evidence', 'Sisters kept diaries, and the Ashworth farm flooded.', [
				STATIONS,
				STATIONS,
				STATIONS
			]),
			item(
				'gap',
				'the Ashworth sisters',
				['the Pell brothers', 'the Harbour family', 'the Grey sisters'],
				DIARIES,
				3
			),
			false
		],
		[
			'a year that is another item’s whole option is a weaker cue (offersKey)',
			item('gap', '1677', ['1711', '1667', '1674'], 'The column was completed in 1677.', 4),
			item('gap', '1711', ['1704', '1709', '1706'], 'The cathedral was completed in 1711.', 5),
			false
		]
	])('%s', (_name, a, b, expected) => {
		expect(printsKey(a, b)).toBe(expected);
	});

	it('marks a year that is one item’s wrong option and another’s key as offered', () => {
		const column = item(
			'gap',
			'1677',
			['1711', '1667', '1674'],
			'The column was completed in 1677.',
			4
		);
		const cathedral = item(
			'gap',
			'1711',
			['1704', '1709', '1706'],
			'The cathedral was completed in 1711.',
			5
		);
		expect(offersKey(column, cathedral)).toBe(true);
		expect(offersKey(cathedral, column)).toBe(false);
	});
});

describe('selectQuestions on an article: no question prints another’s answer', () => {
	const { candidates, article } = validCandidates(ARTICLE, { kinds: ['gap'] });
	const sentences = ARTICLE.split('\n')
		.filter((p) => p.includes('. '))
		.flatMap((p) => p.split(/(?<=\.) /));
	const say = (words: string) => sentences.find((s) => s.includes(words)) ?? '';
	// A sentence-option item whose options are the article's own sentences, ranked above the blanks.
	const evidence = {
		...item('supporting-evidence', say('printed his tables'), [
			say('founded in 1958'),
			say('Ashworth sisters'),
			say('Professional stations')
		]),
		fact: { ...LIBRARY_WHO.fact, id: 'evidence', sentence: 99, paragraph: 9, start: 0, salience: 1 }
	};

	it('the article gives blanks on both years the evidence options print', () => {
		const keys = candidates.map((c) => c.answer);
		expect(keys).toEqual(expect.arrayContaining(['1802', '1958']));
	});

	it('asks the evidence item and neither year', () => {
		const quiz = selectQuestions([evidence, ...candidates], 10, mulberry32(1), article);
		expect(quiz.map((q) => q.kind)).toContain('supporting-evidence');
		const keys = quiz.map((q) => q.options[q.answerIndex]);
		expect(keys).not.toContain('1802');
		expect(keys).not.toContain('1958');
	});
});

describe('phrasesOverlap: two phrase items never offer two options alike', () => {
	const EXCHANGE = 'A heated exchange between the two leaders';
	const SHIFT = 'A shift in stance towards the port';
	const effect = (answer: string, wrong: string[]) => item('effect', answer, wrong);
	it.each([
		[
			'two effects sharing two wrong options',
			effect('Concerns about the response', [EXCHANGE, SHIFT, 'A strike at the docks']),
			effect('Debates within the council', [SHIFT, EXCHANGE, 'A vote on the budget']),
			true
		],
		[
			'an effect whose key is the main idea item’s wrong option, and one more alike',
			effect('Concerns about the response', [EXCHANGE, SHIFT, 'A strike at the docks']),
			item('main-idea', 'The closing of the port', ['Concerns about the response', EXCHANGE]),
			true
		],
		[
			'two effects sharing one wrong option',
			effect('Concerns about the response', [EXCHANGE, SHIFT, 'A strike at the docks']),
			effect('Debates within the council', [EXCHANGE, 'A vote on the budget', 'A new quay']),
			false
		],
		[
			'two blanks offering the article’s same four people',
			item('gap', 'Thomas Pell', ['Ann Ashworth', 'Mary Ashworth', 'John Dale']),
			item('gap', 'Ann Ashworth', ['Thomas Pell', 'Mary Ashworth', 'John Dale']),
			false
		]
	])('%s', (_, a, b, clash) => {
		expect(phrasesOverlap(a, b)).toBe(clash);
		expect(phrasesOverlap(b, a)).toBe(clash);
	});
});
