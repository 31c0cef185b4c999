import { describe, expect, it } from 'vitest';
import {
	accuracyByForm,
	feedbackReason,
	formToAsk,
	givenText,
	inputModeFor,
	quizForm,
	type AnswerForm,
	clozeOf,
	type FormPreference,
	formsOf,
	hintFor,
	nextForm,
	producedRating,
	typeable
} from '$lib/quiz/answer-forms';

const SENTENCE = 'The ferry to Inishmore left Rossaveal at nine in the morning.';

describe('the forms of one question', () => {
	it.each([
		['Where did the ferry to Inishmore leave from?', 'Rossaveal', ['choice', 'cloze', 'typed']],
		['When did the ferry leave Rossaveal?', 'nine in the morning', ['choice', 'cloze', 'typed']],
		['When did the ferry leave?', 'at nine in the morning', ['choice']],
		['Where did the ferry go?', 'Aran', ['choice', 'typed']],
		['Which of these did the ferry leave from?', 'Rossaveal', ['choice']],
		['Which sentence best expresses the main idea of the article?', SENTENCE, ['choice']],
		['Which of these is NOT one of the crops the article names?', 'rye', ['choice']],
		['As used in paragraph 2, what does "left" most nearly mean?', 'departed', ['choice']],
		['Who did not take the ferry?', 'Rossaveal', ['choice', 'cloze', 'typed']],
		['What left Rossaveal at nine?', 'The ferry to Inishmore left Rossaveal', ['choice']]
	])('%j (answer %j): %j', (stem, answer, forms) => {
		expect(formsOf({ stem, answer, sentence: SENTENCE })).toEqual(forms);
	});

	it('blanks the answer where the sentence has it, whole words only', () => {
		expect(clozeOf({ stem: '', answer: 'Rossaveal', sentence: SENTENCE })).toEqual({
			before: 'The ferry to Inishmore left ',
			after: ' at nine in the morning.'
		});
		expect(clozeOf({ stem: '', answer: 'Ross', sentence: SENTENCE })).toBeNull();
		expect(clozeOf({ stem: '', answer: 'rossaveal', sentence: SENTENCE })?.before).toBe(
			'The ferry to Inishmore left '
		);
	});

	it('types only short answers to stems that stand alone', () => {
		expect(typeable({ stem: 'Who won?', answer: 'Mira Kestrel', sentence: '' })).toBe(true);
		expect(
			typeable({ stem: 'Who won?', answer: 'the runner from the north of Leeds', sentence: '' })
		).toBe(false);
	});

	it('hints the first letter and the length', () => {
		expect(hintFor('Hegseth')).toBe('Starts with “H”, 7 characters');
		expect(hintFor('Mira Kestrel')).toBe('Starts with “M”, 11 characters');
		expect(hintFor('7')).toBe('Starts with “7”, 1 character');
	});
});

describe('the ladder in review', () => {
	const ALL: AnswerForm[] = ['choice', 'cloze', 'typed'];
	it.each<[AnswerForm, boolean, number, readonly AnswerForm[], FormPreference, AnswerForm]>([
		['choice', true, 5, ALL, 'ladder', 'cloze'],
		['choice', true, 1, ALL, 'ladder', 'choice'],
		['choice', true, 3, ALL, 'ladder', 'cloze'],
		['cloze', true, 4, ALL, 'ladder', 'typed'],
		['typed', true, 40, ALL, 'ladder', 'typed'],
		['typed', false, 40, ALL, 'ladder', 'cloze'],
		['cloze', false, 2, ALL, 'ladder', 'choice'],
		['choice', false, 0, ALL, 'ladder', 'choice'],
		// A question with no blank climbs from choice straight to typing, and back.
		['choice', true, 5, ['choice', 'typed'], 'ladder', 'typed'],
		['typed', false, 5, ['choice', 'typed'], 'ladder', 'choice'],
		// Only choice: it stays there.
		['choice', true, 50, ['choice'], 'ladder', 'choice'],
		// A pinned form wins where the question has it.
		['cloze', true, 50, ALL, 'choice', 'choice'],
		['choice', false, 0, ALL, 'typed', 'typed'],
		['choice', true, 9, ['choice'], 'typed', 'choice']
	])(
		'%s, right %s, stability %d days, %j, %s: next %s',
		(current, correct, days, forms, pref, next) => {
			expect(nextForm(current, { correct, stabilityDays: days }, forms, pref)).toBe(next);
		}
	);

	it('rates a produced answer: typed right Good, right after a hint Hard, a miss Again', () => {
		expect(producedRating(true, false)).toBe('good');
		expect(producedRating(true, true)).toBe('hard');
		expect(producedRating(false, true)).toBe('again');
		expect(producedRating(false, false)).toBe('again');
	});
});

describe('the form asked', () => {
	const short = {
		stem: 'Who led the team?',
		answer: 'Mira Kestrel',
		sentence: 'Mira Kestrel led the team.'
	};
	const needsOptions = { ...short, stem: 'Which of these led the team?' };

	it('a typing quiz types what can be typed, and chooses the rest', () => {
		expect(quizForm('typing', short)).toBe('typed');
		expect(quizForm('typing', needsOptions)).toBe('choice');
		expect(quizForm('choosing', short)).toBe('choice');
	});

	it('review asks the ladder step, down to a form the question has; a pinned form wins', () => {
		expect(formToAsk('typed', ['choice', 'cloze', 'typed'], 'ladder')).toBe('typed');
		expect(formToAsk('typed', ['choice', 'typed'], 'ladder')).toBe('typed');
		expect(formToAsk('cloze', ['choice', 'typed'], 'ladder')).toBe('choice');
		expect(formToAsk('typed', ['choice'], 'ladder')).toBe('choice');
		expect(formToAsk('choice', ['choice', 'cloze', 'typed'], 'typed')).toBe('typed');
		expect(formToAsk('typed', ['choice', 'cloze', 'typed'], 'choice')).toBe('choice');
		expect(formToAsk('choice', ['choice'], 'typed')).toBe('choice');
	});

	it.each([
		['1969', 'numeric'],
		['21', 'numeric'],
		['3.5', 'decimal'],
		['650,000', 'decimal'],
		['650 million', 'text'],
		['July 20, 1969', 'text'],
		['Armstrong', 'text']
	] as const)('the keyboard for %j is %s', (answer, mode) => {
		expect(inputModeFor(answer)).toBe(mode);
	});
});

describe('accuracy by form', () => {
	it('counts answers and the share right per form, in ladder order, leaving out unused forms', () => {
		const rows = [
			{ form: 'typed' as const, correct: true },
			{ form: 'choice' as const, correct: true },
			{ form: 'choice' as const, correct: false },
			{ form: 'typed' as const, correct: false },
			{ form: 'typed' as const, correct: true }
		];
		expect(accuracyByForm(rows)).toEqual([
			{ form: 'choice', label: 'Multiple choice', answered: 2, correct: 1, percent: 50 },
			{ form: 'typed', label: 'Type the answer', answered: 3, correct: 2, percent: 67 }
		]);
		expect(accuracyByForm([])).toEqual([]);
	});

	it('shows the answer as given: the text typed, or the option chosen', () => {
		const item = { options: ['Oslo', 'Bergen', 'Tromsø', 'Bodø'] };
		expect(givenText(item, { chosenIndex: 2, typed: null })).toBe('Tromsø');
		expect(givenText(item, { chosenIndex: null, typed: 'bergen' })).toBe('bergen');
		expect(givenText(item, { chosenIndex: null, typed: null })).toBe('');
	});
});

describe('the reason under a typed answer', () => {
	it('says why it counted, or that the learner overruled it, and never repeats the verdict', () => {
		const note = 'Accepted: close spelling of “Hegseth”.';
		expect(feedbackReason({ gradeNote: note, overruled: false })).toBe(note);
		expect(feedbackReason({ gradeNote: 'Correct.', overruled: false })).toBeNull();
		expect(
			feedbackReason({ gradeNote: 'Not accepted. The answer is “21”.', overruled: true })
		).toBe('You said you were right: it counts as right.');
	});
});
