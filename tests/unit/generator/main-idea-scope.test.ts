// The rules reviews k5 and k6 asked of main-idea items: options about the article's own subject
// that differ in scope, the key not the options' shared core; a sentence key that states the
// text's point (a news lead, a thesis), never a definition or a hook, and no dateline. The
// articles and sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { keyIsSharedCore } from '../../../src/lib/generator/stages/4-questions/main-idea-form';
import {
	countryOption,
	fieldOption
} from '../../../src/lib/generator/stages/4-questions/main-idea-scope';
import {
	hasDateline,
	MAIN_IDEA_SENTENCE_STEMS,
	pointProblem
} from '../../../src/lib/generator/stages/4-questions/main-idea-sentences';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import type { Candidate } from '../../../src/lib/generator/types';

describe('the key is not the options’ shared core', () => {
	it.each([
		// Reviews k5, k6: each frame and each name twice, or the frame three times.
		[
			[
				'The life and work of Anna Brook',
				'The early life of Anna Brook',
				'The life and work of Tom Reed',
				'The life and work of Ada Vale'
			],
			true
		],
		[
			[
				'The history and present of Kelmor',
				'The early history of Kelmor',
				'The history and present of Dunby',
				'The early history of Dunby'
			],
			false
		],
		// All four about the subject, of other scope: the key shares no more than the part does.
		[
			[
				'The life and work of Anna Brook',
				'The early life of Anna Brook',
				'The history of botany',
				'The last years of Anna Brook'
			],
			false
		],
		[
			[
				'The history and present of Kelmor',
				'The early history of Kelmor',
				'The history of Norway',
				'The salt trade'
			],
			false
		]
	])('%j: %s', (options, core) => {
		expect(keyIsSharedCore(options)).toBe(core);
	});
});

describe('the wider options a teacher writes', () => {
	it.each([
		[
			'Anna Brook (1801 – 1870) was an English botanist who named the mosses of Wales.',
			'The history of botany'
		],
		[
			'Tom Reed was a Danish seismologist and geophysicist, and a teacher.',
			'The history of seismology'
		],
		['Tom Reed was a farmer who grew apples.', undefined]
	])('reads the field of %j', (lead, field) => {
		expect(fieldOption(lead)).toBe(field);
	});

	it.each([
		[
			'Kelmor is the capital and largest city of Estonia, on the coast.',
			'Kelmor',
			'The history of Estonia'
		],
		['Kelmor is a city in northern Italy.', 'Kelmor', 'The history of Italy'],
		['Kelmor is a city on a wide bay.', 'Kelmor', undefined]
	])('reads the country of %j', (lead, city, country) => {
		expect(countryOption(lead, city)).toBe(country);
	});
});

describe('a sentence key states the point', () => {
	const news = { genre: 'article' as const, title: 'Probe Sweeps Past Saturn After Long Voyage' };
	const name = { genre: 'article' as const, title: 'Kelmor' };
	const speech = { genre: 'speech' as const, title: 'Address on the Harbour' };
	it.each([
		['Kelmor is the capital and largest city of the country.', name, true, 'defines'],
		['The marsh owl is the national bird of the island.', name, true, 'defines'],
		['Few towns sit in a setting as fine as Kelmor.', name, true, 'hook'],
		['The probe flew past the rings of Saturn early this morning.', news, true, undefined],
		['The probe flew past the rings of Saturn early this morning.', news, false, 'lead'],
		['Kelmor grew rich on the salt trade and lost it all in the war.', name, true, 'lead'],
		['We must rebuild the harbour before the next winter storms.', speech, false, undefined]
	])('%j', (key, r, first, problem) => {
		const found = pointProblem(key, r, first);
		if (problem) expect(found).toBeDefined();
		else expect(found).toBeUndefined();
	});

	it.each([
		['PASADENA, California, Aug. 25 - The probe flew past Saturn early today.', true],
		['KELMOR, Norway, March 3, 1961 - The harbour opened today.', true],
		['The probe flew past Saturn early today.', false]
	])('sees the dateline of %j', (option, dated) => {
		expect(hasDateline(option)).toBe(dated);
	});

	it('rejects a definition key by name (main-idea-key-states-point)', () => {
		const c = {
			id: 'gist-0-main-idea',
			kind: 'main-idea',
			stem: MAIN_IDEA_SENTENCE_STEMS.article,
			answer: 'The marsh owl is the national bird of the island of Kelmor.',
			distractors: [
				'The marsh owl is roughly the size of a large crow.',
				'Young marsh owls leave the nest before they can fly.',
				'Farmers once shot the marsh owls that hunted their hens.'
			],
			fact: { id: 'gist-0', kind: 'gist', sentence: 0 },
			source: {
				sentence: 'The marsh owl is the national bird of the island of Kelmor.',
				start: 0,
				end: 60
			}
		} as unknown as Candidate;
		const reasons = validateCandidate(c, { title: 'Marsh owl' });
		expect(reasons.some((r) => r.startsWith('main-idea-key-states-point'))).toBe(true);
	});
});

/** A news report under a headline, its dateline on the lead. */
const REPORT = `Probe Sweeps Past the Rings of Saturn

KELMOR, Norway, March 3 - After a voyage of seven years, the small probe Heron flew past the rings of Saturn early today. It sent home the sharpest pictures of them ever taken.

The probe was launched from a island base off the coast of Norway in the spring seven years ago. Engineers had to swing it twice around Venus and once around the Earth to gain the speed it needed for the long voyage.

The pictures show that the outer ring of Saturn is made of thousands of thin bands of ice, each one narrower than a city street. Scientists had long thought that ring was a single smooth sheet, and they said the bands would keep them busy for years.

The signal from the probe took more than an hour to cross the great distance to the Earth. Three large dish antennas in Norway, Chile and Australia were linked so that the faint signal could be heard at all.

The cameras on the flight found two small moons that nobody had ever seen before. Each is only a few miles wide, and both circle inside the gap between the two brightest rings.

The team celebrated in the control room when the first picture arrived. Many of them had worked on the mission since the day it was planned, and some had brought their children to watch the screens.

The probe will now head out of the solar system toward the distant stars. Its batteries should last another ten years, and the team hopes to hear from it until the last of its power runs out.`;

describe('a news report’s sentence item', () => {
	it('keys its lead without the dateline', () => {
		const q = generateQuiz(REPORT, { count: 10, seed: 1, kinds: ['main-idea'] }).questions.find(
			(x) => x.stem === MAIN_IDEA_SENTENCE_STEMS.article
		);
		expect(q?.options).toHaveLength(4);
		for (const o of q?.options ?? []) expect(hasDateline(o)).toBe(false);
		expect(q?.options[q.answerIndex]).toMatch(/^After a voyage of seven years/);
	});
});
