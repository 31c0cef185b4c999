// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (725 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.523, 0.264, -0.401, 0.076, -0.627, -0.159, 0.146, 0.319, 0.479, -0.087, -0.403, 0.126, -0.19,
	0.371, -0.284, 0.027, 0.483
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	0.185, 0.485, -0.009, -1.014, -0.809, 0.723, -1.107, -0.133, 1.385, 0.182, -0.873, -1.503, 0.107,
	0.402, 2.218, 1.261, 0.718
];
