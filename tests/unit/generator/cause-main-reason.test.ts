// Reasons the article gives as the main one ("largely because …") and reasons that open a sentence
// whose main clause says what could be done ("Because …, farmers could …"): both are asked, the
// adverb left out of the stem; hedged reasons ("partly because", "perhaps because", a trailing
// "because" after "could") are still not.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { reasonIn } from '../../../src/lib/generator/stages/3-facts/reason-span';
import { whyStem } from '../../../src/lib/generator/stages/4-questions/stems';

/** The cause facts of a one-sentence text, with their "why" stems. */
function causesOf(sentence: string) {
	const quiz = generateQuiz(`A short note\n\n${sentence}`, { count: 5, kinds: ['why'] });
	return quiz.facts
		.filter((f) => f.kind === 'cause')
		.map((f) => ({ reason: f.value.text, stem: tidy(whyStem(f)) }));
}

/** A stem as the question shows it: one space between words, none before the mark. */
const tidy = (stem: string | undefined) => stem?.replace(/\s+/g, ' ').replace(/ \?$/, '?');

const firstSentence = (text: string) => parseText(normalizeText(text)).sentences[0]!;

describe('reasons given as the main one', () => {
	const cases: [string, string | undefined, string][] = [
		[
			'The old mill survived the great flood largely because it stood on a ridge of granite.',
			'Why did the old mill survive the great flood?',
			'it stood on a ridge of granite'
		],
		[
			'The village school closed mainly because too few families stayed in the valley.',
			'Why did the village school close?',
			'too few families stayed in the valley'
		]
	];
	it.each(cases)('%s', (sentence, stem, reason) => {
		const found = causesOf(sentence);
		expect(found.map((f) => f.reason)).toContain(reason);
		expect(found.find((f) => f.reason === reason)?.stem).toBe(stem);
	});

	it('leaves the adverb out of the reason and out of the clause it explains', () => {
		const s = firstSentence(
			'The old mill survived largely because it stood on a ridge of granite.'
		);
		const span = reasonIn(s, 2);
		expect(span && s.tokens[span.at]?.normal).toBe('largely');
		expect(span && s.tokens[span.bodyAt]?.normal).toBe('it');
	});

	const refused = [
		// Other reasons exist: one of them might be offered as a wrong one.
		'The old mill survived the great flood partly because it stood on a ridge of granite.',
		// A hedge, not a reason the article asserts.
		'The old mill survived the great flood perhaps because it stood on a ridge of granite.',
		// After a comma the adverb may open an aside of its own.
		'The old mill survived the great flood, largely because it stood on a ridge of granite.'
	];
	it.each(refused)('asks no why of: %s', (sentence) => {
		expect(causesOf(sentence).filter((f) => f.stem)).toEqual([]);
	});
});

describe('a leading reason before what could be done', () => {
	it('asks why they could', () => {
		const found = causesOf(
			'Because every map in the atlas used one scale, pilots in different ports could compare their routes.'
		);
		expect(found.map((f) => f.stem)).toContain(
			'Why could pilots in different ports compare their routes?'
		);
	});

	const refused = [
		// A trailing reason after "could" may explain the hedge, not an event.
		'Pilots in different ports could compare their routes because every map used one scale.',
		// "might" and "may" still hedge the main clause.
		'Because every map in the atlas used one scale, pilots in different ports might compare their routes.'
	];
	it.each(refused)('asks no why of: %s', (sentence) => {
		expect(causesOf(sentence).filter((f) => f.stem)).toEqual([]);
	});
});
