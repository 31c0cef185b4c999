import type { QuestionKind } from '$lib/generator/types';

// Dates are shown in UTC so the server's render and the browser's hydration always agree.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});

/** "26 Nov 2026". */
export function formatDate(date: Date): string {
	return dateFormat.format(date);
}

/** "1,234 words", "1 word". */
export function formatWordCount(words: number): string {
	return `${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'}`;
}

/** Minutes a typical adult needs to read this many words (about 230 a minute), at least one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 230));
}

/** Each kind's label: a new kind does not compile without one. */
const KIND_LABELS: Record<QuestionKind, string> = {
	who: 'Who',
	what: 'What or which',
	where: 'Where',
	when: 'When',
	'how-many': 'How many',
	role: 'Role or title',
	'who-said': 'Who said it',
	why: 'Why',
	gap: 'Fill in the blank',
	statement: 'Which statement',
	sequence: 'Which happened first or last',
	'main-idea': 'Main idea',
	'not-stated': 'Which is not stated',
	vocabulary: 'Word in context',
	'supporting-evidence': 'Text evidence',
	effect: 'What happened as a result'
};

/** A question kind as a learner reads it: "how-many" → "How many". */
export function formatKind(kind: string): string {
	return Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as QuestionKind] : kind;
}
