// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (725 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.5, 0.407, -0.497, 0.158, -0.569, -0.153, 0.017, 0.403, 0.62, -0.069, -0.411, 0.091, -0.239,
	0.421, -0.278, -0.126, 0.501
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.075, 0.28, -0.344, -1.214, -0.775, 0.878, -0.861, 0.233, 1.631, 0.284, -0.731, -1.55, 0.163,
	0.65, 1.354, 0.872, 0.665
];
