// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (503 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.754, 0.149, -0.398, -0.289, -0.49, -0.149, 0.208, 0.042, 0.512, -0.219, -0.338, 0.202, -0.429,
	0.646, -0.354, 0.293, 0.892
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	-0.122, 0.454, -0.267, -0.511, -0.451, 0.518, -1.169, -0.307, 1.493, -0.268, -0.675, -1.323,
	-0.374, 0.852, 1.836, 1.774, 1.198
];
