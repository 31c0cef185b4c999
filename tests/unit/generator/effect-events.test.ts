// Effect items ask of events and states, never of advice (review k9: "What happened because in a
// crowded freezer every tub of pale liquid looks the same?", with instructions among statements as
// options). A key that tells how things are is asked as a result, not as something that happened;
// in a life story, what the person did far from the key is a wrong option, not a second result.
// Articles and items made up for these tests.
import { describe, expect, it } from 'vitest';
import { checkedCandidates } from '../../../src/lib/generator/index';
import {
	effectNotEvent,
	instructs,
	stemCause
} from '../../../src/lib/generator/stages/4-questions/effect-checks';
import {
	alike,
	namesOf,
	pickOutcomes,
	subjectHead,
	type Outcome
} from '../../../src/lib/generator/stages/4-questions/effect-options';
import type { Candidate, Fact } from '../../../src/lib/generator/types';

describe('instructs: an order, not a statement', () => {
	it.each([
		['Label each jar with the day it was made', true],
		['Rinse the brush in warm water', true],
		['Water the young tomato plants every evening', true],
		['Never paint over damp plaster', true],
		['Do not skip the undercoat', true],
		['Tool handles were carved from ash', false],
		['The jars were labelled by hand', false],
		['Summers are dry along the coast', false],
		['Rising prices drove the bakers out of the square', false],
		['Crevasses open near the walls of the valley', false],
		['The harvest failed in two valleys', false]
	])('%s → %s', (text, expected) => {
		expect(instructs(text)).toBe(expected);
	});
});

/** An effect item with the given stem and options. */
function item(stem: string, answer: string, distractors: string[]): Candidate {
	const fact = { id: 'f1', kind: 'cause', sentence: 0, paragraph: 0 } as Fact;
	return {
		id: 'f1-effect',
		kind: 'effect',
		stem,
		answer,
		distractors,
		fact,
		source: { sentence: '', start: 0, end: 0 },
		explanation: '',
		effectOf: {
			cause: stemCause(stem) ?? '',
			outcomes: [answer],
			form: 'clause',
			forms: distractors.map(() => 'clause')
		}
	};
}

describe('effect-tells-of-events', () => {
	it.each([
		[
			'events in the past',
			item('What happened because the bridge was closed?', 'The farmers drove to the ferry', [
				'The mill stopped its looms',
				'The council sold the quarry',
				'The market moved to the square'
			]),
			undefined
		],
		[
			'a cause that opens on a fronted phrase',
			item(
				'What happened because in a full cupboard every jar looks the same?',
				'The jam was eaten first',
				['The lids rusted', 'The shelves were cleared', 'The sugar ran out']
			),
			'does not open on its subject'
		],
		[
			'an instruction among the options',
			item('What happened because the paint dried too fast?', 'The wall showed brush marks', [
				'Stir the paint before you start',
				'The ladder slipped on the tiles',
				'The ceiling was finished first'
			]),
			'is an instruction'
		],
		[
			'an instruction as the cause',
			item('What happened because rinse the brush at once?', 'The bristles stayed soft', [
				'The ladder slipped on the tiles',
				'The ceiling was finished first',
				'The tin was left open'
			]),
			'is an instruction'
		],
		[
			'advice as the key',
			item(
				'What is one result of the fact that fresh blades are sharp?',
				'Gloves are a good idea',
				['Old blades rust quickly', 'Handles are made of ash', 'Most tools last for years']
			),
			'gives advice'
		],
		[
			'the tail of "so … that"',
			item(
				'What happened because the stairs were a tight spiral?',
				'Narrow that the porter scraped both walls',
				['The lamp went out', 'The bell rang twice', 'The door was locked']
			),
			'"Narrow that the porter scraped both walls"'
		]
	])('%s', (_, c, problem) => {
		const found = effectNotEvent(c);
		if (problem) expect(found).toContain(problem);
		else expect(found).toBeUndefined();
	});
});

describe('wrong options about the key’s subject', () => {
	const names = namesOf([
		'Ada Marsh was born in Leeds.',
		'As a girl, Ada Marsh sailed with her uncle.',
		'The crevasses of the valley grow each year.'
	]);

	it('keeps a name whole and marks it, cuts a common head to its stem', () => {
		expect(subjectHead('Marsh left the laboratory at once', names)).toEqual({
			head: 'marsh',
			named: true
		});
		expect(subjectHead('Marginal crevasses form near the walls', names)).toEqual({
			head: 'crevass',
			named: false
		});
	});

	const pool: Outcome[] = [
		{
			text: 'Marsh won a prize for her paper on tides',
			sentence: 30,
			form: 'clause',
			linked: false
		},
		{ text: 'Marsh moved to Bristol with her sister', sentence: 11, form: 'clause', linked: false },
		{ text: 'The harbour froze for a month', sentence: 40, form: 'clause', linked: true },
		{ text: 'The college built a new wing', sentence: 2, form: 'clause', linked: false }
	];

	it('offers what the named person did far from the key, never beside it', () => {
		const target = {
			answer: 'Marsh left the laboratory at once',
			form: 'clause' as const,
			sentence: 10,
			cause: 'the fire in the store room',
			outcomes: ['Marsh left the laboratory at once'],
			head: subjectHead('Marsh left the laboratory at once', names)
		};
		const picked = pickOutcomes(target, pool, () => 0.5).map((o) => o.text);
		expect(picked).toContain('Marsh won a prize for her paper on tides');
		expect(picked).not.toContain('Marsh moved to Bristol with her sister');
	});

	it('offers nothing on a common subject’s head, however far', () => {
		const target = {
			answer: 'Marginal crevasses form near the walls',
			form: 'clause' as const,
			sentence: 10,
			cause: 'the friction of the valley walls',
			outcomes: ['Marginal crevasses form near the walls'],
			head: subjectHead('Marginal crevasses form near the walls', names)
		};
		const crevasses: Outcome[] = [
			{ text: 'Crevasses open where the ice speeds up', sentence: 40, form: 'clause', linked: true }
		];
		expect(pickOutcomes(target, crevasses, () => 0.5)).toEqual([]);
	});
});

/** A made-up town report: a state explained by a current, and a past event explained by a storm. */
const COVE = [
	'Life in Selby Cove',
	'',
	'Selby Cove is a fishing town on the west coast. Winters in Selby Cove are mild because of the warm current from the south. The harbour rarely freezes.',
	'',
	'In 1952 a great storm struck the coast. As a result of the storm of 1952, the town council moved the fish market inland. The old market hall was later turned into a museum.'
].join('\n');

describe('the stem of a key that tells how things are', () => {
	const stems = checkedCandidates(COVE, { kinds: ['effect'] })
		.map((x) => x.candidate)
		.filter((c) => c.kind === 'effect')
		.map((c) => `${c.stem} → ${c.answer}`);

	it.each([
		['What is one result of the warm current from the south? → Winters in Selby Cove are mild'],
		[
			'What happened as a result of the storm of 1952? → The town council moved the fish market inland'
		]
	])('%s', (expected) => {
		expect(stems).toContain(expected);
	});
});

describe('wrong results that name one event twice', () => {
	it.each<[string, string, boolean]>([
		['The Chinese New Year celebrations', 'New year celebrations in Taiwan', true],
		['The wider European debt crisis', 'The global financial crisis', false],
		['The construction of new railroad lines', 'Food shortages in the South', false]
	])('"%s" and "%s" are alike: %s', (a, b, same) => {
		expect(alike(a, b)).toBe(same);
	});
});
