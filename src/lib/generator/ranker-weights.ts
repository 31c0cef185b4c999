// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (865 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.364, 0.452, -0.562, 0.028, -0.516, -0.139, -0.018, 0.334, 0.6, 0.102, -0.241, 0.071, -0.278,
	0.528, -0.116, -0.143, 0.045
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.144, 0.044, -0.503, -1.133, -0.619, 0.834, -1.124, 0.225, 1.248, 0.639, -0.172, -1.413, -0.16,
	0.522, 1.412, 0.975, 0.699
];
