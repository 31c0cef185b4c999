// The main-idea kind's own checks and its how-to form: the key must not stand out by its length, no
// wrong option may state the article's gist as fully as the key, and a how-to guide is asked what
// it mainly explains, its steps the wrong options. The articles here are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import {
	keyWithoutSubject,
	lengthCue,
	rivalGist
} from '../../../src/lib/generator/stages/4-questions/main-idea-checks';
import { MAIN_IDEA_STEM } from '../../../src/lib/generator/stages/4-questions/main-idea-form';
import {
	howToFormProblem,
	howToTask,
	MAIN_IDEA_HOWTO_STEM
} from '../../../src/lib/generator/stages/4-questions/main-idea-howto';
import type { Candidate } from '../../../src/lib/generator/types';

/** A guide in three parts, each step a short command opening its paragraph. */
const CHAIN = `How to Clean a Bicycle Chain

A clean chain makes a bicycle quieter, faster and cheaper to keep, because grit wears the teeth of the gears. Most riders can do the whole job at home in half an hour with a rag, a brush and a little oil, and nobody needs a workshop for it.

Part 1 of 3: Getting Ready

1 Shift onto the smallest gear. The chain then hangs loose and is easy to reach with the brush. Lean the bicycle against a wall or hang it from a hook so that the back wheel can turn freely.

2 Spread old newspaper under the bicycle. Dirty oil drips off the chain while you work, and it stains a floor that is not covered.

Part 2 of 3: Scrubbing

1 Brush the grit off the chain. Hold the brush against the links and turn the pedals backwards so that every link passes under the bristles. Work slowly, since the grit hides between the plates.

2 Wipe the chain with a dry rag. Wrap the rag around the lower run of the chain and turn the pedals again until the rag comes away nearly clean. Change to a fresh rag when the first one turns black.

3 Check each link for rust. A link that has rusted stiff will not bend as it passes the gears, and it makes the chain skip under load. A shop can replace a link like that in a few minutes.

Part 3 of 3: Oiling

1 Put one drop of oil on each roller. Too much oil only collects new dirt, so one small drop on every roller is plenty for a chain.

2 Wipe away the extra oil. After a few turns of the pedals, run the clean rag along the chain once more, so that the oil stays inside the rollers and not on the outside plates.

3 Ride the bicycle around the block. The oil spreads through the chain as it moves, and any squeak that is left tells you which links still need a drop.
`;

const mainIdea = (text: string) =>
	generateQuiz(text, { count: 10, seed: 5, kinds: ['main-idea'] }).questions.filter(
		(q) => q.kind === 'main-idea'
	);

describe('main-idea how-to items', () => {
	it('refuses the guide item whose key copies the title: it can be picked without reading', () => {
		// Review k9: "How to wash a down jacket" under that title, "How to hang the paper" beside
		// "How to hang wallpaper". The title's task is not asked as the article's main idea.
		expect(mainIdea(CHAIN).filter((q) => q.stem === MAIN_IDEA_HOWTO_STEM)).toEqual([]);
		const result = generateQuiz(CHAIN, { count: 10, seed: 5, kinds: ['main-idea'] });
		expect(
			result.rejected.some((r) => r.reasons.some((x) => x.startsWith('main-idea-key-not-title')))
		).toBe(true);
	});

	it.each([
		['How to Grow Leeks', 'Grow Leeks'],
		['How to tell a story.', 'tell a story'],
		['Growing leeks', undefined]
	])('reads the task of the title %j', (title, task) => {
		expect(howToTask(title)).toBe(task);
	});

	it.each([
		[
			[
				'How to clean a chain',
				'How to oil the rollers',
				'How to brush the grit off',
				'How to check each link'
			],
			undefined
		],
		[
			['How to clean a chain', 'the rollers', 'How to brush', 'How to check each link'],
			'an option is not "How to …"'
		],
		[
			[
				'How to clean a chain',
				'How to oil every one of the rollers on the whole chain of the bicycle',
				'How to brush it',
				'How to check it'
			],
			'options of 4 to 15 words'
		]
	])('holds how-to options %j to one form', (options, problem) => {
		expect(howToFormProblem(options)).toBe(problem);
	});
});

describe('main-idea checks', () => {
	it.each([
		// The reviewed case: the key copied whole from a long first sentence.
		[
			'An infectious disease usually caused by the bacterium Mycobacterium tuberculosis',
			[
				'The history of medicine and disease',
				'The upper lobes of the lungs',
				'A significant cause of the illness'
			],
			true
		],
		[
			'The largest hot desert in the world',
			[
				'The physical geography of the Earth',
				'The eastern edge of the high plateau',
				'The salt trade routes'
			],
			false
		],
		[
			'How to clean a bicycle chain',
			['How to oil the rollers', 'How to brush the grit off', 'How to check each link'],
			false
		]
	])('flags the key %j as far the longest: %j', (key, wrong, flagged) => {
		expect(!!lengthCue(key, wrong)).toBe(flagged);
	});

	/** Four paragraphs on a river: its valley, its floods and its trade come back in every one. */
	const RIVER = `The Seldon

The Seldon is a slow river whose valley floods each spring, and the valley towns trade along it.

Every spring the floods cover the valley floor, and the towns of the valley move their trade to higher ground along the river.

The river carries barges of grain, and the trade of the valley towns depends on the river staying open after the floods.

A stone bridge at Arlow is the oldest on the river, built by a bishop who wanted a toll on the trade of the valley.
`;

	it('names a wrong option that states what the article keeps returning to as fully as the key', () => {
		const key = 'A slow river whose valley floods each spring';
		expect(
			rivalGist(key, ['The floods and the trade of the valley towns'], RIVER, 'The Seldon')
		).toBe('The floods and the trade of the valley towns');
		expect(
			rivalGist(key, ['A stone bridge built by a bishop'], RIVER, 'The Seldon')
		).toBeUndefined();
	});

	it('rejects a main-idea item whose key is far the longest, by name', () => {
		const c = {
			id: 'x',
			kind: 'main-idea',
			stem: 'What is the article mainly about?',
			answer: 'A slow river whose valley floods each spring and whose towns trade along it',
			distractors: ['A stone bridge', 'The grain barges', 'The rivers of the world'],
			fact: {
				id: 'f',
				kind: 'gist',
				sentence: 0,
				paragraph: 0,
				start: 0,
				end: 10,
				subject: '',
				action: '',
				object: '',
				statement: 'x',
				salience: 1,
				value: { text: 'x', start: 0, end: 1, type: 'thing' }
			},
			source: { sentence: 'x', start: 0, end: 1 },
			explanation: ''
		} as unknown as Candidate;
		const reasons = validateCandidate(c, { text: RIVER, title: 'The Seldon' });
		expect(reasons.some((r) => r.startsWith('main-idea-length-cue'))).toBe(true);
	});
});

/** A history of a rowing club that opens on what the club holds today, a detail of its lead only. */
const CLUB = `Dunmere Rowing Club

The Dunmere Rowing Club holds the Ashby Cup, runs a junior squad with the Kelso Academy and keeps two eights at the Fenwick boathouse on the estuary.

The club was founded in 1861 by the workers of a Dunmere rope factory, who rowed on the river after their shifts. The rope workers paid for the first club boat themselves, and the club rowed its first race against a crew of the rope factory's rivals in 1863.

In its early years the club rowed only against other clubs of the river towns. The club was poor, and its members built their own boats through the winters in a shed by the river.

The club grew after the railway reached Dunmere, when crews from the city came by train to race on the river. The club then built its first boathouse and took in members who were not rope workers.

By the turn of the century the club rowed at regattas across the country. Its early crews, trained on the river by the old rope workers, won more races than any club of its size.
`;

describe('main-idea keys that cover the article', () => {
	it('does not key an opening sentence that lists details of its own paragraph only', () => {
		const qs = generateQuiz(CLUB, { count: 10, seed: 2, kinds: ['main-idea'] }).questions;
		const keys = qs.filter((q) => q.kind === 'main-idea').map((q) => q.options[q.answerIndex]);
		expect(keys.some((k) => /Ashby Cup/.test(k ?? ''))).toBe(false);
	});
});

describe("a phrase key names the article's subject", () => {
	// "An Austrian-Swedish physicist" for a life of Lise Meitner, "A machine-readable pattern" for
	// barcodes (reviews k3, k4): a key cut from the opening's description is vague, the broadest
	// option, picked on form.
	const item = (answer: string, subject: string, stem = MAIN_IDEA_STEM) =>
		({
			kind: 'main-idea',
			stem,
			answer,
			distractors: [],
			fact: { subject }
		}) as unknown as Candidate;
	it.each([
		['A salt marsh bird of the northern coasts', 'Redshank', true],
		['The redshank, a wading bird of salt marshes', 'redshank', false],
		['The rescue of the Harwick lighthouse', 'lighthouse', false],
		['How to clean a bicycle chain', 'chain', false]
	])('"%s" about "%s" leaves it out: %s', (answer, subject, leaves) => {
		expect(!!keyWithoutSubject(item(answer, subject))).toBe(leaves);
	});

	it('asks nothing of a sentence item', () => {
		const q = item('Redshanks nest on salt marshes in spring.', 'Gull', 'Which sentence …?');
		expect(keyWithoutSubject(q)).toBeUndefined();
	});
});
