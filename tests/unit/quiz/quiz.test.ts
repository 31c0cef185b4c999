import { describe, expect, it } from 'vitest';
import {
	locateAnswer,
	markParts,
	markRanges,
	paragraphSpans,
	storedRange
} from '../../../src/lib/quiz/highlight';
import {
	applyOrder,
	attemptRandom,
	optionOrder,
	originalOrder,
	pickQuestions,
	questionCount,
	reshuffle
} from '../../../src/lib/quiz/order';
import { formatDuration, MAX_QUESTION_MS, questionTime, score } from '../../../src/lib/quiz/score';

describe('question and option order', () => {
	it.each([
		['5', 30, 5],
		['10', 30, 10],
		['all', 30, 30],
		['10', 7, 7],
		['5', 0, 0]
	] as const)('a quiz of length %s from %i questions holds %i', (length, available, expected) => {
		expect(questionCount(length, available)).toBe(expected);
	});

	it('picks the same questions in the same order for the same seed', () => {
		const ids = Array.from({ length: 30 }, (_, i) => `q${i}`);
		const a = pickQuestions(ids, 10, attemptRandom(5));
		expect(pickQuestions(ids, 10, attemptRandom(5))).toEqual(a);
		expect(new Set(a).size).toBe(10);
		expect(pickQuestions(ids, 10, attemptRandom(6))).not.toEqual(a);
	});

	it('makes option orders that are permutations, seeded', () => {
		for (let seed = 0; seed < 50; seed++) {
			const order = optionOrder(attemptRandom(seed));
			expect([...order].sort()).toEqual([0, 1, 2, 3]);
			expect(optionOrder(attemptRandom(seed))).toEqual(order);
		}
	});

	it('reshuffles to a different order every time', () => {
		for (let seed = 0; seed < 200; seed++) {
			const previous = optionOrder(attemptRandom(seed));
			const next = reshuffle(previous, attemptRandom(seed));
			expect(next).not.toEqual(previous);
			expect([...next].sort()).toEqual([0, 1, 2, 3]);
		}
	});

	it('moves the answer with its option, and back', () => {
		const options = ['Aldrin', 'Armstrong', 'Collins', 'Kennedy'];
		const shown = applyOrder(options, 1, [2, 0, 3, 1]);
		expect(shown).toEqual({
			options: ['Collins', 'Aldrin', 'Kennedy', 'Armstrong'],
			answerIndex: 3
		});
		const back = originalOrder(shown.options, [2, 0, 3, 1]);
		expect(back.options).toEqual(options);
		expect(back.toOriginal(3)).toBe(1);
	});
});

describe('scoring', () => {
	it('scores correct over total, never time', () => {
		const fast = score([
			{ correct: true, timeMs: 1000 },
			{ correct: false, timeMs: 1000 },
			{ correct: true, timeMs: 1000 }
		]);
		const slow = score([
			{ correct: true, timeMs: 90_000 },
			{ correct: false, timeMs: 90_000 },
			{ correct: true, timeMs: 90_000 }
		]);
		expect(fast).toEqual({ correct: 2, answered: 3, total: 3, percent: 66, timeMs: 3000 });
		expect({ ...slow, timeMs: 0 }).toEqual({ ...fast, timeMs: 0 });
	});

	it('counts unanswered questions in the total, and an empty quiz as 0 %', () => {
		expect(
			score([
				{ correct: true, timeMs: 5 },
				{ correct: null, timeMs: null }
			])
		).toMatchObject({
			correct: 1,
			answered: 1,
			total: 2,
			percent: 50
		});
		expect(score([]).percent).toBe(0);
	});

	it('never rounds a near miss up to 100 %', () => {
		const items = Array.from({ length: 200 }, (_, i) => ({ correct: i > 0, timeMs: 0 }));
		expect(score(items).percent).toBe(99);
	});

	it.each([
		[null, '2026-01-01T00:00:10Z', 0],
		['2026-01-01T00:00:00Z', '2026-01-01T00:00:10Z', 10_000],
		['2026-01-01T00:00:10Z', '2026-01-01T00:00:00Z', 0],
		['2026-01-01T00:00:00Z', '2026-01-04T00:00:00Z', MAX_QUESTION_MS]
	])('times a question shown at %s and answered at %s as %i ms', (shown, answered, ms) => {
		expect(questionTime(shown ? new Date(shown) : null, new Date(answered))).toBe(ms);
	});

	it.each([
		[0, '0 s'],
		[8_400, '8 s'],
		[60_000, '1 min'],
		[65_000, '1 min 05 s'],
		[12 * 60_000 + 5_000, '12 min']
	])('shows %i ms as %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});

describe('highlighting the answer in its sentence', () => {
	const sentence = 'Neil Armstrong was the commander of Apollo 11.';

	it('finds the answer text in the sentence', () => {
		expect(locateAnswer(sentence, 'the commander', null)).toEqual({ start: 19, end: 32 });
		expect(locateAnswer(sentence, 'NEIL ARMSTRONG', null)).toEqual({ start: 0, end: 14 });
	});

	it('falls back to the fact value, and prefers it for statements', () => {
		const value = { start: 43, end: 45 };
		expect(locateAnswer(sentence, 'Buzz Aldrin', value)).toEqual(value);
		expect(locateAnswer(sentence, sentence, value, true)).toEqual(value);
		expect(locateAnswer(sentence, 'Buzz Aldrin', { start: 40, end: 99 })).toBeNull();
		// A statement whose wrong options negate it has no value: the whole sentence is the answer.
		expect(locateAnswer(sentence, sentence, { start: 5, end: 5 }, true)).toEqual({
			start: 0,
			end: sentence.length
		});
	});

	it('cuts a text into plain and marked parts', () => {
		expect(markParts('abcdef', { start: 2, end: 4 })).toEqual([
			{ text: 'ab', marked: false },
			{ text: 'cd', marked: true },
			{ text: 'ef', marked: false }
		]);
		expect(markParts('abc', { start: 0, end: 3 })).toEqual([{ text: 'abc', marked: true }]);
		expect(markParts('abc', null)).toEqual([{ text: 'abc', marked: false }]);
		expect(markParts('abc', { start: 2, end: 9 })).toEqual([{ text: 'abc', marked: false }]);
	});

	it('marks several sentences in article order, leaving out invalid and overlapping ranges', () => {
		expect(
			markRanges('One. Two. Three.', [
				{ start: 10, end: 16 },
				{ start: 0, end: 4 }
			])
		).toEqual([
			{ text: 'One.', marked: true },
			{ text: ' Two. ', marked: false },
			{ text: 'Three.', marked: true }
		]);
		expect(
			markRanges('One. Two.', [
				{ start: 0, end: 4 },
				{ start: 2, end: 9 },
				{ start: 5, end: 20 }
			])
		).toEqual([
			{ text: 'One.', marked: true },
			{ text: ' Two.', marked: false }
		]);
		expect(markRanges('abc', [])).toEqual([{ text: 'abc', marked: false }]);
	});

	it('reads a stored range only when both of its ends are set', () => {
		expect(storedRange({ highlightStart: 3, highlightEnd: 7 })).toEqual({ start: 3, end: 7 });
		expect(storedRange({ highlightStart: 0, highlightEnd: 4 })).toEqual({ start: 0, end: 4 });
		expect(storedRange({ highlightStart: null, highlightEnd: 4 })).toBeNull();
		expect(storedRange({ highlightStart: 3, highlightEnd: null })).toBeNull();
	});

	it('finds paragraphs with their offsets', () => {
		const text = 'First one.\n\nSecond, two.\n\nThird.';
		const spans = paragraphSpans(text);
		expect(spans.map((p) => p.text)).toEqual(['First one.', 'Second, two.', 'Third.']);
		for (const p of spans) expect(text.slice(p.start, p.end)).toBe(p.text);
	});
});
