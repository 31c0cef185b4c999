import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standalonePage } from '../../src/lib/server/standalone-page';

// The pages the server writes itself (the 503 while the database is away, the cross-site refusal)
// must look like the app: their colours come from the same file as the app's, not from a copy.

const theme = readFileSync('src/lib/theme.css', 'utf8');
const app = readFileSync('src/app.css', 'utf8');

/** `--name: value` declarations of a stylesheet, in order. */
function tokens(css: string): string[] {
	return [...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(
		(m) => `${m[1]}: ${(m[2] ?? '').trim()}`
	);
}

describe('the server’s own pages share the app’s colours', () => {
	it('the app takes its tokens from theme.css and defines none of its own', () => {
		expect(app.trimStart().startsWith("@import './lib/theme.css';")).toBe(true);
		expect(tokens(app)).toEqual([]);
	});

	it('a standalone page carries every token of theme.css, light and dark', async () => {
		const html = await standalonePage('Down', '<p>Soon.</p>', { status: 503 }).text();
		const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
		expect(tokens(theme).length).toBeGreaterThan(20);
		expect(tokens(style).slice(0, tokens(theme).length)).toEqual(tokens(theme));
		expect(style).toContain('prefers-color-scheme: dark');
	});
});
