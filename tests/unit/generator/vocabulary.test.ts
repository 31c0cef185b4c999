// Vocabulary items: "As used in paragraph 2 (…), what does "trembled" most nearly mean?", a word
// read in its sentence, the options one plain word each, its sense from WordNet (src/lib/server/wordnet.ts). Opt-in (`kinds`), and
// only with a sense dictionary passed in (`lexicon`).
import { describe, expect, it } from 'vitest';
import { generateQuiz, validCandidates } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import { wordNet } from '../../../src/lib/server/wordnet';

/**
 * A made-up ferry crossing: "trembled" is worth asking, its key a plainer word of its sense
 * ("shook"), its distractors other motions ("turned", "bounced"), none a word of the article.
 */
const STORM = [
	'The Night of the Storm',
	'',
	'The old ferry left the island at dusk with forty passengers and a cargo of apples. The wind rose quickly, and the captain told everyone to stay below.',
	'',
	"In the cabin a small boy trembled and held his mother's hand. The lamps swung from the ceiling, and water ran under the door.",
	'',
	'A woman near the stairs shrieked loudly when a wave struck the side of the boat. The crew closed the hatches and checked the lifeboats.',
	'',
	'By midnight the storm had passed. The passengers watched in astonishment as the captain brought the ferry into the harbour without a single broken window.',
	'',
	'Later, people in the town said the owners had perpetrated a serious wrong by sending the boat out in such weather. The owners promised to buy a larger ferry before the winter.',
	'',
	'At dawn the ferry nears the quay again, and the captain waves to the people on the shore.'
].join('\n');

const lexicon = wordNet();
const items = (text: string) =>
	validCandidates(text, { kinds: ['vocabulary'], lexicon }).candidates.filter(
		(c) => c.kind === 'vocabulary'
	);
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
		const c = itemFor(STORM, 'trembled')!;
		expect(c).toBeDefined();
		expect(c.stem).toMatch(
			/^As used in paragraph 2 \("[^"]*trembled[^"]*"\), what does "trembled" most nearly mean\?$/
		);
		// The key is a plainer word of the sense, its wrong options other motions, all in the past.
		expect(c.answer).toBe('shook');
		expect(c.distractors).toEqual(['turned', 'swept', 'bounced']);
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
		const text = STORM.replace('The crew closed', `${sentence} The crew closed`);
		expect(itemFor(text, word)).toBeUndefined();
	});

	it("keys no verb with a broader word that loses the verb's way or aim", () => {
		// "smuggle": "import or export without paying customs duties"; "exported" would lose it.
		const text = STORM.replace(
			'The crew closed',
			'Two sailors smuggled brandy past the harbour office. The crew closed'
		);
		expect(itemFor(text, 'smuggled')).toBeUndefined();
	});

	it("draws distractors from the word's other senses, the key's opposite or sister terms, never the article's words (review k7, k8)", () => {
		const all = items(STORM);
		expect(all.length).toBeGreaterThan(0);
		for (const c of all) {
			expect(
				c.word!.distractorSources!.every((s) => ['trap', 'opposite', 'sister'].includes(s))
			).toBe(true);
			for (const d of c.distractors)
				expect(STORM.toLowerCase()).not.toMatch(new RegExp(`\\b${d}\\b`));
		}
	});

	it('never offers a gloss: every option is one plain word', () => {
		for (const c of items(STORM))
			for (const o of [c.answer, ...c.distractors]) expect(o).toMatch(/^[a-z]+$/);
	});

	it('asks at most two words, each from its own paragraph', () => {
		const all = items(STORM);
		expect(all.length).toBeGreaterThan(0);
		expect(all.length).toBeLessThanOrEqual(2);
		expect(new Set(all.map((c) => c.fact.paragraph)).size).toBe(all.length);
	});

	it('yields nothing without a sense dictionary, or when not asked for', () => {
		expect(validCandidates(STORM, { kinds: ['vocabulary'] }).candidates).toEqual([]);
		const quiz = generateQuiz(STORM, { count: 10, lexicon });
		expect(quiz.questions.some((q) => q.kind === 'vocabulary')).toBe(false);
	});

	it('makes a quiz question of the vocabulary skill', () => {
		const quiz = generateQuiz(STORM, { count: 10, kinds: ['vocabulary'], lexicon });
		expect(quiz.questions.length).toBeGreaterThan(0);
		for (const q of quiz.questions) expect(q.skill).toBe('vocabulary');
	});

	it.each([
		['a quoted word', STORM.replace('boy trembled', 'boy "trembled"')],
		['a capitalised word', STORM.replace('a small boy trembled', 'Trembled a small boy')],
		[
			'a word the article keeps using',
			STORM.replace(
				'The crew closed',
				'The mast trembled, the deck trembled and the windows trembled. The crew closed'
			)
		]
	])('does not ask %s', (_, text) => {
		expect(itemFor(text, 'trembled')).toBeUndefined();
	});

	it("never offers a distractor whose sense is near the key's", () => {
		for (const c of items(STORM))
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
	it("asks no word whose wrong options would be the article's own words (review k7, k8)", () => {
		// "encompassed" has one sense: no trap, one opposite ("excluded"), no sister to weigh; its
		// other wrong options are plain verbs for neighbouring meanings, never the article's words.
		const c = itemFor(CLINIC, 'encompassed');
		const articleWords = new Set(CLINIC.toLowerCase().split(/[^a-z]+/));
		for (const d of c?.distractors ?? []) expect(articleWords.has(d)).toBe(false);
		expect(c?.word?.distractorSources ?? []).not.toContain('field');
	});

	it('names no paragraph in an article of one, most often lines joined as hard-wrapped prose', () => {
		const lines = STORM.replace(/\n\n/g, '\n').replace(
			'The Night of the Storm\n',
			'The Night of the Storm\n\n'
		);
		const c = itemFor(lines, 'trembled')!;
		expect(c.stem).toMatch(
			/^As used in the article \("(… )?[^"]*trembled[^"]*"\), what does "trembled"/
		);
		expect(itemFor(STORM, 'trembled')!.stem).toMatch(/^As used in paragraph 2 \(/);
	});

	it("vocabulary-distractor-fits-context rejects an opposite with a sense near the key's", () => {
		const c = itemFor(STORM, 'trembled')!;
		const w = c.word!;
		// The first distractor made a word of the key's own synset: it reads as the key.
		const broken: Candidate = {
			...c,
			word: {
				...w,
				distractorSources: ['opposite', ...w.distractorSources!.slice(1)],
				optionSenses: [w.optionSenses[0]!, [w.key], ...w.optionSenses.slice(2)]
			}
		};
		expect(
			validateCandidate(broken).some((r) => r.startsWith('vocabulary-distractor-fits-context:'))
		).toBe(true);
	});
});

/** The trembled item broken one way each: the named check that must reject it. */
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
		(c) => ({ ...c, distractors: ['cabin', ...c.distractors.slice(1)] })
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
		const c = itemFor(STORM, 'trembled')!;
		expect(validateCandidate(c)).toEqual([]);
		const reasons = validateCandidate(breakIt(c));
		expect(reasons.some((r) => r.startsWith(`${name}:`))).toBe(true);
	});

	it('leaves other kinds alone', () => {
		const c: Candidate = { ...itemFor(STORM, 'trembled')!, kind: 'gap', stem: 'What?' };
		expect(validateCandidate(c).filter((r) => r.startsWith('vocabulary-'))).toEqual([]);
	});
});
