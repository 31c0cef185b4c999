// More wrong options for the cause-and-effect kinds: the article's own clauses, restated whole with
// their subjects named (each fact's `statement`). Of another part of the article, they are things
// it says that a reader who followed it knows neither explain nor follow from the one asked about.
import type { Fact, Sentence } from '../../types';
import type { CauseLink, EventPhrase } from './links';
import { asReason, capitalisedNames, POINTING, type ReasonOption } from './causes';
import { REASON_MAX_WORDS } from './reason-span';
import { unbalanced } from '../../well-formed';
import { lowerWords } from './words';

/** Words no clause offered alone may hold: a speaker, a reader, or words pointing elsewhere. */
const LEANING =
	/\b(I|we|you|my|our|your|us|this|these|those|then|also|too|thus|therefore|however|again|such)\b/i;

/** The clauses of the article's facts as "Because …" options, one per sentence. */
export function statementReasons(
	facts: readonly Fact[],
	sentences: readonly Sentence[]
): ReasonOption[] {
	// Words the article writes in lower case somewhere: "Many" at a clause's start is no name.
	const lower = lowerWords(sentences);
	const names = capitalisedNames(lower);
	const out: ReasonOption[] = [];
	const seen = new Set<number>();
	for (const f of facts) {
		if (seen.has(f.sentence) || f.kind === 'cause' || f.kind === 'quote' || f.kind === 'gist')
			continue;
		const text = f.statement.replace(/[.!\s]+$/, '');
		const words = text.split(/\s+/).length;
		const first = text.match(/^[\p{L}-]+/u)?.[0] ?? '';
		if (words < 4 || words > REASON_MAX_WORDS || LEANING.test(text) || /["“”;:,()]/.test(text))
			continue;
		if (POINTING.test(first.toLowerCase()) || unbalanced(text)) continue;
		seen.add(f.sentence);
		const lowered = first.toLowerCase();
		const body = lower.has(lowered) ? `${lowered}${text.slice(first.length)}` : text;
		out.push({
			text: asReason(body),
			sentence: f.sentence,
			paragraph: f.paragraph,
			words,
			voice: 'named',
			explicit: false,
			...(names.has(first) ? { named: true } : {})
		});
	}
	return out;
}

/** The article's phrases of events as "Because of …" options: for a reason put as a phrase. */
export function phraseReasons(phrases: readonly EventPhrase[]): ReasonOption[] {
	// "TB. New infections": a phrase read across a full stop is two sentences' halves.
	return phrases
		.filter((p) => !/[.!?]\s/.test(p.text))
		.map((p) => ({
			text: asReason(lowerArticle(p.text), 'because of'),
			sentence: p.sentence,
			paragraph: p.paragraph,
			words: p.text.split(/\s+/).length + 1,
			voice: 'named',
			explicit: false
		}));
}

/** "The collapse of …" as it reads after "because of": "the collapse of …". */
const lowerArticle = (text: string) => text.replace(/^(The|A|An) /, (m) => m.toLowerCase());

/**
 * The causes the article links to an effect with a verb or a connective ("The drought led to …"),
 * as reasons: wrong options for a "why" item that a reader knows are reasons of something else.
 */
export function linkReasons(links: readonly CauseLink[]): ReasonOption[] {
	return links
		.filter((l) => !LEANING.test(l.cause) && !/["“”;:()]/.test(l.cause))
		.map((l) => {
			const phrase = l.causeForm === 'phrase';
			const body = phrase ? lowerArticle(l.cause) : l.cause;
			return {
				text: asReason(body, phrase ? 'because of' : 'because'),
				sentence: l.sentence,
				paragraph: l.paragraph,
				words: l.cause.split(/\s+/).length + (phrase ? 1 : 0),
				voice: 'named',
				explicit: true
			};
		});
}

/** Words a sentence offered whole as a reason may open on: its subject, not a link or a phrase. */
const SUBJECT_TAGS = /^(Determiner|Pronoun|Noun|ProperNoun|Adjective|Value|Possessive)$/;
/** Words past the first that point elsewhere or link the sentence to another. */
const POINTS_ON =
	/\b(it|its|them|they|their|him|he|she|her|us|this|these|those|there|then|also|too|thus|therefore|however|again|such|which|who|whom|whose|where|when|while|because|although|though|if|unless|so|but|yet|as|than)\b/i;

/**
 * The article's sentences of one clause as "Because …" options, up to their first comma where a
 * whole clause stands before it: "The young take around fourteen years to reach sexual maturity",
 * "These books were heavy" of "These books were heavy, expensive and slow to produce". A sentence
 * that opens on a phrase or a link, asks, quotes, speaks for someone or points elsewhere is left out.
 */
export function sentenceReasons(sentences: readonly Sentence[]): ReasonOption[] {
	const lower = lowerWords(sentences);
	const names = capitalisedNames(lower);
	const out: ReasonOption[] = [];
	for (const s of sentences) {
		const first = s.tokens[0];
		if (!first || /[?"“”]/.test(s.text) || !opensOnSubject(first)) continue;
		const part = leadingClause(s.tokens);
		if (!part?.some(isFinite) || !cutsWhole(part, s.tokens[part.length])) continue;
		const last = part.at(-1);
		const text = s.text
			.slice(0, (last?.end ?? 0) - s.start)
			.trim()
			.replace(/[.!,\s]+$/, '');
		const words = text.split(/\s+/).length;
		if (words < 4 || words > REASON_MAX_WORDS || /[;:()]|\s[-–—]\s/.test(text)) continue;
		if (LEANING.test(text) || POINTS_ON.test(text.replace(/^\S+\s*/, ''))) continue;
		if (last?.tags.has('Conjunction') || last?.tags.has('Preposition') || unbalanced(text))
			continue;
		const lowered = LOWERED_OPENING.test(first.text)
			? `${first.text.toLowerCase()}${text.slice(first.text.length)}`
			: text;
		out.push({
			text: asReason(lowered),
			sentence: s.index,
			paragraph: s.paragraph,
			words,
			voice: POINTING.test(first.normal) ? 'pointing' : 'named',
			explicit: false,
			...(names.has(first.text) ? { named: true } : {})
		});
	}
	return out;
}

/** Openings written in lower case after "because": "the young …", "most languages …". */
const LOWERED_OPENING =
	/^(The|A|An|Its|It|They|Their|His|Her|He|She|Most|Many|Some|Each|Every|All|Adult|Young)$/;

/**
 * Words after a comma that make the clause before it hold only sometimes ("…, unless …") or that
 * go on with it ("…, not …", "…, than …"): no clause is cut before them.
 */
const HOLDS_AFTER =
	/^(if|unless|provided|except|only|when|whenever|until|before|after|once|because|since|as|so|though|although|not|or|than|in|for|to|of)$/;

/**
 * Whether a clause cut before `next` is whole: it ends on a noun ("…in Coupvray, a village …",
 * "…traces in the water, minute vibrations …": what it says holds), never on a list's adjective or
 * count ("a small, round …").
 */
function cutsWhole(part: Sentence['tokens'], next: Sentence['tokens'][number] | undefined) {
	const last = part.at(-1);
	if (!next) return true;
	return (
		!!last &&
		last.tags.has('Noun') &&
		!last.tags.has('Adjective') &&
		!last.tags.has('Value') &&
		!HOLDS_AFTER.test(next.normal)
	);
}

/** Whether a sentence opens on its subject, not on a phrase, a link or an adverb. */
const opensOnSubject = (t: Sentence['tokens'][number]) =>
	[...t.tags].some((tag) => SUBJECT_TAGS.test(tag)) &&
	!t.tags.has('Preposition') &&
	!t.tags.has('Conjunction') &&
	!t.tags.has('Adverb') &&
	!t.tags.has('Verb');

/** A sentence's tokens up to its first comma (or all of them), when no other break comes first. */
function leadingClause(tokens: Sentence['tokens']): Sentence['tokens'] | undefined {
	const out: Sentence['tokens'] = [];
	for (const t of tokens) {
		out.push(t);
		if (/,/.test(t.post)) return out;
		if (/[;:()]/.test(t.post)) return undefined;
	}
	return out;
}
/** A verb that makes a clause: not a gerund, nor a participle after a noun. */
const isFinite = (t: Sentence['tokens'][number]) =>
	t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle');
