// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (460 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.721, 0.014, -0.358, -0.281, -0.531, -0.148, 0.194, 0.097, 0.42, -0.265, -0.455, 0.569, -0.387,
	0.505, -0.316, 0.237, 0.861
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.061, 0.391, -0.225, -0.399, -0.546, 0.446, -1.226, -0.173, 1.139, -0.096, -0.953, -1.042,
	-0.296, 0.772, 1.899, 1.578, 1.206
];
