// Main-idea items ("What is the article mainly about?"): asked only by name, one per quiz, only of an
// article long enough to have a main idea, with the article's gist as key and a narrow, a broad and
// a passing topic as wrong options. The articles here are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import {
	copiesTitle,
	formProblem,
	MAIN_IDEA_STEM,
	MAIN_IDEA_TITLE_STEM,
	overlapping
} from '../../../src/lib/generator/stages/4-questions/main-idea-form';

/** Six paragraphs on one lighthouse, one of them on the town's herring festival instead. */
const LIGHTHOUSE = `The Harwick Lighthouse

The Harwick lighthouse was the first stone lighthouse on the Marrow coast. Fishermen from the town had asked for a light for decades before the harbour board agreed to pay for one. The tower still stands on the northern cape, and its lamp can be seen for twenty miles.

Work on the Harwick lighthouse began in 1821. Masons cut granite blocks at a quarry inland and hauled them to the cape on carts. The lighthouse took four summers to finish, because storms stopped the work every winter.

The first keeper of the Harwick lighthouse was Thomas Brand. The daily work of the keeper was hard. Each night the keeper climbed the stairs to trim the wicks, and each morning the keeper wrote down the weather.

Not everything in the town turns on the cape. Every August the town holds a herring festival in the market square. The herring festival began as a simple fish sale and now brings bands, food stalls and a rowing race. Crowds at the herring festival can reach ten thousand.

In 1950 the lamp of the Harwick lighthouse was changed from oil to electricity. The new lamp was brighter, and it no longer needed anyone to tend it at night. The lighthouse has run on its own since then, and engineers check it twice a year.

Today the Harwick lighthouse is a museum as well as a working light. Visitors climb the stairs to the lamp room and read the old log books. A small exhibition tells of the wrecks on the Marrow Banks before the lighthouse was built, and a retired sea captain from Oban opened it in 1998.
`;

const mainIdea = (text: string, seed = 3) =>
	generateQuiz(text, { count: 10, seed, kinds: ['main-idea'] }).questions.filter(
		(q) => q.kind === 'main-idea'
	);

describe('main-idea items', () => {
	it('asks what an article of several paragraphs on one subject is mainly about', () => {
		const [q, ...more] = mainIdea(LIGHTHOUSE);
		expect(more).toHaveLength(0);
		expect(q?.stem).toBe(MAIN_IDEA_STEM);
		expect(q?.skill).toBe('main-idea');
		const key = q?.options[q.answerIndex] ?? '';
		// The key names the subject, is the lead's own phrase, and is not the title.
		expect(key.toLowerCase()).toContain('lighthouse');
		expect(q?.source.sentence).toMatch(/^The Harwick lighthouse was the first/);
		expect(q?.source.sentence.toLowerCase()).toContain(key.toLowerCase());
		expect(key.toLowerCase()).not.toBe('the harwick lighthouse');
		// A wrong option is the paragraph on the herring festival: too narrow, off the point.
		const wrong = q?.options.filter((_, i) => i !== q.answerIndex) ?? [];
		expect(wrong.some((o) => /herring|festival/i.test(o))).toBe(true);
		expect(q?.explanation).toMatch(/The article is about .+ is only the subject of paragraph/);
	});

	it('asks which title fits an article that has none, with the same options', () => {
		const untitled = LIGHTHOUSE.replace(/^The Harwick Lighthouse\n\n/, '');
		const [q] = mainIdea(untitled);
		const [titled] = mainIdea(LIGHTHOUSE);
		expect(q?.stem).toBe(MAIN_IDEA_TITLE_STEM);
		expect([...(q?.options ?? [])].sort()).toEqual([...(titled?.options ?? [])].sort());
	});

	it.each([
		['a short text', LIGHTHOUSE.split('\n\n').slice(0, 3).join('\n\n')],
		['one long paragraph', LIGHTHOUSE.split('\n\n').slice(1).join(' ')],
		['a text with no title and one paragraph', LIGHTHOUSE.replace(/\n+/g, ' ')]
	])('asks nothing of %s', (_, text) => {
		expect(mainIdea(text)).toHaveLength(0);
	});

	it('is the same quiz for the same text and seed', () => {
		const a = generateQuiz(LIGHTHOUSE, { count: 10, seed: 7, kinds: ['main-idea'] });
		const b = generateQuiz(LIGHTHOUSE, { count: 10, seed: 7, kinds: ['main-idea'] });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		// Another seed deals the options differently, never the options themselves.
		const [c] = mainIdea(LIGHTHOUSE, 8);
		expect([...(c?.options ?? [])].sort()).toEqual([...(a.questions[0]?.options ?? [])].sort());
	});

	it('is asked only when named', () => {
		const kinds = generateQuiz(LIGHTHOUSE, { count: 30, seed: 3 }).questions.map((q) => q.kind);
		expect(kinds).not.toContain('main-idea');
		const all = generateQuiz(LIGHTHOUSE, { count: 30, seed: 3, kinds: ['main-idea', 'gap'] });
		expect(all.questions.filter((q) => q.kind === 'main-idea')).toHaveLength(1);
	});
});

describe('what a main-idea item must be', () => {
	it.each([
		['The rule of law', 'Rule of law', true],
		['The Royal Dutch Shell Group', 'Royal Dutch Shell', true],
		['The first stone lighthouse on the Marrow coast', 'The Harwick Lighthouse', false],
		[
			'The Hong Kong legislative election',
			'New faces emerge in Hong Kong legislative election',
			false
		]
	])('"%s" under the title "%s" copies it: %s', (key, title, copies) => {
		expect(copiesTitle(key, title)).toBe(copies);
	});

	it.each([
		[
			[
				'The first stone lighthouse',
				'The herring festival',
				'A retired sea captain',
				'The history of war'
			],
			undefined
		],
		[
			[
				'The first stone lighthouse on the Marrow coast of Scotland',
				'The fish',
				'The keeper',
				'A storm'
			],
			'options of 2 to 10 words'
		],
		[
			[
				'The first stone lighthouse on the Marrow coast',
				'The herring festival',
				"The keeper's log",
				'A storm at sea'
			],
			'an option of 8 words beside one of 3'
		],
		[
			[
				'The first stone lighthouse',
				'Herring and other fish',
				"The keeper's log",
				'A storm at sea'
			],
			'"Herring and other fish" is not a noun phrase like the others'
		]
	])('finds %j of one form or not: %s', (options, problem) => {
		expect(formProblem(options)).toBe(problem);
	});

	it.each([
		[
			['The first stone lighthouse', 'The herring festival', 'The keeper', 'The history of war'],
			undefined
		],
		[
			['The first stone lighthouse', 'The first stone lighthouse keeper', 'A fish', 'A storm'],
			['The first stone lighthouse', 'The first stone lighthouse keeper']
		],
		[
			['The stone lighthouse keeper', "The lighthouse keeper's stone cottage", 'A fish', 'A storm'],
			['The stone lighthouse keeper', "The lighthouse keeper's stone cottage"]
		]
	])('finds overlapping options in %j: %j', (options, pair) => {
		expect(overlapping(options)).toEqual(pair);
	});
});
