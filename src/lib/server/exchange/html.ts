// Plain text to HTML and back, for the formats whose fields hold HTML (Moodle XML, QTI, Anki).
import { Parser } from 'htmlparser2';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Control characters but tab and line breaks, which XML 1.0 cannot hold even escaped
 * (https://www.w3.org/TR/xml/#charsets), or should not (U+007F–U+009F); U+FFFE, U+FFFF; and a lone
 * surrogate (with the u flag a pair is one character, so the class only meets lone ones).
 */
const NOT_XML = /(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Text without the characters XML cannot hold (stored text has none; this is a last guard). */
export function xmlSafe(text: string): string {
	return text.replace(NOT_XML, '');
}

/** Text as HTML content shows it: `&`, `<` and `>` escaped, line breaks as `<br>` (not for attributes). */
export function escapeHtml(text: string): string {
	return xmlSafe(text)
		.replace(/[&<>]/g, (c) => ESCAPES[c]!)
		.replace(/\r\n?|\n/g, '<br>');
}

// Elements after which a browser starts a new line.
const BLOCKS = new Set(
	'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table td th tr ul'.split(
		' '
	)
);

/**
 * The text of an HTML fragment as a reader sees it: tags dropped, entities decoded, `<br>` and the
 * ends of blocks as line breaks, other runs of white space as one space; scripts and styles left
 * out. A streaming parse, so no tree is built however deep the fragment nests.
 */
export function htmlToText(html: string): string {
	let text = '';
	let hidden = 0;
	const parser = new Parser(
		{
			onopentag(name) {
				if (name === 'script' || name === 'style') hidden++;
				else if (name === 'br' || BLOCKS.has(name)) text += '\n';
			},
			ontext(data) {
				if (!hidden) text += data.replace(/[ \t\r\n\f]+/g, ' ');
			},
			onclosetag(name) {
				if (name === 'script' || name === 'style') hidden = Math.max(0, hidden - 1);
				else if (BLOCKS.has(name)) text += '\n';
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.join('\n');
}
