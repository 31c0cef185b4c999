// A wrong reason the article gives opens on a name as the article writes it: "Because tharp retired
// from Lamont in 1983" (review k10) lowered a surname the tagger did not know for a name. The
// article here is written for this test.
import { describe, expect, it } from 'vitest';
import { pickReasons } from '../../../src/lib/generator/distractors/reasons';
import { causeFact } from '../../../src/lib/generator/stages/3-facts/causes';
import type { ReasonOption } from '../../../src/lib/generator/stages/3-facts/causes';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';

const reason = (text: string, sentence: number): ReasonOption => ({
	text,
	sentence,
	paragraph: sentence,
	words: text.split(/\s+/).length,
	voice: 'named',
	explicit: true
});

describe('wrong reasons that open on a name', () => {
	it('keep the capital of a name the stem writes with one, and lower a common first word', () => {
		const text =
			'Quill\n\nQuill drew the lake floor as a landscape because the depth readings were widely spaced.';
		const fact = causeFact(parseText(normalizeText(text)).sentences[0]!, (r) => r)!;
		const pool = [
			reason('Because Quill moved to a larger office in the city', 3),
			reason('Because Quill was asked to train the younger surveyors', 4),
			reason('Because Drifting ice had broken the old survey boat', 5)
		];
		const wrong = pickReasons(
			fact,
			'Because the depth readings were widely spaced',
			'Why did Quill draw the lake floor as a landscape?',
			pool,
			() => 0.5,
			true
		);
		expect(wrong).toHaveLength(3);
		expect(wrong.filter((w) => /quill/i.test(w)).every((w) => w.includes('Quill'))).toBe(true);
		expect(wrong).toContain('Because drifting ice had broken the old survey boat');
	});
});
