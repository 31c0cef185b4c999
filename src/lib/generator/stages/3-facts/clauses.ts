// Finds the main clause of a sentence: fronted adverbial, subject, verb chunk and predicate.
// Question stems are built by moving pieces of this clause, so anything we cannot split with
// confidence is dropped here rather than turned into an ungrammatical stem.
import type { Sentence, Token } from '../../types';
import { frontedEnd } from './clause-starts';
import { openBrackets, unbalanced } from '../../well-formed';
import { AUX, breaksAfter, innerComma, isAdverb, isVerb, OPENERS, REPORTING } from './words';

export { clauseStarts } from './clause-starts';

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

/**
 * Whether the words from `e` on are an aside set off by commas (a phrase without a verb) followed by
 * more of the same predicate: a possessive or a determiner and its noun, not a new clause.
 */
function resumesAfterAside(toks: readonly Token[], e: number): boolean {
	if (e >= toks.length || !/,/.test(toks[e - 1]?.post ?? '')) return false;
	let k = e;
	while (k < toks.length && !/[,;]/.test(toks[k]?.post ?? '')) k++;
	if (k >= toks.length - 1 || !/,/.test(toks[k]?.post ?? '') || k - e > 8) return false;
	if (toks.slice(e, k + 1).some(isVerb)) return false;
	const next = toks[k + 1] as Token;
	const after = toks[k + 2];
	if (!after || toks.slice(k + 1, k + 5).some(isVerb)) return false;
	// "brought two protégés, Yegor Ligachev and Nikolai Ryzhkov, into the Politburo": names set off
	// after the object, then where the verb brought them (review tune24: "bring them where?").
	if (toks[e]?.tags.has('ProperNoun')) return /^(into|onto|to|as|from)$/.test(next.normal);
	return !!toks[e]?.tags.has('Preposition') && /^(her|his|its|their|the|a|an)$/.test(next.normal);
}

/** Words that open a clause of their own, which needs its own verb. */
const SUBORDINATORS = new Set([
	'when',
	'while',
	'because',
	'although',
	'though',
	'unless',
	'whereas'
]);

/** Splits a declarative sentence into fronted phrase, subject, verb chunk and predicate. */
export function findClause(sentence: Sentence, from = 0): Clause | undefined {
	const toks = sentence.tokens;
	const c = subjectStart(sentence, from);
	if (c === undefined) return undefined;
	const found = subjectAndVerb(toks, c);
	if (!found || !cleanSubject(toks, c, found.subjectEnd, found.v)) return undefined;
	const { subjectEnd, v } = found;
	const w = verbChunkEnd(toks, v);
	const forms = verbForms(toks.slice(v, w), toks.slice(c, subjectEnd));
	if (!forms) return undefined;
	const e = predicateEnd(toks, w);
	if (e === undefined || !wholePredicate(toks, w, e)) return undefined;
	return {
		sentence,
		fronted: [from, c],
		subject: [c, subjectEnd],
		verb: [v, w],
		predicate: [w, e],
		aux: forms.aux,
		verbRest: forms.verbRest,
		doSupport: forms.doSupport
	};
}

/** Prepositions of place the tagger may read as adjectives or adverbs at a sentence's start. */
const PLACE_WORDS =
	/^(beneath|below|above|behind|beside|besides|among|amongst|amid|underneath|under|inside|outside|within|beyond|across|along|around|opposite|near|atop|between|through|throughout|upon|over)$/;

/**
 * Where the subject starts, after any fronted phrase; undefined for a question, a quotation, a
 * sentence too short or too long, or a subject that opens with an opener or a preposition.
 */
function subjectStart(sentence: Sentence, from: number): number | undefined {
	const toks = sentence.tokens;
	if (toks.length < 4 || toks.length > 60 || /\?["')]*$/.test(sentence.text)) return undefined;
	if (/^["'(]/.test(sentence.text) || toks.length - from < 4) return undefined;
	const c = frontedEnd(toks, from);
	if (c === undefined || invertedOpening(toks, from) || invertedOpening(toks, c)) return undefined;
	const head = toks[c];
	// "about 100,000 Greeks worship …": a count's modifier is no preposition.
	const counted = /^(about|around|over|nearly|almost|some|approximately)$/.test(head?.normal ?? '');
	const isCount = counted && !!toks[c + 1]?.tags.has('Value');
	// "Beneath our feet is a system of pipes": a place phrase the tagger calls an adjective is no
	// subject either ("By how many boilers is beneath our feet a system … fed?", review k3).
	const preposition = head?.tags.has('Preposition') || PLACE_WORDS.test(head?.normal ?? '');
	if (!head || OPENERS.has(head.normal) || (preposition && !isCount)) return undefined;
	return c;
}

/** Auxiliaries a negative or restrictive opening puts before the subject ("Never had she …"). */
const INVERTED_AUX =
	/^(is|are|was|were|am|be|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must)$/;

/** Words after "only" that open a phrase or clause, not a subject ("Only then did …"). */
const ONLY_INVERTING =
	/^(when|if|after|before|once|then|now|later|by|in|through|with|because|until|till|since|at|on|under|where|recently|afterwards|during|rarely|occasionally|twice)$/;

/** Negative openings that always invert the clause after them: "Seldom do …", "Nor was …". */
const ALWAYS_INVERTING = /^(never|rarely|seldom|scarcely|nowhere|nor)$/;

/**
 * Whether the clause at `i` opens on a negative or restrictive phrase that puts the auxiliary before
 * the subject: "Only when the levels match can the gates be opened", "Not until 1990 did …", "Not
 * only was it …", "Never had she …", "Little did he know", "No sooner had …", "Under no
 * circumstances should …". Its subject and verb are out of the usual order, so a stem built by
 * moving them is garbled ("Why can Only when the levels match the bottom gates be swung open?",
 * review k13). "Only a few people …", "Not all birds …", "Little is known …" open a subject and pass.
 */
export function invertedOpening(toks: readonly Token[], i: number): boolean {
	const first = toks[i]?.normal ?? '';
	const next = toks[i + 1]?.normal ?? '';
	if (first === 'only') return ONLY_INVERTING.test(next);
	if (first === 'not') return /^(until|till|only|once|since|even|for|in|at|under)$/.test(next);
	if (ALWAYS_INVERTING.test(first)) return true;
	if (/^(hardly|barely)$/.test(first)) return INVERTED_AUX.test(next);
	// "Little did he know", not "Little is known about …" (a subject).
	if (first === 'little') return /^(do|does|did)$/.test(next);
	if (first === 'no' && next === 'sooner') return true;
	// "Under no circumstances", "At no time", "In no way", "On no account".
	return /^(under|at|in|on|by)$/.test(first) && next === 'no';
}

/** Where the subject starting at `c` ends and its verb `v` starts, past an appositive. */
function subjectAndVerb(
	toks: readonly Token[],
	c: number
): { subjectEnd: number; v: number } | undefined {
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
		// "Thomas Sam, a homeopath, instead decided": an adverb may stand before the verb.
		if (toks[v]?.tags.has('Adverb') && isVerb(toks[v + 1] as Token)) v++;
		if (!isVerb(toks[v] as Token)) return undefined;
		// "The accident, which occurred at noon, was caused by …": a relative clause may hold verbs.
		const relative = ['which', 'who'].includes(toks[subjectEnd]?.normal ?? '');
		if (!relative)
			for (let i = subjectEnd; i <= close; i++) if (isVerb(toks[i] as Token)) return undefined;
	}
	// "The Confederacy also mobilized": adverbs before the verb belong to the verb chunk.
	if (subjectEnd === v && v - 1 > c && isAdverb(toks[v - 1] as Token)) {
		subjectEnd--;
		v--;
	}
	return { subjectEnd, v };
}

/** Whether tokens [c, subjectEnd) are a whole noun phrase a question can move, before verb `v`. */
function cleanSubject(toks: readonly Token[], c: number, subjectEnd: number, v: number): boolean {
	if (subjectEnd - c < 1 || subjectEnd - c > 10 || v >= toks.length) return false;
	for (let i = c; i < subjectEnd - 1; i++) if (breaksAfter(toks[i])) return false;
	const subject = toks.slice(c, subjectEnd);
	if (!subject.some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun'))) return false;
	// "Romanesque architecture (termed Norman architecture in England …), was established": a verb
	// inside brackets belongs to the aside, not to the subject before them; so does a clause that
	// starts inside them ("samples (Moon Rocks, and Dust Particles collected by U2)", tune24).
	if (
		openBrackets(
			toks
				.slice(0, v + 1)
				.map((t) => t.pre + t.post)
				.join(' ')
		) > 0
	)
		return false;
	// "Even though atheists only account for …": a subordinate clause is no subject.
	const subordinate =
		/^(who|which|that|whose|though|although|because|if|unless|whether|while|whereas)$/;
	if (subject.some((t) => subordinate.test(t.normal))) return false;
	// "The building cost $12 million and holds": a mis-tagged verb leaves a clause in the subject.
	const lastSubj = subject[subject.length - 1] as Token;
	// "Trump's softened approach": a possessive cannot end a subject; the "verb" is an adjective.
	if (/['’]s$/.test(lastSubj.text) || /^['’]s/.test(lastSubj.post)) return false;
	return !(lastSubj.tags.has('Conjunction') || subject.some((t) => t.tags.has('Money')));
}

/** Where the verb chunk starting at `v` ends: auxiliaries, negation and adverbs up to the main verb. */
function verbChunkEnd(toks: readonly Token[], v: number): number {
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
	return w;
}

/** The do-support of "has to", "have to" and "had to". */
const HAVE_SUPPORT: Record<string, string> = { has: 'does', have: 'do', had: 'did' };

type VerbForms = Pick<Clause, 'aux' | 'verbRest' | 'doSupport'>;

/** How a question inverts verb chunk `chunk`: its auxiliary and the rest, or the do-support. */
function verbForms(chunk: readonly Token[], subject: readonly Token[]): VerbForms | undefined {
	if (!chunk.length) return undefined;
	const headVerb = chunk[0] as Token;
	const onlyHave = ['has', 'have', 'had'].includes(headVerb.normal) && chunk.length === 1;
	// "the clockwork had to be wound" → "did the clockwork have to be wound", not "had … to be".
	if (/^(has|have|had)$/.test(headVerb.normal) && chunk[1]?.normal === 'to' && chunk.length === 2)
		return { aux: '', verbRest: 'have to', doSupport: HAVE_SUPPORT[headVerb.normal] ?? 'did' };
	if (['does', 'do', 'did'].includes(headVerb.normal) || (AUX.has(headVerb.normal) && !onlyHave))
		return {
			aux: headVerb.normal,
			verbRest: chunk
				.slice(1)
				.map((t) => t.text)
				.join(' '),
			doSupport: ''
		};
	return doSupportForms(chunk, subject, onlyHave);
}

/** The do-support and infinitive for a chunk without an auxiliary ("worship" → "do … worship"). */
function doSupportForms(
	chunk: readonly Token[],
	subject: readonly Token[],
	onlyHave: boolean
): VerbForms | undefined {
	const main = chunk[chunk.length - 1] as Token;
	// "A 10 per cent rise in [rents] matters …": a subject that ends on a preposition lost its
	// noun to the verb the tagger read ("Why does a rise in rent matters …?", review k12).
	if (subject.at(-1)?.tags.has('Preposition')) return undefined;
	const adverbs = chunk.slice(0, -1).map((t) => t.text);
	// The tagger gives no root for a verb already in its base form ("they worship").
	const inf = onlyHave ? 'have' : (main.root ?? (main.tags.has('Infinitive') ? main.normal : ''));
	// "100,000 Greeks worship": the tagger calls a plural present an infinitive.
	// The subject's head stands before its first preposition: "300 fishermen from the valley".
	const of = subject.findIndex((t, i) => i > 0 && t.tags.has('Preposition'));
	const subjectHead = subject[(of > 0 ? of : subject.length) - 1];
	const pluralPresent = main.tags.has('PresentTense') && !!subjectHead?.tags.has('Plural');
	if (!inf || main.tags.has('Gerund') || (main.tags.has('Infinitive') && !pluralPresent))
		return undefined;
	let doSupport: string;
	if (main.tags.has('PastTense')) doSupport = 'did';
	else if (main.tags.has('PresentTense')) doSupport = /s$/.test(main.normal) ? 'does' : 'do';
	else return undefined;
	return { aux: '', verbRest: [...adverbs, inf].join(' '), doSupport };
}

/** Where the predicate after the verb chunk (ending at `w`) ends, or undefined when it cannot. */
function predicateEnd(toks: readonly Token[], w: number): number | undefined {
	// The predicate runs to the first clause break (keeping commas inside dates and places).
	let e = w;
	// "began to", "is scheduled to": an infinitive complement (the tagger calls "to" a conjunction).
	if (e < toks.length && toks[e]?.tags.has('Conjunction') && toks[e]?.normal !== 'to')
		return undefined;
	if (breaksAfter(toks[w - 1])) return w;
	while (e < toks.length) {
		const t = toks[e] as Token;
		if (['and', 'but'].includes(t.normal) && e > w && startsNewClause(toks, w, e)) break;
		// A quotation inside the predicate belongs to it: cutting there leaves "a user labelled".
		if (/^\s*"/.test(t.pre) && e > w) return undefined;
		e++;
		if (breaksAfter(t) && !innerComma(t, toks[e])) break;
	}
	return e;
}

/** Whether the "and" or "but" at `e`, in a predicate starting at `w`, opens a clause of its own. */
function startsNewClause(toks: readonly Token[], w: number, e: number): boolean {
	const n = toks[e + 1];
	if (n && (isVerb(n) || n.tags.has('Pronoun') || n.tags.has('Determiner'))) return true;
	// "began on August 10 and South Korea says …": a name, then a verb, starts a new clause.
	let k = e + 1;
	while (toks[k]?.tags.has('ProperNoun') && !/[,;]/.test(toks[k]?.post ?? '')) k++;
	if (k > e + 1 && toks[k] && isVerb(toks[k] as Token)) return true;
	// "… and currently 190 universities have accepted": a finite verb soon after "and"
	// means a new clause, whatever stands between.
	// (After "said" the predicate is itself a clause: "said resources and kits would be".)
	const soon = REPORTING.has(toks[w - 1]?.normal ?? '') ? [] : toks.slice(e + 1, e + 6);
	const comma = soon.findIndex((x) => /[,;]/.test(x.post));
	return (comma < 0 ? soon : soon.slice(0, comma)).some(
		(x) => AUX.has(x.normal) && x.normal !== 'do' && x.normal !== 'does'
	);
}

/** Whether predicate [w, e) says something whole when cut at `e`. */
function wholePredicate(toks: readonly Token[], w: number, e: number): boolean {
	const last = toks[e - 1];
	// "was both an artist" cut before "and a businessperson": a correlative pair cannot be halved.
	if (
		e < toks.length &&
		toks.slice(w, e).some((t) => /^(both|either|neither|between)$/.test(t.normal))
	)
		return false;
	// A "that"/"which" clause cut at a comma is incomplete ("observed that the hashtag on Twitter").
	if (
		e < toks.length &&
		toks.slice(w, e).some((t) => ['that', 'which', 'who', 'whether'].includes(t.normal))
	)
		return false;
	// "Anne withheld on 11 March 1708, on the advice of her ministers, her assent from a bill": the
	// predicate goes on after an aside, so the part before the comma lacks its object.
	if (resumesAfterAside(toks, e)) return false;
	// "when Arthur L. Samuel of IBM's Poughkeepsie" cut at "Poughkeepsie, New York, laboratory
	// programmed …": a subordinate clause cut before its verb says nothing.
	// ("because of its association" is a phrase, not a clause.)
	const opener = toks
		.slice(w, e)
		.findIndex((t, i) => SUBORDINATORS.has(t.normal) && toks[w + i + 1]?.normal !== 'of');
	if (e < toks.length && opener >= 0 && !toks.slice(w + opener + 1, e).some(isVerb)) return false;
	return !(e > w && last && (last.tags.has('Preposition') || last.tags.has('Determiner')));
}

/**
 * The text of tokens [a, b) as written, without the final token's trailing punctuation, except
 * the brackets and quotes it closes: "Johnson Space Center (JSC)", not "(JSC".
 */
export function spanText(s: Sentence, a: number, b: number): string {
	const from = s.tokens[a];
	const to = s.tokens[b - 1];
	if (!from || !to || b <= a) return '';
	const text = s.text.slice(from.start - s.start, to.end - s.start);
	const closers = to.post.replace(/[^)\]"\u201D]/g, '');
	return closers && unbalanced(text) && !unbalanced(text + closers) ? text + closers : text;
}
