// The class forms (issue 18), validated on the server.
import * as v from 'valibot';
import { joinCodeProblem } from '$lib/classes/join-code';
import { ID_PATTERN } from '$lib/quiz/ids';
import { QUIZ_LENGTHS } from '$lib/quiz/order';
import { characterProblem, describeProblem } from './characters';
import { MAX_CLASS_NAME } from './classes';

/** "Class name": what the teacher and the learners see, one line. */
export const ClassName = v.object({
	name: v.pipe(
		v.string('Give the class a name.'),
		v.check(
			(text) => characterProblem(text) === null,
			(issue) => describeProblem(characterProblem(issue.input)!, 'The class name')
		),
		v.trim(),
		v.nonEmpty('Give the class a name.'),
		v.check(
			(text) => [...text].length <= MAX_CLASS_NAME,
			`Use at most ${MAX_CLASS_NAME} characters.`
		)
	)
});

/** "Join code": six letters and digits, typed in any case, with spaces or dashes. */
export const JoinClass = v.object({
	code: v.pipe(
		v.string('Enter the join code your teacher gave you.'),
		v.check(
			(code) => joinCodeProblem(code) === null,
			(issue) => joinCodeProblem(issue.input)!
		)
	)
});

/** A member of the class, for "Remove". */
export const MemberRef = v.object({
	user: v.pipe(v.string('Choose a learner.'), v.regex(ID_PATTERN, 'Not found.'))
});

/** "Switch off joining" / "Switch on joining". */
export const JoinSwitch = v.object({
	open: v.picklist(['yes', 'no'], 'Choose whether learners may join.')
});

/** The last moment of a calendar day (YYYY-MM-DD), in UTC, as the app counts days. */
export function endOfDay(day: string): Date {
	return new Date(`${day}T23:59:59.999Z`);
}

/** "Assign": a class of the teacher's, a quiz length, an optional due date, closed book or not. */
export const Assign = v.object({
	class: v.pipe(v.string('Choose a class.'), v.regex(ID_PATTERN, 'Choose one of your classes.')),
	length: v.picklist(QUIZ_LENGTHS, 'Choose how many questions: 5, 10 or all.'),
	due: v.nullish(
		v.union(
			[
				v.literal(''),
				v.pipe(
					v.string(),
					v.isoDate('Enter the due date as a date, like 2026-12-18.'),
					v.check(
						(day) => !Number.isNaN(endOfDay(day).getTime()),
						'Enter the due date as a date, like 2026-12-18.'
					)
				)
			],
			'Enter the due date as a date, like 2026-12-18.'
		),
		''
	),
	closed: v.nullish(v.literal('yes', 'Tick the box or leave it empty.'))
});
