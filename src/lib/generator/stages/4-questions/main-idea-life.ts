// Whether an article is a life: titled by a person's name, telling their birth early and returning
// to them (main-idea-point.ts sums such a life up). Its umbrella item, "The life and work of …"
// beside its parts, was edited by reviewers every time (reviews k5 to k9) and is no longer made.
import type { Sentence } from '../../types';
import type { EntityIndex } from '../3-facts/entities';
import { type ArticleTerms } from '../3-facts/gist';
import type { Wrong } from './main-idea-options';

/** A fact id of a framed item (a life's, a city's) starts so: the validator tells it from the article's own phrases. */
export const FRAMED_ID = 'framed-';

/** Share of paragraphs the subject must stand in. */
const SUBJECT_SPREAD = 0.5;

/** A birth told: "was born in …", or a life's span in brackets ("(May 11, 1918 – February 15, 1988)"). */
const BORN =
	/\b(was born|born (in|on|at|into)|\(born\b)|\b\d{4}\s*(–|-|to)\s*(\p{L}+ \d{1,2}, |\d{1,2} \p{L}+ )?\d{4}\)/u;

/**
 * The person the title names ("Lise Meitner"), when the article opens on them, tells their birth in
 * its first two paragraphs and keeps returning to their surname: a life. The tagger may miss the
 * name itself, so the article's own words decide; a title that is another thing's name is not one.
 */
export function titlePerson(
	index: EntityIndex,
	sentences: readonly Sentence[],
	terms: ArticleTerms,
	title: string
): string | undefined {
	const words = title.split(/\s+/);
	const named = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) || /^(von|van|de|da|del|bin|ibn)$/.test(w);
	if (words.length < 2 || words.length > 4 || !words.every(named)) return undefined;
	if ([...index.entities.values()].some((e) => e.type !== 'person' && e.name === title))
		return undefined;
	const surname = words.at(-1) ?? '';
	const lead = sentences[0]?.text ?? '';
	if (!lead.startsWith(words[0] ?? '') || !lead.includes(surname)) return undefined;
	const early = terms.paragraphs.slice(0, 2);
	if (!sentences.some((s) => early.includes(s.paragraph) && BORN.test(s.text))) return undefined;
	const told = new Set(sentences.filter((s) => s.text.includes(surname)).map((s) => s.paragraph));
	return told.size >= SUBJECT_SPREAD * terms.paragraphs.length ? title : undefined;
}

/** Why a wrong option of a framed item is wrong, for the explanation. */
export function whyWrong(w: Wrong): string {
	return w.why === 'broad'
		? `"${w.text}" is far wider than the article.`
		: w.paragraph === undefined
			? `"${w.text}" is only a part of it.`
			: `"${w.text}" is only the topic of paragraph ${w.paragraph}.`;
}
