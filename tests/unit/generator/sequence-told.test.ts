// The told sequence item (sequence-told.ts, issue 15, k19): the acts of an article's main person,
// each a whole clause with one name form, in the order told where the text tells straight.
// Fixtures are sentences of our own.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { mulberry32 } from '../../../src/lib/generator/random';
import { generateQuiz } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import {
	actClause,
	openingName,
	stepsBack,
	toldActs,
	toldActsProblem,
	toldItems,
	toldOrderProblem
} from '../../../src/lib/generator/stages/4-questions/sequence-told';

const STORY = `The Key Under the Mat

Mara came home from school at four on a grey afternoon. Mara found the key under the mat by the back door. She opened the kitchen door with the cold key.

"Is anyone home?" she called.

Nobody answered Mara. Mara put her heavy bag on the kitchen table. She filled the old kettle at the tap by the window.

"Where is the cat?" she asked the empty room.

Mara searched the garden behind the house for the cat. She found the cat asleep in the wooden shed. Mara carried the sleepy cat back into the warm kitchen.

"There you are," she said to the cat, and she laughed.

Mara fed the hungry cat a bowl of fish. She sat down by the window with a book.`;

const parse = (text: string) => {
	const norm = normalizeText(text, { markup: 'strip' });
	return { norm, sentences: parseText(norm).sentences };
};

/** The first sentence of a text of our own, parsed. */
const sentenceOf = (text: string) => {
	const { norm, sentences } = parse(text);
	const s = sentences[0];
	if (!s) throw new Error('no sentence');
	return { s, said: norm.text.slice(s.start, s.end) };
};

describe('openingName: the subject a sentence opens with, after a time phrase', () => {
	it.each([
		['Mara found the key under the mat.', 'Mara'],
		['In 1922 she won a place at the school.', 'she'],
		['Two years later, Hale moved to Leeds with his brother.', 'Hale'],
		['The path Mara knew had vanished.', undefined],
		['When her health failed she held classes at home.', undefined]
	])('%s → %s', (text, name) => {
		expect(openingName(sentenceOf(text).s)?.name).toBe(name);
	});
});

describe('actClause: a whole clause, no date, nothing leaning outside it', () => {
	it.each([
		['Mara found the key under the mat.', 'found the key under the mat'],
		// The date is the question's, not the option's.
		['Mara married Tom Reyes in 1931.', 'married Tom Reyes'],
		// A comma before a new clause ends the act; its appositive is not the act.
		[
			'Mara showed her drawings to Ellen Shaw, the best painter in town.',
			'showed her drawings to Ellen Shaw'
		],
		// "her" as an object may be anyone (the ewe); "it" points outside the option.
		['Mara dug her free.', undefined],
		['Mara carried it home to the farm.', undefined],
		// A habit, a saying, a quote: no act the telling moves by.
		['Mara always walked to the shop on foot.', undefined],
		['Mara said the shop was closed that day.', undefined],
		['Mara read "The Long Road" to the class.', undefined]
	])('%s → %s', (text, predicate) => {
		const { s, said } = sentenceOf(text);
		const o = openingName(s);
		const clause = o && actClause(s, o.verb, said, 'she');
		expect(clause ? clause.predicate : undefined).toBe(predicate);
	});
});

describe('stepsBack: a paragraph that steps back in time gives no act', () => {
	it.each([
		['Mara opened the gate. She walked up the hill.', false],
		['Gran had meant to bring them down. Then she had slipped on the step.', true],
		['Years before, Mara remembered the old farm.', true],
		['Mara opened the gate. The path had vanished in the snow.', false]
	])('%s → %s', (text, back) => {
		const { norm, sentences } = parse(text);
		expect(stepsBack(norm.text, sentences)).toBe(back);
	});
});

describe('toldItems: a story told straight', () => {
	const { norm, sentences } = parse(STORY);

	it('reads the heroine in one name form, her "She" named', () => {
		const found = toldActs(norm, sentences);
		expect(found?.teller.name).toBe('Mara');
		expect(found?.acts.map((a) => a.option)).toContain(
			'Mara opened the kitchen door with the cold key'
		);
		expect(found?.acts.every((a) => a.option.startsWith('Mara '))).toBe(true);
	});

	it('asks the act told right after (before) an anchor, the wrong options nearest it', () => {
		const items = toldItems(norm, sentences, mulberry32(1));
		expect(items.length).toBeGreaterThan(0);
		for (const c of items) {
			expect(toldOrderProblem(c)).toBeUndefined();
			expect(toldActsProblem(c)).toBeUndefined();
		}
	});

	it('passes the pipeline checks as a sequence item', () => {
		const quiz = generateQuiz(STORY, { kinds: ['sequence'], count: 5, seed: 1 });
		expect(
			quiz.questions.some((q) => /^What did Mara do right|^Which of these did Mara/.test(q.stem))
		).toBe(true);
	});
});

/** A told item of our own: the key, three wrong options and the anchor, each with its sentence. */
const item = (stem: string, acts: [string, number][]): Candidate =>
	({
		kind: 'sequence',
		stem,
		answer: acts[0]?.[0] ?? '',
		distractors: acts.slice(1, 4).map(([o]) => o),
		acts: acts.map(([option, told]) => ({ option, told }))
	}) as unknown as Candidate;

describe('toldOrderProblem and toldActsProblem', () => {
	const after = 'What did Mara do right after she found the key under the mat?';
	it.each([
		[
			'the act told next after the anchor',
			item(after, [
				['Mara opened the kitchen door', 3],
				['Mara came home from school early', 1],
				['Mara filled the old kettle', 6],
				['Mara searched the garden for the cat', 8],
				['Mara found the key under the mat', 2]
			]),
			undefined
		],
		[
			'a wrong option told between the anchor and the key',
			item(after, [
				['Mara filled the old kettle', 6],
				['Mara opened the kitchen door', 3],
				['Mara came home from school early', 1],
				['Mara searched the garden for the cat', 8],
				['Mara found the key under the mat', 2]
			]),
			'"Mara opened the kitchen door" is told between the anchor and the key'
		],
		[
			'the key told before the anchor',
			item(after, [
				['Mara came home from school early', 1],
				['Mara opened the kitchen door', 3],
				['Mara filled the old kettle', 6],
				['Mara searched the garden for the cat', 8],
				['Mara found the key under the mat', 2]
			]),
			'the key is not told after the anchor'
		],
		[
			'"first" of four, the key told first',
			item('Which of these did Mara do first?', [
				['Mara came home from school early', 1],
				['Mara opened the kitchen door', 3],
				['Mara filled the old kettle', 6],
				['Mara searched the garden for the cat', 8]
			]),
			undefined
		]
	])('%s', (_, c, problem) => {
		expect(toldOrderProblem(c)).toBe(problem);
	});

	it.each([
		['Mara opened the kitchen door', undefined],
		['Mara Lenz opened the kitchen door', 'not said of Mara'],
		['Mara opened it', 'words'],
		['Mara opened the kitchen door in 1931', 'a date'],
		['Mara opened the kitchen door again', 'leans']
	])('option %s', (option, problem) => {
		const c = item('Which of these did Mara do first?', [
			[option, 1],
			['Mara came home from school early', 2],
			['Mara filled the old kettle', 3],
			['Mara searched the garden for the cat', 4]
		]);
		const found = toldActsProblem(c);
		if (problem === undefined) expect(found).toBeUndefined();
		else expect(found).toContain(problem);
	});
});
