// A cause-and-effect item's wrong options must be ones a reader could believe for the event the stem
// names (review k3: every "because _____" blank whose wrong reasons were lines lifted from elsewhere
// in the article was rejected), whole in themselves, and one link is asked only once in a quiz.
import { describe, expect, it } from 'vitest';
import { causeItem } from './candidates';
import type { Candidate, QuestionKind } from '../../../src/lib/generator/types';
import { selectQuestions } from '../../../src/lib/generator/stages/6-select';
import { mulberry32 } from '../../../src/lib/generator/random';
import {
	causeKeyEchoesStem,
	causeOptionsLean,
	causeOptionsOffTopic
} from '../../../src/lib/generator/stages/4-questions/cause-checks';

/** A cause-and-effect candidate of `kind` with the stem and wrong options. */
function candidate(kind: QuestionKind, stem: string, distractors: string[], cause = ''): Candidate {
	return {
		id: 'c',
		kind,
		stem,
		answer: 'key',
		distractors,
		explanation: '',
		source: { sentence: '', start: 0, end: 0 },
		fact: { kind: 'cause', start: 0, value: { text: 'key', start: 0, end: 3 } },
		...(kind === 'effect'
			? { effectOf: { cause, outcomes: [], form: 'clause', forms: [], shapes: [] } }
			: {})
	} as unknown as Candidate;
}

describe('cause-options-on-topic', () => {
	it.each<[string, QuestionKind, string, string[], boolean]>([
		[
			'lines lifted from elsewhere after a blank',
			'gap',
			'Fill in the blank: Keep the feeder out of direct sun, because _____.',
			['the hinges rust within a season', 'robins arrive in early spring', 'the roof overhangs'],
			true
		],
		[
			'reasons a reader could believe of the feeder',
			'gap',
			'Fill in the blank: Keep the feeder out of direct sun, because _____.',
			[
				'a feeder in the sun attracts wasps',
				'direct sun bleaches the painted wood',
				'birds avoid a feeder they can see from far off'
			],
			false
		],
		[
			'a "why" whose wrong reasons are other events of a story',
			'why',
			'Why did the ferryman refuse to cross at dusk?',
			[
				'Because the miller sold his mill in May',
				'Because the ferryman had lost his oar in the reeds',
				'Because the river froze that winter'
			],
			true
		],
		[
			'a "why" whose wrong reasons are about the crossing and the ferryman',
			'why',
			'Why did the ferryman refuse to cross at dusk?',
			[
				'Because the ferryman had lost his oar in the reeds',
				'Because the current is strongest when they cross at night',
				'Because dusk was when the toll keeper went home'
			],
			false
		]
	])('%s: rejected %s', (_, kind, stem, distractors, rejected) => {
		expect(!!causeOptionsOffTopic(candidate(kind, stem, distractors))).toBe(rejected);
	});

	it('takes short event names as results, and weighs clause results by their words', () => {
		const names = ['A rise in bread prices', 'A general strike', 'The fall of the cabinet'];
		const clauses = ['The mayor opened a new library', 'Grain was stored in the cathedral', 'x'];
		const flood = 'the flood of the lower town';
		expect(
			causeOptionsOffTopic(candidate('effect', 'What did the flood lead to?', names, flood))
		).toBeUndefined();
		expect(
			causeOptionsOffTopic(candidate('effect', 'What did the flood lead to?', clauses, flood))
		).toBeDefined();
	});
});

describe('cause-options-whole', () => {
	it.each([
		['few readers would have minded that small change', true],
		['most walkers skip this step in dry weather', true],
		['rainwater gathers in them after a storm', true],
		['rainwater gathers in low ground after a storm', false],
		['the glue sets faster than the paint', false]
	])('"%s" leans on another sentence: %s', (option, leans) => {
		const c = candidate('gap', 'Fill in the blank: Sand the edges, because _____.', [option]);
		expect(!!causeOptionsLean(c)).toBe(leans);
	});
});

describe('one link, one item', () => {
	const item = (id: string, kind: QuestionKind, stem: string) =>
		causeItem(id, kind, stem, { prefix: 'Because ' });
	it('asks no sentence both as an "effect" item and as a "because _____" blank', () => {
		const picked = selectQuestions(
			[
				item('a', 'effect', 'What happened because the tide turned early?'),
				item('b', 'gap', 'Fill in the blank: Fishing boats left before dawn, because _____.')
			],
			10,
			mulberry32(1)
		);
		expect(picked).toHaveLength(1);
	});
});

describe('cause-key-echoes-stem', () => {
	const marble = 'the extensive deposits of marble';
	it.each<[string, string, string[], boolean]>([
		[
			"only the key repeats the cause's word: found by matching",
			'Many buildings were faced in marble',
			['Local rulers kept their autonomy', 'The towns grew rapidly', 'The monasteries spread'],
			true
		],
		[
			'a wrong option repeats it too',
			'Many buildings were faced in marble',
			['Marble was shipped to Venice', 'The towns grew rapidly', 'The monasteries spread'],
			false
		],
		[
			'no option repeats it',
			'Many churches were built of stone',
			['Local rulers kept their autonomy', 'The towns grew rapidly', 'The monasteries spread'],
			false
		]
	])('%s', (_, answer, distractors, rejected) => {
		const c = {
			...candidate('effect', `What happened as a result of ${marble}?`, distractors, marble),
			answer
		};
		expect(!!causeKeyEchoesStem(c)).toBe(rejected);
	});

	// Review k12 rejected "Why does the basket have to change? Because the way people live changes".
	it.each<[string, string, string[], boolean]>([
		[
			'Why were many buildings faced in marble?',
			'Because of the deposits of marble',
			['Because of a growth in towns'],
			true
		],
		[
			'Why does the basket have to change?',
			'Because the way people live changes',
			['Because price collectors visit shops', 'Because prices have risen'],
			true
		],
		[
			'Why does the basket have to change?',
			'Because households buy new things',
			['Because price collectors visit shops', 'Because prices have risen'],
			false
		]
	])('of a "why" item too: %s %s', (stem, answer, wrong, rejected) => {
		const c = { ...candidate('why', stem, wrong), answer };
		expect(!!causeKeyEchoesStem(c)).toBe(rejected);
	});
});
