// Word lists and token tests shared by the clause finder and the finder of clause starts, and a
// verb's forms for the stages that restate a clause (effect links, vocabulary).
import nlp from 'compromise';
import type { Sentence, Token } from '../../types';

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
export const OPENERS = new Set([
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
/** Verbs that report a claim: the clause after them is asked about as the article states it. */
export const REPORTING = new Set([
	'said',
	'says',
	'noted',
	'explained',
	'added',
	'stated',
	'argued',
	'claimed',
	'warned',
	'insisted',
	'observed'
]);
/** Conjunctions whose clause the sentence asserts ("since", "because"), unlike "if" or "unless". */
export const SUBORDINATORS = new Set([
	'since',
	'because',
	'although',
	'though',
	'whereas',
	'while',
	'when',
	'after'
]);
export const TIME_WORDS = new Set([
	'yesterday',
	'today',
	'tomorrow',
	'meanwhile',
	'later',
	'earlier'
]);
export const CLAUSE_BREAK = /[,;:()"]|\s-\s|--/;

/** A finite or infinitive verb; a gerund is not the verb of a clause. */
export const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Gerund');
/** Whether punctuation after the token ends a phrase. */
export const breaksAfter = (t: Token | undefined) => !!t && CLAUSE_BREAK.test(t.post);

/** An adverb that stands alone, not a noun or "not" ("also", "Finally"). */
export const isAdverb = (t: Token) =>
	t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Negative') && !/,/.test(t.post);

/** Commas that belong to one phrase: "June 19, 2018" and "Irving, Texas". */
export function innerComma(t: Token, next: Token | undefined): boolean {
	if (!next || !/^,\s*$/.test(t.post)) return false;
	if (t.tags.has('Date') && /^\d{4}$/.test(next.text)) return true;
	return t.tags.has('Place') && next.tags.has('Place') && /^\p{Lu}/u.test(next.text);
}

/** A verb's forms by the tagger's names (PastTense, Participle …), worked out once per verb. */
const CONJUGATED = new Map<string, Record<string, string> | undefined>();
export function conjugations(verb: string): Record<string, string> | undefined {
	if (!CONJUGATED.has(verb)) {
		const doc = nlp(verb).tag('Infinitive') as ReturnType<typeof nlp>;
		CONJUGATED.set(verb, doc.verbs().conjugate()[0] as Record<string, string> | undefined);
	}
	return CONJUGATED.get(verb);
}

/** Words in lower case, and (marked "^") words capitalized inside a sentence: names. */
export function lowerWords(sentences: readonly Sentence[]): Set<string> {
	const lower = new Set<string>();
	for (const s of sentences)
		s.tokens.forEach((t, i) => {
			if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
			else if (i > 0) lower.add(`^${t.text}`);
		});
	return lower;
}
