// The keys of texts that state their point after an opening hook or scene, not in their first
// sentence: an opinion's claim ("Schools should start no earlier than half past eight"), an
// explainer's turn ("Rusting looks like decay, but it is a chemical reaction …"), a speech's call
// ("We must keep the pool open"). News states its point in its lead (main-idea-sentences.ts), and a
// story in no one sentence: neither is read here. The wrong options are the article's own sentences
// of one paragraph or said in passing, as for every sentence item.
import type { Sentence } from '../../types';
import { wordsOf } from '../../well-formed';
import { phraseUnits } from '../3-facts/gist';
import { contentWords } from './main-idea-form';
import { rivalGist } from './main-idea-checks';
import {
	asOption,
	FIGURE_OPENING,
	IMPERATIVE,
	ownTerms,
	gistWeight,
	localTerms,
	newsHeadline,
	pointProblem,
	type SentenceOption,
	type SentenceReading
} from './main-idea-sentences';

/**
 * "… should …", "… must …": a sentence that argues for something. An essay's or a speech's thesis
 * says what ought to be done; its other sentences give reasons and facts.
 */
const CLAIM = /\b(?:should|must|ought to)\b/i;

/** "… should I …?", "If … should …": a question or a condition argues for nothing. */
const NO_CLAIM = /^(?:if|unless|whether|when|although|though)\b|\b(?:should|must) (?:i|we|you)\b/i;

/**
 * "Yet hail is a product of heat", "Rusting looks like simple decay, but it is a chemical reaction
 * …", "In fact the fruit is carrying out a chemical reaction …": the turn from a hook to the point
 * an explainer makes (what the thing really is, set against what it seems).
 */
const TURN = /^(?:yet|but|in fact|in truth|in reality),?\s+|,\s+but (?:it|they|this) (?:is|are)\b/i;

/** The connective a turning key opens on, which it loses to stand alone: "Yet hail is …". */
const TURN_OPENING = /^(?:yet|but|in fact|in truth|in reality),?\s+(?=\S)/i;

/** "Would", "could", "might": a claim in the conditional is a hypothesis the text weighs, not its point. */
const HEDGED = /\b(?:would|could|might|may)\b/i;

/** How the text is written for its reader: a how-to guide's point is its steps (main-idea-howto.ts). */
const HOW_TO = /\bhow to\b/i;

/** A year: a claim dated to one year is a detail of a history, not a thesis ("In 1851 it should …"). */
const YEAR = /\b1[5-9]\d{2}\b|\b20\d{2}\b/;

/** How many terms the text keeps returning to a thesis names, when it names neither title nor topic. */
const TOPIC_TERMS = 2;

/** The most of a thesis's terms that the text names in one paragraph only. */
const THESIS_LOCAL_SHARE = 0.5;

/**
 * "The team found that …", "The results suggest that …": a study's finding, the point of a report
 * of research.
 */
const FINDING =
	/\b(?:study|studies|researchers|team|authors|results|findings|experiment|analysis|data)\b[^.;]*?\b(?:found|find|finds|showed|show|shows|suggest|suggests|suggested|concluded|conclude|revealed) that\b/i;

/** "I urge you to …", "Let us …": a speech's call on its hearers. */
const CALL = /\b(?:i (?:ask|urge|call on) (?:you|every|all)|let us|let's)\b/i;

/**
 * How a sentence states a thesis: it argues for something (or calls on its hearers), turns from a
 * hook to the point, or tells a study's finding.
 */
export type ThesisForm = 'claim' | 'turn' | 'finding';

/** The form of thesis a sentence's words take, if any (by its words alone: a table test reads it). */
export function thesisForm(sentence: string): ThesisForm | undefined {
	if (/\?\s*$/.test(sentence)) return undefined;
	if (CLAIM.test(sentence) && !NO_CLAIM.test(sentence) && !HEDGED.test(sentence)) return 'claim';
	if (CALL.test(sentence) && !NO_CLAIM.test(sentence)) return 'claim';
	if (TURN.test(sentence)) return 'turn';
	if (FINDING.test(sentence) && !HEDGED.test(sentence.replace(FINDING, ''))) return 'finding';
	return undefined;
}

/**
 * Where a thesis stands: anywhere in the opening paragraph (after its hook), the first two sentences
 * of the next, and in a speech or a first-person essay the closing paragraph, where it calls on its
 * hearers.
 */
function thesisPlaces(r: SentenceReading): Sentence[] {
	const [lead, next] = r.terms.paragraphs;
	const last = r.terms.paragraphs[r.terms.paragraphs.length - 1];
	const of = (p: number | undefined) => r.sentences.filter((s) => s.paragraph === p);
	const closing = r.genre === 'article' || last === lead || last === next ? [] : of(last);
	// A report of research tells its finding after its method: anywhere in its first half or its close.
	const findings = r.sentences.filter(
		(s, i) =>
			(i < r.sentences.length / 2 || s.paragraph === last) &&
			thesisForm(r.text.slice(s.start, s.end)) === 'finding'
	);
	return [...new Set([...of(lead), ...of(next).slice(0, 2), ...closing, ...findings])];
}

/**
 * The prefix of a thesis item's fact id: the validator reads its key as a thesis (an essay's or an
 * explainer's point stated after its hook), not as a news lead (main-idea-key-states-point).
 */
export const THESIS_FACT = 'thesis';

/** Whether a candidate's key is a thesis this module found. */
export const isThesisItem = (c: { fact: { id: string } }) =>
	c.fact.id.startsWith(`${THESIS_FACT}-`);

/** How many sentences a news report's lead paragraph has at most: its lead and one more. */
const NEWS_LEAD_SENTENCES = 2;

/**
 * Whether a text is a news report: an article under a headline that opens on a short paragraph
 * (its lead). An essay under a headline-like title ("Put a Price on Every Bottle") opens on a hook
 * of several sentences.
 */
function newsReport(r: SentenceReading): boolean {
	const lead = r.terms.paragraphs[0];
	const n = r.sentences.filter((s) => s.paragraph === lead).length;
	return r.genre === 'article' && newsHeadline(r.title) && n <= NEWS_LEAD_SENTENCES;
}

/**
 * The sentence a key is, without the connective a turn opens on: "Yet hail is a product of heat"
 * stands alone as "Hail is a product of heat".
 */
function standAlone(r: SentenceReading, s: Sentence): Sentence {
	const line = r.text.slice(s.start, s.end);
	const m = TURN_OPENING.exec(line);
	if (!m) return s;
	// Its tokens stay whole: the article's terms are found by their place in the sentence.
	return { ...s, start: s.start + m[0].length };
}

/**
 * The thesis keys of a text that is no news report and no how-to guide, best first: sentences of
 * its opening (or a speech's close) that argue for something or turn from a hook to the point, name
 * its title's words or its most spread term, name as much of what it keeps returning to as most of
 * its sentences do, few things of one paragraph only, and are no definition, hook, scene or the
 * speaker's own story (pointProblem).
 */
export function thesisKeys(r: SentenceReading, recurring: ReadonlySet<string>): SentenceOption[] {
	if (newsReport(r) || HOW_TO.test(r.title)) return [];
	// Above the median sentence in what it names of the gist.
	const bar = Math.max(1, medianWeight(r, recurring));
	const top = [...recurring][0];
	const keys: { o: SentenceOption; score: number }[] = [];
	for (const whole of thesisPlaces(r)) {
		const form = thesisForm(r.text.slice(whole.start, whole.end));
		if (!form) continue;
		const s = standAlone(r, whole);
		// "…, but it is …": a thing's pronoun may stand for a noun before it; a person's must be named.
		const dbg = (w: string) =>
			process.env.MIDBG && console.error('TH', form, w, r.text.slice(s.start, s.end).slice(0, 100));
		const o = asOption(
			r,
			s,
			'key',
			!/\b(?:he|she|his|her|him)\b/i.test(r.text.slice(s.start, s.end))
		);
		if (!o || YEAR.test(o.text) || /\balso\b/i.test(o.text)) {
			dbg(o ? 'year/also' : 'no option');
			continue;
		}
		// Every problem of a point but the article's (which admits only a news lead).
		const problem = pointProblem(o.text, { genre: 'passage', title: r.title }, false);
		if (problem) {
			dbg(problem);
			continue;
		}
		const titled = titleWordsIn(r, o.text);
		const gist = new Set(o.units.filter((u) => recurring.has(u))).size;
		// The title's word, the most spread term, or two things the text keeps returning to.
		const named = titled || (top && o.units.includes(top)) || gist >= TOPIC_TERMS;
		if (!named && !(form === 'finding' && gist > 0)) {
			dbg('no topic');
			continue;
		}
		const w = gistWeight(r, recurring, o) + 0.5 * titled;
		const local = localTerms(r.terms, o.units).length;
		// A thesis may put its point in words of its own ("a chemical reaction with a precise set of
		// ingredients"): one that names the title needs no more of what the text returns to.
		const general = (titled > 0 && form !== 'finding') || (form === 'finding' && gist > 0);
		if (!general && (w < bar || local > THESIS_LOCAL_SHARE * Math.max(1, o.units.length))) {
			dbg(`weight ${w} bar ${bar} local ${local}/${o.units.length}`);
			continue;
		}
		// A claim states a thesis more surely than a turn; the opening's before the close's.
		const score = w + (form === 'claim' ? 1 : 0) - 0.05 * wordsOf(o.text).length;
		keys.push({ o, score });
	}
	return keys.sort((a, b) => b.score - a.score).map((k) => k.o);
}

/** How much of the gist the text's median sentence names. */
function medianWeight(r: SentenceReading, recurring: ReadonlySet<string>): number {
	const weights = r.sentences
		.map((s) =>
			gistWeight(r, recurring, {
				text: r.text.slice(s.start, s.end),
				units: phraseUnits(r.terms, s, { from: 0, to: s.tokens.length })
			})
		)
		.sort((a, b) => a - b);
	return weights[Math.floor(weights.length / 2)] ?? 0;
}

/** A word's stem as a title and a sentence share it: "rusts" and "rusting", "schools" and "school". */
const stem = (w: string) => w.slice(0, Math.max(4, w.length - 3));

/** A word's first five letters: what two options share when they say the same thing. */
const prefix = (w: string) => w.slice(0, 5);

/** How many of the title's content words a sentence names, by their stems. */
export function titleWordsIn(r: Pick<SentenceReading, 'titleWords'>, sentence: string): number {
	const own = contentWords(sentence).map(stem);
	return r.titleWords.filter((w) => own.some((o) => o.startsWith(stem(w)) || stem(w).startsWith(o)))
		.length;
}

/** How far into its paragraph a wrong option may stand: a body paragraph's point and its first reason. */
const WRONG_PLACES = 3;

/**
 * "The third objection is …", "The second reason …": a sentence that counts its place in the
 * writer's list points back to the items before it.
 */
const COUNTED = /^(?:the|a|my|our)\s+(?:first|second|third|fourth|fifth|last|final|next|other)\b/i;

/** How much less of the gist than the key a wrong option must name. */
const WRONG_MARGIN = 0.5;

/** The most content words (by stem) a wrong option may share with the key and not restate it. */
const WRONG_SHARED = 2;

/**
 * The wrong options of a thesis item, best first: sentences of the body (not the opening, not the
 * key's paragraph, not the close, where an essay restates its thesis) that are true but tell of one
 * paragraph or of something said once, none arguing for something or turning to a point itself (a
 * second claim is a second key), well below the key in what they name of the gist.
 */
export function thesisWrong(
	r: SentenceReading,
	recurring: ReadonlySet<string>,
	key: SentenceOption
): SentenceOption[] {
	const paragraphs = r.terms.paragraphs;
	const [lead, last] = [paragraphs[0], paragraphs[paragraphs.length - 1]];
	// By their first five letters, as the news picker compares them: "the insurer" is "an insurance
	// company".
	const keyWords = new Set(contentWords(key.text).map(prefix));
	// A key in words of its own names little the text returns to: below the text's median sentence
	// then, not below the key.
	const keyWeight = Math.max(gistWeight(r, recurring, key), medianWeight(r, recurring));
	const out: { o: SentenceOption; score: number }[] = [];
	const done = new Map<number, number>();
	for (const s of r.sentences) {
		if (s.paragraph === lead || s.paragraph === last || s.paragraph === key.sentence.paragraph)
			continue;
		const place = done.get(s.paragraph) ?? 0;
		done.set(s.paragraph, place + 1);
		if (place >= WRONG_PLACES) continue;
		const line = r.text.slice(s.start, s.end);
		if (thesisForm(line) || IMPERATIVE(s)) continue;
		const o = asOption(r, s, 'narrow');
		if (!o || FIGURE_OPENING.test(o.text) || COUNTED.test(o.text)) continue;
		const shared = new Set(
			contentWords(o.text)
				.map(prefix)
				.filter((w) => keyWords.has(w))
		).size;
		if (shared > WRONG_SHARED || gistWeight(r, recurring, o) > keyWeight - WRONG_MARGIN) continue;
		if (rivalGist(key.text, [o.text], r.text, r.title)) continue;
		const own = ownTerms(r.terms, o);
		const once = o.units.filter((u) => (r.terms.where.get(u)?.size ?? 0) <= 1).length;
		const gist = o.units.filter((u) => recurring.has(u)).length;
		// A paragraph's opening states its own point: the narrow option a reader may mistake.
		const score = own + once / 3 - gist / 2 + (place === 0 ? 1 : 0);
		out.push({ o, score });
	}
	return out
		.sort((a, b) => b.score - a.score || a.o.sentence.index - b.o.sentence.index)
		.map((x) => x.o);
}
