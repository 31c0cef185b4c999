// The sentence form of main-idea item on plain prose (main-idea-sentences.ts): news leads keyed
// whole, wrong options from a paragraph's first two sentences, and the openings no key may be.
// Every sentence and article here is written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import {
	MAIN_IDEA_SENTENCE_STEMS,
	namedBefore,
	optionOf,
	pickSentences,
	pointProblem,
	pronounsBound,
	resolvedInside,
	type SentenceOption
} from '../../../src/lib/generator/stages/4-questions/main-idea-sentences';

/** The first sentence of a text, parsed. */
function sentenceOf(text: string) {
	const norm = normalizeText(text, { markup: 'strip' });
	return { s: parseText(norm).sentences[0]!, text: norm.text };
}

describe('pronouns a wrong option resolves itself', () => {
	it.each([
		['The ferry company said it would add two boats in the summer.', true],
		['Westbury doubled their lead just after half-time.', true],
		['Farmers are asked to keep the gate shut and to lock it at night.', true],
		['She placed the ball on the spot and stepped back.', false],
		['In 1902 he was too ill to travel to the opening.', false],
		['The old mill stood empty for thirty years.', true]
	])('%j', (sentence, bound) => {
		expect(pronounsBound(sentenceOf(sentence).s)).toBe(bound);
	});
});

describe('descriptions the option or the article names', () => {
	it.each([
		['the club', 'Harfield Rovers won the cup for the first time in the club’s history.', true],
		['the city', 'Buses stopped in Ondal on Monday, the city’s first strike in years.', true],
		['that an insurance company', 'A judge ruled that an insurance company must pay.', true],
		['The company', 'The company that runs the ferry cut its service.', true],
		['the decision', 'The decision came after a long meeting.', false]
	])('%j in %j', (referent, option, inside) => {
		expect(resolvedInside(referent, option)).toBe(inside);
	});

	it.each([
		['the family', 'A family-owned shop flooded. The family borrowed money.', true],
		['the harbour', 'A storm hit the town. The harbour was closed.', false]
	])('%j named before its sentence in %j', (referent, article, named) => {
		const norm = normalizeText(article, { markup: 'strip' });
		const s = parseText(norm).sentences[1]!;
		expect(namedBefore(referent, s, norm.text)).toBe(named);
	});
});

describe('openings that state no point', () => {
	const news = {
		genre: 'article' as const,
		title: 'Town Council Votes to Close the Old Swimming Pool'
	};
	const why = { genre: 'article' as const, title: 'Why Cities Planted Trees Along Their Streets' };
	const opinion = {
		genre: 'article' as const,
		title: 'It Is Time for Our Town to Close the Old Pool'
	};
	const speech = { genre: 'speech' as const, title: 'Address to the Graduates' };
	it.each([
		['On 3 May 1911, a crowd gathered on the quay to see the ship leave.', news, 'scene'],
		['In 1840 a young teacher named Ada Crane opened a school above a shop.', news, 'scene'],
		['For most of the nineteenth century, streets in cities had no trees.', why, 'scene'],
		['The town council voted on Tuesday to close the old swimming pool.', news, undefined],
		['The town council voted on Tuesday to close the old swimming pool.', opinion, 'opinion'],
		['Many cities planted trees along their streets in the last fifty years.', why, 'hook'],
		['The streets of the old city were once lined with tall elm trees.', why, 'how or why'],
		['I have two sons at the school on the hill and a daughter in the nursery.', speech, 'self'],
		['You are about to begin the hardest and best part of your lives.', speech, undefined]
	])('%j', (key, r, problem) => {
		const found = pointProblem(key, r, true);
		if (problem) expect(found).toBeDefined();
		else expect(found).toBeUndefined();
	});
});

describe('a relative clause inside a sentence is no tail', () => {
	it.each([
		[
			'The ribbon was cut by Ada Moss, 90, who worked in the mill as a girl, at ten in the morning.',
			/at ten in the morning\.$/
		],
		[
			'The council opened the new library on the quay on Saturday, which cost the town two million pounds.',
			/on Saturday\.$/
		]
	])('%j', (sentence, end) => {
		const { s, text } = sentenceOf(sentence);
		expect(optionOf(s, text)).toMatch(end);
	});
});

describe('the key is never the longest option', () => {
	const option = (text: string, index: number, paragraph: number): SentenceOption => ({
		text,
		sentence: { index, paragraph } as SentenceOption['sentence'],
		units: [],
		why: index === 0 ? 'key' : 'narrow',
		paragraph
	});
	const key = option(
		'The town council voted on Tuesday to close the old swimming pool for good.',
		0,
		0
	);
	it('refuses three shorter wrong options', () => {
		const pool = [
			option('The pool first opened in the summer of the great flood.', 1, 1),
			option('Swimmers from three villages used it every week.', 2, 2),
			option('A new pool will be built beside the school.', 3, 3)
		];
		expect(pickSentences(key, pool, '')).toBeUndefined();
	});
	it('takes three when one of them is longer than the key', () => {
		const pool = [
			option('The pool first opened in the summer of the great flood.', 1, 1),
			option(
				'Swimmers from the three villages in the valley used it every week of the year, rain or shine.',
				2,
				2
			),
			option('A new pool will be built beside the school.', 3, 3)
		];
		expect(pickSentences(key, pool, '')).toHaveLength(3);
	});
});

/** A news report whose paragraphs open on quotes and pronouns: their second sentences are its details. */
const FERRY = `Island Ferry Service Cut to Two Boats a Day After Fuel Costs Rise

The company that runs the ferry between Port Evan and the island of Skarra said on Monday that it would cut its service from six boats a day to two, after the price of fuel rose for the third year running.

"We have no choice," said the company's director. The ferry lost nearly four hundred thousand pounds last year, most of it on the early and late crossings that only a handful of passengers use in the dark winter months.

She said the company had asked the county for help. Islanders say the county has promised to study the matter but has given no date for a decision.

The island school will start half an hour later so that teachers who live on the mainland can arrive in time. Parents say the change will leave their children on the quay in the dark on winter evenings.

The harbour master at Port Evan will keep the waiting room open for the last boat of the day. Passengers who miss it will be able to book a bed at the hostel on the quay at half price.

Shops on Skarra expect deliveries of fresh food only twice a week under the new timetable, and the island's one baker has said she may have to close.

"It feels as if the mainland has forgotten us," said a fisherman who has lived on the island all his life. Fishermen on Skarra now plan to land their catch at Port Evan only on the days the ferry runs, which will cost them a day's fishing each week.
`;

describe('a news report with wrong options from its paragraphs’ first two sentences', () => {
	it('keys its lead among details of other paragraphs, none longer than the lead by form', () => {
		const q = generateQuiz(FERRY, { count: 10, seed: 1, kinds: ['main-idea'] }).questions.find(
			(x) => x.stem === MAIN_IDEA_SENTENCE_STEMS.article
		);
		expect(q?.options[q.answerIndex]).toMatch(/^The company that runs the ferry/);
		const key = q?.options[q.answerIndex] ?? '';
		expect(q?.options.some((o) => o !== key && o.length >= key.length)).toBe(true);
	});
});
