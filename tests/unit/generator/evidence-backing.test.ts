// Backed claims: "Which sentence from the article best supports the claim that …?", where the claim
// is a general sentence of the article and the key the sentence after it that bears it out with a
// figure or an example. The wrong options are sentences of other paragraphs on none of the claim's
// words. Opt-in (`kinds: ['supporting-evidence']`). The articles are made up for these tests.
import { describe, expect, it } from 'vitest';
import { checkedCandidates } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import {
	backingOption,
	bareClaim,
	BACKING_CLASS,
	deniesClaim,
	onlyDates
} from '../../../src/lib/generator/stages/4-questions/evidence-backing';

/** A made-up harbour town: one general claim per paragraph, each borne out by the next sentence. */
const HARBOUR = [
	'The Harbour at Pellin',
	'',
	'Fishing has become far less important to Pellin over the last thirty years. In 1990 the harbour held 64 working boats, but only 9 were left by 2020. Most of the old sheds now stand empty along the quay.',
	'',
	'Summer visitors are now the main source of income for the shops on the front. A survey by the traders found that 70 per cent of their takings came between June and September. The cafe by the slipway stays open until late in August.',
	'',
	'The lifeboat crew trains on Tuesday evenings in all weathers. Its new boat cost 2.1 million pounds and was paid for by gifts from across the county. Children from the primary school visit the station each spring.',
	'',
	'The old chapel on the hill was turned into a small museum. It opened in 1998 and shows nets, lamps and photographs of the fleet. A retired skipper gives talks there on Sunday afternoons.'
].join('\n');

/**
 * The checks review k7 added: the key shares the claim's matter, and two wrong options are on the
 * claim's or the key's matter. The articles here give wrong options on other matters, so this file
 * reads the builder apart from them; evidence-topic.test.ts tests them.
 */
const K7_CHECKS = /^evidence-(key-off-claim|options-off-topic):/;
const backed = (text: string) =>
	checkedCandidates(text, { kinds: ['supporting-evidence'] })
		.filter(({ reasons }) => reasons.every((r) => K7_CHECKS.test(r)))
		.map(({ candidate }) => candidate)
		.filter((c) => c.kind === 'supporting-evidence' && c.claim?.classId === BACKING_CLASS);

describe('backed claims', () => {
	it('asks the general claim, keyed by the sentence after it', () => {
		const items = backed(HARBOUR);
		const fishing = items.find((c) => /fishing has become far less important/.test(c.stem));
		expect(fishing?.stem).toBe(
			'Which sentence from the article best supports the claim that fishing has become far less important to Pellin over the last thirty years?'
		);
		expect(fishing?.answer).toMatch(/^In 1990 the harbour held 64 working boats/);
	});

	it('takes wrong options from other paragraphs, on none of the claim’s words', () => {
		for (const item of backed(HARBOUR)) {
			expect(item.distractors).toHaveLength(3);
			for (const d of item.distractors) {
				expect(d).not.toBe(item.answer);
				expect(d).not.toMatch(/fishing|important/i);
			}
		}
	});

	it('is deterministic', () => {
		expect(backed(HARBOUR).map((c) => c.answer)).toEqual(backed(HARBOUR).map((c) => c.answer));
	});
});

describe('what a backed claim may be', () => {
	it.each([
		['Fishing has become far less important to Pellin over the last thirty years.', true],
		['But summer visitors are now the main source of income for the shops.', true],
		// Pointing back, a figure, quotes, a definition, an example itself: no claim alone.
		['They have become far less important to the town over the years.', false],
		['Fishing fell by 40 per cent in the town over the last ten years.', false],
		['Eavesdropping is the act of listening to a private talk between two people.', false],
		['For example, most of the old sheds now stand empty along the quay.', false],
		['Fishing matters.', false]
	])('%s → %s', (sentence, ok) => {
		expect(!!bareClaim(sentence)).toBe(ok);
	});

	it.each([
		// A fronted phrase of time and a participle's tail are no part of what the sentence claims.
		[
			'Since taking office, Mayor Dunmore has made a sharp change in her policy on the harbour, signaling a wish to sell the quay to a private firm within two years.',
			'Mayor Dunmore has made a sharp change in her policy on the harbour'
		],
		[
			'In recent years, the lifeboat crew has grown much larger, drawing young people from the whole county.',
			'the lifeboat crew has grown much larger'
		],
		['Fishing has become far less important to Pellin over the last thirty years.', undefined]
	])('the claim of "%s" is its main clause', (sentence, main) => {
		const bare = bareClaim(sentence);
		if (main === undefined) expect(bare).toBe(sentence.replace(/\.$/, ''));
		else expect(bare?.toLowerCase()).toBe(main.toLowerCase());
	});

	it('an option drops the words that say it is an example', () => {
		expect(backingOption('For example, the cafe stays open late.')).toBe(
			'The cafe stays open late.'
		);
		expect(backingOption('The cafe, for instance, stays open late.')).toBe(
			'The cafe stays open late.'
		);
	});
});

/** The checks an item fails after `change`. */
function failures(change: (c: Candidate) => Candidate, text = HARBOUR): string[] {
	const item = backed(text)[0] as Candidate;
	return validateCandidate(change(item), { text })
		.filter((r) => !K7_CHECKS.test(r))
		.map((r) => r.split(':')[0] as string);
}

describe('backed-claim checks', () => {
	it('the item as built passes them all', () => {
		expect(failures((c) => c)).toEqual([]);
	});

	it.each([
		[
			'evidence-double-support',
			(c: Candidate) => ({
				...c,
				distractors: [
					'Fishing boats were once the pride of the whole important town.',
					...c.distractors.slice(1)
				]
			})
		],
		[
			'evidence-matching-cue',
			(c: Candidate) => ({
				...c,
				answer: 'Fishing became less important as 55 boats were sold.',
				source: { ...c.source, sentence: 'Fishing became less important as 55 boats were sold.' }
			})
		],
		[
			'evidence-claim-restated',
			(c: Candidate) => ({
				...c,
				stem: 'Which sentence from the article best supports the claim that cats fly?'
			})
		],
		[
			'evidence-claim-vague',
			(c: Candidate) => ({
				...c,
				claim: c.claim && {
					...c.claim,
					text: 'many more were lost',
					predicate: 'many more were lost',
					claimSentence: {
						text: 'Many more were lost.',
						sentence: c.claim.claimSentence?.sentence ?? 0
					}
				}
			})
		]
	])('%s rejects an item made to fail it', (check, change) => {
		expect(failures(change)).toContain(check);
	});
});

/** A made-up report in one paragraph: a claim about a mayor, then the examples of it by name. */
const QUAY = [
	'Pellin council pauses the sale of the quay',
	'',
	'The council of Pellin has paused the planned sale of the old quay to a private firm. ' +
		'The pause was agreed at a closed meeting on Monday evening. ' +
		'Since taking office, Mayor Dunmore has made a significant change in the town policy on the harbour, signaling a wish to keep the quay in public hands. ' +
		'Dunmore’s softer line has been clear in recent weeks, including meeting the fishermen twice and visiting the empty sheds along the quay. ' +
		'Additionally, the council has voted to repair the slipway with money from its own reserves. ' +
		'The lifeboat crew has asked for a new shed at the end of the pier for its second boat. ' +
		'The quay was built in the last century from great granite blocks that were brought here by sea from a large quarry in the far north of the county. ' +
		'Local traders have warned that the car park beside the quay is far too small for the summer crowds. ' +
		'The harbour master said that the sea wall must be checked after every winter storm on the coast. ' +
		'A decision on the sale is now expected at the next meeting of the full council in the spring.'
].join('\n');

describe('backed claims in one long paragraph', () => {
	it('asks the main clause, keyed by the examples of its subject by name', () => {
		const item = backed(QUAY).find((c) => /Dunmore has made a significant change/.test(c.stem));
		expect(item?.stem).toBe(
			'Which sentence from the article best supports the claim that Mayor Dunmore has made a significant change in the town policy on the harbour?'
		);
		expect(item?.answer).toMatch(/^Dunmore['’]s softer line has been clear/);
	});

	it('takes wrong options three sentences away at least, on none of the claim’s or key’s names', () => {
		const item = backed(QUAY).find((c) => /Dunmore has made/.test(c.stem));
		expect(item?.distractors).toHaveLength(3);
		for (const d of item?.distractors ?? []) {
			expect(d).not.toMatch(/Dunmore|Additionally|pause was agreed/);
		}
	});

	it.each([
		// "Others, including …" and "In other towns, such as …" turn to other cases: no examples of it.
		'Others, including a few of the fishermen, say that the quay should be sold at once to the firm.',
		'In other towns, such as Varne and Kelby, the council simply sold the quay to the highest bidder.'
	])('takes no examples of other cases: "%s"', (turn) => {
		const text = QUAY.replace(/Dunmore’s softer line[^.]*\./, turn);
		expect(backed(text).filter((c) => /Dunmore has made/.test(c.stem))).toEqual([]);
	});
});

/** The fishing claim's item of an article, if any. */
const fishingItem = (text: string) =>
	backed(text).find((c) => /important to Pellin|Pellin over/.test(c.stem));
const FISHING_KEY = 'In 1990 the harbour held 64 working boats, but only 9 were left by 2020.';

describe('one option supports the claim (reviews k5 and k6: wrong and double keys)', () => {
	it('takes no wrong option from the claim’s own paragraph, whose sentences may back it too', () => {
		const text = HARBOUR.replace(
			'Most of the old sheds now stand empty along the quay.',
			'Most of the old sheds now stand empty along the quay. A net maker still works in one of them. The fish market on the quay closed its doors for good in 2011.'
		);
		const item = fishingItem(text);
		expect(item?.answer).toBe(FISHING_KEY);
		for (const d of item?.distractors ?? []) expect(d).not.toMatch(/fish market|net maker|sheds/);
	});

	it.each([
		'Visit the station on one of its 12 open days to see the crew at work.',
		'On one of its 12 open days, visit the station to see the crew at work.'
	])(
		'takes no instruction as a wrong option: it is no evidence, and may tell what the claim says: "%s"',
		(instruction) => {
			const text = HARBOUR.replace(
				'Children from the primary school visit the station each spring.',
				instruction
			);
			for (const item of backed(text))
				for (const d of item.distractors) expect(d).not.toMatch(/visit the station/i);
			expect(backed(text).length).toBeGreaterThan(0);
		}
	);

	it.each([
		[
			'a key that turns to another place',
			FISHING_KEY,
			'Further afield, the port of Kelby lost 40 of its 52 boats between 1990 and 2020.'
		],
		[
			'a key that is an instruction',
			FISHING_KEY,
			'Walk to the end of the quay and count the 9 boats that were left by 2020.'
		],
		[
			'a claim whose sentence gives its own examples',
			'Fishing has become far less important to Pellin over the last thirty years.',
			'Fishing has become far less important to Pellin over the last thirty years, including for the young.'
		],
		[
			'a past event of a chronicle, then the next dated one',
			'Fishing has become far less important to Pellin over the last thirty years.',
			'Fishing at Pellin over the last thirty years declined rapidly.'
		],
		// A year is no figure that bears out a general point: the sentence is the next event (tuning
		// k2: "In September 1859, a solar storm …" keyed a claim of an eleven-year cycle).
		[
			'a key whose only figures are years',
			FISHING_KEY,
			'In 1990 the harbour was crowded with working boats, but by 2020 the quay was nearly empty.'
		],
		// A figure shows what is, not what is not ("most infections do not have symptoms" keyed by
		// "About 10% of latent infections progress to active disease", dev+train).
		[
			'a claim that says what is not so',
			'Fishing has become far less important to Pellin over the last thirty years.',
			'Fishing has not stayed important to Pellin over the last thirty years.'
		],
		[
			'a report of what was seen, not a point',
			'Fishing has become far less important to Pellin over the last thirty years.',
			'Far fewer trawlers have been seen at Pellin over the last thirty years.'
		]
	])('asks no item of %s', (_, from, to) => {
		expect(fishingItem(HARBOUR)).toBeDefined();
		expect(fishingItem(HARBOUR.replace(from, to))).toBeUndefined();
	});
});

describe('what bears out a claim by a figure', () => {
	it.each<[string, boolean]>([
		['In September 1859, a solar storm produced auroras near the tropics.', true],
		['In 1990 the harbour held 64 working boats.', false],
		['About 10% of infections progress to active disease.', false]
	])('"%s" gives only years: %s', (text, only) => {
		expect(onlyDates(text)).toBe(only);
	});

	it.each<[string, boolean]>([
		['Most infections do not have symptoms.', true],
		['Few towns have no harbour wall.', true],
		['Fishing has become far less important to Pellin.', false]
	])('"%s" says what is not so: %s', (text, denies) => {
		expect(deniesClaim(text)).toBe(denies);
	});
});

describe('a backed claim that opens on a name', () => {
	it('keeps the capital of a name the article never writes in lower case', () => {
		const text = HARBOUR.replace(
			'The old chapel on the hill was turned into a small museum.',
			'Gjorë has grown much larger than the harbour town over the last thirty years. In 1990 the village held 400 homes, but 2,100 stood there by 2020. The road to Gjorë was widened in 2004.\n\nThe old chapel on the hill was turned into a small museum.'
		);
		const item = backed(text).find((c) => /grown much larger/.test(c.stem));
		expect(item?.stem).toBe(
			'Which sentence from the article best supports the claim that Gjorë has grown much larger than the harbour town over the last thirty years?'
		);
	});
});
