// The definition form of a vocabulary item (vocabulary-glosses.ts): when a word's sense is sure but
// it has no plainer synonym, the options are short definitions, the key the sense's own and the
// distractors other senses', an opposite's or kin's. What a strict teacher rejects in such a set: a
// definition cut mid-phrase or with alternatives only one of which takes the word's inflection, a
// key longer than every distractor, two definitions saying nearly the same, an option echoing the
// quoted phrase, a broader act that also says the key ("brought into being" for "rebuilt").
// Sentences and articles written for these tests.
import { describe, expect, it } from 'vitest';
import { checkedCandidates } from '../../../src/lib/generator/index';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import {
	balancedGlosses,
	echoesPhrase,
	fillerApart,
	glossOption,
	type GlossWord,
	kin
} from '../../../src/lib/generator/stages/4-questions/vocabulary-glosses';
import { wordNet } from '../../../src/lib/server/wordnet';
import { lexSense } from './lexicon-fixtures';

const lexicon = wordNet();
const sense = (pos: 'n' | 'v' | 'a', gloss: string, id = `00000001${pos}`) =>
	lexSense(pos, gloss, id);
const word = (pos: 'n' | 'v' | 'a', plural = false, phraseWords: string[] = []): GlossWord => ({
	lemma: 'zzword',
	pos,
	plural,
	sentenceWords: [],
	phraseWords
});
const past = {
	inflect: (base: string) =>
		base === 'make' ? 'made' : base.endsWith('e') ? `${base}d` : `${base}ed`
};

describe('a definition as an option', () => {
	it.each([
		// A verb's first word in the word's inflection, without "to".
		['v', 'make a firm decision', false, 'made a firm decision'],
		['v', 'to bite and grind with the teeth', false, undefined],
		// The next clause where the first is no plain meaning.
		['v', 'zzword (food); to wash with warm water', false, 'washed with warm water'],
		// An alternative that is no second act is left out; a second act is refused.
		['v', 'decline formally or politely', false, 'declined formally'],
		['v', 'stop or halt', false, undefined],
		// A noun's without its article; a plural word's in the plural, a mass noun's not at all.
		['n', 'a strong current of air', false, 'strong current of air'],
		['n', 'a strong current of air', true, 'strong currents of air'],
		['n', 'wetness caused by water', true, undefined],
		// A relation, a usage note, commas, or a long clause.
		['a', 'of or relating to the sea', false, undefined],
		['a', 'required by rule', false, 'required by rule'],
		['a', 'large, heavy and slow', false, undefined],
		['a', 'being full of cheer', false, undefined],
		[
			'a',
			'lacking a sense of security or affording no ease or reassurance at all',
			false,
			'lacking a sense of security'
		],
		['n', 'the branch of pure mathematics dealing with the theory of numbers', false, undefined]
	] as const)('%s "%s" (plural %s) → %s', (pos, gloss, plural, expected) => {
		expect(glossOption(sense(pos, gloss), word(pos, plural), lexicon, past)).toBe(expected);
	});
});

describe('four definitions as a set', () => {
	it.each([
		[['required by rule', 'possible but not necessary', 'united or combined', 'in stages'], true],
		// The key the longest, or the only long one.
		[['made a firm decision about it', 'broke up', 'made clear', 'found an answer to'], false],
		[['a b c d e f g', 'one', 'two words', 'three more words'], false]
	] as const)('%j → %s', (texts, expected) => {
		expect(balancedGlosses(texts)).toBe(expected);
	});

	it('refuses an option that repeats a word of the quoted phrase', () => {
		expect(echoesPhrase('strong currents of air', word('n', true, ['strong', 'can']))).toBe(true);
		expect(echoesPhrase('strong currents of air', word('n', true, ['bring', 'down']))).toBe(false);
	});

	it('keeps a filler whose definition shares a word with the key out', () => {
		const key = sense('n', 'a strong current of air', '00000001n');
		expect(fillerApart(sense('n', 'a slight current of air', '00000002n'), key, 'gust')).toBe(
			false
		);
		expect(fillerApart(sense('n', 'a period of cold weather', '00000003n'), key, 'gust')).toBe(
			true
		);
	});

	it("gives a verb its siblings only, not the broader act's other kinds", () => {
		const rebuild = lexicon.senses('rebuild', 'v')[0]!;
		const glosses = kin(rebuild, lexicon).map((s) => s.gloss);
		expect(glosses.some((g) => /bring into (being|existence)/.test(g))).toBe(false);
	});
});

const ARTICLE = `School Rules Change

The school board met on Tuesday evening to discuss the new rules for next year.

Under the new plan, a short safety lesson is a mandatory weekly duty for every student who rides a bicycle to school, and teachers will check it at the gate.

Parents who spoke at the meeting said the change was sensible, and several teachers agreed with them.

The board will publish the full list of rules next month on its website, along with a short letter for families.
`;

describe('a definition item in an article', () => {
	const items = checkedCandidates(ARTICLE, { lexicon, kinds: ['vocabulary'] }).filter(
		(x) => x.candidate.kind === 'vocabulary' && x.candidate.word?.glossed
	);

	it('asks "mandatory" with its definition as key and other meanings as wrong options', () => {
		const item = items.find((x) => x.candidate.word?.lemma === 'mandatory');
		expect(item?.reasons).toEqual([]);
		expect(item?.candidate.answer).toBe('required by rule');
		expect(item?.candidate.distractors).toHaveLength(3);
		expect(item?.candidate.distractors).not.toContain('required by rule');
	});

	it.each([
		[
			'vocabulary-gloss-key-longest',
			{
				answer: 'required by every rule of the school',
				distractors: ['optional', 'joined', 'slow']
			}
		],
		[
			'vocabulary-gloss-form',
			{
				answer: 'required by rule',
				distractors: ['possible, not needed', 'joined up', 'in stages']
			}
		],
		[
			'vocabulary-gloss-not-echoed',
			{
				answer: 'required for every lesson',
				distractors: ['optional at will', 'joined up', 'in stages']
			}
		]
	])('names a doctored set: %s', (check, change) => {
		const item = items.find((x) => x.candidate.word?.lemma === 'mandatory')!;
		const reasons = validateCandidate({ ...item.candidate, ...change });
		expect(reasons.some((r) => r.startsWith(check))).toBe(true);
	});
});
