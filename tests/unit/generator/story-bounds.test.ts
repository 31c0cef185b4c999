// Table-driven tests for wrong options a reader rules out by the article's own timeline or by a
// bound the sentence sets (review k7): a year before the event the key's event follows from, a
// range's low end above its high end, a figure left open above, a hedged figure, dates of other
// months only, a country of the other hemisphere. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/lib/generator/types';
import type { DistractorContext } from '../../../src/lib/generator/distractors';
import {
	dateCandidates,
	aftermathFloor,
	paragraphFloor,
	sameMonthDays,
	yearCandidates
} from '../../../src/lib/generator/distractors/times';
import { quantityCandidates, rangeLimits } from '../../../src/lib/generator/distractors/quantities';
import { outsideNamedPlace } from '../../../src/lib/generator/distractors/ruled-out';
import { countOf } from '../../../src/lib/generator/distractors/variants';

/** A fact of `type` whose value is `text` in `sentence`, the article's sentence `at` of `paragraph`. */
function factOf(sentence: string, text: string, type: string, at = 0, paragraph = 0): Fact {
	const start = sentence.indexOf(text);
	return {
		id: `f${at}-${text}`,
		kind: 'event',
		sentence: at,
		paragraph,
		start: 0,
		end: sentence.length,
		statement: sentence,
		value: { text, type, start, end: start + text.length }
	} as unknown as Fact;
}

function contextOf(facts: Fact[] = [], sentenceTexts: string[] = []): DistractorContext {
	return { entities: new Map(), facts, things: [], rand: () => 0.5, sentenceTexts };
}

describe('paragraphFloor and aftermathFloor: no year before the event the key follows from', () => {
	// Sentences by index, with their paragraphs: the lead (0), Ada's story (1-3), a later one (4-5).
	const texts = [
		'The dam burst on 4 March 1921.',
		'Ada Moss was born in 1890.',
		'In June 1912 Ada joined the crew.',
		'She sailed to Lima in 1915.',
		'She had first sailed in 1905.',
		'In gratitude, the town built a school in 1924.'
	];
	const paragraphs = [0, 1, 1, 1, 2, 2];
	const ctx = { ...contextOf([], texts), sentenceParagraphs: paragraphs };
	const at = (i: number, key: string) => factOf(texts[i] ?? '', key, 'year', i, paragraphs[i]);
	it.each([
		// The paragraph runs forward to the key: the latest year before it.
		[3, '1915', 1912],
		// A paragraph that goes back before the key sets none.
		[4, '1905', -Infinity],
		// A sentence that does not go on with the one before ("Ada …", not "She …") sets none.
		[2, '1912', -Infinity]
	])('paragraph: sentence %i (%s)', (i, key, floor) => {
		expect(paragraphFloor(at(i, key), texts[i] ?? '', ctx)).toBe(floor);
	});
	it.each([
		[5, '1924', 1921],
		[3, '1915', -Infinity]
	])('aftermath: sentence %i (%s)', (i, key, floor) => {
		expect(aftermathFloor(at(i, key), texts[i] ?? '', ctx)).toBe(floor);
	});

	it('offers years of the span first: the dated event, not years before it', () => {
		const fact = at(3, '1915');
		const withDate = { ...ctx, facts: [factOf(texts[2] ?? '', 'June 1912', 'date', 2, 1)] };
		const years = yearCandidates(fact, texts[3] ?? '', withDate)
			.slice(0, 3)
			.map(Number);
		expect(years).toContain(1912);
		expect(years.every((y) => y >= 1912)).toBe(true);
	});

	it('offers no year before the lead event in an aftermath', () => {
		const years = yearCandidates(at(5, '1924'), texts[5] ?? '', ctx).map(Number);
		expect(years.length).toBeGreaterThan(2);
		expect(years.every((y) => y >= 1921)).toBe(true);
	});
});

describe('sameMonthDays and dateCandidates: a day of the key month first', () => {
	it.each([
		['2 September', ['1 September 1859', '2 September 1859'], ['1 September']],
		['September 2, 1859', ['September 1, 1859', 'May 3, 1860'], ['September 1, 1859']],
		// Another year's day of that month is no neighbour of the key.
		['2 September 1859', ['1 September 1860'], []],
		['2 September', ['4 October'], []]
	])('%s', (key, dates, expected) => {
		expect(sameMonthDays(key, dates)).toEqual(expected);
	});

	it('reads days the article writes in pairs: "on 1 and 2 September 1859"', () => {
		const sentence = 'The storm began early on 2 September.';
		const fact = factOf(sentence, '2 September', 'date');
		const ctx = contextOf([fact], ['The sky glowed on 1 and 2 September 1859.', sentence]);
		expect(dateCandidates(fact, sentence, ctx)[0]).toBe('1 September');
	});
});

describe('quantityCandidates: bounds the sentence sets', () => {
	const optionsOf = (sentence: string, key: string) =>
		quantityCandidates(factOf(sentence, key, 'quantity'), sentence, contextOf());
	it.each([
		// "from about _____ to more than 240": the low end stays below the high end.
		['The track climbs from about 170 to more than 240 metres above the sea.', '170', 'below', 240],
		// "from 90 to _____": the high end stays above the low end.
		['Prices ranged from 90 to 160 crowns a night.', '160', 'above', 90],
		// "…, or more": a larger figure also holds.
		[
			'If the gap has reached about 2.5 millimetres, or more, fit a new belt.',
			'about 2.5',
			'below',
			2.5
		]
	])('%s', (sentence, key, side, bound) => {
		const options = optionsOf(sentence, key);
		expect(options.length).toBeGreaterThan(0);
		for (const o of options)
			expect(side === 'below' ? countOf(o) < bound : countOf(o) > bound).toBe(true);
	});

	it("a falling change is no range: its bounds are the change's", () => {
		expect(rangeLimits('Sales fell from ', ' to 40 boxes')).toEqual({});
	});

	it.each(['A typical course is perhaps twelve lessons long.', 'The hall holds maybe 300 people.'])(
		'a hedged figure is no fact to ask: %s',
		(sentence) => {
			const key = /twelve|300/.exec(sentence)?.[0] ?? '';
			expect(optionsOf(sentence, key)).toEqual([]);
		}
	);
});

describe('outsideNamedPlace: the hemisphere the sentence names', () => {
	it.each([
		[
			'Lights were seen in the southern hemisphere as far north as Lima in Peru.',
			'Peru',
			'Canada',
			true
		],
		[
			'Lights were seen in the southern hemisphere as far north as Lima in Peru.',
			'Peru',
			'Chile',
			false
		],
		['In the northern hemisphere the lights reached Oslo in Norway.', 'Norway', 'Argentina', true],
		['In the northern hemisphere the lights reached Oslo in Norway.', 'Norway', 'Sweden', false],
		// A hemisphere named after the key does not frame it.
		['The lights reached Peru, and later the northern hemisphere.', 'Peru', 'Canada', false]
	])('%s: %s vs %s', (sentence, key, option, out) => {
		expect(outsideNamedPlace(key, option, sentence)).toBe(out);
	});
});
