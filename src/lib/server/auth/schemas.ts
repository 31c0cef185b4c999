import * as v from 'valibot';
import { ROLES } from '../db/schema';
import { characterProblem, describeProblem } from '../characters';
import { hasControlCharacters } from '../forms';
import { isCommonPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords';
import { ID_PATTERN } from '$lib/quiz/ids';

const length = (text: string) => [...text].length; // code points: an emoji is one character

/** The shared character rule (characters.ts) for a one-line field, with the field named. */
const typeable = (field: string) =>
	v.check<string, (issue: v.CheckIssue<string>) => string>(
		(text) => characterProblem(text) === null,
		(issue) => describeProblem(characterProblem(issue.input)!, field)
	);

/** A new username: 3–32 letters, digits, '.', '_' or '-'. */
export const NewUsername = v.pipe(
	v.string('Enter a username.'),
	typeable('The username'),
	v.trim(),
	v.nonEmpty('Enter a username.'),
	v.maxLength(32, 'Use at most 32 characters.'),
	v.minLength(3, 'Use at least 3 characters.'),
	v.regex(
		/^[A-Za-z0-9._-]+$/,
		'Use only letters a–z, digits, dots (.), underscores (_) and hyphens (-).'
	)
);

/** A new password: 8 characters or more, not one of the most common passwords. */
export const NewPassword = v.pipe(
	v.string('Enter a password.'),
	v.nonEmpty('Enter a password.'),
	v.maxLength(MAX_PASSWORD_LENGTH * 2, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
	v.check(
		(password) => length(password) <= MAX_PASSWORD_LENGTH,
		`Use at most ${MAX_PASSWORD_LENGTH} characters.`
	),
	v.check((password) => !hasControlCharacters(password), 'Use only characters you can type.'),
	v.check(
		(password) => length(password) >= MIN_PASSWORD_LENGTH,
		`Use at least ${MIN_PASSWORD_LENGTH} characters.`
	),
	v.check(
		(password) => !isCommonPassword(password),
		'This is one of the most common passwords. Choose one that is harder to guess.'
	)
);

/** Sign-up: the username and password rules. */
export const SignUp = v.object({ username: NewUsername, password: NewPassword });

/** Sign-in checks only that something sensible was sent: the rules belong to sign-up. */
export const SignIn = v.object({
	username: v.pipe(
		v.string('Enter your username.'),
		typeable('The username'),
		v.trim(),
		v.nonEmpty('Enter your username.'),
		v.maxLength(64, 'That username is too long.')
	),
	password: v.pipe(
		v.string('Enter your password.'),
		v.nonEmpty('Enter your password.'),
		v.maxLength(MAX_PASSWORD_LENGTH * 2, 'That password is too long.')
	)
});

export const RoleField = v.picklist(ROLES, 'Choose admin, author or learner.');

/** An admin creating an account. */
export const CreateAccount = v.object({
	username: NewUsername,
	password: NewPassword,
	role: RoleField
});

const UserId = v.pipe(v.string('Choose a user.'), v.regex(ID_PATTERN, 'Choose a user.'));

/** An admin changing someone's role. */
export const ChangeRole = v.object({ userId: UserId, role: RoleField });

/** An admin acting on one user (clearing a sign-in lock). */
export const UserRef = v.object({ userId: UserId });
