// Stems rewritten from a clause ("How many …?", "In what year …?", "Why …?"), review k3: a fronted
// phrase of time or place is never read as the subject, "had to" takes do-support, and the named
// stem checks reject a speaker's words, a capital from the sentence's start, half of an "and" pair,
// a verb not in its base form after "did", and a count that names nothing it is of.
import { describe, expect, it } from 'vitest';
import type { Candidate, ClauseFrame, QuestionKind } from '../../../src/lib/generator/types';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { findClause, spanText } from '../../../src/lib/generator/stages/3-facts/clauses';
import { capitalsOf, STEM_CHECKS } from '../../../src/lib/generator/stages/4-questions/stem-checks';

const FRAME: ClauseFrame = {
	subject: 'the ferry',
	verb: 'sailed',
	aux: '',
	verbRest: 'sail',
	doSupport: 'did',
	before: '',
	after: '',
	prep: 'in',
	slot: 'object'
};

/** A candidate of `kind` with `stem`, built from a clause frame with `frame` over the defaults. */
function candidate(kind: QuestionKind, stem: string, frame: Partial<ClauseFrame> = {}): Candidate {
	return {
		id: 'c',
		kind,
		stem,
		answer: 'x',
		distractors: [],
		explanation: '',
		source: { sentence: '', start: 0, end: 0 },
		fact: { frame: { ...FRAME, ...frame } }
	} as unknown as Candidate;
}

/** The names of the stem checks the candidate fails, in an article titled `title`. */
const failing = (c: Candidate, title = 'Ferries of the North Sea') =>
	Object.entries(STEM_CHECKS)
		.filter(([, check]) => check(c, { title }))
		.map(([name]) => name);

describe('stem-no-opening-capital (review k6: "In what year did Construction begin?")', () => {
	const TEXT = `The ferry line opened in 1902. Construction of the pier began in 1899 under the engineer Ada Blake. Voting on a second pier opened at nine. Queen Mary crossed in 1911, and a pier named for Blake still stands. Galway council plans three more.`;
	const opening = (stem: string) =>
		STEM_CHECKS['stem-no-opening-capital']!(candidate('when', stem), {
			title: 'Piers',
			capitals: capitalsOf(TEXT)
		});
	it.each([
		[
			'a common word that only opens its sentence',
			'In what year did Construction of the pier begin?',
			true
		],
		['another, in a "what day" stem', 'On what day does Voting on a second pier open?', true],
		[
			'the same word written as it should be',
			'In what year did construction of the pier begin?',
			false
		],
		['a name the article writes mid-sentence too', 'In what year did Blake start the pier?', false],
		['a word of a longer name', 'In what year did Queen Mary cross?', false],
		['a place named only where a sentence opens', 'How many piers does Galway council plan?', false]
	])('%s: %s', (_, stem, refused) => {
		expect(opening(stem) !== undefined).toBe(refused);
	});
});

describe('named stem checks', () => {
	it.each<[string, Candidate, string[]]>([
		[
			'a speaker\'s "our" and a capital left from the sentence start',
			candidate('how-many', 'How many boats are Our fleet and my two dinghies?', {
				subject: 'Our fleet',
				after: 'and my two dinghies',
				unitNoun: 'boats'
			}),
			['stem-no-speaker', 'stem-no-start-capital', 'stem-whole-pair', 'count-names-what']
		],
		[
			'a clause inside the subject and a past tense after "did"',
			candidate('when', 'In what year did the loan we take paid for the new roof?', {
				subject: 'the loan we',
				verbRest: 'take',
				after: 'paid for the new roof'
			}),
			['stem-no-speaker', 'stem-verb-form', 'stem-owner-named']
		],
		[
			'a past form after "did"',
			candidate('when', 'In what year did the Hallam Ferry Company sailed to Norway?', {
				subject: 'the Hallam Ferry Company',
				verbRest: 'sailed'
			}),
			['stem-verb-form']
		],
		[
			'a second finite verb after the base verb',
			candidate('why', 'Why does Hallam ferry will stop at Kirkwall?', {
				subject: 'Hallam',
				verbRest: 'ferry',
				doSupport: 'does',
				before: 'will stop at Kirkwall'
			}),
			['stem-verb-form']
		],
		[
			'half of a pair of sizes',
			candidate('how-many', 'How many metres are the Hallam ferries and 60 metres long?', {
				subject: 'the Hallam ferries',
				aux: 'are',
				doSupport: '',
				after: 'and 60 metres long',
				unitNoun: 'metres'
			}),
			['stem-whole-pair']
		],
		[
			'a count of "other" things',
			candidate('how-many', 'How many other walkers came down from Ben Hallam?', {
				slot: 'subject',
				unitNoun: 'other walkers'
			}),
			['count-names-what']
		],
		[
			'a count whose process the stem never names',
			candidate('how-many', 'How many weeks did the repair take?', { unitNoun: 'weeks' }),
			['count-names-what']
		],
		[
			'a count of bare plurals',
			candidate('how-many', 'How many objections will critics raise?', { unitNoun: 'objections' }),
			['count-names-what']
		],
		[
			'a count of what the title names',
			candidate('how-many', 'How many kilometres did the ferries sail in a day?', {
				unitNoun: 'kilometres'
			}),
			[]
		],
		[
			'a need that says not what for',
			candidate('why', 'Why is a second anchor needed?', {
				aux: 'is',
				verbRest: 'needed',
				doSupport: ''
			}),
			['stem-says-for-what']
		],
		[
			'a sound count of a named thing',
			candidate('how-many', 'How many days did the Hallam ferry take to reach Bergen?', {
				unitNoun: 'days'
			}),
			[]
		],
		[
			"a king's numeral is no speaker",
			candidate('when', 'In what year did Charles I close the harbour?', { subject: 'Charles I' }),
			[]
		],
		[
			'a percentage names its whole',
			candidate('how-many', 'What percentage of the catch did the small boats land?', {
				unitNoun: 'of the catch',
				percent: true
			}),
			[]
		],
		[
			'a subject that opens on "its": whose?',
			candidate('when', 'In what year was its harbour wall rebuilt by the mason Tom Reid?', {
				subject: 'its harbour wall',
				aux: 'was',
				verbRest: 'rebuilt',
				doSupport: ''
			}),
			['stem-owner-named']
		],
		[
			'a description the title does not name: which one?',
			candidate('when', 'On what day does the survey begin?', {
				subject: 'the survey',
				verbRest: 'begin',
				doSupport: 'does'
			}),
			['stem-owner-named']
		],
		[
			'a description beside its named owner',
			candidate('how-many', "What percentage of Hallam's bread did the old bakery bake?", {
				subject: 'the old bakery',
				verbRest: 'bake',
				unitNoun: "of Hallam's bread",
				percent: true
			}),
			[]
		],
		[
			'a description the title names',
			candidate('when', 'In what year did the ferries stop at Kirkwall?', {
				subject: 'the ferries',
				verbRest: 'stop'
			}),
			[]
		],
		[
			'a "there" that points to a place not shown',
			candidate('when', 'In what year did Hallam retire there?', {
				subject: 'Hallam',
				verbRest: 'retire'
			}),
			['stem-no-there']
		],
		[
			'"the next morning" told by the sentence before',
			candidate('how-many', 'How many boats did the Hallam ferry tow the next morning?', {
				subject: 'the Hallam ferry',
				verbRest: 'tow',
				unitNoun: 'boats'
			}),
			['stem-no-there']
		],
		[
			'"was there" asks whether something was',
			candidate('when', 'In what year was there a ferry to Kirkwall?', {
				subject: 'there',
				aux: 'was',
				verbRest: '',
				doSupport: ''
			}),
			[]
		],
		[
			'a measure asked of "is"',
			candidate('how-many', 'How many hours is Kirkwall by ferry from Aberdeen?', {
				subject: 'Kirkwall',
				aux: 'is',
				verbRest: '',
				doSupport: '',
				unitNoun: 'hours'
			}),
			['count-measure-form']
		],
		[
			'a measure asked of where a place lies',
			candidate('how-many', 'How many miles does Kirkwall lie north of Aberdeen?', {
				subject: 'Kirkwall',
				verbRest: 'lie',
				doSupport: 'does',
				unitNoun: 'miles'
			}),
			['count-measure-form']
		],
		[
			'a count of days one event comes before another',
			candidate('how-many', 'How many days does the Hallam regatta come before the harvest fair?', {
				subject: 'the Hallam regatta',
				verbRest: 'come',
				doSupport: 'does',
				after: 'before the harvest fair',
				unitNoun: 'days'
			}),
			['count-measure-form']
		],
		[
			'a measure of what a named thing did',
			candidate('how-many', 'How many hours did the Hallam ferry take to reach Kirkwall?', {
				subject: 'the Hallam ferry',
				verbRest: 'take',
				unitNoun: 'hours'
			}),
			[]
		],
		[
			'a quoted "we" is the speaker\'s own',
			candidate('who', 'Who said "we will sail at dawn"?', { slot: 'subject' }),
			[]
		],
		// Review k6, P7-Q4: "He died two weeks later" asked without what it was later than.
		[
			'a span "later" than a moment the stem does not name',
			candidate('how-many', 'How many weeks did Captain Orde retire later?', {
				subject: 'Captain Orde',
				verbRest: 'retire',
				after: 'later, to a cottage by the sea',
				unitNoun: 'weeks'
			}),
			['stem-anchor-named']
		],
		[
			'the relative word moved before "did"',
			candidate('how-many', 'How many years earlier did the Hallam ferry sink?', {
				subject: 'the Hallam ferry',
				verbRest: 'sink',
				unitNoun: 'years'
			}),
			['stem-anchor-named']
		],
		[
			'a moment "after" nothing',
			candidate('when', 'In what year did Captain Orde retire after?', {
				subject: 'Captain Orde',
				verbRest: 'retire'
			}),
			['stem-anchor-named']
		],
		[
			'a span after a moment it names',
			candidate('how-many', 'How many weeks after the storm did Captain Orde retire?', {
				subject: 'Captain Orde',
				verbRest: 'retire',
				after: 'after the storm',
				unitNoun: 'weeks'
			}),
			[]
		]
	])('%s', (_, c, expected) => {
		expect(failing(c)).toEqual(expected);
	});

	it('leaves the stems of other kinds alone', () => {
		expect(failing(candidate('gap', 'Fill in the blank: My crew sailed in _____.'))).toEqual([]);
	});
});

/** The clause of `text`'s first sentence, as subject, verb forms and fronted phrase. */
function clauseOf(text: string) {
	const s = parseText(normalizeText(text)).sentences[0]!;
	const c = findClause(s);
	return (
		c && {
			fronted: spanText(s, ...c.fronted),
			subject: spanText(s, ...c.subject),
			aux: c.aux,
			verbRest: c.verbRest,
			doSupport: c.doSupport
		}
	);
}

describe('the clause a stem is built from', () => {
	it('reads "Every two days" before a subject as a fronted phrase, not the subject', () => {
		expect(clauseOf('Every two days the nets were mended on the quay.')).toMatchObject({
			fronted: 'Every two days',
			subject: 'the nets'
		});
	});

	it.each([
		['Last summer the nets were mended on the quay.', 'Last summer'],
		['That year the harbour froze for a week.', 'That year'],
		['The next morning the crew rowed out to the wreck.', 'The next morning']
	])('reads the time phrase of "%s" as fronted, not the subject', (text, fronted) => {
		expect(clauseOf(text)).toMatchObject({ fronted });
		expect(clauseOf(text)?.subject).not.toMatch(/^(last|that|the next) /i);
	});

	it('keeps "last week" as a subject when a verb follows it', () => {
		expect(clauseOf('Last week was the busiest week of the summer at the harbour.')).toMatchObject({
			fronted: '',
			subject: 'Last week'
		});
	});

	it('keeps "each week" as a subject when a verb follows it', () => {
		expect(clauseOf('Each week ended with a dance in the village hall.')).toMatchObject({
			fronted: '',
			subject: 'Each week'
		});
	});

	it('asks "had to" with do-support', () => {
		expect(clauseOf('The crew had to row the boat back to the harbour.')).toMatchObject({
			subject: 'The crew',
			aux: '',
			verbRest: 'have to',
			doSupport: 'did'
		});
	});

	it('takes no place phrase for a subject', () => {
		expect(clauseOf('Beneath the old quay is a tunnel built by two smugglers.')).toBeUndefined();
	});
});

const NETS = `Mending the Nets

The fishing village of Ardmore sits at the head of a narrow bay on the west coast. Its boats go out before dawn and come back in the early afternoon with the day's catch. Every two days the nets had to be mended by hand, because the rocks at the mouth of the bay tore them. Each morning the harbour master checked the tide tables, because a boat that left late could be trapped by the ebb. The women of the village sold the fish at a market in the nearby town. In winter the storms kept the boats in the harbour for weeks at a time. The village school taught the children to tie the knots that hold a net together. A small museum on the quay now tells the story of the fleet and its families.`;

describe('"Why" stems of a clause that opens with a phrase of time', () => {
	const result = generateQuiz(NETS, { count: 10, seed: 1, kinds: ['why'] });
	const stems = [...result.questions, ...result.rejected].map((q) => q.stem);

	it('moves "every two days" to the end and asks "did … have to"', () => {
		expect(stems).toContain('Why did the nets have to be mended by hand every two days?');
	});

	it('never asks with the phrase of time as the subject', () => {
		expect(stems.filter((s) => /^Why \w+ (every|each) /i.test(s))).toEqual([]);
	});
});

const HALL = `The New Village Hall

The old village hall at Ardmore burned down in the winter of 2015. For three years the village had nowhere to meet, and the choir practised in the school. Construction began in 2019, after the council agreed to pay half of the cost. The rest of the money came from a summer fair, a sponsored walk and a long list of small gifts. The builders used local stone, and the construction of the roof and the walls took most of a year. The new hall opened in the spring of 2020 with a concert by the choir. It now holds a café, a library corner and a room for the youth club.`;

describe('a common word that opens its sentence', () => {
	it('loses its capital in the stem ("did construction begin")', () => {
		const result = generateQuiz(HALL, { count: 10, seed: 1, kinds: ['when'] });
		const stems = [...result.questions, ...result.rejected].map((q) => q.stem);
		expect(stems).toContain('In what year did construction begin?');
	});
});
