// Cause and effect, the other way round: "What happened as a result of …?" and "What did … lead
// to?", from the links an article states ("led to", "caused", "as a result of", "since", ", so"),
// with wrong options that are other events of the article, of the key's form, and never another
// result the article gives the same cause. Articles made up for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { causeLinks } from '../../../src/lib/generator/stages/3-facts/links';
import {
	alsoCaused,
	effectFormProblem,
	effectFragment,
	effectIncomplete,
	ownerlessCause
} from '../../../src/lib/generator/stages/4-questions/effect-checks';
import { shapeOf } from '../../../src/lib/generator/stages/4-questions/effect-options';
import { isRealReason } from '../../../src/lib/generator/distractors/reasons';
import type { Candidate, Fact } from '../../../src/lib/generator/types';
import { SKILL_OF_KIND } from '../../../src/lib/generator/skills';

/** A made-up town history: each paragraph links a cause to what came of it in its own way. */
const MILL = [
	'The Mill at Harrow Ford',
	'',
	'The river at Harrow Ford flooded in the spring of 1911. As a result of the storm of 1911, the town council closed the old stone bridge for a year. Farmers drove their carts ten miles north to the ferry at Wexley.',
	'',
	'A wool mill opened beside the river in 1860. The owners built the mill on the east bank, since the ground by the water was higher than on the west. The mill employed two hundred weavers at its peak.',
	'',
	'The harsh winter of 1923 led to a shortage of coal in the valley. Many families burned peat from the moor instead. The mill stopped its looms for six weeks.',
	'',
	'The railway reached Harrow Ford in 1889. The station was placed at the edge of town so that the line could avoid the marshes. The arrival of the railway brought a rapid expansion of the Saturday market.',
	'',
	'A fire in the dye house caused the collapse of the mill roof in 1935. The owners sold the site to the county soon afterwards. A steady decline in wool prices had already cut the mill profits.',
	'',
	'Rising rents drove the weavers out of the old cottages. The cottages were restored by a trust in the 1970s. The closure of the quarry ended the last large trade in the valley.'
].join('\n');

const effects = (text: string) =>
	generateQuiz(text, { count: 20, kinds: ['effect'] }).questions.map((q) => ({
		stem: q.stem,
		key: q.options[q.answerIndex] as string,
		wrong: q.options.filter((_, i) => i !== q.answerIndex),
		skill: q.skill
	}));

/**
 * The effect items of a text that pass every check but cause-options-on-topic: the mill's results
 * are told each of its own thing, so none is a wrong result a reader could believe of another cause.
 */
const madeEffects = (text: string) =>
	generateQuiz(text, { count: 20, kinds: ['effect'] }).rejected.filter(
		(r) => r.kind === 'effect' && r.reasons.every((x) => x.startsWith('cause-options-on-topic'))
	);

describe('effect questions', () => {
	const asked = effects(MILL);
	const made = madeEffects(MILL);
	const byStem = new Map([
		...made.map(
			(r) => [r.stem, { stem: r.stem, key: r.answer, skill: SKILL_OF_KIND.effect }] as const
		),
		...asked.map((q) => [q.stem, q] as const)
	]);

	it.each([
		['What did the harsh winter of 1923 lead to?', 'A shortage of coal in the valley'],
		['What did a fire in the dye house lead to?', 'The collapse of the mill roof in 1935'],
		[
			'What happened as a result of the storm of 1911?',
			'The town council closed the old stone bridge for a year'
		],
		[
			'What happened because the ground by the water was higher than on the west?',
			'The owners built the mill on the east bank'
		]
	])('asks %s with the effect the article gives as the key', (stem, key) => {
		const q = byStem.get(stem);
		expect(q, asked.map((x) => x.stem).join('\n')).toBeDefined();
		expect(q?.key).toBe(key);
		expect(q?.skill).toBe('cause-effect');
	});

	it('offers three wrong options of the key’s form, none from the question’s own sentence', () => {
		// None of the mill's is asked (madeEffects): every item made is held back for its topic.
		expect(asked.length + made.length).toBeGreaterThan(0);
		for (const q of asked) {
			expect(q.wrong).toHaveLength(3);
			const clause = (t: string) => shapeOf(t).finite;
			for (const o of q.wrong) {
				expect(clause(o), `${o} / ${q.key}`).toBe(clause(q.key));
				expect(o).not.toBe(q.key);
			}
		}
	});

	it('is opt-in: the default quiz asks none', () => {
		const quiz = generateQuiz(MILL, { count: 20 });
		expect(quiz.questions.filter((q) => q.kind === 'effect')).toEqual([]);
	});
});

describe('cause links', () => {
	const linksOf = (text: string) =>
		causeLinks(parseText(normalizeText(text)).sentences).map((l) => [l.cause, l.effect]);

	it.each([
		[
			'The long drought led to a sharp rise in grain prices.',
			['the long drought', 'a sharp rise in grain prices']
		],
		[
			'A spark in the boiler room caused a fire in the east wing.',
			['a spark in the boiler room', 'a fire in the east wing']
		],
		[
			'The storm brought down the power lines, so the school closed for two days.',
			['the storm brought down the power lines', 'the school closed for two days']
		],
		[
			'The Emancipation Act, however, resulted in the release of many prisoners.',
			['the Emancipation Act', 'the release of many prisoners']
		],
		[
			'The dam burst in March. As a result, the lower village was flooded.',
			['the dam burst in March', 'The lower village was flooded']
		],
		[
			'The harvest failed in 1930 due to the long drought.',
			['the long drought', 'The harvest failed in 1930']
		],
		[
			'Bread prices climbed sharply, leading to a shortage of flour in the capital.',
			['bread prices climbed sharply', 'a shortage of flour in the capital']
		],
		[
			'The front settled into a siege and led to hunger among the soldiers.',
			['the front settled into a siege', 'hunger among the soldiers']
		],
		[
			'It was the collapse of the old party that led to the landslide victory.',
			['the collapse of the old party', 'the landslide victory']
		],
		[
			'The new tax on salt caused the villagers great hardship.',
			['the new tax on salt', 'great hardship for the villagers']
		],
		[
			'The mill closed in 1920. This led to the departure of many young families.',
			['the mill closed in 1920', 'The departure of many young families']
		]
	])('finds the cause and the effect in "%s"', (text, link) => {
		expect(linksOf(`Notes\n\n${text} The town grew.`)).toEqual([link]);
	});

	it.each([
		['The new road may lead to heavier traffic in the square.'],
		['The new road did not lead to heavier traffic in the square.'],
		['This led to heavier traffic in the square.'],
		['The old mill did not close because of the flood.'],
		['We think the new road led to heavier traffic in the square.'],
		['The storm grew, so that the boats stayed in the harbour.']
	])('finds no link in "%s": hedged, denied, pointing back or not a result', (text) => {
		expect(linksOf(`Notes\n\n${text} The town grew.`)).toEqual([]);
	});
});

/** An effect item as the builder makes one, for the checks. */
function item(over: Partial<Candidate> & Pick<Candidate, 'answer' | 'distractors'>): Candidate {
	const fact = { id: 'f1', kind: 'cause', sentence: 0, paragraph: 0 } as Fact;
	return {
		id: 'f1-effect',
		kind: 'effect',
		stem: 'What did the harsh winter lead to?',
		fact,
		source: { sentence: '', start: 0, end: 0 },
		explanation: '',
		effectOf: {
			cause: 'the harsh winter',
			outcomes: [over.answer],
			form: 'phrase',
			forms: over.distractors.map(() => 'phrase')
		},
		...over
	};
}

describe('effect checks', () => {
	const wrong = [
		'A rapid expansion of the market',
		'The closure of the quarry',
		'A steady decline in prices'
	];

	it.each([
		['a clean item', item({ answer: 'A shortage of coal', distractors: wrong }), undefined],
		[
			'a cause that points back',
			item({
				stem: 'What did this change lead to?',
				answer: 'A shortage of coal',
				distractors: wrong
			}),
			'cut short or leans'
		]
	])('effect-clause-complete: %s', (_, c, problem) => {
		const found = effectIncomplete(c);
		if (problem) expect(found).toContain(problem);
		else expect(found).toBeUndefined();
	});

	it('effect-not-also-caused: rejects a wrong option the article also gives as a result of the cause', () => {
		const c = item({ answer: 'A shortage of coal', distractors: wrong });
		expect(alsoCaused(c)).toBeUndefined();
		const twice = {
			...c,
			effectOf: { ...c.effectOf!, outcomes: ['A shortage of coal', 'The closure of the quarry'] }
		};
		expect(alsoCaused(twice)).toContain('The closure of the quarry');
	});

	it('effect-options-same-form: rejects clauses among phrases and a key far longer than the rest', () => {
		const c = item({ answer: 'A shortage of coal', distractors: wrong });
		expect(effectFormProblem(c)).toBeUndefined();
		const mixed = {
			...c,
			effectOf: { ...c.effectOf!, forms: ['phrase', 'clause', 'phrase'] as ('phrase' | 'clause')[] }
		};
		expect(effectFormProblem(mixed)).toBe('options mix clauses and phrases');
		const long = item({
			answer: 'A long and bitter shortage of coal and firewood in every village of the valley',
			distractors: wrong
		});
		expect(effectFormProblem(long)).toBe('the key stands apart by its length');
	});

	it.each([
		['an option cut short', ['A steady decline in', 'The closure of the quarry'], 'cut short'],
		[
			'an option in lower case',
			['a steady decline in prices', 'The closure of the quarry'],
			'cut short'
		],
		[
			'a garbled object',
			['The villagers considerable hardship', 'The closure of the quarry'],
			undefined
		]
	])('effect-option-fragment: %s', (_, options, problem) => {
		const distractors = [...options, 'A rapid expansion of the market'];
		const c = item({ answer: 'A shortage of coal', distractors });
		const withShapes = {
			...c,
			effectOf: { ...c.effectOf!, shapes: [c.answer, ...distractors].map(shapeOf) }
		};
		const found = effectFragment(withShapes);
		if (problem) expect(found).toContain(problem);
		else expect(found).toBeUndefined();
	});

	/** An effect item whose options are all clauses, shaped as the builder shapes them. */
	const clauseItem = (answer: string, distractors: string[]) => {
		const c = item({ answer, distractors });
		return {
			...c,
			effectOf: {
				...c.effectOf!,
				form: 'clause' as const,
				forms: distractors.map(() => 'clause' as const),
				shapes: [answer, ...distractors].map(shapeOf)
			}
		};
	};

	it('effect-option-fragment: a clause option needs a verb of its own', () => {
		const answer = 'The council closed the bridge';
		const distractors = [
			'The villagers considerable hardship',
			'The owners sold the mill',
			'Farmers drove to the ferry'
		];
		expect(effectFragment(clauseItem(answer, distractors))).toContain('has no verb');
	});

	it.each([
		['What happened as a result of the weight loss?', 'says neither whose nor which'],
		['What did the taxation needed for war lead to?', 'says neither whose nor which'],
		['What happened as a result of returning to office in January?', 'names no one'],
		['What did Russia’s war taxes lead to?', undefined],
		['What did the drought of 1930 lead to?', undefined],
		['What happened as a result of a fire in the dye house?', undefined],
		['What happened because the river rose?', undefined]
	])('effect-cause-owned: %s', (stem, problem) => {
		const found = ownerlessCause(item({ stem, answer: 'A shortage of coal', distractors: wrong }));
		if (problem) expect(found).toContain(problem);
		else expect(found).toBeUndefined();
	});

	it('effect-options-same-form: rejects clauses of another tense', () => {
		const answer = 'The council closed the bridge';
		const distractors = [
			'The owners sold the mill',
			'Farmers drove to the ferry',
			'The mill employs weavers'
		];
		expect(effectFormProblem(clauseItem(answer, distractors))).toBe('options mix tenses');
	});
});

describe('wrong reasons of a "why" item', () => {
	const option = (text: string, explicit = false) => ({
		text,
		sentence: 3,
		paragraph: 1,
		words: text.split(' ').length - 1,
		voice: 'named' as const,
		explicit
	});

	it.each([
		['Because the valley stretches from the hills in the north', false],
		['Because the owners sold the mill to the county', true],
		['Because of a combination of good luck', false],
		['Because of the collapse of the mill roof', true]
	])('%s reads as a reason: %s', (text, real) => {
		expect(isRealReason(option(text))).toBe(real);
	});

	it('takes any reason the article gives for something else', () => {
		expect(isRealReason(option('Because the valley stretches north', true))).toBe(true);
	});
});
