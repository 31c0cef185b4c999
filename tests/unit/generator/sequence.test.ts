// Sequence items: "Which of these happened first?" (or "last?"), four events of the article said
// without their dates, the key settled by the years the article gives them. Opt-in (`kinds`).
import { describe, expect, it } from 'vitest';
import { generateQuiz, validCandidates } from '../../../src/lib/generator/index';
import type { Candidate, Question } from '../../../src/lib/generator/types';
import type { Fact } from '../../../src/lib/generator/types';
import {
	cleanClause,
	clauseProblem,
	cutInList,
	datePhraseProblem,
	finiteVerbProblem,
	type EventClause
} from '../../../src/lib/generator/stages/4-questions/event-clause';
import { datedClauseFacts } from '../../../src/lib/generator/stages/4-questions/dated-clauses';
import { sequenceCueProblem } from '../../../src/lib/generator/stages/4-questions/sequence-checks';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { namesIn } from '../../../src/lib/generator/distractors';

/** A made-up harbour town's lighthouse: six events with a date each, and three dated otherwise. */
const LIGHTHOUSE = [
	'The Kelmor Lighthouse',
	'',
	'Local masons cut the first granite blocks for the tower in 1839. The Kelmor lighthouse guided the fishing fleet from 1844 to 1939. A winter storm wrecked the lantern gallery in 1861.',
	'',
	'The harbour board installed a steam foghorn in 1872. By 1900 the town of Kelmor had grown to three thousand people. Keeper Thomas Gair rescued eleven sailors from the brig Marigold on 9 October 1903.',
	'',
	'The Kelmor Trust bought the tower in 1955. Visitors have climbed its stairs since 1960. A painter named Ines Roque restored the brass lamp in 1987.'
].join('\n');

/** Each dated event the article says cleanly, as its option reads, with its year. */
const EVENTS: Record<string, number> = {
	'A winter storm wrecked the lantern gallery': 1861,
	'The harbour board installed a steam foghorn': 1872,
	'Keeper Thomas Gair rescued eleven sailors from the brig Marigold': 1903,
	'The Kelmor Trust bought the tower': 1955,
	'A painter named Ines Roque restored the brass lamp': 1987
};

const sequenceQuiz = (text: string, seed: number | string = 1) =>
	generateQuiz(text, { count: 10, seed, kinds: ['sequence'] });
const sequenceItems = (text: string, seed: number | string = 1) =>
	validCandidates(text, { seed, kinds: ['sequence'] }).candidates.filter(
		(c) => c.kind === 'sequence'
	);
const keyOf = (q: Question) => q.options[q.answerIndex] as string;

/** The year of an event's option, or of the anchor a stem names ("the Kelmor Trust bought …"). */
const yearIn = (events: Record<string, number>, text: string) =>
	events[text] ?? events[text.charAt(0).toUpperCase() + text.slice(1)];

/** A relative item: the key the only option beyond the anchor, every wrong option behind it. */
function expectOnlyKeyBeyond(
	q: Question,
	relation: 'after' | 'before',
	anchor: string,
	events: Record<string, number> = EVENTS
) {
	const at = yearIn(events, anchor) as number;
	expect(at).toBeDefined();
	expect(q.options.map((o) => o.toLowerCase())).not.toContain(anchor.toLowerCase());
	const sign = relation === 'after' ? 1 : -1;
	for (const o of q.options) {
		const beyond = sign * ((events[o] as number) - at) > 0;
		expect(beyond).toBe(o === keyOf(q));
	}
	// "Show in article" marks the three wrong options' sentences and the anchor's.
	expect(q.evidence).toHaveLength(4);
	expect(q.explanation).toContain(`happened ${relation} "`);
}

describe('sequence items', () => {
	it.each([1, 2, 3, 7, 'kelmor'])(
		'seed %j: four events of four years, the key the end asked or the only one beyond the anchor',
		(seed) => {
			const [q, ...more] = sequenceQuiz(LIGHTHOUSE, seed).questions;
			expect(more).toEqual([]);
			expect(q?.kind).toBe('sequence');
			if (!q) return;
			const years = q.options.map((o) => EVENTS[o]) as number[];
			expect(years.every((y) => y !== undefined)).toBe(true);
			expect(new Set(years).size).toBe(4);
			// The key's own sentence is the source, and the explanation dates all four.
			expect(q.source.sentence).toContain(keyOf(q).slice(1));
			for (const o of q.options) expect(q.explanation).toContain(`"${o}" (`);
			for (const y of years) expect(q.explanation).toContain(String(y));
			const relative = /^Which of these happened (after|before) (.+)\?$/.exec(q.stem);
			if (relative) {
				expectOnlyKeyBeyond(q, relative[1] as 'after' | 'before', relative[2] as string);
				return;
			}
			expect(q.stem).toMatch(/^Which of these happened (first|last)\?$/);
			const want = q.stem.endsWith('first?') ? Math.min(...years) : Math.max(...years);
			expect(EVENTS[keyOf(q)]).toBe(want);
			// Another fair four exists, so the key is not the longest option (a test-wise pick).
			expect(Math.max(...q.options.map((o) => o.length))).toBeGreaterThan(keyOf(q).length);
		}
	);

	it('practises the sequence skill', () => {
		const quiz = sequenceQuiz(LIGHTHOUSE);
		expect(quiz.questions.length).toBe(1);
		expect(quiz.questions.map((q) => q.skill)).toEqual(['sequence']);
	});

	it('never leaves a year, a date or a dangling preposition in an option', () => {
		for (const seed of [1, 2, 3, 4, 5])
			for (const o of sequenceQuiz(LIGHTHOUSE, seed).questions.flatMap((q) => q.options)) {
				expect(o).not.toMatch(/\d{4}|\bOctober\b/);
				expect(o).not.toMatch(/\b(in|on|by|from|since)$/);
				expect(o).toMatch(/^\p{Lu}/u);
			}
	});

	it('uses no event dated by a range, "by", "since", or an order word ("the first blocks")', () => {
		const used = new Set(
			[1, 2, 3, 4, 5].flatMap((seed) =>
				sequenceItems(LIGHTHOUSE, seed).flatMap((c) => (c.events ?? []).map((e) => e.sentence))
			)
		);
		expect(used.size).toBeGreaterThanOrEqual(4);
		for (const s of used) expect(s).not.toMatch(/from 1844|By 1900|since 1960|first granite/);
	});

	it('is the same quiz for the same text and seed', () => {
		expect(JSON.stringify(sequenceQuiz(LIGHTHOUSE, 9))).toBe(
			JSON.stringify(sequenceQuiz(LIGHTHOUSE, 9))
		);
	});

	it('is asked only when named among the kinds', () => {
		const kinds = generateQuiz(LIGHTHOUSE, { count: 20, seed: 1 }).questions.map((q) => q.kind);
		expect(kinds).not.toContain('sequence');
		// (Seed 3 asks which came first. An item keeps the dates of its events from being asked, so
		// beside a gap on each of their sentences it is seated only when that costs the quiz no seat.)
		const mixed = generateQuiz(LIGHTHOUSE, { count: 20, seed: 3, kinds: ['gap', 'sequence'] });
		expect(mixed.questions.filter((q) => q.kind === 'sequence')).toHaveLength(1);
	});
});

/** Three clean dated events of a made-up orchard, and a fourth sentence to vary. */
const orchard = (fourth: string) =>
	[
		'The Brantwood Orchard',
		'',
		`Farmer Osric Vane planted the first pear trees at Brantwood in 1812. Brantwood Orchard won a silver medal at the county show in 1834. A hard frost killed half of the Brantwood pear trees in 1851. ${fourth}`
	].join(' ');

describe('fewer than four events dated at one point in time give no item', () => {
	it.each([
		['Brantwood Orchard sold its cider to the navy from 1860 to 1872.', 0],
		['Brantwood Orchard had planted four hundred apple trees by 1870.', 0],
		['Brantwood Orchard has grown quinces since 1870.', 0],
		['Brantwood Orchard sold cider to the navy in 1860 and 1861.', 0],
		['Brantwood Orchard sold cider to the navy in 1860 or 1861.', 0],
		['The county council bought Brantwood Orchard in 1851.', 0],
		['The county council bought Brantwood Orchard in 1923.', 1]
	])('%s → %i item', (fourth, n) => {
		// "The first pear trees" points to the start of the order, so three clean events are left.
		const text = orchard(fourth).replace('planted the first pear trees', 'planted pear trees');
		expect(sequenceQuiz(text).questions).toHaveLength(n);
	});

	it('gives none with three dated events only', () => {
		const text = orchard('The orchard is open to walkers.').replace(
			'planted the first pear trees',
			'planted pear trees'
		);
		const quiz = sequenceQuiz(text);
		expect(quiz.questions).toEqual([]);
		expect(quiz.stats.shortfallReason).toBeDefined();
	});
});

describe('what makes a clean option', () => {
	const clause = (subject: string, verb: string, rest = ''): EventClause => ({
		subject,
		verb,
		rest,
		text: `${subject} ${verb} ${rest}`.trim()
	});
	it.each<[EventClause, RegExp | undefined]>([
		[clause('The Kelmor lighthouse', 'was finished'), undefined],
		[clause('Keeper Thomas Gair', 'rescued', 'his own brother'), undefined],
		[clause('Local masons', 'laid', 'their tools down'), undefined],
		[clause('The Kelmor lighthouse', 'was finished', 'in'), /dangling/],
		[clause('The Kelmor lighthouse', 'was finished', 'in 1844'), /dangling|date/],
		[clause('The Kelmor Trust', 'bought', 'the tower in May'), /date/],
		[clause('He', 'left', 'for the city'), /pronoun/],
		[clause('Local masons', 'laid', 'its granite foundation'), /pronoun/],
		[clause('His father', 'died'), /pronoun/],
		[clause('The Kelmor Trust', 'announced', 'his death'), /pronoun/],
		[clause('The Kelmor Trust', 'sold', 'its tower'), undefined],
		[clause('Ada Lund', 'met', 'her'), /pronoun|dangling/],
		[clause('The Kelmor Trust', 'bought', 'the tower again'), /leans/],
		[clause('The Kelmor Trust', 'later bought', 'the tower'), /leans/],
		[clause('The Kelmor Trust', 'did not buy', 'the tower'), /negated/],
		[clause('The war', 'ended'), /points back/],
		[clause('Most families', 'returned'), /no one event/],
		[clause('Greece', 'was', 'the largest investor in the region'), /states/],
		[
			clause(
				'The Kelmor harbour board',
				'installed',
				'a steam foghorn on the rocks below the old north pier'
			),
			/words/
		]
	])('%j → %s', (c, expected) => {
		const problem = clauseProblem(c);
		if (expected) expect(problem).toMatch(expected);
		else expect(problem).toBeUndefined();
	});
});

describe('a clause cut inside a list', () => {
	it.each([
		[
			'the first concert of the line-up of Ada Brun',
			'On 2 May 1971, the band gave the first concert of the line-up of Ada Brun, Oskar Lind and Nils Berg at a hall.',
			true
		],
		['in Kelmor', 'Agnes Fairlie was born in Kelmor, Westshire, on 3 May 1818.', false],
		['the tower', 'The Kelmor Trust bought the tower in 1955.', false]
	])('%j of %j → %s', (object, sentence, cut) => {
		expect(cutInList({ object } as Fact, sentence)).toBe(cut);
	});
});

describe('the checks of a sequence item', () => {
	// Seed 3 asks which came first.
	const item = () => sequenceItems(LIGHTHOUSE, 3)[0] as Candidate;

	it('pass the item the builder made', () => {
		expect(validateCandidate(item(), { title: 'The Kelmor Lighthouse' })).toEqual([]);
	});

	it('refuse a key that is not the end asked, and options that are not the events', () => {
		const c = item();
		const [key, first, ...rest] = c.events ?? [];
		const swapped: Candidate = {
			...c,
			events: [first!, key!, ...rest],
			answer: first!.option,
			distractors: [key!, ...rest].map((e) => e.option),
			source: { ...c.source, sentence: first!.sentence }
		};
		expect(validateCandidate(swapped)).toEqual([
			`sequence-distinct-years: the key is not the event dated ${c.stem.endsWith('first?') ? 'first' : 'last'}`
		]);
		const renamed = { ...c, answer: `${c.answer} quickly` };
		expect(validateCandidate(renamed).join(' ')).toMatch(/the options are not the events/);
	});

	it('refuse two events of one year, and an option that is not its event’s clause', () => {
		const c = item();
		const events = c.events ?? [];
		const sameYear = {
			...c,
			events: events.map((e, i) => (i === 1 ? { ...e, year: events[0]!.year } : e))
		};
		expect(validateCandidate(sameYear).join(' ')).toMatch(/two events share a year/);
		const dated = events.map((e, i) =>
			i === 1 ? { ...e, option: `${e.option} in ${e.year}` } : e
		);
		expect(validateCandidate({ ...c, events: dated }).join(' ')).toMatch(
			/sequence-clean-options: .*not the event’s own clause/
		);
	});
});

/**
 * A made-up mill town: seven dated events, most dated before their clause ("In 1902, …") or after
 * an aside ("…, a clockmaker from Dunmere, in 1911"), which the fact stage leaves to the sequence
 * builder's own reading of the sentences.
 */
const MILL_TOWN = [
	'The Orvane Mills',
	'',
	'In 1846, the Orvane brothers opened a wool mill beside the river Tane. In 1858, a flood destroyed the lower weir of the Orvane mill. In 1871, the Tane Railway reached the valley.',
	'',
	'Mayor Ilse Varn married the clockmaker Piet Holm, a widower from Dunmere, in 1893. In 1902, the Orvane mill workers founded a choir. In 1936, fire gutted the Orvane spinning hall.',
	'',
	'In 1977, the Tane Valley Museum bought the old mill house.'
].join('\n');

const MILL_EVENTS: Record<string, number> = {
	'The Orvane brothers opened a wool mill beside the river Tane': 1846,
	'A flood destroyed the lower weir of the Orvane mill': 1858,
	'The Tane Railway reached the valley': 1871,
	'Mayor Ilse Varn married the clockmaker Piet Holm': 1893,
	'The Orvane mill workers founded a choir': 1902,
	'Fire gutted the Orvane spinning hall': 1936,
	'The Tane Valley Museum bought the old mill house': 1977
};

describe('events dated before their clause or after an aside', () => {
	it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: every item orders events of the article', (seed) => {
		const items = sequenceItems(MILL_TOWN, seed);
		expect(items.length).toBeGreaterThanOrEqual(1);
		for (const c of items) {
			for (const o of [c.answer, ...c.distractors]) expect(MILL_EVENTS[o]).toBeDefined();
			expect(validateCandidate(c, { title: 'The Orvane Mills' })).toEqual([]);
		}
	});

	it('asks what happened after (or before) an event, the key the only option beyond it', () => {
		const asked = new Set<string>();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
			const [q] = sequenceQuiz(MILL_TOWN, seed).questions;
			const relative = q && /^Which of these happened (after|before) (.+)\?$/.exec(q.stem);
			if (!q || !relative) continue;
			asked.add(relative[1] as string);
			expectOnlyKeyBeyond(q, relative[1] as 'after' | 'before', relative[2] as string, MILL_EVENTS);
		}
		expect([...asked].sort()).toEqual(['after', 'before']);
	});

	it.each([
		[
			'In 1931, the Orvane ferry company launched a steam ferry.',
			'The Orvane ferry company launched a steam ferry'
		],
		[
			'On 4 May 1931, the Orvane ferry company launched a steam ferry.',
			'The Orvane ferry company launched a steam ferry'
		],
		[
			'Mayor Ilse Varn married the clockmaker Piet Holm, a widower from Dunmere, in 1893.',
			'Mayor Ilse Varn married the clockmaker Piet Holm'
		],
		[
			'The Orvane ferry company launched a steam ferry on the river in 1931.',
			'The Orvane ferry company launched a steam ferry on the river'
		],
		// A subject's "by" participle is no verb: the act is the verb after it (and after an aside).
		[
			'In 1911 the mills owned by the Varn family merged into one firm.',
			'The mills owned by the Varn family merged into one firm'
		],
		[
			'In 1881 a company led by Piet Holm, the clockmaker who had built the town clock, began digging a canal.',
			'A company led by Piet Holm began digging a canal'
		],
		// Two years, a bound, or a date that is not the clause's: no one event at one time.
		['The council opened the market in 1890 and the school in 1895.', undefined],
		['By 1900, the Orvane ferry company had launched a steam ferry.', undefined],
		['After the flood of 1858, the Orvane brothers rebuilt the weir.', undefined],
		['Mayor Ilse Varn, who was born in 1850, married the clockmaker Piet Holm.', undefined]
	])('%s → %j', (sentence, option) => {
		const norm = normalizeText(`The Orvane Mills\n\n${sentence}`, { markup: 'strip' });
		const facts = datedClauseFacts(parseText(norm).sentences, []);
		const clauses = facts
			.filter((f) => !datePhraseProblem(f, norm.text.slice(f.start, f.end)))
			.map((f) => cleanClause(f, { title: 'The Orvane Mills' })?.text);
		expect(clauses.find(Boolean)).toBe(option);
	});
});

describe('the checks of a relative item', () => {
	const relativeItem = () =>
		[1, 2, 3, 4, 5, 6, 7, 8]
			.flatMap((seed) => sequenceItems(MILL_TOWN, seed))
			.find((c) => / (after|before) /.test(c.stem)) as Candidate;

	it('pass the item the builder made, its anchor a fifth event', () => {
		const c = relativeItem();
		expect(c.events).toHaveLength(5);
		expect(validateCandidate(c, { title: 'The Orvane Mills' })).toEqual([]);
	});

	it('refuse a wrong option beyond the anchor too, and a stem that names another anchor', () => {
		const c = relativeItem();
		const [key, a, b, d, anchor] = c.events ?? [];
		// The key moved among the wrong options: two options beyond the anchor.
		const twoKeys: Candidate = {
			...c,
			events: [a!, key!, b!, d!, anchor!],
			answer: a!.option,
			distractors: [key!, b!, d!].map((e) => e.option)
		};
		expect(validateCandidate(twoKeys).join(' ')).toMatch(
			/the key is not dated (after|before) the anchor|a wrong option is dated/
		);
		const renamed = { ...c, stem: c.stem.replace(/ (after|before) .*\?$/, ' $1 the mill closed?') };
		expect(validateCandidate(renamed).join(' ')).toMatch(/the stem does not name the anchor event/);
	});

	it('refuse a key that alone names what the stem names', () => {
		const c = relativeItem();
		const stem = c.stem.replace(/\?$/, ` at ${namesIn(c.answer)[0] ?? ''}?`);
		const problem = sequenceCueProblem({ ...c, stem, distractors: ['A b c', 'D e f', 'G h i'] });
		expect(problem).toBe('only the key names what the stem names');
	});
});

describe('sequence-finite-verbs: every option a whole act', () => {
	/** A made-up tunnel: the first event's subject carries "headed by" and an aside before its verb. */
	const TUNNEL = [
		'The Brannock Tunnel',
		'',
		'In 1902 a syndicate headed by Oskar Veil, the banker who had financed the northern railway, began boring a tunnel under the ridge. A rockfall closed the western shaft in 1908. The provincial government bought the works in 1913.',
		'',
		'Engineers from Lund broke through the rock wall in 1921. A flood damaged the tracks in 1936. The railway company electrified the line in 1958.'
	].join('\n');

	it.each<[EventClause, string | undefined]>([
		[
			{
				subject: 'a syndicate',
				verb: 'headed',
				rest: 'by Oskar Veil',
				text: 'A syndicate headed by Oskar Veil'
			},
			'"headed by" is a participle, no finite verb'
		],
		[
			{
				subject: 'the masons',
				verb: 'carving',
				rest: 'the stone',
				text: 'The masons carving the stone'
			},
			'"carving" is a participle, no finite verb'
		],
		[
			{
				subject: 'the tower',
				verb: 'was designed',
				rest: 'by Oskar Veil',
				text: 'The tower was designed by Oskar Veil'
			},
			undefined
		],
		[
			{
				subject: 'a rockfall',
				verb: 'closed',
				rest: 'the western shaft',
				text: 'A rockfall closed the western shaft'
			},
			undefined
		]
	])('%j → %s', (clause, problem) => {
		expect(finiteVerbProblem(clause)).toBe(problem);
	});

	it('reads the act past the "headed by" phrase and its aside: the option keeps its verb', () => {
		const options = [1, 2, 3, 4].flatMap((seed) =>
			sequenceQuiz(TUNNEL, seed).questions.flatMap((q) => q.options)
		);
		expect(options).toContain(
			'A syndicate headed by Oskar Veil began boring a tunnel under the ridge'
		);
		expect(options).not.toContain('A syndicate headed by Oskar Veil');
	});

	it('refuses an item whose option is the subject and its participle only', () => {
		const item = sequenceItems(TUNNEL).find((c) =>
			c.events?.some((e) => e.option.startsWith('A syndicate'))
		) as Candidate;
		expect(validateCandidate(item, { title: 'The Brannock Tunnel' })).toEqual([]);
		const cut = 'A syndicate headed by Oskar Veil';
		const events = (item.events ?? []).map((e) =>
			e.option.startsWith('A syndicate')
				? {
						...e,
						option: cut,
						fact: {
							...e.fact,
							frame: {
								...e.fact.frame!,
								subject: 'a syndicate',
								verb: 'headed',
								before: 'by Oskar Veil',
								after: ''
							}
						}
					}
				: e
		);
		const swap = (o: string) => (o.startsWith('A syndicate') ? cut : o);
		const broken = {
			...item,
			events,
			answer: swap(item.answer),
			distractors: item.distractors.map(swap)
		};
		expect(validateCandidate(broken, { title: 'The Brannock Tunnel' })).toContain(
			`sequence-finite-verbs: "${cut}": "headed by" is a participle, no finite verb`
		);
	});
});
