// Table-driven tests for a year blank whose sentence goes on to say the state lasted (review k9
// P8-Q25: "fell below average in 1930 and remained low … until the end of the decade" offered 1937,
// a second key). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import type { DistractorContext } from '../../../src/lib/generator/distractors';
import { heldUntil, yearCandidates } from '../../../src/lib/generator/distractors/times';
import { valueFact } from './candidates';

const factOf = valueFact;

const ctxOf = (sentence: string): DistractorContext => ({
	entities: new Map(),
	facts: [],
	things: [],
	rand: () => 0.5,
	sentenceTexts: [sentence]
});

describe('heldUntil: the last year a state begun in the key year lasted to', () => {
	it.each([
		[' and remained scarce, with brief breaks, until the end of the decade.', 1952, 1959],
		[' and stayed high until 1961.', 1954, 1961],
		[', and prices continued to rise throughout the 1880s.', 1881, 1889],
		[' and the ban lasted until the war ended.', 1915, Infinity],
		// No span: the words after the key tell of something else.
		[' and the mayor opened it in May.', 1952, NaN],
		['. It remained open until 1990.', 1952, NaN]
	])('%s', (after, key, expected) => {
		expect(heldUntil(after, key)).toBe(expected);
	});
});

describe('yearCandidates: no year inside the span the sentence says the state lasted', () => {
	it.each([
		[
			'Wheat prices in the valley dropped sharply in 1952 and remained low until the end of the decade.',
			'1952',
			1952,
			1959
		],
		[
			'The lake froze over in 1904 and stayed frozen until 1907, when a warm spring came.',
			'1904',
			1904,
			1907
		]
	])('%s', (sentence, key, from, to) => {
		const years = yearCandidates(factOf(sentence, key, 'year'), sentence, ctxOf(sentence)).map(
			Number
		);
		expect(years.length).toBeGreaterThanOrEqual(3);
		expect(years.filter((y) => y > from && y <= to)).toEqual([]);
	});

	it('still offers later years when no span follows the key', () => {
		const sentence = 'Wheat prices in the valley dropped sharply in 1952 after a dry spring.';
		const years = yearCandidates(factOf(sentence, '1952', 'year'), sentence, ctxOf(sentence));
		expect(years.map(Number).some((y) => y > 1952 && y <= 1959)).toBe(true);
	});
});
