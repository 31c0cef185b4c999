// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (388 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.709, -0.015, -0.498, -0.453, 0, -0.152, 0.182, -0.157, 0.431, -0.286, -0.346, 0.29, 0.186,
	0.854, -0.547, 0.156, 0.846
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.08, 0.245, -0.396, -0.658, 0, 0.521, -1.254, -0.55, 0.981, -0.019, -0.923, -1.491, 0.697,
	1.349, 1.737, 1.387, 1.325
];
