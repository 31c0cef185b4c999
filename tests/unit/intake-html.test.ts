import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
	ExtractError,
	extractHtml,
	extractionsRunning,
	MAX_DEPTH
} from '../../src/lib/server/intake/extract';
import { nestingDepth, plainText, readHtml } from '../../src/lib/server/intake/html.js';
import { HARBOUR, nestedHtml, slowHtml } from '../fixtures/intake';

describe('the nesting scan (issue 12, F1)', () => {
	it.each([
		['<p>one</p><p>two</p>', 1],
		['<div><section><p>deep</p></section></div>', 3],
		// Void elements hold nothing; paragraphs and list items close the one before.
		['<div><br><img src=x><hr><input></div>', 2],
		['<p>one<p>two<p>three', 1],
		['<ul><li>a<li>b<li>c</ul>', 2],
		// Self-closing counts inside SVG only, as the parser reads it.
		['<svg><path/><path/><path/></svg>', 2],
		['<div/><div/><div/>', 3],
		// A stray close tag closes nothing; a close tag closes what it names and everything inside.
		['<div></span></span><p>x</p></div>', 2],
		['<div><div><div><b>x</div></div></div>', 4],
		// Markup inside a comment or a script is not markup.
		['<!-- <div><div><div> --><p>x</p>', 1],
		['<script>"<div><div><div>"</script>', 1]
	])('%s nests %i deep', (html, depth) => {
		expect(nestingDepth(html)).toBe(depth);
		expect(parsedDepth(html)).toBe(depth);
	});

	it('stops at the first level past the limit', () => {
		expect(nestingDepth('<div>'.repeat(1_000_000), 256)).toBe(257);
	});

	it('lets a real article through and refuses 10,000 nested divs before parsing them', () => {
		expect(readHtml(nestedHtml(MAX_DEPTH - 3), undefined, MAX_DEPTH)).toMatchObject({ ok: true });
		expect(readHtml(nestedHtml(MAX_DEPTH), undefined, MAX_DEPTH)).toEqual({
			ok: false,
			problem: 'too-deep'
		});
		expect(readHtml(nestedHtml(10_000), undefined, MAX_DEPTH)).toEqual({
			ok: false,
			problem: 'too-deep'
		});
	});
});

/** The depth of the tree linkedom builds from `html`: what the scan must agree with. */
function parsedDepth(html: string): number {
	const { document } = parseHTML(`<html><body>${html}</body></html>`);
	let deepest = 0;
	const walk = (node: Element, depth: number) => {
		deepest = Math.max(deepest, depth);
		for (const child of Array.from(node.children)) walk(child, depth + 1);
	};
	for (const child of Array.from(document.body.children)) walk(child, 1);
	return deepest;
}

describe('the text walk', () => {
	it('flattens 200,000 nested elements without running out of stack', () => {
		type Node = Parameters<typeof plainText>[0];
		const leaf: Node = {
			nodeType: 3,
			nodeName: '#text',
			textContent: 'the bottom',
			childNodes: []
		};
		let node: Node = leaf;
		for (let i = 0; i < 200_000; i++)
			node = {
				nodeType: 1,
				nodeName: i % 2 ? 'DIV' : 'SPAN',
				textContent: null,
				childNodes: [node]
			};
		expect(plainText(node)).toBe('the bottom');
	});

	it('keeps paragraphs and line breaks, and drops scripts', () => {
		const { document } = parseHTML(
			'<html><body><h1>Title</h1><p>One <b>two</b><br>three</p><script>x()</script><ul><li>a</li><li>b</li></ul></body></html>'
		);
		expect(plainText(document.body as never)).toBe('Title\n\nOne two\nthree\n\na\n\nb');
	});
});

describe('reading HTML in a worker, with a time budget', () => {
	it('reads the article out of a page', async () => {
		const page = `<html><head><title>News</title></head><body><nav>Home</nav><article><h1>The harbour library</h1><p>${HARBOUR}</p></article></body></html>`;
		const article = await extractHtml(page);
		expect(article.title).toBe('News');
		expect(article.text).toContain('Vasquez');
		expect(article.text).not.toContain('Home');
	});

	it('refuses HTML nested past the limit, saying the limit', async () => {
		await expect(extractHtml(nestedHtml(150_000))).rejects.toThrow(
			new ExtractError(
				'The HTML nests elements more than 256 levels deep, which no article needs, so it was not read. Paste the article’s text instead.'
			)
		);
	});

	it('stops a page that takes longer than its budget, and the worker with it', async () => {
		const reading = extractHtml(slowHtml(20), { timeoutMs: 300 });
		await expect(reading).rejects.toThrow(ExtractError);
		await expect(reading).rejects.toThrow(/took longer than 0\.3 seconds, so it was stopped/);
		expect(extractionsRunning()).toBe(0);
	});

	it('keeps the event loop free while a slow page is read', async () => {
		let done = false;
		const reading = extractHtml(slowHtml(20), { timeoutMs: 1_000 }).finally(() => (done = true));
		// Timers keep firing while the worker reads: each turn of the loop is answered at once.
		let turns = 0;
		while (!done && turns < 20) {
			await new Promise((resolve) => setTimeout(resolve, 10));
			if (!done) turns++;
		}
		expect(turns).toBe(20);
		expect(extractionsRunning()).toBe(1);
		await expect(reading).rejects.toThrow(/took longer than 1 second/);
	});
});
