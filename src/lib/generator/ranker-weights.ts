// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (662 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.463, 0.218, -0.388, -0.176, -0.448, -0.129, 0.197, 0.152, 0.562, -0.23, -0.419, 0.013, -0.413,
	0.578, -0.287, 0.14, 0.482
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	0.402, 0.51, -0.123, -0.486, -0.585, 0.645, -1.141, -0.024, 1.578, -0.005, -0.988, -1.481, -0.247,
	0.271, 2.101, 1.511, 0.665
];
