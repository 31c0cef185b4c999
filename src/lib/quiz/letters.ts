/** The letters options are shown with, in order; the keys A–D choose them too. */
export const LETTERS = ['A', 'B', 'C', 'D'] as const;
