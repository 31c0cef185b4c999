// "Which of these does the article NOT say about the campaigners?": the statement form of not
// stated (review k12: teachers ask what the article says one subject does, not which names a list
// holds). A sentence gives three or more things one subject does or is, as coordinated verb
// phrases ("The campaigners formed a trust, bought the mill and raised the money"); the wrong
// options are those phrases as written, and the key is a phrase of the same form the article says
// of another subject of the same kind (a person of a person, a thing of a thing), never an invented
// one. Opt-in with the kind `not-stated`; its checks are in not-stated-checks.ts (statement…).
import type { Candidate, Entity, Fact, Sentence, Token } from '../../types';
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
const PHRASE_MAX_WORDS = 9;
/** The longest subject a stem names, in words. */
const SUBJECT_MAX_WORDS = 5;
/** At most this many statement items per article. */
const MAX_ITEMS = 2;

/**
 * Words an option may not hold: a pronoun leans on a sentence the reader is not shown, a negation
 * turns a NOT question inside out, a figure is trivia.
 */
export const LEANING =
	/\b(it|its|they|them|their|he|him|his|she|her|this|these|those|there|that|which|who|one|not|never|no|nor)\b|n't\b|\d/i;

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
export function coordinatedPredicates(s: Sentence, index?: EntityIndex): Coordinated | undefined {
	const body = s.text.replace(/[.!]$/, '');
	if (/[;:()"“”?]/.test(body)) return undefined;
	const verbTok = s.tokens.find(isFiniteVerb);
	if (!verbTok) return undefined;
	const at = verbTok.start - s.start;
	const subject = leadSubject(s, body.slice(0, at), index);
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

/**
 * The subject before a sentence's first verb: the whole lead ("The campaigners"), or the person or
 * pronoun after a fronted phrase ("In 1913 she", "After the fire, Perkins").
 */
function leadSubject(
	s: Sentence,
	lead: string,
	index?: EntityIndex
): { subject: string; person: boolean; entity?: string } | undefined {
	const text = lead.trim();
	const whole = subjectOf(s, text, index);
	if (whole || !FRONTED.test(text)) return whole;
	// "In 1913 she", "After the fire, Perkins": the last words before the verb, a person.
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
	const person = false;
	if (/^the /i.test(text)) return { subject: `the ${text.slice(4)}`, person };
	// A name ("Frances Perkins") or a plural noun phrase ("Octopuses"); "Cling film" stays as written.
	if (person || /^\p{Lu}/u.test(text))
		return { subject: person || from ? text : lowerUnlessName(s, text), person };
	return undefined;
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
export function saidOf(s: Sentence, index?: EntityIndex): Said | undefined {
	const c = coordinatedPredicates(s, index);
	if (!c) return undefined;
	const key = c.entity ?? c.subject.toLowerCase();
	return { ...c, sentence: s, key };
}

/** Verbs of a state, not an act. */
const STATE_VERB =
	/^(be|is|are|was|were|have|has|had|include|includes|included|seem|seems|seemed|remain|remains|remained|contain|contains|contained|mean|means|meant)$/;

/** The statement items of an article: a subject the article says three things of, by one tense. */
export function statementCandidates(
	text: string,
	sentences: readonly Sentence[],
	index?: EntityIndex
): Candidate[] {
	if (storyLike(text)) return [];
	const said = sentences.flatMap((s) => saidOf(s, index) ?? []);
	// The predicates of each subject and tense, in article order.
	const groups = new Map<string, { said: Said; p: Predicate }[]>();
	for (const d of said)
		for (const p of d.predicates) {
			if (!phraseFits(p.text)) continue;
			const k = `${d.key}|${p.tense}`;
			groups.set(k, [...(groups.get(k) ?? []), { said: d, p }]);
		}
	const out: Candidate[] = [];
	const ordered = [...groups.values()]
		.filter((g) => new Set(g.map((x) => x.p.text)).size >= 3)
		.sort((a, b) => b.length - a.length);
	for (const g of ordered) {
		if (out.length >= MAX_ITEMS) break;
		const shown = g.slice(0, 3);
		const key = deniedKey(shown, said) ?? keyOf(shown, said, sentences, index);
		if (!key) continue;
		out.push(candidateOf(shown, key));
	}
	return out;
}

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

/**
 * The key: a predicate the article says of another subject of the same kind, in this subject's
 * tense and number, of the shown phrases' length, sharing no weighty word with their sentences,
 * and with no weighty word of it in any sentence that names this subject (which could say it of
 * it too). One of them, by a hash.
 */
function keyOf(
	shown: { said: Said; p: Predicate }[],
	said: readonly Said[],
	sentences: readonly Sentence[],
	index?: EntityIndex
): string | undefined {
	const first = shown[0] as { said: Said; p: Predicate };
	const subject = first.said;
	// Of things, "the same kind" is not known here: "changed in Italy" said of papermaking is no
	// plausible thing "the materials" did. Only a person's key is another person's act.
	if (!subject.person) return undefined;
	const lengths = shown.map((x) => wordsOf(x.p.text).length);
	const here = new Set(shown.flatMap((x) => [...weightyWords(x.said.sentence.text)]));
	const subjectWords = weightyWords(subject.subject);
	const singular = shown.find((x) => x.p.singular !== undefined)?.p.singular ?? false;
	const naming = sentences.filter(
		(o) =>
			[...subjectWords].some((w) => weightyWords(o.text).has(w)) ||
			index?.bySentence.get(o.index)?.some((m) => m.entity === subject.key)
	);
	const pool: string[] = [];
	for (const other of said) {
		if (other.key === subject.key || other.person !== subject.person) continue;
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
			const n = wordsOf(phrase).length;
			if (n < Math.min(...lengths) || n > Math.max(...lengths)) continue;
			const words = weightyWords(phrase);
			if (!words.size || [...words].some((w) => here.has(w))) continue;
			const elsewhere = naming.filter((o) => o.index !== other.sentence.index);
			if (elsewhere.some((o) => [...words].some((w) => weightyWords(o.text).has(w)))) continue;
			pool.push(phrase);
		}
	}
	if (!pool.length) return undefined;
	return pool[hashString(shown.map((x) => x.p.text).join('|')) % pool.length];
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
		stem: `${SAYS_ABOUT_PREFIX} ${subject}?`,
		answer: key,
		distractors: phrases,
		fact,
		source: { sentence: s.text, start: s.start, end: s.end },
		explanation: `The article says that ${subject} ${phrases.join('; ')}. It says "${key}" of another subject.`,
		listed: phrases
	};
}
