// Item statistics for authors: how hard each question is, whether it tells stronger learners from
// weaker ones, and whether its wrong options are ever chosen. Pure: rows in, figures out.
//
// Facility and discrimination follow Moodle's item analysis. Facility is the share of answers that
// were right. The discrimination index is the classic upper-lower one of Moodle's item analysis
// report (https://docs.moodle.org/19/en/Quiz_item_analysis: "the top third of students … minus the
// bottom third …, divided by the number of students in a third"): attempts are ranked by their
// total score, and D = facility among the top third − facility among the bottom third, from −1 to 1.
// (Moodle's newer statistics report uses a correlation with the rest of the test instead,
// https://docs.moodle.org/dev/Quiz_statistics_calculations; the upper-lower index needs no
// variance, so it stays defined for the small, uneven samples a class produces.)

/** Below this many answers a question's figures are too noisy to show. */
export const MIN_ANSWERS = 5;
/** A discrimination under this is flagged for the author. */
export const LOW_DISCRIMINATION = 0.15;

/** One answer: the attempt it belongs to, whether it was right, and the option chosen. */
export interface Response {
	attemptId: string;
	questionId: string;
	correct: boolean;
	/** The chosen option's index in the question's own options (not the shuffled order shown). */
	option: number;
}

export interface ItemStats {
	questionId: string;
	answers: number;
	/** Share answered right, 0–1. */
	facility: number;
	/** Upper third's facility − lower third's, −1 to 1; null with fewer than 3 attempts. */
	discrimination: number | null;
	/** How many answers chose each option, in the question's own order. */
	optionCounts: number[];
	/** Wrong options no one chose. */
	unusedDistractors: number[];
	lowDiscrimination: boolean;
	flagged: boolean;
}

/**
 * Statistics for every question with at least `minAnswers` answers. `answerIndex` gives each
 * question's right option (in its own order); `optionCount` how many options it has. (A class's
 * dashboard shows every answered question: its teacher knows the answers are few.)
 */
export function itemStats(
	responses: readonly Response[],
	answerIndex: ReadonlyMap<string, number>,
	optionCount = 4,
	minAnswers = MIN_ANSWERS
): ItemStats[] {
	// Each attempt's total: the share of its answers that were right (attempts differ in length).
	const totals = new Map<string, { right: number; all: number }>();
	for (const r of responses) {
		const t = totals.get(r.attemptId) ?? { right: 0, all: 0 };
		t.all++;
		if (r.correct) t.right++;
		totals.set(r.attemptId, t);
	}
	const score = (attemptId: string) => {
		const t = totals.get(attemptId)!;
		return t.right / t.all;
	};
	const byQuestion = new Map<string, Response[]>();
	for (const r of responses)
		byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);

	const out: ItemStats[] = [];
	for (const [questionId, rows] of byQuestion) {
		if (rows.length < minAnswers) continue;
		const optionCounts = Array.from({ length: optionCount }, () => 0);
		for (const r of rows) if (r.option >= 0 && r.option < optionCount) optionCounts[r.option]!++;
		const right = answerIndex.get(questionId);
		const unusedDistractors = optionCounts.flatMap((n, i) => (n === 0 && i !== right ? [i] : []));
		const discrimination = upperLower(rows, score);
		const lowDiscrimination = discrimination !== null && discrimination < LOW_DISCRIMINATION;
		out.push({
			questionId,
			answers: rows.length,
			facility: facility(rows),
			discrimination,
			optionCounts,
			unusedDistractors,
			lowDiscrimination,
			flagged: lowDiscrimination || unusedDistractors.length > 0
		});
	}
	return out;
}

function facility(rows: readonly Response[]): number {
	return rows.filter((r) => r.correct).length / rows.length;
}

/** Top third's facility minus bottom third's, attempts ranked by total score (ties by id). */
function upperLower(rows: readonly Response[], score: (attemptId: string) => number) {
	const third = Math.floor(rows.length / 3);
	if (third === 0) return null;
	const ranked = [...rows].sort(
		(a, b) => score(b.attemptId) - score(a.attemptId) || a.attemptId.localeCompare(b.attemptId)
	);
	return facility(ranked.slice(0, third)) - facility(ranked.slice(-third));
}
