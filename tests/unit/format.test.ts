import { describe, expect, it } from 'vitest';
import { formatDate, formatKind, formatWordCount, readingMinutes } from '../../src/lib/format';

describe('formatting for people', () => {
	it.each([
		['how-many', 'How many'],
		['statement', 'Which statement'],
		['who-said', 'Who said it'],
		['main-idea', 'Main idea'],
		['effect', 'What happened as a result'],
		['sequence', 'Which happened first or last'],
		['not-stated', 'Which is not stated'],
		['something-new', 'something-new'],
		['constructor', 'constructor']
	])('shows the kind %s as %s', (kind, label) => {
		expect(formatKind(kind)).toBe(label);
	});

	it('counts words and reading time as a reader would', () => {
		expect(formatWordCount(1)).toBe('1 word');
		expect(formatWordCount(1234)).toBe('1,234 words');
		expect(readingMinutes(20)).toBe(1);
		expect(readingMinutes(690)).toBe(3);
	});

	it('shows dates in UTC, so server and browser agree', () => {
		expect(formatDate(new Date(Date.UTC(2026, 10, 26, 23, 30)))).toBe('26 Nov 2026');
	});
});
