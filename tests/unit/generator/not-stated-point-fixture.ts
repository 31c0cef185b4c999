// A closing paragraph for made-up not-stated articles whose one list is under test: it names the
// listed items again, with no list of its own, so the list reads as a point of the article
// (listPointProblem) and the tests of stems and keys are about those alone.

/** "They grow wheat, barley and oats." → "A notebook of the place reads: they grow wheat / barley / oats." */
export const recalling = (sentence: string) =>
	`A notebook of the place reads: ${sentence
		.replace(/["“”]/g, '')
		.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())
		.replace(/,? (and|or) (even )?|, /g, ' / ')}`;
