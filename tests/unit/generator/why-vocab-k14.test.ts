// Review k14's why and vocabulary faults, each a named rule read on sentences of our own: a reason
// opening on a word of grammar is lower-cased after "Because"; a stem with a pronoun it does not
// name is refused; a statement of a topic's parts is no wrong reason; a vocabulary key sharing the
// word's root is refused; a word whose family is heard every day is not asked.
import { describe, expect, it } from 'vitest';
import {
	aboutTheText,
	lowerFirst
} from '../../../src/lib/generator/stages/4-questions/why-general';
import { danglingPronoun } from '../../../src/lib/generator/stages/4-questions/why-checks';
import {
	familyPerMillion,
	keySharesRoot
} from '../../../src/lib/generator/stages/4-questions/vocabulary-refusals';

describe('why-general-lower-function-word', () => {
	const lower = new Set<string>(['the', '^Paris']);
	it.each([
		['Inside a sealed jar there is little air', 'inside a sealed jar there is little air'],
		['During the night the river froze', 'during the night the river froze'],
		['The bridge was closed', 'the bridge was closed'],
		['Paris had run out of bread', 'Paris had run out of bread'],
		['Marathon runners train for months', 'Marathon runners train for months']
	])('%s → %s', (text, want) => expect(lowerFirst(text, lower)).toBe(want));
});

describe('why-general-pronoun', () => {
	it.each([
		['Why does the baker knead the dough without it?', true],
		['Why did the farmers sell them at the market?', true],
		['Why did the council close the old bridge?', false],
		['Why did he leave the village in 1850?', true],
		['Why did Ada Byron give up her studies?', false],
		['Why do the swallows fly south in autumn?', false]
	])('%s → %s', (stem, want) => expect(danglingPronoun(stem)).toBe(want));
});

describe('why-general-structure', () => {
	it.each([
		['glaciers take three main shapes', true],
		['moss plants spread in two ways', true],
		['the festival is divided into four parts', true],
		['there are several kinds of tide', true],
		['the pond froze over in January', false],
		['the algae need light to grow', false],
		['two ships sank off the cape', false]
	])('%s → %s', (body, want) => expect(aboutTheText(body)).toBe(want));
});

describe('vocabulary-key-shares-root', () => {
	it.each([
		['memorable', 'worth remembering', true],
		['inexpensive', 'not expensive', true],
		['hopeful', 'full of hope', true],
		['immense', 'vast', false],
		['fiscal', 'financial', false],
		['ratified', 'approved', false],
		['dwindled', 'shrank', false],
		['construct', 'compose', false]
	])('%s / %s → %s', (word, key, want) => expect(keySharesRoot(word, key)).toBe(want));
});

describe('vocabulary-common-family', () => {
	const counts: Record<string, number> = {
		annoyed: 3,
		annoy: 2.5,
		annoying: 11,
		expensive: 28,
		inexpensive: 0.7,
		dwindle: 0.1,
		dwindled: 0.1,
		meticulous: 1
	};
	const known = (w: string) => w in counts || w === 'annoys' || w === 'dwindles';
	it.each([
		['annoyed', true],
		['inexpensive', true],
		['dwindled', false],
		['meticulous', false]
	])('%s heard every day: %s', (word, want) => {
		const n = familyPerMillion(word, (f) => counts[f], known) ?? 0;
		expect(n > 4).toBe(want);
	});
});
