// The city item of a main idea ("The history and present of …"): for an article titled by a city's
// name that calls it a city and tells its past and its present, a key naming the city beside wrong
// options about it of other scope. The articles are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';

/** A city's past and present in six paragraphs, two other cities each named in one of them. */
const CITY = `Dunmarrow

Dunmarrow is a city in Norway, on the eastern shore of a wide northern bay, at the mouth of the slow river Tay. With about two hundred thousand people, it is the largest town of its coast and the seat of the county council.

Dunmarrow began in the ninth century as a fishing village beside a small stone church. Monks dried fish on the beach and traded it for wool with farmers from the hills, and the village slowly grew into a market town.

In the sixteenth century merchants of Dunmarrow sailed south with salted herring and came back with wine, cloth and spices. One ship is said to have reached Naples, and its captain built the tall red house that still stands by the harbour.

The old town of Dunmarrow keeps its narrow lanes, its market cross and parts of its walls. Visitors climb the church tower for a view over the roofs, the bay and the hills behind the town. The town museum shows nets, boats and the tools of the old rope makers who once worked along the quay.

Today Dunmarrow lives from its port, its hospital and its university, which was opened in 1967 and now teaches twelve thousand students. A ferry runs twice a week to Amsterdam, and new flats have been built on the old docks.

The people of Dunmarrow hold a boat race on the river every June. The race began as a contest between two fishing crews and now draws rowers from all over the country, with music and food stalls along both banks.`;

const mainIdea = (text: string) =>
	generateQuiz(text, { count: 10, seed: 1, kinds: ['main-idea'] }).questions.find((q) =>
		q.options.some((o) => /^The history and present of /.test(o))
	);

/** The same city with a period of foreign rule told past its lead. */
const RULED = CITY.replace(
	'In the sixteenth century merchants',
	'The town fell under Danish rule in 1520, and in the sixteenth century merchants'
);

describe('main idea of a city', () => {
	// "The history and present of Dunmarrow" beside "The early history of Dunmarrow" or "The years of
	// Danish rule in Dunmarrow" is the one umbrella option, picked unread (reviews k7 to k9): the
	// city item is built as before and refused by main-idea-key-not-umbrella.
	it.each([
		['a period of its history', RULED],
		['its early history', CITY]
	])('is refused when %s is a part of the key', (_, text) => {
		const quiz = generateQuiz(text, { count: 10, seed: 1, kinds: ['main-idea'] });
		expect(mainIdea(text)).toBeUndefined();
		const refused = quiz.rejected.find((r) => r.answer === 'The history and present of Dunmarrow');
		expect(refused?.reasons.join(' ')).toMatch(/main-idea-key-not-umbrella/);
	});

	it.each([
		[
			'no present told',
			CITY.replace('Today', 'Later')
				.replace('1967 and now teaches', '1867 and taught')
				.replace(/ now /g, ' then ')
		],
		[
			'a guide that speaks to its reader',
			CITY.replace(/Visitors climb/, 'You can climb').replace(
				/for a view/,
				'for your view of your town, if you like, and you'
			)
		]
	])('is not made with %s', (_, text) => {
		expect(mainIdea(text)).toBeUndefined();
	});
});
