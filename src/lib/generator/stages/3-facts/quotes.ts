// Quotes and reported speech: who said what. The speaker must be the only person named outside
// the quotation, next to a speech verb; otherwise attribution is uncertain and the fact is dropped.
import type { Fact, Mention, Sentence, Token } from '../../types';
import { SPEECH_VERBS } from '../../lexicons';

const UNRESOLVED = /\b(he|she|they|him|her|them|his|their|it|its|this|these|those)\b/i;
/**
 * Inside a direct quotation "I", "we", "it" and "this" are the speaker's own words and the stem
 * asks only who said them; a third person ("he", "they") would still point at someone unnamed.
 */
const UNRESOLVED_QUOTED = /\b(he|she|they|him|her|them|his|hers|their|theirs)\b/i;
const MAX_QUOTE_WORDS = 22;

/** An appositive between a name and its verb: "X, editor at the Gazette, said". */
const APPOSITIVE = /^\s*(,[^,"]{3,80},)?\s*$/;

/**
 * Whether the quotation is attributed to the speaker by the speech verb next to both: '"…," said X',
 * '"…," X said' or 'X said, "…"' (also 'X told GB News: "…"'). A person named elsewhere in the
 * sentence, or in another quotation, is not the speaker.
 */
function attributed(
	s: Sentence,
	speaker: Mention,
	speech: { start: number; end: number },
	qStart: number,
	qEnd: number
): boolean {
	const text = (a: number, b: number) =>
		a <= b ? s.text.slice(a - s.start, b - s.start) : '\u0000';
	const nameThenVerb = APPOSITIVE.test(text(speaker.end, speech.start));
	if (speech.start >= qEnd) {
		if (/^[\s,]*$/.test(text(qEnd, speech.start)))
			return /^\s*$/.test(text(speech.end, speaker.start)) || nameThenVerb;
		return /^[\s,]*$/.test(text(qEnd, speaker.start)) && nameThenVerb;
	}
	const verbThenQuote = /^[\s,:]*$|^\s+[^",:]{2,40}[,:]\s*$/.test(text(speech.end, qStart));
	return speech.end <= qStart && nameThenVerb && verbThenQuote;
}

/** Extracts a quote fact from a sentence with a named speaker, or undefined. */
export function quoteFact(s: Sentence, mentions: readonly Mention[], id: string): Fact | undefined {
	const q = directQuotation(s);
	const speech = s.tokens.find((t) => SPEECH_VERBS.has(t.normal) && outside(q, t));
	if (!speech) return undefined;
	const speaker = soleSpeaker(s, mentions, speech, q);
	if (!speaker) return undefined;
	const said = q.quote ? wholeUtterance(q.quote) : reportedSpeech(s, speaker, speech);
	const quote = said === undefined ? undefined : quoteAsShown(said);
	if (quote === undefined) return undefined;
	return {
		id,
		kind: 'quote',
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: speaker.text,
		action: speech.text,
		object: quote,
		value: {
			text: speaker.text,
			start: speaker.start,
			end: speaker.end,
			type: 'person',
			entity: speaker.entity
		},
		statement: '',
		quote,
		salience: 0
	};
}

/** A sentence's direct quotation: its words ('' when there is none) and where its marks are. */
interface Quotation {
	quote: string;
	/** Offsets of the opening mark and after the closing one, or -1 without a quotation. */
	start: number;
	end: number;
}

/** The direct quotation in a sentence that is a whole utterance, if there is one. */
function directQuotation(s: Sentence): Quotation {
	// A quotation is a whole utterance ("It is a mistake"); a quoted phrase inside reported speech
	// ('a "blank cheque"') is part of the reported claim.
	// 'X said, "I think we learned a lot today.' with the quotation running on into the next
	// sentence: its first sentence, from the opening mark to the sentence end, is the quote.
	// The first quotation that is a whole utterance: 'told Sky News any process "must be well
	// thought out": "Moves to reduce …"' quotes a fragment first.
	const whole = [...s.text.matchAll(/"([^"]{12,400})"/g)].find((q) => /^\p{Lu}/u.test(q[1] ?? ''));
	const found = whole ?? /"([^"]{12,400}?[.!])$/.exec(s.text);
	const m = found && /^\p{Lu}/u.test(found[1] ?? '') ? found : null;
	const start = m ? s.start + m.index : -1;
	return { quote: m?.[1]?.trim() ?? '', start, end: m ? start + m[0].length : -1 };
}

/** Whether span `x` lies outside quotation `q`. */
const outside = (q: Quotation, x: { start: number; end: number }) =>
	q.start < 0 || x.end <= q.start || x.start >= q.end;

/** The one person the sentence gives as the speaker of `speech`, or undefined. */
function soleSpeaker(
	s: Sentence,
	mentions: readonly Mention[],
	speech: Token,
	q: Quotation
): Mention | undefined {
	// The speaker is named before the speech verb; people named after it are what was said.
	const people = mentions.filter(
		(x) => x.type === 'person' && outside(q, x) && (q.quote !== '' || x.end <= speech.start)
	);
	// A direct quotation belongs to the one person next to its speech verb, whoever else is named
	// ("It quoted critics like Colin Yeo, …, with Boswell stating: "…"").
	const named = q.quote ? people.filter((x) => attributed(s, x, speech, q.start, q.end)) : people;
	const speakers = new Set(named.map((x) => x.entity));
	const speaker = named[0];
	return speaker && speakers.size === 1 ? speaker : undefined;
}

/** Reported speech: "NAME said (that) CLAUSE." gives "that CLAUSE", or undefined. */
function reportedSpeech(s: Sentence, speaker: Mention, speech: Token): string | undefined {
	if (speech.start < speaker.end) return undefined;
	const between = s.text.slice(speaker.end - s.start, speech.start - s.start).trim();
	// "Claudio De Vincenti, undersecretary to the prime minister, said …": an appositive may
	// stand between the name and the verb.
	if (between.length > 0 && !/^,[^,"]{3,80},$/.test(between)) return undefined;
	// "Smith wrote a famous book": only "that" or a "said" followed by a whole clause reports speech.
	const after = s.tokens.filter((t) => t.start >= speech.end);
	const clauseFollows = after.slice(1).some((t) => t.tags.has('Verb'));
	const reported =
		after[0]?.normal === 'that' || (['said', 'says'].includes(speech.normal) && clauseFollows);
	if (!reported) return undefined;
	const quote = s.text
		.slice(speech.end - s.start)
		.replace(/^\s*(that\s+)?/, '')
		.replace(/[.!]+$/, '')
		.trim();
	if (!/^\p{Ll}/u.test(quote) && !/^(the|a|an)\b/i.test(quote)) return undefined;
	return `that ${quote}`;
}

/** A direct quotation as said, without its closing comma or stop, or undefined for a fragment. */
function wholeUtterance(quote: string): string | undefined {
	// A quoted fragment ("must be well thought out") is too vague to attribute in a stem.
	if (!/^\p{Lu}/u.test(quote)) return undefined;
	return quote.replace(/[,.]+$/, '');
}

/** What was said as the stem shows it, cut to its first words, or undefined when unclear. */
function quoteAsShown(said: string): string | undefined {
	// Reported speech may quote a phrase ('gave Putin a "free pass"'), whole quotes only.
	const reported = said.startsWith('that ');
	if ((said.match(/"/g) ?? []).length % 2 !== 0) return undefined;
	if (!reported && said.includes('"')) return undefined;
	const words = said.split(/\s+/);
	if (words.length < 5) return undefined;
	let quote = said;
	if (words.length > MAX_QUOTE_WORDS) {
		const cut = words.slice(0, MAX_QUOTE_WORDS).join(' ');
		const comma = cut.lastIndexOf(',');
		quote = `${(comma > 40 ? cut.slice(0, comma) : cut).replace(/[,;:]$/, '')} ...`;
	}
	// Only the words the stem shows must be clear: a pronoun cut off with the tail does no harm.
	if ((reported ? UNRESOLVED : UNRESOLVED_QUOTED).test(quote)) return undefined;
	return quote;
}
