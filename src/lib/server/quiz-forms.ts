import * as v from 'valibot';
import { QUIZ_LENGTHS } from '$lib/quiz/order';

// The quiz forms, validated on the server. Ids are this app's ids (ids.ts): 16 base32 characters.
const Id = v.pipe(v.string('This question is missing.'), v.regex(/^[0-9a-z]{16}$/, 'Not found.'));

export const StartQuiz = v.object({
	length: v.picklist(QUIZ_LENGTHS, 'Choose how many questions: 5, 10 or all.')
});

export const Answer = v.object({
	item: Id,
	choice: v.pipe(
		v.string('Choose an answer first.'),
		v.regex(/^[0-3]$/, 'Choose one of the four answers.'),
		v.transform(Number)
	)
});

export const Next = v.object({
	from: v.pipe(
		v.string('The form could not be read. Please send it again.'),
		v.regex(/^\d{1,4}$/, 'The form could not be read. Please send it again.'),
		v.transform(Number)
	)
});
