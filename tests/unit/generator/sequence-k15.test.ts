// Sequence items that reach more articles (issue 15, k15): a key may name the article's person
// where its sentence says "He"; a stem that says the article's name for "the club" still names
// its anchor event. (A founding and a parents' marriage as a birth: sequence-sense.test.ts.)
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import {
	keyNamesPronoun,
	stemNamesAnchor
} from '../../../src/lib/generator/stages/4-questions/sequence-checks';

/** A short life of the writer's own: most of its dated events say "He". */
const LIFE = [
	'Piet Holm',
	'',
	'Piet Holm was a Dutch clockmaker who built the great clocks of Orvane and Dunmere. He was known for his patience and his careful hands.',
	'',
	'Holm grew up in a family of boat builders on the coast. In 1861, Holm left for an apprenticeship in Utrecht with the clockmaker Jan Smeets.',
	'',
	'He opened his own workshop in Orvane in 1871. The workshop stood beside the river, and its windows looked out on the old ferry.',
	'',
	'Holm built the town clock of Orvane in 1881. He repaired the cathedral clock of Dunmere in 1889, after a fire had stopped it.',
	'',
	'In 1895, he founded a school for young clockmakers. Holm retired from the workshop in 1904 and handed it to his students.'
].join('\n');

describe('a key that names the person the sentence calls "He"', () => {
	it.each([1, 2, 3, 4])('seed %i: every option names Holm, none "He"', (seed) => {
		const [q] = generateQuiz(LIFE, { count: 10, seed, kinds: ['sequence'] }).questions;
		expect(q).toBeDefined();
		for (const o of q!.options) expect(o).toMatch(/^Holm /);
	});

	// The events the article tells with "He" or "he": a key may be one of them, named.
	const TOLD_WITH_HE = [
		'Holm opened his own workshop in Orvane',
		'Holm repaired the cathedral clock of Dunmere',
		'Holm founded a school for young clockmakers'
	];
	it('keys an event the article tells with "He opened …" or "he founded …", named', () => {
		const keys = [1, 2, 3, 4].map((seed) => {
			const [q] = generateQuiz(LIFE, { count: 10, seed, kinds: ['sequence'] }).questions;
			return q ? q.options[q.answerIndex] : '';
		});
		expect(keys.some((k) => TOLD_WITH_HE.includes(k ?? ''))).toBe(true);
	});
});

describe('stemNamesAnchor', () => {
	it.each([
		[
			'Which of these happened before the club moved to Ferris Park?',
			'The club moved to Ferris Park',
			true
		],
		[
			'Which of these happened before Tern Rovers F.C. moved to Ferris Park?',
			'The club moved to Ferris Park',
			true
		],
		[
			'Which of these happened before Tern Rovers F.C. moved to Dale Road?',
			'The club moved to Ferris Park',
			false
		],
		[
			'Which of these happened after the club moved to Ferris Park?',
			'The club moved to Ferris Park',
			false
		],
		['Which of these happened before Holm opened a shop?', 'Holm opened a workshop', false]
	] as const)('%s / %s → %s', (stem, anchor, named) => {
		expect(stemNamesAnchor(stem, 'before', anchor)).toBe(named);
	});
});

describe('keyNamesPronoun', () => {
	const item = (answer: string, source: string, resolved: boolean): Candidate =>
		({
			kind: 'sequence',
			answer,
			source: { sentence: source, start: 0, end: source.length },
			events: [
				{
					option: answer,
					resolved,
					fact: { frame: { subject: 'Holm' } }
				}
			]
		}) as unknown as Candidate;

	it.each([
		['Holm opened a workshop', 'He opened a workshop in 1871.', true, true],
		['Holm opened a workshop', 'She opened a workshop in 1871.', true, true],
		// Not resolved by the builder, or the source says something else.
		['Holm opened a workshop', 'He opened a workshop in 1871.', false, false],
		['Holm opened a workshop', 'Smeets opened a workshop in 1871.', true, false],
		['Holm opened a workshop', 'He closed a workshop in 1871.', true, false]
	])('%s / %s (resolved %s) → %s', (answer, source, resolved, named) => {
		expect(keyNamesPronoun(item(answer, source, resolved))).toBe(named);
	});
});
