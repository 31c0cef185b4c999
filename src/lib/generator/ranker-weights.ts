// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (851 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.332, 0.37, -0.494, 0.082, -0.509, -0.112, -0.022, 0.317, 0.57, 0.016, -0.36, 0.293, -0.276,
	0.493, -0.073, -0.215, 0.046
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	0.062, 0.15, -0.38, -0.991, -0.75, 0.962, -0.949, 0.32, 1.498, 0.314, -0.568, -1.389, 0.034,
	0.452, 1.447, 0.613, 0.565
];
