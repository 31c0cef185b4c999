// Not-stated items of lists no lexicon set holds, read with a sense dictionary: "autumn, winter and
// spring" are all seasons, so the season the article names elsewhere ("summer") is the key. The
// articles are made up for these tests.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import {
	kindsOf,
	nounLemma,
	sharedKind,
	sisterTerms
} from '../../../src/lib/generator/stages/4-questions/not-stated-wordnet';
import { recalling } from './not-stated-point-fixture';

const lexicon = wordNet();

/** A made-up village: a list sentence between plain ones, and a last paragraph naming `other`. */
const article = (sentence: string, other: string) =>
	[
		'A Year in Brackwater',
		'',
		`Brackwater is a small village on the edge of the moor, an hour from the nearest town. ${sentence} Most families there have kept sheep for many generations.`,
		'',
		`${other} The village hall is the only public building, and it also serves as the school on weekdays.`,
		'',
		recalling(sentence)
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

	// With no other season named, the kind's plain sister term is the key; the list has no clause
	// to name it by ("move their flocks … in"), so the stem names the set and asks what is never
	// mentioned (it asked nothing before sister terms).
	it('keys a list by a plain sister term when the article names no other of the kind', () => {
		const text = article(
			'The shepherds move their flocks to the high pastures in autumn, winter and spring.',
			'Once a year the whole valley gathers for a fair on the green.'
		);
		const [c] = notStated(text);
		expect(c?.stem).toBe('Which of these seasons does the article NOT mention?');
		expect(c?.answer).toBe('summer');
		expect(c?.explanation).toContain('never names "summer"');
	});

	it.each([
		// A framed stem keeps its clause; the key is a sister term the article never writes.
		[
			'The orchard behind the church grows apples, pears and plums for the autumn market.',
			'Which of these does the article NOT say the orchard behind the church grows for the autumn market?',
			['peaches', 'apricots', 'cherries', 'melons', 'grapes', 'pineapples']
		],
		// "iodised salt": the last item read by its noun, a modifier before it, and offered whole.
		[
			'The village shop sells bread, eggs and iodised salt.',
			'Which of these does the article NOT say the village shop sells?',
			['flour', 'juice']
		],
		// The words after the list ("to walk …") are left out: the stem asks of the verb's list, and
		// its key may be a country the article names in another role ("A family from France …").
		[
			'Visitors come from Spain, Italy, Greece and Portugal to walk the old drove roads.',
			'Which of these does the article NOT say visitors come from?',
			['France']
		]
	])('asks %j', (sentence, stem, keys) => {
		const text = article(sentence, 'A family from France opened the bakery last year.');
		const [c] = notStated(text);
		expect(c?.stem).toBe(stem);
		if (keys) expect(keys).toContain(c?.answer);
		// "does the article NOT mention": never a key the article names, not even elsewhere.
		if (!/NOT mention/.test(stem)) return;
		expect(c?.answer).not.toBe('France');
		expect(text).not.toContain(c?.answer.replace(/s$/, ''));
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

	it.each([
		[['autumn', 'winter', 'spring'], ['summer'], []],
		[['lion', 'tiger', 'leopard'], ['jaguar', 'cheetah'], []],
		// "corn" is the listed "maize" by another name; "valuable" is read as an adjective first.
		[['rice', 'wheat', 'maize'], [], ['corn']],
		[['gold', 'silver', 'jewel'], [], ['valuable']],
		// "brew" is what "beer" is a kind of: no member beside it.
		[['vodka', 'wine', 'beer'], [], ['brew']]
	])('the sister terms of %j hold %j and never %j', (items, held, never) => {
		const kind = sharedKind(items, lexicon);
		const sisters = kind ? sisterTerms(kind, items, lexicon) : [];
		for (const w of held) expect(sisters).toContain(w);
		for (const w of never) expect(sisters).not.toContain(w);
	});

	it('sister terms leave out any the article writes', () => {
		const kind = sharedKind(['autumn', 'winter', 'spring'], lexicon);
		expect(kind && sisterTerms(kind, ['autumn', 'winter', 'spring', 'summer'], lexicon)).toEqual(
			[]
		);
	});

	it('reads an outsider of the article by its first sense only', () => {
		// "cheese" is a plant only in a rare sense: never an outsider beside flowers.
		const plant = sharedKind(['daisy', 'buttercup', 'clover'], lexicon);
		const cheese = kindsOf('cheese', lexicon, 6, 1);
		expect(cheese.some((k) => k.id === plant?.id)).toBe(false);
	});

	it('reads a plural as its singular', () => {
		expect(nounLemma('weeds', lexicon)).toBe('weed');
		expect(nounLemma('berries', lexicon)).toBe('berry');
	});
});
