// Reading an article out of HTML. Plain JavaScript (typed with JSDoc) because it runs in a worker
// thread (extract-worker.js), which Node loads as it is: from `src/` in dev and tests, from the build
// in production. Nothing here touches the main thread; extract.ts is the main thread's side.
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';

/**
 * How deep elements may nest in HTML that is read. Articles nest a few dozen levels (Lighthouse
 * already warns at 32); Chrome itself flattens anything below 512. Deeper input is only an attack:
 * parsing and Readability slow down with depth and overflow the stack past a few thousand.
 */
export const MAX_DEPTH = 256;

// The options linkedom's parser uses (linkedom/esm/shared/parse-from-string.js), so a scan sees the
// same tree it would build.
const PARSER_OPTIONS = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false };
const DEEPER = new Error('deeper than the limit');

/**
 * How deep the elements of `html` nest, as linkedom would build them (htmlparser2's own open and
 * close events, implied ones included), without building anything. Stops as soon as the depth
 * passes `limit`, so a hostile page costs at most one pass over its first `limit` levels.
 * @param {string} html
 * @param {number} [limit]
 * @returns {number}
 */
export function nestingDepth(html, limit = Infinity) {
	let depth = 0;
	let deepest = 0;
	const parser = new Parser(
		{
			onopentagname() {
				depth++;
				if (depth > deepest) deepest = depth;
				if (deepest > limit) throw DEEPER;
			},
			onclosetag() {
				depth--;
			}
		},
		PARSER_OPTIONS
	);
	try {
		parser.end(html);
	} catch (error) {
		if (error !== DEEPER) throw error;
	}
	return deepest;
}

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
	'caption',
	'td',
	'th'
]);

/**
 * @typedef {object} TextNodeLike
 * @property {number} nodeType
 * @property {string} nodeName
 * @property {string | null} textContent
 * @property {ArrayLike<TextNodeLike>} childNodes
 */

/** Marks where a block element's children end, on the walk's stack. */
const END_OF_BLOCK = Symbol('end of block');

/**
 * The text of an element with paragraphs kept as blank lines: markup dropped, never rendered.
 * A loop over an explicit stack, not recursion, so no depth of nesting can overflow the call stack.
 * @param {TextNodeLike} root
 * @returns {string}
 */
export function plainText(root) {
	/** @type {string[]} */
	const parts = [];
	/** @type {(TextNodeLike | typeof END_OF_BLOCK)[]} */
	const stack = [root];
	while (stack.length > 0) {
		const node = /** @type {TextNodeLike | typeof END_OF_BLOCK} */ (stack.pop());
		if (node === END_OF_BLOCK) {
			parts.push('\n\n');
			continue;
		}
		if (node.nodeType === 3) {
			parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
			continue;
		}
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
		const name = node.nodeName.toLowerCase();
		if (SKIP.has(name)) continue;
		if (name === 'br') {
			parts.push('\n');
			continue;
		}
		if (BLOCK.has(name)) {
			parts.push('\n\n');
			stack.push(END_OF_BLOCK);
		}
		// Children go on in reverse, so the first child is taken next.
		for (let index = node.childNodes.length - 1; index >= 0; index--) {
			stack.push(/** @type {TextNodeLike} */ (node.childNodes[index]));
		}
	}
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
 * @param {string} html
 * @param {string} [url]
 * @returns {{ title: string; text: string }}
 */
export function extractArticle(html, url) {
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
	} catch (error) {
		// A stack overflow is the page's fault, not Readability's: it goes up as such.
		if (error instanceof RangeError) throw error;
		// Readability gives up on some pages: the body's text below is the fallback.
	}
	if (!text) {
		const { document: again } = parseHTML(html);
		const body = /** @type {TextNodeLike | null} */ (/** @type {unknown} */ (again.body));
		text = body ? plainText(body) : '';
	}
	return { title: title || heading || pageTitle, text };
}

/**
 * @typedef {{ ok: true; title: string; text: string }
 *   | { ok: false; problem: 'too-deep' | 'too-complex' }} ReadHtml
 */

/**
 * What the worker does with one page: refuses nesting deeper than `maxDepth` before parsing it,
 * then extracts the article; a stack overflow on the way (RangeError) is the page being too
 * complex, an answer rather than a crash.
 * @param {string} html
 * @param {string | undefined} url
 * @param {number} maxDepth
 * @returns {ReadHtml}
 */
export function readHtml(html, url, maxDepth) {
	try {
		if (nestingDepth(html, maxDepth) > maxDepth) return { ok: false, problem: 'too-deep' };
		return { ok: true, ...extractArticle(html, url) };
	} catch (error) {
		if (error instanceof RangeError) return { ok: false, problem: 'too-complex' };
		throw error;
	}
}
