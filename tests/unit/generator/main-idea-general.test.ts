// The general sentence item of main idea (main-idea-general.ts): which texts it asks of, which
// sentences may key it, and how its options are trimmed and matched in length. The sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/lib/generator/types';
import {
	cutList,
	DANGLING,
	definesWithPoint,
	likeLength,
	taleLike,
	textKind,
	unattributed
} from '../../../src/lib/generator/stages/4-questions/main-idea-general';
import type {
	Genre,
	SentenceOption,
	SentenceReading
} from '../../../src/lib/generator/stages/4-questions/main-idea-sentences';

/** A reading of a text with a title and a genre; its sentences carry no tokens (no commands). */
const reading = (title: string, text: string, genre: Genre = 'article'): SentenceReading =>
	({
		title,
		text,
		genre,
		titleWords: [],
		sentences: Array.from({ length: 8 }, (_, index) => ({ index, tokens: [] })),
		terms: { paragraphs: [], where: new Map(), unitsAt: () => [] },
		unnamed: () => undefined
	}) as unknown as SentenceReading;

describe('textKind', () => {
	it.each([
		[
			'Council Votes to Close Kestrel Lane to Cars',
			'The council voted on 4 May.',
			'article',
			'news'
		],
		['The Glaciers of Norway', 'A glacier moves 20 metres a year.', 'article', 'explainer'],
		['Town Pools Should Stay Open All Year', 'We swim in 2 pools.', 'article', 'essay'],
		['Remarks at the Harbour Opening', 'We are here in 2024.', 'speech', 'speech'],
		// A first-person text that argues is an essay.
		[
			'A Word for Quiet Carriages',
			'I think we should keep them. We must ask. You need to try. In 2020 we did.',
			'passage',
			'essay'
		]
	])('reads "%s" as %s', (title, text, genre, kind) => {
		expect(textKind(reading(title, text, genre as Genre))).toBe(kind);
	});

	it.each([
		// A guide's point is its task; a tale's is what happens in it; a memory states none.
		['How to Plant Spring Bulbs', 'Dig a hole 10 centimetres deep.', 'article'],
		['Ten Tips for a Cheaper Kitchen', 'Buy dried beans in 1 kilogram bags.', 'article'],
		[
			'The Hedgehog',
			'In a wood at the edge of a field there lived a small hedgehog who was lonely.',
			'article'
		],
		[
			'My First Summer Job',
			'I worked at the pier in 1998. It was warm and I was happy there.',
			'passage'
		]
	])('asks nothing of "%s"', (title, text, genre) => {
		expect(textKind(reading(title, text, genre as Genre))).toBeUndefined();
	});
});

describe('taleLike', () => {
	it.each([
		['Once upon a time a miller had three sons and one old grey donkey.', true],
		['"Too slow," said Leo, and he put the tools back on the felt.', true],
		// News quotes people, but counts and dates things.
		['"We are delighted," said Mayor Hale, after 400 people came on 3 June.', false],
		['The bridge was opened to traffic after six years of building work.', false]
	])('reads "%s" as a tale: %s', (text, tale) => {
		expect(taleLike(text)).toBe(tale);
	});
});

describe('definesWithPoint', () => {
	it.each([
		[
			'Joseph Hale was the engineer who gave the city of Marren its first clean water supply.',
			true
		],
		['The kidneys are two organs that clean the blood and keep its salts in balance.', true],
		// A definition that says only what a thing is states no point.
		['Tarvel is the capital of the province of Oskar.', false],
		['The hoatzin is a bird that lives.', false]
	])('"%s": %s', (text, point) => {
		expect(definesWithPoint(text)).toBe(point);
	});
});

describe('DANGLING', () => {
	it.each([
		['Quebec went on to become the capital of the colony and.', true],
		['The museum opened its doors to the public in.', true],
		['The museum opened its doors to the public in May.', false]
	])('"%s": %s', (text, dangling) => {
		expect(DANGLING.test(text)).toBe(dangling);
	});
});

describe('unattributed', () => {
	it.each([
		[
			'A frog no bigger than a coin has been confirmed as a species new to science, researchers announced on Tuesday.',
			'A frog no bigger than a coin has been confirmed as a species new to science.'
		],
		[
			'The ferry company will cut its winter timetable to two sailings a day, the company said.',
			'The ferry company will cut its winter timetable to two sailings a day.'
		],
		// What is left would be too short to stand as a sentence option.
		['The bridge will close, officials said.', 'The bridge will close, officials said.'],
		// No attribution: the sentence is kept whole.
		[
			'The council said the bridge would reopen in the spring after repairs.',
			'The council said the bridge would reopen in the spring after repairs.'
		]
	])('"%s" → "%s"', (text, out) => {
		expect(unattributed({ text })?.text).toBe(out);
	});
});

describe('likeLength', () => {
	const option = (text: string) => ({ text, sentence: {} as Sentence }) as SentenceOption;
	it("keeps the wrong options within 2.2 times the key's length either way", () => {
		const key = option('x'.repeat(100));
		const pool = [40, 50, 100, 210, 230].map((n) => option('y'.repeat(n)));
		expect(likeLength(key, pool).map((o) => o.text.length)).toEqual([50, 100, 210]);
	});
});

describe('cutList', () => {
	const text =
		'A child who can swim can join in at a party, go on a school trip without fear, and help a friend in trouble.';
	const s = { start: 0, end: text.length } as Sentence;
	it.each([
		// Cut before ", and …": the list lost its last item.
		['A child who can swim can join in at a party, go on a school trip without fear.', true],
		// The whole sentence.
		[text, false]
	])('"%s": %s', (option, cut) => {
		expect(cutList({ text }, s, option)).toBe(cut);
	});
});
