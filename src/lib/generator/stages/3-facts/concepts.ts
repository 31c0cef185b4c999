// Common-noun subjects ("The government had overseen ...", "Ethnocentrism is ..."): expository
// texts name few people or places, so their facts are about things and ideas.
import type { Fact, Sentence, Token } from '../../types';
import { TITLE_WORDS } from '../../lexicons';
import { type Clause, findClause, spanText } from './clauses';

/** Heads that name people or vague quantities: "What" cannot ask about them. */
const NOT_A_THING =
	/^(people|persons|citizens|members|soldiers|voters|residents|workers|students|children|parents|officials|authors|scientists|researchers|experts|critics|travell?ers|americans|recipients|percent|something|anything|everything|nothing|someone|everyone|lots?|part|parts|kind|kinds|way|ways|thing|things|number|amount|one|ones|side|sides|display|night|day|days|effects?|aspects?|difficult(y|ies)|problems?|issues?|results?|areas?|cases?|examples?|\w+ees)$/;
/** Words that mean nothing out of their sentence: "the same trip", "other areas". */
const VAGUE =
	/^(same|other|such|former|latter|similar|certain|various|several|many|most|some|few|more|less|enough|much|own)$/;

/** Words the article writes in lower case somewhere: a capital at a sentence start hides no name. */
export function lowerCaseWords(sentences: readonly Sentence[]): Set<string> {
	const out = new Set<string>();
	for (const s of sentences)
		for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) out.add(t.normal);
	return out;
}

/** Words the article writes with a capital inside a sentence: names, whatever the tagger says. */
export function namesMidSentence(sentences: readonly Sentence[]): Set<string> {
	const out = new Set<string>();
	for (const s of sentences)
		for (const t of s.tokens.slice(1)) if (/^\p{Lu}\p{Ll}/u.test(t.text)) out.add(t.normal);
	return out;
}

/** Whether the token can be part of a term: a common noun or an adjective, not a name or a number. */
function termWord(t: Token | undefined, lower: ReadonlySet<string>): boolean {
	if (!t || !(t.tags.has('Noun') || t.tags.has('Adjective'))) return false;
	// "Discovery", "Heald": a capitalised word is a name unless the article also writes it in lower case.
	if (/^\p{Lu}/u.test(t.text) && !lower.has(t.normal)) return false;
	if (
		['ProperNoun', 'Pronoun', 'Value', 'Possessive', 'Verb', 'Date', 'Duration'].some((g) =>
			t.tags.has(g)
		)
	)
		return false;
	return /^\p{L}[\p{L}-]*$/u.test(t.text) && !VAGUE.test(t.normal) && !t.tags.has('Gerund');
}

/** Whether a head noun can be the answer of a "What" question: an idea or thing, not people. */
export function thingHead(t: Token): boolean {
	return (
		t.tags.has('Noun') &&
		!t.tags.has('Actor') &&
		!t.tags.has('Person') &&
		!NOT_A_THING.test(t.normal) &&
		t.normal.length >= 4
	);
}

/**
 * Terms of the article, each with its number: bare noun phrases ("cultural relativism", "ozone
 * pollution") said at least twice, and bare subjects of clauses. They are the distractors for
 * "What …?" questions about ideas, so only phrases without an article or a name qualify.
 */
export interface Term {
	text: string;
	number: 'singular' | 'plural';
	/** Whether the term is the subject of a clause: it does something, like most answers. */
	subject: boolean;
	/** Whether the article defines it ("Oligarchy is a form of …"): the kin of other defined terms. */
	defined: boolean;
}

/** Whether the clause defines its subject: "X is a …", "X are the …". */
export function definition(s: Sentence, c: Clause): boolean {
	return (
		['is', 'are'].includes(c.aux) &&
		!c.verbRest &&
		!!s.tokens[c.predicate[0]]?.tags.has('Determiner')
	);
}

/** Verbs that take a "that" clause and that the tagger may read as nouns: "show", "means". */
const CLAUSE_VERB =
	/^(shows?|suggests?|means|proves?|indicates?|implies|imply|demonstrates?|claims?|argues?)$/;

export function conceptPool(sentences: Sentence[]): Term[] {
	const lower = lowerCaseWords(sentences);
	const word = (t: Token | undefined) => termWord(t, lower);
	const terms = new Map<string, Term & { count: number }>();
	const add = (s: Sentence, a: number, b: number, weight: number, defined = false) => {
		const head = s.tokens[b - 1];
		if (!head || !thingHead(head)) return;
		// "Winning", "Practicing": a lone "-ing" word names an activity, seldom a term.
		if (b - a === 1 && /ing$/.test(head.normal)) return;
		const text = spanText(s, a, b);
		const key = text.toLowerCase();
		const prev = terms.get(key);
		terms.set(key, {
			text: prev?.text ?? `${text.charAt(0).toUpperCase()}${text.slice(1)}`,
			number: head.tags.has('Plural') ? 'plural' : 'singular',
			subject: (prev?.subject ?? false) || weight > 1,
			defined: (prev?.defined ?? false) || defined,
			count: (prev?.count ?? 0) + weight
		});
	};
	for (const s of sentences) {
		const toks = s.tokens;
		for (let i = 0; i < toks.length; i++) {
			const before = toks[i - 1];
			if (!word(toks[i]) || (word(before) && !/[,;:()"]/.test(before?.post ?? ''))) continue;
			// Bare: no article, possessive or number before the phrase.
			if (
				before &&
				!/[,;:()"]/.test(before.post) &&
				/^(the|a|an|this|that|these|those|its|their|his|her|our|one's)$/.test(before.normal)
			)
				continue;
			if (
				before?.tags.has('Determiner') ||
				before?.tags.has('Possessive') ||
				before?.tags.has('Value')
			)
				continue;
			let j = i;
			while (j < toks.length && j - i < 3 && word(toks[j])) {
				j++;
				if (/[,;:()"]/.test(toks[j - 1]?.post ?? '')) break;
			}
			while (j > i && !toks[j - 1]?.tags.has('Noun')) j--;
			// "morality show that …": a noun before "that" may be the verb of a clause (the tagger
			// reads "explanations of morality show that realism is false" as one phrase).
			if (j > i + 1 && toks[j]?.normal === 'that' && CLAUSE_VERB.test(toks[j - 1]?.normal ?? ''))
				j--;
			// "division of labor", "economies of scale": a term may take one "of" phrase.
			const of = toks[j];
			if (j > i && of?.normal === 'of' && !/[,;:()"]/.test(toks[j - 1]?.post ?? '')) {
				let k = j + 1;
				while (k < toks.length && k - j <= 2 && word(toks[k])) {
					k++;
					if (/[,;:()"]/.test(toks[k - 1]?.post ?? '')) break;
				}
				if (k > j + 2 && toks[k]?.normal === 'that' && CLAUSE_VERB.test(toks[k - 1]?.normal ?? ''))
					k--;
				if (k > j + 1 && toks[k - 1]?.tags.has('Noun') && !word(toks[k])) add(s, i, k, 1);
			}
			// "ozone pollution caused": a phrase that runs on into more nouns is cut, not a term.
			if (j > i && !(j < toks.length && word(toks[j]) && !/[,;:()"]/.test(toks[j - 1]?.post ?? '')))
				add(s, i, j, 1);
		}
		const c = findClause(s);
		const h = c && conceptHead(c);
		if (c && h && bare(s, c, lower)) add(s, c.subject[0], c.subject[1], 2, definition(s, c));
		// "An oligarchy is a form of …": a defined term, without its "an".
		else if (c && h && definition(s, c) && /^(a|an)$/.test(s.tokens[c.subject[0]]?.normal ?? ''))
			if (s.tokens.slice(c.subject[0] + 1, c.subject[1]).every(word))
				add(s, c.subject[0] + 1, c.subject[1], 2, true);
	}
	// One word said twice may be incidental ("side"); a phrase said twice, or a subject, is a term.
	return [...terms.values()]
		.filter((t) => t.count >= (t.text.includes(' ') || t.subject ? 2 : 3))
		.map(({ text, number, subject, defined }) => ({ text, number, subject, defined }));
}

/** Whether the clause subject is a bare phrase of common words: "Climate change", "Spacetime". */
function bare(s: Sentence, clause: Clause, lower: ReadonlySet<string>): boolean {
	const words = s.tokens.slice(clause.subject[0], clause.subject[1]);
	return words.length > 0 && words.every((t) => termWord(t, lower));
}

/** Head nouns of every clause subject, counted, so only recurring ideas become answers. */
export function conceptHead(clause: Clause): Token | undefined {
	const s = clause.sentence;
	const toks = s.tokens.slice(clause.subject[0], clause.subject[1]);
	if (toks.length < 1 || toks.length > 4) return undefined;
	let i = 0;
	if (['the', 'a', 'an'].includes(toks[0]?.normal ?? '')) i = 1;
	const rest = toks.slice(i);
	if (!rest.length) return undefined;
	const ok = rest.every(
		(t, k) =>
			!t.tags.has('Pronoun') &&
			!t.tags.has('Value') &&
			!/[,;:'"()]/.test(t.post) &&
			(t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Possessive'))) &&
			(k === rest.length - 1 ? t.tags.has('Noun') : true)
	);
	return ok ? rest[rest.length - 1] : undefined;
}

/** A "what" fact whose answer is the clause's subject phrase. */
export function conceptFact(
	clause: Clause,
	id: string,
	statement: string,
	lower: ReadonlySet<string>,
	defines = false
): Fact | undefined {
	const s = clause.sentence;
	const [cs, se] = clause.subject;
	const indefinite = defines && definedWithArticle(clause, lower);
	const ss = indefinite ? cs + 1 : cs;
	const pred = spanText(s, clause.predicate[0], clause.predicate[1]);
	if (pred.split(/\s+/).length < 3) return undefined;
	const text = spanText(s, ss, se);
	const head = s.tokens[se - 1];
	const first = s.tokens[ss];
	if (!head || !first) return undefined;
	const name = missedPerson(s.tokens.slice(ss, se));
	// "The study", "The team": a subject with an article points back into the article; only a bare
	// term ("Climate change", "Cultural relativism") is asked about, and never a group of people.
	if (!name && ((!indefinite && !bare(s, clause, lower)) || !thingHead(head))) return undefined;
	const verb = spanText(s, clause.verb[0], clause.verb[1]);
	return {
		id,
		kind: 'event',
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: text,
		action: verb,
		object: pred,
		value: name ? personValue(s, name, first, head) : termValue(text, first, head),
		statement,
		frame: {
			subject: '',
			verb,
			aux: clause.aux,
			verbRest: clause.verbRest,
			doSupport: clause.doSupport,
			before: pred,
			after: '',
			prep: '',
			slot: 'subject'
		},
		salience: 0
	};
}

/** Whether a defining clause names its term with "a" or "an" before words that make a term. */
function definedWithArticle(clause: Clause, lower: ReadonlySet<string>): boolean {
	const toks = clause.sentence.tokens;
	const [cs, se] = clause.subject;
	// "A democracy is a government in which …": a definition names its term with "a", which the
	// answer drops ("Democracy"), so it reads beside the article's other terms.
	return (
		se - cs >= 2 &&
		/^(a|an)$/.test(toks[cs]?.normal ?? '') &&
		toks.slice(cs + 1, se).every((t) => termWord(t, lower))
	);
}

/** The name of a person the entity stage missed in subject `words`, past any titles, if any. */
function missedPerson(words: readonly Token[]): readonly Token[] | undefined {
	// "Professor Eastman", "Romelu Lukaku": a capitalised name the entity stage missed is a person
	// when the tagger says so or a title introduces it; it is asked with "Who", not "What".
	// "NASA Administrator Charles Bolden": an acronym and titles before the name are not the name.
	let lead = 0;
	if (/^[A-Z]{2,6}$/.test(words[0]?.text ?? '') && TITLE_WORDS.has(words[1]?.normal ?? ''))
		lead = 1;
	while (lead < words.length - 1 && TITLE_WORDS.has(words[lead]?.normal ?? '')) lead++;
	const titled = lead > 0;
	const name = words.slice(lead);
	const person =
		name.length >= 1 &&
		name.every((t) => /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun')) &&
		(titled || name.some((t) => t.tags.has('Person')));
	return person ? name : undefined;
}

/** The answer for a person: the name as written, up to the subject's head. */
function personValue(
	s: Sentence,
	name: readonly Token[],
	first: Token,
	head: Token
): Fact['value'] {
	const nameStart = name[0]?.start ?? first.start;
	return {
		text: s.text.slice(nameStart - s.start, head.end - s.start),
		start: nameStart,
		end: head.end,
		type: 'person'
	};
}

/** The answer for a term: capitalised, and singular or plural as its head is. */
function termValue(text: string, first: Token, head: Token): Fact['value'] {
	return {
		text: text.charAt(0).toUpperCase() + text.slice(1),
		start: first.start,
		end: head.end,
		type: 'thing',
		entity: head.tags.has('Plural') ? 'plural' : 'singular'
	};
}
