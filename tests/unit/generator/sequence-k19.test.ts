// Sequence items k13's reviewers found answerable by common sense or unclean (issue 15, k19): step
// options from a window of adjacent steps, "right before" wrong options the steps near the anchor,
// no step cut at a comma inside a phrase, one name form for a person across options, and a
// biography's postscript (an event after the subject's death) never the key.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import type { Sentence } from '../../../src/lib/generator/types';
import {
	commandProblem,
	endsNounPhrase,
	firstAct,
	nearestSteps,
	pickEnd,
	stepWindows,
	type HowToStep
} from '../../../src/lib/generator/stages/4-questions/sequence-steps';
import {
	deathYear,
	oneNameForm
} from '../../../src/lib/generator/stages/4-questions/sequence-sense';
import { firstNameDropped } from '../../../src/lib/generator/stages/4-questions/event-clause';

/** A run of numbered steps of our own, each option its command. */
const COMMANDS = [
	'Clear the bench',
	'Sand the old paint',
	'Wipe off the dust',
	'Mask the window glass',
	'Brush on the primer',
	'Paint the frame',
	'Peel off the tape',
	'Wash the brushes'
];
const run: HowToStep[] = COMMANDS.map((option, i) => ({
	number: i + 1,
	option,
	sentence: { index: i } as Sentence
}));
const numbers = (steps: readonly HowToStep[] | undefined) => (steps ?? []).map((s) => s.number);

describe('stepWindows', () => {
	it.each([
		['first', 8, [2, 3, 4, 5]],
		['last', 8, [7, 6, 5, 4]],
		// Four steps make one window: the run's own end is the key then.
		['first', 4, [1, 2, 3, 4]]
	] as const)('%s of a run of %i: a window of four adjacent steps %j', (ask, n, first) => {
		const windows = stepWindows(run.slice(0, n), ask);
		expect(windows.map(numbers)).toContainEqual(first);
		for (const w of windows) {
			const sorted = [...numbers(w)].sort((a, b) => a - b);
			expect(sorted[3]! - sorted[0]!).toBeLessThanOrEqual(4);
		}
	});

	it('never keys the guide first (last) step when the run has more than four steps', () => {
		for (const ask of ['first', 'last'] as const)
			for (const w of stepWindows(run, ask)) expect([1, 8]).not.toContain(w[0]?.number);
	});

	it('pickEnd keys the earliest (latest) of four adjacent steps near the middle', () => {
		expect(numbers(pickEnd(run, 'first'))).toEqual([3, 4, 5, 6]);
		expect(numbers(pickEnd(run, 'last'))).toEqual([6, 5, 4, 3]);
	});

	it('refuses steps too far apart to be adjacent', () => {
		const apart = [run[0], run[3], run[5], run[7]] as HowToStep[];
		expect(pickEnd(apart, 'first')).toBeUndefined();
	});
});

describe('nearestSteps', () => {
	it.each([
		// "right before step 4": the key step 3, wrong options the steps around 4.
		[4, 3, [5, 6, 2]],
		// "right after step 4": the key step 5.
		[4, 5, [3, 2, 6]],
		[7, 6, [8, 5, 4]]
	])('anchor %i, key %i → %j', (anchor, key, wrong) => {
		const at = (n: number) => run[n - 1] as HowToStep;
		expect(numbers(nearestSteps(run, at(anchor), at(key)))).toEqual(wrong);
	});
});

describe('no cut at a comma inside a phrase', () => {
	it.each([
		['well-drained spot', true],
		['sheltered corner', true],
		['deep enough that the roots fit', false],
		['about ten centimetres long', false],
		['the whole pot', false],
		['pushing outwards', false]
	])('endsNounPhrase("%s") is %s', (rest, expected) => {
		expect(endsNounPhrase(rest)).toBe(expected);
	});

	it.each([
		['Pick a sunny, well-drained spot', 'Pick a sunny, well-drained spot'],
		['Press the patch down, pushing outwards', 'Press the patch down'],
		['Make a hole, deep enough that the roots fit', 'Make a hole']
	])('firstAct("%s") → "%s"', (line, act) => expect(firstAct(line)).toBe(act));

	it('refuses a step whose title holds such a comma rather than cut it', () => {
		expect(commandProblem(firstAct('Pick a sunny, well-drained spot'))).toBeDefined();
	});
});

describe('oneNameForm', () => {
	it.each([
		[
			['Mara Velde married Jon Velde', 'Velde returned to Leiden', 'Mara Velde won the prize'],
			['Velde married Jon Velde', 'Velde returned to Leiden', 'Velde won the prize']
		],
		// Only the full name: left as it is.
		[
			['Mara Velde married Jon Velde', 'Mara Velde won the prize'],
			['Mara Velde married Jon Velde', 'Mara Velde won the prize']
		],
		// Another person's full name, or a place, is not shortened.
		[
			['Jon Hale won the race', 'Velde returned to Leiden', 'The Old Mill opened'],
			['Jon Hale won the race', 'Velde returned to Leiden', 'The Old Mill opened']
		]
	])('%j → %j', (options, expected) => expect(oneNameForm(options)).toEqual(expected));

	it.each([
		['Mara Velde married Jon Velde', 'Velde married Jon Velde', true],
		['Mara Velde married Jon Velde', 'Mara Velde married Jon Velde', false],
		['The museum opened in Leiden', 'museum opened in Leiden', false],
		['Mara Velde married Jon Velde', 'married Jon Velde', false]
	])('firstNameDropped("%s", "%s") is %s', (clause, option, expected) =>
		expect(firstNameDropped(clause, option)).toBe(expected)
	);
});

describe('deathYear', () => {
	it.each([
		[[{ option: 'Velde died in Leiden', year: 1961 }], 1961],
		[[{ option: 'Her brother died in Leiden', year: 1950 }], undefined],
		[[{ option: 'Velde returned to Leiden', year: 1934 }], undefined]
	])('%j → %s', (events, year) => expect(deathYear(events, ['Mara Velde', 'Velde'])).toBe(year));
});

/** A short life of our own with a postscript: her house opened as a museum after she died. */
const LIFE = [
	'Mara Velde: The Botanist of the Dunes',
	'',
	'Mara Velde was a botanist who spent her life on the plants of the coastal dunes. She was patient and exact, and she walked the dunes in every season.',
	'',
	'Velde grew up in a fishing town. In 1902 she won a place at the university in Leiden, where she studied plants.',
	'',
	'In 1910 she published her first survey of the dunes. She married the painter Jon Velde in 1914. Velde led the new dune reserve from 1921.',
	'',
	'In 1930 she won the national prize for botany. She retired to her house by the sea in 1936.',
	'',
	'Velde died at Dune House in 1948. Dune House opened as a museum in 1955.'
].join('\n');

describe('a biography with a postscript', () => {
	it('never keys the event after the death, and names her one way', () => {
		for (let seed = 1; seed <= 8; seed++) {
			const quiz = generateQuiz(LIFE, { count: 10, seed, kinds: ['sequence'] });
			for (const q of quiz.questions) {
				const key = q.options[q.answerIndex] ?? '';
				expect(key).not.toMatch(/museum/);
				expect(q.stem).not.toMatch(/museum/);
				expect(q.options.some((o) => o.startsWith('Mara Velde '))).toBe(false);
			}
		}
	});
});
