// A class's results as its teacher's dashboard shows them: how the scores spread, and per question
// the share right and the wrong option that drew most, so the teacher knows what to go over.
// Pure: answers in, figures out. The per-question figures are the item statistics' own.
import type { Range } from '$lib/quiz/highlight';
import { itemStats } from '$lib/quiz/item-stats';
import { percent } from '$lib/quiz/progress';

/** Where a learner is with an assignment. */
export type AssignmentState = 'not-started' | 'in-progress' | 'done';

/** Each state as the dashboard says it. */
export const STATE_LABELS: Record<AssignmentState, string> = {
	done: 'Finished',
	'in-progress': 'In progress',
	'not-started': 'Not started'
};

/** The score bands of the distribution, each as a teacher reads it. */
export const SCORE_BANDS = [
	{ label: '0–19%', min: 0 },
	{ label: '20–39%', min: 20 },
	{ label: '40–59%', min: 40 },
	{ label: '60–79%', min: 60 },
	{ label: '80–100%', min: 80 }
] as const;

export interface ScoreBand {
	label: string;
	count: number;
}

/** How many scores (percentages) fall in each band, lowest band first. */
export function scoreDistribution(percents: readonly number[]): ScoreBand[] {
	const counts = SCORE_BANDS.map(() => 0);
	for (const p of percents) {
		const band = SCORE_BANDS.findLastIndex((b) => p >= b.min);
		counts[Math.max(0, band)]!++;
	}
	return SCORE_BANDS.map((b, i) => ({ label: b.label, count: counts[i]! }));
}

/** The middle value (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A question as its learners saw it, its options in its own order (not the shuffled one shown). */
export interface AskedQuestion {
	questionId: string;
	stem: string;
	options: string[];
	answerIndex: number;
	sourceSentence: string;
	/** Where the answer sits in the source sentence, when known. */
	highlight: Range | null;
}

/** One answer of a finished quiz, with its question. */
export interface AnsweredItem extends AskedQuestion {
	attemptId: string;
	/** The option chosen, in the question's own order; -1 for a typed answer. */
	chosen: number;
	correct: boolean;
}

export interface QuestionResult extends AskedQuestion {
	answers: number;
	right: number;
	wrong: number;
	/** Share answered right, 0–100. */
	percentRight: number;
	/** How many chose each option, in the question's own order. */
	optionCounts: number[];
	/** The wrong option chosen most (the first of a tie), or null when no one chose a wrong one. */
	topDistractor: { index: number; count: number } | null;
}

/** Per question, in the order first met: answers, share right, what each option drew. */
export function questionResults(items: readonly AnsweredItem[]): QuestionResult[] {
	const first = new Map<string, AnsweredItem>();
	for (const item of items) if (!first.has(item.questionId)) first.set(item.questionId, item);
	const optionCount = Math.max(0, ...items.map((item) => item.options.length));
	const stats = itemStats(
		items.map((item) => ({
			attemptId: item.attemptId,
			questionId: item.questionId,
			correct: item.correct,
			option: item.chosen
		})),
		new Map([...first.values()].map((item) => [item.questionId, item.answerIndex])),
		optionCount,
		1
	);
	const byId = new Map(stats.map((s) => [s.questionId, s]));
	return [...first.values()].map((item) => {
		const s = byId.get(item.questionId)!;
		const right = Math.round(s.facility * s.answers);
		let topDistractor: QuestionResult['topDistractor'] = null;
		s.optionCounts.forEach((count, index) => {
			if (index !== item.answerIndex && count > 0 && count > (topDistractor?.count ?? 0))
				topDistractor = { index, count };
		});
		return {
			questionId: item.questionId,
			stem: item.stem,
			options: item.options,
			answerIndex: item.answerIndex,
			sourceSentence: item.sourceSentence,
			highlight: item.highlight,
			answers: s.answers,
			right,
			wrong: s.answers - right,
			percentRight: percent(right, s.answers),
			optionCounts: s.optionCounts,
			topDistractor
		};
	});
}

/**
 * The questions missed most, at most `count`: most wrong answers first, then the lowest share right;
 * a question no one missed is not among them.
 */
export function mostMissed(results: readonly QuestionResult[], count = 3): QuestionResult[] {
	return results
		.filter((r) => r.wrong > 0)
		.map((r, order) => ({ r, order }))
		.sort(
			(a, b) => b.r.wrong - a.r.wrong || a.r.percentRight - b.r.percentRight || a.order - b.order
		)
		.slice(0, count)
		.map(({ r }) => r);
}
