// Not-stated items of lists whose items share only a broad kind ("artifact", "structure") that the
// sentence's own frame carries: "the galleries display paintings, sculptures and maps" are all made
// things. They are asked only in the frame, their key a near sister of a listed item. Also the
// frames this widening reads: a possessive subject, words after the list left out, a clause that
// ends on a noun's preposition. The articles are made up for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import {
	kindOfItem,
	variantOf
} from '../../../src/lib/generator/stages/4-questions/not-stated-wordnet';
import { recalling } from './not-stated-point-fixture';

const lexicon = wordNet();

/** A made-up harbour town: the sentence under test between plain ones. */
const article = (sentence: string) =>
	[
		'A New Season in Kelby',
		'',
		`Kelby is a small harbour town on the north coast. ${sentence} The town council meets once a month in the old square.`,
		'',
		'Most visitors arrive by the coast road in the summer. Ferries leave twice a day for the islands.',
		'',
		recalling(sentence)
	].join('\n');

const notStated = (text: string) =>
	validCandidates(text, { kinds: ['not-stated'], lexicon }).candidates.filter(
		(c) => c.kind === 'not-stated'
	);

describe('not-stated lists the frame carries', () => {
	it.each([
		// A possessive subject is named with "the"; "from the region" is of the last item, left out;
		// "old fishing boats" is read by its noun; the key is a sister of a listed item.
		{
			sentence:
				'Its new museum has three galleries. Its galleries display paintings, sculptures, maps and old fishing boats from the region.',
			stem: 'Which of these does the article NOT say the galleries display?',
			listed: ['paintings', 'sculptures', 'maps']
		},
		// A clause ending on a noun's preposition ("damage to") names the list.
		{
			sentence: 'After the storm, farmers reported damage to barns, fences and greenhouses.',
			stem: 'Which of these does the article NOT say farmers reported damage to?',
			listed: ['barns', 'fences', 'greenhouses']
		},
		// A relative clause after the list is left out of the stem.
		{
			sentence:
				'Beginners often grow tomatoes, beans, lettuce and carrots, which need little care.',
			stem: 'Which of these does the article NOT say beginners often grow?',
			listed: ['tomatoes', 'beans', 'lettuce']
		}
	])('asks of "$sentence"', ({ sentence, stem, listed }) => {
		const text = article(sentence);
		const [c] = notStated(text);
		expect(c?.stem).toBe(stem);
		expect([...(c?.distractors ?? [])].sort()).toEqual([...listed].sort());
		// The key is in no form in the list's sentence, and never named by the article.
		expect(sentence.toLowerCase()).not.toContain(c?.answer.replace(/s$/, '').toLowerCase());
	});

	it.each([
		// A broad kind is never named alone: no "Which of these artifacts …?" for a list with no frame.
		'Paintings, sculptures and maps fill the galleries of the museum.',
		// A negation or comparison after the list turns what the verb says: never left out.
		'The shop sells bread, eggs and butter but not cheese.',
		// A clause on a participle ("the others being") has no tense to ask in.
		'Kelby is one of four ports, the others being Leeds, York and Hull, with a ferry.'
	])('asks nothing of "%s"', (sentence) => {
		const stems = notStated(article(sentence)).map((c) => c.stem);
		expect(
			stems.filter((st) => /artifacts|NOT mention|NOT say the shop sells\?| being\?/.test(st))
		).toEqual([]);
	});
});

describe('frame keys', () => {
	it.each([
		// "picture" is a word of a sense of "painting"; "lane" is defined as a road.
		['picture', ['painting', 'sculpture', 'map'], true],
		['lane', ['road', 'railway', 'footpath'], true],
		['photograph', ['painting', 'sculpture', 'map'], false]
	])('variantOf(%s, %j) is %s', (word, items, expected) => {
		expect(variantOf(word, items, lexicon)).toBe(expected);
	});

	it.each([
		// "flower" is a kind "sunflower" is of: every sunflower planted is a flower planted.
		['flower', ['lavender', 'clover', 'sunflower'], true],
		['grass', ['lavender', 'clover', 'sunflower'], false]
	])('kindOfItem(%s, %j) is %s', (lemma, items, expected) => {
		expect(kindOfItem(lemma, items, lexicon)).toBe(expected);
	});
});
