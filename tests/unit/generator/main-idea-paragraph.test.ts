// A paragraph's main idea: "What is paragraph 2 (…) mainly about?", the key the topic of that
// paragraph, the wrong options the topics of three others that it never names. The article here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import {
	optionsProblem,
	quotedWords,
	saysWhat,
	topicFormProblem,
	wrongProblem,
	type Topic
} from '../../../src/lib/generator/stages/4-questions/main-idea-paragraph';
import type { Sentence } from '../../../src/lib/generator/types';

/** A town told in five paragraphs, each about one thing it names in most of its sentences. */
const HARBOUR = `The Old Harbour Town

The old harbour town of Brellin sits on a narrow bay at the mouth of a cold river. For three centuries its people have lived from the sea, and visitors still come for its painted houses, its long stone pier and its quiet lanes. The town has one school, one church and a small market square near the water.

The fishing fleet once gave work to half the town. Each morning the small wooden boats left the harbour before dawn and came back at noon with herring and cod. The boats were built in the town itself, and the fleet was the pride of every family on the bay.

The salt warehouses stood along the southern quay. Merchants stored barrels of salted fish in the warehouses through the winter, and in spring the barrels went inland by cart. Today the warehouses hold a small museum, two cafés and a workshop for boat repairs, and their thick walls keep the rooms cool even in August.

A great storm struck the coast in the winter of the flood year. Waves broke over the sea wall, the storm tore the roofs from forty cottages, and the water reached the church steps. The storm is still remembered in songs that the older people sing at the autumn fair.

The summer ferries now bring most of the town's money. Two ferries cross from the island every day in July and August, and the ferries carry walkers, cyclists and families with tents. In winter the ferries stop, and the town grows quiet again.`;

const paragraphItems = (text: string, kinds?: ['main-idea']) =>
	generateQuiz(text, { count: 10, seed: 5, ...(kinds ? { kinds } : {}) }).questions.filter((q) =>
		/^What is paragraph \d+ /.test(q.stem)
	);

describe('main idea of a paragraph', () => {
	it('asks the topic of one paragraph against the topics of three others', () => {
		const [q, ...more] = paragraphItems(HARBOUR, ['main-idea']);
		expect(more).toEqual([]);
		expect(q?.stem).toBe('What is paragraph 2 (ending "… every family on the bay") mainly about?');
		expect(q?.options[q.answerIndex]).toBe('The fishing fleet');
		expect([...(q?.options ?? [])].sort()).toEqual(
			['A great storm', 'The fishing fleet', 'The salt warehouses', 'The summer ferries'].sort()
		);
		// "Show in article" marks the whole paragraph asked about.
		expect(q?.source.sentence).toMatch(/^The fishing fleet once gave work .* on the bay\.$/);
	});

	it('is not in the default quiz (main idea stays opt-in)', () => {
		expect(paragraphItems(HARBOUR)).toEqual([]);
	});

	it('is not asked of a text of fewer than four paragraphs', () => {
		const short = HARBOUR.split('\n\n').slice(0, 4).join('\n\n');
		expect(paragraphItems(short, ['main-idea'])).toEqual([]);
	});

	it.each([
		// Four topic phrases of like form.
		[
			['The fishing fleet', 'The salt warehouses', 'A great storm', 'The summer ferries'],
			undefined
		],
		// The key alone without an article stands out.
		[
			['Fishing boats', 'The salt warehouses', 'A great storm', 'The summer ferries'],
			'the key alone differs in its article'
		],
		// One word is no topic, nine words a detail.
		[['The fleet', 'The salt warehouses', 'A great storm', 'The ferries'], undefined],
		[
			[
				'The fishing fleet',
				'The salt warehouses on the southern quay of the old town',
				'A great storm',
				'The summer ferries'
			],
			'options of 3 to 11 words'
		],
		[
			[
				'The fishing fleet',
				'The old salt warehouses on the southern quay',
				'A great storm',
				'The summer ferries'
			],
			'an option of 8 words beside one of 3'
		]
	])('topicFormProblem(%j) is %s', (options, problem) => {
		expect(topicFormProblem(options)).toBe(problem);
	});

	it.each([
		// Test-wise readers pick the longest option.
		[
			'The small wooden fishing boats',
			['The salt warehouses', 'A great storm', 'The summer ferries'],
			'the key is the longest option'
		],
		// Only the key has the title's word: picked by the title, unread.
		[
			'The harbour fleet',
			['The salt warehouses', 'A great storm', 'The summer ferries'],
			"only the key shares the title's words"
		],
		['The fishing fleet', ['The salt warehouses', 'A great storm', 'The summer ferries'], undefined]
	])('optionsProblem(%s, %j) is %s', (key, wrong, problem) => {
		expect(optionsProblem(key, wrong, 'The Old Harbour Town')).toBe(problem);
	});

	const topic = (text: string, head: string, words: string[]): Topic => ({
		text,
		head,
		words: new Set(words),
		paragraph: 0,
		score: 1,
		sentence: {} as Sentence
	});
	const fleet = topic('The fishing fleet', 'fleet', ['fishing', 'fleet']);
	it.each([
		// A word of the wrong option in the paragraph asked about: a second fair answer.
		[topic('The wooden boats', 'boat', ['wooden', 'boat']), new Set(['boat']), new Set<string>()],
		// The head of the key: the same topic.
		[topic('A fleet of ferries', 'fleet', ['fleet', 'ferry']), new Set<string>(), new Set<string>()]
	])('wrongProblem refuses %s', (wrong, paragraphWords, shared) => {
		expect(wrongProblem(wrong, fleet, paragraphWords, shared)).toBeTruthy();
	});
	it.each([
		// A word the article uses throughout may stand in a wrong option, but not as its head.
		[topic('The town ferries', 'ferry', ['town', 'ferry']), new Set(['town']), new Set(['town'])],
		[topic('A great storm', 'storm', ['great', 'storm']), new Set(['town']), new Set<string>()]
	])('wrongProblem keeps %s', (wrong, paragraphWords, shared) => {
		expect(wrongProblem(wrong, fleet, paragraphWords, shared)).toBeUndefined();
	});

	it.each([
		// Opening words that name no option.
		[
			'Each morning the small boats left. The fleet came back at noon.',
			{ words: 'Each morning the small boats', at: 'opening' }
		],
		// A topic sentence opens on the key: the closing words are quoted instead.
		[
			'The fishing fleet once gave work to half the town. It was the pride of every family.',
			{ words: 'the pride of every family', at: 'closing' }
		],
		// Both ends name an option: no stem.
		['The fishing fleet gave work. Work came from the fleet.', undefined]
	])('quotedWords(%s)', (paragraph, quoted) => {
		expect(quotedWords(paragraph, ['The fishing fleet', 'A great storm'])).toEqual(quoted);
	});

	it.each([
		['The palace eunuchs', true],
		['The water', false],
		['A horror', false]
	])('saysWhat(%s) is %s', (text, says) => {
		expect(saysWhat(text)).toBe(says);
	});
});
