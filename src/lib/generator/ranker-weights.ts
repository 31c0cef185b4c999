// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (76 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.311, -0.014, 0.255, -0.364, -0.35, 0, 0.483, -0.222, -0.039, -0.186, -0.206, 0.238, -0.336,
	0.066
];
