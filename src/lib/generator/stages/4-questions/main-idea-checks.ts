// Named checks of a main-idea item (4-questions/main-idea.ts) that read the whole article: the key
// must not stand out by its length, and no wrong option may state what the article keeps returning
// to as fully as the key does (a second fair answer). Both reject what teachers rejected or edited.
import type { Candidate } from '../../types';
import { wordsOf } from '../../well-formed';
import {
	contentWords,
	keyIsSharedCore,
	MAIN_IDEA_STEM,
	MAIN_IDEA_TITLE_STEM
} from './main-idea-form';

/**
 * The fact id's prefix of a paragraph item (main-idea-paragraph.ts): the checks tell the form by
 * it. Kept here, as that file uses these checks.
 */
export const PARAGRAPH_ID = 'para-';

type Check = (c: Candidate, ctx: { text?: string; title?: string }) => string | undefined;

/** How much longer than the longest wrong option the key may be, in letters, unremarked. */
const LENGTH_CUE_RATIO = 1.3;

/**
 * Whether the key is the longest option by a margin: "An infectious disease usually caused by the
 * bacterium Mycobacterium tuberculosis" beside "A significant cause of tuberculosis in parts of
 * Africa" and two shorter ones stands out and is picked unread.
 */
export function lengthCue(answer: string, distractors: readonly string[]): string | undefined {
	const longest = Math.max(...distractors.map((d) => d.length));
	return answer.length >= LENGTH_CUE_RATIO * longest
		? `the key (${answer.length} letters) is far the longest option (next ${longest})`
		: undefined;
}

/** The article's prose paragraphs (blank-line separated, past the title), as sets of content words. */
function paragraphWords(text: string, title: string): Set<string>[] {
	const parts = text.split(/\n\s*\n/).filter((p) => p.trim() && p.trim() !== title.trim());
	return parts.filter((p) => wordsOf(p).length >= 12).map((p) => new Set(contentWords(p)));
}

/**
 * What of the article an option names: for each of its content words the article uses in a third
 * of its paragraphs or more (what it keeps returning to, not what one paragraph says), that share.
 */
export function articleReach(
	option: string,
	paragraphs: readonly Set<string>[],
	title = ''
): number[] {
	if (!paragraphs.length) return [];
	// The title's words may stand in every option ("The first keeper of the Harwick lighthouse"):
	// what tells the gist from a part is what else an option names.
	const named = new Set(contentWords(title));
	const share = (w: string) => paragraphs.filter((p) => p.has(w)).length / paragraphs.length;
	return [...new Set(contentWords(option))]
		.filter((w) => !named.has(w))
		.map(share)
		.filter((s) => s >= 1 / 3);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** How close to the key's reach a wrong option may come: nearer, it is a fair answer too. */
const RIVAL_MARGIN = 1;

/**
 * A wrong option that names as much of what the article keeps returning to as the key does, if
 * any: a teacher would accept it too.
 */
export function rivalGist(
	answer: string,
	distractors: readonly string[],
	text: string,
	title = ''
): string | undefined {
	const paragraphs = paragraphWords(text, title);
	if (paragraphs.length < 3) return undefined;
	const key = sum(articleReach(answer, paragraphs, title));
	// Two of the article's recurring words at least: a broad option ("The great cities of the
	// world") shares the key's one word of kind ("city") and says nothing of this article.
	return distractors.find((d) => {
		const reach = articleReach(d, paragraphs, title);
		return reach.length >= 2 && sum(reach) >= RIVAL_MARGIN * key;
	});
}

const isMainIdea = (c: Candidate) => c.kind === 'main-idea';

/**
 * Whether a phrase key leaves out what the article is about: "An Austrian-Swedish physicist" for a
 * life of Lise Meitner, "A machine-readable pattern" for barcodes, "An extinct flightless bird" for
 * the dodo. Cut from the opening's description of the subject, it is vague, and a key that does not
 * name its subject is the broadest option, picked on form. The subject's name is the fact's.
 */
export function keyWithoutSubject(c: Candidate): string | undefined {
	// The sentence form and a guide's "How to …" key are the article's own statements of the gist.
	if (c.stem !== MAIN_IDEA_STEM && c.stem !== MAIN_IDEA_TITLE_STEM) return undefined;
	if (/^How to /.test(c.answer)) return undefined;
	const subject = contentWords(c.fact.subject ?? '');
	const key = new Set(contentWords(c.answer));
	return subject.length && subject.every((w) => key.has(w))
		? undefined
		: `the key does not name the article's subject ("${c.fact.subject ?? '?'}")`;
}

/**
 * Whether a main-idea item's options are phrases of the gist (a life's, a city's, a title's). A
 * guide's steps share its thing by design ("How to oil the chain" under "How to clean a chain").
 */
const inPhrases = (c: Candidate) => c.stem === MAIN_IDEA_STEM || c.stem === MAIN_IDEA_TITLE_STEM;

/** Words of a phrase key's frame: what it says of its subject as a whole, not the subject itself. */
const WHOLE_FRAME = new Set(
	contentWords('history present life work overview story account development many kinds')
);

/**
 * The wrong option that holds the key's whole subject and narrows it, if any: "The early history of
 * Kraków" beside "The history and present of Kraków", "The early life of Gregor Mendel" beside "The
 * life and work of Gregor Mendel". The key is then the one umbrella option, picked unread, and it
 * restates the title (reviews k5 to k9: every such item edited or rejected).
 */
export function umbrellaOf(answer: string, distractors: readonly string[]): string | undefined {
	const subject = contentWords(answer).filter((w) => !WHOLE_FRAME.has(w));
	if (!subject.length || subject.length === contentWords(answer).length) return undefined;
	return distractors.find((d) => {
		const words = new Set(contentWords(d));
		return subject.every((w) => words.has(w));
	});
}

export const MAIN_IDEA_CHECKS: Record<string, Check> = {
	// "The history and present of Lviv" beside "The early history of Lviv": the key is the whole of
	// which another option is a part, and says nothing the title does not.
	'main-idea-key-not-umbrella': (c) => {
		const part = isMainIdea(c) && inPhrases(c) ? umbrellaOf(c.answer, c.distractors) : undefined;
		return part ? `the key is the whole of which "${part}" is a part` : undefined;
	},
	// "The life and work of X" beside "… of Y", "The early life of X": the key is where the options
	// overlap, picked unread (reviews k5, k6).
	'main-idea-key-not-shared-core': (c) =>
		isMainIdea(c) && inPhrases(c) && keyIsSharedCore([c.answer, ...c.distractors])
			? 'the key shares more words with the other options than any of them does'
			: undefined,
	// "An Austrian-Swedish physicist": a key must say whom or what the article is about.
	'main-idea-key-names-subject': (c) => (isMainIdea(c) ? keyWithoutSubject(c) : undefined),
	// Test-wise readers pick the longest option unread.
	'main-idea-length-cue': (c) => (isMainIdea(c) ? lengthCue(c.answer, c.distractors) : undefined),
	// "A significant cause of tuberculosis" beside "An infectious disease …": two gists, two keys.
	'main-idea-rival-gist': (c, ctx) => {
		// A how-to guide's steps name its thing by design, each one paragraph's task (main-idea-howto.ts).
		// A life's options share its frame ("The life and work of …") and name people in passing.
		// A paragraph's wrong options are true of the article by design: what must not be true of the
		// paragraph asked about is checked where they are picked (main-idea-paragraph.ts).
		if (
			!isMainIdea(c) ||
			!ctx.text ||
			/^How to /.test(c.answer) ||
			c.fact.id.startsWith('framed-') ||
			c.fact.id.startsWith('general-') ||
			c.fact.id.startsWith(PARAGRAPH_ID)
		)
			return undefined;
		const rival = rivalGist(c.answer, c.distractors, ctx.text, ctx.title);
		return rival ? `"${rival}" names as much of what the article returns to as the key` : undefined;
	}
};
