// The reading skill each question practises, as the reading platforms teachers use name them
// (ReadTheory, CommonLit, Newsela: key details, main idea, cause and effect, sequence, vocabulary,
// text evidence). Light on purpose (no NLP library): pages and the server label questions with it.
import type { QuestionKind, Skill } from './types';

export type { Skill };

/** Every skill, in the order pages list them. */
export const SKILLS: readonly Skill[] = [
	'key-details',
	'main-idea',
	'cause-effect',
	'sequence',
	'vocabulary',
	'text-evidence'
];

/** What people read for each skill. */
export const SKILL_LABELS: Record<Skill, string> = {
	'key-details': 'Key details',
	'main-idea': 'Main idea',
	'cause-effect': 'Cause and effect',
	sequence: 'Sequence',
	vocabulary: 'Vocabulary',
	'text-evidence': 'Text evidence'
};

/** The skill each kind practises: a new kind does not compile without one. */
export const SKILL_OF_KIND: Record<QuestionKind, Skill> = {
	who: 'key-details',
	what: 'key-details',
	where: 'key-details',
	when: 'key-details',
	'how-many': 'key-details',
	role: 'key-details',
	'who-said': 'key-details',
	gap: 'key-details',
	// Which of four claims the article makes: recognising a detail, not weighing evidence.
	statement: 'key-details',
	why: 'cause-effect',
	// Which of four events the article dates first or last: putting them in order.
	sequence: 'sequence',
	'main-idea': 'main-idea',
	// Which of four items a sentence lists it does not: recalling the list's details.
	'not-stated': 'key-details',
	vocabulary: 'vocabulary',
	// Which of four sentences bears out a claim: weighing what each says, not finding a detail.
	'supporting-evidence': 'text-evidence',
	// What a cause the article names led to: the other half of "why".
	effect: 'cause-effect'
};

/**
 * The comprehension kinds an author may ask for on an article, beyond the default quiz's (`alsoAsk`
 * of GenerateOptions), with what each asks. They are not in every quiz until a blind review passes
 * them (docs/generator.md).
 */
export const ASKABLE_KINDS = {
	'main-idea': 'Main idea: what the article is mainly about',
	why: 'Cause and effect: why something happened, the reason the article gives',
	effect: 'Cause and effect: what happened as a result of something',
	sequence: 'Sequence: which of four events came first or last',
	vocabulary: 'Vocabulary: what a word means as used in its sentence',
	'not-stated': 'Not stated: which of four items a list does not name',
	'supporting-evidence': 'Text evidence: which sentence supports a claim'
} as const satisfies Partial<Record<QuestionKind, string>>;

export type AskableKind = keyof typeof ASKABLE_KINDS;

/** Whether `value` names a kind an author may ask for (a form field, a stored choice). */
export function isAskableKind(value: unknown): value is AskableKind {
	return typeof value === 'string' && Object.hasOwn(ASKABLE_KINDS, value);
}

/** The kinds that practise `skill`, in the table's order. */
export function kindsOf(skill: Skill): QuestionKind[] {
	return (Object.keys(SKILL_OF_KIND) as QuestionKind[]).filter(
		(kind) => SKILL_OF_KIND[kind] === skill
	);
}

/**
 * The skill of a stored question's kind. A question an author wrote ("manual") or of a kind a later
 * generator no longer makes practises key details: recall of what the article says.
 */
export function skillOf(kind: string): Skill {
	return Object.hasOwn(SKILL_OF_KIND, kind) ? SKILL_OF_KIND[kind as QuestionKind] : 'key-details';
}

/** Whether `value` names a skill (a filter in a URL, a form field). */
export function isSkill(value: string | null | undefined): value is Skill {
	return !!value && (SKILLS as readonly string[]).includes(value);
}
