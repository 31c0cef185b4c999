// Scoring: correct answers over questions, nothing else. Time is recorded and shown beside the
// score, never mixed into it.

/** The longest a single question may count: a tab left open overnight is not 14 hours of thought. */
export const MAX_QUESTION_MS = 10 * 60 * 1000;

export interface ScoredItem {
	/** null while the question has no answer. */
	correct: boolean | null;
	timeMs: number | null;
}

export interface Score {
	correct: number;
	answered: number;
	total: number;
	/** Whole percent of all questions, rounded down so 99.5 % is never shown as 100 %. */
	percent: number;
	/** Sum of the time spent on answered questions. */
	timeMs: number;
}

/** The score of an attempt: correct / total, a percentage, and the time spent. */
export function score(items: readonly ScoredItem[]): Score {
	const answered = items.filter((item) => item.correct !== null);
	const correct = answered.filter((item) => item.correct).length;
	const total = items.length;
	return {
		correct,
		answered: answered.length,
		total,
		percent: total === 0 ? 0 : Math.floor((correct * 100) / total),
		timeMs: answered.reduce((sum, item) => sum + (item.timeMs ?? 0), 0)
	};
}

/** Time spent on a question, from when it was shown to when it was answered, clamped. */
export function questionTime(shownAt: Date | null, answeredAt: Date): number {
	if (!shownAt) return 0;
	const ms = answeredAt.getTime() - shownAt.getTime();
	return Math.min(MAX_QUESTION_MS, Math.max(0, Math.round(ms)));
}

/** "8 s", "1 min 05 s", "12 min": time as a learner reads it. */
export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes >= 10 || rest === 0) return `${minutes} min`;
	return `${minutes} min ${String(rest).padStart(2, '0')} s`;
}
