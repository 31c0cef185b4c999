// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (819 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.314, 0.419, -0.502, 0.159, -0.563, -0.105, -0.008, 0.385, 0.526, -0.012, -0.265, 0.047, -0.273,
	0.395, -0.086, -0.256, 0.112
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	0.059, 0.16, -0.398, -0.81, -0.785, 0.923, -0.912, 0.364, 1.463, 0.201, -0.481, -1.526, -0.056,
	0.432, 1.397, 0.536, 0.667
];
