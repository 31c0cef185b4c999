// Cause and effect: "why" questions from the reasons an article gives with "because", "because of"
// and "due to", their wrong options from other things it says, and the reasons it gives that are
// not asked (hedged, several at once, or in another clause).
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { causeFact, reasonPool } from '../../../src/lib/generator/stages/3-facts/causes';
import { pickReasons } from '../../../src/lib/generator/distractors/reasons';
import { BLANK } from '../../../src/lib/generator/stages/4-questions/gaps';

/**
 * A made-up article about a town's ferry, four paragraphs, each with claims of its own, most of
 * them about the board and the crossing: a wrong reason shares a word with the event it is offered for.
 */
const FERRY = [
	'The Ferry of Port Aldous',
	'',
	'The ferry between Port Aldous and Cray Island stopped running in the winter of 1998. The harbour board closed the crossing because the old slipway had cracked in a storm. Islanders rowed to the mainland for three months.',
	'',
	'The new ferry was built at a yard in Dunmere. Its hull was made of aluminium because the board wanted a boat light enough for the shallow crossing. The boat carried forty passengers and six cars.',
	'',
	'Fares rose sharply in the first year. The board blamed the cost of diesel, which had doubled since the crossing closed. Many islanders walked to the harbour every morning to save the bus fare.',
	'',
	'The island school now opens an hour later than it did. The timetable was changed because children crossing from the mainland arrived late every day. The harbour board printed a new timetable each spring.'
].join('\n');

const sentencesOf = (text: string) => parseText(normalizeText(text)).sentences;

/** The "why" questions of the ferry text with one of its sentences rewritten. */
const whyQuiz = (from: string, to: string) =>
	generateQuiz(FERRY.replace(from, to), { count: 20, kinds: ['why'] });

describe('why questions', () => {
	const quiz = generateQuiz(FERRY, { count: 20, kinds: ['why'] });

	it('tags why questions with the cause-and-effect skill', () => {
		expect(quiz.questions.length).toBeGreaterThan(0);
		for (const q of quiz.questions) expect(q.skill).toBe('cause-effect');
	});

	it('asks why, with the reason the article gives as the key', () => {
		const q = quiz.questions.find(
			(x) => x.stem === 'Why did the harbour board close the crossing?'
		);
		expect(q, quiz.questions.map((x) => x.stem).join('\n')).toBeDefined();
		expect(q?.options[q.answerIndex]).toBe('Because the old slipway had cracked in a storm');
		expect(q?.source.sentence).toContain('because the old slipway had cracked');
		// "Its hull was made of aluminium because …": "Why was its hull …?" does not say whose.
		expect(quiz.questions.filter((x) => /\bits\b/i.test(x.stem))).toEqual([]);
	});

	it("offers as wrong reasons other paragraphs' claims, put as reasons of about the key's length", () => {
		for (const q of quiz.questions) {
			const key = q.options[q.answerIndex] as string;
			const wrong = q.options.filter((_, i) => i !== q.answerIndex);
			expect(wrong).toHaveLength(3);
			for (const o of wrong) {
				expect(o.startsWith('Because ')).toBe(true);
				// None from the paragraph of the question's own sentence: a claim near a reason may be part of it.
				const paragraph = FERRY.split('\n\n').find((p) => p.includes(q.source.sentence)) ?? '';
				expect(paragraph).not.toContain(o.replace(/^Because /, ''));
			}
			// The key is never the one option far longer than the rest.
			const words = (s: string) => s.split(/\s+/).length;
			expect(wrong.some((o) => words(o) >= words(key) - 1)).toBe(true);
		}
	});

	it('asks a reason whose clause cannot be turned round as a blank on the reason', () => {
		const text = FERRY.replace(
			'The timetable was changed because',
			'Each term, somewhat to the relief of teachers, the timetable was changed because'
		);
		// Made as a blank; whether it is asked rests on its wrong reasons (cause-options-on-topic).
		const quiz = generateQuiz(text, { count: 20, kinds: ['gap'] });
		const made = [...quiz.questions, ...quiz.rejected].filter((q) =>
			q.stem.includes(`because ${BLANK}`)
		);
		expect(made.map((q) => ('options' in q ? q.options[q.answerIndex] : q.answer))).toContain(
			'children crossing from the mainland arrived late every day'
		);
		const blanks = quiz.questions.filter((q) => q.stem.includes(`because ${BLANK}`));
		for (const o of blanks[0]?.options ?? []) expect(o).not.toMatch(/^Because/);
	});
});

describe('causeFact', () => {
	const factOf = (sentence: string) => {
		const [s] = sentencesOf(sentence);
		return s ? causeFact(s, (raw) => raw) : undefined;
	};

	it.each([
		[
			'Its hull was made of aluminium because the board wanted a light boat.',
			'the board wanted a light boat',
			'because'
		],
		[
			'The crossing was closed for a month because of a storm in the channel.',
			'a storm in the channel',
			'because of'
		],
		[
			'The crossing was closed for a month due to a storm in the channel.',
			'a storm in the channel',
			'due to'
		]
	])('finds the reason of %j', (sentence, reason, link) => {
		const f = factOf(sentence);
		expect(f?.value.text).toBe(reason);
		expect(f?.action).toBe(link);
	});

	it.each([
		// The main clause is denied or hedged: the reason explains something else.
		['The crossing was not closed because of the storm in the channel.'],
		['The crossing was closed partly because the slipway had cracked.'],
		// Two reasons: neither alone is the answer.
		['The crossing was closed because the slipway cracked, and because the boat was old.'],
		// A reason of two words says too little to tell it from others.
		['The crossing was closed on Monday because it stormed.'],
		// Reported speech: the reason may be the speaker's.
		['The board said the crossing was closed because the slipway had cracked.']
	])('asks nothing of %j', (sentence) => {
		expect(factOf(sentence)).toBeUndefined();
	});
});

describe('pickReasons', () => {
	it('gives nothing when the article has no three other claims to offer', () => {
		const text =
			'The Quay\n\nThe quay was rebuilt in stone because the old timber had rotted away.\n\nThe quay is short.';
		const sentences = sentencesOf(text);
		const fact = causeFact(sentences[0]!, (r) => r);
		expect(fact).toBeDefined();
		const wrong = pickReasons(
			fact!,
			'Because the old timber had rotted away',
			'Why was the quay rebuilt in stone?',
			reasonPool(sentences),
			() => 0.5
		);
		expect(wrong).toEqual([]);
	});

	it('offers for a reason that is a noun phrase only reasons the article gives as phrases, linked as the key is', () => {
		// "Due to the nature of U.S. coins" beside "Due to the Civil War": terms put as causes read as
		// fragments (review tune15).
		const text = [
			'The Crossing',
			'',
			'The crossing was closed for a month due to a storm in the channel.',
			'',
			'The pier was rebuilt because of the damage from the spring floods.',
			'',
			'The school opened late because of the new ferry timetable.',
			'',
			'The old boat was sold owing to the rising cost of repairs.',
			'',
			'Fares rose sharply in the first year of the new service.'
		].join('\n');
		const sentences = sentencesOf(text);
		const fact = causeFact(sentences[0]!, (r) => r)!;
		const wrong = pickReasons(
			fact,
			'Due to a storm in the channel',
			'Why was the crossing closed for a month?',
			reasonPool(sentences),
			() => 0.5
		);
		expect(wrong.sort()).toEqual([
			'Due to the damage from the spring floods',
			'Due to the new ferry timetable',
			'Due to the rising cost of repairs'
		]);
	});

	it('offers beside a reason that opens on a pronoun only reasons that open on the same one', () => {
		// "Because she was scandalised …" beside "Because he was diagnosed …": the one "she" is picked
		// unread.
		const text = [
			'The Duchess of Harrow',
			'',
			'The duchess stayed away from the court because she disliked the new favourites of the king. The king wrote that he missed her.',
			'',
			'She wrote to her sister in the country every week.',
			'',
			'He was sent to the coast by his doctors.',
			'',
			'She sold the town house in the spring of that year.',
			'',
			'She planted an orchard of pears on the estate.',
			'',
			'He kept the hunting lodge for his own use.'
		].join('\n');
		const sentences = sentencesOf(text);
		const fact = causeFact(sentences[0]!, (r) => r)!;
		const wrong = pickReasons(
			fact,
			'Because she disliked the new favourites of the king',
			'Why did the duchess stay away from the court?',
			reasonPool(sentences),
			() => 0.5
		);
		expect(wrong).toHaveLength(3);
		for (const w of wrong) expect(w).toMatch(/^Because she /);
	});

	it('asks a reason that opens its sentence ("Because …, the board closed …")', () => {
		const quiz = whyQuiz(
			'The harbour board closed the crossing because the old slipway had cracked in a storm.',
			'Because the old slipway had cracked in a storm, the harbour board closed the crossing.'
		);
		const q = quiz.questions.find(
			(x) => x.stem === 'Why did the harbour board close the crossing?'
		);
		expect(q?.options[q.answerIndex]).toBe('Because the old slipway had cracked in a storm');
	});

	it('keeps the time a clause opens with: it says which of several events is meant', () => {
		const quiz = whyQuiz(
			'The harbour board closed the crossing because',
			'In 1998, the harbour board closed the crossing because'
		);
		expect(quiz.questions.map((q) => q.stem)).toContain(
			'Why did the harbour board close the crossing in 1998?'
		);
	});
});

/** A made-up harbour history whose reasons are linked by "as a result of", "since" and "so that". */
const HARBOUR = [
	'The Harbour at Kellan Bay',
	'',
	'The fishing fleet of Kellan Bay grew quickly in the 1880s. As a result of the herring boom, the harbour trust built a second pier in 1884. The new pier could berth forty boats at once.',
	'',
	'The old lighthouse stood on a rock at the mouth of the bay. The keepers moved to a cottage on the cliff, since the rock flooded at every spring tide. A rowing boat carried their supplies each week.',
	'',
	'The fish market moved to the railway station in 1932. The expansion of the canning works brought new jobs to the town. The net lofts were turned into studios for painters.',
	'',
	'The harbour wall was raised in 1953 so that winter storms could not reach the boats. The construction of the sea wall took three years. A lifeboat station opened beside the slipway in 1960.',
	'',
	'The decline of the fishing trade emptied many of the net lofts. The arrival of the ferry service brought summer visitors from the mainland. The town band played on the pier every Sunday.'
].join('\n');

describe('why questions from the broader links', () => {
	const candidates = (text: string) => {
		const quiz = generateQuiz(text, { count: 20, kinds: ['why'] });
		return [
			...quiz.questions.map((q) => ({ stem: q.stem, key: q.options[q.answerIndex], q })),
			...quiz.rejected.map((r) => ({ stem: r.stem, key: r.answer, q: undefined }))
		];
	};
	const asked = candidates(HARBOUR);

	it.each([
		['Why did the harbour trust build a second pier in 1884?', 'As a result of the herring boom'],
		[
			'Why did the keepers move to a cottage on the cliff?',
			'Since the rock flooded at every spring tide'
		],
		['Why was the harbour wall raised in 1953?', 'So that winter storms could not reach the boats']
	])('turns %s round its link, the stated reason as the key', (stem, key) => {
		const found = asked.find((a) => a.stem === stem);
		expect(found, asked.map((a) => a.stem).join('\n')).toBeDefined();
		expect(found?.key).toBe(key);
	});

	it('offers wrong reasons linked as the key is, and no purpose put as a cause', () => {
		// The other reasons told of the cliff, so that they may be offered for the keepers' move.
		const cliff = [
			[
				'The harbour wall was raised in 1953 so that',
				'The wall of the cliff path was raised in 1953 so that'
			],
			['The expansion of the canning works brought', 'The expansion of the cliff quarry brought'],
			['The decline of the fishing trade emptied', 'The decline of the cliff cottages emptied']
		].reduce((text, [from, to]) => text.replace(from!, to!), HARBOUR);
		const q = candidates(cliff).find((a) => a.stem.startsWith('Why did the keepers'))?.q;
		expect(q).toBeDefined();
		for (const o of q?.options ?? []) {
			expect(o.startsWith('Since ')).toBe(true);
			expect(o).not.toContain('could not reach');
		}
	});

	it.each([
		['The pier has stood since 1884, and the band plays on it.'],
		['The time that passed since the keepers left is marked on a board.'],
		['The keepers have lived on the cliff ever since.'],
		['Since rebuilding the pier in 1990, the town band has played on it every Sunday.'],
		['Since the keepers left, the band has played on the pier every Sunday.']
	])('reads "since" of a time as no reason: %s', (sentence) => {
		const text = HARBOUR.replace('The town band played on the pier every Sunday.', sentence);
		const stems = candidates(text).map((a) => a.stem);
		expect(stems.filter((s) => /band|board|ever/.test(s))).toEqual([]);
	});

	it('leaves the default quiz of an article with no broader link as it was', () => {
		const plain = generateQuiz(FERRY, { count: 20 });
		expect(plain.questions.filter((q) => q.kind === 'effect')).toEqual([]);
	});
});
