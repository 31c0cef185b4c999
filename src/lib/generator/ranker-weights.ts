// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (397 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.668, -0.011, -0.521, -0.385, 0, -0.126, 0.103, -0.091, 0.377, -0.267, -0.353, 0.374, 0.115,
	0.873, -0.509, 0.008, 0.778
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.171, 0.112, -0.419, -0.593, 0, 0.554, -1.341, -0.541, 0.841, 0.03, -0.921, -1.224, 0.61, 1.556,
	1.746, 1.171, 1.325
];
