// Invariants as properties: whatever article-like text we build, every question has four distinct
// options, a valid answer index, and a source sentence found in the normalized text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateQuiz } from '../../../src/lib/generator/index';

const people = [
	'Maria Lopez',
	'John Carter',
	'Aiko Tanaka',
	'Samuel Okafor',
	'Lena Fischer',
	'Omar Haddad'
];
const places = ['Dublin', 'Lisbon', 'Nairobi', 'Toronto', 'Canada', 'Kenya', 'Portugal'];
const orgs = ['the World Bank', 'the Red Cross', 'Greenpeace', 'the European Union'];
const years = ['1998', '2004', '2011', '2019'];

const sentence = fc.oneof(
	fc
		.tuple(fc.constantFrom(...people), fc.constantFrom(...places))
		.map(([p, c]) => `${p} opened a new school in ${c}.`),
	fc
		.tuple(fc.constantFrom(...people), fc.integer({ min: 2, max: 90000 }))
		.map(([p, n]) => `${p} counted ${n} visitors at the fair.`),
	fc
		.tuple(fc.constantFrom(...orgs), fc.constantFrom(...years))
		.map(([o, y]) => `The project was funded by ${o} in ${y}.`),
	fc
		.tuple(fc.constantFrom(...people), fc.constantFrom(...people))
		.map(
			([a, b]) =>
				`"We will build the bridge before the winter comes," ${a} said after meeting ${b}.`
		),
	fc
		.tuple(fc.constantFrom(...people), fc.constantFrom('Mayor', 'Professor', 'Captain'))
		.map(([p, t]) => `${t} ${p} visited the harbour with local students.`),
	fc.constantFrom(
		'THE MARKET REPORT',
		'| 12 | 40 | 77 |',
		'- a list item',
		'<b>Bold</b> claims were made.',
		'Prices rose by 4% \u2014 or so \u201cthey\u201d said.'
	)
);
const article = fc
	.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 8 })
	.map((ps) => ps.map((p) => p.join(' ')).join('\n\n'));

describe('generator invariants', () => {
	it('every question is well formed and grounded', () => {
		fc.assert(
			fc.property(article, fc.integer({ min: 0, max: 1000 }), (text, seed) => {
				const r = generateQuiz(text, { seed, count: 10 });
				for (const q of r.questions) {
					expect(q.options).toHaveLength(4);
					expect(new Set(q.options.map((o) => o.toLowerCase())).size).toBe(4);
					expect(q.answerIndex).toBeGreaterThanOrEqual(0);
					expect(q.answerIndex).toBeLessThan(4);
					expect(r.text.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
					expect(q.stem).toMatch(
						q.kind === 'gap' ? /^Fill in the blank: .*_____/ : /^\p{Lu}.*\?$/u
					);
				}
				expect(r.questions.length).toBeLessThanOrEqual(10);
			}),
			{ numRuns: 40 }
		);
	});

	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 2000 }), (text) => {
				expect(() => generateQuiz(text)).not.toThrow();
			}),
			{ numRuns: 60 }
		);
	});

	// Speed is measured by `npm run bench` (linear in length); this only shows that a 1 MB text of
	// repeated sentences finishes (nothing quadratic in repeats) and yields a short, valid quiz.
	it('handles a 1 MB input of repeated sentences', { timeout: 180_000 }, () => {
		const line =
			'Officials in Dublin said 40 new buses arrived on Monday, and riders welcomed them. ';
		const big = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
		const r = generateQuiz(big, { count: 5 });
		expect(r.stats.sentences).toBeGreaterThan(10_000);
		expect(r.questions.length).toBeLessThanOrEqual(5);
	});
});
