// Vocabulary items: "As used in paragraph 2 (…), what does "dwindled" most nearly mean?", a word
// read in its sentence, the options one plain word each, its sense from WordNet (src/lib/server/wordnet.ts). Opt-in (`kinds`), and
// only with a sense dictionary passed in (`lexicon`).
import { describe, expect, it } from 'vitest';
import { checkedCandidates, generateQuiz, validCandidates } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import { validateCandidate as allChecks } from '../../../src/lib/generator/stages/5-validate';
import { wordNet } from '../../../src/lib/server/wordnet';

/**
 * A made-up fishing town's market: "dwindled" is worth asking, its key a plainer broader verb, its
 * distractors other changes the article names ("doubled", "narrowed").
 */
const MARKET = [
	'The Harbour Market',
	'',
	'For forty years the fish market on Quay Street was the busiest place in Tolvik. Every morning the boats unloaded their catch before dawn, and traders shouted prices across the wet stones.',
	'',
	'In the last decade the crowds have dwindled. Rents doubled, the ice house closed and the quay narrowed. Younger families now buy their food at the supermarket on the ring road, and many of the old stalls stand empty for most of the week.',
	'',
	'A winter storm devastated the harbour wall in 2019. The council repaired it slowly, and several traders left the town for good.',
	'',
	'Some traders remain sceptical. They say the council acted too late and that rents are still too high for a young fisherman to start a business.',
	'',
	'On Saturdays the market still fills up. Musicians play by the fountain, children chase the gulls, and an old woman sells knitted hats that she makes during the winter. Tourists photograph the painted boats and ask the traders to explain the names of strange fish.',
	'',
	'The new mayor espoused a plan to lower rents for the first two years and build a covered hall where people could eat in the rain.',
	'',
	'Not everyone agrees with the plan. A few residents complained that the hall would block the view of the harbour, and one farmer threatened to sue. Others praised the idea, and a local baker promised to donate bread for the opening day.'
].join('\n');

const lexicon = wordNet();
/**
 * The checks review k7 added: the sentence must bear the key's sense out, and no wrong option may
 * be a word lifted from the article. This file reads the builder apart from them (the items below
 * take their wrong options from the article); vocabulary-k7.test.ts tests them.
 */
const K7_CHECKS = /^vocabulary-(sense-in-sentence|options-plausible):/;
const validateCandidate = (c: Candidate) => allChecks(c).filter((r) => !K7_CHECKS.test(r));
const items = (text: string) =>
	checkedCandidates(text, { kinds: ['vocabulary'], lexicon })
		.filter(({ reasons }) => reasons.every((r) => K7_CHECKS.test(r)))
		.map(({ candidate }) => candidate)
		.filter((c) => c.kind === 'vocabulary');
const itemFor = (text: string, word: string) => items(text).find((c) => c.word?.text === word);

describe('the WordNet reader', () => {
	it.each([
		['halt', 'v', 'stop'],
		['meager', 'a', 'stingy'],
		['abruptly', 'r', 'suddenly'],
		['treaty', 'n', 'pact']
	] as const)('finds the senses of "%s" (%s), with "%s" among their words', (lemma, pos, word) => {
		const senses = lexicon.senses(lemma, pos);
		expect(senses.length).toBeGreaterThan(0);
		expect(senses.some((s) => s.words.includes(word))).toBe(true);
		expect(senses.every((s) => s.gloss.length > 0 && /^\d{8}[nvar]$/.test(s.id))).toBe(true);
	});

	it('orders senses by tag count and sums them as a frequency', () => {
		const senses = lexicon.senses('halt', 'v');
		expect(senses[0]!.tagCount).toBeGreaterThanOrEqual(senses[1]!.tagCount);
		expect(lexicon.frequency('halt', 'v')).toBe(senses.reduce((n, s) => n + s.tagCount, 0));
	});

	it('links a sense to the synsets it is a kind of', () => {
		const sense = lexicon.senses('treaty', 'n')[0]!;
		expect(sense.hypernyms.length).toBeGreaterThan(0);
		expect(sense.broader).toMatch(/agreement/);
	});

	it.each([
		['rescind', true, false],
		['dwindle', false, true]
	] as const)('reads whether "%s" takes an object from its verb frames', (lemma, tr, intr) => {
		const sense = lexicon.senses(lemma, 'v')[0]!;
		expect(sense.transitive).toBe(tr);
		expect(sense.intransitive).toBe(intr);
	});

	it("reaches a sense's sister terms and an adjective's opposite cluster by synset id", () => {
		const attach = lexicon.synsetById(lexicon.senses('fasten', 'v')[0]!.hypernyms[0]!)!;
		expect(attach.words).toContain('attach');
		expect(attach.hyponyms).toContain(lexicon.senses('fasten', 'v')[0]!.id);
		const large = lexicon.synsetById(lexicon.senses('immense', 'a')[0]!.heads![0]!)!;
		expect(large.words).toContain('large');
		const small = lexicon.synsetById(large.antonymIds![0]!)!;
		expect(small.words).toContain('small');
		expect(lexicon.synsetById('nonsense')).toBeUndefined();
	});

	it.each(['zzzzq', '', 'a%b', 'two words'])('finds nothing for "%s"', (lemma) => {
		expect(lexicon.senses(lemma, 'n')).toEqual([]);
		expect(lexicon.frequency(lemma, 'n')).toBe(0);
	});
});

describe('vocabulary items', () => {
	it("asks a less common word in its sentence, the options short words in the word's inflection", () => {
		const c = itemFor(MARKET, 'dwindled')!;
		expect(c).toBeDefined();
		expect(c.stem).toMatch(
			/^As used in paragraph 2 \("[^"]*dwindled[^"]*"\), what does "dwindled" most nearly mean\?$/
		);
		// The key is the broader verb the dictionary files "dwindle" under, as the word is inflected.
		expect(c.answer).toBe('decreased');
		for (const o of [c.answer, ...c.distractors]) expect(o).toMatch(/^[a-z]+ed$/);
		expect(validateCandidate(c)).toEqual([]);
	});

	it.each([
		[
			'a word of a phrase the dictionary files whole',
			'It was an open secret in the town.',
			'secret'
		],
		[
			'a noun made from a verb',
			'The manufacturing of nets employed half the town.',
			'manufacturing'
		]
	])('does not ask %s', (_, sentence, word) => {
		const text = MARKET.replace(
			'Some traders remain sceptical.',
			`${sentence} Some traders remain sceptical.`
		);
		expect(itemFor(text, word)).toBeUndefined();
	});

	it("keys no verb with a broader word that loses the verb's way or aim", () => {
		// "smuggle": "import or export without paying customs duties"; "exported" would lose it.
		const text = MARKET.replace(
			'Some traders remain sceptical.',
			'Two sailors smuggled brandy past the harbour office. Some traders remain sceptical.'
		);
		expect(itemFor(text, 'smuggled')).toBeUndefined();
	});

	it("draws distractors from the word's other senses, the key's opposite, sister terms or the key's field", () => {
		for (const c of items(MARKET)) {
			const sources = c.word!.distractorSources!;
			expect(sources).toHaveLength(3);
			c.word!.distractorSenses.forEach((d, i) => {
				if (sources[i] === 'field') expect(d.lexFile).toBe(c.word!.key.lexFile);
			});
		}
	});

	it('never offers a gloss: every option is one plain word', () => {
		for (const c of items(MARKET))
			for (const o of [c.answer, ...c.distractors]) expect(o).toMatch(/^[a-z]+$/);
	});

	it('asks at most two words, each from its own paragraph', () => {
		const all = items(MARKET);
		expect(all.length).toBeGreaterThan(0);
		expect(all.length).toBeLessThanOrEqual(2);
		expect(new Set(all.map((c) => c.fact.paragraph)).size).toBe(all.length);
	});

	it('yields nothing without a sense dictionary, or when not asked for', () => {
		expect(validCandidates(MARKET, { kinds: ['vocabulary'] }).candidates).toEqual([]);
		const quiz = generateQuiz(MARKET, { count: 10, lexicon });
		expect(quiz.questions.some((q) => q.kind === 'vocabulary')).toBe(false);
	});

	it('makes no quiz question of an item whose wrong options are article words (review k7)', () => {
		const quiz = generateQuiz(MARKET, { count: 10, kinds: ['vocabulary'], lexicon });
		for (const q of quiz.questions) expect(q.skill).toBe('vocabulary');
		expect(quiz.questions).toEqual([]);
		expect(quiz.rejected.some((r) => r.reasons.some((why) => K7_CHECKS.test(why)))).toBe(true);
	});

	it.each([
		['a quoted word', MARKET.replace('crowds have dwindled', 'crowds have "dwindled"')],
		['a capitalised word', MARKET.replace('the crowds have dwindled', 'Dwindled the crowds have')],
		[
			'a word the article keeps using',
			MARKET.replace(
				'Some traders remain',
				'Catches dwindled, trade dwindled and hope dwindled. Some traders remain'
			)
		]
	])('does not ask %s', (_, text) => {
		expect(itemFor(text, 'dwindled')).toBeUndefined();
	});

	it("never offers a distractor whose sense is near the key's", () => {
		for (const c of items(MARKET))
			c.word!.distractorSenses.forEach((d, i) => {
				expect(d.id).not.toBe(c.word!.key.id);
				// (A sister term shares the key's broader act by design: "inserted" beside "secured".)
				if (c.word!.distractorSources![i] === 'sister') return;
				expect(d.hypernyms.some((h) => c.word!.key.hypernyms.includes(h))).toBe(false);
			});
	});
});

/**
 * A made-up clinic: "encompassed" has one sense in WordNet, so no other sense to set as a trap; its
 * broader act ("include") has an opposite, and the article's verbs of other fields fill the rest.
 */
const CLINIC = [
	'The River Clinic',
	'',
	'The River Clinic opened in a former bakery on Mill Lane in 1998. Two nurses ran it from a single room, and patients waited on benches in the yard.',
	'',
	'Over the years its work has encompassed a range of services, from vaccinations to home visits for the elderly. The staff also trained volunteers and repaired an old van to carry medicine to the farms.',
	'',
	'In 2015 a fire destroyed the back room. The council rebuilt it within a year, and a local firm donated new beds.',
	'',
	'Today the clinic employs twelve people. They treated more than four thousand patients last year, and the waiting list has shrunk.',
	'',
	'The director hopes to open a second clinic across the river. She has already collected enough money for the roof, and a builder has drawn the plans.'
].join('\n');

describe('vocabulary items of a word with one sense', () => {
	it.each([
		[
			'encompassed',
			CLINIC,
			'embraced',
			// The opposite of its broader act, "include".
			'excluded'
		]
	])(
		'asks "%s", its key a word of its one sense and an opposite among the distractors',
		(word, text, key, opposite) => {
			const c = itemFor(text, word)!;
			expect(c).toBeDefined();
			expect(c.word!.senseCount).toBe(1);
			expect(c.answer).toBe(key);
			expect(c.distractors).toContain(opposite);
			for (const o of [c.answer, ...c.distractors]) expect(o).toMatch(/^[a-z]+(ed|t)$/);
			expect(validateCandidate(c)).toEqual([]);
		}
	);

	it.each([
		['the clinic', CLINIC],
		['the market', MARKET]
	])(
		"offers in %s no article word defined in a weighty word of the key's definition",
		(_, text) => {
			for (const c of items(text)) {
				const key = new Set(
					c
						.word!.key.gloss.toLowerCase()
						.split(/[^a-z]+/)
						.filter((w) => w.length > 3)
				);
				for (const w of ['become', 'cause', 'person', 'someone', 'thing', 'something'])
					key.delete(w);
				c.word!.distractorSenses.forEach((d, i) => {
					if (!['field', 'other'].includes(c.word!.distractorSources![i]!)) return;
					for (const sense of c.word!.optionSenses[i + 1]!)
						for (const w of sense.gloss.toLowerCase().split(/[^a-z]+/))
							expect(key.has(w)).toBe(false);
				});
			}
		}
	);

	it('names no paragraph in an article of one, most often lines joined as hard-wrapped prose', () => {
		const lines = CLINIC.replace(/\n\n/g, '\n').replace(
			'The River Clinic\n',
			'The River Clinic\n\n'
		);
		const c = itemFor(lines, 'encompassed')!;
		expect(c.stem).toMatch(
			/^As used in the article \("… [^"]*encompassed[^"]*"\), what does "encompassed"/
		);
		expect(itemFor(CLINIC, 'encompassed')!.stem).toMatch(/^As used in paragraph 2 \(/);
	});

	it('fills the distractors with article verbs of another field, none of thought or speech', () => {
		const c = itemFor(CLINIC, 'encompassed')!;
		const sources = c.word!.distractorSources!;
		expect(sources).toContain('other');
		c.word!.distractorSenses.forEach((d, i) => {
			if (sources[i] !== 'other') return;
			expect(d.lexFile).not.toBe(c.word!.key.lexFile);
			expect([31, 32]).not.toContain(d.lexFile);
		});
	});

	it.each([
		["an article verb of the key's own field", 'other'],
		["an opposite with a sense near the key's", 'opposite']
	] as const)('vocabulary-distractor-fits-context rejects %s', (_, source) => {
		const c = itemFor(CLINIC, 'encompassed')!;
		const w = c.word!;
		// The first distractor made a word of the key's own synset: it reads as the key.
		const broken: Candidate = {
			...c,
			word: {
				...w,
				distractorSources: [source, ...w.distractorSources!.slice(1)],
				optionSenses: [w.optionSenses[0]!, [w.key], ...w.optionSenses.slice(2)]
			}
		};
		expect(
			validateCandidate(broken).some((r) => r.startsWith('vocabulary-distractor-fits-context:'))
		).toBe(true);
	});
});

/** The dwindled item broken one way each: the named check that must reject it. */
const BROKEN: [string, (c: Candidate) => Candidate][] = [
	[
		'vocabulary-sense-confident',
		(c) => ({ ...c, word: { ...c.word!, senseCount: 3, apart: 2, dominance: 1.2, keyOverlap: 0 } })
	],
	[
		'vocabulary-options-same-form',
		(c) => ({ ...c, distractors: ['Grew', ...c.distractors.slice(1)] })
	],
	[
		'vocabulary-distractor-fits-context',
		(c) => ({
			...c,
			word: { ...c.word!, distractorSenses: [c.word!.key, ...c.word!.distractorSenses.slice(1)] }
		})
	],
	['vocabulary-word-common', (c) => ({ ...c, word: { ...c.word!, tagTotal: 400 } })],
	[
		'vocabulary-options-not-in-sentence',
		(c) => ({ ...c, distractors: ['crowds', ...c.distractors.slice(1)] })
	],
	['vocabulary-stem-form', (c) => ({ ...c, stem: 'What does this word mean?' })],
	[
		'vocabulary-word-everyday',
		(c) => ({ ...c, word: { ...c.word!, perMillion: 40, optionPerMillion: [90, 50, 50, 50] } })
	],
	[
		'vocabulary-word-everyday',
		(c) => ({ ...c, word: { ...c.word!, perMillion: 1, optionPerMillion: [90, 0.1, 50, 50] } })
	]
];

describe('vocabulary checks', () => {
	it.each(BROKEN)('%s rejects the broken item', (name, breakIt) => {
		const c = itemFor(MARKET, 'dwindled')!;
		expect(validateCandidate(c)).toEqual([]);
		const reasons = validateCandidate(breakIt(c));
		expect(reasons.some((r) => r.startsWith(`${name}:`))).toBe(true);
	});

	it('leaves other kinds alone', () => {
		const c: Candidate = { ...itemFor(MARKET, 'dwindled')!, kind: 'gap', stem: 'What?' };
		expect(validateCandidate(c).filter((r) => r.startsWith('vocabulary-'))).toEqual([]);
	});
});
