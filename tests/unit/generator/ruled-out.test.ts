// Table-driven tests for wrong options a reader rules out without the article (review k5): a place
// outside the country or continent the sentence names, an office-holder beside a group of
// ordinary people, a count beside the article's own "the three men", a larger figure beside
// "and possibly longer". Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/lib/generator/types';
import type { DistractorContext } from '../../../src/lib/generator/distractors';
import {
	countGivenNearby,
	notYetAState,
	ofAnotherStation,
	ofOtherSex,
	outsideNamedPlace
} from '../../../src/lib/generator/distractors/ruled-out';
import { quantityCandidates } from '../../../src/lib/generator/distractors/quantities';
import { countOf } from '../../../src/lib/generator/distractors/variants';
import { valueFact } from './candidates';

const factOf = valueFact;

const person = (id: string, name: string, titles: string[] = []): Entity => ({
	id,
	type: 'person',
	name,
	aliases: [],
	mentions: 2,
	firstSentence: 0,
	titles
});

function contextOf(entities: Entity[] = [], sentenceTexts: string[] = []): DistractorContext {
	return {
		entities: new Map(entities.map((e) => [e.id, e])),
		facts: [],
		things: [],
		rand: () => 0.5,
		sentenceTexts
	};
}

describe('outsideNamedPlace', () => {
	it.each([
		// The sentence names the key's country before it: only that country's cities.
		['In Britain, the night train from London to Scotland was rebuilt.', 'London', 'Berlin', true],
		[
			'In Britain, the night train from London to Scotland was rebuilt.',
			'London',
			'Manchester',
			false
		],
		['The mill stood in a hamlet of Zhejiang province near Shanghai.', 'Shanghai', 'Boston', true],
		[
			'The mill stood in a hamlet of Zhejiang province near Shanghai.',
			'Shanghai',
			'Beijing',
			false
		],
		['The Italian crew sailed out of Rome at dawn.', 'Rome', 'Madrid', true],
		// No country named before the key, or one named only after it: any city may stand.
		['The night train from London to Vienna ran twice a week.', 'London', 'Berlin', false],
		[
			'The news was wired to London, where readers in Britain followed it.',
			'London',
			'Auckland',
			false
		],
		// A continent the sentence names without the key: none of its countries (one that holds
		// the key rules nothing out).
		[
			'The moths spread from western Europe eastward across Central Asia to China.',
			'China',
			'Sweden',
			true
		],
		[
			'The moths spread from western Europe eastward across Central Asia to China.',
			'China',
			'Japan',
			false
		],
		['Traders carried the cloth across Europe to Spain.', 'Spain', 'France', false]
	])('%j: %j beside %j is ruled out: %s', (sentence, answer, option, expected) => {
		expect(outsideNamedPlace(answer, option, sentence)).toBe(expected);
	});
});

describe('notYetAState', () => {
	const sentence = 'From the twelfth century onward the weavers of Brugh bought wool from England.';
	it.each([
		['United States', true],
		['Belgium', true],
		['England', false],
		['France', false]
	])('%j in the twelfth century is ruled out: %s', (option, expected) => {
		expect(notYetAState(option, sentence)).toBe(expected);
	});

	it('rules out nothing in a sentence of no century', () => {
		expect(notYetAState('Belgium', 'The weavers of Brugh bought wool from England.')).toBe(false);
	});
});

describe('ofAnotherStation', () => {
	const people = [
		person('p1', 'Tomas Ruiz'),
		person('p2', 'Elena Marsh', ['President']),
		person('p3', 'Paulo Vidal'),
		person('p4', 'Arno Kell', ['Mining Minister'])
	];
	it.each([
		['The oldest of the divers, Tomas Ruiz, is 61.', 'Elena Marsh', true],
		['The oldest of the divers, Tomas Ruiz, is 61.', 'Arno Kell', true],
		['The oldest of the divers, Tomas Ruiz, is 61.', 'Paulo Vidal', false],
		['A baker named Tomas Ruiz opened the shop.', 'Elena Marsh', true],
		// No group or calling said for the key: an office-holder may stand beside it.
		['For these reasons, Tomas Ruiz resigned.', 'Elena Marsh', false],
		['The plan was costly according to Tomas Ruiz.', 'Elena Marsh', false]
	])('%j: %j is ruled out: %s', (sentence, option, expected) => {
		const fact = factOf(sentence, 'Tomas Ruiz', 'person', 'p1');
		expect(ofAnotherStation(fact, option, sentence, contextOf(people))).toBe(expected);
	});

	it('keeps an office-holder beside a key of office', () => {
		const sentence = 'The eldest of the rulers, Tomas Ruiz, is 80.';
		const rulers = [person('p1', 'Tomas Ruiz', ['King']), person('p2', 'Elena Marsh', ['Queen'])];
		const fact = factOf(sentence, 'Tomas Ruiz', 'person', 'p1');
		expect(ofAnotherStation(fact, 'Elena Marsh', sentence, contextOf(rulers))).toBe(false);
	});
});

describe('ofOtherSex', () => {
	const people = [
		{ ...person('p1', 'Hugh Darrow'), gender: 'male' as const },
		{ ...person('p2', 'Alice Penn'), gender: 'female' as const },
		{ ...person('p3', 'Owen Tate'), gender: 'male' as const },
		person('p4', 'Robin Vale')
	];
	it.each([
		['Sir Hugh Darrow founded the rescue society.', 'Alice Penn', true],
		['Sir Hugh Darrow founded the rescue society.', 'Owen Tate', false],
		// Of no known sex: kept.
		['Sir Hugh Darrow founded the rescue society.', 'Robin Vale', false],
		// No title before the blank: anyone.
		['In the end Hugh Darrow founded the rescue society.', 'Alice Penn', false]
	])('%j: %j is ruled out: %s', (sentence, option, expected) => {
		const fact = factOf(sentence, 'Hugh Darrow', 'person', 'p1');
		expect(ofOtherSex(fact, option, sentence, contextOf(people))).toBe(expected);
	});

	// Review k7: "named _____ … became the first woman" offered three men.
	it.each([
		[
			'A weaver named Alice Penn today became the first woman to cross the pass.',
			'Hugh Darrow',
			true
		],
		['Alice Penn, the first woman to cross the pass, was a weaver.', 'Owen Tate', true],
		['Alice Penn became the first woman to cross the pass.', 'Robin Vale', false],
		// The one who sent her is anyone.
		['Alice Penn sent the first woman across the pass.', 'Hugh Darrow', false],
		['She was the second woman to win the medal after Alice Penn.', 'Owen Tate', true]
	])('%j: %j is ruled out: %s', (sentence, option, expected) => {
		const fact = factOf(sentence, 'Alice Penn', 'person', 'p2');
		expect(ofOtherSex(fact, option, sentence, contextOf(people))).toBe(expected);
	});

	it('keeps women beside "Mrs _____" and drops men', () => {
		const sentence = 'The shop was kept by Mrs Alice Penn for forty years.';
		const fact = factOf(sentence, 'Alice Penn', 'person', 'p2');
		expect(ofOtherSex(fact, 'Hugh Darrow', sentence, contextOf(people))).toBe(true);
	});
});

describe('countGivenNearby', () => {
	const sentence = 'The hut was built to keep three climbers warm for a week.';
	it.each([
		[['The three climbers of the north face came home today.'], true],
		[['Their three climbers came home today.'], true],
		[['Two climbers of another team turned back.'], false],
		[['The four climbers of the north face came home today.'], false],
		[[], false]
	])('article %j gives the count: %s', (others, expected) => {
		const fact = factOf(sentence, 'three', 'quantity');
		// The fact's own sentence is index 0 and never counts against it.
		const ctx = contextOf([], [sentence, ...others]);
		expect(countGivenNearby(fact, sentence, ctx)).toBe(expected);
	});
});

describe('figures open above', () => {
	it.each([
		['Marsh tortoises commonly live for 60 years and possibly considerably longer.', '60', true],
		['The colony holds 40 nests or more.', '40', true],
		['Marsh tortoises commonly live for 60 years.', '60', false],
		['The colony holds 40 nests and more eggs than last spring.', '40', false]
	])('%j keeps every wrong figure below %j: %s', (sentence, key, below) => {
		const options = quantityCandidates(factOf(sentence, key, 'quantity'), sentence, contextOf());
		expect(options.length).toBeGreaterThan(0);
		expect(options.every((o) => countOf(o) < countOf(key))).toBe(below);
	});
});

describe('figures compared with another', () => {
	it.each([
		// "a narrower angle of around 15": every option is above 15.
		[
			'Kitchen blades are ground at about 20 degrees, while carving blades use a narrower angle of around 15 degrees.',
			'20',
			15,
			Infinity
		],
		[
			'Hill farms keep about 60 sheep, whereas valley farms keep larger flocks of some 90.',
			'60',
			-Infinity,
			90
		]
	])('%j keeps wrong figures between the bounds', (sentence, key, above, below) => {
		const options = quantityCandidates(factOf(sentence, key, 'quantity'), sentence, contextOf());
		expect(options.length).toBeGreaterThan(0);
		expect(options.every((o) => countOf(o) > above && countOf(o) < below)).toBe(true);
	});
});
