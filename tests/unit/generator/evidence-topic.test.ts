// Review k7's supporting-evidence items: a key that was only the next sentence (July heat for a
// claim on a railway) and three wrong options on other matters beside the one key on the claim's
// word ("earthquake"). The key must share the claim's matter, and two wrong options its or the key's.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/generator/types';
import { BACKING_CLASS } from '../../../src/lib/generator/stages/4-questions/evidence-backing';
import {
	keyOffClaimProblem,
	optionsOffTopicProblem
} from '../../../src/lib/generator/stages/4-questions/evidence-topic-checks';

const CLAIM = 'the mountain railway through the gorge is one of the finest in the region';

/** A backed item, its parts written for this test. */
function item(answer: string, distractors: string[]): Candidate {
	return {
		answer,
		distractors,
		claim: {
			text: CLAIM,
			subject: '',
			entity: '',
			classId: BACKING_CLASS,
			predicate: CLAIM,
			claimSentence: {
				text: `The mountain railway through the gorge is one of the finest in the region.`,
				sentence: 4
			},
			options: []
		}
	} as unknown as Candidate;
}

const ON_TOPIC = [
	'The old road through the gorge was closed to lorries after a rockfall in 1987.',
	'A second railway line to the coast was planned but never built.',
	'The bus to the upper valley leaves the square twice a day in summer.'
];
const OFF_TOPIC = [
	'The cathedral was rebuilt in brick after the fire of 1722.',
	'Most families in the old quarter keep a small vegetable garden.',
	'The town band plays in the square on Sunday evenings.'
];

describe('evidence-key-off-claim', () => {
	it('refuses a key on another matter than the claim (the sentence after it on the weather)', () => {
		const key = 'Visit in spring if you can: July and August are very hot, and the town bakes.';
		expect(keyOffClaimProblem(item(key, ON_TOPIC))).toBeDefined();
	});

	it('keeps a key on the claim’s matter', () => {
		const key = 'The line crosses the gorge on nine viaducts and runs through forty tunnels.';
		expect(keyOffClaimProblem(item(key, ON_TOPIC))).toBeUndefined();
	});
});

describe('evidence-options-off-topic', () => {
	const key = 'The line crosses the gorge on nine viaducts and runs through forty tunnels.';
	it('refuses three wrong options on other matters: the key alone is on the claim', () => {
		expect(optionsOffTopicProblem(item(key, OFF_TOPIC))).toBeDefined();
	});

	it('keeps wrong options on the matter of the claim or the key', () => {
		expect(optionsOffTopicProblem(item(key, ON_TOPIC))).toBeUndefined();
	});
});

describe('evidence-key-off-claim, the title aside', () => {
	it.each([
		['a key sharing only the title’s words', 'Mountain railway', true],
		['a key on the claim’s own matter besides', 'Travel in the valley', false]
	])('%s', (_, title, refused) => {
		// The key names the railway (the title) but speaks of its tickets, not of what makes it fine.
		const key = 'Tickets for the mountain railway are sold at the station kiosk from seven.';
		expect(keyOffClaimProblem(item(key, ON_TOPIC), title) !== undefined).toBe(refused);
	});
});
