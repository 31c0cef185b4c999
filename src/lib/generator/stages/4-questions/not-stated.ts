// "Which of these is NOT one of the diseases the article says bacteria cause?": three items a
// sentence lists and one member of their set the list leaves out (the key), by preference one the
// article names elsewhere, so a reader must know which list it stands in. Opt-in (kind
// `not-stated`). The list's items must all belong to one set: of the lexicons (not-stated-sets.ts)
// or of the article's own names of people or organisations; the stem names the set from the
// sentence's own frame.
import type { Candidate, Fact, Lexicon, Sentence, Token } from '../../types';
import type { EntityIndex } from '../3-facts/entities';
import { hashString } from '../../random';
import { impliedCountries } from '../../distractors/regions';
import { escapeRegExp, wordsOf } from '../../well-formed';
import { findLists, type FoundList, type ListedItem } from './not-stated-lists';
import { articleNounKinds, wordNetSets } from './not-stated-wordnet';
import { statementCandidates } from './not-stated-statements';
import {
	partNotMember,
	placeApartProblem,
	sharesShownKind,
	unspokenPlural
} from './not-stated-outsider';
import {
	articleNames,
	articleNameSets,
	keyApartProblem,
	nearFirst,
	pluralOf,
	TAKES_THE
} from './not-stated-sets';

export const NOT_STATED_PREFIX = 'Which of these does the article NOT';
/** "Which of these is NOT one of the crops the article says farmers grow?" */
export const NOT_ONE_OF_PREFIX = 'Which of these is NOT one of';

/** At most this many items per article: one list is one point, not the article. */
const MAX_ITEMS = 4;
/** The longest clause a stem keeps from its sentence, in words. */
const FRAME_MAX_WORDS = 14;

/** Words that open a list as examples of what comes before: "crops such as …". */
const INTRODUCER =
	/(?:,\s*|\s)(such as|including|like|especially|notably|namely|particularly)\s*$/i;
/** A clause opening on one of these leans on a sentence the reader is not shown. */
const PRONOUN_OPENING =
	/^(he|she|it|they|we|i|you|this|these|those|that|there|his|her|its|their|our|my|some|others|with|so|but|and|or|as|while|because|although|which|who|where|when|if|for|from|in|on|at|by|of|to)\b/i;
/** Determiners and quantifiers before a set's noun, left out of "among the …". */
const DETERMINER =
	/^(the|a|an|some|many|several|various|other|such|these|those|all|most|certain|numerous|few)$/i;

/** The not-stated items of an article: one per sentence with a fit list, in article order. */
export function notStatedCandidates(
	text: string,
	sentences: readonly Sentence[],
	index?: EntityIndex,
	lexicon?: Lexicon
): Candidate[] {
	const out: Candidate[] = [];
	const names = index ? articleNameSets(index.entities.values()) : [];
	let nouns: ReturnType<typeof articleNounKinds> | undefined;
	// The dictionary's sets for a sentence whose lists no lexicon set holds ("flour, sugar and butter").
	const dictionarySets = (s: Sentence) => {
		if (!lexicon) return [];
		nouns ??= articleNounKinds(sentences, lexicon);
		return wordNetSets(s, nouns, lexicon);
	};
	for (const s of sentences) {
		if (out.length >= MAX_ITEMS) break;
		const item =
			firstItem(text, s, findLists(s.text, names), lexicon) ??
			(/,? (and|or) /.test(s.text)
				? firstItem(text, s, findLists(s.text, dictionarySets(s)), lexicon)
				: undefined);
		if (item) out.push(item);
	}
	// What the article says one subject does (not-stated-statements.ts), after its lists.
	out.push(...statementCandidates(text, sentences, index, lexicon));
	return out;
}

/** The item of the first list of the sentence that makes one. */
function firstItem(
	text: string,
	s: Sentence,
	lists: FoundList[],
	lexicon?: Lexicon
): Candidate | undefined {
	for (const list of lists) {
		const item = listItem(text, s, list, lexicon);
		if (item) return item;
	}
	return undefined;
}

/** The item of one list: a stem naming its set, three members, and an outsider as key. */
function listItem(
	text: string,
	s: Sentence,
	list: FoundList,
	lexicon?: Lexicon
): Candidate | undefined {
	const frame = stemOf(s, list) ?? relativeStem(s, list);
	// No frame to name the list by: a set of a plain name is asked as what the article never mentions.
	const mention = modifiesNoun(s, list) ? undefined : mentionStem(list);
	// A frame that leans on what the stem does not show ("move their flocks … in") is no frame
	// where the set has a plain name to ask by instead.
	const framed = frame && !(mention && leansOnUnshown(frame)) ? frame : undefined;
	const stem = framed ?? mention;
	if (!stem) return undefined;
	const shown = list.items.filter((i) => i.match).slice(0, 3);
	const key = outsider(text, s.text, list, shown, stem, !framed, lexicon);
	if (!key) return undefined;
	const fact = listFact(s, list, key);
	const named = list.items.map((i) => `"${i.text}"`).join(', ');
	const elsewhere = articleNames(text, key);
	return {
		id: `${fact.id}-not-stated`,
		kind: 'not-stated',
		stem,
		answer: key,
		distractors: shown.map((i) => optionOf(i.text)),
		fact,
		source: { sentence: s.text, start: s.start, end: s.end },
		explanation: elsewhere
			? `The article lists ${named} here; it names "${key}" elsewhere, not in this list.`
			: `The article lists ${named} here and never names "${key}".`,
		listed: list.items.map((i) => i.text)
	};
}

/** Lexicon sets whose name a stem may say alone: plain words for things of one narrow sort. */
const PLAIN_SET_NAMES =
	/^(cereals|diseases|crops|fruits|vegetables|drinks|metals|fuels|energy sources|materials|natural disasters|farm animals|wild animals|sports|musical instruments|school subjects|body organs|occupations|chemicals|fields of study|arts|buildings|crimes|emotions|languages|planets|Greek gods|religions|countries|US states|continents|cities)$/;

/**
 * "Which of these birds does the article NOT mention?": for a list whose sentence gives no clause
 * to name it by, when its set has a plain name. Its key is a member the article never names
 * anywhere (outsider), so the frame of the list (a negation, a comparison) cannot make it right.
 */
function mentionStem(list: FoundList): string | undefined {
	if (!plainlyNamed(list)) return undefined;
	return `Which of these ${list.set.name} does the article NOT mention?`;
}

/**
 * Whether a framed stem names people only by a pronoun ("the shepherds move their flocks"): who
 * "they" or "she" are the stem does not show. ("Its wool", "farmers there" read as the article's.)
 */
export const leansOnUnshown = (stem: string) =>
	/\b(they|them|their|he|him|his|she|her)\b/i.test(stem);

/** Whether a stem may name the list's set by its name alone ("birds"), with no frame to carry it. */
function plainlyNamed(list: FoundList): boolean {
	// "Which of these artifacts …?": a kind only the sentence's frame carries is never named alone.
	if (list.set.framed) return false;
	return !!list.set.plain || PLAIN_SET_NAMES.test(list.set.name);
}

/** A restrictive clause after a list: "that spend the winter below", to the sentence's end. */
const RELATIVE_TAIL = /^\s*(that) (\p{Ll}+(?: [\p{L}'’-]+){1,9})[.!?]?$/u;
/** Words of a clause that lean on a sentence the reader is not shown. */
const LEANING_WORD = /\b(it|its|they|them|their|he|him|his|she|her|this|these|those|there)\b/i;

/**
 * "… the fish, frogs, turtles and insects that spend the winter below" → "Which of these does the
 * article NOT name among the animals that spend the winter below?": a list the sentence narrows by
 * a restrictive clause is named by its set and that clause, when the set has a plain name and the
 * clause's verb follows "that" at once. (After a comma, "which" adds a remark: no frame.)
 */
export function relativeStem(s: Sentence, list: FoundList): string | undefined {
	const m = RELATIVE_TAIL.exec(list.after);
	if (!m || !plainlyNamed(list)) return undefined;
	// "… from Eritrea, Afghanistan and Libya who applied": after names, the clause is of the
	// people of an earlier noun, not of the places: only a list of common nouns is named by it.
	if (list.items.some((i) => /^\p{Lu}/u.test(i.text.replace(/^the /i, '')))) return undefined;
	// "the eggs of fish, frogs and newts that hatch in May": the clause may be of the noun before "of".
	if (/\bof (the )?$/i.test(list.before)) return undefined;
	const clause = m[2] as string;
	if (LEANING_WORD.test(clause) || !frameFits(clause)) return undefined;
	if (!verbAt(s, s.text.indexOf(clause, list.items[list.items.length - 1]?.end ?? 0)))
		return undefined;
	return `${NOT_STATED_PREFIX} name among the ${list.set.name} ${m[1]} ${clause}?`;
}

/**
 * Whether the list's items modify a noun after it ("French, Russian and Dutch registry", "gold and
 * silver coins"): they are no languages or metals the article mentions, only words of a phrase.
 */
function modifiesNoun(s: Sentence, list: FoundList): boolean {
	const last = list.items[list.items.length - 1];
	if (!last) return false;
	const next = s.tokens.find((t) => t.start - s.start > last.end);
	return (
		!!next &&
		/^ \p{Ll}/u.test(s.text.slice(last.end, next.start - s.start + 1)) &&
		next.tags.has('Noun') &&
		!next.tags.has('Pronoun')
	);
}

/** The fact the item stands on: the sentence, its first listed item as the value. */
function listFact(s: Sentence, list: FoundList, key: string): Fact {
	const first = list.items[0] as ListedItem;
	const place = /countries|states|continents|cities/.test(list.set.name);
	return {
		id: `list-${s.index}-${first.start}`,
		kind: 'list',
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: list.set.name,
		action: '',
		object: key,
		value: {
			text: first.text,
			start: s.start + first.start,
			end: s.start + first.end,
			type: place ? 'place' : 'thing'
		},
		statement: s.text,
		salience: 1
	};
}

/**
 * The key: a member of the list's set outside the list, sharing no word with the listed items, of
 * their length in words and their number. By preference one the article names elsewhere, in no
 * sentence with a weighty word of the stem (keyApartProblem); else one it never
 * names, the listed items' own region first for countries. One of them, by a hash of the sentence.
 */
function outsider(
	text: string,
	sentence: string,
	list: FoundList,
	shown: ListedItem[],
	stem: string,
	neverNamed: boolean,
	lexicon?: Lexicon
): string | undefined {
	const listed = list.items.flatMap((i) => (i.match ? [i.match.member] : []));
	const used = new Set(list.items.flatMap((i) => wordsOf(i.text)));
	const lengths = shown.map((i) => wordsOf(i.text.replace(/^the /i, '')).length);
	const plural = shown.filter((i) => i.match?.plural).length >= 2;
	const shownMembers = shown.flatMap((i) => (i.match ? [i.match.member] : []));
	const fits = (pool: readonly string[]) =>
		pool.filter(
			(m) =>
				!listed.includes(m) &&
				!oddOneOut(list, shownMembers, m, plural, lexicon) &&
				!TAKES_THE.test(m) &&
				!wordsOf(m).some((w) => used.has(w)) &&
				wordsOf(m).length >= Math.min(...lengths) &&
				wordsOf(m).length <= Math.max(...lengths)
		);
	const elsewhere = fits(list.set.outsiders ?? list.set.members).filter(
		(m) =>
			!neverNamed &&
			articleNames(text, m) &&
			!articleNames(sentence, m) &&
			!keyApartProblem(text, m, stem, list.set.name)
	);
	// "France" is mentioned by "the French", "Kenya" by "Nairobi": never a key the text names so.
	const implied = impliedCountries(text);
	const unnamed = (m: string) => !articleNames(text, m) && !implied.has(m) && !derivedIn(text, m);
	const near = fits(nearFirst(list.set, listed)).filter(unnamed);
	const pool = elsewhere.length
		? elsewhere
		: near.length
			? near
			: fits(list.set.members).filter(unnamed);
	if (!pool.length) return undefined;
	const member = pool[hashString(shown.map((i) => i.text).join('|')) % pool.length] as string;
	const formed = plural ? pluralOf(member) : member;
	// "Floods, droughts and storms" at the opening of a sentence: the options keep one case.
	return shown.every((i) => /^\p{Lu}/u.test(i.text)) ? capitalise(formed) : formed;
}

/**
 * Whether an outsider would stand apart from the shown items by more than being unlisted: a place
 * outside the region or country the three share, a plural no one says ("fleshes"), a piece of a
 * member rather than one ("log" beside trees), or a common noun outside the narrowest kind the
 * three shown share (not-stated-outsider.ts). A reader could pick it unread (review k13).
 */
function oddOneOut(
	list: FoundList,
	shown: readonly string[],
	member: string,
	plural: boolean,
	lexicon?: Lexicon
): boolean {
	if (placeApartProblem(list.set.name, shown, member)) return true;
	if (!lexicon || !/^\p{Ll}/u.test(member)) return false;
	if ((plural && unspokenPlural(member, lexicon)) || partNotMember(member, lexicon)) return true;
	// A set the dictionary made (not-stated-wordnet.ts): its kind is of all the listed items.
	return !!list.set.outsiders && !sharesShownKind(member, shown, lexicon);
}

/**
 * Whether the text writes a word made from `member` ("Asian" of "Asia", "Italian" of "Italy",
 * "flooding" of "flood"): an article that says so mentions it, if not by name.
 */
export function derivedIn(text: string, member: string): boolean {
	const stem = member.replace(/[aeiouy]$/i, '');
	if (stem.length < 3) return false;
	return new RegExp(`(?<![\\p{L}-])${escapeRegExp(stem)}\\p{L}`, 'iu').test(text);
}

/** An item as an option: "the United States" → "United States", like the outsider. */
const optionOf = (item: string) => item.replace(/^the /i, '');

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * The stem: "… NOT one of the <set> the article says <clause>?" for a list of examples ("diseases
 * such as …"), "… NOT name as one of <subject>?" for a list after a copula, "… NOT say <clause>?"
 * for a list that ends its sentence after another verb ("bacteria inhabit …") or opens it before
 * one ("… had large areas at the show").
 */
export function stemOf(s: Sentence, list: FoundList): string | undefined {
	const before = withoutLeadWords(s, list.before.replace(/[\s:,]+$/, ''));
	const after = list.after.replace(/^[\s,]+/, '').replace(/[\s.!?"”]+$/, '');
	if (/["“”]/.test(list.before) || /\b(I|we|my|our|you)\b/i.test(s.text)) return undefined;
	const intro = INTRODUCER.exec(list.before);
	if (intro) return examplesStem(s, list.before.slice(0, intro.index), after);
	// "… are used: the rope, …": only a set named before the colon says what the list is of.
	if (/:\s*$/.test(list.before)) return examplesStem(s, before, after);
	if (!before && verbAt(s, s.text.indexOf(after))) {
		const clause = after.replace(/^(all|both|each)\s+/i, '');
		return frameFits(clause) ? `${NOT_STATED_PREFIX} say ${clause}?` : undefined;
	}
	// "The children bought flour, sugar and butter at the shop": a verb's list, then a place or time.
	// Any other words after the list ("… to break up the ground", "…, which need little care") are
	// left out: the stem asks of the verb's list alone (droppedTail).
	if (after && before) {
		const middle = middleStem(s, before, after);
		if (middle || !droppedTail(after)) return middle;
	}
	// "Bacteria inhabit soil, water and …": the list must end the sentence, the clause on a verb.
	if (!before) return undefined;
	const clause = plainClause(s, before);
	// "… the others being": a clause on a participle has no tense to say it in.
	if (clause && /ing$/.test(clause)) return undefined;
	if (clause && (endsOnVerb(s, before) || endsOnNounPreposition(s, before)))
		return COPULA_END.test(clause) ? copularStem(clause) : `${NOT_STATED_PREFIX} say ${clause}?`;
	// A list after a phrase that names no set ("Harvests of", "because juices from") would be asked
	// only by quoting it, which no teacher writes (review k6, P5-Q5, P6-Q7): no item.
	return undefined;
}

/** Words before a list that deny or bound it: dropping one would turn what the sentence says. */
const NEGATING = /^(no|not|never|neither|nor|without|few|fewer|little|less|only|non-\p{Ll}+)$/iu;
/** Words before a list's first item that qualify the list, not the verb: "the", "their", "all". */
const LEAD_DETERMINER = /^(the|their|its|his|her|all|any|some|many|most|new|old)$/i;

/**
 * "town crews will collect flood-damaged" → "town crews will collect": a determiner or a modifier
 * of the first item ("flood-damaged furniture, carpets and …") belongs to the list, not to the
 * verb's frame, and is no part of the option either: it is dropped, when a verb stands before it.
 * Two words at most, none of them a noun, a name or a figure ("the 1990s"), so a set named before
 * the list ("the crops") is never cut.
 */
export function withoutLeadWords(s: Sentence, before: string): string {
	let out = before;
	for (let n = 0; n < 2; n++) {
		const cut = out.lastIndexOf(' ');
		if (cut < 0) return before;
		const word = out.slice(cut + 1);
		const tok = tokenEndingAt(s, s.text.indexOf(before) + out.length);
		// "grows no wheat, …", "fewer cars, …": a word that turns or bounds the list is never dropped.
		if (!tok || !/^\p{Ll}[\p{Ll}-]*$/u.test(word) || NEGATING.test(word)) return before;
		const modifier =
			LEAD_DETERMINER.test(word) ||
			((tok.tags.has('Adjective') || /\p{Ll}-\p{Ll}/u.test(word)) &&
				!tok.tags.has('Noun') &&
				!tok.tags.has('Verb'));
		if (!modifier) return before;
		out = out.slice(0, cut);
		if (endsOnVerb(s, out)) return out;
	}
	return before;
}

/** "at no charge", "at no extra cost", "free of charge": a price, with no negation in it. */
const FREE_OF_CHARGE = /\b(at no (extra |additional )?(cost|charge)|free of charge)\b/gi;

/**
 * Whether the words after a list may be left out of a stem that asks of its verb: a phrase of
 * place, purpose or time, or a clause of its own after a comma or a joining word; never a
 * comparison or a negation that turns what the verb says ("… but not cattle", "… than wheat").
 */
function droppedTail(after: string): boolean {
	// "… at no charge": a price, not a negation of what the verb says.
	const plain = after.replace(FREE_OF_CHARGE, '');
	if (/\b(not|never|no|than|except|instead|rather|unlike|without)\b/i.test(plain)) return false;
	return /^(,\s*)?(which|who|while|when|because|so|as|to|from|of|for|along|across|around|near|in|on|at|with|into|during|after|before)\b/i.test(
		after
	);
}

/**
 * "farmers reported damage to" before a list: a clause with a verb and then a noun and its
 * preposition, which a stem may end on ("… NOT say farmers reported damage to?").
 */
function endsOnNounPreposition(s: Sentence, before: string): boolean {
	const words = before.split(' ');
	// "damage to", "a taste for": a noun's own preposition; or where the verb's act was done
	// ("people lit cigarettes in", "sold stamps at"), which the list then names.
	if (words.length < 4 || !/^(to|of|for|about|on|in|at)$/.test(words[words.length - 1] ?? ''))
		return false;
	const cut = before.lastIndexOf(', ');
	const from = cut < 0 ? 0 : cut + 2;
	const inClause = s.tokens.filter(
		(t) => t.start - s.start >= from && t.end - s.start <= before.length
	);
	const noun = inClause[inClause.length - 2];
	return (
		!!noun &&
		noun.tags.has('Noun') &&
		!noun.tags.has('Pronoun') &&
		inClause.slice(1, -2).some(isVerb)
	);
}

/** Words that open what follows a verb's list: where, when, or with what it was done. */
// (Not "from": "… old fishing boats from the region" is of the last item, not where it was done.)
const ADJUNCT = /^(at|in|on|for|into|with|during|across|around|throughout)\s/;

/**
 * "… NOT say the children bought at the village shop?": the list's verb, then the phrase after the
 * list, when that is a place or a time (no comma, no clause of its own).
 */
function middleStem(s: Sentence, before: string, after: string): string | undefined {
	if (!ADJUNCT.test(after) || /[,;:]|\b(and|or|but|which|who|that)\b/.test(after)) return undefined;
	const clause = plainClause(s, before);
	if (!clause || !endsOnVerb(s, before) || COPULA_END.test(clause)) return undefined;
	// "… the others being": a clause on a participle has no tense to say it in.
	if (/ing$/.test(clause)) return undefined;
	const frame = `${clause} ${after}`;
	return frameFits(frame) ? `${NOT_STATED_PREFIX} say ${frame}?` : undefined;
}

/** A copula or "include" that ends the clause before a list: the subject names the set. */
const COPULA_END = / (is|are|was|were|include|includes|included)$/;

/**
 * "The top countries for investment were …" → "… NOT name as one of the top countries for
 * investment?": a list after a copula is named by the clause's subject, with "the" before it.
 */
function copularStem(clause: string): string | undefined {
	if (!COPULA_END.test(clause)) return undefined;
	const subject = clause.replace(COPULA_END, '');
	// "its main exports", "some of the …": a subject without "the" of its own reads badly after "one of".
	if (
		/^(a|an|its|his|her|their|some|many|most|all|one|two|three|several|these|those)\b/i.test(
			subject
		)
	)
		return undefined;
	if (!/\p{Ll}s\b/u.test(subject)) return undefined;
	const named = /^the /i.test(subject) ? subject : `the ${subject}`;
	return `${NOT_STATED_PREFIX} name as one of ${named}?`;
}

/** "… NOT one of the <set> the article says …?" for the set a list gives examples of (`head` ends on it). */
function examplesStem(s: Sentence, head: string, after: string): string | undefined {
	const words = head.trim().split(' ');
	const noun: string[] = [];
	let singularHead = false;
	// The set's noun phrase: the words back from the introducer to a determiner, verb or preposition.
	while (words.length && noun.length < 4) {
		const w = words[words.length - 1] as string;
		const tok = tokenEndingAt(s, head.lastIndexOf(w) + w.length);
		if (DETERMINER.test(w) || !tok || !/Noun|Adjective/.test([...tok.tags].join(' '))) break;
		if (tok.tags.has('Verb') && !tok.tags.has('Noun')) break;
		// "… studies show dicot species such as …": a verb the tagger also reads as a noun.
		noun.unshift(w.replace(/,$/, ''));
		if (noun.length === 1) singularHead = tok.tags.has('Singular');
		words.pop();
	}
	// "one of the working gas" (review k10): a head ending in "s" is not a plural ("gas", "canvas").
	if (
		!noun.length ||
		singularHead ||
		!/s$/.test(noun[noun.length - 1] ?? '') ||
		PRONOUN_OPENING.test(noun[0] ?? '')
	)
		return undefined;
	while (words.length && DETERMINER.test(words[words.length - 1] ?? '')) words.pop();
	// "… encompassed a range of activities such as …": the amount is not what the clause says.
	const amount = QUANTITY_OF.exec(words.join(' '));
	if (amount) words.splice(words.length - amount[0].trim().split(' ').length);
	const set = `the ${lowerFirst(s, noun.join(' '))}`;
	// "… NOT list among the celebrity guests?": a set of two words or more is named enough alone;
	// "the artists" of an article on art is not.
	// The phrase must open after a word that bounds it ("consume", "by", "the"), not after a comma
	// or a figure ("…in 1989, show dicot species"), where its first word may be the verb.
	const bound = /^\p{L}+$/u.test(words[words.length - 1] ?? '');
	const fallback =
		noun.length >= 2 && bound ? `${NOT_STATED_PREFIX} list among ${set}?` : undefined;
	const rest = words.join(' ');
	if (!rest) {
		// "Many kingdoms, such as …, have absolute monarchs": the set is the subject.
		if (!after || !verbAt(s, s.text.indexOf(after)) || !frameFits(after)) return fallback;
		return `${NOT_ONE_OF_PREFIX} ${set} the article says ${after}?`;
	}
	const clause = plainClause(s, rest);
	if (!clause || !endsOnVerb(s, rest)) return fallback;
	return `${NOT_ONE_OF_PREFIX} ${set} the article says ${clause}?`;
}

/** "a range of", "a wide variety of": words of amount before a list's noun. */
const QUANTITY_OF =
	/\s(a|an)( (wide|broad|whole|large|small|great|growing))? (range|variety|number|host|mix|array|series|set|list|handful|selection) of$/i;

/** The clause before a list without its fronted words ("Today, …"), in lower case unless a name. */
function plainClause(s: Sentence, text: string): string | undefined {
	const cut = text.lastIndexOf(', ');
	// "…, so the children were tutored in": the joining word belongs to the sentence, not the clause.
	const written = (cut >= 0 ? text.slice(cut + 2) : text)
		.trim()
		.replace(/^(so|and|but|yet|then) /i, '');
	// "…, joined by": a clause opening on a verb or an adverb has no subject to say it of.
	const first = s.tokens.find((t) => t.start - s.start === s.text.lastIndexOf(written));
	if (!first || isVerb(first) || first.tags.has('Adverb')) return undefined;
	const clause = lastOfTwoVerbs(demonstrativeAsThe(s, written));
	if (!clause || PRONOUN_OPENING.test(clause) || !frameFits(clause)) return undefined;
	// "bacteria are pathogenic and cause": the verb the list belongs to is the last one.
	const verb = clause.replace(/ (is|are|was|were) \p{Ll}+ and (?=\p{Ll}+$)/u, ' ');
	if (/ and /.test(verb)) return undefined;
	return clause === written ? lowerFirst(s, verb) : verb;
}

/**
 * "These operations have …" → "the operations have …": a demonstrative before a plural noun points
 * back to what the article just named, which "the" names as well out of the sentence.
 */
function demonstrativeAsThe(s: Sentence, clause: string): string {
	// "Its galleries display …" → "the galleries display …": a possessive names its noun as well.
	const m = /^(these|those|its|their) (\p{Ll}+s) /iu.exec(clause);
	if (!m) return clause;
	const noun = s.tokens.find((t) => t.normal === m[2]!.toLowerCase());
	return noun?.tags.has('Noun') && !noun.tags.has('Pronoun')
		? `the ${clause.slice(m[1]!.length + 1)}`
		: clause;
}

/**
 * "the operations have targeted Western nations and encompassed" → "the operations have
 * encompassed": of two verbs a subject shares, the list belongs to the last; the first and its
 * object drop out, the auxiliary stays.
 */
function lastOfTwoVerbs(clause: string): string {
	const m = /^((?:the )?\p{Ll}+ (?:have|has|had) )\p{Ll}+ed\b.* and (\p{Ll}+ed)$/u.exec(clause);
	if (!m || / and .* and /.test(clause) || /,/.test(clause)) return clause;
	return `${m[1]}${m[2]}`;
}

/** Whether a clause is short enough for a stem and has no brackets or quotes. */
const frameFits = (clause: string) =>
	wordsOf(clause).length <= FRAME_MAX_WORDS && !/[()"“”;]/.test(clause);

/** Whether the text before a list ends on a verb, or a verb and its preposition ("comes from"). */
function endsOnVerb(s: Sentence, before: string): boolean {
	const end = s.text.indexOf(before) + before.length;
	const last = tokenEndingAt(s, end);
	if (!last) return false;
	if (isVerb(last)) return true;
	if (!last.tags.has('Preposition') && !PREPOSITION.test(last.normal)) return false;
	const prev = s.tokens[s.tokens.indexOf(last) - 1];
	return !!prev && isVerb(prev);
}

/** Prepositions the tagger may leave untagged ("lead to"). */
const PREPOSITION = /^(to|in|into|from|of|on|at|by|for|with|about|across|through|between|among)$/;

const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Noun');

/** Whether the token at `offset` in the sentence is a verb. */
function verbAt(s: Sentence, offset: number): boolean {
	const tok = s.tokens.find((t) => t.start - s.start === offset);
	return !!tok && isVerb(tok);
}

/** The token whose text ends at `offset` in the sentence, if any. */
function tokenEndingAt(s: Sentence, offset: number): Token | undefined {
	return s.tokens.find((t) => t.end - s.start === offset);
}

/** A clause in lower case at its start, unless it opens on a name. */
function lowerFirst(s: Sentence, clause: string): string {
	const first = s.tokens.find((t) => t.start - s.start === s.text.indexOf(clause));
	if (first?.tags.has('ProperNoun') || /^\p{Lu}{2}|^I\b/u.test(clause)) return clause;
	return clause.charAt(0).toLowerCase() + clause.slice(1);
}
