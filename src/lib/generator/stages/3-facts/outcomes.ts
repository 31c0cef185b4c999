// More wrong options for the cause-and-effect kinds: the article's own clauses, restated whole with
// their subjects named (each fact's `statement`). Of another part of the article, they are things
// it says that a reader who followed it knows neither explain nor follow from the one asked about.
import type { Fact, Sentence } from '../../types';
import type { CauseLink, EventPhrase } from './links';
import { asReason, POINTING, type ReasonOption } from './causes';
import { REASON_MAX_WORDS } from './reason-span';
import { unbalanced } from '../../well-formed';

/** Words no clause offered alone may hold: a speaker, a reader, or words pointing elsewhere. */
const LEANING =
	/\b(I|we|you|my|our|your|us|this|these|those|then|also|too|thus|therefore|however|again|such)\b/i;

/** The clauses of the article's facts as "Because …" options, one per sentence. */
export function statementReasons(
	facts: readonly Fact[],
	sentences: readonly Sentence[]
): ReasonOption[] {
	// Words the article writes in lower case somewhere: "Many" at a clause's start is no name.
	const lower = new Set<string>();
	for (const s of sentences)
		for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
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
			explicit: false
		});
	}
	return out;
}

/** The article's phrases of events as "Because of …" options: for a reason put as a phrase. */
export function phraseReasons(phrases: readonly EventPhrase[]): ReasonOption[] {
	return phrases.map((p) => ({
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
