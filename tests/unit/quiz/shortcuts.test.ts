import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../../src/lib/quiz/shortcuts';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	defaultPrevented: false,
	target: null,
	...extra
});

describe('shortcutOf', () => {
	it.each([
		['1', 0],
		['4', 3],
		['a', 0],
		['C', 2],
		['d', 3]
	])('%s chooses option %i', (key, index) => {
		expect(shortcutOf(press(key), 4)).toEqual({ kind: 'choose', index });
	});

	it('does not choose an option the question lacks', () => {
		expect(shortcutOf(press('4'), 3)).toBeNull();
		expect(shortcutOf(press('d'), 3)).toEqual({ kind: 'letter', letter: 'D' });
	});

	it('reads Enter and other letters', () => {
		expect(shortcutOf(press('Enter'), 4)).toEqual({ kind: 'enter' });
		expect(shortcutOf(press('h'), 4)).toEqual({ kind: 'letter', letter: 'H' });
		expect(shortcutOf(press('5'), 4)).toBeNull();
		expect(shortcutOf(press('ArrowDown'), 4)).toBeNull();
	});

	it('leaves browser and system shortcuts alone', () => {
		expect(shortcutOf(press('a', { ctrlKey: true }), 4)).toBeNull();
		expect(shortcutOf(press('1', { altKey: true }), 4)).toBeNull();
		expect(shortcutOf(press('c', { metaKey: true }), 4)).toBeNull();
		expect(shortcutOf(press('Enter', { defaultPrevented: true }), 4)).toBeNull();
	});
});
