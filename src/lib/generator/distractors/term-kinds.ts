// Whether a term names a condition, from its head word: a condition ("brain damage") is no answer
// beside a substance ("iodine"), so "what" distractors keep to the answer's side.

/** Heads of terms for states of health or harm: "brain damage", "iodine deficiency". */
const CONDITION =
	/^(damage|deficiency|deficiencies|disease|diseases|disorder|disorders|illness|syndrome|injury|injuries|pain|loss|shock|deafness|blindness|infection|infections|eczema|fever|death|deaths|harm|stress|poverty|hunger|undernourishment|malnutrition)$/;

/** Whether a term names a condition of health or harm ("brain damage") by its last word. */
export function isCondition(term: string): boolean {
	return CONDITION.test(term.toLowerCase().split(/\s+/).pop() ?? '');
}
