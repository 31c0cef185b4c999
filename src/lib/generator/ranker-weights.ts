// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (630 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.685, 0.185, -0.394, -0.309, -0.437, -0.132, 0.21, 0.086, 0.533, -0.262, -0.214, 0.018, -0.435,
	0.502, -0.423, 0.181, 0.924
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	0.076, 0.498, -0.231, -0.457, -0.518, 0.575, -1.19, -0.142, 1.55, -0.136, -0.689, -1.606, -0.327,
	0.464, 1.924, 1.502, 1.285
];
