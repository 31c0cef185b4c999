// The main idea of a life: "The life and work of Lise Meitner", the phrase a teacher writes for an
// article titled by a person's name that keeps returning to that person. Every option has the key's
// form and is wrong about the point: one part of the life ("The early life of …"), or the life of
// another person the article names only in passing ("The life and work of Otto Hahn"), and that
// person's early life: each frame and each name twice, so the key is no option's shared core (review
// k5: six of seven such keys were "the one option that shares words with all the others").
import type { Candidate, Entity, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { articleTerms, spread, type ArticleTerms } from '../3-facts/gist';
import { wholeSentenceFact } from '../3-facts/sentences';
import { MAIN_IDEA_STEM } from './main-idea-form';

/** The frame of the key, and of the wrong options that name another person. */
export const LIFE_FRAME = 'The life and work of';

/** A fact id of a framed item (a life's, a city's) starts so: the validator tells it from the article's own phrases. */
export const FRAMED_ID = 'framed-';

/** Share of paragraphs the subject must stand in, and the most another person may. */
const SUBJECT_SPREAD = 0.5;
const OTHER_SPREAD = 1 / 3;
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
function titlePerson(
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

/** Other people named by a full name in few paragraphs, most mentioned first. */
function otherPeople(
	index: EntityIndex,
	terms: ArticleTerms,
	subject: string,
	text: string
): Entity[] {
	const own = new Set(subject.split(/\s+/));
	// A name only ever read before another capitalised word is part of a longer one, a body's
	// ("Lawrence Livermore National Laboratory"), not a person's.
	const alone = (name: string) =>
		text
			.split(name)
			.slice(1)
			.some((rest) => !/^\s+\p{Lu}/u.test(rest));
	// A given name the tagger knows tells a person from a machine it took for one ("Harvard Mark").
	return [...index.entities.values()]
		.filter(
			(e) =>
				e.type === 'person' &&
				!!e.gender &&
				alone(e.name) &&
				/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+){1,2}$/u.test(e.name) &&
				!e.name.split(/\s+/).some((w) => own.has(w)) &&
				spread(terms, e.id) > 0 &&
				spread(terms, e.id) <= OTHER_SPREAD
		)
		.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
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
	const other = otherPeople(index, terms, subject, norm.text)[0];
	if (!other) return [];
	const lead = sentences[0];
	if (!lead) return [];
	const key = `${LIFE_FRAME} ${subject}`;
	const distractors = [
		`The early life of ${subject}`,
		`${LIFE_FRAME} ${other.name}`,
		`The early life of ${other.name}`
	];
	const fact = wholeSentenceFact(lead, {
		id: `${FRAMED_ID}${lead.index}`,
		kind: 'gist',
		subject: subject,
		value: { text: key, start: lead.start, end: lead.end, type: 'thing' },
		statement: lead.text,
		salience: 1
	});
	const where = (e: Entity) => terms.where.get(e.id)?.size ?? 0;
	const told = sentences.filter((s) => s.text.includes(subject.split(/\s+/).at(-1) ?? ''));
	const paragraphs = new Set(told.map((s) => s.paragraph)).size;
	return [
		{
			id: `${fact.id}-main-idea`,
			kind: 'main-idea',
			stem: MAIN_IDEA_STEM,
			answer: key,
			distractors,
			fact,
			source: { sentence: norm.text.slice(lead.start, lead.end), start: lead.start, end: lead.end },
			explanation: [
				`The article tells of ${subject} from birth on, in ${paragraphs} of its ${terms.paragraphs.length} paragraphs.`,
				`Birth and youth are only its start.`,
				`${other.name} is named in only ${where(other)} of its paragraphs; the article is not about that life.`
			].join(' ')
		}
	];
}
