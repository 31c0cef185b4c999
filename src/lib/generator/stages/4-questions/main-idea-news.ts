// The main idea of a news report: its headline's point as a noun phrase ("The military's reported
// pause of cyber operations against Russia"), beside three things single later paragraphs tell,
// true but too narrow ("Senator Jones's criticism of the move", "A heated exchange between the two
// leaders"). Only a report whose lead restates its headline is asked: there the headline is the point.
import type { Candidate, Sentence, Token } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { articleTerms, lemma, type ArticleTerms } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';
import {
	contentWords,
	leadCandidate,
	MAIN_IDEA_STEM,
	overlapping,
	sentenceCase
} from './main-idea-form';
import { headlineClause, nominalize, verbBase, type ActClause } from './main-idea-headline';
import { lengthCue } from './main-idea-checks';
import { storyLike } from './main-idea-lead';

/** A fact id of a headline item starts so: the validator tells it from the article's own phrases. */
export const HEADLINE_ID = 'headline-';

/** Fewest prose paragraphs: a report told in fewer has no paragraph that is only a part. */
const MIN_PARAGRAPHS = 4;
/** Share of the headline's words the lead must restate. */
const LEAD_RESTATES = 0.6;
/** Options are 3 to 14 words, the longest at most twice the shortest. */
const MIN_WORDS = 3;
const MAX_WORDS = 14;
/** Most words of a clause's object a wrong option takes: more is a clause of its own. */
const MAX_OBJECT_WORDS = 8;

/** An option and the paragraph (1 = the lead) it tells of. */
interface NewsOption {
	text: string;
	paragraph: number;
}

/** A word as the article writes it mid-sentence: "Lands" → "lands", "Paris" stays. */
function asInText(word: string, text: string): string {
	if (!/^\p{Lu}\p{Ll}/u.test(word)) return word;
	const lower = word.toLowerCase();
	if (new RegExp(`(^|[^\\p{L}])${escape(lower)}(?![\\p{L}])`, 'u').test(text)) return lower;
	// A name is capitalised mid-sentence too; a common word the body lacks reads as one.
	return new RegExp(`[\\p{Ll},;] ${escape(word)}(?![\\p{L}])`, 'u').test(text) ? word : lower;
}

/** Words that determine a noun: with one, a headline's noun reads as prose. */
const DETERMINER =
	/^(the|a|an|its|their|his|her|our|this|that|these|those|some|all|every|each|no|\d[\d,.]*|\p{Lu}[\p{L}.-]*['’]s)$/u;

/**
 * Whether a headline's object drops its article ("begins process", "after decade-long
 * renovation"): a lowercase singular noun with no determiner, headline shorthand no key may copy.
 */
export function bareSingular(rest: string): boolean {
	const words = rest.split(/\s+/).filter(Boolean);
	let i = 0;
	if (PREPOSITION_WORD.test(words[0] ?? '')) i++;
	if (DETERMINER.test(words[i] ?? '') || !/^\p{Ll}/u.test(words[i] ?? '')) return false;
	let j = i;
	while (
		j + 1 < words.length &&
		/^\p{Ll}/u.test(words[j + 1] ?? '') &&
		!PREPOSITION_WORD.test(words[j + 1] ?? '')
	)
		j++;
	return !/[^su]s$/.test(words[j] ?? 's');
}
const PREPOSITION_WORD =
	/^(in|at|on|to|from|after|before|over|into|near|during|with|without|for|by|against|across|past|amid|between|through|around|under|of)$/;

/**
 * Whether the article writes "the" before a name ("the Suez Canal", "the U.S. military") more often
 * than not; "the New Zealand flag" is the flag's "the", not New Zealand's.
 */
function takesThe(subject: string, text: string): boolean {
	if (!/^\p{Lu}[\p{Ll}.]*$/u.test(subject.split(/\s+/).at(-1) ?? '')) return true;
	const uses = [
		...text.matchAll(new RegExp(`(\\bthe )?${escape(subject)}(?! \\p{Lu})(?![\\p{L}])`, 'giu'))
	];
	return uses.filter((m) => m[1]).length * 2 > uses.length;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A headline's words as the article writes them: a run of capitalised words the body writes so
 * mid-sentence stays a name ("Valley of the Kings"), others are written as the body does.
 */
function casedAsInText(words: string, text: string): string {
	const out = words.split(/\s+/);
	for (let i = 0; i < out.length; i++) {
		let j = i;
		// "Valley of the Kings": small words inside a name are part of it.
		const inName = (k: number) =>
			/^\p{Lu}/u.test(out[k] ?? '') ||
			(k > i && /^(of|the|de)$/.test(out[k] ?? '') && /^(\p{Lu}|the$)/u.test(out[k + 1] ?? ''));
		while (j < out.length && inName(j)) j++;
		while (j > i && !/^\p{Lu}/u.test(out[j - 1] ?? '')) j--;
		if (j === i) continue;
		const run = out.slice(i, j).join(' ');
		if (!new RegExp(`[\\p{Ll},;] ${escape(run)}(?![\\p{L}])`, 'u').test(text))
			for (let k = i; k < j; k++) out[k] = asInText(out[k] ?? '', text);
		i = j;
	}
	return out.join(' ');
}

/** The headline's clause with its words as the article writes them. */
function headlineInText(clause: ActClause, text: string): ActClause {
	const cased = (s: string) => casedAsInText(s, text);
	const rest = cased(clause.rest).split(' ');
	// "attack on Church of Scientology website": the article's "the" before a name the headline drops.
	const at = PREPOSITION_WORD.test(rest[0] ?? '') ? 1 : 0;
	const name = rest[at] ?? '';
	if (/^\p{Lu}\p{Ll}/u.test(name) && new RegExp(`\\bthe ${escape(name)}\\b`).test(text))
		rest.splice(at, 0, 'the');
	return { ...clause, subject: cased(clause.subject.replace(/^the /i, '')), rest: rest.join(' ') };
}

/** Whether the lead (the first paragraph) restates most of the headline's words. */
function leadRestates(title: string, sentences: readonly Sentence[], lead: number): boolean {
	const leadWords = new Set(
		sentences.filter((s) => s.paragraph === lead).flatMap((s) => contentWords(s.text))
	);
	const said = contentWords(title);
	return said.filter((w) => leadWords.has(w)).length >= LEAD_RESTATES * said.length;
}

const AUXILIARY = /^(has|have|had|will|would|could|should|may|might|did|does|do)$/;
const BE = /^(is|are|was|were|be|been|being)$/;
/** Words a clause's subject may not have: it would be a clause, a pronoun, a list. */
const NOT_SUBJECT = (t: Token) =>
	t.tags.has('Pronoun') ||
	(t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')) ||
	/[,;:()"“”]/.test(t.post) ||
	/^(or|but|while|as|when|after|if|that|which|who|in|of|at|on|for|with|from)$/.test(t.normal) ||
	// "Some residents' welcome of …": whose act is left vague.
	/^(some|many|several|most|few|others|all|both|each)$/.test(t.normal);

/**
 * Whether the parser's present verb after a noun is a plural noun ("United Nations votes related
 * to …"): a word in -s between a noun and a participle or a preposition.
 */
function pluralNoun(toks: Token[], i: number): boolean {
	const t = toks[i];
	const next = toks[i + 1];
	return (
		!!t &&
		t.tags.has('PresentTense') &&
		/[^s]s$/.test(t.normal) &&
		isNoun(toks[i - 1]) &&
		(!next || next.tags.has('Preposition') || (next.tags.has('PastTense') && !/[,;]/.test(t.post)))
	);
}

/** The object of a verb at `k`: its words to the clause's end, when that comes soon and plainly. */
function objectAfter(toks: Token[], k: number): string | undefined {
	const out: string[] = [];
	for (let i = k + 1; i < toks.length; i++) {
		const t = toks[i] as Token;
		const verb =
			t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun') && !pluralNoun(toks, i);
		// "votes related to the conflict": a participle after a noun adds to it; the object ends there.
		const afterNoun = isNoun(toks[i - 1]) || pluralNoun(toks, i - 1);
		if (verb && (t.tags.has('PastTense') || t.tags.has('Gerund')) && afterNoun && out.length)
			return out.join(' ');
		if (verb) return undefined;
		if (/^(that|which|who|whom|whose)$/.test(t.normal)) return undefined;
		out.push(t.text);
		if (out.length > MAX_OBJECT_WORDS) return undefined;
		if (/[,;:.!?]/.test(t.post) || i === toks.length - 1) return out.join(' ');
	}
	return undefined;
}

/** A sentence's act stated as a noun phrase, when it opens on who acts: "Schumer criticized the move". */
function clauseOption(s: Sentence, text: string): string | undefined {
	const toks = s.tokens;
	for (let k = 1; k < toks.length && k <= 8; k++) {
		const t = toks[k] as Token;
		if (!t.tags.has('Verb') || !verbBase(t.text) || BE.test(toks[k - 1]?.normal ?? '')) continue;
		let end = k;
		while (end > 0 && AUXILIARY.test(toks[end - 1]?.normal ?? '')) end--;
		// "Additionally, the U.S. has aligned …": a connective before the subject is not part of it.
		// "On Tuesday, the mayor …": a short fronted phrase before the subject is not part of it.
		const comma = toks.slice(0, Math.min(end, 5)).findIndex((w) => /,/.test(w.post));
		const opens = comma >= 0 && comma < end - 1 ? comma + 1 : 0;
		const subject = toks.slice(opens, end);
		if (!subject.length || subject.length > 6 || subject.some(NOT_SUBJECT)) return undefined;
		const rest = objectAfter(toks, k);
		if (rest === undefined) return undefined;
		const the = /^the$/i.test(subject[0]?.text ?? '');
		const named = subject.slice(the ? 1 : 0).map((w, i) => (i ? w.text : asInText(w.text, text)));
		if (!named.length) return undefined;
		return nominalize({ subject: named.join(' '), verb: t.text, rest }, the);
	}
	return undefined;
}

/** Wrong options of the key's shape: the acts single later paragraphs tell, one a paragraph. */
function clauseOptions(sentences: readonly Sentence[], text: string, terms: ArticleTerms) {
	const out: NewsOption[] = [];
	for (const s of sentences) {
		const paragraph = terms.paragraphs.indexOf(s.paragraph) + 1;
		if (paragraph <= 1) continue;
		const option = clauseOption(s, text);
		if (option) out.push({ text: option, paragraph });
	}
	return out;
}

/** Why options stand apart by their form, if they do: their length in words. */
export function newsFormProblem(options: readonly string[]): string | undefined {
	const lengths = options.map((o) => wordsOf(o).length);
	const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
	if (shortest < MIN_WORDS || longest > MAX_WORDS)
		return `options of ${shortest} to ${longest} words`;
	return longest > 2 * shortest
		? `an option of ${longest} words beside one of ${shortest}`
		: undefined;
}

/**
 * Whether a wrong option tells of the headline's act itself: it shares two of the key's words
 * ("The suspension of cyber operations" beside "The pause of cyber operations").
 */
function restatesKey(option: string, key: string): boolean {
	const own = new Set(contentWords(key));
	return new Set(contentWords(option).filter((w) => own.has(w))).size > 1;
}

/** Words a whole noun phrase never ends on: a key or option ending so was cut mid-phrase. */
const OPEN_END =
	/\b(of|the|a|an|and|or|to|in|on|at|for|with|from|by|as|its|their|his|her)$|['’]s?$/i;

type Check = (c: Candidate) => string | undefined;
const isHeadlineItem = (c: Candidate) =>
	c.kind === 'main-idea' && c.fact.id.startsWith(HEADLINE_ID);

/** Named checks of a news report's main-idea item (stages/5-validate.ts runs them). */
export const NEWS_CHECKS: Record<string, Check> = {
	// "The Senate's criticism of the pause of cyber operations" beside "The military's pause of
	// cyber operations": an option that tells the headline's act too is a second fair answer.
	'main-idea-news-narrow': (c) => {
		if (!isHeadlineItem(c)) return undefined;
		const rival = c.distractors.find((d) => restatesKey(d, c.answer));
		return rival ? `"${rival}" tells the headline's act too` : undefined;
	},
	// "A heated exchange between Trump", "The start of process to": cut mid-phrase, or headline shorthand.
	'main-idea-news-whole': (c) => {
		if (!isHeadlineItem(c)) return undefined;
		const cut = [c.answer, ...c.distractors].find((o) => OPEN_END.test(o.trim()));
		return cut ? `"${cut}" stops mid-phrase` : undefined;
	}
};

/** Three wrong options from three paragraphs, the key not the longest by far, or none. */
function pickNewsWrong(key: string, pool: readonly NewsOption[]): NewsOption[] | undefined {
	const taken: NewsOption[] = [];
	// Options that share a word of the key first: then the key is not the only one echoing the headline.
	const shares = (o: NewsOption) =>
		contentWords(o.text).some((w) => contentWords(key).includes(w)) ? 0 : 1;
	for (const o of [...pool].sort((a, b) => shares(a) - shares(b))) {
		if (taken.length >= 3 || taken.some((t) => t.paragraph === o.paragraph)) continue;
		if (restatesKey(o.text, key) || OPEN_END.test(o.text)) continue;
		const options = [key, ...taken.map((t) => t.text), o.text];
		if (newsFormProblem(options) || overlapping(options)) continue;
		taken.push(o);
	}
	if (
		taken.length < 3 ||
		lengthCue(
			key,
			taken.map((t) => t.text)
		)
	)
		return undefined;
	return taken;
}

/** How many sentences make a part of a report written as one or two long paragraphs. */
const BLOCK_SENTENCES = 2;

/**
 * The sentences, with a text of fewer than three paragraphs (pasted with its line breaks lost) cut
 * into parts of two sentences, a report's usual paragraph: what one part tells is then a part.
 */
function inBlocks(sentences: readonly Sentence[]): readonly Sentence[] {
	if (new Set(sentences.map((s) => s.paragraph)).size >= 3) return sentences;
	return sentences.map((s, i) => ({ ...s, paragraph: 1000 + Math.floor(i / BLOCK_SENTENCES) }));
}

/** Nouns that name an act or an event: a paragraph's topic as a report tells it. */
const EVENT_HEAD =
	/(tion|sion|ment|ance|ence|ure|al|ing)$|^(exchange|shift|attack|debate|vote|visit|deal|war|crisis|move|pause|halt|ban|speech|talks?|meeting|protest|strike|fire|flood|storm|race|match|game|trial|raid|row|dispute|clash|fight|battle|rescue|search|delay|launch|flight|journey|voyage|return|victory|defeat|loss|win|record|ceremony|crash|collapse|blast|split|reform|plan|bid|offer|call|warning|threat|claim|charge|ruling|verdict|review|report|survey|study|test|trip|tour|parade|festival|celebration|concert|show|exhibition|party|rally|march|boycott|surge|drop|rise|fall|boom|scandal|leak|breach|hack)$/;

/** Words that point outside the phrase: a pronoun, a demonstrative, "former". */
const LEANS_OUT =
	/\b(he|she|it|they|them|his|her|its|their|this|that|these|those|former|latter|such|same|other|further)\b/i;

const isNoun = (t: Token | undefined) =>
	!!t &&
	t.tags.has('Noun') &&
	!t.tags.has('Pronoun') &&
	!t.tags.has('Date') &&
	!t.tags.has('Value');
const isModifier = (t: Token | undefined) =>
	!!t && t.tags.has('Adjective') && !t.tags.has('Verb') && !/[,;:.]/.test(t.post);
const stops = (t: Token | undefined) => !t || /[,;:.!?]/.test(t.post);

/**
 * The end of a noun group from `i`: "the" or "a", words that qualify, nouns, and names joined by
 * "and" ("Trump and Zelensky"); the end token index (exclusive), or `i` when none.
 */
function groupEnd(toks: Token[], i: number): number {
	let j = i;
	if (/^(the|a|an)$/.test(toks[j]?.normal ?? '')) j++;
	while (isModifier(toks[j]) && !isNoun(toks[j])) j++;
	const nouns = j;
	while (isNoun(toks[j])) if (stops(toks[j++])) break;
	if (j === nouns) return i;
	const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
	if (toks[j]?.normal === 'and' && !stops(toks[j - 1]) && capital(toks[j - 1])) {
		let k = j + 1;
		while (capital(toks[k]) && isNoun(toks[k]) && (k === j + 1 || !stops(toks[k - 1]))) k++;
		if (k > j + 1) j = k;
	}
	return j;
}

/** Prepositions that tie a topic to what it is about: "an exchange between two leaders". */
const COMPLEMENT = /^(of|between|with|towards|toward|on|in|against|to|over|about|for|from|at)$/;

/**
 * The phrase of an act or event opening on "a", "an" or "the" at `i`, with one or two complements
 * ("a significant shift in stance towards Moscow"), or none: ending mid-phrase, or without one.
 */
function topicAt(toks: Token[], i: number): [number, number, number][] {
	if (!/^(the|a|an)$/.test(toks[i]?.normal ?? '')) return [];
	const headEnd = groupEnd(toks, i);
	const head = toks[headEnd - 1];
	if (headEnd === i || !head || !EVENT_HEAD.test(head.normal) || stops(head)) return [];
	const out: [number, number, number][] = [];
	let end = headEnd;
	for (let n = 0; n < 2 && COMPLEMENT.test(toks[end]?.normal ?? '') && !stops(toks[end - 1]); n++) {
		const next = groupEnd(toks, end + 1);
		if (next === end + 1) break;
		end = next;
		const after = toks[end];
		const cut =
			!stops(toks[end - 1]) && (isNoun(after) || /^(of|and|or|'s|’s)$/.test(after?.normal ?? ''));
		if (!cut) out.push([i, end, headEnd - 1]);
		if (stops(toks[end - 1])) break;
	}
	return out;
}

/**
 * The topics single later paragraphs tell ("A heated exchange between Trump and Zelensky"): noun
 * phrases of an act or event, tied to what it is about.
 */
function topicOptions(
	blocks: readonly Sentence[],
	text: string,
	terms: ArticleTerms
): NewsOption[] {
	const out: NewsOption[] = [];
	for (const s of blocks) {
		const paragraph = terms.paragraphs.indexOf(s.paragraph) + 1;
		if (paragraph <= 1) continue;
		for (let i = 0; i < s.tokens.length; i++)
			for (const span of topicAt(s.tokens, i)) {
				const option = topicOption(s, span, text, terms);
				if (option) out.push({ text: option, paragraph });
			}
	}
	return out;
}

/**
 * A topic phrase as an option, or none: told in this part only (its act named nowhere else: "a
 * shift" the close sums up again is the article's theme; no word of it the article keeps using),
 * and whose act, by a name.
 */
function topicOption(
	s: Sentence,
	[from, to, head]: [number, number, number],
	text: string,
	terms: ArticleTerms
): string | undefined {
	const parts = (w: string) => terms.where.get(w)?.size ?? 0;
	const phrase = text.slice((s.tokens[from] as Token).start, (s.tokens[to - 1] as Token).end);
	if (LEANS_OUT.test(phrase) || /["“”()\d]/.test(phrase)) return undefined;
	const act = lemma(s.tokens[head]?.normal ?? '');
	if (parts(act) > 1 || contentWords(phrase).some((w) => parts(w) > 2)) return undefined;
	if (!s.tokens.slice(from, to).some((t) => t.tags.has('ProperNoun'))) return undefined;
	return sentenceCase(phrase);
}

/**
 * The main-idea item of a news report, or none: a headline that states one act ("… pauses …",
 * "… opened …"), restated by the lead, and three acts or topics of single later paragraphs.
 */
export function newsCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	index: EntityIndex
): Candidate[] {
	const title = norm.title?.trim() ?? '';
	const clause = headlineClause(title);
	const blocks = inBlocks(sentences);
	sentences = blocks;
	const terms = articleTerms(sentences, index);
	const lead = sentences[0];
	if (!clause || !lead || terms.paragraphs.length < MIN_PARAGRAPHS || storyLike(norm.text))
		return [];
	if (!leadRestates(title, sentences, lead.paragraph)) return [];
	// The body, past the title: how it writes the title's words.
	const body = norm.text.startsWith(title) ? norm.text.slice(title.length) : norm.text;
	const cased = headlineInText(clause, body);
	const the = /^the /i.test(clause.subject) || takesThe(cased.subject, norm.text);
	// The hedge as the headline has it, else without it when that makes the key stand out by length.
	const keys = bareSingular(cased.rest)
		? []
		: [nominalize(cased, the), cased.hedge && nominalize({ ...cased, hedge: undefined }, the)];
	for (const key of keys.filter((k): k is string => !!k)) {
		const size = (o: NewsOption) => Math.abs(wordsOf(o.text).length - wordsOf(key).length);
		const pool = [
			...clauseOptions(sentences, norm.text, terms),
			...topicOptions(sentences, norm.text, terms).sort((a, b) => size(a) - size(b))
		];
		const wrong = pickNewsWrong(key, pool);
		if (wrong) return [newsItem(norm.text, lead, cased.subject, key, wrong)];
	}
	return [];
}

/** The item: the headline's point as key, the lead as its source, and why each option is right or wrong. */
function newsItem(
	text: string,
	lead: Sentence,
	subject: string,
	key: string,
	wrong: NewsOption[]
): Candidate {
	return leadCandidate(text, lead, {
		idPrefix: HEADLINE_ID,
		subject,
		stem: MAIN_IDEA_STEM,
		key,
		distractors: wrong.map((w) => w.text),
		explanation: [
			`The headline and the opening sentence both report this; the rest of the article tells what followed from it and what people said of it.`,
			...wrong.map((w) => `"${w.text}" is told only in paragraph ${w.paragraph}.`)
		].join(' ')
	});
}
