// Dated events the fact stage leaves out, for sequence items only: a main clause of a sentence
// with one year in it, dated by "in", "on" or "during" before the clause ("In 1947, IBM opened …")
// or inside its predicate ("The Trust bought the tower in 1955"). Each is made a date fact with a
// clause frame, so sequence items and their checks read it as they read the fact stage's.
import type { ClauseFrame, Fact, Sentence, Token } from '../../types';
import { MONTHS } from '../../lexicons';
import { clauseStarts, findClause, spanText, type Clause } from '../3-facts/clauses';
import { isVerb } from '../3-facts/words';
import { articlePerson, type ArticlePerson } from '../3-facts/subject';

const MONTH_SET = new Set(MONTHS.map((m) => m.toLowerCase()));
const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const DATE_PREPS = new Set(['in', 'on', 'during']);

/** A date phrase of a sentence: its preposition's token, the date's first token, the year's. */
interface DatePhrase {
	prep: number;
	from: number;
	year: number;
}

/**
 * The date facts of clauses with exactly one year, one per dated main clause ("In 1952, Watson
 * stepped down; his son was named president in 1956" has two), for every year of a sentence that
 * `have` dates no clause of.
 */
export function datedClauseFacts(
	sentences: readonly Sentence[],
	have: readonly Fact[],
	title = ''
): Fact[] {
	const person = biographyPerson(sentences, title);
	// A sentence's year the fact stage dates a clause by is read there; its other years here.
	// A fact whose verb is its subject's participle ("a company led by …") dates no clause here.
	const dated = new Set(
		have
			.filter((f) => f.kind === 'date' && f.frame && !participleFrame(f.frame))
			.map((f) => `${f.sentence}:${YEARS.exec(f.value.text)?.[1] ?? ''}`)
	);
	const out: Fact[] = [];
	for (const s of sentences) {
		if (!YEARS.test(s.text)) continue;
		const starts = clauseStarts(s);
		starts.forEach((start, i) => {
			// The clause's own words: from its start to the next clause's.
			const end = starts[i + 1] ?? s.tokens.length;
			const phrase = datePhrase(s, start, end);
			const found =
				phrase &&
				(findClause(s, start) ??
					dateThenSubject(s, start, phrase) ??
					timeClause(s, start, end, phrase));
			const read = found && (participleSubject(found) ?? found);
			const clause = read && !cutInNounPhrase(read) ? read : undefined;
			const fact =
				clause && phrase && resolvePronoun(dateFact(clause, phrase), s, sentences, person);
			if (fact && !dated.has(`${s.index}:${YEARS.exec(fact.value.text)?.[1] ?? ''}`))
				out.push(fact);
		});
	}
	return out;
}

const YEARS = /\b(1[5-9]\d\d|20\d\d)\b/;

/** A frame whose verb is a bare participle followed by "by": "a company" "led" "by Ferdinand …". */
const participleFrame = (f: ClauseFrame) =>
	!/\s/.test(f.verb.trim()) && /^by\s/i.test(f.before.trim());

/** Auxiliaries that may open the verb chunk found after a participle's subject ("had begun"). */
const AUX = /^(was|were|had|has|have|did)$/;

/**
 * Where the subject ends and the sentence's verb stands after a participle's "by" agent starting
 * at `from`: straight after the agent ("the mills owned by Flint merged"), or after the agent's
 * comma and an aside up to its closing comma ("led by Lesseps, the diplomat who …, began").
 */
function verbAfterAgent(
	toks: readonly Token[],
	from: number
): { subjectEnd: number; mv: number } | undefined {
	for (let i = from; i < Math.min(toks.length, from + 6); i++) {
		if (isVerb(toks[i] as Token)) return i > from ? { subjectEnd: i, mv: i } : undefined;
		if (!/[,;:]/.test(toks[i]?.post ?? '')) continue;
		// The aside: "the diplomat who had built …" (its own verbs allowed), up to its closing comma.
		let asideEnd = i + 1;
		while (asideEnd < toks.length && !/,/.test(toks[asideEnd]?.post ?? '')) asideEnd++;
		const aside = /^(the|a|an)$/.test(toks[i + 1]?.normal ?? '') && asideEnd - i <= 14;
		return aside ? { subjectEnd: i + 1, mv: asideEnd + 1 } : undefined;
	}
	return undefined;
}

/**
 * The clause read again when the verb found is a participle of its subject: "a company led by
 * Ferdinand de Lesseps, the diplomat who had built the Suez Canal, began digging a canal" is read
 * as "a company led by Ferdinand de Lesseps" and "began", the aside dropped, so the option tells
 * the act (sequence-finite-verbs refuses "A company led by Ferdinand de Lesseps"). The subject runs
 * on through the "by" phrase to a comma and an aside to the next comma, or straight to a verb;
 * the predicate to the next comma or the sentence's end. Undefined when the verb is no such
 * participle or no verb follows.
 */
function participleSubject(clause: Clause): Clause | undefined {
	const toks = clause.sentence.tokens;
	const [v, w] = clause.verb;
	if (w - v !== 1 || toks[w]?.normal !== 'by') return undefined;
	const found = verbAfterAgent(toks, w + 1);
	if (!found) return undefined;
	const { subjectEnd, mv } = found;
	const head = toks[mv];
	if (!head || !isVerb(head) || /ing$/.test(head.normal)) return undefined;
	const vEnd =
		AUX.test(head.normal) && toks[mv + 1] && isVerb(toks[mv + 1] as Token) ? mv + 2 : mv + 1;
	let e = vEnd;
	while (e < toks.length && !/[,;:]/.test(toks[e]?.post ?? '')) e++;
	return {
		...clause,
		subject: [clause.subject[0], subjectEnd],
		verb: [mv, vEnd],
		predicate: [vEnd, Math.min(e + 1, toks.length)],
		aux: vEnd - mv > 1 ? head.normal : '',
		verbRest: (toks[vEnd - 1] as Token).root ?? (toks[vEnd - 1] as Token).normal,
		doSupport: 'did'
	};
}

/**
 * The one year of tokens [start, end) with the month and day before it and the preposition that
 * dates it. None when the words hold no year or two ("from 1844 to 1939", "1939–45").
 */
function datePhrase(s: Sentence, start: number, end: number): DatePhrase | undefined {
	const toks = s.tokens;
	const first = toks[start];
	const last = toks[end - 1];
	if (!first || !last) return undefined;
	const words = s.text.slice(first.start - s.start, last.end - s.start);
	if ((words.match(new RegExp(YEARS.source, 'g')) ?? []).length !== 1) return undefined;
	let year = -1;
	for (let i = start; i < end; i++) if (YEAR.test(toks[i]?.text ?? '')) year = i;
	if (year < 0) return undefined;
	let from = year;
	while (from > start && isDatePart(toks[from - 1] as Token)) from--;
	const prep = from - 1;
	return prep >= start && DATE_PREPS.has(toks[prep]?.normal ?? '')
		? { prep, from, year }
		: undefined;
}

/**
 * Whether the date ends the sentence after the predicate and an aside set off by commas, which
 * has no verb: "Victoria married her first cousin, Prince Albert of Saxe-Coburg, in 1840."
 */
function datesAfterAside(s: Sentence, pe: number, p: DatePhrase): boolean {
	const toks = s.tokens;
	if (p.prep <= pe || p.year !== toks.length - 1) return false;
	const aside = toks.slice(pe, p.prep);
	return (
		/^,\s*$/.test(toks[pe - 1]?.post ?? '') &&
		/^,\s*$/.test(toks[p.prep - 1]?.post ?? '') &&
		aside.length <= 8 &&
		!aside.some(
			(t) => isVerb(t) || (/[,;:()"]/.test(t.post.trim()) && t !== aside[aside.length - 1])
		)
	);
}

/** A month ("April") or a day ("12") of a date written before its year. */
const isDatePart = (t: Token) =>
	(MONTH_SET.has(t.normal) && /^\p{Lu}/u.test(t.text)) || /^([1-9]|[12]\d|3[01])$/.test(t.text);

/**
 * The date fact of a clause whose date phrase is all of its fronted phrase ("On 2 May 1971, …") or
 * stands in its predicate, or undefined when the date is elsewhere.
 */
function dateFact(clause: Clause, p: DatePhrase): Fact | undefined {
	const s = clause.sentence;
	const [ps, pe] = clause.predicate;
	const fronted = clause.fronted[0] === p.prep && clause.fronted[1] === p.year + 1;
	const inPredicate = p.prep >= ps && p.year < pe;
	const afterAside = datesAfterAside(s, pe, p);
	if (!fronted && !inPredicate && !afterAside) return undefined;
	const subject = spanText(s, clause.subject[0], clause.subject[1]);
	const verb = spanText(s, clause.verb[0], clause.verb[1]);
	const frame: ClauseFrame = {
		subject,
		verb,
		aux: clause.aux,
		verbRest: clause.verbRest,
		doSupport: clause.doSupport,
		before: inPredicate ? spanText(s, ps, p.prep) : spanText(s, ps, pe),
		after: inPredicate ? spanText(s, p.year + 1, pe) : '',
		prep: s.tokens[p.prep]?.normal ?? '',
		slot: 'object'
	};
	const first = s.tokens[p.from] as Token;
	const year = s.tokens[p.year] as Token;
	return {
		id: `f-seq${s.index}-${p.year}-${clause.subject[0]}`,
		kind: 'date',
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject,
		action: verb,
		object: spanText(s, ps, pe),
		value: {
			text: spanText(s, p.from, p.year + 1),
			start: first.start,
			end: year.end,
			type: p.from < p.year ? 'date' : 'year'
		},
		statement: '',
		frame,
		salience: 0
	};
}

/** The words of a title that name its person: "Lise Meitner" of "Lise Meitner: The Physicist …". */
export function titleName(title: string): string {
	return (title.split(/:|\s+and\s+|\s+[-–—]\s+/)[0] ?? '').trim();
}

/**
 * The person a biography is about, from its title's name (the words before a colon or "and":
 * "Elizabeth Fry and the Women of Newgate"), as the fact stage finds it (articlePerson).
 */
export function biographyPerson(
	sentences: readonly Sentence[],
	title: string
): ArticlePerson | undefined {
	const name = titleName(title);
	return name ? articlePerson(sentences, name) : undefined;
}

/** The person's pronoun as a subject, or a possessive before one common noun ("Her husband"). */
const PERSON_PRONOUN: Record<ArticlePerson['pronouns'], RegExp> = {
	male: /^(he|his \p{Ll}+)$/u,
	female: /^(she|her \p{Ll}+)$/u
};
/** Any personal pronoun of a person: one of the other gender nearby puts a second person in play. */
const OTHER_PRONOUNS: Record<ArticlePerson['pronouns'], RegExp> = {
	male: /^(she|her|hers|herself)$/,
	female: /^(he|him|his|himself)$/
};

/**
 * "In 1906 she became …", "On 21 October 1520 the remaining ships entered …": a fronted date
 * without its comma, then the subject: a pronoun, a determiner or a name, which the fact stage
 * reads as no fronted phrase unless the year stands right after "in" and a determiner or name
 * follows. The clause from the subject on, its fronted phrase the date's.
 */
function dateThenSubject(s: Sentence, start: number, p: DatePhrase): Clause | undefined {
	const toks = s.tokens;
	const subject = toks[p.year + 1];
	if (p.prep !== start || !subject || /[,;:]/.test(toks[p.year]?.post ?? '')) return undefined;
	const opens =
		/^(he|she|they)$/.test(subject.normal) ||
		subject.tags.has('Determiner') ||
		/^\p{Lu}/u.test(subject.text);
	if (!opens) return undefined;
	const found = findClause(s, p.year + 1);
	return found && found.subject[0] === p.year + 1
		? { ...found, fronted: [start, p.year + 1] }
		: undefined;
}

/**
 * A dated fact whose subject is "He" or "She" with the biography's person's name in its place
 * ("Meitner moved to Cambridge" of "she moved to Cambridge"), or "Her husband" with the name's
 * possessive ("Kollwitz's husband died"), when no one else can be meant: the
 * pronoun is the person's, the sentence names no one before it, and neither it nor the sentence
 * before it in its paragraph has a pronoun of the other gender or another person's name. Other
 * facts as they are; a pronoun left unresolved is refused as an option later (clauseProblem).
 */
export function resolvePronoun(
	fact: Fact | undefined,
	s: Sentence,
	sentences: readonly Sentence[],
	person: ArticlePerson | undefined
): Fact | undefined {
	const subject = fact?.frame?.subject.trim().toLowerCase() ?? '';
	if (!fact?.frame || !person || !PERSON_PRONOUN[person.pronouns].test(subject)) return fact;
	const prev = sentences[s.index - 1];
	const nameWords = new Set(person.title.split(/\s+/));
	const pronoun = subject.split(' ')[0] ?? '';
	const at = s.tokens.findIndex((t) => t.normal === pronoun);
	const otherName = (t: Token) =>
		(t.tags.has('Person') || t.tags.has('ProperNoun')) &&
		/^\p{Lu}/u.test(t.text) &&
		!nameWords.has(t.text.replace(/['’]s$/, ''));
	const near = [
		...s.tokens.slice(0, Math.max(0, at)),
		...(prev && prev.paragraph === s.paragraph ? prev.tokens : [])
	];
	if (at < 0 || near.some((t) => t.tags.has('Person') && otherName(t))) return fact;
	if ([...near, ...s.tokens].some((t) => OTHER_PRONOUNS[person.pronouns].test(t.normal)))
		return fact;
	// "she married Karl Kollwitz": where the sentence gives the short name to another, the full one.
	const name = s.tokens.some((t) => t.text.replace(/['’]s$/, '') === person.short)
		? person.title
		: person.short;
	// "Her husband" as "Kollwitz's husband".
	const named = subject.includes(' ') ? `${name}'s ${subject.split(' ')[1] ?? ''}` : name;
	return {
		...fact,
		id: `${fact.id}-r`,
		subject: named,
		frame: { ...fact.frame, subject: named }
	};
}

/** Words that open a clause of time whose own event comes before (or with) the main clause's. */
const TIME_OPENERS = /^(when|after|once)$/;

/**
 * "When Roosevelt was elected president in 1932, he asked her …", "After Adolf Hitler came to
 * power in 1933, Meitner lost …": a fronted clause of time dates its own event, which is as much
 * the article's as the main clause's (the year is the opening clause's, so the main clause is
 * left undated). Its subject and verb from the word after the opener, its predicate ending at the
 * comma that closes it; none when the year stands outside it.
 */
function timeClause(s: Sentence, start: number, end: number, p: DatePhrase): Clause | undefined {
	const toks = s.tokens;
	if (start !== 0 || !TIME_OPENERS.test(toks[0]?.normal ?? '')) return undefined;
	const comma = toks.findIndex((t, i) => i < end && /,/.test(t.post));
	if (comma < 0 || p.year > comma) return undefined;
	const found = findClause(s, 1);
	if (!found || found.subject[0] !== 1 || found.predicate[1] !== comma + 1) return undefined;
	return found;
}

/**
 * Whether a clause's predicate stops at a comma inside a noun phrase: "entered a narrow, winding
 * channel" read as "entered a narrow". The word after the comma is a lower-case adjective or
 * noun, which goes on with the phrase rather than opening an aside or a new clause.
 */
export function cutInNounPhrase(clause: Clause): boolean {
	const toks = clause.sentence.tokens;
	const end = clause.predicate[1];
	const last = toks[end - 1];
	const next = toks[end];
	if (!last || !next || !/,/.test(last.post) || /^\p{Lu}/u.test(next.text)) return false;
	const opensAside = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Possessive'];
	if (opensAside.some((tag) => next.tags.has(tag))) return false;
	// "a narrow, winding channel": an "-ing" word before a bare noun describes it; "becoming the
	// first woman …" opens an aside.
	if (/ing$/.test(next.normal)) {
		const after = toks[end + 1];
		return (
			!!after &&
			after.tags.has('Noun') &&
			!after.tags.has('Determiner') &&
			/^\p{Ll}/u.test(after.text)
		);
	}
	return next.tags.has('Adjective') || next.tags.has('Noun');
}
