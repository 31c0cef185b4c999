// Review k9: wrong options a reader rules out without the article. Years a dated report rules out
// by its tense ("is completed in 2010" in a report of 2016, "endorsed … in 2020"), a dateline's
// city in capitals, a person of another calling than the blank's, a count every reader knows ("_____ world wars"). Every sentence here is written
// for these tests.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/lib/generator/types';
import type { DistractorContext } from '../../../src/lib/generator/distractors';
import { badlyFormed } from '../../../src/lib/generator/distractors';
import { ofAnotherCalling } from '../../../src/lib/generator/distractors/ruled-out';
import { deathOf, toldAsOf, yearCandidates } from '../../../src/lib/generator/distractors/times';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import { blankCandidate as blank } from './candidates';

function factOf(sentence: string, text: string, at: number): Fact {
	const start = sentence.indexOf(text);
	return {
		id: `f-${text}`,
		kind: 'event',
		sentence: at,
		paragraph: 0,
		start: 0,
		end: sentence.length,
		statement: sentence,
		value: { text, type: 'year', start, end: start + text.length }
	} as unknown as Fact;
}

const DATELINE = 'HARBOUR TOWN, Norway, March 3, 2011 — The new ferry line opened today.';
const ctxOf = (texts: string[]): DistractorContext => ({
	entities: new Map(),
	facts: [],
	things: [],
	rand: () => 0.5,
	sentenceTexts: texts
});

describe('toldAsOf: the years a dated report leaves a blank', () => {
	it.each([
		['When the second quay is finished in 2014, crossings will take an hour.', '2014', 2009, false],
		['When the second quay is finished in 2014, crossings will take an hour.', '2014', 2013, true],
		['The council approved the plan in a vote in 2004.', '2004', 2013, false],
		['The council approved the plan in a vote in 2004.', '2004', 2007, true],
		// A clause of neither: every year.
		['The fleet, which is old, counts ships built in 2004.', '2004', 2013, true]
	])('%s (%s): %i fits is %s', (sentence, key, year, fits) => {
		const ctx = ctxOf([DATELINE, sentence]);
		expect(toldAsOf(factOf(sentence, key, 1), sentence, ctx)(year)).toBe(fits);
	});

	it('leaves every year to an undated article', () => {
		const sentence = 'The council approved the plan in a vote in 2004.';
		const ctx = ctxOf(['The ferry line runs daily.', sentence]);
		expect(toldAsOf(factOf(sentence, '2004', 1), sentence, ctx)(2013)).toBe(true);
	});

	it('offers no year after the report for a past vote', () => {
		const sentence = 'The council approved the plan in a vote in 2004.';
		const ctx = ctxOf([DATELINE, sentence]);
		const years = yearCandidates(factOf(sentence, '2004', 1), sentence, ctx).map(Number);
		expect(years.length).toBeGreaterThanOrEqual(3);
		expect(years.filter((y) => y > 2011)).toEqual([]);
	});
});

describe('options a reader rules out unread', () => {
	it.each([
		['LONDON', true],
		['PARIS', true],
		['London', false],
		['NASA', false]
	])('%s is no option: %s', (option, bad) => {
		expect(badlyFormed(option)).toBe(bad);
	});

	it('refuses "_____ world wars"', () => {
		const c = blank('Floods, a fire and two world wars delayed the harbour works.', 'two', [
			'three',
			'four',
			'five'
		]);
		const reasons = validateCandidate(c, {}).map((r) => r.split(':')[0]);
		expect(reasons).toContain('gap-count-not-known');
	});
});

describe('ofAnotherCalling: a person blank given a calling takes no one of another', () => {
	const texts = [
		'Famous people of the port include the chemist Ivo Marsh and the poet Lena Ruiz.',
		'The strike began when a dock clerk, Omar Feld, was dismissed.',
		'The clerk Tilda Brandt joined him. Kasper Holm wrote about it.'
	];
	it.each([
		['Ivo Marsh', true],
		['Lena Ruiz', true],
		// Of the key's calling, or of none the article gives: still a contender.
		['Tilda Brandt', false],
		['Kasper Holm', false]
	])('%s is ruled out: %s', (option, out) => {
		expect(ofAnotherCalling('Omar Feld', option, texts[1] ?? '', texts)).toBe(out);
	});

	it('rules out nothing when the sentence gives the key no calling', () => {
		const sentence = 'The strike began when Omar Feld was dismissed.';
		expect(ofAnotherCalling('Omar Feld', 'Ivo Marsh', sentence, texts)).toBe(false);
	});
});

describe('deathOf: no date after the death of the person the sentence opens on', () => {
	const arrest = 'Marlow was jailed in March 1661 with two of his printers.';
	it.each([
		[[arrest, 'They were tried and hanged on the same day, 4 June 1662.'], 1662],
		[['Marlow died in Leiden in 1670.', arrest], 1670],
		// Another's death, or a pronoun after a sentence that does not name him: none.
		[['His brother died in 1650.', arrest], Infinity],
		[['The press was sold.', 'They were hanged in 1662.', arrest], Infinity]
	])('%j', (texts, year) => {
		const fact = factOf(arrest, 'March 1661', texts.indexOf(arrest));
		expect(deathOf(fact, arrest, ctxOf(texts)).year).toBe(year);
	});
});
