// The comprehension kind: statements that stand alone, and alterations that make them false.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { buildEntities } from '../../../src/lib/generator/stages/3-facts/entities';
import {
	negatedClaim,
	negatedStatement,
	negationReadsClearly
} from '../../../src/lib/generator/stages/3-facts/negation';
import {
	reversedStatement,
	pointsBack,
	sentenceFact,
	standaloneStatement
} from '../../../src/lib/generator/stages/3-facts/sentences';
import {
	alterStatement,
	fillAlterations
} from '../../../src/lib/generator/stages/4-questions/statements';
import type { Candidate, Fact } from '../../../src/lib/generator/types';
import { answerCore, selectQuestions } from '../../../src/lib/generator/stages/6-select';
import { optionsOverlap, revealsFigure } from '../../../src/lib/generator/stages/6-select/clashes';
import { mulberry32 } from '../../../src/lib/generator/random';
import { generateQuiz, QUESTION_KINDS, validCandidates } from '../../../src/lib/generator/index';

function parsed(text: string) {
	const p = parseText(normalizeText(text));
	const index = buildEntities(p.mentions, p.sentences);
	const sentence = p.sentences[0]!;
	return { sentence, mentions: index.bySentence.get(0) ?? [] };
}

describe('pointsBack', () => {
	it.each([
		['a description of something named before', 'The institution dates back to 1824.', true],
		['a country’s government', 'The UK government relaxed the law in 1963.', false],
		['a country’s army', 'The French army crossed the river in 1812.', false],
		// The town's "institution" is one of many: which one, the sentence before said.
		['a town’s institution', 'The Manchester institution dates back to 1824.', true]
	])('%s', (_name, text, expected) => {
		expect(pointsBack(parsed(text).sentence, 0, 'Harbours')).toBe(expected);
	});
});

describe('standaloneStatement', () => {
	it.each([
		[
			'a plain claim',
			'The lighthouse was finished in 1844.',
			'The lighthouse was finished in 1844.'
		],
		[
			'a discourse marker dropped',
			'However, the keepers stayed for six weeks.',
			'The keepers stayed for six weeks.'
		],
		[
			'an example marker dropped',
			'For example, the ferry left at dawn.',
			'The ferry left at dawn.'
		],
		// "Conversely, Sharaf Khorasani … believes": the contrast is with a sentence not shown.
		[
			'a contrast marker dropped',
			'Conversely, the keepers stayed for six weeks.',
			'The keepers stayed for six weeks.'
		],
		[
			'a marker of sequence dropped',
			'Subsequently, the keepers stayed for six weeks.',
			'The keepers stayed for six weeks.'
		],
		[
			'a two-word marker dropped',
			'On the other hand, the keepers stayed for six weeks.',
			'The keepers stayed for six weeks.'
		],
		// "In addition to producing ethanol, …" had lost its first two words: "To producing ethanol".
		[
			'"in addition to" kept: a preposition, not a marker',
			'In addition to fish, the harbour exported salt to three ports.',
			'In addition to fish, the harbour exported salt to three ports.'
		],
		[
			'"so far" kept',
			'So far the new pier has carried forty thousand passengers.',
			'So far the new pier has carried forty thousand passengers.'
		],
		[
			'a marker without its comma dropped',
			'However the keepers stayed for six weeks.',
			'The keepers stayed for six weeks.'
		],
		[
			'the first clause of a semicolon sentence',
			'The harbour froze in 1902; nobody expected it.',
			'The harbour froze in 1902.'
		],
		['a back-reference', 'This was the first time the bridge had opened.', undefined],
		// "a patron of the later developments in science teaching": later than what?
		[
			'"the later" of something before',
			'The mayor was a patron of the later developments in harbour design.',
			undefined
		],
		[
			'"the later part" of a period the sentence names',
			'The mayor rebuilt the pier in the later part of the nineteenth century.',
			'The mayor rebuilt the pier in the later part of the nineteenth century.'
		],
		[
			'"Both" and a plural noun',
			'Both seasons ended with a draw against the harbour club.',
			undefined
		],
		[
			'"Both" and two names',
			'Both Britain and France sent ships to the harbour in 1854.',
			'Both Britain and France sent ships to the harbour in 1854.'
		],
		['a pronoun subject', 'They built the pier from local stone.', undefined],
		['a speaker', 'We built the pier from local stone.', undefined],
		// "the US" had read as "us": a sentence naming the country was no statement.
		[
			'"the US", not "us"',
			'The US sent two ships to the harbour in 1854.',
			'The US sent two ships to the harbour in 1854.'
		],
		['an imperative', "Let's look at the map of the old harbour.", undefined],
		['a figure reference', 'Figure 3 shows the harbour wall from the north side.', undefined],
		['a question', 'Why did the harbour wall fall down in the storm?', undefined],
		['an unbalanced quote', 'The mayor called it "a new start for the town.', undefined],
		[
			'an aside in brackets dropped whole',
			'The Harbour Trust (founded by fishermen) rebuilt the pier in 1902.',
			'The Harbour Trust rebuilt the pier in 1902.'
		],
		['a bracket left open', 'The Harbour Trust (founded by fishermen rebuilt the pier.', undefined]
	])('%s', (_name, text, expected) => {
		const { sentence, mentions } = parsed(text);
		expect(standaloneStatement(sentence, mentions)?.text).toBe(expected);
	});

	it('keeps "his" when the sentence names exactly one person', () => {
		const { sentence, mentions } = parsed(
			'Captain Ada Moreno sailed his boat into the harbour at dawn.'
		);
		expect(standaloneStatement(sentence, mentions)?.text).toContain('Ada Moreno');
	});
});

describe('negation and reversal', () => {
	it.each([
		[
			'The keepers were paid by the town council.',
			'The keepers were not paid by the town council.'
		],
		['The ferry can carry cars across the bay.', 'The ferry cannot carry cars across the bay.'],
		['The old harbour council resigned in 1907.', undefined],
		// Beside a figure "not" may deny the figure or the claim: a swapped figure alters it instead.
		['The ferry can carry forty cars across the bay.', undefined],
		['Only two keepers were paid by the town.', undefined],
		['The keepers who stayed were paid by the town.', undefined],
		['The keepers were already paid by the town.', undefined],
		['The keepers of the old island lighthouse were paid there.', undefined]
	])('negatedClaim(%j)', (text, expected) => {
		const { sentence } = parsed(text);
		const statement = standaloneStatement(sentence);
		expect(statement).toBeDefined();
		if (statement) expect(negatedClaim(sentence, statement)).toBe(expected);
	});

	it.each([
		[
			'The old harbour council resigned in 1907.',
			'The old harbour council did not resign in 1907.'
		],
		['The lighthouse was finished in 1844.', 'The lighthouse was not finished in 1844.']
	])('negatedStatement(%j) negates through the main verb', (text, expected) => {
		const { sentence } = parsed(text);
		expect(negatedStatement(sentence, 0)).toBe(expected);
	});

	it.each([
		['Trade increases when the harbour is open.', 'Trade decreases when the harbour is open.'],
		['The new pier is larger than the old one.', 'The new pier is smaller than the old one.'],
		['More ships came and fewer left, as larger ones arrived.', undefined],
		['The harbour is not busier than it was before the war.', undefined]
	])('reversedStatement(%j)', (statement, expected) => {
		expect(reversedStatement(statement)).toBe(expected);
	});
});

describe('negationReadsClearly', () => {
	it.each([
		[
			'a plain claim',
			'The keepers were paid by the town council.',
			'The keepers were not paid by the town council.',
			true
		],
		[
			'a hedged figure',
			'The same trip is roughly 8,400 kilometers.',
			'The same trip is not roughly 8,400 kilometers.',
			false
		],
		[
			'a degree word',
			'The flag is partially based on the old design.',
			'The flag is not partially based on the old design.',
			false
		],
		[
			'a rank',
			'Lee was making his final appearance.',
			'Lee was not making his final appearance.',
			false
		],
		[
			'a count in words',
			'Smith offered three reasons.',
			'Smith did not offer three reasons.',
			false
		],
		[
			'a trailing phrase the "not" could deny',
			'The election was held on Sunday, with a record turnout.',
			'The election was not held on Sunday, with a record turnout.',
			false
		],
		[
			'the second of two verbs',
			'The keeper resigned and was replaced by his son.',
			'The keeper resigned and was not replaced by his son.',
			false
		],
		[
			'a list of names',
			'The candidates elected were Ada Moreno and Priya Nair.',
			'The candidates elected were not Ada Moreno and Priya Nair.',
			false
		],
		[
			'a double negative',
			'The museum website is unreachable.',
			'The museum website is not unreachable.',
			false
		],
		[
			'a quotation',
			'The mayor said "the pier will open" in spring.',
			'The mayor said "the pier will not open" in spring.',
			false
		],
		[
			'a verb before its subject',
			'At the far end of the harbour are old warehouses.',
			'At the far end of the harbour are not old warehouses.',
			false
		]
	])('%s', (_name, original, negated, expected) => {
		expect(negationReadsClearly(original, negated)).toBe(expected);
	});

	it('never negates "the same trip is roughly" anything', () => {
		const { sentence } = parsed('Through the canal, the trip is roughly 8,400 kilometers long.');
		const statement = standaloneStatement(sentence);
		expect(statement).toBeDefined();
		if (statement) expect(negatedClaim(sentence, statement)).toBeUndefined();
	});
});

describe('alterStatement', () => {
	it('swaps values for same-type distractors, each alteration false by the article', () => {
		const { sentence, mentions } = parsed(
			'The harbour at Port Ellis handled 4,200 ships in 1911 under Elena Vasquez.'
		);
		const fact = sentenceFact(sentence, mentions, 'f1')!;
		const wrong = alterStatement(fact, (v) =>
			v.type === 'quantity'
				? ['3,100', '5,500', '6,300']
				: v.type === 'year'
					? ['1905', '1915']
					: []
		);
		expect(wrong).toHaveLength(3);
		for (const w of wrong) {
			expect(w).not.toBe(fact.statement);
			expect(w.split(' ').length).toBe(fact.statement.split(' ').length);
		}
	});

	it('does not put "the" before a country that takes none, and adds it where needed', () => {
		const { sentence, mentions } = parsed('Ships from the harbour sailed to Norway every spring.');
		const fact = sentenceFact(sentence, mentions, 'f1')!;
		const wrong = alterStatement(fact, () => ['United States', 'Denmark', 'Sweden']);
		expect(wrong).toContain('Ships from the harbour sailed to the United States every spring.');
	});
});

describe('fillAlterations', () => {
	const fact = { sentence: 10, paragraph: 3 } as Fact;
	const pool = [
		{ text: 'Far away and false.', sentence: 40, paragraph: 9 },
		{ text: 'Near and false.', sentence: 11, paragraph: 3 },
		{ text: 'Also near and false.', sentence: 8, paragraph: 2 },
		{ text: 'Same sentence, false.', sentence: 10, paragraph: 3 }
	];
	it('completes an item from nearby sentences only, never its own, each filler once', () => {
		const used = new Set<string>();
		const wrong = fillAlterations(['Own alteration.'], fact, pool, used);
		expect(wrong).toEqual(['Own alteration.', 'Near and false.', 'Also near and false.']);
		expect(fillAlterations([], fact, pool, used)).toEqual([]);
	});
});

describe('selectQuestions', () => {
	const candidate = (id: string, stem: string, sentence: number): Candidate => ({
		id,
		kind: 'who',
		stem,
		answer: `Answer ${id}`,
		distractors: ['Ada Moreno', 'Priya Nair', 'Martin Osei'],
		fact: {
			id,
			sentence,
			paragraph: sentence,
			start: sentence * 10,
			salience: 0.5,
			value: { text: id }
		} as Fact,
		source: { sentence: 'A sentence.', start: sentence * 10, end: sentence * 10 + 9 },
		explanation: ''
	});
	it('drops a stem asked twice: each of its answers would be right', () => {
		const picked = selectQuestions(
			[
				candidate('a', 'Who won the Man of the Match award?', 1),
				candidate('b', 'Who won the Man of the Match award?', 5),
				candidate('c', 'Who scored the first goal of the final?', 3)
			],
			10,
			mulberry32(1)
		);
		expect(picked.map((q) => q.id)).toEqual(['c']);
	});

	const statement = (id: string, sentence: number): Candidate => ({
		...candidate(id, 'Which of these does the article say about the harbour?', sentence),
		kind: 'statement',
		fact: { ...candidate(id, '', sentence).fact, salience: 1 }
	});
	const wh = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			candidate(`w${i}`, `Who opened hall number ${i + 10} in the harbour?`, 20 + i)
		);

	it('caps statement items at a quarter of the quiz', () => {
		const pool = [...Array.from({ length: 8 }, (_, i) => statement(`s${i}`, i)), ...wh(9)];
		const kinds = selectQuestions(pool, 10, mulberry32(1)).map((q) => q.kind);
		expect(kinds).toHaveLength(10);
		expect(kinds.filter((k) => k === 'statement')).toHaveLength(2);
	});

	it('keeps the cap when it leaves the quiz short: one statement for every three other questions', () => {
		const pool = [...Array.from({ length: 8 }, (_, i) => statement(`s${i}`, i)), ...wh(3)];
		const kinds = selectQuestions(pool, 10, mulberry32(1)).map((q) => q.kind);
		expect(kinds.filter((k) => k === 'statement')).toHaveLength(1);
		expect(kinds).toHaveLength(4);
		expect(selectQuestions(pool.slice(0, 8), 10, mulberry32(1))).toEqual([]);
	});

	it('asks one answer at most twice in a quiz of ten, more often only in a long quiz', () => {
		const pool = Array.from({ length: 5 }, (_, i) => ({
			...candidate(`r${i}`, `Which country did harbour ${i + 1} trade with?`, i * 3),
			answer: 'Russia',
			distractors: [`Peru ${i}`, `Chile ${i}`, `Ghana ${i}`]
		}));
		const short = selectQuestions([...pool, ...wh(6)], 10, mulberry32(1));
		expect(short.filter((q) => q.options[q.answerIndex] === 'Russia')).toHaveLength(2);
		const long = selectQuestions(pool, 50, mulberry32(1));
		expect(long.filter((q) => q.options[q.answerIndex] === 'Russia')).toHaveLength(4);
	});

	it('prefers a question whose four options differ from those already asked', () => {
		const years = (id: string, answer: string, sentence: number): Candidate => ({
			...candidate(id, `In what year did harbour ${id} open?`, sentence),
			kind: 'when',
			answer,
			distractors: ['1970', '1971', '1973', '1975'].filter((y) => y !== answer)
		});
		const other: Candidate = {
			...candidate('x', 'In what year did the ferry first sail?', 9),
			kind: 'when',
			answer: '1982',
			distractors: ['1980', '1984', '1986']
		};
		const picked = selectQuestions(
			[years('a', '1971', 1), years('b', '1973', 5), other],
			2,
			mulberry32(1)
		).map((q) => q.id);
		expect(picked).toContain('x');
		expect(picked).toHaveLength(2);
		// Figures are made-up options: two questions on one set never share a quiz, even a short one.
		const all = selectQuestions([years('a', '1971', 1), years('b', '1973', 5)], 10, mulberry32(1));
		expect(all).toHaveLength(1);
	});

	it('never asks a figure another question of the quiz says, in its stem or in all its options', () => {
		// "As of 2013 IBM held the record …" beside "… expanded from 16.8% in 2004 to 24.3% in _____".
		const gap = (id: string, stem: string, answer: string, distractors: string[], at: number) => ({
			...candidate(id, `Fill in the blank: ${stem}`, at),
			kind: 'gap' as const,
			answer,
			distractors
		});
		const margin = gap(
			'm',
			'The margin grew from 16.8% in 2004 to 24.3% in _____.',
			'2013',
			['2009', '2011', '2015'],
			1
		);
		const record = gap(
			'r',
			'As of 2013 the firm held the record for _____ patents.',
			'6,478',
			['5,100', '7,200', '8,000'],
			4
		);
		expect(revealsFigure(record, margin)).toBe(true);
		expect(selectQuestions([margin, record], 10, mulberry32(1))).toHaveLength(1);
		// Four dates of 1954 beside "In what year …? 1954".
		const station = gap(
			's',
			'The station began generation on _____.',
			'27 June 1954',
			['30 May 1954', '25 February 1954', '22 April 1954'],
			2
		);
		const ship = gap(
			'p',
			'The first nuclear ship sailed in _____.',
			'1954',
			['1951', '1957', '1960'],
			6
		);
		expect(revealsFigure(station, ship)).toBe(true);
		expect(selectQuestions([station, ship], 10, mulberry32(1))).toHaveLength(1);
		// "20130" or "2013.5" does not say 2013; another year does not either.
		const other = gap(
			'o',
			'The firm moved to the harbour in 2014 with _____ staff.',
			'900',
			['700', '800', '1,000'],
			8
		);
		expect(revealsFigure(other, margin)).toBe(false);
		expect(selectQuestions([margin, other], 10, mulberry32(1))).toHaveLength(2);
	});

	it('asks a figure or a date once: the one option two questions share answers both', () => {
		// "20 July 2005" the key of "The unification was completed on _____" and of "… was delisted
		// from the LSE on _____" (review tune26).
		const on = (id: string, stem: string, distractors: string[], at: number) => ({
			...candidate(id, `Fill in the blank: ${stem}`, at),
			kind: 'gap' as const,
			answer: '20 July 2005',
			distractors
		});
		const merged = on(
			'u',
			'The merger of the two boards was completed on _____.',
			['23 August 2005', '16 September 2005', '18 November 2005'],
			1
		);
		const delisted = on(
			'd',
			'The old company was delisted from the exchange on _____.',
			['27 January 2005', '18 December 2005', '24 February 2005'],
			6
		);
		expect(selectQuestions([merged, delisted], 10, mulberry32(1))).toHaveLength(1);
	});

	it('never asks two figure questions that share two options: the pair gives itself away', () => {
		// Reviewers worked out "1881" from Q13's and Q14's options (both offered 1881 and 1896).
		const when = (id: string, answer: string, distractors: string[], sentence: number) => ({
			...candidate(id, `In what year did harbour ${id} open?`, sentence),
			kind: 'when' as const,
			answer,
			distractors
		});
		const a = when('a', '1881', ['1876', '1885', '1896'], 1);
		const b = when('b', '1896', ['1881', '1885', '1906'], 5);
		const c = when('c', '1896', ['1881', '1890', '1906'], 5);
		const d = when('d', '1896', ['1866', '1890', '1906'], 5);
		expect(optionsOverlap(a, b)).toBe(true);
		expect(optionsOverlap(a, c)).toBe(true);
		// One year in common is the same article's time span, not a giveaway.
		expect(optionsOverlap(a, d)).toBe(false);
		expect(selectQuestions([a, b], 10, mulberry32(1))).toHaveLength(1);
		expect(selectQuestions([a, d], 10, mulberry32(1))).toHaveLength(2);
		// Counts in words too: "eldest of three children" and "two younger brothers" (review tune18).
		const count = (id: string, answer: string, sentence: number) => ({
			...candidate(id, `How many ${id} did the keeper have?`, sentence),
			kind: 'how-many' as const,
			answer,
			distractors: ['two', 'three', 'four', 'five'].filter((n) => n !== answer)
		});
		const pair = [count('children', 'three', 1), count('brothers', 'two', 2)];
		expect(selectQuestions(pair, 10, mulberry32(1))).toHaveLength(1);
	});

	it('shows the sentence with a blank rather than asking with a question word about the same value', () => {
		const who = candidate('who', 'Who opened the hall in the harbour?', 1);
		const gap: Candidate = {
			...who,
			id: 'gap',
			kind: 'gap',
			stem: 'Fill in the blank: _____ opened the hall in the harbour.'
		};
		expect(selectQuestions([gap, who], 10, mulberry32(1)).map((q) => q.id)).toEqual(['gap']);
		expect(selectQuestions([who], 10, mulberry32(1)).map((q) => q.id)).toEqual(['who']);
	});

	it('asks one figure of a sentence once, whether or not its answer keeps "about"', () => {
		// "How many Greeks worship the ancient gods? about 100,000" beside "About _____ Greeks
		// worship the ancient gods" (dev): two facts of one sentence, one figure.
		const howMany: Candidate = {
			...candidate('count', 'How many Greeks worship the ancient gods?', 1),
			kind: 'how-many',
			answer: 'about 100,000',
			distractors: ['about 80,000', 'about 120,000', 'about 150,000']
		};
		const gap: Candidate = {
			...candidate('gap', 'Fill in the blank: About _____ Greeks worship the ancient gods.', 1),
			kind: 'gap',
			answer: '100,000',
			distractors: ['70,000', '130,000', '160,000'],
			fact: { ...howMany.fact, id: 'statement-fact', value: { text: 'Greeks' } } as Fact
		};
		expect(selectQuestions([howMany, gap], 10, mulberry32(1))).toHaveLength(1);
		expect(answerCore('about 10 percent')).toBe(answerCore('10%'));
		expect(answerCore('more than 40')).toBe('40');
		// Another figure of the same sentence is another question.
		expect(selectQuestions([howMany, { ...gap, answer: '1998' }], 10, mulberry32(1))).toHaveLength(
			2
		);
	});

	it('says who else: a capitalised name the entity stage missed is asked with "Who"', () => {
		const result = generateQuiz(
			'Professor Ada Moreno studied the harbour for ten years. Professor Ada Moreno wrote three books about the tides. Martin Osei built the new pier in 1998. Priya Nair ran the ferry company for a decade. Tomas Lindqvist opened the museum in 2004 with a large party. Elena Vasquez painted the lighthouse in 2010.',
			// Question words only: a blank on the same sentence would be chosen over "Who".
			{ count: 20, seed: 1, kinds: QUESTION_KINDS.filter((k) => k !== 'gap') }
		);
		const kinds = result.questions.map((q) => q.kind);
		expect(kinds).toContain('who');
		for (const q of result.questions.filter((x) => x.kind === 'who'))
			expect(q.stem).toMatch(/^Who /);
	});
});

describe('a name the tagger reads as a plural', () => {
	it('keeps its capital in a stem when the article capitalises it mid-sentence, a plain plural not', () => {
		const text =
			'Selfridges was founded in 1909 on Oxford Street. Crowds came to Selfridges for its window displays. Fishermen built the harbour wall in 1901. The wall kept the boats safe from winter storms. Harrods was founded in 1849 in Knightsbridge.';
		// Every stem that passed the checks: a quiz asks only one of two years with the same options.
		const stems = validCandidates(text, {
			seed: 1,
			kinds: QUESTION_KINDS.filter((k) => k !== 'gap')
		}).candidates.map((c) => c.stem);
		expect(stems).toContain('In what year was Selfridges founded on Oxford Street?');
		expect(stems.join(' ')).not.toMatch(/\bselfridges\b/);
		expect(stems).toContain('In what year did fishermen build the harbour wall?');
	});
});

describe('reported speech', () => {
	it('attributes a claim to the person named before "said", even when it names others', () => {
		const result = generateQuiz(
			'The harbour plan drew sharp criticism in the council. Senator Ada Moreno said the plan gave Mayor Tomas Lindqvist a "blank cheque" to spend the harbour fund on new projects. Priya Nair chaired the council meeting in March. Martin Osei wrote the first draft of the plan in 2019. Elena Vasquez voted against the plan with four other members. John Fraser seconded the motion in April.',
			{ count: 20, seed: 1 }
		);
		const said = result.questions.find((q) => q.kind === 'who-said');
		expect(said?.stem).toContain('"blank cheque"');
		expect(said && said.options[said.answerIndex]).toBe('Ada Moreno');
	});

	it('keeps the verb of a reported proposal: "Who suggested that …", not "Who said that …"', () => {
		const result = generateQuiz(
			'The harbour plan drew sharp criticism in the council. Senator Ada Moreno suggested that the harbour board begin to repair the old pier before the winter storms. Priya Nair chaired the council meeting in March. Martin Osei wrote the first draft of the plan in 2019. Elena Vasquez voted against the plan with four other members. John Fraser seconded the motion in April.',
			{ count: 20, seed: 1, kinds: ['who-said'] }
		);
		expect(result.questions.map((q) => q.stem)).toContain(
			'Who suggested that the harbour board begin to repair the old pier before the winter storms?'
		);
	});
});

describe('statement items', () => {
	const text =
		'The harbour council met in March. Ada Moreno opened the new library in 1998. Martin Osei built the pier in 2004. Priya Nair ran the ferry company in 2010. Tomas Lindqvist painted the lighthouse in 2012. Elena Vasquez planted the park in 2015.';
	it('are asked only when asked for by name: reviewers used none of them as they were', () => {
		expect(generateQuiz(text, { count: 20, seed: 1 }).questions.map((q) => q.kind)).not.toContain(
			'statement'
		);
		const asked = generateQuiz(text, { count: 20, seed: 1, kinds: QUESTION_KINDS });
		expect(asked.questions.map((q) => q.kind)).toContain('statement');
	});
});
