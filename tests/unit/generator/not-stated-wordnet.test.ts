// Not-stated items of lists no lexicon set holds, read with a sense dictionary: "autumn, winter and
// spring" are all seasons, so the season the article names elsewhere ("summer") is the key. The
// articles are made up for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import {
	nounLemma,
	sharedKind
} from '../../../src/lib/generator/stages/4-questions/not-stated-wordnet';

const lexicon = wordNet();

/** A made-up village: a list sentence between plain ones, and a last paragraph naming `other`. */
const article = (sentence: string, other: string) =>
	[
		'A Year in Brackwater',
		'',
		`Brackwater is a small village on the edge of the moor, an hour from the nearest town. ${sentence} Most families there have kept sheep for many generations.`,
		'',
		`${other} The village hall is the only public building, and it also serves as the school on weekdays.`
	].join('\n');

const notStated = (text: string) =>
	validCandidates(text, { kinds: ['not-stated'], lexicon }).candidates.filter(
		(c) => c.kind === 'not-stated'
	);

describe('dictionary sets', () => {
	it('asks a list of one kind, keyed by one of its kind the article names elsewhere', () => {
		const text = article(
			'The high pastures are grazed in autumn, winter and spring.',
			'In summer the whole valley gathers for a fair on the green.'
		);
		const [c] = notStated(text);
		expect(c?.stem).toBe(
			'Which of these does the article NOT say the high pastures are grazed in?'
		);
		expect(c?.answer).toBe('summer');
		expect(c?.distractors).toEqual(['autumn', 'winter', 'spring']);
		expect(c?.explanation).toContain('names "summer" elsewhere');
	});

	it('asks nothing when the article names no other of the kind', () => {
		const text = article(
			'The shepherds move their flocks to the high pastures in autumn, winter and spring.',
			'Once a year the whole valley gathers for a fair on the green.'
		);
		expect(notStated(text)).toEqual([]);
	});

	it('asks nothing without a dictionary', () => {
		const text = article(
			'The shepherds move their flocks to the high pastures in autumn, winter and spring.',
			'In summer the whole valley gathers for a fair on the green.'
		);
		const plain = validCandidates(text, { kinds: ['not-stated'] }).candidates;
		expect(plain.filter((c) => c.kind === 'not-stated')).toEqual([]);
	});

	it.each([
		[['autumn', 'winter', 'spring'], 'season'],
		[['autocracy', 'dictatorship', 'oligarchy'], 'political system'],
		// "man, woman and child" are all persons: too broad a kind to ask.
		[['man', 'woman', 'child'], undefined]
	])('%j share the kind %s', (lemmas, kind) => {
		expect(sharedKind(lemmas, lexicon)?.word).toBe(kind);
	});

	it('reads a plural as its singular', () => {
		expect(nounLemma('weeds', lexicon)).toBe('weed');
		expect(nounLemma('berries', lexicon)).toBe('berry');
	});
});
