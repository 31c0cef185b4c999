// Not-stated items: "Which of these does the article NOT name among …?", three items a sentence
// lists and one outsider of their type the article never names. Opt-in (`kinds`).
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

/** A short made-up article: a title, then the sentence under test between two plain ones. */
const article = (sentence: string) =>
	[
		'Notes from the Valley of Orrin',
		'',
		`The valley of Orrin lies between two ranges of low hills. ${sentence} Its people hold a market every Saturday in the old square.`,
		'',
		'Travellers reach the valley by a narrow road that follows the river. The road was paved only recently.'
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
			stem: 'Which of these does the article NOT name among the infectious diseases doctors in the valley once fought?',
			listed: ['cholera', 'leprosy', 'typhoid']
		},
		{
			sentence: 'Farmers there grow crops including wheat, barley, oats and potatoes.',
			stem: 'Which of these does the article NOT name among the crops farmers there grow?',
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
		}
	])('asks of "$sentence"', ({ sentence, stem, listed }) => {
		const text = article(sentence);
		const [c, ...more] = notStated(text);
		expect(more).toEqual([]);
		expect(c?.stem).toBe(stem);
		if (!c) return;
		expect(c.distractors).toEqual(listed);
		// The key is of the list's type and appears nowhere in the article.
		expect(text.toLowerCase()).not.toContain(c.answer.toLowerCase());
		expect(c.source.sentence).toBe(sentence);
		expect(c.explanation).toContain(`never names "${c.answer}"`);
	});

	it.each([
		['a list of two', 'Doctors in the valley once fought diseases such as cholera and leprosy.'],
		['a pronoun for the subject', 'They grow wheat, barley and oats on the slopes.'],
		['no verb or set before the list', 'Wheat fields, barley, oats and rye.'],
		['items outside any set', 'The market sells baskets, rugs, lamps and kettles.'],
		[
			'a name cut from a longer one',
			'The merchants trade with Northern France, Germany, Italy and Spain.'
		],
		['a quotation', '"We grow wheat, barley and oats," said the farmer.']
	])('asks nothing of %s', (_, sentence) => {
		expect(notStated(article(sentence))).toEqual([]);
	});

	it('never offers an outsider the article names elsewhere', () => {
		const crops = 'Farmers there grow crops including wheat, barley, oats and potatoes.';
		const keys = new Set(notStated(article(crops)).map((c) => c.answer));
		for (const key of keys) {
			// The same article naming the key elsewhere gets another key, or none.
			const named = article(`${crops} Some also grow ${key}.`);
			for (const c of notStated(named)) expect(c.answer).not.toBe(key);
		}
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
		]
	])('%s rejects %j', (check, over, why) => {
		const c = item(over);
		const problem = CHECK_OF[check]?.(c);
		expect(problem).toContain(why);
		const reasons = validateCandidate(c, { text: article('') });
		expect(reasons.some((r) => r.startsWith(check))).toBe(true);
	});

	it('rejects a key the article names in the plural', () => {
		const c = item({ answer: 'fever' });
		const text = 'Fevers were common in the valley.';
		expect(outsiderAbsentProblem(c, text)).toContain('names "fever"');
	});

	it('passes the built item through every check', () => {
		const sentence = 'Doctors fought diseases such as cholera, leprosy and typhoid.';
		const c = item();
		expect(validateCandidate(c, { text: article(sentence) })).toEqual([]);
	});
});
