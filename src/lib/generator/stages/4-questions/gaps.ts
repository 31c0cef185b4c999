// Stage 4c: fill-in-the-blank items. One sentence of the article with one value blanked out, and four
// short options of that value's type. The reader recalls what the sentence said; unlike a
// whole-sentence statement item, no option is a long near-copy of another.
import type { Fact, Span, ValueType } from '../../types';
import type { Term } from '../3-facts/concepts';
import { fitsSwap } from './statements';
import { plainWords, rarestWordSentences, titledAs, type SentenceIndex } from './ambiguity';
import { TITLE_KINDS } from '../../lexicons';
import { cutFromLarger, eraOf, filledByContext, fitsElsewhere } from './blank-context';
import { escapeRegExp } from '../../well-formed';
import { BOUND_WORDS } from '../../distractors/quantities';

type GapValue = Span & { type: ValueType; entity?: string };

/** What stands for the missing words in a stem. */
export const BLANK = '_____';
export const GAP_PROMPT = 'Fill in the blank:';

/**
 * A sentence shorter than this gives too little context ("Charles I dissolved parliament in
 * _____."): over the tuning reviews, blanks in sentences of seven words or fewer were used as they
 * were 8 times in 28 and rejected 10 times, against 52% and 16% at 13 to 20 words. A longer one
 * than MAX_WORDS is a reading task of its own.
 */
const MIN_WORDS = 8;
/** A name is blanked only in a sentence of at least this many words. */
const MIN_WORDS_FOR_NAME = 8;
const NAMED: ReadonlySet<ValueType> = new Set(['person', 'organisation']);
const MAX_WORDS = 30;

/**
 * Values worth blanking: names, dates and numbers are checkable against the article. Common-noun
 * "things" are not: their distractors ("Others", "Stain") are rarely of the answer's kind.
 */
const GAP_TYPES: ReadonlySet<ValueType> = new Set([
	'person',
	'organisation',
	'place',
	'year',
	'date',
	'weekday',
	'quantity',
	'title'
]);

export interface GapItem {
	stem: string;
	answer: string;
	distractors: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How often `words` stand as whole words in `text`, ignoring case. A plain search, not a RegExp
 * per call: it runs for every value and option of every sentence.
 */
function occurrences(text: string, words: string): number {
	const hay = text.toLowerCase();
	const needle = words.toLowerCase();
	if (!needle) return 0;
	let n = 0;
	for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
		const before = hay[at - 1];
		const after = hay[at + needle.length];
		if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) n++;
	}
	return n;
}

/**
 * The fact's statement with its first value that has three fitting distractors blanked out. A
 * distractor fits when the sentence still reads as English with it in the blank (the same rules as
 * a statement's swaps) and the sentence does not already name it (it would be true, or a cue).
 */
export function gapItem(
	fact: Fact,
	distractorsFor: (value: GapValue) => string[],
	terms: readonly Term[] = [],
	article?: SentenceIndex
): GapItem | undefined {
	return gapItems(fact, distractorsFor, terms, article, 1)[0];
}

/**
 * Up to `limit` blanks of the fact's statement, each on another of its values, in the order
 * `gapItem` tries them: selection then picks which one a quiz asks ("Russia" asked once already,
 * the same sentence can ask for the person instead).
 */
export function gapItems(
	fact: Fact,
	distractorsFor: (value: GapValue) => string[],
	terms: readonly Term[] = [],
	article?: SentenceIndex,
	limit = 3
): GapItem[] {
	const items: GapItem[] = [];
	const whole = fact.statement;
	if (!whole) return items;
	const words = whole.split(/\s+/).length;
	if (words < MIN_WORDS) return items;
	const values = [fact.value, ...(fact.swaps ?? []), ...(fact.blanks ?? [])].filter(
		(v) => GAP_TYPES.has(v.type) && v.text
	);
	for (const v of [...values, ...termValues(whole, terms)]) {
		// A long sentence is shown up to the end of the clause that holds the blank, when what follows
		// is an aside ("…, which …", "…, including …"): the part shown stays true on its own.
		const text = words <= MAX_WORDS ? whole : clauseHolding(whole, v.text);
		if (!text || !blankable(text, v)) continue;
		const at = text.indexOf(v.text);
		const before = text.slice(0, at);
		const after = text.slice(at + v.text.length);
		if (cutFromLarger(v, before, after) || filledByContext(v, before, after, article)) continue;
		const distractors = fittingDistractors(text, at, v, distractorsFor(v), article);
		if (distractors.length < 3) continue;
		const stem = `${GAP_PROMPT} ${before}${BLANK}${after}`;
		if (items.some((i) => i.answer === v.text)) continue;
		items.push({ stem, answer: v.text, distractors: distractors.slice(0, 3) });
		if (items.length === limit) break;
	}
	return items;
}

/**
 * Whether the value may be blanked in the text at all: said once, and not a name in a short
 * sentence or used as a modifier, nor an exact figure in an aside.
 */
function blankable(text: string, v: GapValue): boolean {
	// "_____ advocated the rule of law": a name blanked in a short sentence fits whoever else the
	// article says did the same (three reviewers found a second right answer there).
	if (NAMED.has(v.type) && text.replace(v.text, BLANK).split(/\s+/).length < MIN_WORDS_FOR_NAME)
		return false;
	const at = text.indexOf(v.text);
	// "…, with a population of _____", "…, which was released in _____": an exact figure or date
	// in an aside is a detail of a detail, not the sentence's point (the issue's "do not ask exact
	// figures from asides"; over the tuning reviews, 93% of such blanks were judged trivia
	// against 76% of figures in a main clause).
	if (FIGURE_TYPES.has(v.type) && inAside(text, at)) return false;
	// "in more than _____ years": if "more than 900" is right, "more than 700" is true as well, so
	// a figure under a bound has no single key (review k3, two double keys).
	if (v.type === 'quantity' && BOUND_BEFORE.test(text.slice(0, at))) return false;
	// "The first was a _____ adaptation", "a _____ space capsule": a name used as a modifier is
	// filled by whatever kind of name fits, a person, a body or a place.
	if (
		NAMED.has(v.type) &&
		/\b(a|an)\s+$/i.test(text.slice(0, at)) &&
		/^\s+\p{Ll}/u.test(text.slice(at + v.text.length))
	)
		return false;
	// The answer must stand once: a second mention left in the stem would give it away.
	return at >= 0 && occurrences(text, v.text) === 1;
}

/**
 * The options that fit the blank: not in the sentence already, reading as English in the blank,
 * not said in the blank's context elsewhere, and titled as the blank is.
 */
function fittingDistractors(
	text: string,
	at: number,
	v: GapValue,
	options: string[],
	article: SentenceIndex | undefined
): string[] {
	const before = text.slice(0, at);
	const after = text.slice(at + v.text.length);
	// A term mid-sentence is written in lower case, and so are the terms offered beside it.
	const lower = v.type === 'thing' && at > 0;
	const titles = v.type === 'person' ? titleKindBefore(before) : undefined;
	// "In _____, during the Second World War, …": a year outside the era the sentence names is ruled
	// out unread (review k3 offered 1936 and 1938), so wrong years stay inside it.
	const era = v.type === 'year' || v.type === 'date' ? eraOf(text) : undefined;
	const inEra = (d: string) => {
		const year = Number(/\b(1\d{3}|20\d{2})\b/.exec(d)?.[1] ?? NaN);
		return !era || (year >= era[0] && year <= era[1]);
	};
	return options
		.map((d) => (lower ? d.charAt(0).toLowerCase() + d.slice(1) : d))
		.filter(
			(d) =>
				occurrences(text, d) === 0 &&
				fitsSwap(text, at, v, d) &&
				inEra(d) &&
				!sameActElsewhere(article, before, v, d) &&
				!fitsElsewhere(article, before, after, d) &&
				(!titles || (!!article && titledAs(article, titles, d)))
		);
}

/**
 * Whether the article says the sentence's act of this option: "Hopper retired from the Naval
 * Reserve in _____" beside "she finally retired in 1986" (review k3: a double key).
 */
function sameActElsewhere(
	article: SentenceIndex | undefined,
	before: string,
	v: GapValue,
	option: string
): boolean {
	if (!article || !FIGURE_TYPES.has(v.type)) return false;
	const verb = /\b(\p{Ll}{3,}ed)\b(?!.*\b\p{Ll}{3,}ed\b)/u.exec(before)?.[1];
	const prep = /\b(in|on|by|from|since|until)\s+$/i.exec(before)?.[1];
	if (!verb || !prep) return false;
	// Said of the same one: the sentence's first name ("Hopper") or a pronoun standing for it.
	const subject = /^(?:\S+\s+){0,3}?(\p{Lu}\p{Ll}+)\b/u.exec(before)?.[1]?.toLowerCase();
	const words = plainWords(`${verb} ${prep} ${option}`);
	const needle = ` ${words.join(' ')} `;
	// Only the sentences holding the rarest of the words can hold the phrase.
	return rarestWordSentences(article, words).some((i) => {
		const s = article.text.get(i) ?? '';
		const same =
			/ (he|she|they) /.test(s) ||
			(!!subject && !OPENING.test(subject) && s.includes(` ${subject} `));
		return s.includes(needle) && same;
	});
}

/** Capitalised words that open a sentence, not its subject. */
const OPENING = /^(in|on|at|the|a|an|when|after|before|during|by|from|since|its|his|her|their)$/;

/**
 * The kind of title written just before a blank ("by Emperor _____", "Professor _____"): only
 * someone the article gives a title of that kind fills it.
 */
function titleKindBefore(before: string): readonly string[] | undefined {
	const word = /\b(\p{Lu}\p{Ll}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
	return word ? TITLE_KINDS.find((kind) => kind.includes(word)) : undefined;
}

/**
 * Where an aside starts: a comma before a relative, concessive or participle clause (", raising
 * concerns", ", including"), a semicolon or a dash. Cutting there leaves the main clause whole.
 */
const ASIDE =
	/(,\s+(which|who|whom|whose|where|while|whereas|although|though|with|as well as|despite|after|before|until|[a-z]{3,}ing)\b|;|\s[—–]\s)/g;

/** A bound just before a figure: "more than", "at least", "under". */
const BOUND_BEFORE = new RegExp(`\\b(${BOUND_WORDS})\\s+[$€£]?$`, 'i');

/** An aside closed by a comma, after which the main clause goes on: its verb or its "to" clause. */
const RESUMES =
	/^,[^;]*?,\s+(to \p{Ll}+|is|was|are|were|has|have|had|will|would|can|could|must|should|may|might|remains?|remained)\b/u;

/** Values that are exact figures or dates: asked in a sentence's main clause only. */
const FIGURE_TYPES: ReadonlySet<ValueType> = new Set(['quantity', 'year', 'date', 'weekday']);

/** Whether the text at `at` lies in an aside: after a comma that opens one (ASIDE). */
function inAside(text: string, at: number): boolean {
	return [...text.matchAll(ASIDE)].some((m) => m.index < at);
}

/**
 * The sentence up to the first aside after `answer`, ended with a full stop, when that part has
 * between MIN_WORDS and MAX_WORDS words; otherwise undefined.
 */
export function clauseHolding(sentence: string, answer: string): string | undefined {
	const at = sentence.indexOf(answer);
	if (at < 0) return undefined;
	const from = at + answer.length;
	for (const m of sentence.matchAll(ASIDE)) {
		if (m.index < from) continue;
		// "rules requiring makers of appliances, including fridges and televisions, to make parts
		// available": an aside the main clause resumes after is no end to cut at (review k3).
		if (RESUMES.test(sentence.slice(m.index))) return undefined;
		const head = sentence.slice(0, m.index).trimEnd();
		const n = head.split(/\s+/).length;
		if (n > MAX_WORDS) return undefined;
		// An open bracket or quote left before the cut would leave the part shown broken.
		if (n >= MIN_WORDS && !/[("“]/.test(head.replace(/\([^)]*\)|"[^"]*"|“[^”]*”/g, '')))
			return `${head.replace(/[,:]$/, '')}.`;
	}
	return undefined;
}

/** Words after which a noun phrase starts: a term after any other word may be part of a longer one. */
const PHRASE_START =
	/^(the|a|an|of|in|on|at|to|for|by|with|from|into|as|and|or|but|than|that|which|is|are|was|were|be|been|its|their|his|her|our|this|these|those|about|between|through|during|without|under|over)$/i;

/** Words that may follow a whole noun phrase: prepositions, conjunctions, determiners, auxiliaries. */
const PHRASE_END =
	/^(each|every|the|a|an|this|these|those|its|their|his|her|our|all|both|some|many|most|more|less|last|next|now|then|here|there|still|already|since|until|if|unless|though|although|whereas|whether|of|in|on|at|to|for|by|with|from|into|under|over|near|about|around|during|after|before|through|and|or|but|nor|so|yet|as|than|that|which|who|whom|whose|where|when|while|because|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did|not|also)$/i;

/**
 * The article's terms this sentence uses, as values to blank: only terms of two or more words or
 * ones the article defines ("the equatorial low", "oligarchy"), since a lone common word ("rain")
 * blanked out is a guessing game. Longer and defined terms first.
 */
function termValues(text: string, terms: readonly Term[]): GapValue[] {
	const out: (GapValue & { rank: number })[] = [];
	const lower = text.toLowerCase();
	for (const t of terms) {
		if (!t.defined && !t.text.includes(' ')) continue;
		// Most terms are not in this sentence: a plain search rules them out before any RegExp.
		if (!lower.includes(t.text.toLowerCase())) continue;
		const m = new RegExp(
			`(^|[^\\p{L}\\p{N}])(${escapeRegExp(t.text)})(?=$|[^\\p{L}\\p{N}])`,
			'iu'
		).exec(text);
		if (!m) continue;
		const start = m.index + (m[1] ?? '').length;
		const written = m[2] ?? t.text;
		// "plant circadian rhythms": a term after a bare word is part of a longer noun phrase.
		const previous = /(\p{L}+)\s+$/u.exec(text.slice(0, start))?.[1];
		if (previous && !PHRASE_START.test(previous)) continue;
		// "a house cat", "peppermint oil": a term before another word of its phrase is its modifier.
		const next = /^\s+(\p{L}+)/u.exec(text.slice(start + written.length))?.[1];
		if (next && !PHRASE_END.test(next)) continue;
		out.push({
			text: written,
			start,
			end: start + written.length,
			type: 'thing',
			// A thing's "entity" is its grammatical number, which its distractors share.
			entity: t.number,
			rank: (t.defined ? 10 : 0) + t.text.split(' ').length
		});
	}
	return out.sort((a, b) => b.rank - a.rank).map(({ rank: _rank, ...v }) => v);
}
