// The general "why" item: one from every explicit link of the article (`why-links.ts`) whose
// explained side is a clause with a named subject, asked from that side in plain question grammar
// ("Why did the council close the bridge?") and keyed with the other side ("Because the river had
// risen"). Its wrong options are other things the same article says, put as reasons: first the
// reasons it gives for other acts or facts, then its true statements that are not this one's
// reason (true, but not why). Each refusal below is a named check with the reason a strict
// teacher would give.
import type { Candidate, ClauseFrame, Fact, Sentence } from '../../types';
import { spanText } from '../3-facts/clauses';
import { whyQuestion } from './why-question';
import { BROAD_LINKS } from '../3-facts/reason-span';
import { POINTING, reasonPool, voiceOf, type ReasonOption } from '../3-facts/causes';
import { lowerWords } from '../3-facts/words';
import { unbalanced } from '../../well-formed';
import { explicitLink, type ExplicitLink } from './why-links';
import { anchored, tidy } from './stems';
import { causeOptionsLean, causeOptionsOffTopic } from './cause-checks';
import { danglingPronoun } from './why-checks';

/** A key shorter than this says too little to tell apart; a longer one is a paragraph. */
const KEY_MIN_WORDS = 4;
const KEY_MAX_WORDS = 18;

/** Words too common to tie a stem, a key and an option together. */
const STOP =
	/^(the|a|an|and|or|but|of|to|in|on|at|by|for|with|from|as|is|are|was|were|be|been|being|has|have|had|do|does|did|it|its|they|their|them|this|that|these|those|there|which|who|what|when|than|then|so|because|not|no|can|could|would|will|should|may|might|more|most|much|many|very|also|into|over|after|before|about|up|out|one|some|all|any|his|her|he|she|why)$/;

/** The content words of a text, each cut to its first five letters (so "flooded" meets "flood"). */
export const contentStems = (text: string) =>
	new Set(
		(text.toLowerCase().match(/[\p{L}']+/gu) ?? [])
			.filter((w) => w.length > 2 && !STOP.test(w))
			.map((w) => w.slice(0, 5))
	);

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w));

/** One item's parts before its wrong options: the stem, the key, the link and its sentence. */
export interface WhyAsked {
	stem: string;
	key: string;
	link: ExplicitLink;
	subject: string;
	frame: ClauseFrame;
}

/** Words that open a phrase and are never names, whatever case the article writes them in. */
const NEVER_NAMES =
	/^(the|a|an|most|many|some|all|each|every|few|several|both|no|much|its|their)$/i;

/**
 * why-general-lower-function-word: words of grammar (prepositions, conjunctions, adverbs,
 * pronouns) are never names, though an article may write them only at a sentence's start
 * ("Because Inside a ball of dough …", review k14).
 */
const FUNCTION_WORDS =
	/^(inside|outside|in|on|at|after|before|during|without|with|within|when|whenever|while|once|over|under|by|for|from|since|to|through|among|between|above|below|across|against|along|around|behind|beyond|near|unlike|like|as|if|although|though|unless|until|because|where|wherever|there|here|this|that|these|those|it|they|he|she|we|such|only|even|without|instead|today|now|then|once|often|usually|sometimes|always|never|more|less|one|two|three|four|five|six|seven|eight|nine|ten|any|other|another|either|neither|every)$/i;

/**
 * The first word of `text` in lower case when it is a word of grammar, or when the article writes
 * it so somewhere and never with a capital inside a sentence ("The" → "the", not "Marathon"), or
 * when it is never a name ("Most").
 */
export function lowerFirst(text: string, lower: ReadonlySet<string>): string {
	const first = text.match(/^[\p{L}'-]+/u)?.[0] ?? '';
	const lowers =
		NEVER_NAMES.test(first) ||
		FUNCTION_WORDS.test(first) ||
		(lower.has(first.toLowerCase()) && !lower.has(`^${first}`));
	return lowers ? `${first.toLowerCase()}${text.slice(first.length)}` : text;
}

/**
 * A phrase of time or place the explained clause opens with, set off by a comma ("In 1862, …"),
 * which the stem keeps at its end, and where the clause itself starts; `at` = `from` and '' for
 * none; undefined for any other opening ("However, …", "Even so, …"), which leans on what came
 * before.
 */
function setting(s: Sentence, from: number, to: number): { at: number; text: string } | undefined {
	const toks = s.tokens;
	const opener = toks[from];
	if (
		!opener ||
		!/^(in|on|during|by|after|before|until|at|between|every|each|today|now|later|for|over|within|since)$/.test(
			opener.normal
		)
	)
		return { at: from, text: '' };
	const comma = toks.findIndex((t, i) => i >= from && i < to && /,/.test(t.post));
	if (comma < 0 || comma - from > 6) return undefined;
	const text = spanText(s, from, comma + 1).replace(/[,;:\s]+$/, '');
	if (/\b(this|that|these|those|it|its|they|their|he|his|she|her|then)\b/i.test(text))
		return undefined;
	return { at: comma + 1, text: `${text.charAt(0).toLowerCase()}${text.slice(1)}` };
}

/**
 * The stem asked from a link's explained side, or the named reason it has none:
 * `why-general-clause` (no clause whose subject and verb read surely), `why-general-subject` (a
 * subject that points back: "Why did it close?" names nothing), `why-general-opening` (an opening
 * that leans on the sentence before).
 */
export function whyStemOf(
	s: Sentence,
	link: ExplicitLink,
	lower: ReadonlySet<string>,
	previous?: Sentence
): { stem: string; subject: string; frame: ClauseFrame } | string {
	const [from, to] = link.effect;
	const opening = setting(s, from, to);
	if (!opening) return 'why-general-opening';
	const first = s.tokens[opening.at]?.normal ?? '';
	// "It sees more daylight …": a pronoun subject is asked by what it stands for, when sure.
	const named = /^(it|they|he|she)$/.test(first)
		? previous && namedAntecedent(first, previous)
		: '';
	if (named === undefined) return 'why-general-subject';
	if (
		(!named && POINTING.test(first)) ||
		/^(such|another|other|both|each|one|some|many|most|there|here)$/.test(first)
	)
		return 'why-general-subject';
	const q = whyQuestion(s, opening.at, to, named);
	if (!q) return 'why-general-clause';
	// A subject opens in lower case unless its first word is a name ("The" → "the", "Meitner").
	const head = named ? undefined : s.tokens[opening.at];
	const subject =
		named || !head
			? q.subject
			: !head.tags.has('ProperNoun') || lower.has(head.normal)
				? `${q.subject.charAt(0).toLowerCase()}${q.subject.slice(1)}`
				: q.subject;
	const question = q.question.replace(q.subject, subject);
	const stem = `${question}${opening.text ? ` ${opening.text}` : ''}?`;
	if (unbalanced(stem)) return 'why-general-clause';
	if (danglingPronoun(stem)) return 'why-general-pronoun';
	const frame: ClauseFrame = {
		subject,
		verb: q.verb,
		aux: q.lead === 'do' || q.lead === 'does' || q.lead === 'did' ? '' : q.lead,
		verbRest: q.lead === q.verb ? '' : q.verb,
		doSupport: /^(do|does|did)$/.test(q.lead) && q.lead !== q.verb ? q.lead : '',
		before: q.rest,
		after: opening.text,
		prep: link.link,
		slot: 'object'
	};
	return { stem: anchored(tidy(stem)), subject, frame };
}

/**
 * What a subject pronoun stands for, when the sentence before opens on a named subject that
 * agrees with it: "The tern flies … It sees more daylight" → "the tern"; "he"/"she" only for a
 * name. Undefined when the sentence before gives none surely (the pronoun is then refused).
 */
export function namedAntecedent(pronoun: string, previous: Sentence): string | undefined {
	const toks = previous.tokens;
	const v = toks.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
	if (v < 1 || v > 5) return undefined;
	const subject = toks.slice(0, v);
	if (
		subject.some(
			(t) => /[,;:()]/.test(t.post) || t.tags.has('Pronoun') || t.tags.has('Preposition')
		)
	)
		return undefined;
	if (!subject.some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun'))) return undefined;
	const person = subject.every((t) => t.tags.has('ProperNoun') || t.tags.has('Person'));
	const plural = !!subject.at(-1)?.tags.has('Plural');
	const fits =
		pronoun === 'he' || pronoun === 'she'
			? person && !plural
			: pronoun === 'they'
				? plural && !person
				: !plural && !person;
	if (!fits) return undefined;
	const text = spanText(previous, 0, v);
	return person ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** The key: the link's other side as a reason, "Because the river had risen". */
export function whyKeyOf(s: Sentence, link: ExplicitLink, lower: ReadonlySet<string>): string {
	const body = lowerFirst(spanText(s, ...link.cause).replace(/[,;:.\s]+$/, ''), lower);
	return `Because ${body}`;
}

/** Words by which a sentence links a cause or a result: its neighbour's statements may be part of the reason. */
const CAUSAL =
	/\b(because|due to|as a result|led to|leads to|caused|causes|so|so that|therefore|thus|hence|why|since|meant|means|meaning)\b/i;

/** Words of an option, less its "Because". */
const optionWords = (o: string) => o.split(/\s+/).length - 1;

/**
 * The three wrong reasons of an item, or fewer when the article has too few fair ones. Refused
 * as options: one of the link's own sentence or its neighbours (they may be part of the reason),
 * one in a speaker's voice, one whose sentence links a cause to the asked act (a second key:
 * `linkedToAct`), one that restates the key, one of another length than the key's.
 */
export function whyWrongReasons(
	asked: WhyAsked,
	pool: readonly ReasonOption[],
	links: readonly ExplicitLink[],
	sentences: readonly Sentence[],
	fair: (option: string) => boolean = () => true
): string[] {
	const keyWords = optionWords(asked.key);
	const stemStems = contentStems(asked.stem);
	const keyStems = contentStems(asked.key);
	const keyVoice = voiceOf(asked.key);
	const at = asked.link.sentence;
	const fits = (o: ReasonOption) =>
		o.sentence !== at &&
		(Math.abs(o.sentence - at) > 1 || !CAUSAL.test(sentences[o.sentence]?.text ?? '')) &&
		o.voice !== 'personal' &&
		(o.voice !== 'pointing' || keyVoice === 'pointing') &&
		o.words >= Math.max(3, keyWords * 0.5) &&
		o.words <= keyWords * 1.6 + 2 &&
		!linkedToAct(o, stemStems, links, sentences) &&
		shared(contentStems(o.text), keyStems).filter((w) => !stemStems.has(w)).length === 0 &&
		fair(o.text);
	const score = (o: ReasonOption) =>
		Math.abs(o.words - keyWords) - (o.explicit ? 2 : 0) - (o.voice === keyVoice ? 1 : 0);
	const seen = new Set<string>();
	return pool
		.filter(fits)
		.sort((a, b) => score(a) - score(b) || a.sentence - b.sentence)
		.filter((o) => {
			const k = o.text.toLowerCase();
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		})
		.slice(0, 3)
		.map((o) => o.text);
}

/**
 * Whether an option's sentence links a cause or a result to what the stem asks about: it shares
 * two of the stem's content words and is itself an explicit link, or opens on "As a result",
 * "This is why"… A reason offered for the asked act would be a second key.
 */
function linkedToAct(
	o: ReasonOption,
	stemStems: Set<string>,
	links: readonly ExplicitLink[],
	sentences: readonly Sentence[]
): boolean {
	const text = sentences[o.sentence]?.text ?? '';
	const overlap = shared(contentStems(text), stemStems).length;
	if (overlap === 0) return false;
	const linking = links.some((l) => l.sentence === o.sentence) || CAUSAL.test(text);
	return linking && overlap >= 1;
}

/** Words of a sentence that make it someone's words or lean on another sentence: no statement option. */
const NOT_A_STATEMENT =
	/["\u201C\u201D?]|\b(I|we|you|my|our|your|this|these|those|then|also|however|too|again|other|another)\b/i;

/**
 * why-general-structure: a statement about how a topic divides ("reefs take three main shapes",
 * "coral colonies spread in two ways", "there are four kinds of cloud") tells the text's parts, not
 * an event or state that could bring an act about: with "Because" before it, it reads as no cause
 * and gives the key away (review k14). Never a wrong reason.
 */
export function aboutTheText(body: string): boolean {
	const count =
		/\b(two|three|four|five|six|seven|eight|nine|ten|several|many|a few|\d+)\s+(main\s+|basic\s+|broad\s+|different\s+|distinct\s+|key\s+|major\s+)?(ways?|kinds?|types?|shapes?|forms?|parts?|stages?|steps?|groups?|categories|classes|sorts?|varieties|phases?|layers?|sections?|reasons?|methods?)\b/i;
	const divides = /\b(is|are)\s+(divided|split|grouped|classified|sorted)\b/i;
	return count.test(body) || divides.test(body);
}

/**
 * The article's plain statements as wrong reasons: each sentence, or its first clause up to a
 * ";" or a comma before "and"/"but", that opens on a named subject and a finite verb
 * (`whyQuestion` reads it) and says no cause or result. True, but not the reason asked.
 */
export function statementOptions(
	sentences: readonly Sentence[],
	lower: ReadonlySet<string>
): ReasonOption[] {
	const out: ReasonOption[] = [];
	for (const s of sentences) {
		if (NOT_A_STATEMENT.test(s.text) || CAUSAL.test(s.text)) continue;
		const toks = s.tokens;
		const cut = toks.findIndex(
			(t, i) =>
				/[;:]/.test(t.post) ||
				(/,/.test(t.post) && /^(and|but|while|whereas|which|who)$/.test(toks[i + 1]?.normal ?? ''))
		);
		const end = cut >= 0 ? cut + 1 : toks.length;
		const first = toks[0];
		if (!first || POINTING.test(first.normal) || !whyQuestion(s, 0, end)) continue;
		const body = lowerFirst(spanText(s, 0, end).replace(/[,;:.!\s]+$/, ''), lower);
		const words = body.split(/\s+/).length;
		if (words < 4 || words > KEY_MAX_WORDS || unbalanced(body) || /,/.test(body)) continue;
		if (aboutTheText(body)) continue;
		out.push({
			text: `Because ${body}`,
			sentence: s.index,
			paragraph: s.paragraph,
			words,
			voice: 'named',
			explicit: false
		});
	}
	return out;
}

/**
 * why-general-echo: the key repeats a content word of the stem that no wrong option repeats.
 * "Why does the basket have to change? Because the way people live changes" is matched, not
 * read (review k12); every stem word the key repeats must be in a wrong reason too.
 */
export function echoesStem(stem: string, key: string, wrong: readonly string[]): boolean {
	const stemWords = contentStems(stem);
	const echoed = shared(contentStems(key), stemWords);
	return echoed.some((w) => !wrong.some((o) => contentStems(o).has(w)));
}

/** Whether a candidate is a general why item (its fact is made here, one per linked sentence). */
export const isGeneralWhy = (c: Candidate) => c.fact.id.startsWith('why-link-');

/** The passed candidates less each general why item whose sentence has another why item. */
export function withoutSecondWhy(passed: readonly Candidate[]): Candidate[] {
	const asked = new Set(
		passed.filter((c) => c.kind === 'why' && !isGeneralWhy(c)).map((c) => c.fact.sentence)
	);
	return passed.filter((c) => !(isGeneralWhy(c) && asked.has(c.fact.sentence)));
}

/** The general why items of an article: one per sentence with an explicit link that asks well. */
export function generalWhyCandidates(
	sentences: readonly Sentence[],
	title = '',
	text = ''
): Candidate[] {
	const lower = lowerWords(sentences);
	const links = sentences.map(explicitLink).filter((l): l is ExplicitLink => !!l);
	if (!links.length) return [];
	const pool = [...reasonPool(sentences, BROAD_LINKS), ...statementOptions(sentences, lower)];
	const out: Candidate[] = [];
	for (const link of links) {
		const s = sentences[link.sentence] as Sentence;
		const stemmed = whyStemOf(s, link, lower, sentences[link.sentence - 1]);
		if (typeof stemmed === 'string') continue;
		const key = whyKeyOf(s, link, lower);
		const n = optionWords(key);
		if (n < KEY_MIN_WORDS || n > KEY_MAX_WORDS || unbalanced(key)) continue;
		// The stem gives the key away when the key's content words are all in it.
		const keyStems = contentStems(key);
		if (shared(keyStems, contentStems(stemmed.stem)).length * 2 > keyStems.size) continue;
		// A key cut at a colon or a semicolon runs on into a second statement.
		if (/[;:]/.test(key)) continue;
		const asked: WhyAsked = { ...stemmed, key, link };
		const first = s.tokens[link.cause[0]];
		const last = s.tokens[link.cause[1] - 1];
		const fact: Fact = {
			id: `why-link-${s.index}`,
			kind: 'cause',
			broad: true,
			sentence: s.index,
			paragraph: s.paragraph,
			start: s.start,
			end: s.end,
			subject: stemmed.subject,
			action: link.link,
			object: stemmed.frame.before,
			value: {
				text: key.replace(/^Because /, ''),
				start: first?.start ?? s.start,
				end: last?.end ?? s.end,
				type: 'reason'
			},
			statement: s.text,
			frame: stemmed.frame,
			salience: 0
		};
		const item: Candidate = {
			id: `${fact.id}-why`,
			kind: 'why',
			stem: stemmed.stem,
			answer: key,
			distractors: [],
			fact,
			source: { sentence: s.text, start: s.start, end: s.end },
			explanation: `The article says: "${s.text}"`
		};
		// A wrong reason the validator would refuse (off the stem's topic, pointing to another
		// sentence) is never offered: the next fair one is.
		const fair = (o: string) => {
			const one = { ...item, distractors: [o] };
			return !causeOptionsLean(one) && !causeOptionsOffTopic(one, title, text);
		};
		const wrong = whyWrongReasons(asked, pool, links, sentences, fair).map(
			(o) => `Because ${lowerFirst(o.replace(/^Because /, ''), lower)}`
		);
		if (echoesStem(stemmed.stem, key, wrong)) continue;
		out.push({ ...item, distractors: wrong });
	}
	return out;
}
