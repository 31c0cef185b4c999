// Sequence items of plain prose (issue 15, k17): dated events from "In 1906 she …" and from a
// fronted "When … in 1932," clause, a biography's "She" and "Her husband" named, a closing
// "there" and a long clause's trailing phrase dropped; prose how-tos titled "X: How to …" or by a
// gerund; a numbered run with one lasting tip still ordered.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import type { Fact, Sentence } from '../../../src/lib/generator/types';
import {
	biographyPerson,
	datedClauseFacts,
	resolvePronoun,
	titleName
} from '../../../src/lib/generator/stages/4-questions/dated-clauses';
import { eventClauses } from '../../../src/lib/generator/stages/4-questions/event-clause';
import { adviceRun } from '../../../src/lib/generator/stages/4-questions/sequence-steps';
import { howToTitle } from '../../../src/lib/generator/stages/4-questions/sequence-prose-steps';

/** A short life of our own, told mostly with "She". */
const LIFE = [
	'Anna Brandt: The Woman Who Mapped the Fens',
	'',
	'Anna Brandt was a surveyor who drew the first full map of the Orvane fens. She was careful, patient and stubborn, and she walked most of the marsh herself.',
	'',
	'Brandt grew up in a family of millers beside the river. In 1881 she began work as a clerk in the county survey office.',
	'',
	'When the old county surveyor retired in 1889, the office gave her his instruments. Brandt spent the next summers on the marsh with two assistants.',
	'',
	'In 1893 she published her first sheet of the map. Her brother died in 1897. Brandt finished the last sheet in 1902, and the county printed the whole map in 1904.',
	'',
	'She moved to the coast in 1910 and lived there quietly. She died there on 3 March 1921. Brandt kept every field book she ever filled, and her notes still guide walkers.'
].join('\n');

const parsed = (text: string) => {
	const norm = normalizeText(text, { markup: 'strip' });
	return { norm, sentences: parseText(norm).sentences };
};

/** The clauses of the facts `datedClauseFacts` makes of a text, by year. */
function datedClauses(text: string): Map<string, string[]> {
	const { norm, sentences } = parsed(text);
	const out = new Map<string, string[]>();
	for (const f of datedClauseFacts(sentences, [], norm.title ?? ''))
		out.set(
			f.value.text,
			eventClauses(f).map((c) => c.text)
		);
	return out;
}

describe('titleName', () => {
	it.each([
		['Lise Mendel: The Physicist Who Weighed Light', 'Lise Mendel'],
		['Tom Garrow and the Long Road North', 'Tom Garrow'],
		['Anna Brandt', 'Anna Brandt'],
		['Anna Brandt - a life', 'Anna Brandt']
	])('%s → %s', (title, name) => expect(titleName(title)).toBe(name));
});

describe('dated clauses of a biography that says "She"', () => {
	const clauses = datedClauses(LIFE);

	it.each([
		['1881', 'Brandt began work as a clerk in the county survey office'],
		['1893', 'Brandt published her first sheet of the map'],
		['1910', 'Brandt moved to the coast']
	])('%s: "%s"', (year, clause) => expect(clauses.get(year)).toContain(clause));

	it('reads a fronted "When … in 1889," clause as its own event', () =>
		expect(clauses.get('1889')).toContain('The old county surveyor retired'));

	it('drops a closing "there": "Brandt died"', () =>
		expect(clauses.get('3 March 1921')).toContain('Brandt died'));

	it('finds the person of a titled biography', () => {
		const { norm, sentences } = parsed(LIFE);
		expect(biographyPerson(sentences, norm.title ?? '')).toMatchObject({
			short: 'Brandt',
			pronouns: 'female'
		});
	});
});

/** A date fact of sentence `s` whose clause subject is `subject`, for resolvePronoun. */
const factOf = (s: Sentence, subject: string): Fact => ({
	id: 'f1',
	kind: 'date',
	sentence: s.index,
	paragraph: s.paragraph,
	start: s.start,
	end: s.end,
	subject,
	action: 'died',
	object: '',
	value: { text: '1897', start: s.start, end: s.end, type: 'year' },
	statement: '',
	frame: {
		subject,
		verb: 'died',
		aux: '',
		verbRest: 'die',
		doSupport: 'did',
		before: '',
		after: '',
		prep: 'in',
		slot: 'object'
	},
	salience: 0
});

describe('resolvePronoun', () => {
	const { norm, sentences } = parsed(LIFE);
	const person = biographyPerson(sentences, norm.title ?? '');
	const find = (words: string) => sentences.find((s) => s.text.startsWith(words)) as Sentence;

	it.each([
		['Her brother died', 'Her brother', "Brandt's brother"],
		['She moved to the coast', 'She', 'Brandt']
	])('%s: "%s" → "%s"', (opening, subject, named) =>
		expect(
			resolvePronoun(factOf(find(opening), subject), find(opening), sentences, person)
		).toMatchObject({
			subject: named,
			id: 'f1-r'
		})
	);

	it('leaves a name, or a pronoun of the other gender, as it is', () => {
		const s = find('She moved to the coast');
		expect(resolvePronoun(factOf(s, 'He'), s, sentences, person)?.subject).toBe('He');
		expect(resolvePronoun(factOf(s, 'The county'), s, sentences, person)?.subject).toBe(
			'The county'
		);
	});

	it('leaves "She" where the sentence before names someone else', () => {
		const other = parsed(
			[
				'Anna Brandt: A Life',
				'',
				'Anna Brandt was a surveyor. She was careful. She was patient. She was stubborn. She walked the marsh. She drew the map. She kept her notes. She knew the fens. Brandt was proud. Brandt was kind. Brandt was quiet.',
				'',
				'Brandt met the painter Clara Voss at a fair. In 1893 she published her first sheet of the map.'
			].join('\n')
		);
		const p = biographyPerson(other.sentences, 'Anna Brandt');
		const s = other.sentences.find((x) => x.text.startsWith('In 1893')) as Sentence;
		expect(resolvePronoun(factOf(s, 'she'), s, other.sentences, p)?.subject).toBe('she');
	});
});

describe('a long clause without its trailing phrase', () => {
	const blank = { index: 0, paragraph: 0, start: 0, end: 0 } as unknown as Sentence;
	it.each([
		[
			'Holm',
			'designed',
			'a poster for a harvest fair showing a farmer with a scythe raised high',
			'Holm designed a poster'
		],
		[
			'A young clerk named Anna Brandt',
			'visited',
			'the survey office in Orvane for the first time',
			'A young clerk named Anna Brandt visited the survey office'
		]
	])('%s %s %s → %s', (subject, verb, before, short) => {
		const fact = factOf(blank, subject);
		const clauses = eventClauses({ ...fact, frame: { ...fact.frame!, verb, before } });
		expect(clauses.map((c) => c.text)).toContain(short);
	});

	it('keeps a clause short enough as it is', () => {
		const fact = factOf(blank, 'Holm');
		const clauses = eventClauses({
			...fact,
			frame: { ...fact.frame!, verb: 'opened', before: 'a workshop in Orvane' }
		});
		expect(clauses.map((c) => c.text)).toEqual(['Holm opened a workshop in Orvane']);
	});
});

describe('howToTitle', () => {
	it.each([
		['How to Wax a Jacket', true],
		['Dry Boots: How to Wax a Jacket', true],
		['Waxing a Jacket Before Winter', true],
		['Pitching Tents in the Wind', true],
		['Morning at the Harbour', false],
		['Everything Changed in Spring', false],
		['Everything Works Out', false]
	])('%s: %s', (title, yes) => expect(howToTitle(title)).toBe(yes));
});

describe('adviceRun', () => {
	it.each([
		[0, 6, false],
		[1, 9, false],
		[1, 4, true],
		[2, 9, true]
	])('%i lasting tips of %i steps: advice %s', (lasting, total, yes) =>
		expect(adviceRun(lasting, total)).toBe(yes)
	);
});

describe('a biography told with "She" makes a sequence item', () => {
	it('every option names Brandt or an event of the article, none says "She"', () => {
		const made = [1, 2, 3, 4].flatMap(
			(seed) => generateQuiz(LIFE, { count: 10, seed, kinds: ['sequence'] }).questions
		);
		expect(made.length).toBeGreaterThan(0);
		for (const q of made) for (const o of q.options) expect(o).not.toMatch(/\b(she|her|there)\b/i);
	});
});
