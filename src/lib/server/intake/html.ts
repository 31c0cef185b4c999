import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

// Elements whose text is never article text: code, styles and embedded things.
const SKIP = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'math',
	'iframe',
	'object',
	'head'
]);
// Elements that start a new paragraph when their text is flattened.
const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tr',
	'ul',
	'body',
	'caption'
]);

interface TextNodeLike {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<TextNodeLike>;
}

/** The text of an element with paragraphs kept as blank lines: markup dropped, never rendered. */
export function plainText(root: TextNodeLike): string {
	const parts: string[] = [];
	const walk = (node: TextNodeLike) => {
		if (node.nodeType === 3) {
			parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
			return;
		}
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
		const name = node.nodeName.toLowerCase();
		if (SKIP.has(name)) return;
		if (name === 'br') {
			parts.push('\n');
			return;
		}
		const block = BLOCK.has(name) || name === 'td' || name === 'th';
		if (block) parts.push('\n\n');
		for (const child of Array.from(node.childNodes)) walk(child);
		if (block) parts.push('\n\n');
	};
	walk(root);
	return parts
		.join('')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * The article in an HTML page, as a title and plain text: Readability finds the main content
 * (https://github.com/mozilla/readability), or the whole body when it finds none. Nothing is
 * executed: linkedom only parses, and only text leaves this function.
 */
export function extractArticle(html: string, url?: string): { title: string; text: string } {
	const { document } = parseHTML(html);
	const pageTitle = (document.querySelector('title')?.textContent ?? '')
		.replace(/\s+/g, ' ')
		.trim();
	const heading = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
	let text = '';
	let title = '';
	try {
		if (url) Object.defineProperty(document, 'baseURI', { value: url, configurable: true });
		const article = new Readability(document, {
			charThreshold: 200
		}).parse();
		if (article?.content) {
			const { document: content } = parseHTML(
				`<!doctype html><html><body>${article.content}</body></html>`
			);
			text = plainText(content.body);
			title = (article.title ?? '').replace(/\s+/g, ' ').trim();
		}
	} catch {
		// Readability gives up on some pages: the body's text below is the fallback.
	}
	if (!text) {
		const { document: again } = parseHTML(html);
		const body = again.body as unknown as TextNodeLike | null;
		text = body ? plainText(body) : '';
	}
	return { title: title || heading || pageTitle, text };
}
