import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance`: after the submit has updated the page, focus moves to the element with this
 * id (the feedback after "Check", the question after "Next"), so keyboard and screen-reader users
 * land on what changed.
 */
export function focusAfter(id: string): SubmitFunction {
	return () =>
		async ({ update }) => {
			await update();
			await tick();
			document.getElementById(id)?.focus();
		};
}
