// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (213 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.665, 0.092, 0.118, -0.399, -0.447, 0.224, 0.484, -0.302, 0.359, -0.083, -0.249, 0.229, -0.47,
	0.246, -0.089, -0.04, 0.363
];
