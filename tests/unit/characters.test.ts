import { describe, expect, it } from 'vitest';
import {
	characterProblem,
	checkCharacters,
	isBlank,
	withoutRefused,
	type TextKind
} from '../../src/lib/server/characters';

// The one character rule behind every text field (probe findings F4/F7).

describe('characterProblem', () => {
	it.each<[string, TextKind, ReturnType<typeof characterProblem>]>([
		['Who cut the ribbon?', 'line', null],
		['Tab\tand\nnew line', 'line', null],
		['Zoë, Øyvind and 李', 'line', null],
		['Family 👨‍👩‍👧 and 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'line', null],
		['bell\u0007', 'line', { kind: 'control', code: 'U+0007', after: 'bell' }],
		['C1\u0085', 'text', { kind: 'control', code: 'U+0085', after: 'C1' }],
		['form\ffeed', 'text', { kind: 'control', code: 'U+000C', after: 'form' }],
		['\u202Egpj.exe', 'text', { kind: 'direction', code: 'U+202E', after: '' }],
		['mark\u200E', 'line', { kind: 'direction', code: 'U+200E', after: 'mark' }],
		['mark\u200E', 'text', null],
		['zero\u200Bwidth', 'line', { kind: 'invisible', code: 'U+200B', after: 'zero' }],
		['zero\u200Bwidth', 'text', null],
		['bom\uFEFF', 'line', { kind: 'invisible', code: 'U+FEFF', after: 'bom' }],
		['broken \uFFFD', 'text', { kind: 'invalid', code: 'U+FFFD', after: 'broken' }]
	])('%j as a %s', (text, kind, problem) => {
		expect(characterProblem(text, kind)).toEqual(problem);
	});
});

describe('describeProblem', () => {
	it('says where the unseen character is: after the visible text before it, on one line', () => {
		const text = 'The harbour\n\u200Blibrary opened \u202Eyesterday';
		expect(checkCharacters(text, 'The title')).toBe(
			'The title holds an invisible direction control (U+202E) after “library opened”, which can make text show in a different order. Remove it.'
		);
		expect(checkCharacters('\u0007Bell', 'Option A')).toBe(
			'Option A holds a control character (U+0007) at its start, which cannot be typed or shown. Remove it.'
		);
	});
});

describe('withoutRefused', () => {
	it('takes out what the rule refuses, and keeps the broken-UTF-8 mark to show where', () => {
		expect(withoutRefused('a\u0000b\u202Ec\u200Bd\t\n\uFFFD', 'line')).toBe('abcd\t\n\uFFFD');
		expect(withoutRefused('a\u0000b\u202Ec\u200Bd\u200E', 'text')).toBe('abc\u200Bd\u200E');
	});
});

describe('isBlank', () => {
	it.each([
		['', true],
		[' \t\n', true],
		['\u200B\u200D\u2060', true],
		['\u3164\uFFA0', true],
		['\u0301', true],
		['é', false],
		['a\u200B', false],
		['🙂', false]
	])('%j → %s', (text, blank) => {
		expect(isBlank(text)).toBe(blank);
	});
});
