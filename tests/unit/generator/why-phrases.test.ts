// A "why" item whose reason is a noun phrase ("Owing to the low height of its river banks") takes
// wrong reasons of its own form: the article's phrases headed by a noun of an act, a state, an
// attribute, an event or a process (by the sense dictionary), on any topic, never from a paragraph
// that tells of the key's cause (review k8: "Why has Bergen suffered repeatedly from fire?" and
// every other phrase key died for want of three). Effect items take present statements beside a
// key in the present, and wrong results on the title's topic.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { causePhrases } from '../../../src/lib/generator/stages/3-facts/links';
import { phraseBesidePhrase } from '../../../src/lib/generator/stages/4-questions/topics';
import { causeOptionsOffTopic } from '../../../src/lib/generator/stages/4-questions/cause-checks';
import { pickOutcomes } from '../../../src/lib/generator/stages/4-questions/effect-options';
import type { Candidate } from '../../../src/lib/generator/types';
import { wordNet } from '../../../src/lib/server/wordnet';

const lexicon = wordNet();

const HARBOUR = `Harrowmere

Harrowmere is a small port on the east coast of Lindsey. It grew rich in the middle ages through the growth of the wool trade with Flanders. Its old market hall still stands beside the quay.

The lower town has flooded many times owing to the low height of its river banks. The worst flood came in 1912, when the river rose in a single night. The river banks were raised after that flood, and the low banks of the old quay were rebuilt in stone.

Winters in Harrowmere are mild because of the influence of a warm sea current. Summers are cool and often foggy. The town council meets in the old market hall.

The herring fleet once sailed from the harbour every autumn. The decline of the herring fishery in the 1950s left many boats idle. Today the port serves yachts and a small ferry to the islands.`;

const phrasesOf = (text: string) =>
	causePhrases(parseText(normalizeText(text)).sentences, lexicon).map((p) => p.text);

describe('phrases of an act, a state or an event, by the sense dictionary', () => {
	it.each([
		['an attribute with what it is of', 'The density of the old houses worried the council.', true],
		['an event', 'The migration of the eels starts in spring.', true],
		['a head that may name a place', 'The summit of the hill is bare.', false],
		['a head that says how many', 'A number of the old houses burned.', false],
		['a phrase with a verb before its head', 'He was out for the day running errands.', false]
	])('%s: %s', (_, sentence, found) => {
		const phrases = phrasesOf(`Title\n\n${sentence}`);
		expect(phrases.length > 0).toBe(found);
	});
});

describe('a phrase key takes phrase reasons of its own form', () => {
	const items = generateQuiz(HARBOUR, { count: 10, seed: 1, kinds: ['why'], lexicon }).questions;
	const flood = items.find((q) => q.stem === 'Why has the lower town flooded many times?');
	const wrong = flood ? flood.options.filter((_, i) => i !== flood.answerIndex) : [];

	it('asks why the town floods, with three wrong phrases', () => {
		expect(flood?.options[flood.answerIndex]).toBe('Owing to the low height of its river banks');
		expect(wrong).toHaveLength(3);
		for (const option of wrong) expect(option).toMatch(/^Owing to (the|a|an) /);
	});

	it.each([
		[
			'a reason the article gives for something else',
			'Owing to the influence of a warm sea current',
			true
		],
		['an event of another paragraph', 'Owing to the decline of the herring fishery', true],
		['a phrase of the paragraph that tells of the floods', 'Owing to the worst flood', false]
	])('%s: offered %s', (_, option, offered) => {
		expect(wrong.includes(option)).toBe(offered);
	});
});

describe('a short phrase beside a phrase key is on topic by its form', () => {
	it.each([
		[
			'a phrase beside a phrase key',
			'Because of the decline of the herring fishery',
			'Because of the height of its banks',
			true
		],
		[
			'a clause beside a phrase key',
			'Because the herring fishery declined',
			'Because of the height of its banks',
			false
		],
		[
			'a phrase beside a clause key',
			'Because of the decline of the fishery',
			'Because its banks are low',
			false
		],
		[
			'a phrase too long to stand by its form',
			'Because of the long and slow decline of the herring fishery of the whole east coast',
			'Because of the height of its banks',
			false
		]
	])('%s', (_, option, key, onTopic) => {
		expect(phraseBesidePhrase(option, key)).toBe(onTopic);
	});
});

/** An effect candidate with the given cause, key and wrong results. */
const effectItem = (cause: string, answer: string, distractors: string[]) =>
	({
		kind: 'effect',
		stem: `What happened as a result of ${cause}?`,
		answer,
		distractors,
		effectOf: { cause, outcomes: [answer], form: 'clause', forms: [], shapes: [] },
		source: { sentence: '', start: 0, end: 0 }
	}) as unknown as Candidate;

describe('an effect item wrong result on the title topic', () => {
	it.each([
		[
			'on the title topic',
			'Data compression',
			'Compression of images loses some detail',
			undefined
		],
		[
			'on no topic of the stem or the title',
			'Data compression',
			'The museum opened in 1990',
			'nothing'
		]
	])('%s', (_, title, option, rejected) => {
		const c = effectItem('the redundancy of most files', 'Lossless packing is possible', [option]);
		const reason = causeOptionsOffTopic(c, title);
		if (rejected) expect(reason).toContain(rejected);
		else expect(reason).toBeUndefined();
	});
});

describe('an effect item in the present takes statements of how things are, far from the key', () => {
	const target = {
		answer: 'Winters in the valley are mild',
		form: 'clause' as const,
		sentence: 10,
		cause: 'the warm sea current',
		outcomes: []
	};
	it.each([
		['a state far from the key', 'The old bridge is narrow and steep', 2, true],
		['a state next to the key', 'The old bridge is narrow and steep', 11, false],
		['a description of where a thing lies', 'The old bridge lies on the eastern road', 2, false],
		['a clause of the past', 'The old bridge was built in stone', 2, false]
	])('%s', (_, text, sentence, offered) => {
		const picked = pickOutcomes(
			target,
			[{ text, sentence, form: 'clause', linked: false }],
			() => 0.5
		);
		expect(picked.length === 1).toBe(offered);
	});
});
