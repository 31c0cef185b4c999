// Finds the main clause of a sentence: fronted adverbial, subject, verb chunk and predicate.
// Question stems are built by moving pieces of this clause, so anything we cannot split with
// confidence is dropped here rather than turned into an ungrammatical stem.
import type { Sentence, Token } from '../types';

export interface Clause {
	sentence: Sentence;
	/** Token ranges [start, end). */
	fronted: [number, number];
	subject: [number, number];
	verb: [number, number];
	predicate: [number, number];
	aux: string;
	verbRest: string;
	doSupport: string;
}

export const AUX = new Set([
	'is',
	'are',
	'was',
	'were',
	'am',
	'has',
	'have',
	'had',
	'will',
	'would',
	'can',
	'could',
	'may',
	'might',
	'must',
	'shall',
	'should',
	'does',
	'do',
	'did'
]);
const OPENERS = new Set([
	'as',
	'when',
	'if',
	'although',
	'though',
	'because',
	'while',
	'after',
	'before',
	'since',
	'until',
	'unless',
	'whether',
	'once',
	'where',
	'whereas',
	'despite',
	'however',
	'but',
	'and',
	'so',
	'yet',
	'or',
	'according',
	'instead',
	'what',
	'why',
	'how',
	'who',
	'which',
	'there',
	'here',
	'such',
	'this',
	'these',
	'those',
	'that',
	'it',
	'they',
	'we',
	'i',
	'you'
]);
const TIME_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'meanwhile', 'later', 'earlier']);
const CLAUSE_BREAK = /[,;:()"]|\s-\s|--/;

const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Gerund');
const breaksAfter = (t: Token | undefined) => !!t && CLAUSE_BREAK.test(t.post);

/** Splits a declarative sentence into fronted phrase, subject, verb chunk and predicate. */
export function findClause(sentence: Sentence, from = 0): Clause | undefined {
	const toks = sentence.tokens;
	if (toks.length < 4 || toks.length > 60 || /\?["')]*$/.test(sentence.text)) return undefined;
	if (/^["'(]/.test(sentence.text) || toks.length - from < 4) return undefined;
	let c = from;
	const first = toks[from] as Token;
	if (first.tags.has('Preposition') || TIME_WORDS.has(first.normal) || first.tags.has('Date')) {
		// A fronted adverbial ends at the first comma and holds no verb.
		let k = from;
		// "On April 12, 1981, …": the comma inside a date does not end the fronted phrase.
		while (
			k < Math.min(toks.length, 10) &&
			(!breaksAfter(toks[k]) || innerComma(toks[k] as Token, toks[k + 1]))
		)
			k++;
		if (TIME_WORDS.has(first.normal) && k !== from) k = from;
		if (k >= from + 10 || k >= toks.length - 3) return undefined;
		if (!(toks[k] as Token).post.includes(',') && !TIME_WORDS.has(first.normal)) return undefined;
		for (let i = from; i <= k; i++) if (isVerb(toks[i] as Token)) return undefined;
		c = k + 1;
	}
	const head = toks[c];
	if (!head || OPENERS.has(head.normal) || head.tags.has('Preposition')) return undefined;

	let v = c;
	while (v < toks.length && !isVerb(toks[v] as Token)) v++;
	let subjectEnd = v;
	// "X, the chairman of Y, said": the subject is the name; the appositive is skipped.
	const commaAt = toks.slice(c, v).findIndex((t) => t.post.includes(','));
	if (commaAt >= 0) {
		let close = c + commaAt + 1;
		while (close < toks.length && !(toks[close] as Token).post.includes(',')) close++;
		if (close >= toks.length - 2 || close - c > 16) return undefined;
		subjectEnd = c + commaAt + 1;
		v = close + 1;
		if (!isVerb(toks[v] as Token)) return undefined;
		for (let i = subjectEnd; i <= close; i++) if (isVerb(toks[i] as Token)) return undefined;
	}
	if (subjectEnd - c < 1 || subjectEnd - c > 10 || v >= toks.length) return undefined;
	for (let i = c; i < subjectEnd - 1; i++) if (breaksAfter(toks[i])) return undefined;
	const subject = toks.slice(c, subjectEnd);
	if (!subject.some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun'))) return undefined;
	if (subject.some((t) => ['who', 'which', 'that', 'whose'].includes(t.normal))) return undefined;
	// "The building cost $12 million and holds": a mis-tagged verb leaves a clause in the subject.
	const lastSubj = subject[subject.length - 1] as Token;
	// "Trump's softened approach": a possessive cannot end a subject; the "verb" is an adjective.
	if (/['’]s$/.test(lastSubj.text) || /^['’]s/.test(lastSubj.post)) return undefined;
	if (lastSubj.tags.has('Conjunction') || subject.some((t) => t.tags.has('Money')))
		return undefined;

	// The verb chunk: auxiliaries, negation and adverbs up to the main verb.
	let w = v;
	while (w < toks.length) {
		const t = toks[w] as Token;
		const verbish = t.tags.has('Verb') || t.tags.has('Negative');
		const adverb = t.tags.has('Adverb') && !!toks[w + 1]?.tags.has('Verb');
		if (!(verbish || adverb) || (w > v && breaksAfter(toks[w - 1]))) break;
		w++;
		if (breaksAfter(t)) break;
		// Stop after a main verb: "began to" or a verb followed by an object.
		if (t.tags.has('Verb') && !AUX.has(t.normal) && !['be', 'been', 'being'].includes(t.normal))
			break;
	}
	const chunk = toks.slice(v, w);
	const headVerb = chunk[0] as Token;
	let aux = '';
	let verbRest: string;
	let doSupport = '';
	const rest = chunk.slice(1).map((t) => t.text);
	const onlyHave = ['has', 'have', 'had'].includes(headVerb.normal) && chunk.length === 1;
	if (AUX.has(headVerb.normal) && !onlyHave && !['does', 'do', 'did'].includes(headVerb.normal)) {
		aux = headVerb.normal;
		verbRest = rest.join(' ');
	} else if (['does', 'do', 'did'].includes(headVerb.normal)) {
		aux = headVerb.normal;
		verbRest = rest.join(' ');
	} else {
		const main = chunk[chunk.length - 1] as Token;
		const adverbs = chunk.slice(0, -1).map((t) => t.text);
		const inf = onlyHave ? 'have' : (main.root ?? '');
		if (!inf || main.tags.has('Gerund') || main.tags.has('Infinitive')) return undefined;
		if (main.tags.has('PastTense')) doSupport = 'did';
		else if (main.tags.has('PresentTense')) doSupport = /s$/.test(main.normal) ? 'does' : 'do';
		else return undefined;
		verbRest = [...adverbs, inf].join(' ');
	}

	// The predicate runs to the first clause break (keeping commas inside dates and places).
	let e = w;
	if (e < toks.length && toks[e]?.tags.has('Conjunction')) return undefined;
	if (breaksAfter(toks[w - 1])) e = w;
	else
		while (e < toks.length) {
			const t = toks[e] as Token;
			if (['and', 'but'].includes(t.normal) && e > w) {
				const n = toks[e + 1];
				if (n && (isVerb(n) || n.tags.has('Pronoun') || n.tags.has('Determiner'))) break;
			}
			// A quotation inside the predicate belongs to it: cutting there leaves "a user labelled".
			if (/^\s*"/.test(t.pre) && e > w) return undefined;
			e++;
			if (breaksAfter(t) && !innerComma(t, toks[e])) break;
		}
	const last = toks[e - 1];
	// A "that"/"which" clause cut at a comma is incomplete ("observed that the hashtag on Twitter").
	if (
		e < toks.length &&
		toks.slice(w, e).some((t) => ['that', 'which', 'who', 'whether'].includes(t.normal))
	)
		return undefined;
	if (e > w && last && (last.tags.has('Preposition') || last.tags.has('Determiner')))
		return undefined;
	return {
		sentence,
		fronted: [from, c],
		subject: [c, subjectEnd],
		verb: [v, w],
		predicate: [w, e],
		aux,
		verbRest,
		doSupport
	};
}

/**
 * Token indexes where a main clause may start: the sentence start, after a fronted subordinate
 * clause ("After the match ended, ..."), and after "; " or ", and" / ", but" between clauses.
 */
export function clauseStarts(sentence: Sentence): number[] {
	const toks = sentence.tokens;
	const out = [0];
	const first = toks[0];
	if (
		first &&
		OPENERS.has(first.normal) &&
		!['it', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those'].includes(
			first.normal
		)
	) {
		const k = toks.findIndex((t, i) => i < 20 && t.post.includes(','));
		if (k > 0) out.push(k + 1);
	}
	toks.forEach((t, i) => {
		if (i < 3) return;
		if (/;/.test(t.post)) out.push(i + 1);
		else if (/,/.test(t.post) && ['and', 'but'].includes(toks[i + 1]?.normal ?? ''))
			out.push(i + 2);
	});
	return out.filter((i) => i < toks.length - 4);
}

/** Commas that belong to one phrase: "June 19, 2018" and "Irving, Texas". */
function innerComma(t: Token, next: Token | undefined): boolean {
	if (!next || !/^,\s*$/.test(t.post)) return false;
	if (t.tags.has('Date') && /^\d{4}$/.test(next.text)) return true;
	return t.tags.has('Place') && next.tags.has('Place') && /^\p{Lu}/u.test(next.text);
}

/** The text of tokens [a, b) as written, without the final token's trailing punctuation. */
export function spanText(s: Sentence, a: number, b: number): string {
	const from = s.tokens[a];
	const to = s.tokens[b - 1];
	if (!from || !to || b <= a) return '';
	return s.text.slice(from.start - s.start, to.end - s.start);
}
