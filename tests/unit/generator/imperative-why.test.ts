// How-to guides give their reasons to an instruction ("Clean the brush at once, because dried paint
// ruins the bristles"): asked "Why should you clean the brush at once?", the reader named as "you".
// Instructions that lean on another sentence, hold only under a condition or hedge are not asked.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { instructionCause } from '../../../src/lib/generator/stages/3-facts/imperative-why';
import { speakerInStem } from '../../../src/lib/generator/stages/4-questions/stem-checks';
import { whyStem } from '../../../src/lib/generator/stages/4-questions/stems';
import type { Candidate } from '../../../src/lib/generator/types';

const sentenceOf = (text: string) => parseText(normalizeText(text)).sentences[0]!;

/** The stem and the reason of an instruction, as the question shows them. */
function asked(text: string) {
	const fact = instructionCause(sentenceOf(text), (raw) => raw);
	const stem = fact && whyStem(fact)?.replace(/\s+/g, ' ').replace(/ \?$/, '?');
	return fact && { stem, reason: fact.value.text, link: fact.action };
}

describe('why of an instruction', () => {
	const cases: [string, string, string, string][] = [
		[
			'Clean the brush in warm water at once, because dried paint ruins the bristles.',
			'Why should you clean the brush in warm water at once?',
			'dried paint ruins the bristles',
			'because'
		],
		[
			'Stir the sauce every minute so that the flour does not stick to the pan.',
			'Why should you stir the sauce every minute?',
			'the flour does not stick to the pan',
			'so that'
		],
		[
			'When the glue is dry, gently press the two pieces together so that the seam disappears.',
			'Why should you press the two pieces together?',
			'the seam disappears',
			'so that'
		],
		[
			'Keep the seedlings, trays and labels on a bright windowsill because tomatoes need a lot of light.',
			'Why should you keep the seedlings, trays and labels on a bright windowsill?',
			'tomatoes need a lot of light',
			'because'
		]
	];
	it.each(cases)('%s', (text, stem, reason, link) => {
		expect(asked(text)).toEqual({ stem, reason, link });
	});

	const refused: [string, string][] = [
		[
			'leans on another sentence',
			'Tighten it again after an hour, because the rope stretches when wet.'
		],
		['a second step', 'Loosen the bolts, then lift the wheel off so that the tyre can be changed.'],
		[
			'holds under a condition',
			'If the paint is thick, add water so that the brush glides easily.'
		],
		['a hedge', 'Do not fill the kettle to the top, because boiling water spills over.'],
		[
			'says not which',
			'Check every rope, not just a few, because one loose line can tear the tent.'
		],
		['no instruction', 'The crew checked every rope because one loose line can tear the tent.'],
		['a time, not a reason', 'Water the beds every evening, since the plants were moved outside.']
	];
	it.each(refused)('asks nothing of an instruction that %s', (_, text) => {
		expect(asked(text)).toBeUndefined();
	});
});

describe('stem-no-speaker on an instruction', () => {
	/** A "why" candidate with its frame's subject. */
	const candidate = (stem: string, subject: string) =>
		({ kind: 'why', stem, fact: { frame: { subject } } }) as unknown as Candidate;

	it('lets the reader be asked of their own instruction', () => {
		const stem = 'Why should you put your phone in another room while you work?';
		expect(speakerInStem(candidate(stem, 'you'))).toBeUndefined();
	});

	it('still refuses the speaker of the article in such a stem', () => {
		const stem = 'Why should you put our phones in another room?';
		expect(speakerInStem(candidate(stem, 'you'))).toMatch(/"our"/);
	});

	it('still refuses "you" in a stem of any other clause', () => {
		const stem = 'Why did the team ask you to leave?';
		expect(speakerInStem(candidate(stem, 'the team'))).toMatch(/"you"/);
	});
});
