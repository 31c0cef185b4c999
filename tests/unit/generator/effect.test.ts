// Cause and effect, the other way round: "What happened as a result of …?" and "What did … lead
// to?", from the links an article states ("led to", "caused", "as a result of", "since", ", so"),
// with wrong options that are other events of the article, of the key's form, and never another
// result the article gives the same cause. Articles made up for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz, validCandidates } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { causeLinks, outcomePhrases } from '../../../src/lib/generator/stages/3-facts/links';
import { causeOptionsOffTopic } from '../../../src/lib/generator/stages/4-questions/cause-checks';
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

/**
 * The effect items a text's builder makes that pass every check. (Selection may still leave out
 * one of two alike, phrasesOverlap: that is not what these tests are about.)
 */
const effects = (text: string) =>
	validCandidates(text, { kinds: ['effect'] }).candidates.map((c) => ({
		stem: c.stem,
		key: c.answer,
		wrong: c.distractors,
		skill: SKILL_OF_KIND[c.kind]
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

/** A made-up news report: one step named three ways, two results of it, and other events. */
const SCHOOL = [
	'Pellin to close its harbour school',
	'',
	'In a quiet vote, the town council of Pellin has agreed to close the harbour school at the end of the year.',
	'The storm of 1990 brought a long decline in the herring trade of the bay.',
	'The decision to close the harbour school was announced by the council leader Ann Roe in a letter to parents on Friday, raising concerns about the safety of the walk to Kelby.',
	'Last spring a heated exchange between the mayor and the fishermen ended the monthly market on the quay.',
	'The closure of the school could leave forty children without a place nearby. The move has sparked debates within the parish council about the cost of a daily bus.',
	'In 2015 the town saw a sharp rise in summer visitors from the cities.',
	'The construction of a new pier for the ferry was finished in 2019.',
	'A fierce dispute over fishing rights with the next village lasted for ten years.',
	'Many older families remember the opening of the school in 1932.'
].join('\n\n');

describe('effect items of one step named in several ways', () => {
	const items = generateQuiz(SCHOOL, { count: 20, kinds: ['effect'] }).questions;
	const decision = items.find((q) => /decision to close the harbour school/.test(q.stem));

	it('asks what the decision led to, with three other events of the article as wrong options', () => {
		expect(decision?.stem).toBe('What did the decision to close the harbour school lead to?');
		expect(decision?.options[decision.answerIndex]).toBe(
			'Concerns about the safety of the walk to Kelby'
		);
		expect(decision?.options).toHaveLength(4);
	});

	it('offers no result of the same step named otherwise, and nothing on the cause’s own words', () => {
		for (const o of decision?.options ?? []) {
			expect(o).not.toMatch(/debates within the parish council/i);
			if (o !== decision?.options[decision.answerIndex]) expect(o).not.toMatch(/school|close/i);
		}
	});
});

describe('outcome phrases: the wrong options of an effect put as a phrase', () => {
	const phrasesOf = (text: string) =>
		outcomePhrases(parseText(normalizeText(`Notes\n\n${text}`)).sentences).map((p) => p.text);

	it.each([
		[
			'The town saw a sharp rise in summer visitors after the war.',
			'a sharp rise in summer visitors'
		],
		['The Great Fire destroyed most of the old town.', 'The Great Fire'],
		[
			'Nobody expected a heated exchange between Ann and Tom.',
			'a heated exchange between Ann and Tom'
		]
	])('takes a whole phrase of "%s"', (text, phrase) => {
		expect(phrasesOf(text)).toContain(phrase);
	});

	it.each([
		// Cut inside a pair or a list, a measure of a thing, an object of the verb before it.
		[
			'Last spring a heated exchange between the mayor and the fishermen ended the market.',
			/between the mayor$/
		],
		[
			'The duchy lost the war to an alliance of France, the Empire and Savoy.',
			/alliance of France$/
		],
		['The liberals got the most votes in the north.', /most votes/],
		['The board sparked debates in the town.', /^sparked/]
	])('takes no part of "%s"', (text, part) => {
		expect(phrasesOf(text).filter((p) => part.test(p))).toEqual([]);
	});
});

describe('cause-options-on-topic for effect items', () => {
	const asked = (distractors: string[]) =>
		item({
			answer: 'Concerns about the safety of the walk',
			distractors,
			stem: 'What did the decision to close the school lead to?',
			effectOf: {
				cause: 'the decision to close the school',
				outcomes: [],
				form: 'phrase',
				forms: distractors.map(() => 'phrase')
			}
		});

	it('takes a phrase of up to ten words that tells of something that happened', () => {
		const wrong = [
			'A heated exchange between the mayor and the fishermen',
			'A long decline in the herring trade',
			'A sharp rise in summer visitors'
		];
		expect(causeOptionsOffTopic(asked(wrong))).toBeUndefined();
	});

	it('rejects a long phrase of a thing, off the cause’s topic', () => {
		const wrong = [
			'The old granite blocks of the pier by the ferry',
			'A long decline in the herring trade',
			'A sharp rise in summer visitors'
		];
		expect(causeOptionsOffTopic(asked(wrong))).toMatch(/nothing to do/);
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
		],
		// A clause too long to ask whole: its subject names the event that raised them.
		[
			'The order to close the northern mill was announced by the board of the company in a short letter on Monday, raising fears of job losses in the valley.',
			['the order to close the northern mill', 'fears of job losses in the valley']
		],
		[
			'The flood destroyed the old bridge, which led to a long detour for the farmers.',
			['the flood destroyed the old bridge', 'a long detour for the farmers']
		],
		// "The move" stands for the event the sentence before opens on; a long topic is cut off.
		[
			'The closure of the quarry could cost many jobs. The move has sparked protests among the quarry workers about the future of the town and the schools of the valley.',
			['the closure of the quarry', 'protests among the quarry workers']
		],
		[
			'The closure of the night market was approved by the council after a long and bitter debate in the spring, sparking anger among the fishing families of the valley over the loss of their Saturday trade at the harbour.',
			['the closure of the night market', 'anger among the fishing families of the valley']
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
		['The storm grew, so that the boats stayed in the harbour.'],
		// "raising money" tells of a sum, not of an effect.
		[
			'The village held a fair every summer in the long meadow by the river, raising money for the church roof.'
		]
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

	it.each(['Particular debate', 'Considerable interest'])(
		'effect-option-fragment: rejects the key "%s", a degree and a noun',
		(answer) => {
			const wrong = ['A long decline in trade', 'The great storm', 'A rise in rents'];
			expect(effectFragment(item({ answer, distractors: wrong }))).toMatch(/how much/);
			expect(
				effectFragment(item({ answer: 'Debate among historians', distractors: wrong }))
			).toBeUndefined();
		}
	);

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
