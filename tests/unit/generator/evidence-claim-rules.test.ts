// The rules of blind review k14 on text-evidence claims and keys. The sentences are made up.
import { describe, expect, it } from 'vitest';
import {
	announcesSetProblem,
	claimKeyRuleProblem,
	demonstrativeKeyProblem,
	frontedPhraseProblem,
	listKeyProblem,
	otherMatterProblem
} from '../../../src/lib/generator/stages/4-questions/evidence-claim-rules';
import {
	pointSubject,
	writtenOut
} from '../../../src/lib/generator/stages/4-questions/evidence-paragraph';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';

describe('announcesSetProblem: a claim that announces a count or a set', () => {
	it.each([
		['a kite has four main parts', true],
		['dunes take three main shapes', true],
		['critics of the plan make several arguments', true],
		['moss spreads in two ways', true],
		['the new bridge offers a number of advantages', true],
		['the old canal is dangerous in winter', false],
		['the two towns share one market', false],
		['ferries are the quickest way across the bay', false]
	])('%s', (claim, refused) => {
		expect(!!announcesSetProblem(claim)).toBe(refused);
	});
});

describe('frontedPhraseProblem: a claim opening on a phrase and a comma', () => {
	it.each([
		['most importantly, the dam held', true],
		['whatever the cause of the fire, the mill had strong walls', true],
		['in dry summers, the marsh is busy with birds', false],
		['sadly, the old pier is unsafe', true],
		['despite the rain, the fair was busy', true],
		['having lost its trade, the port became quiet', true],
		['for that reason, the road is often closed', true],
		['the marsh is busy with birds in dry summers', false],
		[
			'the lock keepers of the northern valley and their many helpers, all volunteers, are tireless',
			false
		]
	])('%s', (claim, refused) => {
		expect(!!frontedPhraseProblem(claim)).toBe(refused);
	});
});

describe('demonstrativeKeyProblem: a key that points back with a demonstrative', () => {
	it.each([
		['Everyone in the valley knew how near that was.', true],
		['This meant the market moved to the square.', true],
		['Nobody had planned for that.', true],
		['That winter the river froze from bank to bank.', false],
		['The mill that stood by the weir ground flour for a century.', false],
		['Some of the lanterns burn for 40 hours.', false]
	])('%s', (key, refused) => {
		expect(!!demonstrativeKeyProblem(key)).toBe(refused);
	});
});

describe('listKeyProblem: a key that only names steps or a list', () => {
	it.each([
		['Climbers remember the checks with the word KNOT: knot, nuts, okay, tied.', true],
		['Sailors learn the steps in order: reef, tack, trim and steer.', true],
		['The letters STOP stand for stay, think, observe and plan.', true],
		['A cold compress eases the swelling within an hour.', false],
		['The ferry carries 200 cars, a dozen lorries and several coaches each day.', false]
	])('%s', (key, refused) => {
		expect(!!listKeyProblem(key)).toBe(refused);
	});
});

describe('otherMatterProblem: the key must share the claim’s matter', () => {
	it.each([
		[
			'thick gloves and warm boots help on the icy paths',
			'The pass can close within an hour when a blizzard blows in from the north.',
			true
		],
		[
			'most blisters heal quickly with a clean dressing',
			'Hikers should pack spare socks and a small first aid kit.',
			true
		],
		[
			'the harbour is one of the busiest on the coast',
			'More than 300 boats use the harbour each week.',
			false
		],
		['the old bridge is fragile', 'Heavy lorries were banned from the bridge in 1990.', false]
	])('%s', (claim, key, refused) => {
		expect(!!otherMatterProblem(claim, key)).toBe(refused);
	});
	it('takes a kin of a claim word when kin are given', () => {
		const kin = (w: string) => (w === 'boots' ? ['shoes'] : []);
		expect(
			otherMatterProblem('warm boots help', 'Wet shoes freeze overnight.', kin)
		).toBeUndefined();
	});
});

describe('claimKeyRuleProblem: all rules, the first that fails', () => {
	it.each([
		['a kite has four main parts', 'The sail of a kite is made of nylon.', true],
		[
			'the harbour is one of the busiest on the coast',
			'More than 300 boats use the harbour each week.',
			false
		]
	])('%s', (claim, key, refused) => {
		expect(!!claimKeyRuleProblem(claim, key)).toBe(refused);
	});
});

describe('writtenOut of pointSubject: "It" takes the subject only when it names the thing', () => {
	const subjectOf = (text: string) =>
		pointSubject(parseText(normalizeText(`Notes\n\n${text}`)).sentences[0]!);
	it.each([
		['Critics of the scheme make several points.', 'It is slow to build.', undefined],
		[
			'The crust around the pools is dangerous.',
			'It can be thinner than a plate.',
			'The crust around the pools can be thinner than a plate.'
		],
		['Residents of the village are worried.', 'It is far from any town.', undefined],
		['The old market is busy.', 'Its stalls open at six.', "The old market's stalls open at six."]
	])('%s / %s', (point, key, out) => {
		expect(writtenOut(key, subjectOf(point))).toBe(out);
	});
});
