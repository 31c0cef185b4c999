// The point of a life, as a teacher states it: "Mendel's experiments on the garden pea established
// the basic rules of heredity", what the person is known for, beside the article's own sentences
// about them that are true but tell one part only ("Mendel was born in the village of …"). It
// replaces "The life and work of …" beside "The early life of …", a key that repeated the title and
// was the one umbrella option (reviews k5 to k9: none used as is).
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { phraseUnits } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';
import { contentWords, leadCandidate } from './main-idea-form';
import { rivalGist } from './main-idea-checks';
import {
	pickSentences,
	sentenceProblem,
	SENTENCE_OPTION_WORDS,
	type SentenceOption,
	type SentenceReading
} from './main-idea-sentences';

/** The stem of a point item: its options are statements, not topics. */
export const MAIN_IDEA_POINT_STEM = 'Which statement best sums up the article?';

/** A point item's fact id starts so: its key is the lead's clause restated, not a sentence of it. */
export const POINT_ID = 'point-';

/** Fewest prose paragraphs: a life told in fewer has no part that is only a part. */
const MIN_PARAGRAPHS = 4;

/** The lead's description of its person: "… was a Moravian friar, teacher and naturalist". */
const DESCRIBED = /\b(?:was|is)\s+(?:an?|the)\s/;

/**
 * What the person did, past the description: "whose experiments …", "who invented …". Not "best
 * known for …": a key that says what someone is known for is picked for those words unread.
 */
const KNOWN_FOR = /\b(whose|who)\s+([^.;]+)/;

/**
 * A description that ends on another person ("the son of Karl Weber, who …"), whose clause is then
 * that person's: kin, a post under someone, or "of" a name.
 */
const ANOTHER_PERSON =
	/\b(?:son|daughter|wife|husband|brother|sister|pupil|student|assistant)\b|\bof\s+\p{Lu}/u;

/** A part of a clause between commas that is an aside: "a timekeeper accurate enough …". */
const ASIDE_OPENER = /^(?:an?|the|or|which|including|particularly|especially|among|as well as)\s/;
/** A part that goes on with the clause an aside broke: "…, could be dramatically reduced if …". */
const GOES_ON =
	/^(?:could|would|should|was|were|is|are|had|has|have|can|may|might|will|did|does)\b/;

/**
 * The clause without its asides, cut at the first comma that leaves a statement of the shortest
 * option's length. An aside inside the clause ("the incidence of puerperal fever, a frequently
 * fatal infection …, could be …") is dropped and the clause goes on; one that ends it is kept only
 * when the clause is too short without it ("Harrison invented the marine chronometer, a timekeeper …").
 */
function withoutAsides(
	parts: readonly string[],
	head: string,
	isVerb: (word: string) => boolean
): string {
	let clause = parts[0] ?? '';
	for (let i = 1; i < parts.length; i++) {
		const part = parts[i] ?? '';
		const next = parts[i + 1];
		const goesOn = next !== undefined && (GOES_ON.test(next) || isVerb(next.split(' ')[0] ?? ''));
		if (ASIDE_OPENER.test(part) && goesOn) {
			clause = `${clause} ${next}`;
			i++;
			continue;
		}
		if (wordsOf(`${head} ${clause}`).length >= SENTENCE_OPTION_WORDS.min) break;
		clause = `${clause}, ${part}`;
	}
	return clause;
}

/** The person's point as a statement, from the lead, or undefined when it says none. */
export function pointOfLife(
	lead: string,
	surname: string,
	isVerb: (word: string) => boolean = (w) => GOES_ON.test(w)
): string | undefined {
	const described = DESCRIBED.exec(lead);
	if (!described) return undefined;
	const after = lead.slice(described.index + described[0].length);
	const m = KNOWN_FOR.exec(after);
	if (!m || ANOTHER_PERSON.test(after.slice(0, m.index))) return undefined;
	const [how, rest] = [m[1] ?? '', m[2] ?? ''];
	const head = how === 'whose' ? `${surname}'s` : surname;
	const clause = withoutAsides(rest.split(/,\s+/), head, isVerb);
	// "McClintock's studies of maize, or Indian corn": a clause cut before its verb says nothing.
	if (how === 'whose' && !wordsOf(clause).some(isVerb)) return undefined;
	const point = `${head} ${clause.trim()}.`;
	const n = wordsOf(point).length;
	return n >= SENTENCE_OPTION_WORDS.min && n <= SENTENCE_OPTION_WORDS.max ? point : undefined;
}

/**
 * The point item of a person-titled article: the lead opens on the title's person and says what
 * they are known for, and three later paragraphs open on one part of the life.
 */
export function lifePointCandidates(
	norm: NormalizedText,
	reading: SentenceReading,
	person: string | undefined
): Candidate[] {
	if (!person || reading.terms.paragraphs.length < MIN_PARAGRAPHS) return [];
	const lead = reading.sentences[0];
	const surname = person.split(/\s+/).at(-1) ?? '';
	const verbs = new Set(
		lead?.tokens.filter((t) => t.tags.has('Verb') && !t.tags.has('Gerund')).map((t) => t.normal)
	);
	const point = lead && pointOfLife(lead.text, surname, (w) => verbs.has(w.toLowerCase()));
	if (!lead || !point) return [];
	const key: SentenceOption = {
		text: point,
		sentence: lead,
		units: phraseUnits(reading.terms, lead, { from: 0, to: lead.tokens.length }),
		why: 'key',
		paragraph: 1
	};
	const pool = partsOfLife(reading, key, surname);
	const wrong = pickSentences(key, pool, reading.title);
	return wrong ? [pointItem(norm, lead, point, wrong)] : [];
}

/**
 * A judgement of the whole life ("Wegener is now regarded as one of the pioneers of modern
 * geology"): it sums the article up as well as the key, a second fair answer.
 */
const JUDGES_LIFE =
	/\b(?:regarded|considered|remembered|known|legacy|famous|founder|pioneers?|greatest|best|influential|important|importance|reputation|recogni[sz]ed|celebrated)\b/i;

/**
 * A sentence of the life as a wrong option, whole (a cut one reads garbled: "Critics pointed out
 * that the forces Wegener proposed."), short brackets dropped. A "She" that opens it is not named
 * for the person: in a life of Lavoisier "She became an essential collaborator" is his wife.
 */
function partOption(r: SentenceReading, s: Sentence, surname: string): SentenceOption | undefined {
	const named = namedPronoun(r, s, surname);
	const text = s.text
		.trim()
		.replace(/\s*\([^()]{1,40}\)/g, '')
		.replace(/^(?:He|She)\s/, named ? `${surname} ` : '$&');
	if (!standsAlone(text, surname)) return undefined;
	if (sentenceProblem(text, r.genre) || r.unnamed(text) || !s.tokens.some(isVerbToken))
		return undefined;
	const units = phraseUnits(r.terms, s, { from: 0, to: s.tokens.length });
	const paragraph = r.terms.paragraphs.indexOf(s.paragraph) + 1;
	return { text, sentence: s, units, why: 'narrow', paragraph };
}

/**
 * Whether a "He" or "She" that opens a sentence is the person: the pronoun the article uses most,
 * after a sentence of the same paragraph that opens on the person. In a life of Lavoisier, "She
 * became an essential collaborator" is his wife.
 */
function namedPronoun(r: SentenceReading, s: Sentence, surname: string): boolean {
	const opener = /^(He|She)\s/.exec(s.text.trim())?.[1];
	if (!opener) return false;
	const count = (re: RegExp) => (r.text.match(re) ?? []).length;
	const his = count(/\b(?:he|his|him)\b/gi) > count(/\b(?:she|her|hers)\b/gi);
	if (his !== (opener === 'He')) return false;
	const before = r.sentences[r.sentences.indexOf(s) - 1];
	return (
		before?.paragraph === s.paragraph &&
		new RegExp(`^(?:${surname}|${opener})\\b`).test(before.text.trim())
	);
}

/**
 * Whether the person is named before any pronoun: "In 1937 she married Thomas Lionel Hodgkin"
 * names her husband, not her; "In 1736 it was tested …" leans on a thing it does not name.
 */
function namesFirst(text: string, surname: string): boolean {
	const at = text.indexOf(surname);
	const pronoun =
		/\b(?:he|she|his|her|him|it|its|they|their|them|this|these)\b/i.exec(text)?.index ?? Infinity;
	return at >= 0 && at < pronoun;
}

/**
 * A time or a step told from the sentence before: "Hodgkin then spent eight years …",
 * "Semmelweis died two weeks later". Alone as an option it leans on what it does not show.
 */
const LEANS_ON_TIME =
	/^\S+ (?:then|also|later|again|still|finally|soon)\b|\b(?:later|earlier|afterwards|the next year|the following year|that year|the same year)\b/i;

/** Whether a sentence of the life reads whole as an option: named first, a full stop, no "then". */
export const standsAlone = (text: string, surname: string) =>
	namesFirst(text, surname) && /[.]$/.test(text) && !LEANS_ON_TIME.test(text);

const isVerbToken = (t: Sentence['tokens'][number]) => t.tags.has('Verb') && !t.tags.has('Gerund');

/**
 * The wrong options' pool: sentences past the lead that tell one part of the life by the person's
 * name ("In 1868 Mendel was elected abbot of the monastery"), the first of each paragraph first,
 * sharing at most two content words with the key (more, and they restate its point).
 */
export function partsOfLife(
	reading: SentenceReading,
	key: SentenceOption,
	surname: string
): SentenceOption[] {
	const keyWords = new Set(contentWords(key.text));
	const out: SentenceOption[] = [];
	for (const s of reading.sentences) {
		if (s.paragraph === key.sentence.paragraph) continue;
		const o = partOption(reading, s, surname);
		if (!o || JUDGES_LIFE.test(o.text)) continue;
		if (contentWords(o.text).filter((w) => keyWords.has(w)).length > 2) continue;
		if (rivalGist(key.text, [o.text], reading.text, reading.title)) continue;
		out.push(o);
	}
	const opens = (o: SentenceOption) =>
		reading.sentences.find((x) => x.paragraph === o.sentence.paragraph) === o.sentence;
	return [...out.filter(opens), ...out.filter((o) => !opens(o))];
}

/** The item: the point as key, the lead as source, and why each option is right or wrong. */
function pointItem(
	norm: NormalizedText,
	lead: Sentence,
	point: string,
	wrong: SentenceOption[]
): Candidate {
	return leadCandidate(norm.text, lead, {
		idPrefix: POINT_ID,
		stem: MAIN_IDEA_POINT_STEM,
		key: point,
		distractors: wrong.map((w) => w.text),
		explanation: [
			'The opening says what the person is known for, and the article is built around it.',
			...wrong.map((w) => `"${w.text}" is true, but tells only of paragraph ${w.paragraph}.`)
		].join(' ')
	});
}
