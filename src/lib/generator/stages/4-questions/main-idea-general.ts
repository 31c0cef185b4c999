// "Which sentence best expresses the main idea of the article?", in general: for news reports,
// explainers, lives, histories, essays, speeches and reviews (not stories, not step-by-step guides),
// the sentence that states the text's point. Every sentence where a text of its kind states its point
// (a news lead; an essay's thesis after its hook; an explainer's opening or summing-up sentence; a
// speech's call; a conclusion that restates) is scored by how much of what the text keeps returning
// to it names (its title's words, the terms and names of many paragraphs), plus the place's prior
// for that kind of text. The item is asked only when the best sentence clearly beats the next (a
// margin: two near ones would be two defensible keys). The wrong options are three true sentences
// of the text that tell narrow details (main-idea-sentences.ts: wrongSentences, pickSentences).
import type { Candidate, Sentence } from '../../types';
import { wholeSentenceFact } from '../3-facts/sentences';
import { phraseUnits } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';
import { contentWords } from './main-idea-form';
import { storyLike } from './main-idea-lead';
import { thesisForm } from './main-idea-thesis';
import {
	asOption,
	gistTerms,
	gistWeight,
	IMPERATIVE,
	localTerms,
	MAIN_IDEA_SENTENCE_STEMS,
	newsHeadline,
	pickSentences,
	pointProblem,
	ownTerms,
	FIGURE_OPENING,
	stemOf,
	type SentenceOption,
	type SentenceReading
} from './main-idea-sentences';

/** The fact id's prefix of a general sentence item: the checks judge its key as a thesis's. */
export const GENERAL_ID = 'general-';

/** Whether a candidate is a general sentence item. */
export const isGeneralItem = (c: Pick<Candidate, 'fact'>) => c.fact.id.startsWith(GENERAL_ID);

/** The kinds of text the general form asks of; a story or a guide it leaves alone. */
export type TextKind = 'news' | 'explainer' | 'essay' | 'speech';

/** "How to …", "A Beginner's Guide to …", "… in Five Steps": a guide, whose point is its task. */
const GUIDE_TITLE = /\bhow to\b|\bguide\b|\bsteps?\b|\btips\b/i;

/** "… Should …", "It Is Time …", "The Case for …", "Why We Need …": an opinion's title. */
const CLAIM_TITLE =
	/\b(?:should|must|it is time|time to|in defen[cs]e of|the case (?:for|against)|why we|we need|let'?s)\b/i;

/** Words that argue: an essay's or a speech's claims ("we should", "must", "it is time"). */
const ARGUES = /\b(?:should|must|ought to|need to|it is time|I believe|I think|we can)\b/gi;

/** '"Too slow," she said', '… asked Leo': a line of a character's speech. */
const SPEECH_LINE =
	/[”"]\s*(?:[\p{Lu}][\p{L}.]*\s+|he\s+|she\s+|I\s+|they\s+)?(?:said|asked|replied|whispered|shouted|muttered|cried|answered)\b/gu;

/** "Once upon a time", "In a wood … there lived a young hedgehog": a tale's opening. */
const TALE_OPENING = /\b(?:once upon a time|there (?:once )?lived|there was once|long ago)\b/i;

/**
 * Whether a text tells a tale that storyLike misses: it opens as one, or its characters speak and
 * it gives no figure at all (news and explainers quote people, but date and count things).
 */
export function taleLike(text: string): boolean {
	const opening = text.split(/\n\s*\n/).find((p) => wordsOf(p).length > 12) ?? '';
	if (TALE_OPENING.test(opening)) return true;
	return !/\d/.test(text) && (text.match(SPEECH_LINE) ?? []).length >= 1;
}

/** The share of its sentences a guide tells the reader to do something in. */
const GUIDE_IMPERATIVES = 0.25;

/** What kind of text it is, by its title and its words; undefined for a story or a guide. */
export function textKind(r: SentenceReading): TextKind | undefined {
	if (storyLike(r.text) || taleLike(r.text) || GUIDE_TITLE.test(r.title)) return undefined;
	const commands = r.sentences.filter(IMPERATIVE).length;
	if (commands >= GUIDE_IMPERATIVES * r.sentences.length) return undefined;
	if (r.genre === 'speech') return 'speech';
	const argues = (r.text.match(ARGUES) ?? []).length;
	if (CLAIM_TITLE.test(r.title)) return 'essay';
	// A text in the first person that argues is an essay; one that does not tells a story or a
	// memory, whose point no one sentence states.
	if (r.genre === 'passage') return argues >= 3 ? 'essay' : undefined;
	return newsHeadline(r.title) ? 'news' : 'explainer';
}

/** The stem each kind of text asks with. */
export const GENERAL_STEMS: Record<TextKind, string> = {
	news: MAIN_IDEA_SENTENCE_STEMS.article,
	explainer: MAIN_IDEA_SENTENCE_STEMS.article,
	essay: MAIN_IDEA_SENTENCE_STEMS.essay,
	speech: MAIN_IDEA_SENTENCE_STEMS.speech
};

/** A place of a sentence: its paragraph (0 the lead, -1 the last) and its place there (-1 the last). */
interface Place {
	paragraph: number;
	at: number;
	prior: number;
}

/** Whether a place is in the text's last paragraphs, where a conclusion restates or a life ends. */
const closing = (p: Place) => p.paragraph < 0;

/**
 * Where each kind of text states its point, and how likely there: news in its first sentence; an
 * essay after a hook (the lead's later sentences) or in its conclusion; a speech in its call at the
 * close.
 */
export const GENRE_PLACES: Record<TextKind, Place[]> = {
	// A report's later sentences tell background and reactions ("Fire officials said the blaze …").
	news: [{ paragraph: 0, at: 0, prior: 1 }],
	// Not yet: an explainer's, a life's or a history's opening sentences were hooks or details as
	// often as points on the tuning articles ("Visitors to London admire its bridges …", "A central
	// bank sets the rate …"); its point wants a surer test than the title's words and a prior.
	explainer: [],
	essay: [
		{ paragraph: 0, at: 0, prior: 0.2 },
		{ paragraph: 0, at: 1, prior: 0.4 },
		{ paragraph: 0, at: 2, prior: 0.5 },
		{ paragraph: 0, at: -1, prior: 0.6 },
		{ paragraph: 1, at: 0, prior: 0.3 },
		{ paragraph: -1, at: 0, prior: 0.4 },
		{ paragraph: -1, at: -1, prior: 0.5 }
	],
	speech: [
		{ paragraph: 0, at: 0, prior: 0.2 },
		{ paragraph: 0, at: -1, prior: 0.3 },
		{ paragraph: -2, at: 0, prior: 0.3 },
		{ paragraph: -1, at: 0, prior: 0.5 },
		{ paragraph: -1, at: -1, prior: 0.4 }
	]
};

/** The sentences at a text's places of its kind, each with the best prior it has there. */
function placed(
	r: SentenceReading,
	kind: TextKind
): { s: Sentence; prior: number; close: boolean }[] {
	const ps = r.terms.paragraphs;
	const out = new Map<Sentence, Place>();
	for (const p of GENRE_PLACES[kind]) {
		const paragraph = ps[p.paragraph < 0 ? ps.length + p.paragraph : p.paragraph];
		const of = r.sentences.filter((s) => s.paragraph === paragraph);
		const s = of[p.at < 0 ? of.length + p.at : p.at];
		if (s && (out.get(s)?.prior ?? -1) < p.prior) out.set(s, p);
	}
	return [...out].map(([s, p]) => ({ s, prior: p.prior, close: closing(p) }));
}

/**
 * How much of the gist a closing sentence must name to restate it: "Ibn Battuta spent his last
 * years as a judge …" ends a life on a detail; a conclusion names what the whole text did.
 */
const CLOSING_COVERAGE = 0.8;

/** How far the best key's score must beat the next's: nearer, both are defensible keys. */
export const KEY_MARGIN = 0.25;

/** The least share of the most a sentence of the text names of its gist that a key must name. */
const KEY_COVERAGE = 0.5;

/** The most of a key's terms that the text names in one paragraph only. */
const KEY_LOCAL_SHARE = 0.5;

/** A scored key sentence: the option, how much of the gist it names (0-1), and its score. */
export interface ScoredKey {
	o: SentenceOption;
	coverage: number;
	score: number;
}

/**
 * Why a sentence cannot be the key of its text, if it cannot: a year or a figure (one time's or one
 * count's detail) outside a news lead, "also" (it adds to something before), a definition, a hook,
 * a scene or the speaker's own story (pointProblem), or not naming the title or the most spread term.
 */
export function keyProblem(
	r: SentenceReading,
	o: SentenceOption,
	kind: TextKind,
	top: string | undefined
): string | undefined {
	const lead = kind === 'news' && o.sentence.index === 0;
	// A year may date a life's or a history's point ("… who in 1858 began …"); a count is a detail.
	if (!lead && /\d/.test(o.text.replace(YEAR, ''))) return 'a figure: one detail';
	if (BORN.test(o.text)) return 'a birth: one detail of a life';
	if (TIME_OPENING.test(o.text)) return 'it opens on a time: one moment of the story';
	if (DANGLING.test(o.text)) return 'it is cut off after a joining word';
	if (/\balso\b/i.test(o.text)) return '"also": it adds to something said before';
	// "Councils have been closing toilets for years" tells the problem an essay argues about; its
	// argument is a claim ("… should …"), and a speech's point a claim or a turn to it.
	const form = kind === 'essay' || kind === 'speech' ? thesisForm(o.text) : undefined;
	if (kind === 'essay' && form !== 'claim') return 'an essay argues: its key is a claim';
	if (kind === 'speech' && form !== 'claim' && form !== 'turn')
		return "a speech's point is a claim or a turn to it";
	const problem = pointProblem(o.text, { genre: 'passage', title: r.title }, false);
	if (problem && !(problem === DEFINES && definesWithPoint(o.text))) return problem;
	const titled = contentWords(o.text).some((w) => r.titleWords.includes(w));
	if (!titled && !(top && o.units.includes(top))) return 'it names neither the title nor the topic';
	// "Visitors to London admire its bridges …" opens a life of Joseph Bazalgette on one word of its
	// title: past a news lead, the point restates the title (two of its words, or its one).
	const restated = new Set(contentWords(o.text).filter((w) => r.titleWords.includes(w))).size;
	if (!lead && restated < Math.min(TITLE_RESTATED, r.titleWords.length))
		return 'it does not restate the title';
	if (o.sentence.index === 0 && !lead && SCENE_OPENING.test(o.text))
		return 'an opening that sets a scene';
	// A lead tells its event's details; a sentence naming the title may say the point in its own
	// words ("A small quirk in the behaviour of one common substance shapes the life of every lake").
	if (
		!lead &&
		!titled &&
		localTerms(r.terms, o.units).length > KEY_LOCAL_SHARE * Math.max(1, o.units.length)
	)
		return 'most of what it names is said in one paragraph only';
	return undefined;
}

/**
 * "Eight years earlier, …", "When the British government announced …", "Today St Petersburg is …",
 * "Within about thirty years …": a sentence opening on a time tells one moment of a history.
 */
const TIME_OPENING =
	/^(?:when|while|after|before|as soon as|until|since|during|within|today|now|at first|by the time|\S+ (?:years|months|weeks|days|decades|centuries) (?:earlier|later|after|before))\b/i;

/** "… the capital of New France and.": an option whose cut left a joining word at its end. */
export const DANGLING = /\b(?:and|or|but|of|the|a|an|to|in|with|for|by)[.!?]$/i;

/** How many of the title's words a key past a news lead restates. */
const TITLE_RESTATED = 2;

/** "On a still night in early winter, …": an opening that sets a scene before the point. */
const SCENE_OPENING =
	/^(?:on|in|at|for|from|across|along|by|under|over) (?:a|an|the) [^,]{3,40},\s/i;

/** A year: "1858", "1850s". */
const YEAR = /\b(?:1[0-9]{3}|20[0-9]{2})s?\b/g;

/** "… was born in Portsmouth …": where a life began is one of its details. */
const BORN = /\bwas born\b/i;

/** pointProblem's word for a definition. */
const DEFINES = 'the key only defines its subject';

/** The fewest words of a definition that also says what its subject did or does. */
const DEFINITION_POINT_WORDS = 12;

/**
 * "Joseph Bazalgette was the engineer who gave London its sewers", "The kidneys are two organs that
 * clean the blood …": a definition that says what its subject did or does states a life's or an
 * explainer's point, not only what a thing is ("Tbilisi is the capital of Georgia").
 */
export const definesWithPoint = (text: string) =>
	wordsOf(text).length >= DEFINITION_POINT_WORDS && /\b(?:who|that|which|whose)\s+\S/i.test(text);

/** "Yet hail is a product of heat", "But …": a turn's connective a key can lose and stay whole. */
const TURN_OPENING = /^(?:yet|but|and|so|in fact|in truth|in reality|still),?\s+(?=\S)/i;

/** The sentence without the connective it opens on ("Yet hail …" → "Hail …"), its tokens whole. */
function standAlone(r: SentenceReading, s: Sentence): Sentence {
	const m = TURN_OPENING.exec(r.text.slice(s.start, s.end));
	return m ? { ...s, start: s.start + m[0].length } : s;
}

/**
 * ", researchers announced on Tuesday.", ", the company said.": a report's trailing attribution, which
 * marks a news lead by its form (review k13) and a sentence can lose and stay whole.
 */
const ATTRIBUTION =
	/,\s+(?:(?:the |a )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,3} )?(?:said|says|announced|reported|confirmed)(?: on \p{Lu}\p{Ll}+day)?\.$/u;

/** The fewest words an option keeps after losing its attribution. */
const UNATTRIBUTED_WORDS = 10;

/** The option without its trailing attribution, when what is left is still a long sentence. */
export function unattributed<T extends { text: string }>(o: T | undefined): T | undefined {
	if (!o) return o;
	const text = o.text.replace(ATTRIBUTION, '.');
	return text !== o.text && wordsOf(text).length >= UNATTRIBUTED_WORDS ? { ...o, text } : o;
}

/** A person's pronoun: a key must name the person (a thing's "it" may stand for a noun before it). */
const PERSON = /\b(?:he|she|his|her|him|hers)\b/i;

/**
 * The key sentences of a text, best first, each scored by the share it names of what the text
 * keeps returning to (beside the sentence of the text that names most) and the prior of its place.
 */
export function scoredKeys(
	r: SentenceReading,
	kind: TextKind,
	recurring: ReadonlySet<string>
): ScoredKey[] {
	const weight = (s: Sentence) =>
		gistWeight(r, recurring, {
			text: r.text.slice(s.start, s.end),
			units: phraseUnits(r.terms, s, { from: 0, to: s.tokens.length })
		});
	const most = Math.max(0.5, ...r.sentences.map(weight));
	const top = [...recurring][0];
	const out: ScoredKey[] = [];
	for (const { s: whole, prior, close } of placed(r, kind)) {
		const s = standAlone(r, whole);
		const o = unattributed(asOption(r, s, 'key', !PERSON.test(r.text.slice(s.start, s.end))));
		if (!o || keyProblem(r, o, kind, top)) continue;
		const coverage = Math.min(1, gistWeight(r, recurring, o) / most);
		if (coverage < (close ? CLOSING_COVERAGE : KEY_COVERAGE)) continue;
		out.push({ o, coverage, score: coverage + prior });
	}
	return out.sort((a, b) => b.score - a.score);
}

/** The general sentence item of a text, when its point is clear and it gives three wrong sentences. */
export function generalCandidates(r: SentenceReading): Candidate[] {
	const kind = textKind(r);
	if (!kind || r.terms.paragraphs.length < 3) return [];
	const recurring = gistTerms(r.terms);
	const keys = scoredKeys(r, kind, recurring);
	const [best, next] = keys;
	if (!best || (next && best.score - next.score < KEY_MARGIN)) return [];
	const pool = likeLength(best.o, detailSentences(r, recurring, best.o));
	const wrong = pickSentences(best.o, pool, r.title);
	return wrong ? [generalItem(r, kind, recurring, best.o, wrong)] : [];
}

/** The item: the key, three wrong sentences, and why each is right or wrong. */
function generalItem(
	r: SentenceReading,
	kind: TextKind,
	recurring: ReadonlySet<string>,
	key: SentenceOption,
	wrong: SentenceOption[]
): Candidate {
	const s = key.sentence;
	const fact = wholeSentenceFact(s, {
		id: `${GENERAL_ID}${s.index}`,
		kind: 'gist',
		value: { text: key.text, start: s.start, end: s.end, type: 'thing' },
		statement: r.text.slice(s.start, s.end),
		salience: 1
	});
	const n = new Set(key.units.filter((u) => recurring.has(u))).size;
	const words = wordsOf(key.text).length;
	return {
		id: `${fact.id}-main-idea`,
		kind: 'main-idea',
		stem: GENERAL_STEMS[kind],
		answer: key.text,
		distractors: wrong.map((w) => w.text),
		fact,
		source: { sentence: fact.statement, start: s.start, end: s.end },
		explanation: [
			`This sentence (${words} words, paragraph ${key.paragraph}) states what the whole text is about: it names ${n} of the things the text keeps returning to.`,
			...wrong.map((w) =>
				w.why === 'narrow'
					? `"${w.text}" tells only of paragraph ${w.paragraph}.`
					: `"${w.text}" is a detail said in passing, in paragraph ${w.paragraph}.`
			)
		].join(' ')
	};
}

/**
 * Whether an option was cut before its sentence's ", and …": "A child can join in at a party, go on a
 * school trip without fear." lost the last item of a list, and reads garbled.
 */
export function cutList(r: Pick<SentenceReading, 'text'>, s: Sentence, option: string): boolean {
	const body = option.replace(/[.!?]$/, '');
	const whole = r.text.slice(s.start, s.end);
	const at = whole.indexOf(body);
	return at >= 0 && /^,\s*and\b/.test(whole.slice(at + body.length));
}

/** How much less of the gist than the key a wrong option must name. */
const DETAIL_MARGIN = 0.25;

/** The most content words a wrong option may share with the key: more, it says the key again. */
const SHARED_WITH_KEY = 2;

/**
 * The wrong options a text gives: its true sentences outside the key's paragraph (and a news
 * lead's) that tell a narrow detail — a thing of one paragraph, a name said once, a figure, an
 * example, a quote's content — and name well less of the gist than the key, sharing two of its words
 * at most (no second statement of the point). A paragraph's topic sentence first, then a detail
 * deeper in it; each whole (asOption), none a command, none opening on a figure.
 */
export function detailSentences(
	r: SentenceReading,
	recurring: ReadonlySet<string>,
	key: SentenceOption
): SentenceOption[] {
	const keyWords = new Set(contentWords(key.text).map(stemOf));
	const keyWeight = gistWeight(r, recurring, key);
	const lead = r.terms.paragraphs[0];
	const out: { o: SentenceOption; score: number }[] = [];
	let [paragraph, place] = [-1, 0];
	for (const s of r.sentences) {
		place = s.paragraph === paragraph ? place + 1 : 0;
		paragraph = s.paragraph;
		if (s.paragraph === key.sentence.paragraph) continue;
		if (s.paragraph === lead && key.sentence.index === 0) continue;
		const o = unattributed(asOption(r, s, 'narrow'));
		if (o && (DANGLING.test(o.text) || cutList(r, s, o.text))) continue;
		if (!o || IMPERATIVE(s) || FIGURE_OPENING.test(o.text)) continue;
		const shared = new Set(
			contentWords(o.text)
				.map(stemOf)
				.filter((w) => keyWords.has(w))
		).size;
		if (shared > SHARED_WITH_KEY || gistWeight(r, recurring, o) > keyWeight - DETAIL_MARGIN)
			continue;
		const own = ownTerms(r.terms, o);
		const once = localTerms(r.terms, o.units).length;
		const figure = /\d/.test(o.text) ? 1 : 0;
		// A detail: something of one paragraph, said once, or a figure.
		if (own + once + figure === 0) continue;
		const gist = o.units.filter((u) => recurring.has(u)).length;
		const score = own + once / 3 + figure / 3 - gist / 2 + (place < 2 ? 0.5 : 0);
		out.push({ o, score });
	}
	return out
		.sort((a, b) => b.score - a.score || a.o.sentence.index - b.o.sentence.index)
		.map((x) => x.o);
}

/** How far a wrong option's length (in letters) may be from the key's, either way, as a ratio. */
export const LIKE_LENGTH = 2.2;

/**
 * The wrong options of like length to the key, in the pool's order: each from 1/2.2 to 2.2 times its
 * letters, so that the picker's best threes are of like length and one may be longer than the key.
 */
export function likeLength(key: SentenceOption, pool: readonly SentenceOption[]): SentenceOption[] {
	const n = key.text.length;
	return pool.filter((o) => o.text.length * LIKE_LENGTH >= n && o.text.length <= LIKE_LENGTH * n);
}
