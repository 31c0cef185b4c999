// Stage 2: sentences, tokens with parts of speech, and named-entity mentions, all with offsets
// into the normalized text. compromise does the tagging; we read its term list directly because
// its .json() output costs as much again as the parse itself. Its "two" build is the tagger alone:
// the full build also chunks every sentence on every parse, for an API we do not call (the same
// tags, about 7% slower over the development corpus).
import nlp from 'compromise/two';
import type { EntityType, Mention, Sentence, Token } from '../types';
import type { NormalizedText } from './1-normalize';
import { TITLE_WORDS } from '../lexicons';

interface CompromiseTerm {
	text: string;
	normal?: string;
	pre: string;
	post: string;
	tags: Set<string>;
	offset?: { start: number; length: number };
}
interface CompromiseDoc {
	document: CompromiseTerm[][];
	compute(method: string): unknown;
}

/** Longest paragraph handed to the parser in one piece; bounds the cost of pathological input. */
const MAX_PARAGRAPH = 5_000;

export interface ParsedText {
	sentences: Sentence[];
	/** Raw entity mentions (not yet merged into entities; `entity` is empty). */
	mentions: Mention[];
}

/** Splits long paragraphs near sentence ends so no single parser call grows without bound. */
function chunks(text: string, start: number, end: number): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	let s = start;
	while (end - s > MAX_PARAGRAPH) {
		const window = text.slice(s, s + MAX_PARAGRAPH);
		const cut = Math.max(
			window.lastIndexOf('. '),
			window.lastIndexOf('\n'),
			window.lastIndexOf(' ')
		);
		const e = cut > MAX_PARAGRAPH / 2 ? s + cut + 1 : s + MAX_PARAGRAPH;
		out.push({ start: s, end: e });
		s = e;
	}
	out.push({ start: s, end });
	return out;
}

/**
 * Runs of prose paragraphs parsed in one call (each call costs a fixed overhead: about a seventh of
 * the parse of a typical article paragraph by paragraph), never across a heading, and no longer
 * than MAX_PARAGRAPH unless one paragraph is.
 */
function batches(paragraphs: NormalizedText['paragraphs']): number[][] {
	const out: number[][] = [];
	let run: number[] = [];
	let length = 0;
	paragraphs.forEach((para, i) => {
		const size = para.end - para.start;
		if (para.heading || (run.length > 0 && length + size > MAX_PARAGRAPH)) {
			if (run.length) out.push(run);
			run = [];
			length = 0;
		}
		if (para.heading) return;
		run.push(i);
		length += size;
	});
	if (run.length) out.push(run);
	return out;
}

/** Parses the normalized text into sentences, tokens and entity mentions. */
export function parseText(input: NormalizedText): ParsedText {
	const sentences: Sentence[] = [];
	const paras = input.paragraphs;
	for (const batch of batches(paras)) {
		const from = paras[batch[0]!]!.start;
		const to = paras[batch[batch.length - 1]!]!.end;
		for (const part of chunks(input.text, from, to)) {
			const slice = input.text.slice(part.start, part.end);
			const doc = nlp(slice) as unknown as CompromiseDoc;
			doc.compute('offset');
			doc.compute('root');
			for (const terms of doc.document) {
				// A sentence the tagger ran across a paragraph break is one sentence per paragraph.
				let tokens: Token[] = [];
				let paragraph = -1;
				for (const t of terms) {
					if (!t.offset || !t.text) continue;
					const start = part.start + t.offset.start;
					const root = (t as { root?: string }).root;
					const at = paragraphAt(paras, batch, start);
					if (at !== paragraph && tokens.length) {
						pushSentence(sentences, input.text, tokens, paragraph);
						tokens = [];
					}
					paragraph = at;
					tokens.push({
						text: t.text,
						normal: t.normal ?? t.text.toLowerCase(),
						start,
						end: start + t.text.length,
						pre: t.pre,
						post: t.post,
						tags: t.tags,
						...(root ? { root } : {})
					});
				}
				if (tokens.length) pushSentence(sentences, input.text, tokens, paragraph);
			}
		}
	}
	return { sentences, mentions: sentences.flatMap(findMentions) };
}

/** The paragraph of `batch` that holds the offset (the last one that starts at or before it). */
function paragraphAt(paras: NormalizedText['paragraphs'], batch: number[], offset: number): number {
	for (let k = batch.length - 1; k > 0; k--)
		if (paras[batch[k]!]!.start <= offset) return batch[k]!;
	return batch[0]!;
}

function pushSentence(sentences: Sentence[], text: string, tokens: Token[], paragraph: number) {
	const first = tokens[0]!;
	const last = tokens[tokens.length - 1]!;
	// A sentence's own spaces, never the break before the next paragraph.
	const start = first.start - first.pre.trimStart().length;
	const end = last.end + (last.post.split('\n')[0] ?? '').trimEnd().length;
	sentences.push({
		index: sentences.length,
		paragraph,
		start,
		end,
		text: text.slice(start, end),
		tokens
	});
}

const TYPE_TAGS: [EntityType, string][] = [
	['person', 'Person'],
	['organisation', 'Organization'],
	['place', 'Place']
];

function typeOf(t: Token): EntityType | undefined {
	if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Honorific') || t.tags.has('Pronoun'))
		return undefined;
	for (const [type, tag] of TYPE_TAGS) if (t.tags.has(tag)) return type;
	return undefined;
}

/** Entity mentions are runs of capitalised tokens sharing an entity tag, cut at punctuation. */
function findMentions(sentence: Sentence): Mention[] {
	const out: Mention[] = [];
	const toks = sentence.tokens;
	let i = 0;
	while (i < toks.length) {
		const type = typeOf(toks[i] as Token);
		if (!type) {
			i++;
			continue;
		}
		let j = i + 1;
		// Hyphens join name parts the tagger split ("El-Hassan"); other punctuation ends a name.
		// "Evergreen Aviation & Space Museum": an ampersand joins two parts of one name.
		while (j < toks.length && /^(\s*|-|\s&\s)$/.test((toks[j - 1] as Token).post)) {
			const next = toks[j] as Token;
			const nt = typeOf(next);
			// "University of Texas": a lower-case "of" may join two capitalised parts of one name.
			const joiner =
				next.normal === 'of' && type === 'organisation' && typeOf(toks[j + 1] ?? next) === type;
			// "Chi-wai", "Wai-keung": a hyphen always joins, whatever the tagger made of the second part.
			const hyphenated = (toks[j - 1] as Token).post === '-';
			// "Evergreen Aviation & Space Museum": an ampersand and the capitalised words after it.
			const amp = next.text === '&' && /^\p{Lu}/u.test(toks[j + 1]?.text ?? '');
			const afterAmp =
				toks.slice(i, j).some((t) => t.text === '&') &&
				nt !== undefined &&
				/^\p{Lu}/u.test(next.text);
			if (nt !== type && !joiner && !hyphenated && !amp && !afterAmp) break;
			j++;
		}
		// "Party's Jeremy Tam": a possessive inside the run is an owner, not part of the name.
		for (let k = j - 2; k >= i; k--)
			if (/'s$/.test((toks[k] as Token).text)) {
				i = k + 1;
				break;
			}
		// "Secretary Pete Hegseth": a title the tagger folded into the name is not part of it.
		// "NASA Administrator Charles Bolden": an organisation's acronym before the title goes too.
		if (
			j - i > 3 &&
			/^[A-Z]{2,6}$/.test((toks[i] as Token).text) &&
			TITLE_WORDS.has((toks[i + 1] as Token).normal)
		)
			i++;
		while (j - i > 2 && TITLE_WORDS.has((toks[i] as Token).normal)) i++;
		// "Regina Ip In the …": a capitalised function word is a caption run into the text.
		while (j - i > 1 && /^(In|On|At|The|For|With|From|By|To|Of)$/.test((toks[j - 1] as Token).text))
			j--;
		const first = toks[i] as Token;
		const last = toks[j - 1] as Token;
		let text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
		text = text.replace(/['’]s$/, '').replace(/[.,;:]+$/, '');
		if (text.length > 1)
			out.push({
				type,
				text,
				start: first.start,
				end: first.start + text.length,
				sentence: sentence.index,
				tokenStart: i,
				tokenEnd: j,
				entity: ''
			});
		i = j;
	}
	return out;
}
