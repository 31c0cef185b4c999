// Keyboard shortcuts shared by the quiz and review screens: 1–4 or A–D choose an option, Enter
// checks or goes on, and a few letters pick a rating after a review answer. Typing into a field, or
// Enter on a link or button (which already does its own thing), is left alone.

import { LETTERS } from './letters';

export type Shortcut =
	{ kind: 'choose'; index: number } | { kind: 'enter' } | { kind: 'letter'; letter: string };

/** What a key press asks for, or null when the page should let the browser handle it. */
export function shortcutOf(
	event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented'> & {
		target: EventTarget | null;
	},
	optionCount: number
): Shortcut | null {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
	const target =
		typeof Element !== 'undefined' && event.target instanceof Element ? event.target : null;
	if (target?.closest('textarea, select, [contenteditable], input:not([type="radio"])'))
		return null;
	if (event.key === 'Enter')
		return target?.closest('a, button, summary') ? null : { kind: 'enter' };
	if (event.key.length !== 1) return null;
	const key = event.key.toUpperCase();
	const index = '1234'.includes(key) ? Number(key) - 1 : LETTERS.join('').indexOf(key);
	if (index >= 0 && index < optionCount) return { kind: 'choose', index };
	return /^[A-Z]$/.test(key) ? { kind: 'letter', letter: key } : null;
}

/** Checks the radio of option `index` inside `form` and moves focus to it. */
export function chooseOption(form: HTMLFormElement, index: number): void {
	const radio = form.querySelector<HTMLInputElement>(`input[type="radio"][value="${index}"]`);
	if (!radio) return;
	radio.checked = true;
	radio.focus();
}
