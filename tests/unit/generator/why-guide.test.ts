// An instruction's "why" item ("Why should you …?") takes the guide's explanations of its other
// steps as wrong reasons (`3-facts/guide-reasons.ts`), puts its own purpose as "Because then …"
// beside them, and is refused when the key alone repeats a word of the stem. Texts of our own.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import {
	guideExplanation,
	guideReasons
} from '../../../src/lib/generator/stages/3-facts/guide-reasons';
import {
	purposeAsCause,
	purposeInSource
} from '../../../src/lib/generator/stages/4-questions/why-options';
import { causeKeyEchoesStem } from '../../../src/lib/generator/stages/4-questions/cause-checks';
import type { Candidate, Fact } from '../../../src/lib/generator/types';

const sentencesOf = (text: string) => parseText(normalizeText(text)).sentences;

describe('a guide sentence read as an explanation', () => {
	it.each<[string, string | undefined]>([
		// A statement about a thing, in the present: the guide's reason for a step.
		[
			'Wet clay shrinks a little as it dries in the sun.',
			undefined // "it" leans on the clause's subject read elsewhere
		],
		[
			'Bread dough that rises too long collapses in the oven and turns sour.',
			'Bread dough that rises too long collapses in the oven and turns sour'
		],
		// After a short condition, the clause of what may happen.
		[
			'If you skip the primer, paint can peel away from bare wood within a year.',
			'paint can peel away from bare wood within a year'
		],
		// The reader as subject only of what may happen.
		[
			'If you pull the wire too hard, you can snap the thin copper strands.',
			'you can snap the thin copper strands'
		],
		['You sand the edges with fine paper and wipe the dust away.', undefined],
		// A first clause before ", so": the explanation, not what the guide draws from it.
		[
			'Mortar sets faster on hot afternoons, so small batches are easier to use.',
			'Mortar sets faster on hot afternoons'
		],
		// Instructions, the past, pointers and short predicates are no explanations.
		['Sand the edges with fine paper before you paint the frame.', undefined],
		['The old bridge over the river collapsed in a storm in 1902.', undefined],
		['This second coat protects the wood from the winter rain.', undefined],
		['A soft cloth works well.', undefined],
		['Cheap brushes shed hairs, thin bristles and loose glue onto the paint.', undefined]
	])('%s', (sentence, expected) => {
		const [s] = sentencesOf(sentence);
		expect(guideExplanation(s!)).toBe(expected);
	});
});

const GUIDE = [
	'How to Paint a Garden Fence',
	'',
	'A painted fence lasts far longer than a bare one. The whole job takes a dry weekend.',
	'',
	'Brush off loose dirt and moss first. Paint grips a clean surface much better than a dusty one.',
	'',
	'Cover the plants along the fence with old sheets so that drips cannot stain the leaves.',
	'',
	'Apply a coat of primer to any bare patches. If you skip the primer, paint can peel away from bare wood within a year.',
	'',
	'Paint with the grain of the wood. Brush marks across the grain show clearly in low evening light.',
	'',
	'Leave the fence to dry for a full day. Wet paint collects dust and insects from the air.'
].join('\n');

describe("a guide's explanations as wrong reasons", () => {
	it('reads each step\'s explanation as a "Because …" option, in lower case', () => {
		const texts = guideReasons(sentencesOf(GUIDE)).map((o) => o.text);
		expect(texts).toContain(
			'Because brush marks across the grain show clearly in low evening light'
		);
		expect(texts).toContain('Because paint can peel away from bare wood within a year');
		expect(texts).toContain('Because wet paint collects dust and insects from the air');
		expect(texts.every((t) => !/Because (brush off|cover|apply|leave)/i.test(t))).toBe(true);
	});

	it("asks why to cover the plants, keyed by its purpose among other steps' explanations", () => {
		const quiz = generateQuiz(GUIDE, { kinds: ['why'], count: 10, seed: 1 });
		const item = quiz.questions.find((q) => q.stem.startsWith('Why should you cover the plants'));
		const key = item?.options[item.answerIndex];
		expect(key).toBe('Because then drips cannot stain the leaves');
		const wrong = item?.options.filter((o) => o !== key) ?? [];
		expect(wrong).toHaveLength(3);
		// None from the key's own step; each one the guide gives for another.
		for (const o of wrong) {
			expect(o.startsWith('Because ')).toBe(true);
			expect(GUIDE.toLowerCase()).toContain(o.slice('Because '.length).toLowerCase());
		}
	});
});

const instruction = (): Fact =>
	({
		kind: 'cause',
		frame: { subject: 'you', aux: 'should' }
	}) as unknown as Fact;

describe('an instruction\'s purpose put as "Because then …"', () => {
	it.each<[string, string | undefined]>([
		['So that the glue sets evenly', 'Because then the glue sets evenly'],
		['Because the glue sets evenly', undefined]
	])('%s', (key, expected) => {
		expect(purposeAsCause(instruction(), key)).toBe(expected);
	});

	it('is not asked of an item about someone else', () => {
		const fact = { kind: 'cause', frame: { subject: 'the crew', aux: 'did' } } as unknown as Fact;
		expect(purposeAsCause(fact, 'So that the glue sets evenly')).toBeUndefined();
	});

	it('finds the re-voiced key in its sentence', () => {
		const c = {
			kind: 'why',
			answer: 'Because then the glue sets evenly',
			source: { sentence: 'Clamp the joint firmly so that the glue sets evenly.' }
		} as unknown as Candidate;
		expect(purposeInSource(c)).toBe(true);
		expect(purposeInSource({ ...c, answer: 'Because then the wood stays dry' })).toBe(false);
	});
});

describe("cause-key-echoes-stem on an instruction's item", () => {
	const item = (distractors: string[]) =>
		({
			kind: 'why',
			stem: 'Why should you keep your ladder away from the wet grass?',
			answer: 'Because a ladder sinks into soft ground',
			distractors,
			fact: { frame: { subject: 'you', aux: 'should' } }
		}) as unknown as Candidate;

	it('refuses a key that alone repeats a word of the stem', () => {
		const wrong = [
			'Because grass hides the stones',
			'Because paint dries fast',
			'Because wood warps'
		];
		expect(causeKeyEchoesStem(item(wrong))).toMatch(/only the key repeats "ladde/);
	});

	it('passes when a wrong reason repeats it too', () => {
		const wrong = [
			'Because a metal ladder can conduct electricity',
			'Because paint dries fast',
			'Because wood warps'
		];
		expect(causeKeyEchoesStem(item(wrong))).toBeUndefined();
	});
});
