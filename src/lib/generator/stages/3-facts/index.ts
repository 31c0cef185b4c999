// Stage 3: typed facts with offsets. Each fact names one value a question can ask about.
import type { Fact, Mention, Sentence } from '../../types';
import { clauseStarts, findClause, spanText, type Clause } from './clauses';
import type { EntityIndex } from './entities';
import { eventFact, subjectForStem, type EventContext } from './events';
import { causeFact } from './causes';
import { instructionCause } from './imperative-why';
import { BROAD_LINKS } from './reason-span';
import { quoteFact } from './quotes';
import { escapeRegExp } from '../../well-formed';
import { roleFacts } from './roles';
import { appositiveFacts } from './appositives';
import { conceptFact, conceptHead, definition, lowerCaseWords, namesMidSentence } from './concepts';
import { sentenceFact, toldInFirstPerson } from './sentences';
import {
	articlePerson,
	namingPerson,
	personPronoun,
	sentenceNamingPerson,
	type ArticlePerson
} from './subject';
import { findValues, type Value } from './values';

export { buildEntities } from './entities';
export { paragraphYears, peopleEras } from './eras';
export { conceptPool } from './concepts';
export { reasonPool, type ReasonOption } from './causes';

/** Extracts event, place, date, quantity, role and quote facts from the parsed sentences. */
export function extractFacts(sentences: Sentence[], index: EntityIndex, title = ''): Fact[] {
	const facts: Fact[] = [];
	const clauses = mainClauses(sentences);
	const words = articleWords(sentences);
	const firstPerson = toldInFirstPerson(sentences);
	// A biography's "he" or "she", where it can only mean the article's person, is read as their name.
	const person = articlePerson(sentences, title);
	const ex: Extraction = { sentences, index, facts, makeId: idMaker(facts), person };
	sentenceFacts(ex, title, firstPerson);
	const { causes, broad } = clauseFacts(ex, clauses, words);
	// A reason whose clause has no frame for "Why …?" is still asked, as a blank on the reason.
	for (const s of sentences)
		if (!causes.has(s.index)) {
			const cause = causeFact(s, ex.makeId);
			if (cause) causes.set(s.index, cause);
			// An instruction and its reason, asked "Why should you …?" (as a broader link: no blank).
			else if (!broad.has(s.index)) {
				const told = instructionCause(s, ex.makeId);
				if (told) broad.set(s.index, told);
			}
		}
	facts.push(...causes.values());
	// The broader links ("since", "so that", "as a result of") where the first ones found none.
	facts.push(...[...broad.values()].filter((f) => !causes.has(f.sentence)));
	return scoreSalience(oneRolePerPerson(facts), index);
}

/** What the steps of extractFacts read, and the facts found so far (an id counts them). */
interface Extraction {
	sentences: Sentence[];
	index: EntityIndex;
	facts: Fact[];
	makeId: (raw: string) => string;
	person: ArticlePerson | undefined;
}

/** Fact ids: the number of facts found so far and the start of their text, never one id twice. */
function idMaker(facts: readonly Fact[]): (raw: string) => string {
	const seen = new Set<string>();
	return (raw: string) => {
		let id = `f${facts.length}-${raw
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.slice(0, 24)}`;
		while (seen.has(id)) id += 'x';
		seen.add(id);
		return id;
	};
}

/** Every clause the sentences start, in order. */
function mainClauses(sentences: Sentence[]): Clause[] {
	return sentences.flatMap((s) =>
		clauseStarts(s)
			.map((i) => findClause(s, i))
			.filter((c): c is Clause => !!c)
	);
}

/** What the article's words show of its terms, counted over the whole article. */
interface ArticleWords {
	lower: Set<string>;
	midSentenceCapitals: Set<string>;
	/** Nouns by count: only recurring ideas are asked about. */
	nounCounts: Map<string, number>;
}

/** The article's lower-case words, its capitals inside sentences, and its nouns by count. */
function articleWords(sentences: Sentence[]): ArticleWords {
	const lower = lowerCaseWords(sentences);
	const midSentenceCapitals = namesMidSentence(sentences);
	const nounCounts = new Map<string, number>();
	for (const s of sentences)
		for (const t of s.tokens)
			if (t.tags.has('Noun')) nounCounts.set(t.normal, (nounCounts.get(t.normal) ?? 0) + 1);
	return { lower, midSentenceCapitals, nounCounts };
}

/** Each sentence's roles, appositive descriptions, quote and stand-alone statement. */
function sentenceFacts(ex: Extraction, title: string, firstPerson: boolean): void {
	const { sentences, index, facts, makeId, person } = ex;
	const people = peopleOf(index);
	for (const s of sentences) {
		const mentions = index.bySentence.get(s.index) ?? [];
		facts.push(...roleFacts(s, mentions, makeId));
		facts.push(...appositiveFacts(s, mentions, makeId));
		const q = quoteFact(s, mentions, makeId(`quote-${s.index}`));
		if (q) facts.push(q);
		const named = sentenceNamingPerson(s, sentences[s.index - 1], person, people);
		const id = makeId(`statement-${s.index}`);
		const st = sentenceFact(s, mentions, id, title, firstPerson, named);
		if (st) facts.push(st);
	}
}

/**
 * Each clause's event facts (one per value) and term, skipping a clause whose pronoun subject
 * cannot be resolved; returns the causes found, one per sentence.
 */
function clauseFacts(
	ex: Extraction,
	clauses: Clause[],
	words: ArticleWords
): { causes: Map<number, Fact>; broad: Map<number, Fact> } {
	const { index, facts, makeId } = ex;
	const valuesOf = new Map<number, Value[]>();
	// One cause fact per sentence: from its main clause when that has a frame, else from the text.
	const causes = new Map<number, Fact>();
	const broad = new Map<number, Fact>();
	for (const clause of clauses) {
		const s = clause.sentence;
		const mentions = index.bySentence.get(s.index) ?? [];
		const resolved = resolveSubject(clause, ex.sentences, index, ex.person);
		if (resolved === null) continue;
		const subjectText = resolved?.name ?? spanText(s, clause.subject[0], clause.subject[1]);
		const ctx: EventContext = {
			entities: index.entities,
			subjectText,
			subjectResolved: resolved !== undefined,
			factId: (_s, v: Value) => makeId(`${v.type}-${v.text}`),
			midSentenceCapitals: words.midSentenceCapitals,
			lowerWords: words.lower
		};
		const statement = restate(clause, subjectText, resolved !== undefined);
		// Several clauses of one sentence share its values: found once per sentence.
		const values = valuesOf.get(s.index) ?? findValues(s, mentions);
		valuesOf.set(s.index, values);
		for (const v of values) {
			const f = eventFact(clause, v, ctx);
			if (f) facts.push({ ...f, statement });
		}
		if (!causes.has(s.index)) {
			const stemSubject = subjectForStem(s, clause, ctx);
			const cause = causeFact(s, makeId, { clause, stemSubject, subjectText });
			if (cause) causes.set(s.index, cause);
			else if (!broad.has(s.index)) {
				const link = causeFact(s, makeId, { clause, stemSubject, subjectText }, BROAD_LINKS);
				if (link?.frame || link?.effect) broad.set(s.index, link);
			}
		}
		const term = !resolved && termFact(ex, clause, values, statement, words);
		if (term) facts.push(term);
	}
	return { causes, broad };
}

/** A "what" fact on the clause's subject when it is a term, no value, defined or recurring. */
function termFact(
	ex: Extraction,
	clause: Clause,
	values: readonly Value[],
	statement: string,
	words: ArticleWords
): Fact | undefined {
	const s = clause.sentence;
	const head = conceptHead(clause);
	const named = values.some(
		(v) => v.tokenStart < clause.subject[1] && v.tokenEnd > clause.subject[0]
	);
	// "Xenocentrism is the opposite of …": a term the article defines is worth asking about even
	// when it is named once; other ideas must recur.
	const defines = definition(s, clause);
	if (!head || named || !(defines || (words.nounCounts.get(head.normal) ?? 0) >= 2))
		return undefined;
	return conceptFact(clause, ex.makeId(`thing-${head.normal}`), statement, words.lower, defines);
}

/** One role fact per person and title across the article. */
function oneRolePerPerson(facts: Fact[]): Fact[] {
	const roles = new Set<string>();
	return facts.filter((f) => {
		if (f.kind !== 'role') return true;
		const k = `${f.person ?? ''}|${f.value.text}`;
		if (roles.has(k)) return false;
		roles.add(k);
		return true;
	});
}

/** The people each sentence names, by sentence index. */
const peopleOf = (index: EntityIndex) => (i: number) =>
	(index.bySentence.get(i) ?? []).filter((m: Mention) => m.type === 'person');

const PERSONAL_PRONOUN = /^(he|she|him|her|his|hers|they|them|their)$/;

/**
 * Whether a person's mention is its sentence's subject: it is no possessive ("Curie's daughter"),
 * follows no preposition ("After Curie left") and comes before the sentence's first verb.
 */
export function opensAsSubject(s: Sentence, m: Mention): boolean {
	const before = s.tokens.slice(0, m.tokenStart);
	const last = s.tokens[m.tokenEnd - 1];
	if (!last || /['’]s$/.test(last.text) || last.tags.has('Possessive')) return false;
	if (before.at(-1)?.tags.has('Preposition')) return false;
	// "Her father, Wu Zhong-Yi, was …": the sentence speaks of someone already, whom "She" may mean.
	if (before.some((t) => PERSONAL_PRONOUN.test(t.normal))) return false;
	return !before.some((t) => t.tags.has('Verb'));
}

/**
 * The entity's full name for a mention of it, or the mention as written when the article gives
 * another full name ending in it: "Hodgkin" may be Dorothy or her husband Thomas Lionel Hodgkin.
 */
function unambiguousName(m: Mention, e: { name: string }, sentences: readonly Sentence[]): string {
	const written = m.text.replace(/['’]s$/, '');
	if (written === e.name || !e.name.endsWith(written)) return e.name;
	const fuller = new RegExp(`(?:\\p{Lu}[\\p{L}.'’-]*\\s+)+${escapeRegExp(written)}\\b`, 'gu');
	const others = sentences.some((x) =>
		[...x.text.matchAll(fuller)].some((f) => !e.name.endsWith(f[0].replace(/^(The|A|An)\s+/, '')))
	);
	return others ? written : e.name;
}

/**
 * A pronoun subject ("He", "The latter") resolved to the one person it can name, undefined when the
 * subject is not a pronoun, or null when it is one we cannot resolve with certainty.
 */
function resolveSubject(
	clause: Clause,
	sentences: Sentence[],
	index: EntityIndex,
	person?: ArticlePerson
): { name: string } | undefined | null {
	const s = clause.sentence;
	const subj = spanText(s, clause.subject[0], clause.subject[1]).toLowerCase();
	const prev = sentences[s.index - 1];
	const people = peopleOf(index);
	// In a biography, the person the article is about, when no one else could be meant: "He" is
	// asked as "von Neumann", "His parents" as "Nasser's parents".
	const at = person ? personPronoun(s, prev, person, people) : undefined;
	const [from, to] = clause.subject;
	if (person && at !== undefined && at >= from && at < to) {
		// "He" alone, or a possessive in the subject ("His parents"); not "him" inside it.
		const named = namingPerson(s, at, person, from, to);
		if ((at === from && to === from + 1) || /'s\b/.test(named)) return { name: named };
	}
	if (subj === 'he' || subj === 'she') {
		if (!prev || prev.paragraph !== s.paragraph) return null;
		const named = people(prev.index);
		const ids = new Set(named.map((m) => m.entity));
		if (ids.size !== 1 || people(s.index).some((m) => m.start < s.tokens[clause.verb[0]]!.start))
			return null;
		// "Hodgkin was appointed …, the second woman after Florence Nightingale. She was awarded …":
		// the one person named is not who the sentence is about, so the "She" is not theirs.
		const subject = named.find((m) => opensAsSubject(prev, m));
		const e = index.entities.get([...ids][0] as string);
		if (!subject || !e) return null;
		return { name: unambiguousName(subject, e, sentences) };
	}
	if (subj === 'the former' || subj === 'the latter') {
		const ids = [...new Set(people(prev?.index ?? -1).map((m) => m.entity))];
		if (ids.length !== 2) return null;
		const e = index.entities.get(ids[subj === 'the former' ? 0 : 1] as string);
		return e ? { name: e.name } : null;
	}
	if (/^(they|it|we|i|you|this|these|those|him|her|them)$/.test(subj)) return null;
	return undefined;
}

/** The main clause as a stand-alone sentence, with a resolved subject if there was a pronoun. */
function restate(clause: Clause, subjectText: string, resolved: boolean): string {
	const s = clause.sentence;
	const subject = resolved ? subjectText : spanText(s, clause.subject[0], clause.subject[1]);
	const rest = spanText(s, clause.verb[0], clause.predicate[1]);
	const text = `${subject} ${rest}`.replace(/[,;:\s]+$/, '');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Salience: how often the fact's entities recur, plus a bonus for lead paragraphs. */
function scoreSalience(facts: Fact[], index: EntityIndex): Fact[] {
	const maxMentions = Math.max(1, ...[...index.entities.values()].map((e) => e.mentions));
	return facts.map((f) => {
		const e = f.value.entity ? index.entities.get(f.value.entity) : undefined;
		const recurrence = e ? e.mentions / maxMentions : 0.2;
		const lead = f.paragraph <= 2 ? 0.3 : f.paragraph <= 5 ? 0.15 : 0;
		return { ...f, salience: Math.round((0.5 * recurrence + lead + 0.2) * 1000) / 1000 };
	});
}
