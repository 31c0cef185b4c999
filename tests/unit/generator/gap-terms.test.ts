// Blanks on the article's key terms (gap-terms.ts) and their named checks (gap-term-checks.ts).
// Fixtures are sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { checkedCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import {
	definesTerm,
	glossesCross,
	inList,
	pluralOf,
	sameHead,
	withArticle
} from '../../../src/lib/generator/stages/4-questions/gap-terms';
import { GAP_TERM_CHECKS } from '../../../src/lib/generator/stages/4-questions/gap-term-checks';
import type { Candidate } from '../../../src/lib/generator/types';

const lexicon = wordNet();

const IODINE = `Why iodine matters for growing children

Iodine is a chemical element that the body needs to make thyroid hormones. Children who lack iodine can suffer lasting harm to their growth and learning.

Doctors say the thyroid gland uses iodine to make hormones that control how the body grows.

In many countries iodine is added to table salt so that families get enough of it without thinking.

Seaweed and fish are rich in iodine, while most vegetables grown inland hold very little of it.`;

/** The same article, its definition naming a kind the dictionary does not file iodine under. */
const MINERAL = IODINE.replace('a chemical element', 'a mineral');

const termGaps = (text: string) =>
	checkedCandidates(text, { lexicon })
		.filter(({ candidate }) => candidate.id.startsWith('term-'))
		.filter(({ reasons }) => reasons.length === 0)
		.map(({ candidate }) => candidate);

describe('key-term blanks', () => {
	it('blanks the key term in its definition, with sister terms of its kind', () => {
		const [item] = termGaps(IODINE);
		expect(item?.stem).toBe(
			'Fill in the blank: _____ is a chemical element that the body needs to make thyroid hormones.'
		);
		expect(item?.answer).toBe('Iodine');
		expect(item?.distractors).toHaveLength(3);
		for (const d of item?.distractors ?? []) {
			expect(d).toMatch(/^\p{Lu}\p{Ll}+$/u);
			expect(IODINE.toLowerCase()).not.toContain(d.toLowerCase());
		}
	});

	it('refuses a definition whose kind rules the sister terms out unread', () => {
		expect(termGaps(MINERAL).map((c) => c.stem)).not.toContainEqual(
			expect.stringContaining('is a mineral')
		);
	});

	it('makes none without a sense dictionary', () => {
		const ids = checkedCandidates(IODINE).map(({ candidate }) => candidate.id);
		expect(ids.filter((id) => id.startsWith('term-'))).toEqual([]);
	});
});

describe('inList', () => {
	it.each([
		['including exploration and ', ', refining and marketing', true],
		['symptoms are a cough, ', ', night sweats and weight loss', true],
		['saw gleaming the ', ', the towers, and the roofs', true],
		['Professor Eastman says ', ' is added to salt', false],
		['The body needs ', ', a chemical element, to grow', false],
		['More ', ', which is rare, was found', false]
	])('%s_____%s → %s', (before, after, expected) => {
		expect(inList(before, after)).toBe(expected);
	});
});

describe('definesTerm', () => {
	it.each([
		['Iodine is a chemical element that the body needs.', 'iodine', true],
		['A tariff is a tax on goods brought in from abroad.', 'tariff', true],
		['A building for making beer is called a brewery.', 'brewery', true],
		['Doctors say iodine is added to salt.', 'iodine', false]
	])('%s (%s) → %s', (text, lemma, expected) => {
		expect(definesTerm(text, lemma)).toBe(expected);
	});
});

describe('sameHead', () => {
	it.each([
		['carbon dioxide', 'dioxide', true],
		['photosynthesis', 'photolysis', true],
		['salt', 'sea salt', true],
		['iodine', 'chlorine', false],
		['brewery', 'winery', false]
	])('%s / %s → %s', (a, b, expected) => {
		expect(sameHead(a, b)).toBe(expected);
	});
});

describe('option forms', () => {
	it.each([
		['pump', 'pumps'],
		['library', 'libraries'],
		['tax', 'taxes'],
		['day', 'days']
	])('plural of %s is %s', (w, plural) => {
		expect(pluralOf(w)).toBe(plural);
	});
	it.each([
		['tariff', 'a tariff'],
		['iodine', 'an iodine'],
		['uniform', 'a uniform']
	])('%s takes %s', (w, phrase) => {
		expect(withArticle(w)).toBe(phrase);
	});
});

describe('glossesCross', () => {
	it('keeps a sea from an ocean, whose definitions name each other', () => {
		const sea = lexicon.senses('sea', 'n')[0]!;
		const ocean = lexicon.senses('ocean', 'n')[0]!;
		expect(glossesCross(sea, ocean)).toBe(true);
		expect(glossesCross(lexicon.senses('iodine', 'n')[0]!, lexicon.senses('carbon', 'n')[0]!)).toBe(
			false
		);
	});
});

const item = (answer: string, distractors: string[], id = 'term-3-gap') =>
	({
		id,
		kind: 'gap',
		stem: 'Fill in the blank: The body needs _____ to grow.',
		answer,
		distractors
	}) as unknown as Candidate;

describe('GAP_TERM_CHECKS', () => {
	it.each([
		['gap-term-one-form', item('a tariff', ['a quota', 'an embargo', 'quotas']), true],
		['gap-term-one-form', item('pumps', ['valves', 'pistons', 'boiler']), true],
		['gap-term-one-form', item('a tariff', ['a quota', 'an embargo', 'a subsidy']), false],
		['gap-term-one-form', item('gas', ['virus', 'liquid', 'solid']), false],
		['gap-term-no-variant', item('carbon dioxide', ['carbon monoxide', 'ozone', 'methane']), true],
		['gap-term-no-variant', item('carbon dioxide', ['dioxide', 'ozone', 'methane']), true],
		['gap-term-no-variant', item('photosynthesis', ['photolysis', 'osmosis', 'digestion']), true],
		['gap-term-length-band', item('ice', ['glacial meltwater', 'snow', 'hail']), true],
		['gap-term-length-band', item('iodine', ['oxygen', 'neon', 'hydrogen']), false],
		// Not a key-term blank: the checks leave it to the others.
		['gap-term-one-form', item('1998', ['a 1997', '1999', '2000'], 'f3-gap'), false]
	])('%s on %o flags: %s', (name, c, flags) => {
		expect(GAP_TERM_CHECKS[name]!(c) !== undefined).toBe(flags);
	});
});
