// Links of cause and effect told by an act someone was made to do ("forced the farmers to leave"),
// by a passive ("was caused by") or by "forced" with an event for object: read for effect items
// only (`statedLinks`), so the default quiz's "why" pools are unchanged. Sentences made up here.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { causeLinks } from '../../../src/lib/generator/stages/3-facts/links';
import { pastOf, statedLinks } from '../../../src/lib/generator/stages/3-facts/act-links';
import { validCandidates } from '../../../src/lib/generator/index';

const sentencesOf = (text: string) =>
	parseText(normalizeText(`Notes\n\n${text} The town grew.`)).sentences;
const linksOf = (text: string) =>
	statedLinks(sentencesOf(text)).map((l) => [l.cause, l.effect, l.causeForm, l.effectForm]);

describe('links told by an act, a passive or "forced"', () => {
	it.each([
		// madeActLink: an event opens the sentence, the act after "to" is put in the past.
		[
			'The long drought forced thousands of farmers to leave their land.',
			['the long drought', 'Thousands of farmers left their land', 'phrase', 'clause']
		],
		[
			'A violent storm caused a crane to fall into the harbour.',
			['a violent storm', 'A crane fell into the harbour', 'phrase', 'clause']
		],
		[
			'The collapse of the wool trade prompted the owners to sell the mill.',
			['the collapse of the wool trade', 'The owners sold the mill', 'phrase', 'clause']
		],
		// makingLink: a clause, then after a comma the act it made someone do.
		[
			'The river flooded the lower town in March, forcing the council to close the market.',
			[
				'the river flooded the lower town in March',
				'The council closed the market',
				'clause',
				'clause'
			]
		],
		// itLink: "it" stands for the event the sentence before opens on.
		[
			'The collapse of the wool trade ruined many families. It led to the closure of the north mill.',
			['the collapse of the wool trade', 'The closure of the north mill', 'phrase', 'phrase']
		],
		// meantLink: a clause, then after ", which meant that" what came of it.
		[
			'The bridge was closed for a whole year, which meant that the farmers drove to the ferry.',
			[
				'the bridge was closed for a whole year',
				'The farmers drove to the ferry',
				'clause',
				'clause'
			]
		],
		// passiveLink: what was brought about opens the sentence, its cause follows "by".
		[
			'The fire was caused by a faulty heater in the kitchen.',
			['a faulty heater in the kitchen', 'The fire', 'phrase', 'phrase']
		],
		// forcedEventLink: "forced" with an event for its object; the route of the move is cut off
		// (routeCut), or the key would stand out by its length.
		[
			'The eruption of the volcano forced the evacuation of the island to England.',
			['the eruption of the volcano', 'the evacuation of the island', 'phrase', 'phrase']
		]
	])('finds the cause and the effect in "%s"', (text, link) => {
		expect(linksOf(text)).toEqual([link]);
	});

	it.each([
		// An agent is no event: "What happened as a result of the Spanish?" asks nothing.
		['The Spanish forced the Portuguese to abandon the fort.'],
		// Hedged or denied.
		['The long drought may have forced the farmers to leave the valley.'],
		['The long drought never forced the farmers to leave the valley.'],
		// The doer points back: "They left …" names no one.
		['The long drought forced them to leave the valley.'],
		// "to be" makes no act to put in the past.
		['The long drought forced the mill to be closed for a year.'],
		// The act points back to another sentence.
		['The long drought forced the farmers to sell it.'],
		// "It" after a sentence that opens on no event names nothing.
		['The old miller ruined many families. It led to the closure of the north mill.'],
		// "which meant" of a word's sense is no result.
		['The town was called Harrow, which meant a heathen temple.'],
		// The passive's subject is no event.
		['The farmer was prompted by the drought in the valley.'],
		// "forced" with no event for object.
		['The flood forced the gates of the old mill.']
	])('finds no link in "%s"', (text) => {
		expect(linksOf(text)).toEqual([]);
	});

	it('adds nothing where causeLinks already found a link, and keeps its links', () => {
		const text = 'The long drought led to a sharp rise in grain prices.';
		expect(statedLinks(sentencesOf(text))).toEqual(causeLinks(sentencesOf(text)));
	});

	it.each([
		['flee', 'fled'],
		['sell', 'sold'],
		['close', 'closed'],
		['submit', 'submitted']
	])('puts "%s" in the past as "%s"', (verb, past) => {
		expect(pastOf(verb)).toBe(past);
	});
});

describe('effect items from an act someone was made to do', () => {
	const VALLEY = [
		'The Valley Mills',
		'',
		'The long drought of 1921 forced the hill farmers to leave the valley. The harvest failed in the same year.',
		'',
		'The first mill opened on the river in 1820. The mill owners built a school for the weavers in 1850. The valley railway reached the mills in 1862.',
		'',
		'A new bridge was built over the river in 1900. The old chapel burned down in the great fire of 1910.',
		'',
		'The weavers went on strike for higher pay in 1911. The county council opened a hospital in the town in 1925. The last mill closed its doors in 1968.'
	].join('\n');

	it('asks what happened as a result of the event, keyed by the act in the past', () => {
		const item = validCandidates(VALLEY, { kinds: ['effect'] }).candidates.find((c) =>
			c.stem.includes('drought')
		);
		expect(item?.stem).toBe('What happened as a result of the long drought of 1921?');
		expect(item?.answer).toBe('The hill farmers left the valley');
		expect(item?.distractors).toHaveLength(3);
	});
});
