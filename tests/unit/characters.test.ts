import { describe, expect, it } from 'vitest';
import {
	characterProblem,
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
		['bell\u0007', 'line', { kind: 'control', code: 'U+0007' }],
		['C1\u0085', 'text', { kind: 'control', code: 'U+0085' }],
		['form\ffeed', 'text', { kind: 'control', code: 'U+000C' }],
		['gpj\u202Eexe', 'text', { kind: 'direction', code: 'U+202E' }],
		['mark\u200E', 'line', { kind: 'direction', code: 'U+200E' }],
		['mark\u200E', 'text', null],
		['zero\u200Bwidth', 'line', { kind: 'invisible', code: 'U+200B' }],
		['zero\u200Bwidth', 'text', null],
		['bom\uFEFF', 'line', { kind: 'invisible', code: 'U+FEFF' }],
		['broken \uFFFD', 'text', { kind: 'invalid', code: 'U+FFFD' }]
	])('%j as a %s', (text, kind, problem) => {
		expect(characterProblem(text, kind)).toEqual(problem);
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
