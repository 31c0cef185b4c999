// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (358 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.769, 0.356, 0.304, -0.397, -0.299, 0.234, 0.362, -0.5, 0.252, -0.074, -0.077, -0.097, -0.492,
	0.463, -0.096, -0.182, 0.678
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.746, 0.422, 0.397, -0.701, -0.324, 0.737, -0.936, -0.944, 0.83, 0.082, -0.336, -1.127, -0.2,
	1.086, 1.7, 1.238, 1.097
];
