// Backed claims of plain prose: a paragraph's short opening point ("The valley towns are closely
// linked by trade.") borne out by a figure in the next sentence or a little later in its
// paragraph, the sentences between it and the key being no option. The article is made up.
import { describe, expect, it } from 'vitest';
import { checkedCandidates } from '../../../src/lib/generator/index';
import type { Sentence } from '../../../src/lib/generator/types';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import {
	BACKING_CLASS,
	claimOf,
	linkStems,
	NEXT_EVENT,
	pastPoint,
	weightStems
} from '../../../src/lib/generator/stages/4-questions/evidence-backing';

const VALLEY = [
	'Life in the Marrow Valley',
	'',
	'The valley towns are closely linked by trade. Most families in Dunley keep sheep on the high ground. About 40 trade wagons cross the river between Dunley and Carra each week.',
	'',
	'Winters in the hills can be very hard. Snow closed the Carra road for 12 days last January. Farmers keep their flocks in stone barns on the lower slopes until the middle of March.',
	'',
	'The old mill at Dunley now holds a small school. Its 30 pupils walk to class along the river path every morning. Carts crossing the ford below the mill stop there to water their horses.',
	'',
	'The river at Carra is wide and slow in summer. Children swim below the stone bridge on warm afternoons. Anglers from Dunley fish for brown trout near the old weir on long summer evenings.'
].join('\n');

const TRADE_CLAIM = 'The valley towns are closely linked by trade.';
const TRADE_KEY = 'About 40 trade wagons cross the river between Dunley and Carra each week.';

/** The item on the trade claim that passes every check, if any. */
const tradeItem = (text: string) =>
	checkedCandidates(text, { kinds: ['supporting-evidence'] }).find(
		({ candidate, reasons }) =>
			candidate.claim?.classId === BACKING_CLASS &&
			/linked/.test(candidate.stem) &&
			reasons.length === 0
	)?.candidate;

describe("a paragraph's opening point", () => {
	it('is keyed by the figure later in its paragraph, with every check passed', () => {
		const item = tradeItem(VALLEY);
		expect(item?.stem).toBe(
			'Which sentence from the article best supports the claim that the valley towns are closely linked by trade?'
		);
		expect(item?.answer).toBe(TRADE_KEY);
		// The sentence between the point and its key is the point's too: no option offers it.
		expect(item?.distractors).toHaveLength(3);
		expect(item?.distractors).not.toContain(
			'Most families in Dunley keep sheep on the high ground.'
		);
		expect(item?.explanation).toMatch(/later in the paragraph/);
	});

	it.each([
		[
			'a claim that reports a finding',
			TRADE_CLAIM,
			'Traders say the valley towns are closely linked.'
		],
		['a plan, not a point', TRADE_CLAIM, 'The valley towns will be closely linked by trade.'],
		[
			'a claim that says what is not so',
			TRADE_CLAIM,
			'The valley towns are not closely linked by trade.'
		],
		['a claim with no word of extent', TRADE_CLAIM, 'The valley towns are linked by trade.'],
		[
			'a claim too long to be a point',
			TRADE_CLAIM,
			'The valley towns on both banks of the river are closely linked by trade in wool and grain.'
		],
		['a key that is the next event', TRADE_KEY, `In 1990 about 40 trade wagons crossed the river.`],
		[
			'a key on none of the claim’s words',
			TRADE_KEY,
			'About 40 wagons cross the river between Dunley and Carra each week.'
		],
		[
			'a key too far from the point',
			'Most families in Dunley keep sheep on the high ground.',
			'Most families in Dunley keep sheep on the high ground. Their dogs are trained by a shepherd in Carra. The best of them win prizes at the autumn show.'
		]
	])('asks no item of %s', (_, from, to) => {
		expect(tradeItem(VALLEY)).toBeDefined();
		expect(tradeItem(VALLEY.replace(from, to))).toBeUndefined();
	});
});

describe('a sentence that opens on the next event', () => {
	it.each<[string, boolean]>([
		['Three days later, the fleet landed at Pevensey.', true],
		['In 1990 the harbour held 64 working boats.', true],
		['On 18 June he took off from Tromsø.', true],
		['Within a month, the petition had 640 names.', true],
		['Then the wind changed.', true],
		['About 40 trade wagons cross the river each week.', false],
		['Traffic on the ring road was almost stationary for two hours.', false]
	])('"%s": %s', (text, next) => {
		expect(NEXT_EVENT.test(text)).toBe(next);
	});
});

describe('a short past point and the figure after it', () => {
	const s = (text: string) => ({ text }) as Sentence;
	it.each<[string, string, boolean]>([
		[
			'The effects of the strike spread quickly.',
			'Traffic on the ring road was almost stationary for two hours, and trains were full by 7.30.',
			true
		],
		['Cholera swept the city again and again.', 'About 14,000 people died in one epidemic.', true],
		// Itself a finding: the next finding is no evidence of it (k11+k12 tuning).
		[
			'Studies of bar staff reported fewer breathing problems.',
			'Hospital admissions fell by about 17 percent.',
			false
		],
		['The museum will attract far more visitors.', 'It could draw 90,000 visitors a year.', false],
		['The work took most of the next years.', 'Three days later, 82 miles were built.', false],
		['The town grew quickly.', 'In 1850 the town held 4,000 people.', false],
		['The crowd was large.', 'The gates opened in 1998.', false],
		['The council met at the hall.', 'It voted 12 to 3 for the plan.', false]
	])('"%s" / "%s": %s', (claim, next, backs) => {
		expect(pastPoint(s(claim), s(next))).toBe(backs);
	});
});

describe('the words a claim and its key share', () => {
	it('reads a final y as the plural’s i', () => {
		expect([...weightStems('a party')]).toEqual([...weightStems('parties')]);
	});

	it('keeps topic words, and leaves out words of extent', () => {
		expect([
			...linkStems(
				'For a long time nobody knew how far the birds travelled.',
				'Eleven birds flew 70,900 kilometres.'
			)
		]).toEqual(['birds']);
		expect([...linkStems('Most towns grew.', 'Most of the 40 towns grew.')]).toEqual(['towns']);
	});
});

describe('the capital of a claim', () => {
	const sentencesOf = (text: string) =>
		parseText(normalizeText(text, { markup: 'strip' })).sentences;
	it.each([
		['Important Greek industries include tourism and shipping.', 'important Greek industries'],
		['National Trust houses draw large crowds in summer.', 'National Trust houses']
	])('"%s" opens "%s"', (text, opening) => {
		const [sentence] = sentencesOf(text);
		expect(claimOf(sentence!)?.startsWith(opening)).toBe(true);
	});
});
