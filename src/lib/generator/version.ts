// Its own module so the server can tell whether stored questions are current without loading the
// generator (and compromise's lexicon) itself.

/** Bump when output for the same text and seed may change. */
export const GENERATOR_VERSION = '0.4.98';
