// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (812 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.437, 0.35, -0.487, 0.066, -0.612, -0.116, -0.052, 0.372, 0.604, 0.006, -0.434, 0.212, -0.241,
	0.455, -0.085, -0.189, 0.342
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.036, 0.126, -0.324, -1.085, -0.802, 0.854, -0.92, 0.261, 1.645, 0.321, -0.617, -1.395, -0.069,
	0.565, 1.446, 0.759, 0.581
];
