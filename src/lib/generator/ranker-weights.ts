// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (680 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.515, 0.283, -0.382, -0.054, -0.57, -0.176, 0.223, 0.224, 0.547, -0.237, -0.412, -0.087, -0.259,
	0.41, -0.312, 0.176, 0.646
];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [
	0.27, 0.542, -0.028, -0.976, -0.661, 0.689, -1.036, -0.211, 1.447, -0.036, -0.992, -1.664, 0.002,
	0.481, 2.147, 1.534, 0.804
];
