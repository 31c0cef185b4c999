// The three forms of one stored question (issue 16): multiple choice, fill in the blank (its source
// sentence with the answer blanked) and type the answer (its stem and a field). Each is derived from
// the question, never a question of its own, so history, statistics and review stay one per question.
// And the ladder a review card climbs: choice, then blank, then typed, one step down on a miss.
import { locateAnswer } from './highlight';
import type { ReviewRating } from './review';

export const ANSWER_FORMS = ['choice', 'cloze', 'typed'] as const;
export type AnswerForm = (typeof ANSWER_FORMS)[number];

export const ANSWER_FORM_LABELS: Record<AnswerForm, string> = {
	choice: 'Multiple choice',
	cloze: 'Fill in the blank',
	typed: 'Type the answer'
};

/** What the learner gave: the index of the option chosen, or the text they typed. */
export type GivenAnswer = number | { typed: string };

/** How a quiz is answered ("Answer by: Choosing / Typing"). */
export const ANSWER_MODES = ['choosing', 'typing'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

export const ANSWER_MODE_LABELS: Record<AnswerMode, string> = {
	choosing: 'Choosing',
	typing: 'Typing'
};

/** How a learner wants review cards asked: pinned to one form, or climbing the ladder. */
export const FORM_PREFERENCES = ['choice', 'ladder', 'typed'] as const;
export type FormPreference = (typeof FORM_PREFERENCES)[number];

export const FORM_PREFERENCE_LABELS: Record<FormPreference, string> = {
	choice: 'Always multiple choice',
	ladder: 'Ladder',
	typed: 'Always type'
};

/** A card moves up a step after a right answer once FSRS holds it this many days. */
export const LADDER_STABILITY_DAYS = 3;

/** Past this many words an answer is a phrase to recognise, not one to produce. */
const MAX_TYPED_WORDS = 4;

/**
 * Stems that only make sense beside their options: "Which of these …", "Which sentence …", an
 * "except" item's capital NOT, a word's meaning (many words would say it).
 */
const NEEDS_OPTIONS = [
	/\bwhich (?:of (?:these|the following)|sentence|statement|title|option)\b/i,
	/\bNOT\b/,
	/\bmost nearly mean/i
];

export interface FormQuestion {
	stem: string;
	answer: string;
	/** The sentence the question cites. */
	sentence: string;
}

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** The source sentence around the blank, or null when the answer is not a short span of it. */
export function clozeOf(question: FormQuestion): { before: string; after: string } | null {
	const { answer, sentence } = question;
	if (wordCount(answer) > MAX_TYPED_WORDS) return null;
	const range = locateAnswer(sentence, answer, null);
	if (!range || range.end - range.start >= sentence.trim().length) return null;
	// A whole word or name only: "Leeds" in "Leedsford" is no blank.
	const edge = /[\p{L}\p{N}]/u;
	if (edge.test(sentence[range.start - 1] ?? '') || edge.test(sentence[range.end] ?? '')) {
		return null;
	}
	return { before: sentence.slice(0, range.start), after: sentence.slice(range.end) };
}

/** Whether the question can be answered by typing: a short answer, a stem that needs no options. */
export function typeable(question: FormQuestion): boolean {
	return (
		wordCount(question.answer) <= MAX_TYPED_WORDS &&
		!NEEDS_OPTIONS.some((pattern) => pattern.test(question.stem))
	);
}

/** The forms a question supports, in ladder order. */
export function formsOf(question: FormQuestion): AnswerForm[] {
	return ANSWER_FORMS.filter(
		(form) =>
			form === 'choice' ||
			(form === 'cloze' ? clozeOf(question) !== null && typeable(question) : typeable(question))
	);
}

/** "Hint: starts with “H”, 7 letters" — the first letter and the length, spaces aside. */
export function hintFor(answer: string): string {
	const letters = [...answer.replace(/\s+/g, '')].length;
	const first = answer.trim()[0] ?? '';
	return `Starts with “${first}”, ${letters} ${letters === 1 ? 'character' : 'characters'}`;
}

/**
 * The form a card is asked in next. A pinned preference wins where the question supports it;
 * on the ladder a right answer at a stability of LADDER_STABILITY_DAYS or more moves up a step and a
 * miss moves down one, skipping forms the question does not support.
 */
export function nextForm(
	current: AnswerForm,
	answer: { correct: boolean; stabilityDays: number },
	supported: readonly AnswerForm[],
	preference: FormPreference = 'ladder'
): AnswerForm {
	if (preference !== 'ladder') return supported.includes(preference) ? preference : 'choice';
	const steps = ANSWER_FORMS.filter((form) => supported.includes(form));
	const at = Math.max(0, steps.indexOf(current));
	if (!answer.correct) return steps[Math.max(0, at - 1)]!;
	if (answer.stabilityDays >= LADDER_STABILITY_DAYS)
		return steps[Math.min(steps.length - 1, at + 1)]!;
	return steps[at]!;
}

/**
 * What a produced answer rates: a miss is Again, a right answer after the hint is Hard, a right
 * typed or filled-in answer is Good.
 */
export function producedRating(correct: boolean, hinted: boolean): ReviewRating {
	if (!correct) return 'again';
	return hinted ? 'hard' : 'good';
}

/** The form a quiz asks a question in: typed where a typing quiz can ask it so, else choice. */
export function quizForm(mode: AnswerMode, question: FormQuestion): AnswerForm {
	return mode === 'typing' && typeable(question) ? 'typed' : 'choice';
}

/**
 * The form a review asks a card in: the pinned form where the question has it (else multiple
 * choice), or on the ladder the card's step, down to the nearest form the question has.
 */
export function formToAsk(
	step: AnswerForm,
	supported: readonly AnswerForm[],
	preference: FormPreference
): AnswerForm {
	if (preference !== 'ladder') return supported.includes(preference) ? preference : 'choice';
	const below = ANSWER_FORMS.slice(0, ANSWER_FORMS.indexOf(step) + 1);
	return below.findLast((form) => supported.includes(form)) ?? 'choice';
}

/** The keyboard a phone should show for the answer: digits for a plain number, else text. */
export function inputModeFor(answer: string): 'numeric' | 'decimal' | 'text' {
	const plain = answer.trim();
	if (/^\d+$/.test(plain)) return 'numeric';
	if (/^\d[\d,]*\.\d+$|^\d{1,3}(,\d{3})+$/.test(plain)) return 'decimal';
	return 'text';
}

/** The learner's answer as they gave it: the text typed, or the option chosen. */
export function givenText(
	item: { options: string[] },
	answer: { chosenIndex: number | null; typed: string | null }
): string {
	if (answer.typed !== null) return answer.typed;
	return answer.chosenIndex === null ? '' : (item.options[answer.chosenIndex] ?? '');
}

/** How many answers of one form there were and how many were right. */
export interface FormAccuracy {
	form: AnswerForm;
	label: string;
	answered: number;
	correct: number;
	/** Share right, rounded to a whole percent. */
	percent: number;
}

/** Accuracy per answer form, in ladder order, of the forms that have answers. */
export function accuracyByForm(
	rows: readonly { form: AnswerForm; correct: boolean }[]
): FormAccuracy[] {
	return ANSWER_FORMS.map((form) => {
		const of = rows.filter((row) => row.form === form);
		const correct = of.filter((row) => row.correct).length;
		return {
			form,
			label: ANSWER_FORM_LABELS[form],
			answered: of.length,
			correct,
			percent: of.length ? Math.round((100 * correct) / of.length) : 0
		};
	}).filter((row) => row.answered > 0);
}

/**
 * The line under a typed answer's verdict: the learner's own call when they overruled the grade,
 * else the grade's reason, unless it only repeats the verdict (an answer typed as shown).
 */
export function feedbackReason(answer: {
	gradeNote: string | null;
	overruled: boolean;
}): string | null {
	if (answer.overruled) return 'You said you were right: it counts as right.';
	return answer.gradeNote === 'Correct.' ? null : answer.gradeNote;
}
