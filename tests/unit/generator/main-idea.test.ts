// Main-idea items ("What is the article mainly about?"): asked only by name, one per quiz, only of an
// article long enough to have a main idea, with the article's gist as key and a narrow, a broad and
// a passing topic as wrong options. The articles here are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import {
	copiesTitle,
	formProblem,
	MAIN_IDEA_STEM,
	overlapping
} from '../../../src/lib/generator/stages/4-questions/main-idea-form';
import {
	asOption,
	genreOf,
	MAIN_IDEA_SENTENCE_STEMS,
	optionOf,
	type SentenceReading,
	sameSaying,
	sentenceFormProblem,
	sentenceProblem
} from '../../../src/lib/generator/stages/4-questions/main-idea-sentences';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { buildEntities } from '../../../src/lib/generator/stages/3-facts/entities';
import { articleTerms } from '../../../src/lib/generator/stages/3-facts/gist';

/**
 * Eight paragraphs on one lighthouse, three of them on other things of the town and its cape (the
 * herring festival, the lifeboat station, the puffins): paragraphs whose topics are wrong options of
 * the key's form, each one part of the article, whether asked in phrases or in sentences.
 */
const LIGHTHOUSE = `The Harwick Lighthouse

The Harwick lighthouse was the first stone lighthouse on the Marrow coast. Fishermen from the town had asked for a light for decades before the harbour board agreed to pay for one. The tower still stands on the northern cape, and its lamp can be seen for twenty miles.

Work on the Harwick lighthouse began in 1821. Masons cut granite blocks at a quarry inland and hauled them to the cape on carts. The lighthouse took four summers to finish, because storms stopped the work every winter.

The first keeper of the Harwick lighthouse was Thomas Brand. The daily work of the keeper was hard. Each night the keeper climbed the stairs to trim the wicks, and each morning the keeper wrote down the weather.

Every August the town holds a herring festival in the market square. The herring festival began as a simple fish sale and now brings bands, food stalls and a rowing race. Crowds at the herring festival can reach ten thousand.

Down in the harbour stands the town's lifeboat station. Volunteers from the quay keep the lifeboat station ready day and night. Since it opened, the lifeboat station has sent out its boat four hundred times.

In 1950 the lamp of the Harwick lighthouse was changed from oil to electricity. The new lamp was brighter, and it no longer needed anyone to tend it at night. The lighthouse has run on its own since then, and engineers check it twice a year.

Every spring a colony of puffins comes back to the cliffs below the tower. The puffins arrive in April and leave in August. Birdwatchers count the puffins each summer.

Today the Harwick lighthouse is a museum as well as a working light. Visitors climb the stairs to the lamp room and read the old log books. A small exhibition tells of the wrecks on the Marrow Banks before the lighthouse was built, and a retired sea captain from Oban opened it in 1998.
`;

const mainIdea = (text: string, seed = 3) =>
	generateQuiz(text, { count: 10, seed, kinds: ['main-idea'] }).questions.filter(
		(q) => q.kind === 'main-idea'
	);

describe('main-idea items', () => {
	it('asks what an article of several paragraphs on one subject is mainly about', () => {
		const [q, ...more] = mainIdea(LIGHTHOUSE);
		expect(more).toHaveLength(0);
		expect(q?.stem).toBe(MAIN_IDEA_STEM);
		expect(q?.skill).toBe('main-idea');
		const key = q?.options[q.answerIndex] ?? '';
		// The key names the subject, is the lead's own phrase, and is not the title.
		expect(key.toLowerCase()).toContain('lighthouse');
		expect(q?.source.sentence).toMatch(/^The Harwick lighthouse was the first/);
		expect(q?.source.sentence.toLowerCase()).toContain(key.toLowerCase());
		expect(key.toLowerCase()).not.toBe('the harwick lighthouse');
		// A wrong option is the paragraph on the herring festival: too narrow, off the point.
		const wrong = q?.options.filter((_, i) => i !== q.answerIndex) ?? [];
		expect(wrong.some((o) => /herring|festival|fish sale/i.test(o))).toBe(true);
		expect(q?.explanation).toMatch(/The article is about .+ is only the subject of paragraph/);
		// Each wrong option the topic of a paragraph, none a side detail said once ("A retired sea
		// captain from Oban"): those no reader picks, and the broadest option wins on form.
		expect(q?.explanation).not.toMatch(/in passing/);
	});

	// Without the title its name is one more term the article keeps returning to: "The first keeper
	// of the Harwick lighthouse" would name it as fully as the key, so no phrase item is left. In
	// sentences only two paragraphs open on a topic of their own (the festival, the lifeboat): no
	// item rather than a key beside details.
	it('asks nothing of an article that has no title and no three wrong options of its form', () => {
		const untitled = LIGHTHOUSE.replace(/^The Harwick Lighthouse\n\n/, '');
		expect(mainIdea(untitled)).toHaveLength(0);
	});

	it("gives a wrong option with the title's word when the key has one", () => {
		const [q] = mainIdea(LIGHTHOUSE);
		const wrong = q?.options.filter((_, i) => i !== q.answerIndex) ?? [];
		expect(wrong.some((o) => /lighthouse/i.test(o))).toBe(true);
	});

	it.each([['a short text', LIGHTHOUSE.split('\n\n').slice(0, 3).join('\n\n')]])(
		'asks nothing of %s',
		(_, text) => {
			expect(mainIdea(text)).toHaveLength(0);
		}
	);

	// A text written as one paragraph is read in parts of three sentences: its opening states the
	// gist; the parts that open on a topic of their own are too few for three wrong options.
	it.each([['one long paragraph', LIGHTHOUSE.split('\n\n').slice(1).join(' ')]])(
		'asks nothing of %s whose parts open on too few topics',
		(_, text) => {
			expect(mainIdea(text)).toHaveLength(0);
		}
	);

	it('takes no heading run into the first sentence of a text of one paragraph for its key', () => {
		const options = mainIdea(LIGHTHOUSE.replace(/\n+/g, ' ')).flatMap((q) => q.options);
		expect(options.some((o) => /^The Harwick Lighthouse The/.test(o))).toBe(false);
	});

	it('is the same quiz for the same text and seed', () => {
		const a = generateQuiz(LIGHTHOUSE, { count: 10, seed: 7, kinds: ['main-idea'] });
		const b = generateQuiz(LIGHTHOUSE, { count: 10, seed: 7, kinds: ['main-idea'] });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		// Another seed deals the options differently, never the options themselves.
		const [c] = mainIdea(LIGHTHOUSE, 8);
		expect([...(c?.options ?? [])].sort()).toEqual([...(a.questions[0]?.options ?? [])].sort());
	});

	it('is asked only when named', () => {
		const kinds = generateQuiz(LIGHTHOUSE, { count: 30, seed: 3 }).questions.map((q) => q.kind);
		expect(kinds).not.toContain('main-idea');
		const all = generateQuiz(LIGHTHOUSE, { count: 30, seed: 3, kinds: ['main-idea', 'gap'] });
		expect(all.questions.filter((q) => q.kind === 'main-idea')).toHaveLength(1);
	});
});

describe('what a main-idea item must be', () => {
	it.each([
		['The rule of law', 'Rule of law', true],
		['The Royal Dutch Shell Group', 'Royal Dutch Shell', true],
		['The first stone lighthouse on the Marrow coast', 'The Harwick Lighthouse', false],
		[
			'The Hong Kong legislative election',
			'New faces emerge in Hong Kong legislative election',
			false
		]
	])('"%s" under the title "%s" copies it: %s', (key, title, copies) => {
		expect(copiesTitle(key, title)).toBe(copies);
	});

	it.each([
		[
			[
				'The first stone lighthouse',
				'The herring festival',
				'A retired sea captain',
				'The history of war'
			],
			undefined
		],
		[
			[
				'The first stone lighthouse on the Marrow coast of Scotland',
				'The fish',
				'The keeper',
				'A storm'
			],
			'options of 2 to 10 words'
		],
		[
			[
				'The first stone lighthouse on the Marrow coast',
				'The herring festival',
				"The keeper's log",
				'A storm at sea'
			],
			'an option of 8 words beside one of 3'
		],
		[
			[
				'The first stone lighthouse',
				'Herring and other fish',
				"The keeper's log",
				'A storm at sea'
			],
			'"Herring and other fish" is not a noun phrase like the others'
		]
	])('finds %j of one form or not: %s', (options, problem) => {
		expect(formProblem(options)).toBe(problem);
	});

	it.each([
		[
			['The first stone lighthouse', 'The herring festival', 'The keeper', 'The history of war'],
			undefined
		],
		[
			['The first stone lighthouse', 'The first stone lighthouse keeper', 'A fish', 'A storm'],
			['The first stone lighthouse', 'The first stone lighthouse keeper']
		],
		[
			['The stone lighthouse keeper', "The lighthouse keeper's stone cottage", 'A fish', 'A storm'],
			['The stone lighthouse keeper', "The lighthouse keeper's stone cottage"]
		]
	])('finds overlapping options in %j: %j', (options, pair) => {
		expect(overlapping(options)).toEqual(pair);
	});
});

/** News whose gist is an event, not a thing a phrase of its opening names: asked in sentences. */
const FERRY = `Island ferry service suspended after harbour wall cracks

The ferry between Port Alden and the island of Skerrin has been suspended after engineers found a deep crack in the harbour wall at Port Alden.

The crack was found on Monday during a routine inspection of the harbour wall. Engineers said the old stone blocks had shifted after a winter of heavy storms, and that the wall could not safely take the weight of a loaded ferry.

About four hundred people live on Skerrin, and most of them rely on the ferry for food, post and trips to the doctor. The island school has closed for the week because its two teachers live on the mainland.

The council has hired a fishing boat to carry medicine and letters to the island twice a day, weather permitting. Farmers on Skerrin say they cannot send their lambs to market while the ferry is suspended.

Shops on the island have started to ration bread and milk. The baker on Skerrin says that his last sacks of flour will only last until Friday, and the island's only shop has put a limit of two loaves on each family.

A local historian noted that the harbour wall at Port Alden was built in 1874 with granite from a quarry near Dunmore, and that it had been repaired only once before.

The council expects repairs to the harbour wall to take three weeks, and the ferry company says it will run extra sailings once the ferry can dock at Port Alden again.
`;

/** A speech: it speaks to its hearers, and the stem asks for the speaker's point. */
const SPEECH = `Remarks at the opening of the Westbrook library

My fellow citizens of Westbrook, thank you for coming out in the rain this morning. Today we open the Westbrook library, a home for books and a reading room that our town has wanted for thirty years.

When I was a boy, the nearest library was a bus ride away in Calder, and my mother took me there every Saturday. Those Saturdays taught me that a library is the one place where a child with no money can still hold the whole world in her hands.

The new library has forty thousand books, a reading room for children and twelve computers that anyone may use for free. The architects built the reading room around the old oak tree that stood on this corner.

Some of you asked why the town needed a library when every phone can reach the internet. A library is more than its books: it is a warm room in winter, a quiet desk for a student whose home is loud, and a librarian who knows which book a shy reader needs next.

We paid for this library together. Three thousand families gave to the building fund, and the students of Westbrook High raised eleven thousand dollars with a summer car wash.

A library only matters if people use it, so I ask you to come back next week and bring your neighbours. Borrow a book, sit in the reading room, ask the librarians for help. This library is yours, and it will only be as good as the use we make of it.
`;

describe('main-idea items in sentences', () => {
	it('asks which sentence expresses the main idea of news, the lead its key', () => {
		const [q] = mainIdea(FERRY);
		expect(q?.stem).toBe(MAIN_IDEA_SENTENCE_STEMS.article);
		const key = q?.options[q.answerIndex] ?? '';
		expect(key).toMatch(
			/^The ferry between Port Alden and the island of Skerrin has been suspended/
		);
		expect(q?.source.sentence).toContain(key.replace(/\.$/, ''));
		const wrong = q?.options.filter((_, i) => i !== q.answerIndex) ?? [];
		// True details of one paragraph or said in passing, none restating the lead.
		expect(wrong).toHaveLength(3);
		for (const o of wrong) expect(o).not.toMatch(/ferry.*suspended|suspended.*ferry/i);
		// A word of the title stands in a wrong option too: the key is no odd one out.
		expect(wrong.some((o) => /ferry|harbour|island/i.test(o))).toBe(true);
		expect(q?.explanation).toMatch(/^The opening says what the whole text is about/);
	});

	// A speech's stem asks for the speaker's point; one that is asked is in its words.
	it("asks for a speech's main point, when it asks of a speech", () => {
		for (const q of mainIdea(SPEECH)) expect(q.stem).toBe(MAIN_IDEA_SENTENCE_STEMS.speech);
		expect(genreOf(SPEECH, 'Remarks at the opening of the Westbrook library')).toBe('speech');
	});

	it.each([
		['news', FERRY, 'Ferry service suspended', 'article'],
		['a speech by its title', 'We met and you came.', 'Address to the graduates', 'speech'],
		['a speech by its address', SPEECH, 'The library', 'speech'],
		[
			'a story in the first person',
			'I walked to the river and I sat down. My dog found me there and we went home. I was glad.',
			'The river',
			'passage'
		]
	])('reads %s as its genre', (_, text, title, genre) => {
		expect(genreOf(text, title)).toBe(genre);
	});
});

describe('what a sentence option must be', () => {
	it.each([
		['The council has hired a fishing boat to carry medicine to the island.', undefined],
		[
			'It was found on Monday during a routine inspection of the wall.',
			'it leans on the sentence before'
		],
		['However, the council has hired a boat to carry medicine.', 'it leans on the sentence before'],
		[
			'The repairs to this wall will take three weeks at the least.',
			'it points back to something said before'
		],
		[
			'Engineers said "the wall could fall" after the storms last winter.',
			'a quote, bracket, list or question'
		],
		[
			'Will the ferry ever run again between the two harbours this year?',
			'a quote, bracket, list or question'
		],
		[
			'We paid for this library together with three thousand families.',
			'it points back to something said before'
		],
		[
			'We paid for the library together with three thousand families.',
			'the article does not speak in the first or second person'
		],
		[
			'The Ferry The ferry between the two towns has been suspended today.',
			'a heading run into it'
		],
		['The ferry stopped.', '3 words'],
		['The crew of the Kennedy Space Center (KSC) met the ferry at the dock.', undefined]
	])('"%s": %s', (option, problem) => {
		expect(sentenceProblem(option, 'article')).toBe(problem);
	});

	it('lets a speech speak in the first person', () => {
		expect(
			sentenceProblem('We paid for the library together with three thousand families.', 'speech')
		).toBe(undefined);
	});

	it.each([
		[
			[
				'One two three four five six seven.',
				'One two three four five six seven eight.',
				'A b c d e f g h i.',
				'A b c d e f g.'
			],
			undefined
		],
		[
			[
				'One two three four five six seven.',
				'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen.',
				'A b c d e f g h i.',
				'A b c d e f g.'
			],
			'an option of 18 words beside one of 7'
		]
	])('finds sentence options %j of like length or not: %s', (options, problem) => {
		expect(sentenceFormProblem(options)).toBe(problem);
	});

	it.each([
		[
			['The ferry to the island was suspended.', 'Engineers found a crack in the harbour wall.'],
			undefined
		],
		[
			[
				'The ferry to the island was suspended after the harbour wall cracked.',
				'The island ferry stopped because the harbour wall cracked.'
			],
			[
				'The ferry to the island was suspended after the harbour wall cracked.',
				'The island ferry stopped because the harbour wall cracked.'
			]
		]
	])('finds sentence options %j that say the same: %j', (options, pair) => {
		expect(sameSaying(options)).toEqual(pair);
	});
});

/** A text's sentences and what the sentence pickers read of it. */
function reading(text: string) {
	const norm = normalizeText(text, { markup: 'strip' });
	const { sentences, mentions } = parseText(norm);
	const terms = articleTerms(sentences, buildEntities(mentions, sentences));
	const r: SentenceReading = {
		sentences,
		text: norm.text,
		terms,
		genre: 'article',
		title: '',
		titleWords: [],
		unnamed: () => false
	};
	return r;
}

describe('sentence options of a main-idea item', () => {
	// A dated dateline marks the lead by its form alone (review k4, P3-Q12).
	it('drops a dateline with a date from an option', () => {
		const r = reading(
			'HARWICK, Scot., May 4, 1950 - The lamp of the Harwick lighthouse now runs on electricity, the harbour board said.'
		);
		expect(optionOf(r.sentences[0]!, r.text)).toMatch(/^The lamp of the Harwick lighthouse/);
	});

	// "Arrive in Kotor by road … and the town seems to appear out of nowhere" is an opening hook,
	// not a statement of what a guide is about (review k4, P8-Q5): no key, though a wrong option may be.
	it('takes no sentence that tells the reader to do something for the key', () => {
		const r = reading(
			'Arrive in Harwick by the coast road and the old lighthouse seems to rise straight out of the sea.'
		);
		const s = r.sentences[0]!;
		expect(asOption(r, s, 'key')).toBeUndefined();
		expect(asOption(r, s, 'narrow')).toBeDefined();
	});
});
