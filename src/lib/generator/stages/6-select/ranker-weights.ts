// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (908 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.279, 0.519, -0.603, 0, -0.529, -0.156, 0.014, 0.381, 0.68, 0.072, -0.186, -0.056, -0.251,
	0.435, -0.109, -0.164, -0.013
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.148, 0.087, -0.569, -1.143, -0.633, 0.741, -1.197, 0.247, 1.43, 0.628, -0.194, -1.361, -0.152,
	0.497, 1.473, 1.131, 0.72
];
