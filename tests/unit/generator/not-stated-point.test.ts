// List-form not-stated items only where the list is a point of the article, and an outsider that
// is no odd one out (review k13: "swimming, cycling and even boxing", "Manila" among US cities,
// "Mongolia" among South Asian countries, "log" among trees, "fleshes"). Articles made up here.
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import { wordNet } from '../../../src/lib/server/wordnet';
import type { Candidate } from '../../../src/lib/generator/types';
import {
	listPointProblem,
	placeOddProblem,
	writesAsListed
} from '../../../src/lib/generator/stages/4-questions/not-stated-checks';
import {
	partNotMember,
	placeApartProblem,
	unspokenPlural
} from '../../../src/lib/generator/stages/4-questions/not-stated-outsider';

const lexicon = wordNet();

/** A made-up article: a title, the list's paragraph, then `rest` as a paragraph of its own. */
const article = (title: string, sentence: string, rest: string) =>
	[
		title,
		'',
		`The town of Ferrow sits on a wide bend of the river. ${sentence} The market opens early.`,
		'',
		rest
	].join('\n');

const listItems = (text: string) =>
	validCandidates(text, { kinds: ['not-stated'], lexicon }).candidates.filter(
		(c) => c.kind === 'not-stated' && c.fact.kind === 'list'
	);

describe('a list is asked only where it is a point of the article', () => {
	it.each([
		{
			why: 'two shown items come back in another paragraph',
			title: 'Life in Ferrow',
			sentence: 'Farmers there grow crops such as wheat, barley and oats.',
			rest: 'Wheat is sold in the spring. Barley goes to the brewery by the bridge.',
			asked: true
		},
		{
			why: 'the title names the set',
			title: 'The Crops of Ferrow',
			sentence: 'Farmers there grow crops such as wheat, barley and oats.',
			rest: 'The harvest is brought in by hand. The brewery stands by the bridge.',
			asked: true
		},
		{
			why: 'a list said once, in passing',
			title: 'Life in Ferrow',
			sentence: 'Farmers there grow crops such as wheat, barley and oats.',
			rest: 'The harvest is brought in by hand. The brewery stands by the bridge.',
			asked: false
		},
		{
			why: 'an "and even" aside, though its items come back',
			title: 'Life in Ferrow',
			sentence: 'As a girl she loved swimming, cycling and even boxing.',
			rest: 'Swimming was her first love. Cycling took her across the county.',
			asked: false
		},
		{
			why: 'only a name writes the shown items again ("Science" of a centre)',
			title: 'Life in Ferrow',
			sentence: 'The new school teaches science, history and geography to older children.',
			rest: 'The Ferrow Science Centre and the Ferrow History Society share a hall.',
			asked: false
		}
	])('$why: asked $asked', ({ title, sentence, rest, asked }) => {
		const items = listItems(article(title, sentence, rest));
		expect(items.length > 0).toBe(asked);
	});

	/** A list item of `listed` in a sentence, as the generator makes it, to break one way. */
	const item = (listed: string[], sentence: string): Candidate => ({
		id: 'x',
		kind: 'not-stated',
		stem: 'Which of these US states does the article NOT mention?',
		answer: 'Ohio',
		distractors: listed.slice(0, 3),
		listed,
		fact: {
			id: 'f',
			kind: 'list',
			sentence: 1,
			paragraph: 0,
			start: 0,
			end: sentence.length,
			subject: 'US states',
			action: '',
			object: 'Ohio',
			value: { text: 'Maine', start: 0, end: 5, type: 'place' },
			statement: sentence,
			salience: 1
		},
		source: { sentence, start: 0, end: sentence.length },
		explanation: ''
	});

	it.each([
		{
			listed: ['Maine', 'Iowa', 'Vermont', 'Utah', 'Idaho', 'Texas', 'Kansas'],
			problem: 'a catalogue of 7 items'
		},
		{ listed: ['Maine', 'Iowa', 'Vermont'], problem: undefined }
	])('a list of $listed.length: $problem', ({ listed, problem }) => {
		const sentence = `States such as ${listed.join(', ')} ended it.`;
		const text = `${sentence} Maine voted first. Iowa and Vermont followed.`;
		expect(listPointProblem(item(listed, sentence), text)).toBe(problem);
	});

	it.each([
		['The Science Centre opened.', 'science', false],
		['Science is taught daily.', 'science', true],
		['They teach science daily.', 'science', true],
		['The oats were late.', 'oat', true]
	])('"%s" writes "%s" as listed: %s', (sentence, word, written) => {
		expect(writesAsListed(sentence, word)).toBe(written);
	});
});

describe('an outsider is no odd one out', () => {
	it.each([
		// "Mongolia" among South Asian countries, "Manila" among US cities: picked unread.
		['countries', ['India', 'Pakistan', 'Bangladesh'], 'Mongolia', true],
		['countries', ['India', 'Pakistan', 'Bangladesh'], 'Nepal', false],
		['cities', ['San Francisco', 'New York', 'Detroit'], 'Manila', true],
		['cities', ['San Francisco', 'New York', 'Detroit'], 'Chicago', false],
		// Shown places of no one region: any place of the set may stand beside them.
		['countries', ['Norway', 'Germany', 'Lithuania'], 'Italy', false],
		['crops', ['wheat', 'barley', 'oats'], 'rye', false]
	])('%s %j beside "%s": apart %s', (setName, shown, key, apart) => {
		expect(!!placeApartProblem(setName, shown, key)).toBe(apart);
	});

	it('refuses an item whose key is outside the shown places’ region', () => {
		const c = { fact: { kind: 'list', subject: 'countries' } } as Candidate;
		expect(
			placeOddProblem({
				...c,
				distractors: ['India', 'Pakistan', 'Bangladesh'],
				answer: 'Mongolia'
			})
		).toMatch(/outside/);
	});

	it.each([
		['flesh', true],
		['rice', true],
		['muscle', false],
		['pear', false]
	])('"%s" has an unspoken plural: %s', (noun, unspoken) => {
		expect(unspokenPlural(noun, lexicon)).toBe(unspoken);
	});

	it.each([
		['log', true],
		['maple', false],
		['oak', false]
	])('"%s" is a piece of a member, not one: %s', (noun, part) => {
		expect(partNotMember(noun, lexicon)).toBe(part);
	});
});
