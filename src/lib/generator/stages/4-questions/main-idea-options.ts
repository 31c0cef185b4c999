// The wrong options of a main-idea item, the ways reading teachers make them: too narrow (the
// topic of one paragraph that is not the lead) and off the point (something the article says once,
// in passing). A lexicon's broad field ("The great cities of the world") is not offered: teachers
// read it as a filler no one would take for the gist. The narrow and passing ones are the
// article's own phrases, so that no option stands apart from the key by its wording.
import type { Sentence } from '../../types';
import {
	ARTICLE_START,
	inTitle,
	lemma,
	phraseUnits,
	uses,
	VAGUE_HEAD,
	type ArticleTerms,
	type Gist,
	type GistInput
} from '../3-facts/gist';
import { headOf, nounPhrases, type Phrase } from '../3-facts/phrases';
import { containsWords, convergesOnKey } from '../../well-formed';
import {
	contentWords,
	formProblem,
	MAIN_IDEA_MAX_OPTION_WORDS,
	overlapping,
	sentenceCase
} from './main-idea-form';
import { rivalGist } from './main-idea-checks';

/** A wrong option and why it is wrong, for the explanation. */
export interface Wrong {
	text: string;
	units: string[];
	why: 'narrow' | 'broad' | 'passing';
	/** The paragraph (1 = the lead) a narrow or passing option comes from. */
	paragraph?: number;
}

/** What the option pickers read of the article. */
export interface Reading {
	sentences: readonly Sentence[];
	text: string;
	terms: ArticleTerms;
	gist: Gist;
	input: GistInput;
}

/** Whether a wrong option may stand beside the key and the options picked so far. */
function fits(option: Wrong, key: string, taken: readonly Wrong[], reading: Reading): boolean {
	const options = [key, ...taken.map((t) => t.text), option.text];
	return (
		!formProblem(options) &&
		!overlapping(options, reading.input.title) &&
		!containsWords(reading.gist.source.text, option.text) &&
		// No second fair answer (main-idea-checks.ts rejects the item that has one).
		!rivalGist(key, [option.text], reading.text, reading.input.title) &&
		// Two wrong options from one paragraph: one of them says what the other does.
		(option.paragraph === undefined || !taken.some((t) => t.paragraph === option.paragraph))
	);
}

/** Three wrong options, one of each kind where the article gives them, or undefined. */
export function pickWrong(reading: Reading): Wrong[] | undefined {
	const key = sentenceCase(reading.gist.key.text);
	// No broad option: the field a lexicon names ("The physical geography of the Earth") reads to
	// teachers as a filler no one would take for this article's gist.
	// No passing option either: a side detail ("A bird with outstretched wings", "A central role")
	// is one no reader would pick, and the broadest option then wins on form.
	const pools = [narrowOptions(reading)];
	const taken: Wrong[] = [];
	// One of each kind first, then a second and third of either.
	for (let round = 0; round < 3 && taken.length < 3; round++)
		for (const pool of pools) {
			const why = pool[0]?.why;
			if (taken.length >= 3 || (round === 0 && taken.some((t) => t.why === why))) continue;
			const next = pool.find((o) => !taken.includes(o) && fits(o, key, taken, reading));
			if (next) taken.push(next);
		}
	// Only things said once in passing beside the key ("A railway bridge", "A modern assembly line")
	// make it too easy: a paragraph's topic at least once.
	if (taken.length < 3 || !taken.some((t) => t.why === 'narrow')) return undefined;
	const wrong = sharingTitle(
		notShorter(taken, key, pools.flat(), reading),
		key,
		pools.flat(),
		reading
	);
	return !wrong || convergesOnKey([key, ...wrong.map((t) => t.text)], 0) ? undefined : wrong;
}

/** Whether an option has a word of the title. */
const titled = (text: string, reading: Reading) =>
	contentWords(text).some((w) => reading.input.titleWords.has(w));

/**
 * The options with a word of the title in a wrong one too when the key has one ("lighthouse" under
 * "The Harwick Lighthouse"): the key alone sharing the title's words is picked unread. A wrong option
 * gives way to one that shares them; undefined when none can.
 */
function sharingTitle(taken: Wrong[], key: string, pool: Wrong[], reading: Reading) {
	if (!titled(key, reading) || taken.some((t) => titled(t.text, reading))) return taken;
	for (const out of [...taken].reverse()) {
		const rest = taken.filter((t) => t !== out);
		const swap = pool.find(
			(o) => !taken.includes(o) && titled(o.text, reading) && fits(o, key, rest, reading)
		);
		if (swap) return taken.map((t) => (t === out ? swap : t));
	}
	return undefined;
}

const longer = (a: string, b: string) => a.length > b.length;

/**
 * The options with the key no longer than all the others where the pools allow: the longest option
 * is the one test-wise readers pick. A wrong option gives way to a longer one of its kind.
 */
function notShorter(taken: Wrong[], key: string, pool: Wrong[], reading: Reading): Wrong[] {
	if (taken.some((t) => !longer(key, t.text))) return taken;
	for (const out of [...taken].sort((a, b) => a.text.length - b.text.length)) {
		const rest = taken.filter((t) => t !== out);
		const swap = pool.find(
			(o) =>
				o.why === out.why &&
				!taken.includes(o) &&
				!longer(key, o.text) &&
				fits(o, key, rest, reading)
		);
		if (swap) return taken.map((t) => (t === out ? swap : t));
	}
	return taken;
}

/** The article's phrases outside its lead, with their terms, in the article's order. */
function bodyPhrases({ sentences, text, terms, gist }: Reading): BodyPhrase[] {
	const lead = terms.paragraphs[0];
	return sentences
		.filter((s) => s.paragraph !== lead && s.paragraph !== gist.source.paragraph)
		.flatMap((s) =>
			nounPhrases(s, text, { max: MAIN_IDEA_MAX_OPTION_WORDS })
				.filter((p) => topicPhrase(s, p))
				.map((p) => {
					const units = phraseUnits(terms, s, p);
					const head = lemma(s.tokens[headOf(s.tokens, p.from)]?.normal ?? '');
					return { ...p, units, head, nouns: units.filter((u) => !u.includes(':')).length };
				})
		);
}

/** A phrase of the article's body, its terms, its head noun's and how many nouns it names. */
interface BodyPhrase extends Phrase {
	units: string[];
	head: string;
	nouns: number;
}

/**
 * Whether a phrase names a topic the way the key does: it opens on an article and its head is a
 * common noun ("the palace eunuchs", "a mass exodus of people"), not a name or a heading
 * ("Room at the Bottom", "The Museum of Flight"), nor a part or a count ("the twenty-seven EU member").
 */
function topicPhrase(s: Sentence, p: Phrase): boolean {
	const head = s.tokens[headOf(s.tokens, p.from)];
	return (
		ARTICLE_START.test(p.text) &&
		!UNFIT.test(p.text) &&
		!!head &&
		/^\p{Ll}/u.test(head.text) &&
		!VAGUE_HEAD.test(head.normal) &&
		!/\d/.test(p.text)
	);
}

/**
 * Words a wrong option made up for a class should not put in front of a pupil out of context ("the
 * customers' secret sexual fantasies" of an article on a data breach): the key is the article's
 * own gist, the wrong options are chosen, and there is always another.
 */
const UNFIT = /\b(sex|sexual|sexually|porn\w*|nude|naked|rape|suicide|torture|genitals?)\b/i;

/** The paragraph's number as a reader counts them (1 is the lead). */
const paragraphNumber = (terms: ArticleTerms, paragraph: number) =>
	terms.paragraphs.indexOf(paragraph) + 1;

/**
 * Too narrow: the topic of one paragraph, a phrase of terms that paragraph uses twice or more and
 * the rest of the article seldom does; the best of each paragraph, best paragraphs first.
 */
export function narrowOptions(reading: Reading, minNouns = 2): Wrong[] {
	const { terms, gist } = reading;
	const recurring = new Set(gist.recurring);
	const best = new Map<number, { score: number; wrong: Wrong }>();
	for (const p of bodyPhrases(reading)) {
		const at = (u: string) => terms.where.get(u)?.get(p.paragraph) ?? 0;
		const own = p.units.filter((u) => at(u) >= 2 && (terms.where.get(u)?.size ?? 0) <= 2);
		// About the paragraph's own topic ("the palace eunuchs" where it keeps saying "eunuchs"),
		// and naming nothing the article keeps returning to (that would make it a fair answer).
		if (!own.includes(p.head) || p.nouns < minNouns) continue;
		// The title's names may stand in it ("the first keeper of the Harwick lighthouse"): its head is
		// the paragraph's own.
		if (p.units.some((u) => recurring.has(u) && u !== gist.subject && !inTitle(reading.input, u)))
			continue;
		const score =
			own.reduce((n, u) => n + at(u) / uses(terms, u), 0) -
			0.05 * Math.abs(p.to - p.from - (gist.key.to - gist.key.from));
		const prior = best.get(p.paragraph);
		if (!prior || score > prior.score)
			best.set(p.paragraph, {
				score,
				wrong: {
					text: sentenceCase(p.text),
					units: p.units,
					why: 'narrow',
					paragraph: paragraphNumber(terms, p.paragraph)
				}
			});
	}
	return [...best.values()].sort((a, b) => b.score - a.score).map((b) => b.wrong);
}
