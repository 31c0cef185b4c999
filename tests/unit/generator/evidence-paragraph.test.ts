// The general form of text evidence: a paragraph's point (a general statement with a word of
// judgement or extent) keyed by the sentence after it, wrong options from other paragraphs. The
// sentences are made up.
import { describe, expect, it } from 'vitest';
import {
	evidenceForm,
	firstClause,
	pointProblem,
	standAloneProblem,
	writtenOut
} from '../../../src/lib/generator/stages/4-questions/evidence-paragraph';

describe('pointProblem: which sentences are a paragraph point', () => {
	it.each([
		['The crust around the hot pools is dangerous.', undefined],
		['Bus services in Dunley are slipping.', undefined],
		['The study has several limitations.', undefined],
		['Venice became the busiest printing centre of all.', undefined],
		['It is dangerous to swim there.', 'leans on another sentence'],
		['This makes the valley busy.', 'leans on another sentence'],
		['The valley had 40 mills.', 'a figure, a quote or a question'],
		['The council said the service was slipping.', 'a report or finding'],
		['The new line will be much faster.', 'a plan or forecast'],
		['A lock is a chamber that lifts boats.', 'a definition'],
		['Ranked voting is not new.', 'says what is not'],
		['The ferry left the harbour at dawn.', 'no word of judgement or extent']
	])('%s', (text, problem) => {
		expect(pointProblem(text)).toBe(problem);
	});
	it('takes a denial where the point opens its paragraph', () => {
		expect(pointProblem('Ranked voting is not cheap to count.', true)).toBeUndefined();
	});
});

describe('evidenceForm: how a key bears a point out', () => {
	it.each([
		['About 40 wagons cross the river each week.', 'figure'],
		['Thousands of birds nest on the cliffs.', 'figure'],
		['In 1990 the mill closed.', undefined],
		['For example, the Dunley road floods every spring.', 'example'],
		['The road floods because the river is shallow there.', 'reason'],
		['The road runs along the river.', undefined]
	])('%s', (text, form) => {
		expect(evidenceForm(text)).toBe(form);
	});
});

describe('standAloneProblem: options read alone', () => {
	it.each([
		['Herds of bison graze the valleys, often holding up traffic for an hour.', undefined],
		[
			'At the start of the war, it was renamed Petrograd by the new government.',
			'leans on another sentence'
		],
		['Two pump blood through the gills of the animal.', 'opens on a number'],
		['Finally, make time for the canyon and the falls below it.', 'leans on another sentence'],
		['The shot strengthened his alliances with the river peoples.', 'leans on another sentence'],
		['That grid gives the old city its character as a place to walk.', 'leans on another sentence']
	])('%s', (text, problem) => {
		expect(standAloneProblem(text)).toBe(problem);
	});
});

describe('writtenOut: an opening pronoun named', () => {
	const park = { text: 'Yellowstone', plural: false };
	const towns = { text: 'The valley towns', plural: true };
	const person = { text: 'Bazalgette', plural: false, person: true };
	it.each([
		[
			'Its crust is thin and can break underfoot.',
			park,
			"Yellowstone's crust is thin and can break underfoot."
		],
		[
			'They trade wool and cheese every week.',
			towns,
			'The valley towns trade wool and cheese every week.'
		],
		['He doubled the size of every pipe.', person, 'Bazalgette doubled the size of every pipe.'],
		['They trade wool and cheese every week.', park, undefined],
		['He doubled the size of every pipe.', park, undefined],
		['For example, the road floods every spring.', undefined, 'The road floods every spring.']
	])('%s', (text, subject, out) => {
		expect(writtenOut(text, subject)).toBe(out);
	});
});

describe('firstClause: a long point cut to what it asserts', () => {
	it('keeps a short sentence whole', () => {
		expect(firstClause('The valley is busy.')).toBe('The valley is busy.');
	});
	it('cuts at ", and" after the first clause of a long sentence', () => {
		const long =
			'The axolotl is critically endangered in the wild across its last lakes, and its numbers have fallen sharply over the last thirty years of surveys.';
		expect(firstClause(long)).toBe(
			'The axolotl is critically endangered in the wild across its last lakes.'
		);
	});
	it('never cuts a sentence that turns with "but"', () => {
		const turn =
			'The old bridge was strong enough for carts and horses for two hundred years, and people trusted it, but it could not carry the new lorries.';
		expect(firstClause(turn)).toBe(turn);
	});
});
