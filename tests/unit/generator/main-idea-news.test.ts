// The news item of a main idea: a report whose lead restates its headline is mainly about the
// headline's act, asked as a noun phrase ("The city council's reported suspension of …") beside acts
// and events single later paragraphs tell, in the same shape. The articles are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import { MAIN_IDEA_STEM } from '../../../src/lib/generator/stages/4-questions/main-idea-form';
import {
	headlineClause,
	nominalize
} from '../../../src/lib/generator/stages/4-questions/main-idea-headline';
import {
	bareSingular,
	HEADLINE_ID,
	NEWS_CHECKS
} from '../../../src/lib/generator/stages/4-questions/main-idea-news';

/** A report in six paragraphs: the lead restates the headline, later paragraphs tell other acts. */
const REPORT = `City council reportedly suspends new parking fees in Harbourton

The city council of Harbourton has reportedly suspended its new parking fees in the town centre, only two weeks after drivers first had to pay them. The news surprised many drivers and shop owners, who had been told that the charges would stay in place for at least a year.

The vote followed a tense meeting between Mayor Ellen Park and Councillor Ruth Bell at the town hall. Shop owners said the charges had kept shoppers away from the high street during the busy spring weeks, and several had asked for a refund of their permits.

Officials gave few details about how long the pause would last. A spokesperson said only that the council wanted time to look again at the money the scheme had raised and at the many letters it had received from angry residents.

Councillor David Moss criticized the decision, saying that the town needed the money to repair its roads and pavements. He added that next year's budget would now be much harder to balance without it.

The regional bus company Coastline praised the timing of the vote. Its drivers had reported fewer passengers since the charges began, as families chose to stay at home or to shop in the larger towns along the coast instead.

Some residents welcomed the change, while others worried that free spaces would bring back the long queues of cars that had filled the narrow streets before. The council is expected to publish its report on the scheme later this summer, and a final word on the future of the charges could come in the autumn.`;

/** The same report under a headline that states no act: a feature, not a report of one. */
const NO_ACT = REPORT.replace(/^.*\n/, 'Parking in Harbourton: a summer of change\n');

/** The same report whose lead tells something else first: the headline is not its point. */
const LEAD_ELSEWHERE = REPORT.replace(
	/The city council of Harbourton has reportedly suspended its new parking fees in the town centre, only/,
	'A summer storm closed the harbour road on Monday, only'
);

const newsItem = (text: string) =>
	generateQuiz(text, { count: 10, seed: 1, kinds: ['main-idea'] }).questions.find(
		(q) => q.kind === 'main-idea' && q.stem === MAIN_IDEA_STEM
	);

describe('main idea of a news report', () => {
	it("asks for the headline's act as a noun phrase beside acts of single paragraphs", () => {
		const q = newsItem(REPORT);
		expect(q?.options[q.answerIndex]).toBe(
			"The city council's reported suspension of new parking fees in Harbourton"
		);
		expect(q?.options).toContain("Councillor David Moss's criticism of the decision");
		expect(q?.options).toContain(
			"The regional bus company Coastline's praise of the timing of the vote"
		);
		// "Some residents welcomed the change": whose act is left vague, so not an option.
		expect(q?.options.join(' ')).not.toMatch(/Some residents/);
		expect(q?.options).toContain(
			'A tense meeting between Mayor Ellen Park and Councillor Ruth Bell'
		);
	});

	it.each([
		['a headline that states no act', NO_ACT],
		['a lead that tells something else', LEAD_ELSEWHERE]
	])('is not made with %s', (_, text) => {
		const q = newsItem(text);
		expect(q?.options[q.answerIndex] ?? '').not.toMatch(/suspension of new parking fees/);
	});
});

describe('a headline as a noun phrase', () => {
	it.each([
		[
			'Storm halts ferries to the northern islands',
			true,
			"The storm's halt of ferries to the northern islands"
		],
		[
			'Old bridge opened to traffic after repairs',
			true,
			'The opening of the old bridge to traffic after repairs'
		],
		['Rowers win silver medals in Lucerne', true, "The rowers' win of silver medals in Lucerne"],
		['Okafor reportedly lands in Lima', false, "Okafor's reported landing in Lima"]
	])('"%s"', (title, the, expected) => {
		// The builder writes a common noun as the article does; here the test does.
		const clause = headlineClause(title);
		const subject = the ? clause?.subject.toLowerCase() : clause?.subject;
		expect(clause && subject && nominalize({ ...clause, subject }, the)).toBe(expected);
	});

	it.each([
		['two parts', 'Council acts: fees suspended'],
		['a name in two parts', 'Farmers of the valley protest new tax'],
		['a second clause', 'Singers win prize as crowds cheer'],
		['no verb of an act', 'A quiet summer in the hills'],
		['a verb that does not agree', 'Council ban fireworks']
	])('refuses %s', (_, title) => {
		expect(headlineClause(title)).toBeUndefined();
	});

	it.each([
		['process to consider a new flag', true],
		['after long renovation', true],
		['offensive cyber operations against Russia', false],
		['the old harbour wall', false],
		['across the Channel', false]
	])('"%s" drops an article: %s', (rest, bare) => {
		expect(bareSingular(rest)).toBe(bare);
	});
});

/** A headline item with the given options, for the checks. */
const item = (answer: string, distractors: string[]): Candidate =>
	({
		id: `${HEADLINE_ID}0-main-idea`,
		kind: 'main-idea',
		stem: MAIN_IDEA_STEM,
		answer,
		distractors,
		fact: { id: `${HEADLINE_ID}0`, kind: 'gist', value: { text: answer } },
		source: { sentence: '', start: 0, end: 0 },
		explanation: ''
	}) as unknown as Candidate;

describe('checks of a news item', () => {
	const key = "The council's suspension of new parking fees in Harbourton";
	it.each([
		[
			'main-idea-news-narrow',
			["The mayor's defence of the parking fees suspension", 'A tense meeting between two leaders'],
			true
		],
		['main-idea-news-narrow', ["Councillor Moss's criticism of the decision"], false],
		['main-idea-news-whole', ['A tense meeting between Mayor Park and'], true],
		['main-idea-news-whole', ["The mayor Ellen Park's"], true],
		['main-idea-news-whole', ["Councillor Moss's criticism of the decision"], false]
	])('%s on %j rejects: %s', (name, distractors, rejects) => {
		const check = NEWS_CHECKS[name];
		expect(!!check?.(item(key, distractors))).toBe(rejects);
	});
});
