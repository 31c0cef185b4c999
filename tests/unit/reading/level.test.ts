import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { fleschKincaid } from 'flesch-kincaid';
import { describe, expect, it } from 'vitest';
import {
	addCounts,
	bandOf,
	countText,
	gradeLabel,
	levelFromCounts,
	readingLevel
} from '$lib/reading/level';

// Three passages of ours, written to be clearly apart: a first reader, a news report, a paper.
const EASY =
	'Tom has a red ball. He likes to play with it in the park. His dog runs after the ball. ' +
	'The dog is fast. Tom and his dog play all day. Then they go home to eat.';
const NEWS =
	'The city council voted on Tuesday to close the old harbour bridge to cars for two years. ' +
	'Engineers found that the steel supports had rusted far more than an inspection in 2019 suggested. ' +
	'Buses and bicycles will still be allowed to cross while a replacement is designed, the mayor said.';
const PAPER =
	'Notwithstanding the considerable methodological heterogeneity characterising contemporary ' +
	'epidemiological investigations, the preponderance of longitudinal evidence substantiates an ' +
	'association between socioeconomic deprivation and cardiovascular morbidity. Consequently, ' +
	'interventions predicated exclusively upon individual behavioural modification are unlikely to ' +
	'ameliorate population-level disparities.';

describe('the formulas, as their packages document them', () => {
	it('Flesch-Kincaid: 1 sentence, 13 words, 26 syllables is grade 13.08', () => {
		expect(fleschKincaid({ sentence: 1, word: 13, syllable: 26 })).toBeCloseTo(13.08, 2);
	});

	// The readme gives this example's score as 4.41208, but its own code (and the 1995 formula:
	// 0.1579 × 20% + 0.0496 × 15 words a sentence + 3.6365 past 5% difficult words) gives 7.5385;
	// the grades it gives, 9-10, are the same either way.
	it('Dale-Chall: 30 words, 2 sentences, 6 difficult words scores 7.5385, grades 9-10', () => {
		const score = daleChallFormula({ word: 30, sentence: 2, difficultWord: 6 });
		expect(score).toBeCloseTo(0.1579 * 20 + 0.0496 * 15 + 3.6365, 10);
		expect(score).toBeCloseTo(7.5385, 4);
		expect(daleChallGradeLevel(score)).toEqual([9, 10]);
	});
});

describe('the reading level of a text', () => {
	it('counts words, sentences and syllables', () => {
		const level = readingLevel('The cat sat on the mat. It ran away.')!;
		expect(level).toMatchObject({ words: 9, sentences: 2, meanSentenceLength: 4.5 });
		expect(level.syllables).toBe(10);
	});

	it('counts names, numbers and inflections of familiar words as familiar', () => {
		expect(readingLevel('In 1998 Maria walked to Leeds.')!.uncommonWords).toBe(0);
		expect(readingLevel('The houses were painted quickly.')!.uncommonWords).toBe(0);
		// "engineer" is on the list; "inspect", "corrode" and "girder" are not.
		expect(readingLevel('The engineers inspected corroded girders.')!.uncommonWords).toBe(3);
	});

	it('puts passages written at different levels in order, each in its band', () => {
		const easy = readingLevel(EASY)!;
		const news = readingLevel(NEWS)!;
		const paper = readingLevel(PAPER)!;
		expect(easy.grade).toBeLessThan(news.grade);
		expect(news.grade).toBeLessThan(paper.grade);
		expect(easy.label).toBe('Grade 4 and below');
		expect(news.label).toMatch(/^Grade (7-8|9-10|11-12)$/);
		expect(paper.label).toBe('College graduate');
		expect(paper.uncommonShare).toBeGreaterThan(news.uncommonShare);
		expect(news.uncommonShare).toBeGreaterThan(easy.uncommonShare);
	});

	it('adds up over paragraphs: a long text is counted a few paragraphs at a time', () => {
		const whole = [EASY, NEWS, PAPER].join('\n\n');
		const parts = [EASY, NEWS, PAPER].map(countText).reduce(addCounts);
		expect(parts).toEqual(countText(whole));
		expect(levelFromCounts(parts)).toEqual(readingLevel(whole));
	});

	it('has no level without words', () => {
		expect(readingLevel('')).toBeNull();
		expect(readingLevel('  — … ')).toBeNull();
	});
});

describe('grade bands', () => {
	it.each([
		[2.5, [0, 4], 'Grade 4 and below'],
		[5, [5, 6], 'Grade 5-6'],
		[6.9, [5, 6], 'Grade 5-6'],
		[7.2, [7, 8], 'Grade 7-8'],
		[10, [9, 10], 'Grade 9-10'],
		[12.4, [11, 12], 'Grade 11-12'],
		[13.1, [13, 15], 'College'],
		[17, [16, Infinity], 'College graduate']
	] as const)('grade %d is in %j: "%s"', (grade, band, label) => {
		expect(bandOf(grade)).toEqual(band);
		expect(gradeLabel(bandOf(grade))).toBe(label);
	});
});
