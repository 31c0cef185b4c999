// Organisations, grouped by walk of life, with their founding years: fallback distractors.

export const ORGANISATIONS = [
	'the United Nations',
	'the World Health Organization',
	'the European Union',
	'the Red Cross',
	'UNESCO',
	'the World Bank',
	'Amnesty International',
	'Greenpeace',
	'the International Monetary Fund',
	'NATO'
];

/**
 * The year each lexicon organisation was founded: "Netflix" and "Google" are no contenders for work
 * on USB in 1994 (review tune20). Years as commonly given.
 */
export const FOUNDED: Readonly<Record<string, number>> = {
	'United Nations': 1945,
	'World Health Organization': 1948,
	'European Union': 1993,
	'Red Cross': 1863,
	UNESCO: 1945,
	'World Bank': 1944,
	'Amnesty International': 1961,
	Greenpeace: 1971,
	'International Monetary Fund': 1944,
	NATO: 1949,
	Microsoft: 1975,
	Google: 1998,
	Apple: 1976,
	Amazon: 1994,
	Facebook: 2004,
	Twitter: 2006,
	IBM: 1911,
	Intel: 1968,
	Samsung: 1938,
	Sony: 1946,
	Netflix: 1997,
	YouTube: 2005,
	Mozilla: 1998,
	Yahoo: 1994,
	'BBC News': 1922,
	CNN: 1980,
	Reuters: 1851,
	'Sky News': 1989,
	'Al Jazeera': 1996,
	'Fox News': 1996,
	'The Guardian': 1821,
	'The New York Times': 1851,
	'The Washington Post': 1877,
	'The Huffington Post': 2005
};

/**
 * Organisations of one kind, for "Which organisation …?" when the answer is one of them: a company
 * for a company, a news outlet for a news outlet. Only a known answer gets lexicon distractors.
 */
export const ORGANISATION_GROUPS: readonly (readonly string[])[] = [
	ORGANISATIONS,
	[
		'Microsoft',
		'Google',
		'Apple',
		'Amazon',
		'Facebook',
		'Twitter',
		'IBM',
		'Intel',
		'Samsung',
		'Sony',
		'Netflix',
		'YouTube',
		'Mozilla',
		'Yahoo'
	],
	[
		'BBC News',
		'CNN',
		'Reuters',
		'Sky News',
		'Al Jazeera',
		'Fox News',
		'The Guardian',
		'The New York Times',
		'The Washington Post',
		'The Huffington Post'
	],
	['NASA', 'ESA', 'JAXA', 'ISRO', 'CNSA']
];
