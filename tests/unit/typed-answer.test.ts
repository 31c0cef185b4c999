import { describe, expect, it } from 'vitest';
import {
	articleAliases,
	calendarDate,
	gradeTypedAnswer,
	type TypedAnswerQuestion,
	type TypedAnswerReason,
	typosAllowed
} from '$lib/quiz/typed-answer';

// A made-up article of ours, for the names it uses alone.
const ARTICLE = `Pete Hegseth spoke to reporters on Monday. Hegseth said the review would take a month.
Mira Kestrel won the race by nine seconds. Later that year Kestrel moved to Leeds.
Anna Lindqvist, her coach, said little. The United Nations, or UN, sent observers.`;

type Case = [
	typed: string,
	question: TypedAnswerQuestion,
	accepted: boolean,
	reason: TypedAnswerReason
];

const q = (answer: string, extra: Partial<TypedAnswerQuestion> = {}): TypedAnswerQuestion => ({
	answer,
	articleText: ARTICLE,
	...extra
});

const CASES: Case[] = [
	// The key as shown, and written differently: case, accents, punctuation, leading articles.
	['Danube', q('Danube'), true, 'exact'],
	['danube', q('Danube'), true, 'written-differently'],
	['  DANUBE ', q('Danube'), true, 'written-differently'],
	['the Danube', q('Danube'), true, 'written-differently'],
	['Danube', q('the Danube'), true, 'written-differently'],
	['a danube', q('the Danube'), true, 'written-differently'],
	['Zurich', q('Zürich'), true, 'written-differently'],
	['sao paulo', q('São Paulo'), true, 'written-differently'],
	['Saint-Denis', q('Saint Denis'), true, 'written-differently'],
	['St. Louis', q('St Louis'), true, 'written-differently'],
	['OBrien', q("O'Brien"), true, 'written-differently'],
	['O Brien', q("O'Brien"), true, 'written-differently'],
	['Cafe Nero', q('Café Nero'), true, 'written-differently'],
	['the wheat harvest.', q('wheat harvest'), true, 'written-differently'],
	// Numbers: words and digits, thousands separators, per cent.
	['7', q('seven'), true, 'number'],
	['seven', q('7'), true, 'number'],
	['Seven', q('7'), true, 'number'],
	['twenty-one', q('21'), true, 'number'],
	['twenty one', q('21'), true, 'number'],
	['7000', q('7,000'), true, 'written-differently'],
	['seven thousand', q('7,000'), true, 'number'],
	['three hundred and twelve', q('312'), true, 'number'],
	['12%', q('12 per cent'), true, 'written-differently'],
	['twelve percent', q('12 per cent'), true, 'number'],
	['1.5 million', q('1,500,000'), true, 'number'],
	['8', q('seven'), false, 'wrong'],
	['70', q('7'), false, 'wrong'],
	['17', q('seven'), false, 'wrong'],
	['7,001', q('7,000'), false, 'wrong'],
	['1972', q('1973'), false, 'wrong'],
	['nine seconds', q('9 seconds'), true, 'number'],
	['nine minutes', q('9 seconds'), false, 'wrong'],
	// Dates in either order, ordinals and short months; a near date is wrong.
	['6 October 1973', q('October 6, 1973'), true, 'date'],
	['October 6 1973', q('October 6, 1973'), true, 'written-differently'],
	['6th October 1973', q('October 6, 1973'), true, 'date'],
	['Oct 6, 1973', q('October 6, 1973'), true, 'date'],
	['1973-10-06', q('October 6, 1973'), true, 'date'],
	['the 6th of October 1973', q('October 6, 1973'), true, 'date'],
	['October 1973', q('October 6, 1973'), false, 'wrong'],
	['7 October 1973', q('October 6, 1973'), false, 'wrong'],
	['6 November 1973', q('October 6, 1973'), false, 'wrong'],
	['October 6, 1974', q('October 6, 1973'), false, 'wrong'],
	['oct 1973', q('October 1973'), true, 'date'],
	['1973', q('October 1973'), false, 'wrong'],
	// Names: a surname the article uses alone; small typos scaled to length.
	['Hegseth', q('Pete Hegseth'), true, 'surname'],
	['hegseth', q('Pete Hegseth'), true, 'surname'],
	['Kestrel', q('Mira Kestrel'), true, 'surname'],
	['Lindqvist', q('Anna Lindqvist'), false, 'wrong'],
	['Pete', q('Pete Hegseth'), false, 'wrong'],
	['Hesgeth', q('Pete Hegseth'), true, 'close-spelling'],
	['Pete Hegset', q('Pete Hegseth'), true, 'close-spelling'],
	['Pete Hesgeht', q('Pete Hegseth'), true, 'close-spelling'],
	['Pete Hxgsxtx', q('Pete Hegseth'), false, 'wrong'],
	['Mira Kestral', q('Mira Kestrel'), true, 'close-spelling'],
	['Leds', q('Leeds'), true, 'close-spelling'],
	['Lees', q('Leeds'), true, 'close-spelling'],
	['Lods', q('Leeds'), false, 'wrong'],
	['Ohio', q('Iowa'), false, 'wrong'],
	['Rom', q('Rome'), true, 'close-spelling'],
	['Ram', q('Rome'), false, 'wrong'],
	['Ur', q('Uk'), false, 'wrong'],
	['Parsi', q('Paris'), true, 'close-spelling'],
	['Mississipi', q('Mississippi'), true, 'close-spelling'],
	['Missisippi', q('Mississippi'), true, 'close-spelling'],
	['Misisipi', q('Mississippi'), false, 'wrong'],
	['Misisip', q('Mississippi'), false, 'wrong'],
	// Aliases the article uses.
	['UN', q('the United Nations', { aliases: ['UN'] }), true, 'alias'],
	['u.n.', q('the United Nations', { aliases: ['UN'] }), false, 'wrong'],
	['United Nation', q('the United Nations', { aliases: ['UN'] }), true, 'close-spelling'],
	// Another thing of the article is never accepted, however close.
	['Anna Lindqvist', q('Mira Kestrel', { rivals: ['Anna Lindqvist'] }), false, 'another-answer'],
	['Leeds', q('Leek', { rivals: ['Leeds', 'York'] }), false, 'another-answer'],
	['Leed', q('Leek', { rivals: ['Leeds', 'York'] }), false, 'wrong'],
	['Austria', q('Australia', { rivals: ['Austria'] }), false, 'another-answer'],
	['Austrlia', q('Australia', { rivals: ['Austria'] }), false, 'wrong'],
	['Australa', q('Australia', { rivals: ['Austria'] }), true, 'close-spelling'],
	['Jon Smith', q('John Smith', { rivals: ['Jon Smith'] }), false, 'another-answer'],
	['Joan Smith', q('John Smith', { rivals: ['Jon Smith'] }), false, 'wrong'],
	// A hedge on the key's figure is the article's wording; a unit the question names may come too.
	['110', q('about 110'), true, 'number'],
	['around 110', q('about 110'), true, 'number'],
	['111', q('about 110'), false, 'wrong'],
	[
		'21 days',
		q('21', { context: 'How many days did the crew spend in quarantine?' }),
		true,
		'number'
	],
	[
		'21 weeks',
		q('21', { context: 'How many days did the crew spend in quarantine?' }),
		false,
		'wrong'
	],
	// Nothing typed.
	['', q('Danube'), false, 'empty'],
	['  ?! ', q('Danube'), false, 'empty']
];

describe('a typed answer is graded leniently where a teacher would be, never toward another answer', () => {
	it.each(CASES)('%j for %j: accepted %s (%s)', (typed, question, accepted, reason) => {
		const grade = gradeTypedAnswer(typed, question);
		expect({ accepted: grade.accepted, reason: grade.reason }).toEqual({ accepted, reason });
	});

	it('holds at least 60 cases', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(60);
	});
});

describe('the explanation says why', () => {
	it('names the spelling it took', () => {
		expect(gradeTypedAnswer('Pete Hesgeth', q('Pete Hegseth')).explanation).toBe(
			'Accepted: close spelling of “Pete Hegseth”.'
		);
		expect(gradeTypedAnswer('Hesgeth', q('Pete Hegseth')).explanation).toBe(
			'Accepted: close spelling of “Hegseth”.'
		);
	});
	it('names the surname the article uses', () => {
		expect(gradeTypedAnswer('Hegseth', q('Pete Hegseth')).explanation).toBe(
			'Accepted: the article also calls Pete Hegseth “Hegseth”.'
		);
	});
	it('gives the answer when it refuses', () => {
		expect(gradeTypedAnswer('Ohio', q('Iowa')).explanation).toBe(
			'Not accepted. The answer is “Iowa”.'
		);
	});
	it('says when the typed answer is another answer of the article', () => {
		expect(gradeTypedAnswer('Austria', q('Australia', { rivals: ['Austria'] })).explanation).toBe(
			'Not accepted: “Austria” is another answer the article gives. The answer is “Australia”.'
		);
	});
});

describe('dates and typo allowances', () => {
	it.each([
		['October 6, 1973', '1973-10-06'],
		['6 Oct 1973', '1973-10-06'],
		['1973-10-06', '1973-10-06'],
		['March 1815', '1815-03'],
		['the Danube', null],
		['32 May 1990', null],
		['May', null]
	])('%j is %j', (text, date) => {
		expect(calendarDate(text)).toBe(date);
	});

	it.each([
		['Uk', 0],
		['Rome', 1],
		['Kestrel', 1],
		['Mississippi', 2]
	])('%j allows %d edits', (key, edits) => {
		expect(typosAllowed(key)).toBe(edits);
	});
});

describe('the names an article gives a thing', () => {
	const TEXT =
		'The Northern Rail Authority (NRA) opened the line. Later the Coastal Ferry Board took over, ' +
		'and the CFB kept the timetable. The Lake Vessel Trust ran boats.';

	it.each([
		['Northern Rail Authority', ['NRA']],
		['the Northern Rail Authority', ['NRA']],
		['NRA', ['Northern Rail Authority']],
		['Coastal Ferry Board', ['CFB']],
		// No initials in the text, no bracket: no alias.
		['Lake Vessel Trust', []],
		['Mira Kestrel', []]
	])('%j: %j', (answer, aliases) => {
		expect(articleAliases(answer, TEXT)).toEqual(aliases);
	});
});
