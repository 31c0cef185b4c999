// The main idea of a life: for an article titled by a person's name that tells their birth and keeps
// returning to them, once "The life and work of …" beside its parts (an umbrella key reviewers edited
// every time), now a statement of what the opening says the person did beside true but narrower
// sentences (main-idea-point.ts). The articles are written for these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { MAIN_IDEA_POINT_STEM } from '../../../src/lib/generator/stages/4-questions/main-idea-point';

/** A life in six paragraphs, two other people each named in one of them (also a browser test's article). */
const LIFE = readFileSync('tests/fixtures/edith-marlowe.txt', 'utf8').trimEnd();

/** The same article under a title that names something else: no life. */
const NOT_A_LIFE = LIFE.replace(/^Edith Marlowe\n/, 'Coloured Glass\n');

/** The same life without its birth: nothing tells that its start is only a part of it. */
const NO_BIRTH = LIFE.replace(/She was born in Leeds in 1871, /, 'She was ');

const mainIdea = (text: string) =>
	generateQuiz(text, { count: 10, seed: 1, kinds: ['main-idea'] }).questions.find((q) =>
		q.options.some((o) => /^The life and work of /.test(o))
	);

describe('main idea of a life', () => {
	it('no longer offers "The life and work of …", the umbrella key reviewers edited every time', () => {
		expect(mainIdea(LIFE)).toBeUndefined();
	});

	it('sums the life up by what its opening says the person did, beside true but narrower parts', () => {
		const q = generateQuiz(LIFE, { count: 10, seed: 1, kinds: ['main-idea'] }).questions[0];
		expect(q?.stem).toBe(MAIN_IDEA_POINT_STEM);
		expect(q?.options[q.answerIndex]).toBe('Marlowe studied how glass takes its colour.');
		const wrong = q?.options.filter((_, i) => i !== q.answerIndex) ?? [];
		expect(wrong).toHaveLength(3);
		// Each wrong option is one whole sentence of the article naming her: one part of the life.
		for (const o of wrong) {
			expect(LIFE).toContain(o);
			expect(o).toMatch(/Marlowe/);
		}
	});

	it.each([
		['a title that is not the person', NOT_A_LIFE],
		['no birth told', NO_BIRTH]
	])('is not made with %s', (_, text) => {
		expect(mainIdea(text)).toBeUndefined();
	});
});
