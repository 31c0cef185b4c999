// Whole-sentence facts for the comprehension kind: a sentence the article states, with one typed
// value that can be swapped for a same-type alternative. Many sentences too complex to turn into a
// wh-question still make a clean "Which statement does the article support?" item.
import type { Fact, Mention, Sentence } from '../../types';
import { OPPOSITES, TITLES } from '../../lexicons';
import { findClause, spanText } from './clauses';
import { negatedClaim } from './negation';
import { findValues, type Value } from './values';
import { containsWords } from '../../distractors';

const TITLE_SET = new Set(TITLES);
/**
 * Discourse markers that tie a sentence to the one before; dropped when restating it alone, and
 * never put back before a blanked clause (`withOpening`). Without a comma, not before the word that
 * makes the marker part of a phrase: "In addition to producing ethanol, …" had been restated as
 * "To producing ethanol, …", "So far" as "Far", "Also known as" as "Known as".
 */
export const LEAD_MARKER =
	/^(for example|for instance|in other words|however|additionally|in addition|meanwhile|also|moreover|furthermore|still|thus|instead|in fact|indeed|as a result|overall|then|finally|first|second|third|later|earlier|today|now|but|and|so|yet|in contrast|nevertheless|therefore|hence|consequently|nonetheless|conversely|subsequently|accordingly|likewise|similarly|otherwise|besides|thereafter|alternatively|relatedly|specifically|in turn|on the other hand|by contrast|even so|in short|as such|at the same time)(?:,\s+|\s+(?!(?:to|of|far|that|known|on|called|enough)\b))/i;
/** Words that need the previous sentence to be understood, anywhere in the sentence. */
const CONTEXT_WORDS = /\b(this|these|those|that one|such(?! as)|the former|the latter|here)\b/i;
/**
 * The speaker and the audience: in a news report "we" and "you" are someone quoted, but in a speech,
 * an essay or a story told in the first person the reader knows who speaks (`firstPerson`).
 */
// Case by case, not /i: "the US" and "ME" are no speakers.
const SPEAKER_WORDS = /\b([Ww]e|[Oo]urs?|us|I|[Mm]e|[Mm]y|[Yy]ou|[Yy]ours?)\b/;
/** Above this share of sentences that say "I", "we" or "you", a text is told in the first person. */
const FIRST_PERSON_SHARE = 0.2;

/** Whether the article speaks in the first person throughout: a speech, an essay, a story. */
export function toldInFirstPerson(sentences: readonly Sentence[]): boolean {
	const speaking = sentences.filter((s) => SPEAKER_WORDS.test(s.text)).length;
	return sentences.length > 0 && speaking / sentences.length >= FIRST_PERSON_SHARE;
}
/** "It", "they": a pronoun among the first words points back; later it points inside the sentence. */
const OPENING_PRONOUN =
	/^(\S+\s+){0,5}(it|its|they|them|their|there)\b|\b(it's|it is|it was|they are|they were)\b/i;
/**
 * Phrases that lean on the sentence before: "that number", "due to that", "the same year", "soon
 * after", "the other", "Both seasons" (but not "Both Britain and France"). A sentence that holds
 * one is neither a statement nor a blank of its own.
 */
export const BACK_REFERENCE =
	/\b(that|those) (decision|move|idea|view|event|case|number|figure|amount|rate|plan|law|process|system|group|team|year|time|day|practice|pattern)\b|\b(due to|because of|after|before|despite) that\b|^(both|neither|either|each|all|some|many|most|several|others?)\s+(were|was|are|is|have|had|did|do|will|would|can|could)\b|^(both|neither|either) (of )?(the |these |those )?[a-z]+s\b(?![^,]*\band\b)|\b(the same (year|day|month|time|period)|that same (year|day|month|time)|soon after(wards)?|shortly after(wards)?|afterwards|at this time|at that time|by then|the (following|next|previous) (year|day|month|season)|the other|the (ensuing|subsequent|aforementioned)|the (later|earlier) [a-z]+(?! of\b)|thus(?! \w+ing\b))\b|^other\s/i;
/** "He", "his": fine when the sentence names exactly one person, who must be the one meant. */
const PERSONAL = /\b(he|she|him|her|his|hers)\b/i;
/** Value types a statement can swap, best first: concrete values make the clearest alterations. */
const SWAP_ORDER: Value['type'][] = ['quantity', 'date', 'year', 'person', 'place', 'organisation'];
const MIN_WORDS = 4;
const MAX_WORDS = 38;
/** The sentence restated on its own, or undefined when it cannot stand alone. */
export function standaloneStatement(
	s: Sentence,
	mentions: readonly Mention[] = [],
	firstPerson = false,
	namingPerson?: string
): { text: string; offset: number; end: number; asideDropped: boolean } | undefined {
	// "He published 150 papers" in a biography is read with the article's person named in its place.
	const written = (namingPerson ?? s.text).trim();
	// "Johnson Space Center (JSC) in Houston …": an aside in brackets is dropped whole, never cut
	// open; the offsets then no longer match the sentence's (`asideDropped`).
	const whole = written.replace(/\s*\([^()]*\)/g, '');
	if (!/[.!]$/.test(whole) || /[()[\]:]/.test(whole)) return undefined;
	// Quoted words are fine inside a statement, not as all or half of it.
	if (/^"/.test(whole) || (whole.match(/"/g) ?? []).length % 2 !== 0) return undefined;
	// "X accounted for 70 percent in 2009; this has dropped …": the first clause stands alone.
	const semicolon = whole.indexOf(';');
	const raw = semicolon > 0 ? `${whole.slice(0, semicolon).trimEnd()}.` : whole;
	const marker = LEAD_MARKER.exec(raw);
	const body = marker ? raw.slice(marker[0].length) : raw;
	const words = body.split(/\s+/).length;
	if (words < MIN_WORDS || words > MAX_WORDS) return undefined;
	if (CONTEXT_WORDS.test(body) || OPENING_PRONOUN.test(body) || BACK_REFERENCE.test(body))
		return undefined;
	if (!firstPerson && SPEAKER_WORDS.test(body)) return undefined;
	// "said he is alarmed by what they found": a "they" with no plural before it in the sentence
	// names people the reader is not shown.
	const they = s.tokens.findIndex((t) => /^(they|them|their)$/.test(t.normal));
	if (
		they >= 0 &&
		!s.tokens.slice(0, they).some((t) => t.tags.has('Plural') && !t.tags.has('Pronoun'))
	)
		return undefined;
	// Imperatives and pointers to figures only make sense on the page they came from.
	if (/^let(’|')?s\b|^let us\b|\b(figure|fig\.|table|chapter|section) \d/i.test(body))
		return undefined;
	if (PERSONAL.test(body)) {
		const people = new Set(mentions.filter((m) => m.type === 'person').map((m) => m.entity));
		// With the article's person named in the pronoun's place, a later "his" is theirs unless the
		// sentence names someone else too.
		const named = namingPerson !== undefined && people.size === 0;
		if ((people.size !== 1 && !named) || /^(he|she|his|her)\b/i.test(body)) return undefined;
	}
	// A capitalised preposition mid-sentence marks a caption run into the text ("Regina Ip In the").
	if (/\s(In|On|At|For|With|From|After|Before|During|By)\s/.test(body)) return undefined;
	const text = body.charAt(0).toUpperCase() + body.slice(1);
	const offset = marker ? marker[0].length : 0;
	return {
		text,
		offset,
		end: semicolon > 0 ? semicolon : whole.length,
		// A named pronoun moves the offsets as a dropped aside does.
		asideDropped: whole !== written || namingPerson !== undefined
	};
}

const OPPOSITE = new Map(OPPOSITES.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
// "was lost" (destroyed) is not the opposite of "won": "lost" is only ever a replacement.
OPPOSITE.delete('lost');

/** The statement with its one reversible word reversed ("increases" → "decreases"), if it has one. */
export function reversedStatement(statement: string): string | undefined {
	const found = [...statement.matchAll(/\p{L}+/gu)].filter((m) => OPPOSITE.has(m[0].toLowerCase()));
	// "aren't always" → "aren't rarely": a reversal under a negation reads as nonsense.
	if (/\b(not|n't|never|no)\b/i.test(statement)) return undefined;
	// Two reversible words ("more … than … less") could cancel out: only a single one is safe.
	const [only] = found;
	if (found.length !== 1 || only?.index === undefined || only.index === 0) return undefined;
	// "killing 107 or more": a hedge, not a claim; reversing it says nothing false.
	if (/\bor $/i.test(statement.slice(0, only.index))) return undefined;
	const opposite = OPPOSITE.get(only[0].toLowerCase()) ?? only[0];
	// "A later report" → "An earlier report": the article before the word follows its sound.
	const lead = statement.slice(0, only.index).replace(/\b(a|an|A|An) $/, (_m, a: string) => {
		const an = /^([aeio]|u(?!s))/i.test(opposite);
		return `${a.charAt(0)}${an ? 'n' : ''} `;
	});
	return `${lead}${opposite}${statement.slice(only.index + only[0].length)}`;
}

/**
 * Whether the sentence's subject is a description that points back to something named earlier
 * ("The feat came within …", "the dynasty's authority", "The Manchester institution dates back
 * to …"): shown alone, the reader cannot tell what it means. A head noun the article's title uses
 * ("The war" in "Crimean War") is clear anywhere in the article.
 */
export function pointsBack(s: Sentence, statementOffset: number, title: string): boolean {
	const clause = findClause(s);
	if (!clause) return false;
	const subject = s.tokens.slice(clause.subject[0], clause.subject[1]);
	const first = subject[0];
	if (!first || first.start - s.start < statementOffset) return false;
	if (!/^(the|this|that|these|those)$/.test(first.normal) || subject.length > 4) return false;
	if (subject.some((t) => t.normal === 'of')) return false;
	// The possessor of "the dynasty's authority" is the word that names the referent.
	const owner = subject.findIndex((t) => t.tags.has('Possessive') || /['’]s$/.test(t.text));
	const head = owner > 0 ? subject[owner] : subject[subject.length - 1];
	if (!head || /^\p{Lu}/u.test(head.text) || head.tags.has('ProperNoun')) return false;
	const word = head.normal.replace(/['’]s$/, '').replace(/s$/, '');
	// "the UK government", "the French army": a country's own institution is one, named anywhere.
	const named = subject.slice(1, -1).some((t) => /^\p{Lu}/u.test(t.text));
	if (named && ONE_PER_COUNTRY.has(word)) return false;
	return !title.toLowerCase().includes(word);
}

/** Institutions a country has one of: "the UK government" needs no sentence before it. */
const ONE_PER_COUNTRY = new Set([
	'government',
	'parliament',
	'army',
	'navy',
	'economy',
	'constitution',
	'monarchy',
	'population',
	'capital',
	'legislature',
	'treasury'
]);

/** Subjects that name no topic: pronouns, quantifiers and vague heads. */
const NO_TOPIC =
	/^(it|they|he|she|we|you|i|this|that|these|those|there|some|many|most|all|each|both|one|others?|people|the (other|same|first|second|latter|former)\b)/i;

/**
 * What the sentence is about, for a statement item's stem: its main clause's subject ("Neptune",
 * "the Ottoman Empire"), when that is a short phrase with a name in it.
 */
export function topicOf(s: Sentence, statementOffset: number): string | undefined {
	const clause = findClause(s);
	if (!clause) return undefined;
	const [a, b] = clause.subject;
	const from = s.tokens[a];
	if (!from || b - a > 6 || from.start - s.start < statementOffset) return undefined;
	const text = spanText(s, a, b).replace(/[,;:]$/, '');
	if (!text || NO_TOPIC.test(text) || /["()]/.test(text)) return undefined;
	// Only a name makes a topic a reader recognises out of its sentence: "about Arsenal", not
	// "about the process".
	const named = s.tokens
		.slice(a, b)
		.some((t) => t.tags.has('ProperNoun') && /^\p{Lu}/u.test(t.text));
	if (!named) return undefined;
	// "The Football League" stays as written mid-stem; "The Sahara desert" too.
	return text;
}

function titled(s: Sentence, v: Value): boolean {
	const before = s.tokens[v.tokenStart - 1];
	return !!before && TITLE_SET.has(before.normal);
}

/** One statement fact per sentence that can stand alone, with every value that can be swapped. */
export function sentenceFact(
	s: Sentence,
	mentions: readonly Mention[],
	id: string,
	title = '',
	firstPerson = false,
	namingPerson?: string
): Fact | undefined {
	const statement = standaloneStatement(s, mentions, firstPerson, namingPerson);
	if (!statement || pointsBack(s, statement.offset, title)) return undefined;
	const inStatement = findValues(s, mentions).filter((v) =>
		statement.asideDropped
			? v.start > s.start && containsWords(statement.text, v.text)
			: v.start - s.start >= statement.offset + 1 && v.end - s.start <= statement.end
	);
	const isTitled = (v: Value) => v.type === 'person' && titled(s, v);
	const values = inStatement
		.filter((v) => v.type !== 'weekday' && !isTitled(v))
		.sort((a, b) => SWAP_ORDER.indexOf(a.type) - SWAP_ORDER.indexOf(b.type));
	const [first, ...rest] = values;
	const reversal = reversedStatement(statement.text);
	const topic = topicOf(s, statement.offset);
	const negation = negatedClaim(s, statement);
	const typed = (v: Value) => ({
		text: v.text,
		start: v.start,
		end: v.end,
		type: v.type,
		...(v.entity ? { entity: v.entity } : {})
	});
	return wholeSentenceFact(s, {
		id,
		kind: 'statement',
		// With no value, the statement can still be altered by negation.
		value: first ? typed(first) : { text: '', start: s.start, end: s.start, type: 'thing' },
		swaps: rest.map(typed),
		blanks: inStatement.filter(isTitled).map(typed),
		statement: statement.text,
		...(topic ? { topic } : {}),
		...(negation ? { negation } : {}),
		...(reversal ? { reversal } : {}),
		salience: 0
	});
}

/**
 * A fact that is a whole sentence, made by a kind that asks of the sentence rather than of a clause
 * (a main idea, a word in context, a claim's evidence): its place is the sentence's.
 */
export function wholeSentenceFact(
	s: Pick<Sentence, 'index' | 'paragraph' | 'start' | 'end'>,
	fact: Pick<Fact, 'id' | 'kind' | 'value' | 'statement' | 'salience'> &
		Partial<Omit<Fact, 'sentence' | 'paragraph' | 'start' | 'end'>>
): Fact {
	return {
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: '',
		action: '',
		object: '',
		...fact
	};
}
