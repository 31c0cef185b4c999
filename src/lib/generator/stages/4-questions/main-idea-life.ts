// The main idea of a life: "The life and work of Lise Meitner", the phrase a teacher writes for an
// article titled by a person's name that keeps returning to that person. Every option has the key's
// form and differs in scope: one part of the life ("The early life of …"), the field the opening
// names ("The history of physics"), one paragraph's topic (main-idea-scope.ts). No other person's
// life: under a title naming the subject it is absurd (reviews k5, k6).
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { articleTerms, lemma, type ArticleTerms } from '../3-facts/gist';
import { wholeSentenceFact } from '../3-facts/sentences';
import { MAIN_IDEA_STEM } from './main-idea-form';
import type { Wrong } from './main-idea-options';
import { lifeWideOption, scopeWrong } from './main-idea-scope';

/** The frame of the key, and of the wrong options that name another person. */
export const LIFE_FRAME = 'The life and work of';

/** A fact id of a framed item (a life's, a city's) starts so: the validator tells it from the article's own phrases. */
export const FRAMED_ID = 'framed-';

/** Share of paragraphs the subject must stand in. */
const SUBJECT_SPREAD = 0.5;
/** Fewest prose paragraphs: a life told in fewer has no part that is only a part. */
const MIN_PARAGRAPHS = 4;

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

/**
 * The life item of a person-titled article, or none: a birth told in its first two paragraphs
 * (so "The early life of …" is one part of it), and another person named in passing.
 */
export function lifeCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	index: EntityIndex
): Candidate[] {
	const title = norm.title?.trim() ?? '';
	const terms = articleTerms(sentences, index);
	if (terms.paragraphs.length < MIN_PARAGRAPHS) return [];
	const subject = titlePerson(index, sentences, terms, title);
	if (!subject) return [];
	const lead = sentences[0];
	if (!lead) return [];
	const key = `${LIFE_FRAME} ${subject}`;
	const wrong = scopeWrong({
		sentences,
		text: norm.text,
		terms,
		index,
		title,
		key,
		subject: subjectTerm(index, subject),
		part: { text: `The early life of ${subject}`, units: [], why: 'narrow' },
		broad: lifeWideOption(lead.text, subject),
		second: lastYears(sentences, terms, subject)
	});
	if (!wrong) return [];
	const fact = wholeSentenceFact(lead, {
		id: `${FRAMED_ID}${lead.index}`,
		kind: 'gist',
		subject: subject,
		value: { text: key, start: lead.start, end: lead.end, type: 'thing' },
		statement: lead.text,
		salience: 1
	});
	const told = sentences.filter((s) => s.text.includes(subject.split(/\s+/).at(-1) ?? ''));
	const paragraphs = new Set(told.map((s) => s.paragraph)).size;
	return [
		{
			id: `${fact.id}-main-idea`,
			kind: 'main-idea',
			stem: MAIN_IDEA_STEM,
			answer: key,
			distractors: wrong.map((w) => w.text),
			fact,
			source: { sentence: norm.text.slice(lead.start, lead.end), start: lead.start, end: lead.end },
			explanation: [
				`The article tells of ${subject} from birth on, in ${paragraphs} of its ${terms.paragraphs.length} paragraphs.`,
				...wrong.map(whyWrong)
			].join(' ')
		}
	];
}

/** The subject's term: the entity the title names, else the surname's dictionary form. */
function subjectTerm(index: EntityIndex, subject: string): string {
	const e = [...index.entities.values()].find((x) => x.name === subject);
	return e?.id ?? lemma(subject.split(/\s+/).at(-1)?.toLowerCase() ?? '');
}

/** Why a wrong option of a framed item is wrong, for the explanation. */
export function whyWrong(w: Wrong): string {
	return w.why === 'broad'
		? `"${w.text}" is far wider than the article.`
		: w.paragraph === undefined
			? `"${w.text}" is only a part of it.`
			: `"${w.text}" is only the topic of paragraph ${w.paragraph}.`;
}

/** "The last years of …", when a later paragraph tells the death: another part of the life. */
function lastYears(sentences: readonly Sentence[], terms: ArticleTerms, subject: string) {
	const later = terms.paragraphs.slice(Math.ceil(terms.paragraphs.length / 2));
	const died = sentences.some((s) => later.includes(s.paragraph) && /\bdied\b/.test(s.text));
	return died
		? { text: `The last years of ${subject}`, units: [], why: 'narrow' as const }
		: undefined;
}
