import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator';

// The app keeps an article's title apart from its text; the generator is given it, and reads "the
// bridge" of the text as the bridge the title names, as it would in a text that opens with it.
const BODY = `Work on a stone crossing over the River Avenmore began in 1894, after a ferry capsized and eleven passengers drowned in a winter storm.

The engineer Margaret Dunlop designed three arches of local granite, each spanning forty metres. Masons from Aberdeen cut the stone, and the town council paid for the work with a loan from the county.

The bridge opened on 4 May 1901, when a brass band led the first procession across it. More than 6,000 people walked over on the first day.

The crossing still carries the main road today. In 1988 engineers strengthened the arches so that heavy lorries could use it.`;
const TITLE = 'The Dunlop Bridge at Avenmore';
const OPENING = /^Fill in the blank: The bridge opened on _____/;

describe('a title given apart from the text', () => {
	it('names the subject the text calls "the bridge", as a title line would', () => {
		const titled = generateQuiz(BODY, { count: 10, seed: 1, title: TITLE });
		expect(titled.title).toBe(TITLE);
		expect(titled.questions.some((q) => OPENING.test(q.stem))).toBe(true);
		const inline = generateQuiz(`${TITLE}\n\n${BODY}`, { count: 10, seed: 1 });
		expect(titled.questions.map((q) => q.stem)).toEqual(inline.questions.map((q) => q.stem));
	});

	it('without one, "the bridge" names nothing and is not asked about', () => {
		const untitled = generateQuiz(BODY, { count: 10, seed: 1 });
		expect(untitled.title).toBeUndefined();
		expect(untitled.questions.some((q) => OPENING.test(q.stem))).toBe(false);
	});

	it('gives way to a title the text opens with, and ignores a blank one', () => {
		const opened = generateQuiz(`${TITLE}\n\n${BODY}`, { count: 10, seed: 1, title: 'Other' });
		expect(opened.title).toBe(TITLE);
		expect(generateQuiz(BODY, { count: 10, seed: 1, title: '  ' }).title).toBeUndefined();
	});
});
