// Sequence items a strict teacher would use: how-to steps told in order in words ("Step one is
// to …", "First, …", "Next, …"), and no dated item that common sense, an option's form or a word
// pointing outside it answers (a death last, a key alone in its era, "Epidemics struck", "there").
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import {
	clauseProblem,
	type EventClause
} from '../../../src/lib/generator/stages/4-questions/event-clause';
import {
	proseCommand,
	proseStepRun
} from '../../../src/lib/generator/stages/4-questions/sequence-prose-steps';
import {
	lifeEndProblem,
	loneEra
} from '../../../src/lib/generator/stages/4-questions/sequence-sense';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';

/** A made-up how-to whose steps are told in order in words, with advice and a list beside them. */
const BIRDHOUSE = [
	'How to Build a Simple Birdhouse',
	'',
	'A birdhouse gives small garden birds a safe place to nest, and one plank is enough to make it.',
	'',
	'You will need a pine plank, a saw, a drill, wood glue and some short screws.',
	'',
	'Step one is to mark the six panels on the plank. Use a pencil and a set square for the lines.',
	'',
	'Step two is to cut out the panels. Saw slowly along each line so that the edges stay straight.',
	'',
	'Next, drill the entrance hole in the front panel. A small hole keeps larger birds out.',
	'',
	'Keep the offcuts somewhere dry in case a panel splits.',
	'',
	'Then glue the side panels to the base. Hold them with clamps while the glue sets.',
	'',
	'Fix the roof with two short screws. The roof should overhang the front a little.',
	'',
	'Step six is safety. Wear gloves while you handle the box.',
	'',
	'Finally, hang the box on a tree trunk facing away from the midday sun.'
].join('\n');

describe('how-to steps told in order in words', () => {
	it.each([
		['Step two is to cut out the panels.', 'Cut out the panels'],
		[
			'Next, drill the entrance hole in the front panel.',
			'Drill the entrance hole in the front panel'
		],
		['Begin by washing the brushes.', 'Wash the brushes'],
		['Start by cutting the plank in two.', 'Cut the plank in two'],
		['Then glue the side panels to the base, pressing hard.', 'Glue the side panels to the base'],
		['Now hang the box as soon as the glue is dry.', 'Hang the box'],
		// No command, an order word for a verb, advice that lasts, a pronoun: no option.
		['Step five is the roof.', undefined],
		['Begin with the base.', undefined],
		['Finally, keep the box clean.', undefined],
		['Next, wipe off the excess.', undefined],
		['Then paint it.', undefined],
		['Next, sanding matters more than speed.', undefined]
	])('%s → %s', (sentence, option) => {
		expect(proseCommand(sentence)).toBe(option);
	});

	it('takes the steps in the order told, the advice and the list beside them unnumbered', () => {
		const norm = normalizeText(BIRDHOUSE);
		const run = proseStepRun(norm, parseText(norm).sentences);
		expect(run.map((s) => [s.number, s.option])).toEqual([
			[1, 'Mark the six panels on the plank'],
			[2, 'Cut out the panels'],
			[3, 'Drill the entrance hole in the front panel'],
			[4, 'Glue the side panels to the base'],
			[5, 'Fix the roof with two short screws'],
			[6, 'Wear gloves while you handle the box'],
			[7, 'Hang the box on a tree trunk facing away from the midday sun']
		]);
	});

	it('asks which step comes first or last of four adjacent steps, the key the end of those told', () => {
		const norm = normalizeText(BIRDHOUSE);
		const numberOf = new Map(
			proseStepRun(norm, parseText(norm).sentences).map((s) => [s.option, s.number])
		);
		for (const seed of [1, 2, 3, 4]) {
			const q = generateQuiz(BIRDHOUSE, { count: 10, seed, kinds: ['sequence'] }).questions[0];
			expect(q?.stem).toMatch(/^Which of these steps comes (first|last) in the guide\?$/);
			const numbers = (q?.options ?? []).map((o) => numberOf.get(o) ?? NaN);
			const key = numbers[q?.answerIndex ?? 0];
			const first = q?.stem.endsWith('first in the guide?');
			expect(key).toBe(first ? Math.min(...numbers) : Math.max(...numbers));
			// k13: never the guide's own first or last step against steps far from it.
			expect(Math.max(...numbers) - Math.min(...numbers)).toBeLessThanOrEqual(4);
			expect([1, 7]).not.toContain(key);
		}
	});

	it('asks nothing of a text that is no how-to, nor of one without order words', () => {
		const story = BIRDHOUSE.replace('How to Build a Simple Birdhouse', 'A Birdhouse');
		const plain = BIRDHOUSE.replace(
			/Step (one|two) is to (\w)|Next, (\w)|Then (\w)|Finally, (\w)/g,
			(m) =>
				m
					.replace(/^(Step \w+ is to |Next, |Then |Finally, )/, '')
					.toUpperCase()
					.slice(0, 1)
		);
		for (const text of [story, plain])
			expect(generateQuiz(text, { count: 10, seed: 1, kinds: ['sequence'] }).questions).toEqual([]);
	});
});

describe('no order common sense gives away', () => {
	it.each([
		['last', 'Marta Vell died in Lisbon', [], true],
		['first', 'Marta Vell was born in Porto', [], true],
		['last', 'The museum opened', ['Marta Vell was born in Porto'], true],
		['first', 'The museum opened', ['Marta Vell died in Lisbon'], true],
		['first', 'Marta Vell died in Lisbon', ['The museum opened'], false],
		['last', 'The museum opened', ['Marta Vell died in Lisbon'], false],
		// A founding is a body's birth (k15).
		['first', 'Dock workers founded the club as Tern Rovers', [], true],
		['first', 'The Kelmor Trust was founded by two sisters', [], true],
		['last', 'The club moved to Ferris Park', ['Dock workers founded the club'], true],
		['first', 'The club moved to Ferris Park', ['Dock workers founded the club'], false],
		// And a person's parents' marriage comes before their life.
		['last', 'Holm opened a workshop', ["Holm's parents married"], true]
	] as const)('%s: key "%s", wrong %j → refused %s', (end, key, wrong, refused) => {
		expect(!!lifeEndProblem(end, key, wrong)).toBe(refused);
	});

	it.each([
		[2018, [1565, 1568, 1798], true],
		[1843, [1850, 1946, 1979], false],
		[2018, [1980, 1565, 1568], false],
		[1905, [1899, 1760, 1750], false],
		[1923, [1812, 1834, 1851], false]
	])('key of %i among %j alone in its era: %s', (key, wrong, alone) => {
		expect(!!loneEra(key, wrong)).toBe(alone);
	});
});

describe('each option one self-contained event', () => {
	const clause = (subject: string, verb: string, rest: string): EventClause => ({
		subject,
		verb,
		rest,
		text: `${subject} ${verb} ${rest}`.trim()
	});
	it.each([
		[clause('Epidemics of cholera', 'struck', 'the port'), /bare plural/],
		[clause('Dockers', 'walked', 'off the job'), /bare plural/],
		[clause('Ibsen', 'worked', 'at the theatre founded there by Bull'), /pronoun/],
		[clause('The Harbour Board', 'built', 'a new pier'), undefined],
		[clause('Athens', 'hosted', 'the games'), undefined]
	])('%j', (c, problem) => {
		const found = clauseProblem(c);
		if (problem) expect(found).toMatch(problem);
		else expect(found).toBeUndefined();
	});
});
