// Not-stated items: "Which of these is NOT one of the … the article says …?", three items a
// sentence lists and one outsider of their type: one the article names elsewhere, apart from the
// list, else one it never names. Opt-in (`kinds`).
import { describe, expect, it } from 'vitest';
import { validCandidates } from '../../../src/lib/generator/index';
import type { Candidate } from '../../../src/lib/generator/types';
import {
	listCleanProblem,
	outsiderAbsentProblem,
	sameFormProblem,
	setNamedProblem
} from '../../../src/lib/generator/stages/4-questions/not-stated-checks';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import { derivedIn } from '../../../src/lib/generator/stages/4-questions/not-stated';
import { recalling } from './not-stated-point-fixture';

/** A short made-up article: a title, then the sentence under test between two plain ones. */
const article = (sentence: string) =>
	[
		'Notes from the Valley of Orrin',
		'',
		`The valley of Orrin lies between two ranges of low hills. ${sentence} Its people hold a market every Saturday in the old square.`,
		'',
		'Travellers reach the valley by a narrow road that follows the river. The road was paved only recently.',
		'',
		recalling(sentence)
	].join('\n');

const notStated = (text: string) =>
	validCandidates(text, { kinds: ['not-stated'] }).candidates.filter(
		(c) => c.kind === 'not-stated'
	);

describe('not-stated items', () => {
	it.each([
		{
			sentence:
				'Doctors in the valley once fought infectious diseases such as cholera, leprosy and typhoid.',
			stem: 'Which of these is NOT one of the infectious diseases the article says doctors in the valley once fought?',
			listed: ['cholera', 'leprosy', 'typhoid']
		},
		{
			sentence: 'Farmers there grow crops including wheat, barley, oats and potatoes.',
			stem: 'Which of these is NOT one of the crops the article says farmers there grow?',
			listed: ['wheat', 'barley', 'oats']
		},
		{
			sentence: 'The trade mission visited Kenya, Ghana and Nigeria.',
			stem: 'Which of these does the article NOT say the trade mission visited?',
			listed: ['Kenya', 'Ghana', 'Nigeria']
		},
		{
			sentence: 'The old mines yielded gold, silver, copper and other metals.',
			stem: 'Which of these does the article NOT say the old mines yielded?',
			listed: ['gold', 'silver', 'copper']
		},
		{
			sentence: 'The main buyers of its wool were Kenya, Ghana and Nigeria.',
			stem: 'Which of these does the article NOT name as one of the main buyers of its wool?',
			listed: ['Kenya', 'Ghana', 'Nigeria']
		},
		{
			sentence:
				'Its weavers once sold carpets to wealthy merchant families like the Dorns, the Vals and the Kells.',
			stem: 'Which of these does the article NOT list among the wealthy merchant families?',
			listed: []
		},
		// A demonstrative subject is named with "the", the first of two verbs drops out, and the
		// amount ("a range of") is no part of the clause; "sabotage efforts" names sabotage.
		{
			sentence:
				'These raids have targeted river ports and encompassed a range of activities including hacking, election interference, and sabotage efforts.',
			stem: 'Which of these is NOT one of the activities the article says the raids have encompassed?',
			listed: ['hacking', 'election interference', 'sabotage efforts']
		}
	])('asks of "$sentence"', ({ sentence, stem, listed }) => {
		const text = article(sentence);
		const [c, ...more] = notStated(text);
		expect(more).toEqual([]);
		// (The families are of no set: no item, whatever the stem would be.)
		if (!listed.length) return expect(c).toBeUndefined();
		expect(c?.stem).toBe(stem);
		if (!c) return;
		expect(c.distractors).toEqual(listed);
		// The key is of the list's type and appears nowhere in the article.
		expect(text.toLowerCase()).not.toContain(c.answer.toLowerCase());
		expect(c.source.sentence).toBe(sentence);
		expect(c.explanation).toContain(`never names "${c.answer}"`);
	});

	// A list with no clause a stem may say (a phrase that names no set, a pronoun subject, a
	// quotation, a long clause) was asked by quoting the phrase ("… NOT list after "Her lessons
	// included"?", review k6) and then not at all; a set of a plain name is asked as what the
	// article never mentions, its key named nowhere in the article.
	it.each([
		[
			'languages',
			'Her lessons included French, German, Italian and Latin, but she spoke only Welsh at home.'
		],
		['countries', 'The salt roads, running through Kenya, Ghana and Nigeria, still carry trade.'],
		['cereals', 'They grow wheat, barley and oats on the slopes.'],
		['cereals', 'Wheat fields, barley, oats and rye.'],
		['countries', 'The merchants trade with Northern France, Germany, Italy and Spain.'],
		['cereals', '"We grow wheat, barley and oats," said the farmer.'],
		[
			'countries',
			'In the early years the traders from the coast reached Kenya, Ghana and Nigeria by boat.'
		]
	])('asks of a list of %s without a frame only what is never mentioned: %j', (set, sentence) => {
		const text = article(sentence);
		const [c, ...more] = notStated(text);
		expect(more).toEqual([]);
		expect(c?.stem).toBe(`Which of these ${set} does the article NOT mention?`);
		expect(text.toLowerCase()).not.toContain(c?.answer.toLowerCase());
		// "Germany, Italy and Spain", never "France" cut from "Northern France".
		expect(c?.distractors).not.toContain('France');
	});

	it.each([
		['Asian markets', 'Asia', true],
		['the Italian coast', 'Italy', true],
		['after the flooding', 'flood', true],
		['the weather in Spain', 'Portugal', false]
	])('"%s" mentions "%s" by a word made from it: %s', (text, member, made) => {
		expect(derivedIn(text, member)).toBe(made);
	});

	it('never keys a country the article names by its people or a city of it', () => {
		const text = article(
			'Visitors come from Spain, Italy and Greece. French hikers and walkers from Lisbon come too.'
		);
		for (const c of notStated(text)) expect(['France', 'Portugal']).not.toContain(c.answer);
	});

	it('never names a set by a singular noun that ends in "s" ("one of the working gas")', () => {
		// Review k10: "Which of these is NOT one of the working gas the article says the engine contains?"
		const text = article(
			'The sealed engine contains a working gas such as hydrogen, helium or nitrogen. A burner heats one end.'
		);
		for (const c of notStated(text)) expect(c.stem).not.toMatch(/one of the working gas\b/);
	});

	it('asks nothing of a list of words that modify a noun after it ("Dutch registry")', () => {
		const text = article('Ships of British, French, Russian and Dutch registry came first.');
		expect(notStated(text)).toEqual([]);
	});

	it.each([
		['a list of two', 'Doctors in the valley once fought diseases such as cholera and leprosy.'],
		['items outside any set', 'The market sells baskets, rugs, lamps and kettles.'],
		// "materials" names no set a stem may say alone.
		['a set of no plain name', 'They build with timber, stone and slate.'],
		// "John" of "John von Neumann": an item cut from a longer name.
		[
			'an item cut from a longer name',
			'The guests at the first fair included Albert Einstein, Wolfgang Pauli and John von Neumann.'
		]
	])('asks nothing of %s', (_, sentence) => {
		expect(notStated(article(sentence))).toEqual([]);
	});

	it('prefers as key a member the article names elsewhere, apart from the list', () => {
		const crops = 'Farmers there grow crops including wheat, barley, oats and potatoes.';
		const [c] = notStated(article(`${crops} The mill by the river grinds rye for the bakers.`));
		expect(c?.answer).toBe('rye');
		expect(c?.explanation).toContain('names "rye" elsewhere');
	});

	it('never takes a key named beside a weighty word of the stem: it could be a second key', () => {
		const crops = 'Farmers there grow crops including wheat, barley, oats and potatoes.';
		// "Some farmers grow rye": rye may be grown there too.
		for (const c of notStated(article(`${crops} Some farmers also grow rye.`)))
			expect(c.answer).not.toBe('rye');
	});

	it('asks of a list of the article’s own people, another person it names as key', () => {
		const text = [
			'The Harbour Choir',
			'',
			'The harbour choir was founded by the wives of fishermen. Critics praised singers such as Anna Berg, Peter Holm and Maria Lind.',
			'',
			'Later the choir toured with John Walker, who sang with them twice. John Walker called the choir the finest he had heard.',
			'',
			recalling('Critics praised singers such as Anna Berg, Peter Holm and Maria Lind.')
		].join('\n');
		const [c] = notStated(text);
		expect(c?.stem).toBe(
			'Which of these is NOT one of the singers the article says critics praised?'
		);
		expect(c?.answer).toBe('John Walker');
		expect(c?.distractors).toEqual(['Anna Berg', 'Peter Holm', 'Maria Lind']);
	});
});

/** A finished not-stated candidate to break one way at a time. */
function item(over: Partial<Candidate> = {}): Candidate {
	const sentence = 'Doctors fought diseases such as cholera, leprosy and typhoid.';
	const [c] = notStated(article(sentence));
	if (!c) throw new Error('no item to check');
	return { ...c, ...over };
}

/** Each named check's function, as 5-validate.ts runs it. */
const CHECK_OF: Record<string, (c: Candidate) => string | undefined> = {
	'not-stated-list-clean': listCleanProblem,
	'not-stated-outsider-absent': (c) => outsiderAbsentProblem(c, ''),
	'not-stated-same-form': sameFormProblem,
	'not-stated-set-named': setNamedProblem
};

describe('not-stated checks', () => {
	it.each([
		['not-stated-list-clean', { distractors: ['cholera', 'leprosy', 'measles'] }, 'not an item'],
		['not-stated-list-clean', { listed: ['cholera', 'leprosy'] }, 'fewer than three'],
		['not-stated-outsider-absent', { answer: 'leprosy' }, 'an item of the list'],
		['not-stated-same-form', { answer: 'Measles' }, 'differ in case'],
		['not-stated-same-form', { answer: 'yellow fever of the tropics' }, 'longer or shorter'],
		['not-stated-set-named', { stem: 'Which of these is a disease?' }, 'not ask'],
		[
			'not-stated-set-named',
			{ stem: 'Which of these does the article NOT say it?' },
			'name the set'
		],
		[
			'not-stated-set-named',
			{ stem: 'Which of these does the article NOT say the top countries for investment were?' },
			'ends on "were"'
		],
		[
			'not-stated-set-named',
			{ stem: 'Which of these vascular plants does the article NOT list after "Harvests of"?' },
			'quotes the words before the list'
		]
	])('%s rejects %j', (check, over, why) => {
		const c = item(over);
		const problem = CHECK_OF[check]?.(c);
		expect(problem).toContain(why);
		const reasons = validateCandidate(c, { text: article('') });
		expect(reasons.some((r) => r.startsWith(check))).toBe(true);
	});

	it('rejects a key the article names, in the plural, beside a weighty word of the stem', () => {
		const c = item({ answer: 'fever' });
		expect(outsiderAbsentProblem(c, 'Doctors fought fevers too.')).toContain('speaks of "doctor"');
		expect(outsiderAbsentProblem(c, 'Fevers were common in the valley.')).toBeUndefined();
	});

	it('rejects a key its list’s sentence names', () => {
		const c = item({ answer: 'typhus' });
		const source = {
			...c.source,
			sentence: 'Doctors fought typhus and diseases such as cholera, leprosy and typhoid.'
		};
		expect(outsiderAbsentProblem({ ...c, source }, '')).toContain("the list's sentence names");
	});

	it('passes the built item through every check', () => {
		const sentence = 'Doctors fought diseases such as cholera, leprosy and typhoid.';
		const c = item();
		expect(validateCandidate(c, { text: article(sentence) })).toEqual([]);
	});
});
