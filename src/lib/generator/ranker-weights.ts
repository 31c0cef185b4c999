// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (512 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.687, 0.123, -0.388, -0.243, -0.52, -0.143, 0.18, 0.108, 0.546, -0.194, -0.419, 0.29, -0.404,
	0.549, -0.312, 0.217, 0.832
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.077, 0.397, -0.233, -0.465, -0.516, 0.514, -1.184, -0.227, 1.501, -0.159, -0.818, -1.106,
	-0.333, 0.735, 1.873, 1.712, 1.108
];
