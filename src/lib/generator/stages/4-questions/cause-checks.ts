// What a cause-and-effect item's wrong options must be: reasons (or results) a reader could believe
// for THIS event. Blind review k3 rejected every "because _____" blank and every "why" item whose
// wrong reasons were lines lifted from elsewhere in the article ("Make sure the lid closes firmly,
// because the sides are easily confused"): only the key fit the stem, so no reading was needed.
import type { Candidate } from '../../types';
import { reasonBody } from '../3-facts/causes';
import { wordsOf } from '../../well-formed';
import { phraseHead, shapeOf } from './effect-options';
import { onWhyTopic, topicOf } from './topics';
import { tellsOfHappening } from '../3-facts/links';

/** Words inside an option that send the reader to another sentence: "that modest aim", "them". */
const POINTS_AWAY =
	/\s(this|that|these|those|such)\s+(?!is\b|was\b|are\b|were\b|has\b|had\b|can\b|could\b|will\b|would\b)[\p{L}-]+|\s(them|him|there|then)\b/iu;

/** The event a cause-and-effect item asks about: the stem without its question or blank words. */
function eventOf(c: Candidate): string {
	if (c.kind === 'effect') return c.effectOf?.cause ?? c.stem;
	return c.stem
		.replace(/^Fill in the blank:\s*/, '')
		.replace(/_____.*$/, '')
		.replace(/^Why\s+\S+\s+/, '')
		.replace(/,?\s*according to the article\??$/i, '');
}

/** Whether the item asks for a reason or a result: a "why", an "effect" or a reason's blank. */
export const asksCause = (c: Candidate) =>
	c.kind === 'why' || c.kind === 'effect' || (c.kind === 'gap' && c.fact.kind === 'cause');

/**
 * cause-options-on-topic: every wrong reason (or result) shares a content word with the event the
 * stem names, so a reader must know the article to rule it out. A wrong option that names an
 * event in a few words ("A shortage of manpower") is one by its form, whatever its words.
 */
export function causeOptionsOffTopic(c: Candidate, title = '', text = ''): string | undefined {
	if (!asksCause(c)) return undefined;
	const event = topicOf(eventOf(c));
	for (const option of c.distractors) {
		const body = reasonBody(option);
		if (c.kind === 'effect' && (namesEventBriefly(body) || onTitleTopic(body, title))) continue;
		if (c.kind === 'why' && onWhyTopic(option, eventOf(c), c.answer, title)) continue;
		if (c.kind === 'why' && inParagraphOf(c, body, text)) continue;
		if (c.kind === 'why' && explainsAnotherStep(c, body, text)) continue;
		if (![...topicOf(body)].some((w) => event.has(w)))
			return `"${body}" has nothing to do with what the stem asks about`;
	}
	return undefined;
}

/**
 * Whether a wrong result shares a word with the article's title: about what the whole article is
 * about, a reader must know what it says to rule it out ("LZW is used in GIF images" in "Data
 * compression").
 */
function onTitleTopic(body: string, title: string): boolean {
	const topic = topicOf(title);
	return [...topicOf(body)].some((w) => topic.has(w));
}

/**
 * Whether a wrong reason is a statement of the key's own paragraph, which is about the same thing:
 * "Because the young take fourteen years to mature" beside "Because adults breed only rarely".
 */
function inParagraphOf(c: Candidate, body: string, text: string): boolean {
	if (!text || body.length < 12) return false;
	const from = text.lastIndexOf('\n\n', c.source.start);
	const to = text.indexOf('\n\n', c.source.end);
	const paragraph = text.slice(from < 0 ? 0 : from, to < 0 ? text.length : to).toLowerCase();
	return paragraph.includes(body.toLowerCase());
}

/**
 * Whether a wrong reason of an instruction's item ("Why should you …?") is one of the guide's own
 * statements, word for word: the guide's explanation of another step (`3-facts/guide-reasons.ts`),
 * a reason a reader of the guide weighs whatever its words.
 */
function explainsAnotherStep(c: Candidate, body: string, text: string): boolean {
	const instruction = c.fact.frame?.subject === 'you' && c.fact.frame.aux === 'should';
	return instruction && body.length >= 12 && text.toLowerCase().includes(body.toLowerCase());
}

/**
 * A result put as a noun phrase, no clause: a short one ("A shortage of manpower"), or one of up to
 * ten words whose head tells of something that happened ("A heated exchange between the two
 * leaders"): a reader rules it out by knowing what the article gives as its cause.
 */
const namesEventBriefly = (text: string) => {
	if (shapeOf(text).finite) return false;
	const size = wordsOf(text).length;
	return size <= 6 || (size <= 10 && tellsOfHappening(phraseHead(text)));
};

/** cause-options-whole: no wrong reason leans on words outside itself ("that modest aim", "them"). */
export function causeOptionsLean(c: Candidate): string | undefined {
	if (!asksCause(c)) return undefined;
	const leaning = c.distractors.map((o) => POINTS_AWAY.exec(` ${reasonBody(o)}`)).find(Boolean);
	return leaning ? `"${leaning[0].trim()}" points to another sentence` : undefined;
}

/**
 * cause-key-echoes-stem: an effect item's key is not the only option that shares a content word
 * with the cause the stem names. "What happened as a result of the deposits of marble?" keyed "Many
 * buildings were faced in marble" among options that name no marble is found by matching words,
 * not by reading (the cue reviewers name most: the key shares the most words with the stem). Of
 * "why" items too: "Why does the basket have to change? Because the way people live changes"
 * (review k12).
 */
export function causeKeyEchoesStem(c: Candidate): string | undefined {
	if (c.kind !== 'effect' && c.kind !== 'why') return undefined;
	const event = topicOf(eventOf(c));
	const shared = (text: string) => [...topicOf(reasonBody(text))].filter((w) => event.has(w));
	const echoed = shared(c.answer);
	// An instruction's item draws its wrong reasons from other steps, which seldom name this one's
	// things: each word of the stem the key repeats must be repeated by a wrong reason too ("Why
	// should you put your phone away? Because even a silent phone …" is matched, not read).
	const instruction = c.fact.frame?.subject === 'you' && c.fact.frame.aux === 'should';
	const alone = instruction
		? echoed.find((w) => !c.distractors.some((d) => shared(d).includes(w)))
		: c.distractors.some((d) => shared(d).length > 0)
			? undefined
			: echoed[0];
	return alone ? `only the key repeats "${alone}" of the stem` : undefined;
}
