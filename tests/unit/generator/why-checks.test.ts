// The "why" item's own checks (review k2): a stem that stands alone and agrees with its subject, a
// key that is the whole reason, wrong reasons of the key's form and tense, never an instruction or
// a clause that points elsewhere, and never a "why" and an "effect" item of one sentence together.
import { describe, expect, it } from 'vitest';
import { causeItem } from './candidates';
import type { Candidate } from '../../../src/lib/generator/types';
import { selectQuestions } from '../../../src/lib/generator/stages/6-select';
import { mulberry32 } from '../../../src/lib/generator/random';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { causeFact, reasonPool } from '../../../src/lib/generator/stages/3-facts/causes';
import { BROAD_LINKS } from '../../../src/lib/generator/stages/3-facts/reason-span';
import { isRealReason, pickReasons } from '../../../src/lib/generator/distractors/reasons';
import {
	whyKeyCut,
	whyKeyOwnerless,
	whyStemDisagrees,
	whyStemLeans
} from '../../../src/lib/generator/stages/4-questions/why-checks';

/** A "why" candidate with the stem, and the key taken from `sentence` at `key`. */
function candidate(stem: string, sentence = '', key = ''): Candidate {
	const at = sentence.indexOf(key);
	return {
		id: 'c',
		kind: 'why',
		stem,
		answer: `Because ${key}`,
		distractors: [],
		explanation: '',
		source: { sentence, start: 0, end: sentence.length },
		fact: { start: 0, value: { text: key, start: at, end: at + key.length } }
	} as unknown as Candidate;
}

describe('why-stem-alone', () => {
	it.each([
		['Why has flooding in the old town become more frequent since then?', true],
		['Why did the lead last only six minutes?', true],
		['Why was this plan dropped by the council?', true],
		['Why do the ferries stop there in winter?', true],
		['Why did the lead of the home side last only six minutes?', false],
		['Why did the harbour board close the crossing?', false],
		['Why is the best season for planting bulbs the autumn?', false]
	])('%s leans on another sentence: %s', (stem, leans) => {
		expect(!!whyStemLeans(candidate(stem))).toBe(leans);
	});
});

describe('why-stem-agrees', () => {
	it.each([
		['Why does many garden gate have a spring latch?', true],
		['Why do a ferry need a ramp?', true],
		['Why do many garden gates have a spring latch?', false],
		['Why does a ferry need a ramp?', false]
	])('%s disagrees: %s', (stem, wrong) => {
		expect(!!whyStemDisagrees(candidate(stem))).toBe(wrong);
	});
});

describe('why-key-whole', () => {
	const sentence =
		'The draw held only ten minutes, because Mara caught a long pass from her captain, and struck it into the net.';
	it.each([
		['Mara caught a long pass from her captain', true],
		['Mara caught a long pass from her captain, and struck it into the net', false]
	])('a key "%s" is cut: %s', (key, cut) => {
		expect(!!whyKeyCut(candidate('Why did the draw hold only ten minutes?', sentence, key))).toBe(
			cut
		);
	});

	it('takes a new clause after "and" as the end of the reason', () => {
		const s = 'The pier shut because the tide had risen, and the town band went home.';
		expect(whyKeyCut(candidate('Why did the pier shut?', s, 'the tide had risen'))).toBeUndefined();
	});
});

describe('why-key-owned', () => {
	it.each([
		['Why did the tourist trade grow quickly?', 'her long absence from the capital', true],
		['Why did Queen Mira leave the capital?', 'her long absence from court', false],
		['Why did the tourist trade grow quickly?', 'the new railway reached the coast', false]
	])('%s / %s: a key that names no one: %s', (stem, key, ownerless) => {
		expect(!!whyKeyOwnerless(candidate(stem, `x because ${key}.`, key))).toBe(ownerless);
	});
});

/** A made-up article on a village orchard: reasons given, instructions and past events. */
const ORCHARD = [
	'The Orchard at Wenley',
	'',
	'The orchard at Wenley was planted in 1890 because the estate needed fruit for its kitchens.',
	'',
	'Choose a sunny corner so that the young trees get light all day.',
	'',
	'The old cider press was sold because the estate could no longer pay its workers.',
	'',
	'The gardeners built a high wall because strong winds had broken the blossom every spring.',
	'',
	'Visitors to the orchard often ask about them and take pictures.',
	'',
	'The village held a fair each autumn because the harvest brought the farmers together.',
	'',
	'The apple trees grow slowly because the soil on the hill is thin and dry.'
].join('\n');

describe('the wrong reasons of a why item', () => {
	const sentences = parseText(normalizeText(ORCHARD)).sentences;
	const pool = reasonPool(sentences, BROAD_LINKS).filter(isRealReason);

	it('never offers an instruction or a clause that points to another sentence', () => {
		const texts = pool.map((o) => o.text);
		expect(texts.some((t) => /^Because choose/i.test(t))).toBe(false);
		expect(texts.some((t) => /\bthem\b/.test(t))).toBe(false);
	});

	it("offers for a key in the past only reasons in the past, the stem's topic first", () => {
		const planted = sentences.find((s) => s.text.includes('was planted'))!;
		const fact = causeFact(planted, (r) => r)!;
		const key = 'Because the estate needed fruit for its kitchens';
		const wrong = pickReasons(
			fact,
			key,
			'Why was the orchard at Wenley planted in 1890?',
			pool,
			() => 0.5,
			true
		);
		expect(wrong).toHaveLength(3);
		expect(wrong).not.toContain('Because the soil on the hill is thin and dry');
		for (const o of wrong) expect(o).toMatch(/^Because /);
	});
});

describe('a why and an effect item of one sentence', () => {
	// Asked of a whole article, each would need three wrong options on the topic of its event
	// (cause-options-on-topic): the selection rule is tested on the items themselves.
	const item = (id: string, kind: 'why' | 'effect', stem: string) =>
		causeItem(id, kind, stem, {
			sentence: 'Farmers sold sheep at Corby because the market had shut.'
		});
	it('are never asked in one quiz', () => {
		const why = item('a', 'why', 'Why did farmers sell sheep at a market in Corby?');
		const effect = item('b', 'effect', 'What happened because the Haldon market had shut?');
		expect(selectQuestions([why], 10, mulberry32(1))).toHaveLength(1);
		expect(selectQuestions([effect], 10, mulberry32(1))).toHaveLength(1);
		expect(selectQuestions([why, effect], 10, mulberry32(1))).toHaveLength(1);
	});
});
