// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (360 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.753, 0.369, 0.327, -0.395, -0.283, 0.242, 0.367, -0.516, 0.257, -0.063, -0.078, -0.124, -0.505,
	0.463, -0.09, -0.186, 0.647
];
