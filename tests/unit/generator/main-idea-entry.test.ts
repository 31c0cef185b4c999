// Main-idea items of encyclopedia entries ("The marsh wren", "Tide mills"): "An overview of …" as
// key beside the many kinds of its class (too broad) and two parts of it one paragraph tells of (too
// narrow), so the key is neither the only general option nor the options' shared core. The articles
// here are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import {
	classOf,
	definedSubject,
	entryCandidates,
	entryName,
	paragraphAspects,
	plural,
	wholeTopic
} from '../../../src/lib/generator/stages/4-questions/main-idea-entry';
import { keyIsSharedCore } from '../../../src/lib/generator/stages/4-questions/main-idea-form';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { buildEntities } from '../../../src/lib/generator/stages/3-facts/entities';

/** Six paragraphs on one bird: its looks, its food, its nests, its song, its numbers. */
const WREN = `Marsh Wren

The marsh wren is a small, brown songbird that lives in reed beds across much of North America. The marsh wren is rarely seen for long, because it keeps low among the stems, but it is heard all summer.

The marsh wren has a short tail that it often holds upright. Its back is streaked with black and white, and a pale stripe runs above each eye. Males and females look alike, though males are a little larger.

The diet of the marsh wren is made up mostly of insects. It picks beetles, flies and spiders from the reeds, and in autumn it will take small snails. The diet changes little from one marsh to the next.

Each male marsh wren weaves several round nests from wet reeds and grass. The female chooses one of the nests and lines it with feathers and soft plant down. The other nests may serve as decoys that keep the eggs safe from predators.

The song of the marsh wren is a fast, gurgling rattle. A single male may know more than a hundred song types, and males in the east sing fewer types than those in the west.

The marsh wren is still common, but its marshes are shrinking as wetlands are drained for farms and houses. Where the reed beds are kept, the marsh wren returns to them every spring. Bird clubs count the birds along a few rivers each June, and their counts have held steady for twenty years.

Young marsh wrens leave the nest about two weeks after they hatch. For a few days they stay close to it and beg loudly whenever a parent comes near. By the end of the summer they have scattered to other reed beds nearby.
`;

/** A text told to its reader, a guide: no entry, though it names its subject throughout. */
const GUIDE = WREN.replace(
	/The marsh wren is a small/,
	'You will find that the marsh wren is a small'
)
	.replace(/It picks/, 'You will see it pick')
	.replace(/A single male/, 'Your ears will tell you that a single male');

const parsed = (text: string) => {
	const norm = normalizeText(text, { markup: 'strip' });
	const p = parseText(norm);
	return { norm, sentences: p.sentences, index: buildEntities(p.mentions, p.sentences) };
};

describe('the class an entry puts its subject in', () => {
	it.each([
		[
			'Tuberculosis is an infectious disease usually caused by bacteria.',
			'Tuberculosis',
			'infectious diseases'
		],
		['Neptune is the eighth and farthest known planet from the Sun.', 'Neptune', 'planets'],
		[
			'The kakapo is a large, flightless, nocturnal parrot found only in New Zealand.',
			'The kakapo',
			'nocturnal parrots'
		],
		[
			'A tin can, also called a tin, is a sealed metal container used to keep food.',
			'A tin can',
			'metal containers'
		],
		[
			'The Cubs are an American professional baseball team based in Chicago.',
			'The Cubs',
			'baseball teams'
		],
		[
			'Mantis shrimps are marine crustaceans of the order Stomatopoda.',
			'Mantis shrimps',
			'marine crustaceans'
		],
		// A class that is no kind ("a type of …", "the last division of …") or an adjective: none.
		['Gymnastics is a type of sport that needs balance.', 'Gymnastics', undefined],
		[
			'The Heian period is the last division of classical Japanese history.',
			'The Heian period',
			undefined
		],
		['The gull is a large, white and grey bird.', 'The gull', undefined]
	])('%s', (sentence, subject, kind) => {
		expect(
			classOf(
				sentence.slice(sentence.indexOf(subject.replace(/^(The|A) /, ''))),
				subject.replace(/^(The|A) /, '')
			)
		).toBe(kind);
	});

	it.each([
		['city', 'cities'],
		['box', 'boxes'],
		['species', 'species'],
		['device', 'devices']
	])('%s in the plural is %s', (noun, many) => expect(plural(noun)).toBe(many));

	it.each([
		['Laki Eruption of 1783', 'Laki Eruption'],
		['1755 Lisbon Earthquake', 'Lisbon Earthquake'],
		['Queen (band)', 'Queen']
	])('the subject of the title "%s" is "%s"', (title, name) => expect(entryName(title)).toBe(name));
});

describe("an entry's subject and the parts one paragraph tells of", () => {
	it('names the subject as the body writes it, with its article', () => {
		const { norm, sentences } = parsed(WREN);
		const d = definedSubject(sentences, norm.text, norm.title ?? '');
		expect(d?.name).toBe('the marsh wren');
		expect(d?.kind).toBe('songbirds');
	});

	it("offers the parts of a bird's life a single paragraph gives itself to, not its thread", () => {
		const { sentences } = parsed(WREN);
		const parts = paragraphAspects(sentences, 'the marsh wren', 'songbirds').map((w) => w.text);
		expect(parts).toContain('The diet of the marsh wren');
		expect(parts).toContain('The song of the marsh wren');
		// Its tail and its streaked back are its looks, not "The tail of the marsh wren".
		expect(parts).toContain('The appearance of the marsh wren');
		expect(parts).not.toContain('The tail of the marsh wren');
		// No part of a bird under a class that is not an animal's: a disease has no nests.
		expect(paragraphAspects(sentences, 'the marsh wren', 'infectious diseases')).toEqual([]);
	});

	it.each([
		['The trade between India', 'The trade between India and Tibet grew.', false],
		['A state of decline', 'The town fell into a state of decline.', false],
		[
			'The animals into the old town',
			'Herders drove the animals into the old town at night.',
			false
		],
		['The Baedeker raids', 'The Baedeker raids burned the old town in 1942.', true]
	])('"%s" is a whole topic: %s', (topic, text, whole) =>
		expect(wholeTopic(topic, text)).toBe(whole)
	);
});

describe('the main-idea item of an entry', () => {
	it('keys an overview of the subject beside a wider class and two of its parts', () => {
		const { norm, sentences, index } = parsed(WREN);
		const [c, ...more] = entryCandidates(norm, sentences, index);
		expect(more).toHaveLength(0);
		expect(c?.answer).toBe('An overview of the marsh wren');
		expect(c?.distractors).toContain('The many kinds of songbirds');
		expect(c?.distractors.filter((d) => d.endsWith('of the marsh wren'))).toHaveLength(2);
		// The key is not where the options overlap (reviews k5 to k8).
		expect(keyIsSharedCore([c?.answer ?? '', ...(c?.distractors ?? [])])).toBe(false);
	});

	it('passes every check of the quiz', () => {
		const qs = generateQuiz(WREN, { count: 10, seed: 2, kinds: ['main-idea'] }).questions;
		expect(qs.map((q) => q.options[q.answerIndex])).toEqual(['An overview of the marsh wren']);
	});

	it('asks nothing of a text that speaks to its reader', () => {
		const { norm, sentences, index } = parsed(GUIDE);
		expect(entryCandidates(norm, sentences, index)).toEqual([]);
	});
});
