// Stage 1: one canonical text that every later offset points into. Words are kept as written;
// only quotes, dashes, spaces and markup change, so source sentences still read as in the article.

export interface NormalizedText {
	text: string;
	title?: string;
	/** Paragraph spans in `text`; headings and list items are paragraphs of their own. */
	paragraphs: { start: number; end: number; heading: boolean; step?: number }[];
}

const SENTENCE_END = /[.!?]["')\]]?$/;
/**
 * "Arsenal F.C.", "Acme Holdings Inc.": a line of capitalised words whose full stop ends an
 * abbreviation is a name, not a sentence. (A sentence has lower-case words: "He moved to the U.S.")
 */
const NAME_WITH_ABBREVIATION =
	/^(\p{Lu}[\p{L}'’&.-]*|of|the|and|de|la|von|van)( (\p{Lu}[\p{L}'’&.-]*|of|the|and|de|la|von|van))*( ((\p{Lu}\.){2,}|Inc\.|Co\.|Corp\.|Ltd\.|Jr\.|Sr\.|St\.|Bros\.))$/u;

/** The common entities, each decoded once: "&amp;quot;" is the text "&quot;", not a quote. */
const ENTITIES: Record<string, string> = {
	'&nbsp;': ' ',
	'&amp;': '&',
	'&quot;': '"',
	'&#39;': "'",
	'&apos;': "'"
};

/** Tags out, block tags as paragraph breaks, the common entities decoded. */
function stripMarkup(text: string): string {
	return text
		.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<\/?(p|div|br|h[1-6]|li|tr|ul|ol|table|section|article)\b[^>]*>/gi, '\n\n')
		.replace(/<[^>\n]{1,200}>/g, ' ')
		.replace(/&(nbsp|amp|quot|#39|apos);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Normalizes Unicode, quotes, dashes, whitespace and markup, splits paragraphs and finds a title. */
export function normalizeText(
	raw: string,
	options: { markup?: 'strip' | 'keep' } = {}
): NormalizedText {
	// Plain text that merely mentions "<script>" keeps it as words; markup is stripped by default.
	const unmarked =
		options.markup === 'keep'
			? raw.normalize('NFC').replace(/\r\n?/g, '\n')
			: stripMarkup(raw.normalize('NFC').replace(/\r\n?/g, '\n'));
	const cleaned = unmarked
		.replace(/[\u2018\u2019\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
		.replace(/[\u200B-\u200D\uFEFF]/g, '')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');

	const paragraphs: string[] = [];
	const headingFlags: boolean[] = [];
	// The number a list item was written with ("3. Loosen the roots"): the order of a how-to's steps.
	const stepNumbers = new Map<number, number>();
	for (const block of cleaned.split(/\n\s*\n/)) {
		let buffer: string[] = [];
		const flush = () => {
			if (buffer.length) {
				paragraphs.push(buffer.join(' '));
				headingFlags.push(false);
			}
			buffer = [];
		};
		const lines = block.split('\n').filter((l) => l.trim());
		const words = lines.reduce((n, l) => n + l.trim().split(/\s+/).length, 0);
		// Short lines read as a list or table; long ones as hard-wrapped prose to be joined.
		const listLike = lines.length === 1 || words / Math.max(1, lines.length) <= 8;
		for (const rawLine of lines) {
			const marked = /^\s*(#{1,6}\s+|[-*+\u2022]\s+|\d{1,3}[.)]\s+)/.test(rawLine);
			const line = rawLine
				.replace(/^\s*(#{1,6}\s+|[-*+\u2022]\s+|\d{1,3}[.)]\s+|>\s*)/, '')
				.replace(/\*\*|__/g, '')
				.replace(/ {2,}/g, ' ')
				.trim();
			if (!line) continue;
			if (marked || listLike) {
				flush();
				const numbered = /^\s*(\d{1,3})[.)]\s+/.exec(rawLine)?.[1];
				if (numbered) stepNumbers.set(paragraphs.length, Number(numbered));
				paragraphs.push(line);
				// A short line without end punctuation is a heading or a list item, not prose.
				headingFlags.push(
					(!SENTENCE_END.test(line) || NAME_WITH_ABBREVIATION.test(line)) &&
						line.split(' ').length < 15
				);
			} else buffer.push(line);
		}
		flush();
	}

	let text = '';
	const spans: NormalizedText['paragraphs'] = [];
	paragraphs.forEach((p, i) => {
		if (i > 0) text += '\n\n';
		spans.push({
			start: text.length,
			end: text.length + p.length,
			heading: headingFlags[i] ?? false,
			...(stepNumbers.has(i) ? { step: stepNumbers.get(i) } : {})
		});
		text += p;
	});
	const first = paragraphs[0];
	const title =
		first !== undefined && headingFlags[0] && first.split(' ').length <= 20 ? first : undefined;
	return { text, title, paragraphs: spans };
}
