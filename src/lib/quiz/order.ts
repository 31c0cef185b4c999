// Question order and option order for an attempt: seeded, so the same seed always gives the same
// quiz, and stored with the attempt, so a reload or a later visit shows exactly what was shown.
import { mulberry32, shuffle } from '$lib/generator/random';

/** The lengths a learner may choose; `all` takes every active question. */
export const QUIZ_LENGTHS = ['5', '10', 'all'] as const;
export type QuizLength = (typeof QUIZ_LENGTHS)[number];

/** How many questions a quiz of this length holds, given how many the article has. */
export function questionCount(length: QuizLength, available: number): number {
	return length === 'all' ? available : Math.min(Number(length), available);
}

/** The questions of a new attempt: a seeded shuffle of the ids, cut to `count`. */
export function pickQuestions<T>(ids: readonly T[], count: number, rand: () => number): T[] {
	return shuffle(ids, rand).slice(0, Math.max(0, count));
}

/** A random order of `n` options: `order[i]` is the option shown at position i. */
export function optionOrder(rand: () => number, n = 4): number[] {
	return shuffle(
		Array.from({ length: n }, (_, i) => i),
		rand
	);
}

/**
 * A new option order that differs from `previous` (for a retry, so the answer is not found by its
 * place). With one option there is no other order, and it is returned as is.
 */
export function reshuffle(previous: readonly number[], rand: () => number): number[] {
	const next = optionOrder(rand, previous.length);
	if (previous.length < 2 || next.some((value, i) => value !== previous[i])) return next;
	// Same order drawn again: rotate it by one, which changes every position.
	return [...next.slice(1), ...next.slice(0, 1)];
}

/** The options in the order shown, and the answer's index among them. */
export function applyOrder(
	options: readonly string[],
	answerIndex: number,
	order: readonly number[]
): { options: string[]; answerIndex: number } {
	return {
		options: order.map((index) => options[index] ?? ''),
		answerIndex: order.indexOf(answerIndex)
	};
}

/** The options in the question's own order, from the order they were shown in. */
export function originalOrder(
	shown: readonly string[],
	order: readonly number[]
): { options: string[]; toOriginal: (shownIndex: number) => number } {
	const options: string[] = Array.from({ length: shown.length }, () => '');
	order.forEach((original, i) => (options[original] = shown[i] ?? ''));
	return { options, toOriginal: (shownIndex) => order[shownIndex] ?? -1 };
}

/** A seeded random generator for an attempt. */
export function attemptRandom(seed: number): () => number {
	return mulberry32(seed);
}
