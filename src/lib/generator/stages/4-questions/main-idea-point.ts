// The point of a life, as a teacher states it: "Mendel's experiments on the garden pea established
// the basic rules of heredity", what the person is known for, beside the article's own sentences
// about them that are true but tell one part only ("Mendel was born in the village of …"). It
// replaces "The life and work of …" beside "The early life of …", a key that repeated the title and
// was the one umbrella option (reviews k5 to k9: none used as is).
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { phraseUnits } from '../3-facts/gist';
import { wholeSentenceFact } from '../3-facts/sentences';
import { wordsOf } from '../../well-formed';
import { contentWords } from './main-idea-form';
import { rivalGist } from './main-idea-checks';
import {
	asOption,
	pickSentences,
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

/** What the person is known for, past the description: "whose experiments …", "best known for …". */
const KNOWN_FOR =
	/\b(whose|who|(?:best |widely |chiefly )?(?:known|remembered|famous) for)\s+([^.;]+)/;

/**
 * A description that ends on another person ("the son of Karl Weber, who …"), whose clause is then
 * that person's: kin, a post under someone, or "of" a name.
 */
const ANOTHER_PERSON =
	/\b(?:son|daughter|wife|husband|brother|sister|pupil|student|assistant)\b|\bof\s+\p{Lu}/u;

/** The person's point as a statement, from the lead, or undefined when it says none. */
export function pointOfLife(lead: string, surname: string): string | undefined {
	const described = DESCRIBED.exec(lead);
	if (!described) return undefined;
	const after = lead.slice(described.index + described[0].length);
	const m = KNOWN_FOR.exec(after);
	if (!m || ANOTHER_PERSON.test(after.slice(0, m.index))) return undefined;
	const [how, rest] = [m[1] ?? '', m[2] ?? ''];
	const head = how === 'whose' ? `${surname}'s` : how === 'who' ? surname : `${surname} is ${how}`;
	// Cut at the first comma that leaves a statement of the shortest option's length.
	const parts = rest.split(/,\s+/);
	let clause = parts[0] ?? '';
	for (const part of parts.slice(1)) {
		if (wordsOf(`${head} ${clause}`).length >= SENTENCE_OPTION_WORDS.min) break;
		clause = `${clause}, ${part}`;
	}
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
	const point = lead && pointOfLife(lead.text, surname);
	if (!lead || !point) return [];
	const key: SentenceOption = {
		text: point,
		sentence: lead,
		units: phraseUnits(reading.terms, lead, { from: 0, to: lead.tokens.length }),
		why: 'key',
		paragraph: 1
	};
	const wrong = pickSentences(key, partsOfLife(reading, key, surname), reading.title);
	return wrong ? [pointItem(norm, lead, point, wrong)] : [];
}

/**
 * A judgement of the whole life ("Wegener is now regarded as one of the pioneers of modern
 * geology"): it sums the article up as well as the key, a second fair answer.
 */
const JUDGES_LIFE =
	/\b(?:regarded|considered|remembered|known|legacy|famous|founder|pioneers?|greatest|best|influential|important|importance|reputation|recogni[sz]ed|celebrated)\b/i;

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
		const o = asOption(reading, s, 'narrow');
		if (!o || !o.text.includes(surname) || JUDGES_LIFE.test(o.text)) continue;
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
	const fact = wholeSentenceFact(lead, {
		id: `${POINT_ID}${lead.index}`,
		kind: 'gist',
		value: { text: point, start: lead.start, end: lead.end, type: 'thing' },
		statement: lead.text,
		salience: 1
	});
	return {
		id: `${fact.id}-main-idea`,
		kind: 'main-idea',
		stem: MAIN_IDEA_POINT_STEM,
		answer: point,
		distractors: wrong.map((w) => w.text),
		fact,
		source: { sentence: norm.text.slice(lead.start, lead.end), start: lead.start, end: lead.end },
		explanation: [
			'The opening says what the person is known for, and the article is built around it.',
			...wrong.map((w) => `"${w.text}" is true, but tells only of paragraph ${w.paragraph}.`)
		].join(' ')
	};
}
