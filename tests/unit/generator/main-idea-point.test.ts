// Main-idea items of a life in statements (main-idea-point.ts) and the named checks that refuse the
// phrase forms reviewers kept editing: the umbrella key, the guide's key that is its title. The
// articles and options here are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import {
	MAIN_IDEA_POINT_STEM,
	pointOfLife,
	standsAlone
} from '../../../src/lib/generator/stages/4-questions/main-idea-point';
import { umbrellaOf } from '../../../src/lib/generator/stages/4-questions/main-idea-checks';

/** A made-up life: the lead says what she is known for, four later paragraphs one part each. */
const LIFE = `Marta Kellerby

Marta Anna Kellerby (3 March 1851 - 9 May 1919) was a Danish weaver and chemist whose experiments with plant dyes gave the textile mills of the north their first colours that did not fade. Her recipes were copied across Europe, although she never sold a single one of them.

Kellerby was born in the fishing village of Hvalsund, the third child of a boat builder and a lace maker. She learned to weave from her mother and to keep accounts from her father, and she left school at fourteen to work at the loom.

In 1874 Kellerby moved to Copenhagen to study chemistry at evening classes for working women. She rented a small room above a bakery and kept her dye pots on the windowsill, where the neighbours complained about the smell of boiling bark.

Kellerby tested more than four hundred plants over the next twenty years, from onion skins to lichens gathered on the coast. She wrote every result in green notebooks, which her niece later gave to the city museum. Some of the recipes needed a whole summer of gathering for a single bolt of cloth.

In 1890 Kellerby opened a dye works in Aarhus with two partners from the weaving trade. The works employed forty women at its height, and it paid them the same wages as the men of the mills.

Kellerby died at her home in Aarhus in the spring of 1919, and the dye works closed two years later. Her notebooks are still read by weavers who want colours that last, and a street near the old works carries her name.
`;

const mainIdea = (text: string) =>
	generateQuiz(text, { count: 10, seed: 3, kinds: ['main-idea'] }).questions.filter(
		(q) => q.kind === 'main-idea'
	);

/** The verbs of the leads below, as the tagger marks them in an article. */
const isVerb = (w: string) =>
	/^(set|designed|lifted|forged|held|changed|founded|mapped|surveyed)$/.test(w);

describe('pointOfLife: what the lead says the person is known for, as a statement', () => {
	it.each([
		[
			'Anna Berg (1801 - 1870) was a Swedish botanist whose drawings of mosses set the standard for a century.',
			'Berg',
			"Berg's drawings of mosses set the standard for a century."
		],
		[
			'Tom Reyes (1920 - 1990) was an American engineer who designed the first folding bridge for river barges, a span that lifted in two minutes.',
			'Reyes',
			'Reyes designed the first folding bridge for river barges.'
		],
		// An aside inside the clause goes; the clause goes on to its verb.
		[
			'Rosa Fell (1880 - 1950) was a British botanist whose studies of flax, or linseed, changed how growers chose their seed.',
			'Fell',
			"Fell's studies of flax changed how growers chose their seed."
		],
		// Too short to stand beside sentence options on its own: the apposition stays.
		[
			'Lars Moen (1700 - 1770) was a Danish smith who forged the anchor, a piece that held the royal ship in every storm.',
			'Moen',
			'Moen forged the anchor, a piece that held the royal ship in every storm.'
		]
	])('%s', (lead, surname, point) => {
		expect(pointOfLife(lead, surname, isVerb)).toBe(point);
	});

	it.each([
		// The clause is another person's: the son of someone who did it.
		[
			'Karl Weber (1850 - 1911) was the son of Johann Weber, who founded the first glassworks of the valley.',
			'Weber'
		],
		// What she is known for: those words mark the key unread.
		[
			'Ida Holm (1890 - 1960) was a Norwegian geologist, best known for mapping the glaciers of the western fjords.',
			'Holm'
		],
		// The clause cut before its verb: no statement.
		[
			'Rosa Fell (1880 - 1950) was a British botanist whose studies of flax, or linseed, in the north.',
			'Fell'
		],
		// No clause of what the person did: a description only.
		['Eva Lind (1900 - 1980) was a Finnish painter and teacher.', 'Lind']
	])('none for %s', (lead, surname) => {
		expect(pointOfLife(lead, surname, isVerb)).toBeUndefined();
	});
});

describe('the life item in statements', () => {
	it("states the life's point against true but narrow sentences of the article", () => {
		const [q] = mainIdea(LIFE);
		expect(q?.stem).toBe(MAIN_IDEA_POINT_STEM);
		const key = q?.options[q.answerIndex] ?? '';
		expect(key).toBe(
			"Kellerby's experiments with plant dyes gave the textile mills of the north their first colours that did not fade."
		);
		// The key does not repeat the title, and no option is a topic phrase ("The life and work of …").
		expect(key).not.toContain('Marta');
		for (const o of q?.options ?? []) {
			expect(o).toContain('Kellerby');
			expect(o).not.toMatch(/^The (life|early life|last years)/);
		}
	});
});

describe('standsAlone: a sentence of the life that reads whole as a wrong option', () => {
	it.each([
		['In 1874 Kellerby moved to Copenhagen to study chemistry.', true],
		['Kellerby was born in the fishing village of Hvalsund.', true],
		// A thing or a person it does not name comes first.
		['In 1736 it was tested on a voyage to Lisbon and back by Kellerby.', false],
		['In 1937 she married Thomas Kellerby, a historian of Africa.', false],
		// A step or a time told from the sentence before.
		['Kellerby then spent eight years on one dye.', false],
		['Kellerby died two weeks later in Aarhus.', false]
	])('%s', (text, whole) => {
		expect(standsAlone(text, 'Kellerby')).toBe(whole);
	});
});

describe('umbrellaOf: a phrase key that is the whole of another option', () => {
	it.each([
		[
			'The history and present of Tarnow',
			['The early history of Tarnow', 'The history of Poland', 'The river trade'],
			'The early history of Tarnow'
		],
		[
			'The life and work of Ada Quill',
			['The last years of Ada Quill', 'The history of printing', 'The paper mill'],
			'The last years of Ada Quill'
		],
		[
			'An overview of the spinning wheel',
			['The many kinds of spinning wheel', 'Wool', 'Flax'],
			'The many kinds of spinning wheel'
		],
		// Options of another subject: no part of the key.
		[
			'The life and work of Ada Quill',
			['The history of printing', 'The paper mill of Leeds', 'The art of binding books'],
			undefined
		],
		// A key of no frame names its subject only: nothing to be the whole of.
		[
			'The first crewed landing on the moon',
			['The moon', 'The first crewed landing on Mars', 'Rockets'],
			undefined
		]
	])('%s', (answer, distractors, part) => {
		expect(umbrellaOf(answer, distractors)).toBe(part);
	});
});

describe('the phrase forms reviewers kept editing are refused', () => {
	it("refuses a guide's key that is its title", () => {
		const guide = `How to Repot a Fern

Ferns outgrow their pots every two or three years, and a fern with crowded roots turns yellow at the tips. Repotting in spring gives it a season to settle before the dry air of winter.

Choose a pot one size larger than the old one, with a hole in the bottom. A pot that is much larger holds too much wet soil, and the roots can rot before they reach it.

Water the fern the day before you move it, so the root ball holds together. Tip the old pot on its side and slide the plant out, easing the roots free with your fingers.

Fill the new pot with a light mix of compost and bark, and set the fern at the same depth as before. Press the mix down gently around the roots, without packing it hard.

Keep the fern out of direct sun for two weeks after repotting, and mist its fronds each morning. New fronds that uncurl within a month show that it has settled.
`;
		const questions = mainIdea(guide);
		expect(questions.map((q) => q.options[q.answerIndex])).not.toContain('How to repot a fern');
	});
});
