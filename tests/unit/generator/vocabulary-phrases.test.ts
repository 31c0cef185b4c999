// Vocabulary items whose key is a short phrase ("put off", "build again") when the sense has no
// plainer single word, and the form cues a strict teacher rejects: a key longer than every
// distractor, or the one option sharing the word's ending ("amazement" for "astonishment", review
// k8). Also two misreadings that gave wrong keys: a verb joined to an adverb ("backwards and
// forwards" read as "sends on") and a state's sister states offered as wrong options
// ("paralleled" beside "resembled"). Articles written for these tests.
import { describe, expect, it } from 'vitest';
import { checkedCandidates } from '../../../src/lib/generator/index';
import type { Token } from '../../../src/lib/generator/types';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import {
	glossHead,
	inflectPhrase,
	keyAloneSharesEnding
} from '../../../src/lib/generator/stages/4-questions/vocabulary-phrases';
import {
	coordinatedWithAdverb,
	keyLongest,
	sisters
} from '../../../src/lib/generator/stages/4-questions/vocabulary';
import { wordNet } from '../../../src/lib/server/wordnet';
import { lexSense } from './lexicon-fixtures';

const lexicon = wordNet();
const sense = lexSense;

describe("a definition's head as a phrase option", () => {
	it.each([
		['v', 'build again', 'build again'],
		['v', 'do away with', 'do away with'],
		['v', 'speak softly; in a low voice', 'speak softly'],
		['v', 'cause to suffer', undefined],
		['v', 'perform a division', undefined],
		['v', 'look angry or sullen', undefined],
		['n', 'a heavy rain', 'heavy rain'],
		['n', 'inherent ability', 'inherent ability'],
		['n', 'the act of persecuting', undefined],
		['a', 'slightly wet', 'slightly wet'],
		['a', 'of or relating to geology', undefined],
		['a', 'so great in size or force or extent as to elicit awe', undefined]
	] as const)('%s "%s" → %s', (pos, gloss, head) => {
		expect(glossHead(sense(pos, gloss), lexicon)).toBe(head);
	});
});

describe("a phrase in the word's inflection", () => {
	const past = (w: string) => ({ build: 'built', do: 'did', put: 'put' })[w] ?? `${w}ed`;
	const plural = (w: string) => `${w}s`;
	it.each([
		['build again', 'v', false, 'built again'],
		['do away with', 'v', false, 'did away with'],
		['heavy rain', 'n', true, 'heavy rains'],
		['course of study', 'n', true, 'courses of study'],
		['slightly wet', 'a', false, 'slightly wet']
	] as const)('"%s" (%s, plural %s) → "%s"', (phrase, pos, isPlural, out) => {
		expect(inflectPhrase(phrase, pos, isPlural, past, plural)).toBe(out);
	});
});

describe('form cues', () => {
	it.each([
		[['put off', 'kept', 'raised', 'moved'], true],
		[['put off', 'kept', 'raised', 'moved up'], false],
		[['shook', 'turned', 'swept', 'bounced'], false]
	])('key longest in %j: %s', (options, longest) => {
		expect(keyLongest(options)).toBe(longest);
	});

	it.each([
		['astonishment', ['amazement', 'mood', 'shame', 'affection'], true],
		['astonishment', ['amazement', 'mood', 'shame', 'sentiment'], false],
		['trembled', ['shook', 'turned', 'swept', 'bounced'], false],
		['usefulness', ['value', 'kindness', 'speed', 'size'], false]
	] as const)('"%s" with %j: key alone shares the ending %s', (lemma, options, alone) => {
		expect(keyAloneSharesEnding(lemma, options, 'n')).toBe(alone);
	});
});

/** A made-up morning at a harbour: "astonishment" is worth asking, "forwards" is no verb. */
const WHALE = [
	'The Whale in the Bay',
	'',
	'Every summer the small boats of the harbour sail backwards and forwards across the bay from dawn until the evening.',
	'',
	'The fishermen watched in astonishment as a whale swam slowly past the harbour wall one calm morning in June.',
	'',
	"In the cabin a small boy trembled and held his mother's hand while the wind howled outside."
].join('\n');

const vocabulary = (text: string) =>
	checkedCandidates(text, { kinds: ['vocabulary'], lexicon }).filter(
		({ candidate }) => candidate.kind === 'vocabulary'
	);

describe('items of the harbour article', () => {
	const items = vocabulary(WHALE);
	const astonishment = items.find(({ candidate }) => candidate.word?.text === 'astonishment');

	it('asks "astonishment" with a wrong option sharing its ending, every check passed', () => {
		expect(astonishment?.reasons).toEqual([]);
		const c = astonishment!.candidate;
		expect(c.answer).toBe('amazement');
		expect(c.distractors.some((d) => d.endsWith('ment'))).toBe(true);
	});

	it('asks no verb joined to an adverb ("backwards and forwards")', () => {
		expect(items.find(({ candidate }) => candidate.word?.text === 'forwards')).toBeUndefined();
	});
});

/** Tokens as the parser gives them, only what the rule reads. */
const token = (normal: string, ...tags: string[]) =>
	({ normal, tags: new Set(tags) }) as unknown as Token;

describe('a verb joined to an adverb is no verb (vocabulary-pos-coordinated)', () => {
	it.each([
		[[token('backwards', 'Adverb'), token('and'), token('forwards', 'Verb')], true],
		[[token('slowly', 'Adverb'), token('or'), token('sails', 'Verb')], true],
		[[token('stood', 'Verb', 'PastTense'), token('and'), token('trembled', 'Verb')], false],
		[[token('boy', 'Noun'), token('trembled', 'Verb'), token('and')], false]
	])('%#: %s', (tokens, joined) => {
		const index = tokens.findIndex((t) => t.tags.has('Verb') && t.normal !== 'stood');
		expect(coordinatedWithAdverb(tokens, index)).toBe(joined);
	});
});

describe('sister terms of a verb', () => {
	it.each([
		['resemble', 0],
		['tremble', 1]
	] as const)('"%s": a state has none, an act some (at least %i)', (verb, least) => {
		const found = sisters(lexicon.senses(verb, 'v')[0]!, { pos: 'v' }, lexicon);
		if (least === 0) expect(found).toEqual([]);
		else expect(found.length).toBeGreaterThanOrEqual(least);
	});
});

describe('the form-cue checks', () => {
	const base = vocabulary(WHALE)[0]!.candidate;
	it('vocabulary-key-longest rejects a phrase key beside single words', () => {
		const broken = { ...base, answer: 'put off', distractors: ['kept', 'raised', 'moved'] };
		expect(validateCandidate(broken).join(' ')).toMatch(/vocabulary-key-longest/);
	});
	it('vocabulary-key-alone-shares-ending rejects the one "-ment" option', () => {
		const word = { ...base.word!, lemma: 'astonishment', pos: 'n' as const };
		const broken = {
			...base,
			word,
			answer: 'amazement',
			distractors: ['mood', 'shame', 'affection']
		};
		expect(validateCandidate(broken).join(' ')).toMatch(/vocabulary-key-alone-shares-ending/);
	});
});
