// "Which of these does the article NOT say about the campaigners?": the statement form of not
// stated (review k12: teachers ask what the article says one subject does, not which names a list
// holds). A sentence gives three or more things one subject does or is, as coordinated verb
// phrases ("The campaigners formed a trust, bought the mill and raised the money"); the wrong
// options are those phrases as written, and the key is a phrase of the same form the article says
// of another subject of the same kind (a person of a person, a thing of a thing), never an invented
// one. Opt-in with the kind `not-stated`; its checks are in not-stated-checks.ts (statement…).
import type { Candidate, Entity, Fact, Lexicon, Sentence, Token } from '../../types';
import { aboutStem, isAct, personNoun, sameThingKind } from './not-stated-about';
import type { EntityIndex } from '../3-facts/entities';
import { hashString } from '../../random';
import { wordsOf } from '../../well-formed';
import { weightyWords } from './not-stated-sets';
import { storyLike } from './main-idea-lead';
import { conjugations } from '../3-facts/words';

/** "Which of these does the article NOT say about …?" */
export const SAYS_ABOUT_PREFIX = 'Which of these does the article NOT say about';

/** A phrase's length in words: long enough to say something, short enough to read as an option. */
const PHRASE_MIN_WORDS = 2;
const PHRASE_MAX_WORDS = 10;
/** The longest subject a stem names, in words. */
const SUBJECT_MAX_WORDS = 5;
/** At most this many statement items per article. */
const MAX_ITEMS = 2;

/**
 * Words an option may not hold: a pronoun leans on a sentence the reader is not shown (a
 * possessive before its noun, "married his cousin", speaks of the subject itself), a negation
 * turns a NOT question inside out, a figure is trivia; "other", "too", "such", "then" point back
 * to what the sentence before said ("have other jobs too").
 */
export const LEANING =
	/\b(it|they|them|he|him|she|her(?! (?!(?:into|from|with|about|over|after|before|under|through|to|in|on|at|for|of|by|up|and|or|the|a|an)\b)\p{Ll})|this|these|those|there|that|which|who|one|not|never|no|nor|other|others|another|too|also|same|such(?! as)|again|both|either|each|then|so|as|here)\b|n't\b|\d/iu;

/** A possessive pronoun: of the subject in its own phrases, of another in a key. */
const POSSESSIVE = /\b(his|her|its|their)\b/i;

/** Words a subject may not open on: a clause of its own, a time, a place or a joining word. */
const SUBJECT_OPENING =
	/^(if|when|while|after|before|as|because|since|then|but|and|so|yet|once|until|although|though|in|on|at|by|for|from|with|to|of|during|near|along|today|now|here|there|it|this|that|these|those|they|we|i|you|some|many|most|all|each|every|one|both|what|how|why|his|her|its|their|our|my|your|according|not)\b/i;

/** Tense of a finite verb phrase: options of one item share it. */
type Tense = 'past' | 'present';

/** One coordinated verb phrase of a sentence, as written, with its finite verb. */
export interface Predicate {
	text: string;
	tense: Tense;
	/** Whether a present verb takes the third-person "-s" ("makes", "is", "has"); none for a modal. */
	singular?: boolean;
	/** The verb's infinitive, for a present phrase turned to another subject's number. */
	root?: string;
	verb: string;
}

/** A sentence that says three or more things of one subject. */
export interface Coordinated {
	subject: string;
	/** A person the subject names (by name or by a resolved pronoun); else a thing. */
	person: boolean;
	/** The entity a person subject names, when the index knows it. */
	entity?: string;
	predicates: Predicate[];
}

const isFiniteVerb = (t: Token) =>
	(t.tags.has('Verb') || /^(does|do|did)$/.test(t.normal)) &&
	!t.tags.has('Gerund') &&
	(t.tags.has('PastTense') ||
		t.tags.has('PresentTense') ||
		t.tags.has('Copula') ||
		/^(does|do|did)$/.test(t.normal) ||
		t.tags.has('Modal'));

/** The tense of a finite verb token, and whether it takes a singular subject. */
function tenseOf(t: Token): { tense: Tense; singular?: boolean } | undefined {
	const w = t.normal;
	// "can change colour", "will open": a modal has no number.
	if (/^(can|will|may|must|should)$/.test(w)) return { tense: 'present' };
	if (t.tags.has('Modal')) return undefined;
	if (/^(was|were|had|did)$/.test(w) || t.tags.has('PastTense'))
		return { tense: 'past', singular: false };
	if (/^(is|has|does)$/.test(w)) return { tense: 'present', singular: true };
	if (/^(are|have|do)$/.test(w)) return { tense: 'present', singular: false };
	if (t.tags.has('PresentTense')) return { tense: 'present', singular: /s$/.test(w) };
	return undefined;
}

/** The token that starts at `offset` in the sentence. */
const tokenAt = (s: Sentence, offset: number) => s.tokens.find((t) => t.start - s.start === offset);

/** Words a fronted phrase opens on: "In 1913 she married …", "After the fire, the state …". */
const FRONTED =
	/^(in|on|at|by|after|before|during|for|from|over|within|through|throughout|under|today|later|then|now|soon|eventually|finally|meanwhile|instead|also|however|years|decades|months|weeks|ten|two|three|four|five)\b/i;

/** Words that open a clause of its own after a comma: the predicate before it is whole. */
const CLAUSE_AFTER =
	/^(which|who|where|when|but|while|because|although|though|after|before|until|so|since)\b/i;

/**
 * "In 1913 she married the economist and insisted on keeping her own name." → subject "she" (the
 * person the index resolves it to), two predicates. The subject stands right before the first
 * finite verb, after nothing or after a fronted phrase of time or place (no verb of its own);
 * the text from the verb splits at ", " and "and" before a finite verb of the same tense, and a
 * part that opens on no verb ("novels and books of poetry") belongs to the part before it. A part
 * runs to a comma after which a clause of its own opens ("…, which …"). Imperatives, and sentences
 * opening on a clause ("When …") or on a pronoun of a thing, give none.
 */
export function coordinatedPredicates(
	s: Sentence,
	index?: EntityIndex,
	prior?: Subject
): Coordinated | undefined {
	const body = s.text.replace(/[.!]$/, '');
	if (/[;:()"“”?]/.test(body)) return undefined;
	const verbTok = s.tokens.find(isFiniteVerb);
	if (!verbTok) return undefined;
	const at = verbTok.start - s.start;
	const subject = leadSubject(s, withoutAdverbs(body.slice(0, at)), index, prior);
	if (!subject) return undefined;
	// The parts: split at ", ", ", and " and " and ", merging parts that open on no finite verb.
	const parts: { start: number; end: number }[] = [];
	let last = at;
	for (const m of body.slice(at).matchAll(/,? and |, /g)) {
		const cut = at + (m.index ?? 0);
		const next = tokenAt(s, cut + m[0].length);
		if (!next || !isFiniteVerb(next)) continue;
		parts.push({ start: last, end: cut });
		last = cut + m[0].length;
	}
	parts.push({ start: last, end: body.length });
	// "She studied physics, but a course …, opened her eyes": a part before the last with a comma
	// of its own holds a clause whose subject may be another; and a list ends on "and".
	if (parts.slice(0, -1).some((p) => body.slice(p.start, p.end).includes(', '))) return undefined;
	const joins = parts.slice(1).map((p) => body.slice(0, p.start));
	if (joins.length && !/ and $/.test(joins[joins.length - 1] as string)) return undefined;
	if (joins.slice(0, -1).some((j) => / and $/.test(j))) return undefined;
	const predicates: Predicate[] = [];
	for (const part of parts) {
		const tok = tokenAt(s, part.start);
		const form = tok && tenseOf(tok);
		if (!tok || !form) return undefined;
		const text = wholePhrase(s, body.slice(part.start, part.end), part.start);
		predicates.push({ text, verb: tok.normal, root: tok.root, ...form });
	}
	// One tense for all: "formed …, bought … and raised …".
	if (new Set(predicates.map((p) => p.tense)).size > 1) return undefined;
	return { ...subject, predicates };
}

/**
 * "released a substance called renin that helps control …" → "released a substance called renin":
 * a "that" right after a noun opens a clause about the noun, which the phrase is whole without; a
 * "that" after a verb ("showed that …") is the verb's object and stays.
 */
function withoutRelative(s: Sentence, text: string, start: number): string {
	const m = / that /.exec(text);
	if (!m) return text;
	const before = s.tokens.find((t) => t.end - s.start === start + m.index);
	if (!before || !before.tags.has('Noun') || before.tags.has('Pronoun')) return text;
	const cut = text.slice(0, m.index);
	return wordsOf(cut).length >= PHRASE_MIN_WORDS + 1 ? cut : text;
}

/** What follows a comma inside a list: "physics and music", "rivers, lakes or the sea". */
const LIST_GOES_ON =
	/^(?:[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}, )*[\p{L}'’-]+(?: [\p{L}'’-]+){0,2},? (?:and|or) /u;

/**
 * "grew up in Worcester, Massachusetts, in a comfortable family" → "grew up in Worcester",
 * "make a hormone, erythropoietin, that …" → "make a hormone": a phrase ends at its first comma
 * (an apposition, an aside or a clause follows), unless the comma is inside a list, which the
 * phrase keeps whole (it then reads as no option).
 */
export function beforeComma(text: string): string {
	const comma = text.indexOf(', ');
	if (comma < 0 || LIST_GOES_ON.test(text.slice(comma + 2))) return text;
	const cut = text.slice(0, comma);
	return wordsOf(cut).length >= PHRASE_MIN_WORDS ? cut : text;
}

/** Prepositions a phrase may lose at its end when it is too long: where or when, not what. */
const PLACE_OR_TIME =
	/ (?:in|at|on|near|during|with|for|by|across|around|through|throughout|over|under|after|before|since|along|beside|among) /g;

/**
 * "was having tea with friends near Washington Square in New York" → "was having tea with friends
 * near Washington Square": a phrase longer than an option may be loses the last phrases of place,
 * time or company it ends on, one at a time, while three words stay before them; never a phrase
 * of what ("into its active form", "from the blood", "of salts"), which would change what it says.
 */
export function withoutTrailingPlaces(text: string): string {
	let out = text;
	while (wordsOf(out).length > PHRASE_MAX_WORDS) {
		const cuts = [...out.matchAll(PLACE_OR_TIME)].map((m) => m.index ?? 0);
		const cut = cuts[cuts.length - 1];
		if (cut === undefined || wordsOf(out.slice(0, cut)).length < 3) return out;
		// "an astrophysicist specializing in …": a participle's phrase is its object, never cut.
		if (/(ing|ed)$/.test(out.slice(0, cut))) return out;
		out = out.slice(0, cut);
	}
	return out;
}

/** A clause of its own inside a phrase, with no comma: "… which …", "… because …". */
const CLAUSE_INSIDE =
	/ (?=(?:which|who|whose|where|while|because|although|though|until|unless|whereas) )/;

/** A date or a figure ending a phrase: "in 1902", "on 10 April 1880". */
const DATE_PREPOSITION = '(?:in|on|by|from|until|since|during|around|about|before|after)';
const TRAILING_DATE = new RegExp(
	` ${DATE_PREPOSITION} (?:(?!${DATE_PREPOSITION} )[^\\s,]+ ){0,3}[^\\s,]*\\d[^,]*$`
);

/**
 * A predicate as an option: up to a comma after which a clause of its own ("which …"), a participle
 * ("…, lobbying for …") or an apposition ("…, the well-known …") opens, and without a date or a
 * figure at its end ("was born in Boston on 10 April 1880" → "was born in Boston").
 */
export function wholePhrase(s: Sentence, text: string, start: number): string {
	let out = text;
	const comma = out.indexOf(', ');
	if (comma >= 0) {
		const next = tokenAt(s, start + comma + 2);
		const after = out.slice(comma + 2);
		if (CLAUSE_AFTER.test(after) || next?.tags.has('Gerund') || /^(the|a|an) /.test(after))
			out = out.slice(0, comma);
	}
	// "released a substance called renin which controls …": a clause of its own with no comma
	// before it ends the phrase too, when what stays before it says something.
	const clause = CLAUSE_INSIDE.exec(out);
	if (clause && wordsOf(out.slice(0, clause.index)).length >= PHRASE_MIN_WORDS)
		out = out.slice(0, clause.index);
	out = beforeComma(out);
	out = withoutRelative(s, out, start);
	out = withoutTrailingPlaces(out);
	const dated = TRAILING_DATE.exec(out);
	return dated && wordsOf(out.slice(0, dated.index)).length >= PHRASE_MIN_WORDS
		? out.slice(0, dated.index)
		: out;
}

/**
 * A story (main-idea-lead.ts): what a character did in one scene or another is the plot's detail,
 * which a sequence item asks; a not-stated item asks what the article says of its subject.
 */
export { storyLike };

/** A subject as a stem names it, with the person it is when it names one. */
export interface Subject {
	subject: string;
	person: boolean;
	entity?: string;
}

/** Adverbs between a subject and its verb ("They also make …"): no part of either. */
const MID_ADVERB =
	/(?: (?:also|often|usually|still|then|later|soon|even|now|sometimes|typically|generally|mostly|quickly|slowly|gradually|eventually|finally|quietly|simply|already|always|largely|mainly))+ $/i;

/** "They also " → "They ": the lead without the adverbs before its verb. */
export const withoutAdverbs = (lead: string) => lead.replace(MID_ADVERB, ' ');

/**
 * A thing the sentence before named as its subject, which "It" or "They" opening this one stands
 * for when its number agrees ("The kidneys filter … They also make …"); never a person, whose
 * pronoun pronounPerson resolves through the index.
 */
function priorThing(text: string, prior?: Subject): Subject | undefined {
	if (!prior || prior.person) return undefined;
	const plural = /s$/.test(prior.subject) && !/(ss|us|is)$/.test(prior.subject);
	if (/^they$/i.test(text)) return plural ? prior : undefined;
	if (/^it$/i.test(text)) return plural ? undefined : prior;
	return undefined;
}

/**
 * The subject before a sentence's first verb: the whole lead ("The campaigners"), or the person or
 * pronoun after a fronted phrase ("In 1913 she", "After the fire, Perkins"), or the thing the
 * sentence before named when the lead is "It" or "They" (priorThing).
 */
function leadSubject(
	s: Sentence,
	lead: string,
	index?: EntityIndex,
	prior?: Subject
): { subject: string; person: boolean; entity?: string } | undefined {
	const text = lead.trim();
	const resolved = priorThing(text, prior);
	if (resolved) return resolved;
	const whole = subjectOf(s, text, index);
	if (whole || !FRONTED.test(text)) return whole;
	// "In 1913 she", "After the fire, Perkins": the last words before the verb, a person.
	// "In the same way, they adjust …", "On a hot day, the kidneys hold …": a thing after the
	// fronted phrase's comma, or "they" standing for the thing the sentence before spoke of.
	const comma = text.lastIndexOf(', ');
	if (comma > 0) {
		const tail = text.slice(comma + 2);
		const thing = priorThing(tail, prior) ?? subjectOf(s, tail, index, comma + 2);
		if (thing && !thing.person && /^the /.test(thing.subject)) return thing;
		if (thing && !thing.person && thing === prior) return thing;
	}
	const m = /(?:^|[\s,])((?:he|she)|(?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,2})$/u.exec(text);
	if (!m) return undefined;
	const from = text.length - (m[1] as string).length;
	// A common noun after a fronted phrase with no comma ("In spring the ice") is never cut out.
	const found = subjectOf(s, m[1] as string, index, from);
	return found?.person ? found : undefined;
}

/**
 * The subject as a stem names it: "the campaigners", "Frances Perkins", or the person a pronoun
 * stands for ("She" → "Perkins"); none for a clause, a pronoun of a thing, or a long phrase.
 */
function subjectOf(
	s: Sentence,
	text: string,
	index?: EntityIndex,
	from = 0
): { subject: string; person: boolean; entity?: string } | undefined {
	if (/^(he|she)$/i.test(text)) {
		const e = index && pronounPerson(s, index, text.toLowerCase() === 'he' ? 'male' : 'female');
		return e ? { subject: e.name, person: true, entity: e.id } : undefined;
	}
	const words = text.split(' ');
	if (!text || words.length > SUBJECT_MAX_WORDS || /[,]/.test(text)) return undefined;
	// "Hardrada and Tostig had": two subjects, or an auxiliary the tagger left out of the verb.
	if (/ and | (had|has|have|was|were|is|are|did|does|do|would|could)$/i.test(` ${text}`))
		return undefined;
	if (SUBJECT_OPENING.test(text)) return undefined;
	const toks = s.tokens.filter(
		(t) => t.start - s.start >= from && t.start - s.start < from + text.length
	);
	if (!toks.some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'))) return undefined;
	// "Perkins did not simply", "Her husband later": a verb or an adverb is no part of a subject.
	if (toks.some((t) => (t.tags.has('Verb') && !t.tags.has('Noun')) || t.tags.has('Adverb')))
		return undefined;
	const named = index?.bySentence
		.get(s.index)
		?.find(
			(m) =>
				m.type === 'person' && m.start === s.start + from && m.end - s.start === from + text.length
		);
	const e = named && index?.entities.get(named.entity);
	if (e && !e.partial) return { subject: e.name, person: true, entity: e.id };
	const known = index && personNamed(text, index);
	if (known) return { subject: known.name, person: true, entity: known.id };
	const person = false;
	if (/^the /i.test(text)) return { subject: `the ${text.slice(4)}`, person };
	// A name ("Frances Perkins") or a plural noun phrase ("Octopuses"); "Cling film" stays as written.
	if (person || /^\p{Lu}/u.test(text))
		return { subject: person || from ? text : lowerUnlessName(s, text), person };
	return undefined;
}

/**
 * The one person of the article a bare name stands for ("Wegener" of "Alfred Wegener"): by an
 * alias or the last word of the full name, when no other person shares it.
 */
export function personNamed(text: string, index: EntityIndex): Entity | undefined {
	if (!/^\p{Lu}[\p{L}'’-]+$/u.test(text)) return undefined;
	const words = (e: Entity) => e.name.split(' ');
	const found = [...index.entities.values()].filter(
		(e) =>
			e.type === 'person' &&
			!e.partial &&
			!e.work &&
			(e.aliases.includes(text) || words(e).pop() === text || words(e)[0] === text)
	);
	// "Davy" and "Humphry Davy" found apart: the longest name, when it holds every other.
	const longest = found.sort((a, b) => b.name.length - a.name.length)[0];
	return longest && found.every((e) => longest.name.includes(e.name)) ? longest : undefined;
}

/** How far back a pronoun's person may be named, in sentences. */
const PRONOUN_REACH = 3;

/**
 * The person "she" or "he" opening a sentence names: the one person the nearest sentence before it
 * that names people names, within PRONOUN_REACH sentences and of the pronoun's gender when the
 * index knows it; none where that sentence names two people ("Smith appointed Perkins"), or the
 * pronoun's own sentence names another before it.
 */
export function pronounPerson(
	s: Sentence,
	index: EntityIndex,
	gender: 'male' | 'female'
): Entity | undefined {
	const people = (i: number) =>
		new Set(
			(index.bySentence.get(i) ?? [])
				.filter((m) => m.type === 'person' && (i !== s.index || m.start < s.start + 40))
				.map((m) => m.entity)
		);
	if (people(s.index).size) return undefined;
	for (let i = s.index - 1; i >= Math.max(0, s.index - PRONOUN_REACH); i--) {
		const named = people(i);
		if (!named.size) continue;
		if (named.size > 1) return undefined;
		const e = index.entities.get([...named][0] as string);
		if (!e || e.partial || (e.gender && e.gender !== gender)) return undefined;
		// "Amundsen read about John Franklin. He went to sea …": a pronoun is read as the article's
		// main person only, the one it names most; a minor person beside it is too often wrong.
		const main = [...index.entities.values()]
			.filter((o) => o.type === 'person')
			.sort((a, b) => b.mentions - a.mentions);
		if (main[0] !== e || (main[1] && main[1].mentions * 2 > e.mentions)) return undefined;
		return e;
	}
	return undefined;
}

/** A subject in lower case at its start unless its first word is a name. */
function lowerUnlessName(s: Sentence, text: string): string {
	const first = s.tokens[0];
	if (!first || /ProperNoun|Person|Place|Organization/.test([...first.tags].join(' '))) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether a phrase reads as an option: a few words, nothing that leans on the sentence. */
export function phraseFits(text: string): boolean {
	const n = wordsOf(text).length;
	return n >= PHRASE_MIN_WORDS && n <= PHRASE_MAX_WORDS && !LEANING.test(text) && !/[,]/.test(text);
}

/**
 * A present phrase turned to a subject's number ("makes a hormone" → "make a hormone"): only a
 * regular verb whose root the parser knows; past phrases keep their form.
 */
export function inNumber(p: Predicate, singular: boolean): string | undefined {
	if (p.tense === 'past' || p.singular === undefined || p.singular === singular) return p.text;
	const root = p.root;
	if (!root || /^(be|have|do)$/.test(root) || !p.text.startsWith(p.verb)) return undefined;
	const rest = p.text.slice(p.verb.length);
	const verb = singular ? conjugations(root)?.PresentTense : root;
	return verb && `${verb}${rest}`;
}

/** What one sentence says of its subject: one predicate, or several coordinated ones. */
export interface Said extends Coordinated {
	sentence: Sentence;
	/** The entity a person subject names, or the subject in lower case. */
	key: string;
}

/**
 * "Perkins chaired the committee." → one predicate of "Perkins": a sentence whose subject opens it
 * and whose predicate runs to its end with no comma (or a coordinated sentence, whole).
 */
export function saidOf(s: Sentence, index?: EntityIndex, prior?: Subject): Said | undefined {
	const c = coordinatedPredicates(s, index, prior);
	if (!c) return undefined;
	const key = c.entity ?? c.subject.toLowerCase();
	return { ...c, sentence: s, key };
}

/** Verbs of a state, not an act. */
const STATE_VERB =
	/^(be|is|are|was|were|have|has|had|include|includes|included|seem|seems|seemed|remain|remains|remained|contain|contains|contained|mean|means|meant)$/;

/**
 * What each sentence says of its subject, in article order: "It" or "They" opening a sentence
 * stands for the thing the sentence right before it, in its paragraph, said something of.
 */
export function saidInArticle(sentences: readonly Sentence[], index?: EntityIndex): Said[] {
	const out: Said[] = [];
	for (const s of sentences)
		for (const clause of clausesOf(s)) {
			const last = out[out.length - 1];
			const near =
				last &&
				last.sentence.paragraph === s.paragraph &&
				(last.sentence.index === s.index - 1 || last.sentence.index === s.index);
			const d = saidOf(clause, index, near ? last : undefined);
			// A clause's phrase is the sentence's: its source, offsets and index; read once.
			const seen = (o: Said) =>
				o.sentence.index === s.index &&
				o.key === d?.key &&
				o.predicates.some((x) => d.predicates.some((y) => y.text === x.text));
			if (d && !out.some(seen)) out.push({ ...d, sentence: s });
		}
	return out;
}

/** Where a clause with a subject of its own opens inside a sentence. */
const CLAUSE_OPENS = /(?:, and |, but |, while |, whereas |; )(?=\p{L})/gu;
/** A sentence opening on a clause of time or reason: "When Roosevelt took office, …". */
const OPENING_CLAUSE =
	/^(?:When|After|Before|Because|Although|While|Once|Since|Though|As soon as) /;

/**
 * A sentence and the clauses inside it that may have a subject of their own: after ", and",
 * ", but", "; " to the sentence's end, and an opening "When …" clause up to its comma; each as a
 * sentence of its own words and tokens, at its own offsets.
 */
export function clausesOf(s: Sentence): Sentence[] {
	const out: Sentence[] = [s];
	const part = (from: number, to: number): Sentence => ({
		...s,
		text: s.text.slice(from, to),
		start: s.start + from,
		end: s.start + to,
		tokens: s.tokens.filter((t) => t.start >= s.start + from && t.end <= s.start + to)
	});
	for (const m of s.text.matchAll(CLAUSE_OPENS)) {
		const from = (m.index ?? 0) + m[0].length;
		out.push(part(from, s.text.length));
	}
	const opening = OPENING_CLAUSE.exec(s.text);
	const comma = s.text.indexOf(', ');
	if (opening && comma > opening[0].length) out.push(part(opening[0].length, comma));
	// "After you drink a great deal, the kidneys let more water go": the main clause after an
	// opening clause or phrase, whose own verb comes first in it.
	if ((opening || FRONTED.test(s.text)) && comma > 0) out.push(part(comma + 2, s.text.length));
	return out;
}

/**
 * The statement items of an article: a subject the article says three things of, by one tense,
 * and a key it says of another subject of the same kind (not-stated-about.ts) or denies of it.
 */
export function statementCandidates(
	text: string,
	sentences: readonly Sentence[],
	index?: EntityIndex,
	lexicon?: Lexicon
): Candidate[] {
	if (storyLike(text)) return [];
	const said = saidInArticle(sentences, index);
	// The predicates of each subject and tense, in article order.
	const groups = new Map<string, { said: Said; p: Predicate }[]>();
	for (const d of said)
		for (const p of d.predicates) {
			if (!phraseFits(p.text)) continue;
			const k = `${d.key}|${p.tense}`;
			const g = groups.get(k) ?? [];
			// One phrase once: "make a hormone" said twice is one thing the article says.
			if (!g.some((x) => x.p.text.toLowerCase() === p.text.toLowerCase())) g.push({ said: d, p });
			groups.set(k, g);
		}
	const out: Candidate[] = [];
	const ordered = [...groups.values()]
		.filter((g) => g.length >= 3)
		.sort((a, b) => b.length - a.length);
	for (const g of ordered) {
		if (out.length >= MAX_ITEMS) break;
		const item = groupItem(g, said, sentences, index, lexicon);
		if (item) out.push(item);
	}
	return out;
}

/**
 * The item of one subject: three of its phrases (the first three of a length near the key's) and a
 * key, denied of it or said of another subject of its kind.
 */
function groupItem(
	g: { said: Said; p: Predicate }[],
	said: readonly Said[],
	sentences: readonly Sentence[],
	index?: EntityIndex,
	lexicon?: Lexicon
): Candidate | undefined {
	// Acts before states ("built the bridge" before "was careful"), and no birth or death: where
	// someone was born is trivia beside what they did.
	const usable = g.filter((x) => !BIRTH_OR_DEATH.test(x.p.text) && agrees(x.said.subject, x.p));
	const shown = [...usable.filter((x) => isAct(x.p)), ...usable.filter((x) => !isAct(x.p))].slice(
		0,
		3
	);
	if (shown.length < 3) return undefined;
	const denied = deniedKey(shown, said);
	if (denied) return candidateOf(shown, denied);
	// A key said of another subject, and three shown phrases whose lengths bracket its own, so that
	// it is neither the longest option nor the shortest.
	const ranked = [...usable.filter((x) => isAct(x.p)), ...usable.filter((x) => !isAct(x.p))];
	for (const key of keysOf(ranked, g, said, sentences, index, lexicon)) {
		const n = wordsOf(key).length;
		const around = bracketing(ranked, n);
		if (around) return candidateOf(around, key);
	}
	return undefined;
}

/**
 * The first three phrases (in the order given) whose lengths in words bracket `n`: one no longer
 * and one no shorter, so the key stands out by neither.
 */
export function bracketing<T extends { p: Predicate }>(
	ranked: readonly T[],
	n: number
): T[] | undefined {
	const len = (x: T) => wordsOf(x.p.text).length;
	const short = ranked.find((x) => len(x) <= n);
	const long = ranked.find((x) => x !== short && len(x) >= n);
	if (!short || !long) return undefined;
	const third = ranked.find((x) => x !== short && x !== long);
	if (!third) return undefined;
	return ranked.filter((x) => x === short || x === long || x === third);
}

/**
 * Whether a present phrase's verb agrees with its subject's number ("tuberculosis … cause
 * scarring" is read from a clause whose subject was another): a plural subject ends in "s".
 */
export function agrees(subject: string, p: Predicate): boolean {
	if (p.tense !== 'present' || p.singular === undefined) return true;
	const plural = /\p{Ll}s$/u.test(subject) && !/(ss|us|is)$/.test(subject);
	return p.singular !== plural;
}

/** A birth or a death: trivia in a life, never a thing the article says someone did. */
const BIRTH_OR_DEATH = /^(?:was|were) born\b|^died\b/;

/** "does not grow in shade", "do not need much water": a present verb the article denies. */
const DENIED = /^(?:does not|doesn't|do not|don't) (\p{Ll}+)( .+)?$/u;

/**
 * "Basil does not grow well in shade" → "grows well in shade": what the article says is NOT so of
 * this subject, turned to the affirmative in its number, is a key no reader finds stated (and one
 * the article denies). Present tense only: a past verb's form is not known from its root.
 */
export function deniedKey(
	shown: readonly { said: Said; p: Predicate }[],
	said: readonly Said[]
): string | undefined {
	const first = shown[0];
	if (first?.p.tense === 'past') return deniedPastKey(shown, said);
	if (!first || first.p.tense !== 'present') return undefined;
	const singular = shown.find((x) => x.p.singular !== undefined)?.p.singular ?? false;
	const lengths = shown.map((x) => wordsOf(x.p.text).length);
	for (const d of said) {
		if (d.key !== first.said.key) continue;
		for (const p of d.predicates) {
			const m = DENIED.exec(p.text);
			if (!m || STATE_VERB.test(m[1] as string)) continue;
			const phrase = inNumber(
				{
					text: `${m[1]}${m[2] ?? ''}`,
					verb: m[1] as string,
					root: m[1],
					tense: 'present',
					singular: false
				},
				singular
			);
			if (!phrase || !phraseFits(phrase)) continue;
			const n = wordsOf(phrase).length;
			if (n >= Math.min(...lengths) && n <= Math.max(...lengths)) return phrase;
		}
	}
	return undefined;
}

/** "did not stop exploring": a past verb the article denies, with no adverb after "not". */
const DENIED_PAST = /^(?:did not|didn't) (\p{Ll}+)( .+)?$/u;

/**
 * "Amundsen did not stop exploring" → "stopped exploring": the past form from the shared
 * conjugations; none for a state verb, or after an adverb ("did not simply say yes").
 */
export function deniedPastKey(
	shown: readonly { said: Said; p: Predicate }[],
	said: readonly Said[]
): string | undefined {
	const first = shown[0];
	if (!first) return undefined;
	const lengths = shown.map((x) => wordsOf(x.p.text).length);
	for (const d of said) {
		if (d.key !== first.said.key) continue;
		for (const p of d.predicates) {
			const m = DENIED_PAST.exec(p.text);
			if (!m || STATE_VERB.test(m[1] as string) || /ly$|^(just|even|always)$/.test(m[1] as string))
				continue;
			const past = conjugations(m[1] as string)?.PastTense;
			const phrase = past && `${past}${m[2] ?? ''}`;
			if (!phrase || !phraseFits(phrase)) continue;
			const n = wordsOf(phrase).length;
			if (n >= Math.min(...lengths) && n <= Math.max(...lengths)) return phrase;
		}
	}
	return undefined;
}

/**
 * The key: a predicate the article says of another subject of the same kind, in this subject's
 * tense and number, of the shown phrases' length, sharing no weighty word with their sentences,
 * and with no weighty word of it in any sentence that names this subject (which could say it of
 * it too). One of them, by a hash.
 */
function keysOf(
	shown: { said: Said; p: Predicate }[],
	group: readonly { said: Said; p: Predicate }[],
	said: readonly Said[],
	sentences: readonly Sentence[],
	index?: EntityIndex,
	lexicon?: Lexicon
): string[] {
	const first = shown[0] as { said: Said; p: Predicate };
	const subject = first.said;
	// Of things, the other subject must be of the same kind in the dictionary (sameThingKind):
	// "changed in Italy" said of papermaking is no plausible thing "the materials" did.
	const sameKind = (other: Said) =>
		subject.person
			? other.person || personNoun(other.subject, lexicon)
			: !other.person && sameThingKind(subject.subject, other.subject, lexicon);
	// The shown phrases' own words: a key that repeats one is picked out beside them.
	const here = new Set(group.flatMap((x) => [...weightyWords(x.p.text)]));
	const subjectWords = weightyWords(subject.subject);
	const singular = shown.find((x) => x.p.singular !== undefined)?.p.singular ?? false;
	// Every sentence about this subject: by its words, its entity, or a pronoun read as it.
	const about = new Set(group.map((x) => x.said.sentence.index));
	const naming = sentences.filter(
		(o) =>
			about.has(o.index) ||
			[...subjectWords].some((w) => weightyWords(o.text).has(w)) ||
			index?.bySentence.get(o.index)?.some((m) => m.entity === subject.key)
	);
	const pool: string[] = [];
	for (const other of said) {
		if (other.key === subject.key || !sameKind(other)) continue;
		if ([...weightyWords(other.subject)].some((w) => subjectWords.has(w))) continue;
		for (const p of other.predicates) {
			if (p.tense !== first.p.tense || !phraseFits(p.text)) continue;
			// "was far from certain", "included a harsh calculation" beside things done: a state
			// said of another subject is no act a reader could think this one did.
			if (
				STATE_VERB.test(p.root ?? p.verb) &&
				!shown.every((x) => STATE_VERB.test(x.p.root ?? x.p.verb))
			)
				continue;
			const phrase = inNumber(p, singular);
			if (!phrase) continue;
			// A birth or a death is no act a reader could weigh ("died while traveling back to Spain").
			if (BIRTH_OR_DEATH.test(phrase)) continue;
			// "raised her children" of a man: another subject's possessive may not fit this one.
			if (POSSESSIVE.test(phrase)) continue;
			const words = weightyWords(phrase);
			// "chose Tommy Douglas" offered as a thing Tommy Douglas did: the key names the subject.
			if ([...subjectWords].some((w) => words.has(w))) continue;
			if (!words.size || [...words].some((w) => here.has(w))) continue;
			const elsewhere = naming.filter((o) => o.index !== other.sentence.index);
			if (elsewhere.some((o) => maySay(o.text, words))) continue;
			pool.push(phrase);
		}
	}
	// One order by a hash of the shown phrases: the same article, the same key.
	const from = hashString(shown.map((x) => x.p.text).join('|')) % Math.max(1, pool.length);
	return [...pool.slice(from), ...pool.slice(0, from)];
}

/**
 * Whether a sentence about the subject may say the key of it too: it holds half or more of the
 * key's weighty words ("filters" and "blood" of "filters the blood"), or its only one. A sentence
 * that shares one place name with a longer key ("York" of "opened a school for nurses in New York") does not.
 */
export function maySay(sentence: string, keyWords: ReadonlySet<string>): boolean {
	const there = weightyWords(sentence);
	const shared = [...keyWords].filter((w) => there.has(w)).length;
	return shared > 0 && shared * 2 >= keyWords.size;
}

/** The item: the subject in the stem, the shown phrases as wrong options, the key. */
function candidateOf(shown: { said: Said; p: Predicate }[], key: string): Candidate {
	const first = shown[0] as { said: Said; p: Predicate };
	const s = first.said.sentence;
	const subject = first.said.subject;
	const phrases = shown.map((x) => x.p.text);
	const fact: Fact = {
		id: `says-${s.index}`,
		kind: 'statement',
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject,
		action: '',
		object: key,
		value: { text: phrases[0] ?? '', start: s.start, end: s.end, type: 'thing' },
		statement: s.text,
		salience: 1
	};
	return {
		id: `${fact.id}-not-stated`,
		kind: 'not-stated',
		stem: aboutStem(subject, first.said.person, [
			...shown.map((x) => x.p),
			{ verb: key.split(' ')[0] ?? '', tense: first.p.tense }
		]),
		answer: key,
		distractors: phrases,
		fact,
		source: { sentence: s.text, start: s.start, end: s.end },
		explanation: `The article says that ${subject} ${phrases.join('; ')}. It says "${key}" of another subject.`,
		listed: phrases
	};
}
