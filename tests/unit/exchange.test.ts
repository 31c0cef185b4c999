import { describe, expect, it } from 'vitest';
import { parseGift, toAiken, toCsv, toGift, toJson } from '../../src/lib/server/exchange/formats';

const QUESTIONS = [
	{
		stem: 'Who cut the ribbon?',
		options: ['Elena Vasquez', 'Priya Nair', 'Martin Osei', 'Tomas Lindqvist'],
		answerIndex: 0
	},
	{
		stem: 'What did it cost: {about} $12 million = "a lot"?',
		options: ['1:2', 'a~b', '#3', 'back\\slash'],
		answerIndex: 2
	},
	{ stem: 'Which line,\nwith a break?', options: ['=5', '+1', '-2', '@x'], answerIndex: 3 }
];

describe('GIFT', () => {
	it('exports then imports the same questions, special characters included', () => {
		const gift = toGift('Harbour', QUESTIONS);
		expect(gift).toContain('::Q1:: Who cut the ribbon? {\n\t=Elena Vasquez\n\t~Priya Nair');
		expect(gift).toContain('\\{about\\} $12 million \\= "a lot"');
		expect(parseGift(gift)).toEqual({ questions: QUESTIONS, skipped: [] });
	});

	it('reads Moodle’s own spellings: titles, comments, categories, feedback, one line', () => {
		const file = `$CATEGORY: tides\n// a comment\n::Tide:: When is high tide? {~At dawn#No. =At noon#Yes. ~At dusk ~At midnight}\n\nWho keeps it?{\n=Ann\n~Bo\n~Cy\n~Di\n}`;
		expect(parseGift(file)).toEqual({
			questions: [
				{
					stem: 'When is high tide?',
					options: ['At dawn', 'At noon', 'At dusk', 'At midnight'],
					answerIndex: 1
				},
				{ stem: 'Who keeps it?', options: ['Ann', 'Bo', 'Cy', 'Di'], answerIndex: 0 }
			],
			skipped: []
		});
	});

	it.each([
		['Grass is green. {T}', /not a multiple-choice/],
		['Pick two {~%50%a ~%50%b ~%-100%c ~%-100%d}', /partial credit/],
		['Two right {=a =b ~c ~d}', /one right answer/],
		['Three only {=a ~b ~c}', /four options/],
		['No block at all', /no single/]
	])('skips %s', (text, reason) => {
		const result = parseGift(text);
		expect(result.questions).toEqual([]);
		expect(result.skipped[0]?.reason).toMatch(reason);
	});
});

describe('the other formats', () => {
	it('writes Aiken with one line per part and the answer letter', () => {
		expect(toAiken(QUESTIONS.slice(2))).toBe(
			'Which line, with a break?\nA. =5\nB. +1\nC. -2\nD. @x\nANSWER: D\n'
		);
	});

	it('writes CSV that quotes what needs it and never starts a cell with a formula', () => {
		const csv = toCsv(QUESTIONS);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('Question,Option A,Option B,Option C,Option D,Answer');
		expect(lines[1]).toBe(
			'Who cut the ribbon?,Elena Vasquez,Priya Nair,Martin Osei,Tomas Lindqvist,Elena Vasquez'
		);
		expect(lines[2]).toBe(
			'"What did it cost: {about} $12 million = ""a lot""?",1:2,a~b,#3,back\\slash,#3'
		);
		expect(csv).toContain(`"Which line,\nwith a break?",'=5,'+1,'-2,'@x,'@x`);
	});

	it('writes JSON with the answer given both ways', () => {
		const json = JSON.parse(toJson('Harbour', QUESTIONS.slice(0, 1))) as unknown;
		expect(json).toEqual({
			title: 'Harbour',
			questions: [{ ...QUESTIONS[0], answer: 'Elena Vasquez' }]
		});
	});
});
