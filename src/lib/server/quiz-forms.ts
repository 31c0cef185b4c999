import { SKILLS } from '$lib/generator/skills';
import * as v from 'valibot';
import { QUIZ_LENGTHS } from '$lib/quiz/order';
import { RATINGS } from '$lib/quiz/review';
import { ID_PATTERN } from '$lib/quiz/ids';

// The quiz forms, validated on the server. Ids are this app's ids (ids.ts): 16 base32 characters.
const Id = v.pipe(v.string('This question is missing.'), v.regex(ID_PATTERN, 'Not found.'));

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

/** A review's rating: the answer given is judged, and a wrong one is always Again (see ratingFor). */
export const ReviewRate = v.object({
	card: Id,
	rating: v.optional(v.picklist(RATINGS, 'Choose Hard, Good or Easy.'))
});
