// Review k7's vocabulary items: a key of the word's most common sense where the sentence used
// another ("a timber framework" keyed "model"), and wrong options lifted from elsewhere in the
// article ("landed, lowered, sailed" for "dogged by misfortune") that no reader weighs. The sense
// must be borne out by the sentence's own words, and article words are no wrong options.
import { describe, expect, it } from 'vitest';
import { checkedCandidates } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import { chooseSense } from '../../../src/lib/generator/stages/4-questions/vocabulary-senses';
import { wordNet } from '../../../src/lib/server/wordnet';

const lexicon = wordNet();
const sure = (lemma: string, pos: 'n' | 'v', sentence: string, paragraph = sentence) =>
	chooseSense(lexicon.senses(lemma, pos), lemma, sentence, paragraph)?.sentenceSure;

describe("the key's sense, borne out by the sentence", () => {
	it('is not the common sense a synonym elsewhere in the paragraph points to', () => {
		const sentence =
			'The hall was rebuilt around a light oak framework set inside the stone walls.';
		const paragraph = `${sentence} Small models of the framework were shaken on a table to test it.`;
		expect(sure('framework', 'n', sentence, paragraph)).toBe(false);
	});

	it("is not a word's only dictionary sense when the sentence says nothing of it", () => {
		expect(
			sure('dog', 'v', 'Their long walk home was dogged by bad luck from the first day.')
		).toBe(false);
	});

	it("is sure when the sentence's words are the sense's definition's", () => {
		const sentence =
			'The news of the danger caused consternation, and fear spread through the village.';
		expect(sure('consternation', 'n', sentence)).toBe(true);
	});
});

/** An invented town, its changes told in verbs a builder might lift as wrong options. */
const MILLTOWN = [
	'The Mill at Orrin',
	'',
	'For sixty years the cotton mill was the heart of Orrin. Each morning the looms started before dawn, and the workers crossed the river by the old footbridge.',
	'',
	'In the last twenty years the workforce has dwindled. Wages doubled, the dye house closed and the canal narrowed. Young people now travel to the city for work, and many of the terraced houses stand empty.',
	'',
	'A flood damaged the weir in 2015. The council repaired it slowly, and two firms left the valley for good.'
].join('\n');

describe('vocabulary-options-plausible', () => {
	it('builds no item whose wrong options are words lifted from the article', () => {
		const built = checkedCandidates(MILLTOWN, { kinds: ['vocabulary'], lexicon }).filter(
			({ candidate }) => candidate.kind === 'vocabulary'
		);
		const lifted = built.filter(({ candidate }) =>
			(candidate.word?.distractorSources ?? []).some((s) => s === 'field' || s === 'other')
		);
		expect(lifted).toEqual([]);
	});

	it('refuses an item whose wrong options are verbs lifted from the article', () => {
		const [item] = checkedCandidates(STORY, { kinds: ['vocabulary'], lexicon })
			.map(({ candidate }) => candidate)
			.filter((c) => c.kind === 'vocabulary');
		expect(item).toBeDefined();
		const lifted: Candidate = {
			...item!,
			word: { ...item!.word!, distractorSources: ['sister', 'field', 'other'] }
		};
		expect(
			validateCandidate(lifted).some((r) => r.startsWith('vocabulary-options-plausible:'))
		).toBe(true);
	});
});

/** A made-up night crossing: "perpetrated" with other acts as wrong options. */
const STORY = [
	'The Crossing',
	'',
	'The small boat left the pier after dark with six passengers and a load of flour.',
	'',
	'Later, people in the village said the owner had perpetrated a serious wrong by sending the boat out in such a storm.',
	'',
	'They reached the far shore before midnight, cold but safe.'
].join('\n');
