import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance`: after the submit has updated the page, focus moves to the element with this
 * id (the feedback after "Check", the question after "Next"), so keyboard and screen-reader users
 * land on what changed. `byAction` names another id for a button's own action ("Show a hint" goes
 * back to the field).
 */
export function focusAfter(id: string, byAction: Record<string, string> = {}): SubmitFunction {
	return ({ action }) =>
		async ({ update }) => {
			await update();
			await tick();
			const name = /[?&]\/([\w-]+)/.exec(action.search)?.[1] ?? '';
			document.getElementById(byAction[name] ?? id)?.focus();
		};
}
