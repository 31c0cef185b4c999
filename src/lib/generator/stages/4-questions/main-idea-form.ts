// What a main-idea item must be, whatever article it is made from: a key that is not the title,
// four noun phrases of like length and form, no two overlapping. The option pickers keep to these
// rules, and the validator checks them (stages/5-validate.ts).
import type { Candidate, Sentence } from '../../types';
import { containsWords, wordsOf } from '../../well-formed';
import { wholeSentenceFact } from '../3-facts/sentences';
import { ARTICLE_START, lemma } from '../3-facts/gist';

/** The stem when the article has a title (the key must not be the title) and when it has none. */
export const MAIN_IDEA_STEM = 'What is the article mainly about?';
export const MAIN_IDEA_TITLE_STEM = 'Which title fits the article best?';

/** Shortest article with a main idea to ask about, in words. */
export const MAIN_IDEA_MIN_WORDS = 250;

/** Options are noun phrases of 4 to 12 words, the longest at most this many times the shortest. */
export const MAIN_IDEA_LENGTH_RATIO = 2;
/**
 * A framed item's key is long by its frame ("The life and work of Henrietta Swan Leavitt"), and the
 * part beside it as long ("The early life of …"): a paragraph's topic may be shorter beside them.
 */
export const FRAMED_LENGTH_RATIO = 3;
export const MAIN_IDEA_MIN_OPTION_WORDS = 3;
export const MAIN_IDEA_MAX_OPTION_WORDS = 12;

/** Sentence case: "the first crewed landing" → "The first crewed landing". */
export const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The content words of an option, as dictionary forms, to tell options apart. */
export const contentWords = (s: string) =>
	wordsOf(s)
		.filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w))
		.map(lemma);
const FUNCTION_WORDS = new Set(
	'the and for with from into over about that which who its their his her how what this these those are was were has had have been being'.split(
		' '
	)
);

/**
 * Whether the key copies the title: its words are the title's, and it says most of what the title
 * says ("The rule of law" under "Rule of law", "the Royal Dutch Shell Group" under "Royal Dutch Shell").
 */
export function copiesTitle(key: string, title: string): boolean {
	const own = new Set(contentWords(key));
	const named = new Set(contentWords(title));
	if (!named.size) return false;
	const extra = [...own].filter((w) => !named.has(w)).length;
	const covered = [...named].filter((w) => own.has(w)).length;
	return extra <= 1 && covered >= (2 * named.size) / 3;
}

/** How many content words of the key the title does not have. */
export const beyondTitle = (key: string, title: string) => {
	const named = new Set(contentWords(title));
	return new Set(contentWords(key).filter((w) => !named.has(w))).size;
};

/**
 * What makes one option stand out by its form, if anything: a length outside 3 to 12 words, the
 * longest more than twice the shortest, or an option not opening on an article as the others do
 * (a test-wise reader picks the odd one unread).
 */
export function formProblem(
	options: readonly string[],
	ratio = MAIN_IDEA_LENGTH_RATIO
): string | undefined {
	const lengths = options.map((o) => wordsOf(o).length);
	const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
	if (shortest < MAIN_IDEA_MIN_OPTION_WORDS || longest > MAIN_IDEA_MAX_OPTION_WORDS)
		return `options of ${shortest} to ${longest} words`;
	if (longest > ratio * shortest) return `an option of ${longest} words beside one of ${shortest}`;
	const odd = options.find((o) => !ARTICLE_START.test(o));
	return odd === undefined ? undefined : `"${odd}" is not a noun phrase like the others`;
}

/**
 * Two options that overlap, if any: one inside the other, or sharing more than one content word
 * besides the title's (the subject's name may recur; more makes two options say the same, or one
 * a fair answer too).
 */
export function overlapping(options: readonly string[], title = ''): [string, string] | undefined {
	// The title's words may stand in several options: that they do hides the key among them.
	const named = new Set(contentWords(title));
	for (const [i, a] of options.entries())
		for (const b of options.slice(i + 1)) {
			const own = new Set(contentWords(a).filter((w) => !named.has(w)));
			const shared = new Set(contentWords(b).filter((w) => own.has(w)));
			if (shared.size > 1 || containsWords(a, b) || containsWords(b, a)) return [a, b];
		}
	return undefined;
}

/** The parts of an option a reader compares: its content words, as dictionary forms. */
export const partsOf = (o: string) => new Set(contentWords(o));

/**
 * How many parts each option shares with the others, summed: the key sharing the most is the
 * options' shared core ("The life and work of" three times, the name twice), picked unread.
 */
export function sharedParts(options: readonly string[]): number[] {
	const sets = options.map(partsOf);
	return sets.map((a, i) =>
		sets.reduce((n, b, j) => (i === j ? n : n + [...a].filter((w) => b.has(w)).length), 0)
	);
}

/** Whether the key (option 0) shares more parts with the others than every wrong option does. */
export function keyIsSharedCore(options: readonly string[]): boolean {
	const [key = 0, ...rest] = sharedParts(options);
	return rest.length > 0 && key > Math.max(...rest);
}

/** What a main-idea item of the article's lead is made of: its key, wrong options and why. */
export interface LeadItem {
	/** Starts the fact's id: the form the item comes from (a headline, a city, a life's point). */
	idPrefix: string;
	stem: string;
	key: string;
	distractors: string[];
	explanation: string;
	subject?: string;
}

/** A main-idea item whose key states the gist of the lead sentence, the lead its source. */
export function leadCandidate(text: string, lead: Sentence, item: LeadItem): Candidate {
	const fact = wholeSentenceFact(lead, {
		id: `${item.idPrefix}${lead.index}`,
		kind: 'gist',
		...(item.subject === undefined ? {} : { subject: item.subject }),
		value: { text: item.key, start: lead.start, end: lead.end, type: 'thing' },
		statement: lead.text,
		salience: 1
	});
	return {
		id: `${fact.id}-main-idea`,
		kind: 'main-idea',
		stem: item.stem,
		answer: item.key,
		distractors: item.distractors,
		fact,
		source: { sentence: text.slice(lead.start, lead.end), start: lead.start, end: lead.end },
		explanation: item.explanation
	};
}
