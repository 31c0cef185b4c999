// The keys a headline points to: of the sentences that open or close a text, those that restate
// what its title says and name what the text keeps returning to ("Nelson Mandela took the oath of
// office as President of South Africa …" under "Mandela Sworn In as South Africa's First …
// President"). A title states the gist in few words; the sentence of the text that says the same
// is the one a teacher keys. This reaches news whose lead tells an event (no phrase of it defines
// a subject), and essays and speeches whose thesis repeats their title. Stories are left out: a
// story's gist is what happens in it, which no one sentence of it says.
import type { Sentence } from '../../types';
import { wordsOf } from '../../well-formed';
import { contentWords } from './main-idea-form';
import {
	asOption,
	gistWeight,
	localTerms,
	type SentenceOption,
	type SentenceReading
} from './main-idea-sentences';

/** The fewest words of a headline, as against a name. */
const HEADLINE_WORDS = 5;

/** How many of the title's words a key must repeat, when it names little else the text returns to. */
const TITLE_WORDS = 2;

/** How many terms the text returns to a key must name when the text has no title. */
const UNTITLED_TERMS = 3;

/** The most of a key's terms that the text names in one paragraph only. */
const LOCAL_SHARE = 0.6;

/** "The idea, usually called …": a subject that names what a sentence before it said. */
const POINTS_BACK =
	/^the (idea|plan|problem|answer|result|reason|point|question|solution|move|change|decision|proposal)\b/i;

/** "Address to the Nation Announcing …": a heading, not a sentence. */
const titleCase = (line: string) =>
	(line.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).length > line.split(/\s+/).length / 2;

/** '…," she said', '…," said Mr. Pell': a line of dialogue. */
const DIALOGUE =
	/[”"]\s*(?:[\p{Lu}][\p{L}.]*\s+|he\s+|she\s+|i\s+|they\s+|we\s+)?(?:said|asked|replied|whispered|shouted|called|muttered|cried|answered)\b/giu;

/**
 * Whether a text tells a story: three lines of dialogue or more and hardly a figure (news quotes
 * people as often, but gives dates and counts).
 */
export const storyLike = (text: string) =>
	(text.match(DIALOGUE) ?? []).length >= 3 &&
	(text.match(/\d+/g) ?? []).length < text.split(/\s+/).length / 150;

/**
 * Where a text states what its title says: in news its first sentence; in a speech,
 * an essay or a lesson the lead's first three, the next paragraph's first two and the closing
 * paragraph's first and last (news ends on a detail or a quote).
 */
function titlePlaces(r: SentenceReading): { s: Sentence; at: number }[] {
	const [lead, next] = r.terms.paragraphs;
	const last = r.terms.paragraphs[r.terms.paragraphs.length - 1];
	const of = (p: number | undefined) => r.sentences.filter((s) => s.paragraph === p);
	// News states its event in its first sentence; the next ones tell the background. Under a name
	// ("Arsenal F.C.", "United States dollar") a text may be an excerpt that opens on a detail: only
	// a headline ("Hackers attack Church of Scientology website") says its first sentence is news.
	if (r.genre === 'article')
		return wordsOf(r.title).length >= HEADLINE_WORDS
			? of(lead)
					.slice(0, 1)
					.map((s, at) => ({ s, at }))
			: [];
	const closing = last === lead || last === next ? [] : of(last);
	const places = [
		...of(lead).slice(0, 3),
		...of(next).slice(0, 2),
		...closing.slice(0, 1),
		...closing.slice(-1)
	];
	return [...new Set(places)].map((s, at) => ({ s, at }));
}

/**
 * The keys that restate the title, best first: sentences of the opening or the close that repeat
 * two of its words (or one and two terms the text keeps returning to), few of their terms one
 * paragraph's own; with no title, three terms the text keeps returning to.
 */
export function titleKeys(r: SentenceReading, recurring: ReadonlySet<string>): SentenceOption[] {
	if (storyLike(r.text)) return [];
	const keys: { o: SentenceOption; score: number }[] = [];
	for (const { s, at } of titlePlaces(r)) {
		const o = asOption(r, s, 'key');
		// "… is also used as …": it adds to what was said before.
		if (!o || /\balso\b/i.test(o.text) || POINTS_BACK.test(o.text) || titleCase(o.text)) continue;
		const titled = new Set(contentWords(o.text).filter((w) => r.titleWords.includes(w))).size;
		const terms = new Set(o.units.filter((u) => recurring.has(u))).size;
		const restates = r.title
			? titled >= TITLE_WORDS || (titled >= 1 && terms >= 2)
			: terms >= UNTITLED_TERMS;
		if (!restates || localTerms(r.terms, o.units).length > LOCAL_SHARE * o.units.length) continue;
		keys.push({ o, score: gistWeight(r, recurring, o) + (at === 0 ? 1 : 0) });
	}
	return keys.sort((a, b) => b.score - a.score).map((k) => k.o);
}
