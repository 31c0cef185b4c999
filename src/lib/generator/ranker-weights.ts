// Written by `npm run fit-ranker` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (133 reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [
	-0.104, 0.051, 0.22, -0.602, -0.437, 0.138, 0.751, -0.368, 0.545, 0.059, -0.282, -0.308, -0.438,
	0.113
];
