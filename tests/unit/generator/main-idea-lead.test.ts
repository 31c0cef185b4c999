// Main-idea items keyed by the sentence that restates a headline (main-idea-lead.ts), none of a
// story, and phrase keys that are whole. The articles here are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { storyLike } from '../../../src/lib/generator/stages/4-questions/main-idea-lead';

const mainIdea = (text: string) =>
	generateQuiz(text, { count: 10, seed: 2, kinds: ['main-idea'] }).questions.filter(
		(q) => q.kind === 'main-idea'
	);

/** News under a headline: its first sentence tells the event the headline names. */
const BRIDGE = `River Bridge Reopens to Traffic After Two Years of Repairs

The old bridge over the river Lune reopened to cars and buses on Monday after two years of repairs. The work cost the county nine million pounds.

Engineers closed the bridge two years ago when divers found that the Lune had washed away the gravel under two of its stone piers. Drivers had to take a detour of eleven miles through Kirkby and Caton while the work went on, adding half an hour to many journeys.

Workers built steel frames around the damaged piers and filled the gaps beneath them with concrete. A crane on a floating barge lifted the frames into place during the low water of two summers.

Shop owners in Lunesdale said the closure had cost them many of their customers. The owner of a bakery near the bridge said that her sales fell by a third in the first winter and never fully came back.

The county also widened the footpath on the bridge over the Lune and added a lane for bicycles. Cyclists had asked for the lane for years, and a local cycling club rode across it in a group on the first morning.

The bridge was first built in 1790 to carry wool and leather from the tannery to the busy Saturday market at Lancaster on the far bank. The tannery closed in 1931, but the bridge kept its name.

Buses on the route between Kirkby and Lancaster will return to their old timetable next week. The bus company says the journey will be twenty minutes shorter than it was during the detour.

The council says that the repaired piers should last for at least another century, and that divers will inspect them every five years.
`;

/** A story: people speak, and no one sentence says what happens in it. */
const STORY = `The Kite

Mira found the kite in the shed behind her grandmother's house, wrapped in a sheet of newspaper. Its paper was yellow, and one of its sticks was cracked.

"Can it still fly?" she asked.

"Only one way to find out," said Gran, and she fetched a roll of tape from the kitchen drawer.

They mended the stick together at the kitchen table. Gran showed her how to tie the string to the frame so that the kite would lean into the wind.

"Your grandfather made that kite," Gran said quietly. "He flew it on the hill every spring."

The wind on the hill was cold and strong. Mira ran down the slope with the string in her hand, and the kite jumped, wobbled and then climbed until it was a small yellow square against the clouds.

"He would have liked this," said Gran, and she held Mira's hand while the kite pulled at the string above them.

They stayed on the hill all afternoon. Mira let the string out until the reel was nearly empty, and Gran told her about the spring when the kite had flown so high that her grandfather lost sight of it and had to follow the string down into the next field.

"Did he find it?" Mira asked.

"He found it in a hedge," said Gran, laughing, "with a very surprised sheep standing next to it."

When the light began to fade, they wound the string back onto its stick, and Mira carried the kite home under her arm as if it were made of glass.
`;

describe('main-idea items keyed by a headline', () => {
	// A wrong sentence is one of a paragraph's first two, its topic or first point: a detail from
	// deep inside a paragraph is one no reader takes for the gist (reviews k3, k4). The key is
	// never the longest option (review k11).
	it('keys the lead of news among its paragraphs’ first sentences', () => {
		const [q] = mainIdea(BRIDGE);
		const key = q?.options[q.answerIndex] ?? '';
		expect(key).toMatch(/^The old bridge over the river Lune reopened/);
		expect(q?.options.some((o) => o !== key && o.length > key.length)).toBe(true);
	});

	it('asks nothing of a story', () => {
		expect(storyLike(STORY)).toBe(true);
		expect(mainIdea(STORY)).toHaveLength(0);
	});

	it.each([
		['news that quotes people', BRIDGE],
		['a text with no dialogue', BRIDGE.replace(/"/g, '')]
	])('reads %s as no story', (_, text) => {
		expect(storyLike(text)).toBe(false);
	});
});

/** An article whose definition runs on past the noun phrase a key could be cut to. */
const NEWT = `The Dunmore newt

The Dunmore newt is a small salamander native to the cold lakes of the Dunmore valley, where it spends its whole life in the water. Unlike most newts, it never leaves the water to live on land, even as an adult.

The newt keeps the feathery gills it had as a larva for the whole of its life. Scientists call this neoteny, and they think the cold and the lack of food in the lakes favoured it.

The newt can also grow back a lost leg, its tail and even parts of its eye. Laboratories around the world keep newts so that they can study how the new tissue forms.

In the wild the newt is now rare. Farms on the valley floor drain water from the lakes, and trout put into the lakes for anglers eat the young newts.

A group of volunteers from Dunmore counts the newts every spring. Their counts show that fewer newts live in the lakes now than twenty years ago, and the group has asked the council to protect the shallow bays where the newts breed.

Visitors to the valley can see the newts at a small visitor centre beside the largest lake. The centre keeps a tank of newts rescued from drained ponds, and children can watch them feed through the glass.

The newt is also a popular pet, and breeders sell thousands of them each year. Pet newts are usually pink or white, while wild newts are a dark olive green.
`;

describe('whole phrase keys', () => {
	it('takes no key cut before the words that finish it', () => {
		const options = mainIdea(NEWT).flatMap((q) => q.options);
		expect(options.some((o) => /native to the (cold )?lakes$/.test(o))).toBe(false);
	});

	it('keys no opening definition: "The Dunmore newt is a small salamander …" states no point', () => {
		const keys = mainIdea(NEWT).map((q) => q.options[q.answerIndex]);
		expect(keys.some((k) => /^The Dunmore newt is a\b/.test(k ?? ''))).toBe(false);
	});
});
