// Common-noun subjects ("The government had overseen ...", "Ethnocentrism is ..."): expository
// texts name few people or places, so their facts are about things and ideas.
import type { Fact, Token } from '../types';
import { TITLE_WORDS } from '../lexicons';
import { type Clause, spanText } from './clauses';

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
export function conceptFact(clause: Clause, id: string, statement: string): Fact | undefined {
	const s = clause.sentence;
	const [ss, se] = clause.subject;
	const pred = spanText(s, clause.predicate[0], clause.predicate[1]);
	if (pred.split(/\s+/).length < 3) return undefined;
	const text = spanText(s, ss, se);
	const head = s.tokens[se - 1];
	const first = s.tokens[ss];
	if (!head || !first) return undefined;
	const value = text.charAt(0).toUpperCase() + text.slice(1);
	// "Professor Eastman", "Romelu Lukaku": a capitalised name the entity stage missed is a person
	// when the tagger says so or a title introduces it; it is asked with "Who", not "What".
	const words = s.tokens.slice(ss, se);
	// "NASA Administrator Charles Bolden": an acronym and titles before the name are not the name.
	let lead = 0;
	if (/^[A-Z]{2,6}$/.test(first.text) && TITLE_WORDS.has(words[1]?.normal ?? '')) lead = 1;
	while (lead < words.length - 1 && TITLE_WORDS.has(words[lead]?.normal ?? '')) lead++;
	const titled = lead > 0;
	const name = words.slice(lead);
	const person =
		name.length >= 1 &&
		name.every((t) => /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun')) &&
		(titled || name.some((t) => t.tags.has('Person')));
	const nameStart = name[0]?.start ?? first.start;
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
		value: person
			? {
					text: s.text.slice(nameStart - s.start, head.end - s.start),
					start: nameStart,
					end: head.end,
					type: 'person'
				}
			: {
					text: value,
					start: first.start,
					end: head.end,
					type: 'thing',
					entity: head.tags.has('Plural') ? 'plural' : 'singular'
				},
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
