// A "why" item's wrong reasons may be the article's true statements put as reasons (true, but not
// the cause): about the stem's subject (with the key's pronoun when the key opens on one) or its
// paragraph, never from a sentence that links a cause or a result, never sharing a word of the key
// (reviews k5/k6: not one "why" item reached the 120 fresh articles for want of three).
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator';
import type { Candidate } from '../../../src/lib/generator/types';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { sentenceReasons } from '../../../src/lib/generator/stages/3-facts/outcomes';
import { causeOptionsOffTopic } from '../../../src/lib/generator/stages/4-questions/cause-checks';
import { onWhyTopic } from '../../../src/lib/generator/stages/4-questions/topics';
import { whyStemLeans } from '../../../src/lib/generator/stages/4-questions/why-checks';
import { restatesKey } from '../../../src/lib/generator/stages/4-questions/why-options';

const GECKO = `Sand gecko

The sand gecko is a small lizard of the dry hills of the south. It hunts beetles and moths after dark. It lays two eggs each summer.

It can climb a pane of smooth glass. It hides under flat stones because the midday sun is too hot. The gecko has large eyes for its size.

Because it needs warm rock, the sand gecko is rarely found above the tree line. Local farmers regard it as a lucky visitor. The rock of the upper slopes warms slowly in spring.

The gecko was first described by a travelling doctor in 1881. Its skin changes colour with the light. Visitors often mistake it for a young snake.`;

/** The "why" items of an article, asked alone. */
const whyItems = (text: string) =>
	generateQuiz(text, { count: 10, seed: 1, kinds: ['why'] }).questions.filter(
		(q) => q.kind === 'why'
	);

describe('why wrong reasons from the article statements', () => {
	const [item] = whyItems(GECKO);
	const wrong = item ? item.options.filter((_, i) => i !== item.answerIndex) : [];

	it('asks why of a reason the article gives, with three wrong reasons', () => {
		expect(item?.stem).toBe('Why is the sand gecko rarely found above the tree line?');
		expect(item?.options[item.answerIndex]).toBe('Because it needs warm rock');
		expect(wrong).toHaveLength(3);
	});

	it.each([
		[
			'a statement about the subject, in the key pronoun',
			'Because it hunts beetles and moths after dark',
			true
		],
		['another such statement', 'Because it can climb a pane of smooth glass', true],
		['a sentence that gives a reason of its own', 'Because it hides under flat stones', false],
		[
			'a statement sharing a word of the key',
			'Because the rock of the upper slopes warms slowly in spring',
			false
		],
		[
			'a statement in another tense',
			'Because the gecko was first described by a travelling doctor in 1881',
			false
		]
	])('%s: offered %s', (_, option, offered) => {
		expect(wrong.some((o) => o.startsWith(option))).toBe(offered);
	});
});

describe('sentenceReasons', () => {
	const reasons = (text: string) =>
		sentenceReasons(parseText(normalizeText(text)).sentences).map((o) => o.text);
	it.each([
		['The ferry crosses the bay twice a day.', 'Because the ferry crosses the bay twice a day'],
		[
			'The mill stands on the river Tess, a short walk from the bridge.',
			'Because the mill stands on the river Tess'
		],
		['The path floods in winter, unless the sluice is open.', undefined],
		['The keeper saw a small, grey bird on the wall.', undefined],
		['In 1900 the mill burned down.', undefined],
		['They say it was built by monks.', undefined],
		['Is the path open in winter?', undefined]
	])('%s → %s', (text, reason) => {
		const got = reasons(text);
		if (reason) expect(got).toContain(reason);
		else expect(got).toHaveLength(0);
	});
});

describe('onWhyTopic', () => {
	const key = 'Because it needs warm rock';
	const event = 'the sand gecko rarely found above the tree line';
	it.each([
		['Because it hunts beetles after dark', '', true],
		['Because the gecko has large eyes', '', true],
		['Because local farmers regard the hills as lucky', 'Sand gecko', false],
		['Because sand gecko eggs hatch in autumn', 'Sand gecko', true],
		['Because the ferry crosses the bay', 'Sand gecko', false]
	])('%s (title "%s"): %s', (option, title, on) => {
		expect(onWhyTopic(option, event, key, title)).toBe(on);
	});
});

describe('cause-options-on-topic of a "why" item', () => {
	const text =
		'Otters\n\nThe river otter eats mostly fish. Cubs stay with their mother for a year. ' +
		'Otters hunt at night because the fish rest then.\n\nThe ferry crosses the bay twice a day.';
	const at = text.indexOf('Otters hunt');
	const item = (distractors: string[]) =>
		({
			kind: 'why',
			stem: 'Why do otters hunt at night?',
			answer: 'Because the fish rest then',
			distractors,
			source: { sentence: '', start: at, end: at + 40 },
			fact: { kind: 'cause' }
		}) as unknown as Candidate;
	it.each([
		[['Because cubs stay with their mother for a year'], true],
		[['Because the ferry crosses the bay twice a day'], false]
	])('%s passes: %s', (distractors, passes) => {
		expect(!causeOptionsOffTopic(item(distractors), '', text)).toBe(passes);
	});
});

describe('why-stem-alone refuses a connective read as a subject', () => {
	it.each([
		['Why was Nevertheless adoption rapid?', true],
		['Why did the council also close the bridge?', true],
		['Why was adoption of the loom rapid?', false]
	])('%s leans: %s', (stem, leans) => {
		expect(!!whyStemLeans({ stem } as unknown as Candidate)).toBe(leans);
	});
});

describe('restatesKey', () => {
	const stem = 'Why did Austria form an alliance with France?';
	const key = "Because of Prussia's alliance with Britain";
	it.each([
		['Because of the Anglo-Prussian alliance', true],
		['Because of the British blockade of French ports', false],
		['Because of the succession of Tsar Peter III', false],
		['Because of an alliance between Spain and Naples', false]
	])('%s restates the key: %s', (option, restates) => {
		expect(restatesKey(option, key, stem)).toBe(restates);
	});
});
