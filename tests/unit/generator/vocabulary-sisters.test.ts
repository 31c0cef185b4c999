// Vocabulary wrong options a reader who does not know the word might choose (reviews k7, k8):
// sister terms of the key's sense ("shook" among other motions; other feelings beside
// "amazement"), never words lifted from the article, never a near synonym of the key, and no
// key read in another frame than the word's ("enrolled at a college" is no "recruited").
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';

const lexicon = wordNet();
const itemFor = (text: string, word: string) =>
	validCandidates(text, { kinds: ['vocabulary'], lexicon }).candidates.find(
		(c) => c.kind === 'vocabulary' && c.word?.text === word
	);

/** A short article of the writer's own around one sentence. */
const article = (sentence: string) =>
	[
		'A Winter Evening',
		'',
		'The village hall was full on the night of the concert, and snow was falling outside.',
		'',
		sentence,
		'',
		'Afterwards the families walked home together along the frozen lane.'
	].join('\n');

describe('sister terms as wrong options', () => {
	it.each([
		[
			'other motions for a verb of motion',
			"In the front row a small girl trembled and held her brother's hand.",
			'trembled',
			'shook'
		],
		[
			'other acts for a verb of doing',
			'Later, people said the organisers had perpetrated a serious wrong by keeping the doors locked.',
			'perpetrated',
			'committed'
		]
	])('offers %s', (_, sentence, word, key) => {
		const c = itemFor(article(sentence), word)!;
		expect(c).toBeDefined();
		expect(c.answer).toBe(key);
		expect(c.word!.distractorSources).toEqual(['sister', 'sister', 'sister']);
		for (const d of c.distractors) {
			// Never a word of the article, never a word of the key's own sense.
			expect(article(sentence).toLowerCase()).not.toMatch(new RegExp(`\\b${d}\\b`));
			expect(c.word!.key.words).not.toContain(d);
		}
	});

	it('offers other feelings for a feeling, none a shade of the key (review k8 P7-Q3)', () => {
		const sentence =
			'The audience watched in astonishment as the old pianist played the whole piece from memory.';
		const c = itemFor(article(sentence), 'astonishment');
		// When an item is made, its wrong options are feelings apart from surprise: no "wonder".
		if (!c) return expect(c).toBeUndefined();
		expect(c.answer).toBe('amazement');
		for (const d of c.distractors) expect(['wonder', 'surprise', 'shock']).not.toContain(d);
	});

	it('keys no verb read in another frame: "enrolled at a college" is no "recruited"', () => {
		const c = itemFor(
			article('In 1931 she enrolled at a college in the city and studied chemistry at night.'),
			'enrolled'
		);
		expect(c?.answer).not.toBe('recruited');
	});
});
