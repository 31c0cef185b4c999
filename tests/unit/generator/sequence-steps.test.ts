// Sequence items of a how-to's numbered steps ("Which of these steps comes first?", "Which step
// comes right after "<step>"?") and of a story told in order ("In the story, which of these
// happened first?"). Opt-in (`kinds`). The articles are made up for these tests.
import { describe, expect, it } from 'vitest';
import { generateQuiz, validCandidates } from '../../../src/lib/generator/index';
import type { Candidate, Question } from '../../../src/lib/generator/types';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import {
	commandProblem,
	stepCommand,
	stepRuns
} from '../../../src/lib/generator/stages/4-questions/sequence-steps';
import { isStory, storyActs } from '../../../src/lib/generator/stages/4-questions/sequence-story';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';

/** A made-up guide: six numbered steps, each opening with a command. */
const KITE = [
	'How to Build a Paper Kite',
	'',
	'A paper kite takes an afternoon to make and flies well in a steady breeze. You need two thin sticks, a sheet of strong paper, glue and a long string.',
	'',
	'1. Cross the two sticks at right angles and tie them firmly with thread.',
	'2. Cut a notch into each end of both sticks.',
	'3. Run a length of string around the notches to make the frame.',
	'4. Lay the frame on the paper and trim the paper to its shape.',
	'5. Fold the edges of the paper over the string and glue them down.',
	'6. Attach the flying line to the point where the sticks cross.',
	'',
	'Wait for the glue to dry before the first flight. A long tail of ribbon keeps the kite steady in gusts.'
].join('\n');

/** The kite's step commands, by number. */
const KITE_STEPS: Record<string, number> = {
	'Cross the two sticks at right angles': 1,
	'Cut a notch into each end of both sticks': 2,
	'Run a length of string around the notches to make the frame': 3,
	'Lay the frame on the paper': 4,
	'Fold the edges of the paper over the string': 5,
	'Attach the flying line to the point where the sticks cross': 6
};

/** A made-up story that dates nothing, with dialogue, told in order. */
const HARBOUR_STORY = [
	'The Night Boat',
	'',
	'Tomas Rell pushed the rowing boat into the black harbour.',
	'',
	'"Are you sure about this?" asked his sister. "The wind is rising."',
	'',
	'"We go now," he said.',
	'',
	'Lena Rell climbed into the bow with the lantern.',
	'',
	'The oars creaked in their locks. Out past the breakwater, the swell grew long and slow, and the lights of the town shrank behind them.',
	'',
	'"There," Lena said. "By the rocks."',
	'',
	'Tomas Rell steered the boat towards the wreck.',
	'',
	'A small dog sat shivering on the broken deck. It barked once, then again, louder.',
	'',
	'Lena Rell lifted the dog over the rail.',
	'',
	'The wind dropped a little. The lantern swung, and the harbour lights came back into view one by one.',
	'',
	'Tomas Rell tied the boat to the harbour steps.',
	'',
	'"Home," said Lena, and laughed.'
].join('\n');

/** The story's acts, in the order told. */
const STORY_ORDER = [
	'Tomas Rell pushed the rowing boat into the black harbour',
	'Lena Rell climbed into the bow with the lantern',
	'Tomas Rell steered the boat towards the wreck',
	'Lena Rell lifted the dog over the rail',
	'Tomas Rell tied the boat to the harbour steps'
];

const parsed = (text: string) => {
	const norm = normalizeText(text);
	return { norm, sentences: parseText(norm).sentences };
};
const sequenceQuiz = (text: string, seed: number | string = 1) =>
	generateQuiz(text, { count: 10, seed, kinds: ['sequence'] });
const keyOf = (q: Question) => q.options[q.answerIndex] as string;

describe('how-to steps: the order the article numbers them in', () => {
	it('reads a run of numbered steps and the command each opens with', () => {
		const { norm, sentences } = parsed(KITE);
		const [run, ...others] = stepRuns(norm, sentences);
		expect(others).toEqual([]);
		expect(run?.map((s) => [s.option, s.number])).toEqual(Object.entries(KITE_STEPS));
	});

	it.each([
		['Place the plant in the pot and fill the gaps with soil.', 'Place the plant in the pot'],
		['Release the brakes if necessary.', 'Release the brakes'],
		['Press the patch onto the glue, pushing from the centre.', 'Press the patch onto the glue'],
		[
			'Turn the pot on its side, support the stems and ease the plant out.',
			'Turn the pot on its side'
		],
		['Watch for pests and mould.', 'Watch for pests and mould'],
		// A pronoun, an order word, a figure, or no command: no option.
		['Pull it over the rim.', undefined],
		['Then add the rest of the flour.', undefined],
		['Wait 10 minutes for the glue.', undefined],
		['The roots should be loose.', undefined]
	])('the command of "%s" is %s', (line, command) => {
		const { norm, sentences } = parsed(`Steps\n\n1. ${line}`);
		const s = sentences[sentences.length - 1];
		expect(s && stepCommand(s, norm.text)).toBe(command);
	});

	it.each([
		['Loosen the roots', undefined],
		['Fold it in half', 'the step points outside itself'],
		['Cut the paper, then fold', 'the step is no one plain command'],
		['Lay the frame on the', 'the step ends on a dangling word'],
		['Roots', 'the step has 1 words']
	])('commandProblem("%s") is %s', (option, problem) => {
		expect(commandProblem(option)).toBe(problem);
	});

	it('asks every seed an item the numbering settles, the key right', () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const q = sequenceQuiz(KITE, seed).questions.find((x) => x.kind === 'sequence');
			expect(q, `seed ${seed}`).toBeDefined();
			if (!q) continue;
			const numbers = q.options.map((o) => KITE_STEPS[o] as number);
			expect(numbers.every((n) => n !== undefined)).toBe(true);
			const key = KITE_STEPS[keyOf(q)] as number;
			const relative = /^Which step comes right (after|before) "(.+)"\?$/.exec(q.stem);
			if (relative) {
				const anchor = KITE_STEPS[relative[2] as string] as number;
				expect(key).toBe(anchor + (relative[1] === 'after' ? 1 : -1));
			} else if (q.stem === 'Which of these steps comes first in the guide?')
				expect(key).toBe(Math.min(...numbers));
			else
				expect([q.stem, key]).toEqual([
					'Which of these steps comes last in the guide?',
					Math.max(...numbers)
				]);
		}
	});

	// One lasting tip among six acts leaves their order (adviceRun); two make the run advice.
	it('asks nothing of numbered tips that last rather than follow one another', () => {
		const tips = KITE.replace('4. Lay the frame', '4. Keep the frame dry and lay it').replace(
			'2. Cut a notch',
			'2. Keep both sticks straight and cut a notch'
		);
		const { norm, sentences } = parsed(tips);
		expect(stepRuns(norm, sentences)).toEqual([]);
	});

	it('restarts a run at "1" and drops a run whose numbers skip', () => {
		const skipped = KITE.replace('3. Run', '7. Run');
		const { norm, sentences } = parsed(skipped);
		expect(stepRuns(norm, sentences)).toEqual([]);
	});

	it('rejects an item whose key is not the step right after its anchor', () => {
		const c = validCandidates(KITE, { seed: 1, kinds: ['sequence'] }).candidates.find(
			(x) => x.kind === 'sequence' && x.steps
		) as Candidate;
		const steps = c.steps ?? [];
		const broken: Candidate = {
			...c,
			stem: 'Which of these steps comes first in the guide?',
			answer: c.distractors[0] as string,
			distractors: [c.answer, ...c.distractors.slice(1)],
			steps: [steps[1], steps[0], ...steps.slice(2, 4)] as typeof steps
		};
		const reasons = validateCandidate(broken, { isFragment: () => false });
		expect(reasons.some((r) => r.startsWith('sequence-step-order'))).toBe(true);
	});
});

describe('a story told in order', () => {
	it('reads a text with dialogue and no dates as a story, a dated one not', () => {
		expect(isStory(parsed(HARBOUR_STORY).norm)).toBe(true);
		expect(
			isStory(parsed(HARBOUR_STORY.replace('The wind dropped', 'On Monday the wind dropped')).norm)
		).toBe(false);
		expect(isStory(parsed(KITE).norm)).toBe(false);
	});

	it('takes the acts of named characters in the order told', () => {
		const { norm, sentences } = parsed(HARBOUR_STORY);
		expect(storyActs(norm, sentences).map((a) => a.option)).toEqual(STORY_ORDER);
	});

	it('leaves out a paragraph that steps back in time', () => {
		const back = HARBOUR_STORY.replace(
			'Lena Rell climbed into the bow with the lantern.',
			'Lena Rell had climbed into the bow with the lantern.'
		);
		const { norm, sentences } = parsed(back);
		expect(storyActs(norm, sentences).map((a) => a.option)).not.toContain(STORY_ORDER[1]);
	});

	it('keys the act told first (last) of the four', () => {
		for (const seed of [1, 2, 3, 4]) {
			const q = sequenceQuiz(HARBOUR_STORY, seed).questions.find((x) => x.kind === 'sequence');
			expect(q, `seed ${seed}`).toBeDefined();
			if (!q) continue;
			const told = q.options.map((o) => STORY_ORDER.indexOf(o));
			expect(told.every((i) => i >= 0)).toBe(true);
			const key = STORY_ORDER.indexOf(keyOf(q));
			expect(key).toBe(
				q.stem === 'In the story, which of these happened first?'
					? Math.min(...told)
					: Math.max(...told)
			);
		}
	});
});
