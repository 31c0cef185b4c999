// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (393 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.744, 0.172, -0.313, -0.283, -0.414, 0.039, 0.213, -0.162, 0.265, -0.218, -0.373, 0.173, -0.526,
	0.906, -0.189, -0.017, 0.953
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.326, 0.01, -0.441, -0.711, -0.431, 0.648, -0.978, -0.567, 0.741, 0.012, -0.807, -1.179, -0.45,
	1.794, 1.735, 1.35, 1.316
];
