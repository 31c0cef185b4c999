// Main-idea items keyed by a thesis stated after an opening hook (main-idea-thesis.ts): an essay's
// claim, an explainer's turn, a study's finding. The sentences and the essay are written for these
// tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import {
	isThesisItem,
	thesisForm,
	titleWordsIn
} from '../../../src/lib/generator/stages/4-questions/main-idea-thesis';

const mainIdea = (text: string) =>
	generateQuiz(text, { count: 10, seed: 2, kinds: ['main-idea'] }).questions.filter(
		(q) => q.kind === 'main-idea'
	);

describe('thesisForm', () => {
	it.each([
		['Every town should keep its public swimming pools open all year round.', 'claim'],
		['The council must repair the old footbridge before the winter floods arrive.', 'claim'],
		['I urge you to write to your councillor before the vote next month.', 'claim'],
		['Frost looks like frozen dew, but it is water vapour turning straight into ice.', 'turn'],
		['Yet a glacier is a river that moves too slowly for the eye to follow.', 'turn'],
		[
			'The researchers found that pupils who slept longer remembered more of the lesson.',
			'finding'
		],
		['The results suggest that quieter classrooms help younger children read.', 'finding']
	])('reads "%s" as a %s', (sentence, form) => {
		expect(thesisForm(sentence)).toBe(form);
	});

	it.each([
		// A question, a condition, a hedge: none argues for anything.
		['Should every town keep its public swimming pools open?'],
		['If the council should refuse, the pool will close in May.'],
		['A later start could help some pupils, though nobody is sure.'],
		// "found that" with no study as its subject tells of a person's discovery in a story.
		['Davy then found that a sheet of wire gauze did the same job.'],
		// Plain statements state no thesis by their form.
		['The pool opened in 1934 and was rebuilt after the war.']
	])('reads no thesis in "%s"', (sentence) => {
		expect(thesisForm(sentence)).toBeUndefined();
	});
});

describe('titleWordsIn', () => {
	it.each([
		[['iron', 'rusts'], 'Rusting is a chemical reaction with water and air.', 1],
		[['schools', 'start', 'later'], 'Secondary schools should start their day at nine.', 2],
		[['museums', 'free'], 'The river floods the valley every spring.', 0]
	])('counts the title words %j by their stems', (titleWords, sentence, n) => {
		expect(titleWordsIn({ titleWords }, sentence)).toBe(n);
	});
});

/** An opinion essay: a hook, then its claim, then a paragraph for each reason. */
const ESSAY = `Keep the Town Library Open on Sundays

On a wet Sunday afternoon in Harwood, there is almost nowhere warm and quiet for a student to sit with a book. The cafés are crowded and the parks are empty. The town library should open every Sunday from noon until five o'clock.

The cost of opening is small compared with the library's other spending. Four staff members for five hours would cost the council about twelve thousand pounds a year, which is less than it spends on new carpets for the reading room.

Students need a quiet place to study at weekends. Many of them share bedrooms with brothers and sisters, and the noise at home makes serious revision nearly impossible in the weeks before exams.

Older residents would use the building as well. The knitting circle and the local history society both meet on weekday mornings, when many of their younger members are at work, and a Sunday session would let whole families attend together.

Other towns in the county have already made the change. Ferncombe began Sunday opening three years ago, and its librarians say the afternoon is now their busiest.

Some councillors worry that the building would be hard to heat on winter afternoons. The new boiler fitted last spring uses far less gas than the old one, and the reading room keeps its warmth well into the evening.

The council votes on its library budget next month, and every resident who cares about the library can write to a councillor before that meeting. A few hours on Sunday would give the whole town a place to read, learn and meet.
`;

describe('main-idea items keyed by a thesis', () => {
	it('keys an essay’s claim after its hook, against sentences of one paragraph each', () => {
		const [q] = mainIdea(ESSAY);
		const key = q?.options[q.answerIndex] ?? '';
		expect(key).toBe("The town library should open every Sunday from noon until five o'clock.");
		// The key is never the longest option (review k11).
		expect(q?.options.some((o) => o !== key && o.length >= key.length)).toBe(true);
		// No wrong option argues for anything: a second claim would be a second key.
		for (const o of q?.options ?? []) if (o !== key) expect(thesisForm(o)).toBeUndefined();
	});

	it('marks a thesis item by its fact, for the validator', () => {
		expect(isThesisItem({ fact: { id: 'thesis-2' } })).toBe(true);
		expect(isThesisItem({ fact: { id: 'gist-0' } })).toBe(false);
	});
});
