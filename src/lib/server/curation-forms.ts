import * as v from 'valibot';
import { ID_PATTERN } from '$lib/quiz/ids';

// The curation forms, validated on the server; what makes a question acceptable is checked by
// `curation.checkQuestion`.
const Id = v.pipe(v.string('This question is missing.'), v.regex(ID_PATTERN, 'Not found.'));
const Text = (message: string, max: number) =>
	v.pipe(v.string(message), v.maxLength(max * 2, `Use at most ${max} characters.`));

const Draft = {
	stem: Text('Write the question.', 500),
	option0: Text('Fill in all four options.', 200),
	option1: Text('Fill in all four options.', 200),
	option2: Text('Fill in all four options.', 200),
	option3: Text('Fill in all four options.', 200),
	answer: v.pipe(
		v.string('Mark the one right answer.'),
		v.regex(/^[0-3]$/, 'Mark the one right answer.'),
		v.transform(Number)
	)
};

export const EditQuestion = v.object({ question: Id, ...Draft });
export const WriteQuestion = v.object({
	...Draft,
	sentence: Text('Copy the sentence the answer comes from.', 2000),
	explanation: v.nullish(Text('Write the explanation as text.', 1000), '')
});
export const QuestionRef = v.object({ question: Id });
export const ConfirmDelete = v.object({
	confirm: v.literal('yes', 'Tick the box to confirm that the article should be deleted.')
});

/** The fields a question form shows back after a failure. */
export const KEEP_DRAFT = [
	'question',
	'answer',
	{ name: 'stem', max: 1000 },
	{ name: 'option0', max: 400 },
	{ name: 'option1', max: 400 },
	{ name: 'option2', max: 400 },
	{ name: 'option3', max: 400 },
	{ name: 'sentence', max: 4000 },
	{ name: 'explanation', max: 2000 }
];
