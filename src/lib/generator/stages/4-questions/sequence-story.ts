// "In the story, which of these happened first?" (or last) of a story told in order: four acts of
// its named characters, each the opening clause of a sentence of narration ("Marguerite stepped
// ashore"), ordered as the story tells them. Only a story that dates nothing (a news report tells
// its events out of order) and only paragraphs that do not step back in time. Part of the opt-in
// kind `sequence`.
import type { Candidate, Sentence, Token } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { wholeSentenceFact } from '../3-facts/sentences';
import { MONTHS, WEEKDAYS } from '../../lexicons';
import { wordsOf } from '../../well-formed';

/** One act of the story: its option, its sentence, and where the story tells it. */
export interface StoryAct {
	option: string;
	sentence: Sentence;
	/** The act's place in the telling: its sentence's index. */
	told: number;
}

export const STORY_STEMS = {
	first: 'In the story, which of these happened first?',
	last: 'In the story, which of these happened last?'
} as const;

/** The fewest paragraphs of dialogue that make a text a story. */
const MIN_DIALOGUE = 3;
/** The shortest and longest act, in words. */
const ACT_WORDS = { min: 3, max: 10 };
/** How many paragraphs apart two acts of one item are at least: far enough to be told apart. */
const PARAGRAPHS_APART = 2;
/** How much longer than every wrong option a key may be. */
const LONGEST_KEY = 1.2;

/** A date: a year, a month, a weekday. A text that dates its events is a report, not a story. */
const DATED = new RegExp(
	`\\b(1[5-9]\\d\\d|20\\d\\d)\\b|\\b(${[...MONTHS.filter((m) => m !== 'May'), ...WEEKDAYS].join('|')})\\b`
);
/**
 * Words of a paragraph that step back or aside in time ("had worked", "years ago", "remembered",
 * "every morning"): its acts may not be in the order told.
 */
const OUT_OF_ORDER =
	/\b(had|'d|ago|earlier|before|remembered|recalled|remember|used to|once|years|as a (child|boy|girl)|would|every|always|often|never|since|meanwhile|while|when)\b/i;
/** Words of an option that point outside it, or that say no act. */
const NOT_AN_ACT =
	/\b(he|she|it|they|him|her|them|his|its|their|this|that|these|those|we|us|you|i|me|my|our|your|then|again|first|last|finally|not|no|never)\b|n't\b/i;
/** Verbs that tell a state or a saying, not an act the plot moves by. */
const NO_ACT_VERB =
	/^(was|were|had|did|could|would|said|says|asked|replied|thought|knew|felt|seemed|looked|wanted|liked|loved|hoped|wondered|answered|told|called|added|heard|saw)$/i;

/** Whether the article is a story: dialogue in several paragraphs, and no date anywhere. */
export function isStory(norm: NormalizedText): boolean {
	if (DATED.test(norm.text) || /^how to\b/i.test(norm.title ?? '')) return false;
	const dialogue = norm.paragraphs.filter((p) =>
		/"[^"]{3,}"/.test(norm.text.slice(p.start, p.end))
	);
	return dialogue.length >= MIN_DIALOGUE;
}

/**
 * The act a sentence of narration opens with, as an option: a character's name (one or two
 * capitalised words, named again elsewhere) and a verb in the past, up to the first comma or
 * joint. None for a sentence with a quote, a state or a saying, or a pronoun.
 */
export function storyAct(
	s: Sentence,
	text: string,
	names: ReadonlySet<string>
): string | undefined {
	const toks = s.tokens;
	const sentence = text.slice(s.start, s.end);
	if (/["]/.test(sentence)) return undefined;
	const nameEnd = toks[1] && /^\p{Lu}/u.test(toks[1].text) ? 2 : 1;
	const name = toks
		.slice(0, nameEnd)
		.map((t) => t.text)
		.join(' ');
	const verb = toks[nameEnd];
	if (!names.has(name) || !verb || !verb.tags.has('PastTense') || NO_ACT_VERB.test(verb.text))
		return undefined;
	// The first clause: to a comma, a semicolon or a joint ("and", "but", "as", "until").
	let end = nameEnd + 1;
	while (end < toks.length) {
		const t = toks[end] as Token;
		if (/^(and|but|as|until|while|when|because|so|or|before|after|then)$/i.test(t.normal)) break;
		end++;
		if (/[,;:]/.test(t.post)) break;
	}
	const last = toks[end - 1] as Token;
	const option = text.slice((toks[0] as Token).start, last.end).replace(/[.,;:!?]+$/, '');
	const n = wordsOf(option).length;
	if (n < ACT_WORDS.min || n > ACT_WORDS.max || NOT_AN_ACT.test(option)) return undefined;
	if (/\b(in|on|at|of|to|for|with|the|a|an|by|from|into)$/i.test(option)) return undefined;
	return option;
}

/** The characters: capitalised names that open at least two sentences of narration. */
function characters(sentences: readonly Sentence[]): Set<string> {
	const counts = new Map<string, number>();
	for (const s of sentences) {
		const [a, b] = s.tokens;
		if (!a || !/^\p{Lu}\p{Ll}+$/u.test(a.text) || a.tags.has('Determiner') || a.tags.has('Pronoun'))
			continue;
		const name = b && /^\p{Lu}\p{Ll}+$/u.test(b.text) ? `${a.text} ${b.text}` : a.text;
		if (!a.tags.has('ProperNoun') && !a.tags.has('Person')) continue;
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	return new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** The story's acts in the order told, from paragraphs that keep to that order. */
export function storyActs(norm: NormalizedText, sentences: readonly Sentence[]): StoryAct[] {
	if (!isStory(norm)) return [];
	const names = characters(sentences);
	const steppedBack = new Set(
		norm.paragraphs
			.map((p, i) => (OUT_OF_ORDER.test(norm.text.slice(p.start, p.end)) ? i : -1))
			.filter((i) => i >= 0)
	);
	const acts: StoryAct[] = [];
	for (const s of sentences) {
		if (steppedBack.has(s.paragraph)) continue;
		const option = storyAct(s, norm.text, names);
		if (option && !acts.some((a) => a.option === option))
			acts.push({ option, sentence: s, told: s.index });
	}
	return acts;
}

/**
 * One item of the story: four acts at least PARAGRAPHS_APART paragraphs from each other, the key
 * the first told ("first") or the last, not much the longest. Fewer such acts give none.
 */
export function storyItems(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	rand: () => number
): Candidate[] {
	const acts = spaced(storyActs(norm, sentences));
	if (acts.length < 4) return [];
	const drawn = rand() < 0.5 ? 'first' : 'last';
	for (const ask of [drawn, drawn === 'first' ? 'last' : 'first'] as const) {
		const ordered = ask === 'first' ? acts : [...acts].reverse();
		const [key, ...rest] = ordered as [StoryAct, ...StoryAct[]];
		// The act told next is the hardest wrong option; the others spread over the story.
		const three = [
			...new Set([rest[0], rest[Math.floor(rest.length / 2)], rest[rest.length - 1], ...rest])
		]
			.filter((a): a is StoryAct => !!a)
			.slice(0, 3);
		const lengths = [key, ...three].map((a) => a.option.length);
		if (three.length === 3 && (lengths[0] ?? 0) <= LONGEST_KEY * Math.max(...lengths.slice(1)))
			return [storyCandidate([key, ...three], ask, norm.text)];
	}
	return [];
}

/** The acts, each PARAGRAPHS_APART paragraphs or more after the one before it. */
function spaced(acts: readonly StoryAct[]): StoryAct[] {
	const out: StoryAct[] = [];
	for (const act of acts) {
		const before = out[out.length - 1];
		if (!before || act.sentence.paragraph - before.sentence.paragraph >= PARAGRAPHS_APART)
			out.push(act);
	}
	return out;
}

/** The item: the key's sentence its source, the others its evidence. */
function storyCandidate(acts: StoryAct[], ask: 'first' | 'last', text: string): Candidate {
	const [key, ...others] = acts as [StoryAct, ...StoryAct[]];
	const s = key.sentence;
	const sentenceText = (x: Sentence) => text.slice(x.start, x.end);
	const fact = wholeSentenceFact(s, {
		id: `story-${s.index}`,
		kind: 'event',
		value: { text: key.option, start: s.start, end: s.end, type: 'thing' },
		statement: sentenceText(s),
		salience: 1
	});
	const order = [...acts]
		.sort((a, b) => a.told - b.told)
		.map((a) => `"${a.option}"`)
		.join(', then ');
	return {
		id: `${fact.id}-sequence`,
		kind: 'sequence',
		stem: STORY_STEMS[ask],
		answer: key.option,
		distractors: others.map((a) => a.option),
		fact,
		source: { sentence: sentenceText(s), start: s.start, end: s.end },
		evidence: others
			.map((a) => ({
				sentence: sentenceText(a.sentence),
				start: a.sentence.start,
				end: a.sentence.end
			}))
			.sort((a, b) => a.start - b.start),
		explanation: `The story tells them in this order: ${order}. So "${key.option}" happened ${ask}.`,
		acts: acts.map((a) => ({ option: a.option, told: a.told }))
	};
}

/** Why a story item's key is not the act told first (last) of its four, or undefined. */
export function storyOrderProblem(c: Candidate): string | undefined {
	const acts = c.acts ?? [];
	const ask = c.stem === STORY_STEMS.first ? 'first' : c.stem === STORY_STEMS.last ? 'last' : '';
	const [key, ...others] = acts;
	if (!ask || !key || others.length !== 3) return 'not four acts with an order to ask';
	const told = acts.map((a) => a.told);
	if (new Set(told).size !== 4) return 'two acts share a sentence';
	if (key.told !== (ask === 'first' ? Math.min(...told) : Math.max(...told)))
		return `the key is not the act told ${ask}`;
	return c.answer === key.option && others.every((a, i) => c.distractors[i] === a.option)
		? undefined
		: 'the options are not the acts';
}

/** Why a story item's option is no act of a named character said whole, or undefined. */
export function storyActProblem(c: Candidate): string | undefined {
	for (const a of c.acts ?? []) {
		const n = wordsOf(a.option).length;
		if (n < ACT_WORDS.min || n > ACT_WORDS.max) return `"${a.option}": ${n} words`;
		if (NOT_AN_ACT.test(a.option)) return `"${a.option}": a pronoun or a word that says no act`;
	}
	return undefined;
}
