// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (398 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.725, 0.058, -0.419, -0.382, -0.446, -0.115, 0.301, -0.022, 0.381, -0.276, -0.345, 0.312,
	-0.507, 0.806, -0.372, 0.215, 0.876
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.041, 0.358, -0.272, -0.551, -0.494, 0.549, -1.085, -0.341, 1.066, 0.01, -0.904, -1.464, -0.411,
	1.182, 1.885, 1.503, 1.297
];
