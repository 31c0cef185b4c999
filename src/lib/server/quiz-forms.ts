import { SKILLS } from '$lib/generator/skills';
import * as v from 'valibot';
import { QUIZ_LENGTHS } from '$lib/quiz/order';
import { RATINGS } from '$lib/quiz/review';
import { ANSWER_MODES, FORM_PREFERENCES } from '$lib/quiz/answer-forms';
import { MAX_TYPED_LENGTH } from './grading';
import { ID_PATTERN } from '$lib/quiz/ids';

// The quiz forms, validated on the server. Ids are this app's ids (ids.ts): 16 base32 characters.
const Id = v.pipe(v.string('This question is missing.'), v.regex(ID_PATTERN, 'Not found.'));

export const StartQuiz = v.object({
	length: v.picklist(QUIZ_LENGTHS, 'Choose how many questions: 5, 10 or all.'),
	// Older pages and scripts send no "Answer by": choosing, as before.
	by: v.nullish(v.picklist(ANSWER_MODES, 'Choose how to answer: choosing or typing.'), 'choosing')
});

export const Answer = v.object({
	item: Id,
	choice: v.pipe(
		v.string('Choose an answer first.'),
		v.regex(/^[0-3]$/, 'Choose one of the four answers.'),
		v.transform(Number)
	)
});

/** What the learner typed: one line, trimmed, not empty, not the article pasted in. */
const Typed = v.pipe(
	v.string('Type your answer first.'),
	v.trim(),
	v.nonEmpty('Type your answer first.'),
	v.maxLength(MAX_TYPED_LENGTH, `Keep your answer under ${MAX_TYPED_LENGTH} characters.`),
	v.check((text) => !/\p{Cc}/u.test(text), 'Type your answer on one line.')
);

/** A typed answer to a quiz item. */
export const TypedAnswer = v.object({ item: Id, typed: Typed });

/** "I was right" on a typed answer the grader refused. */
export const Overrule = v.object({ item: Id });

export const Next = v.object({
	from: v.pipe(
		v.string('The form could not be read. Please send it again.'),
		v.regex(/^\d{1,4}$/, 'The form could not be read. Please send it again.'),
		v.transform(Number)
	)
});

/** "Practice these" on the Missed page: all missed questions, or one article's (`article`). */
export const Practise = v.object({
	article: v.optional(v.union([v.literal(''), Id])),
	skill: v.nullish(v.union([v.literal(''), v.picklist(SKILLS, 'Choose a skill from the list.')]))
});

/** A practice quiz on one reading skill (the progress page). */
export const PractiseSkill = v.object({
	skill: v.picklist(SKILLS, 'Choose a skill from the list.')
});

/** A review session's answer: the card and the option chosen. */
export const ReviewAnswer = v.object({
	card: Id,
	choice: Answer.entries.choice
});

/** A review's typed answer (fill in the blank, or type the answer). */
export const ReviewTypedAnswer = v.object({ card: Id, typed: Typed });

/** "Show a hint" on a review card. */
export const ReviewHint = v.object({ card: Id });

/** The review settings: how cards are asked. */
export const ReviewSettings = v.object({
	form: v.picklist(FORM_PREFERENCES, 'Choose how cards are asked.')
});

/** A review's rating: the answer given is judged, and a wrong one is always Again (see ratingFor). */
export const ReviewRate = v.object({
	card: Id,
	rating: v.nullish(v.picklist(RATINGS, 'Choose Hard, Good or Easy.')),
	// "I was right": a refused typed answer counts as right.
	overrule: v.nullish(v.literal('yes'))
});

// "Read, then answer": the page that keeps the timer sends its own random id with each pause and
// resume (readings.ts), and says on finishing whether it could pause while hidden.
const View = v.pipe(
	v.string('This page is missing.'),
	v.regex(/^[A-Za-z0-9-]{8,64}$/, 'Not found.')
);
export const ReadingTimer = v.object({ view: View });
export const FinishReading = v.object({
	timer: v.nullish(v.picklist(['paused-while-hidden', 'whole-time']), 'whole-time')
});
