// Quotes and reported speech: who said what. The speaker must be the only person named outside
// the quotation, next to a speech verb; otherwise attribution is uncertain and the fact is dropped.
import type { Fact, Mention, Sentence } from '../types';
import { SPEECH_VERBS } from '../lexicons';

const UNRESOLVED = /\b(he|she|they|him|her|them|his|their|it|its|this|these|those)\b/i;
const MAX_QUOTE_WORDS = 22;

/** Extracts a quote fact from a sentence with a named speaker, or undefined. */
export function quoteFact(s: Sentence, mentions: readonly Mention[], id: string): Fact | undefined {
	// A quotation is a whole utterance ("It is a mistake"); a quoted phrase inside reported speech
	// ('a "blank cheque"') is part of the reported claim.
	const found = /"([^"]{12,400})"/.exec(s.text);
	const m = found && /^\p{Lu}/u.test(found[1] ?? '') ? found : null;
	let quote = m?.[1]?.trim() ?? '';
	const qStart = m ? s.start + m.index : -1;
	const qEnd = m ? qStart + m[0].length : -1;
	const outside = (a: number, b: number) => qStart < 0 || b <= qStart || a >= qEnd;
	const speech = s.tokens.find((t) => SPEECH_VERBS.has(t.normal) && outside(t.start, t.end));
	if (!speech) return undefined;
	// The speaker is named before the speech verb; people named after it are what was said.
	const people = mentions.filter(
		(x) => x.type === 'person' && outside(x.start, x.end) && (quote !== '' || x.end <= speech.start)
	);
	const speakers = new Set(people.map((x) => x.entity));
	const speaker = people[0];
	if (!speaker || speakers.size !== 1) return undefined;
	if (!quote) {
		// Reported speech: "NAME said (that) CLAUSE."
		if (speech.start < speaker.end) return undefined;
		const between = s.text.slice(speaker.end - s.start, speech.start - s.start).trim();
		if (between.length > 0) return undefined;
		// "Smith wrote a famous book": only "that" or a "said" followed by a whole clause reports speech.
		const after = s.tokens.filter((t) => t.start >= speech.end);
		const clauseFollows = after.slice(1).some((t) => t.tags.has('Verb'));
		const reported =
			after[0]?.normal === 'that' || (['said', 'says'].includes(speech.normal) && clauseFollows);
		if (!reported) return undefined;
		quote = s.text
			.slice(speech.end - s.start)
			.replace(/^\s*(that\s+)?/, '')
			.replace(/[.!]+$/, '')
			.trim();
		if (!/^\p{Ll}/u.test(quote) && !/^(the|a|an)\b/i.test(quote)) return undefined;
		quote = `that ${quote}`;
	} else {
		// A quoted fragment ("must be well thought out") is too vague to attribute in a stem.
		if (!/^\p{Lu}/u.test(quote)) return undefined;
		quote = quote.replace(/[,.]+$/, '');
	}
	// Reported speech may quote a phrase ('gave Putin a "free pass"'), whole quotes only.
	if (UNRESOLVED.test(quote) || (quote.match(/"/g) ?? []).length % 2 !== 0) return undefined;
	if (!quote.startsWith('that ') && quote.includes('"')) return undefined;
	const words = quote.split(/\s+/);
	if (words.length < 5) return undefined;
	if (words.length > MAX_QUOTE_WORDS) {
		const cut = words.slice(0, MAX_QUOTE_WORDS).join(' ');
		const comma = cut.lastIndexOf(',');
		quote = `${(comma > 40 ? cut.slice(0, comma) : cut).replace(/[,;:]$/, '')} ...`;
	}
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
