// The general "why" item (4-questions/why-general.ts): one item from each explicit link whose two
// sides are whole clauses, the stem asked from the explained side in plain question grammar, the
// key from the other side; hedged, denied, negative and reported links refused. Sentences our own.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { lowerWords } from '../../../src/lib/generator/stages/3-facts/words';
import { explicitLink } from '../../../src/lib/generator/stages/4-questions/why-links';
import {
	contentStems,
	echoesStem,
	generalWhyCandidates,
	whyKeyOf,
	whyStemOf
} from '../../../src/lib/generator/stages/4-questions/why-general';

const parsed = (text: string) => parseText(normalizeText(text)).sentences;

/** The stem and key the general item asks of the last sentence of `text`, or the refusal. */
function asked(text: string): { stem: string; key: string } | string {
	const sentences = parsed(text);
	const s = sentences.at(-1)!;
	const link = explicitLink(s);
	if (!link) return 'no link';
	const lower = lowerWords(sentences);
	const stem = whyStemOf(s, link, lower, sentences.at(-2));
	return typeof stem === 'string' ? stem : { stem: stem.stem, key: whyKeyOf(s, link, lower) };
}

describe('general why: stems in plain question grammar', () => {
	const cases: [string, string, string][] = [
		[
			'The council closed the old bridge because the river had risen overnight.',
			'Why did the council close the old bridge?',
			'Because the river had risen overnight'
		],
		[
			'Because the water froze very slowly, the ice on the lake was clear.',
			'Why was the ice on the lake clear?',
			'Because the water froze very slowly'
		],
		[
			'The harvest failed in the north, so the village bakers raised their prices.',
			'Why did the village bakers raise their prices?',
			'Because the harvest failed in the north'
		],
		[
			'The shopping basket has to change because new goods appear in the shops.',
			'Why does the shopping basket have to change?',
			'Because new goods appear in the shops'
		],
		[
			'The young otters stay close to the den because the river is full of eagles.',
			'Why do the young otters stay close to the den?',
			'Because the river is full of eagles'
		],
		[
			'The lighthouse keeper trims the wick every night because smoke blackens the glass.',
			'Why does the lighthouse keeper trim the wick every night?',
			'Because smoke blackens the glass'
		],
		[
			'The arctic tern flies from pole to pole. It sees more daylight than any other bird because it follows the summer.',
			'Why does the arctic tern see more daylight than any other bird?',
			'Because it follows the summer'
		]
	];
	it.each(cases)('%s', (text, stem, key) => {
		expect(asked(text)).toEqual({ stem, key });
	});
});

describe('general why: links refused', () => {
	const cases: [string, string][] = [
		// "not because": the link is denied.
		['The council closed the bridge not because of the flood but because of its age.', 'no link'],
		// A guess is no key.
		['The council closed the bridge, probably because the river had risen overnight.', 'no link'],
		// Reported: the reason is the speaker's.
		['The mayor said the council closed the bridge because the river had risen.', 'no link'],
		// A negative stem ("Why did the council not …?") reviewers reject.
		['The council did not open the bridge because the river had risen overnight.', 'no link'],
		// Two clauses before the reason: which one it explains is unclear.
		['The rain stopped, and the council closed the bridge because the river had risen.', 'no link'],
		// "so that" is a purpose, "so many" a degree: no result.
		['The bakers rose early, so that the bread was ready by dawn.', 'no link'],
		// A subject or an opening that leans on the sentence before.
		['These changes came slowly because the council had little money that year.', 'no link'],
		['However, the council closed the bridge because the river had risen.', 'no link'],
		[
			'It stayed shut all winter because the council had no money for repairs.',
			'why-general-subject'
		],
		['On that day, the council closed the bridge because the river had risen.', 'no link'],
		// A speaker's voice.
		['We closed the bridge because the river had risen overnight.', 'no link']
	];
	it.each(cases)('%s', (text, refusal) => {
		expect(asked(text)).toBe(refusal);
	});
});

describe('general why: wrong reasons', () => {
	const article = [
		'The Old Mill Bridge',
		'',
		'The old mill bridge stood over the river for two hundred years.',
		'Its stone arches were built by a local mason in 1820.',
		'Farmers used the bridge to bring grain to the mill every autumn.',
		'The mill stopped working in 1950 because cheap flour arrived by train.',
		'Last winter the river rose higher than anyone could remember.',
		'The council closed the old bridge because water had washed away part of its foundations.',
		'Engineers from the city inspected the stone arches of the bridge in the spring.',
		'The bridge reopened in June after the foundations were rebuilt.'
	].join('\n');

	it('offers other reasons and statements of the article, never the key or one of its own sentence', () => {
		const items = generalWhyCandidates(parsed(article), 'The Old Mill Bridge', article);
		const item = items.find((c) => c.stem.startsWith('Why did the council close'));
		expect(item?.answer).toBe('Because water had washed away part of its foundations');
		expect(item?.distractors.length).toBeGreaterThan(0);
		for (const d of item?.distractors ?? []) {
			expect(d).toMatch(/^Because /);
			expect(d).not.toBe(item?.answer);
		}
	});

	it('refuses a key that alone echoes a word of the stem (why-general-echo)', () => {
		const stem = 'Why does the basket have to change?';
		expect(echoesStem(stem, 'Because the way people live changes', ['Because prices rise'])).toBe(
			true
		);
		expect(
			echoesStem(stem, 'Because the way people live changes', ['Because tastes change slowly'])
		).toBe(false);
		expect(echoesStem(stem, 'Because new goods appear', ['Because prices rise'])).toBe(false);
	});

	it('counts content words by their first five letters', () => {
		expect([...contentStems('The flooded bridge was closed')].sort()).toEqual([
			'bridg',
			'close',
			'flood'
		]);
	});
});
