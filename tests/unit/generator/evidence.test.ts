// Supporting-evidence items: "Which sentence from the article best supports the claim that …?",
// four whole sentences of the article on one subject, the key the one that bears out a claim made
// of it in plain words. Opt-in (`kinds`). The articles are made up for these tests.
import { describe, expect, it } from 'vitest';
import { checkedCandidates, generateQuiz } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import { validateCandidate as allChecks } from '../../../src/lib/generator/stages/5-validate';
import {
	copiedWords,
	evidenceStem,
	lengthProblem,
	optionProblem,
	sharesNumber,
	vagueClaimProblem
} from '../../../src/lib/generator/stages/4-questions/evidence';
import { kindOf } from '../../../src/lib/generator/stages/4-questions/evidence-claims';

/** A made-up town council and its bridge: one sentence says the council turned the offer down. */
const BRIDGE = [
	'The Varne Bridge',
	'',
	'The Varne Council met in March to discuss the old wooden bridge over the river. The Varne Council had owned the bridge since the town was first settled by farmers. Engineers told the meeting that the deck was rotting in several places.',
	'',
	'A builder from the coast offered to replace the bridge with a steel one for a low price. The Varne Council rejected the offer after a long debate in the town hall. Local shopkeepers had liked the offer, since lorries could use a steel crossing. News of the offer had spread quickly through the market.',
	'',
	'In the summer the Varne Council hired two carpenters from the valley to mend the deck by hand. The work took eleven weeks and the bridge reopened to walkers in October.'
].join('\n');

/** A made-up runner: one sentence says she won the race, another names the race, not the win. */
const RUNNER = [
	'Mira Kestrel',
	'',
	'Mira Kestrel grew up on a sheep farm in the hills above Tarlow. Mira Kestrel trained on the steep farm tracks before school every morning for six years, whatever the weather. Her coach, a retired postman, timed every lap with an old pocket watch.',
	'',
	'At nineteen Mira Kestrel entered the national cross-country race in the capital. Mira Kestrel won the race by nine seconds on a muddy course in heavy rain. The race covered ten kilometres of fields and woods. Reporters from three newspapers waited for hours at the finish line of the race.',
	'',
	'The next spring Mira Kestrel moved to the coast to study marine biology at the college.'
].join('\n');

/** A made-up firm that bought another: the firm's name is in the key alone, so the claim says its kind. */
const BAKERY = [
	'Tarnwick Foods',
	'',
	'Tarnwick Foods began as a small bakery in the port town of Elsby after the war. Tarnwick Foods opened its first shop on the harbour road a few years later.',
	'',
	'In 1998 Tarnwick Foods acquired the Pellow creamery business. Tarnwick Foods still bakes its bread in the old brick ovens by the quay. Tarnwick Foods sponsors the rowing club and the summer fair in Elsby.'
].join('\n');

/**
 * The checks review k7 added: the key shares the claim's matter, and two wrong options are on the
 * claim's or the key's matter. The articles here give wrong options on other matters, so this file
 * reads the builder apart from them; evidence-topic.test.ts tests them.
 */
const K7_CHECKS = /^evidence-(key-off-claim|options-off-topic):/;
const validateCandidate = (c: Candidate) => allChecks(c).filter((r) => !K7_CHECKS.test(r));
const items = (text: string) =>
	checkedCandidates(text, { kinds: ['supporting-evidence'] })
		.filter(({ reasons }) => reasons.every((r) => K7_CHECKS.test(r)))
		.map(({ candidate }) => candidate)
		.filter((c) => c.kind === 'supporting-evidence');

describe('supporting-evidence items', () => {
	it.each([
		[BRIDGE, 'the Varne Council turned down the offer', 'The Varne Council rejected the offer'],
		[RUNNER, 'Mira Kestrel came out ahead in the race', 'Mira Kestrel won the race'],
		[BAKERY, 'Tarnwick Foods took ownership of another company', 'In 1998 Tarnwick Foods acquired']
	])('a claim restated in plain words, the sentence stating it the key', (text, claim, key) => {
		const [item, ...more] = items(text);
		expect(more).toEqual([]);
		expect(item?.stem).toBe(evidenceStem(claim));
		expect(item?.answer.startsWith(key)).toBe(true);
		// The key is the source; "Show in article" also marks the three sentences weighed against it.
		expect(item?.source.sentence).toBe(item?.answer);
		expect(item?.evidence?.map((e) => e.sentence).sort()).toEqual([...item!.distractors].sort());
		// Every option a whole sentence of the article.
		for (const o of [item!.answer, ...item!.distractors]) expect(text).toContain(o);
		expect(validateCandidate(item as Candidate)).toEqual([]);
	});

	it('is opt-in only, and not asked where the wrong options are on other matters (review k7)', () => {
		// BRIDGE's wrong options name the council but not the offer: the key alone is on the claim.
		const quiz = generateQuiz(BRIDGE, { count: 5, kinds: ['supporting-evidence'] });
		expect(quiz.questions).toEqual([]);
		expect(quiz.rejected.some((r) => r.reasons.some((why) => K7_CHECKS.test(why)))).toBe(true);
		const plain = generateQuiz(BRIDGE, { count: 10 });
		expect(plain.questions.some((x) => x.kind === 'supporting-evidence')).toBe(false);
		expect(plain.questions.some((x) => 'evidence' in x)).toBe(false);
	});

	it('a second sentence that says the same of the subject is never an option', () => {
		const twice = BRIDGE.replace(
			'Local shopkeepers had liked',
			'The Varne Council refused a second offer in May. Local shopkeepers had liked'
		);
		for (const item of items(twice))
			expect([item.answer, ...item.distractors].filter((o) => /refused|rejected/.test(o))).toEqual([
				item.answer
			]);
	});

	it('no wrong option shares a word of the object the claim keeps: it might bear it out too', () => {
		const [item] = items(BRIDGE);
		expect(item?.claim?.object).toBe('the offer');
		expect(item?.distractors.some((d) => /\boffer/.test(d))).toBe(false);
	});

	it('deterministic', () => {
		const a = generateQuiz(RUNNER, { seed: 3, kinds: ['supporting-evidence'] });
		const b = generateQuiz(RUNNER, { seed: 3, kinds: ['supporting-evidence'] });
		expect(a.questions).toEqual(b.questions);
	});
});

/** The bridge item, altered one way: which named check rejects it. */
function altered(change: (c: Candidate) => Candidate): string[] {
	const [item] = items(BRIDGE);
	return validateCandidate(change(item as Candidate)).map((r) => r.split(':')[0] as string);
}

describe('supporting-evidence checks', () => {
	it.each<[string, (c: Candidate) => Candidate, string]>([
		[
			'a wrong option that says the same',
			(c) => ({
				...c,
				distractors: [
					'The Varne Council also turned down a plan for a ferry in the spring.',
					...c.distractors.slice(1)
				]
			}),
			'evidence-double-support'
		],
		[
			'a claim in the key own words',
			(c) => ({
				...c,
				stem: evidenceStem('the Varne Council rejected something'),
				claim: {
					...c.claim!,
					text: 'the Varne Council rejected something',
					predicate: 'rejected something'
				}
			}),
			'evidence-claim-not-copied'
		],
		[
			'wrong options that do not name the subject',
			(c) => ({
				...c,
				distractors: [
					'Engineers told the meeting that the deck was rotting in several places.',
					'Local shopkeepers had hoped for a wider crossing that lorries could use.',
					'The work took eleven weeks and the bridge reopened to walkers in October.'
				]
			}),
			'evidence-claim-not-copied'
		],
		[
			'a key far longer than the others',
			(c) => ({
				...c,
				answer: `${c.answer.slice(0, -1)} and sent a long letter to every farmer in the valley explaining why the town could not pay.`,
				source: { ...c.source, sentence: 'changed' }
			}),
			'evidence-options-length'
		],
		[
			'a claim that names nothing',
			(c) => ({
				...c,
				stem: evidenceStem('the Varne Council turned something down'),
				claim: {
					...c.claim!,
					text: 'the Varne Council turned something down',
					predicate: 'turned something down',
					object: undefined
				}
			}),
			'evidence-claim-vague'
		],
		[
			'a kept word only the key has',
			(c) => {
				const answer =
					'The Varne Council rejected the Pellow offer after a long debate in the hall.';
				const claim = 'the Varne Council turned down the Pellow offer';
				return {
					...c,
					answer,
					source: { ...c.source, sentence: answer },
					stem: evidenceStem(claim),
					claim: {
						...c.claim!,
						text: claim,
						predicate: 'turned down the Pellow offer',
						object: 'the Pellow offer'
					}
				};
			},
			'evidence-matching-cue'
		],
		[
			'a wrong option with a figure of the key',
			(c) => ({
				...c,
				answer: 'The Varne Council rejected the offer of 40,000 crowns after a long debate.',
				source: {
					...c.source,
					sentence: 'The Varne Council rejected the offer of 40,000 crowns after a long debate.'
				},
				distractors: [
					'The Varne Council had set aside 40,000 crowns for the old bridge in March.',
					...c.distractors.slice(1)
				]
			}),
			'evidence-double-support'
		],
		[
			'a key that does not state the claim',
			(c) => ({
				...c,
				stem: evidenceStem('the Varne Council came out on top'),
				claim: { ...c.claim!, text: 'the Varne Council came out on top', classId: 'success' }
			}),
			'evidence-claim-restated'
		]
	])('%s', (_, change, check) => {
		expect(altered(change)).toContain(check);
	});
});

describe('option and claim rules', () => {
	it.each([
		['The council met in March to talk about the bridge.', undefined],
		['He met the council in March to talk about the bridge.', 'leans on the sentence before'],
		['the council met in March to talk about the bridge.', 'does not open on a capital'],
		['The council met.', '3 words, under 6']
	])('%s', (text, problem) => {
		expect(optionProblem(text)).toBe(problem);
	});

	it('the key never the longest option', () => {
		expect(
			lengthProblem(['A long key sentence that runs on.', 'Short one here.', 'Another.', 'Third.'])
		).toBe('the key is the longest option');
		expect(
			lengthProblem([
				'Six words in this key sentence.',
				'Seven words in this wrong sentence here.',
				'Six words in this wrong one.',
				'Six words in this other one.'
			])
		).toBeUndefined();
	});

	it.each([
		['made something bigger', 'names no one and nothing'],
		['took a dim view of something', 'names no one and nothing'],
		['built up its vote', undefined],
		['passed away', undefined],
		['came out ahead in the race', undefined]
	])('vague claim: %s', (predicate, problem) => {
		const found = vagueClaimProblem(predicate);
		if (problem) expect(found).toContain(problem);
		else expect(found).toBeUndefined();
	});

	it.each([
		['PwC consulting', 'another company'],
		['the Treaty of Paris', 'an agreement'],
		['a new album', 'new music'],
		['the old bridge', undefined]
	])('the kind of %s', (object, kind) => {
		expect(kindOf(object)).toBe(kind);
	});

	it('a figure in two sentences', () => {
		expect(sharesNumber('Labour rose to 30.7% of the vote.', 'In 1929 it had 30.7% again.')).toBe(
			true
		);
		expect(sharesNumber('Labour rose to 30.7% of the vote.', 'In 1929 it had 37.1%.')).toBe(false);
	});

	it('a copied word in any form counts', () => {
		expect(copiedWords('got into trouble with the law', 'The lawyers went to court.')).toEqual([]);
		expect(copiedWords('got into trouble with the law', 'Two laws were broken.')).toEqual(['law']);
		expect(copiedWords('spoke out against something', 'She spoke at the hall.')).toEqual(['spoke']);
	});
});

/** A made-up potter whose death is one sentence: "died" alone would answer "… passed away?". */
const POTTER = [
	'Edwin Marlowe',
	'',
	"Edwin Marlowe grew up in a small pottery town on the edge of the moors. Edwin Marlowe learned to throw pots in his uncle's workshop before he could read. His uncle sold plates and jugs at the Saturday market.",
	'',
	'In his twenties Edwin Marlowe travelled across the north to study old kilns. Edwin Marlowe wrote a short book about glazes that potters still use today. The book explained how ash from different woods changes the colour of a pot.',
	'',
	'Edwin Marlowe opened a school for young potters in a former mill. Edwin Marlowe taught there for thirty years and trained hundreds of students. Many of his students later opened workshops of their own.',
	'',
	'Edwin Marlowe died at his cottage near the mill at the age of eighty. Edwin Marlowe left his tools and notebooks to the school.'
].join('\n');

describe('evidence-claim-event', () => {
	it('asks no claim that only says a life had an event ("passed away")', () => {
		const { questions, rejected } = generateQuiz(POTTER, { kinds: ['supporting-evidence'] });
		expect(questions.map((q) => q.stem).join(' ')).not.toMatch(/passed away/);
		expect(
			rejected.some((r) => r.reasons.some((why) => why.startsWith('evidence-claim-event')))
		).toBe(true);
	});
});
