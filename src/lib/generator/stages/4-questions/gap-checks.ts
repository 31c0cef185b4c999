// The named checks of a fill-in-the-blank item (gaps.ts) that the shared ones do not make: the
// sentence shown must be whole and say what it speaks of, a bounded figure has no single key, a
// name after a title is a surname, and a year inside a named era has wrong years inside it too.
import type { Candidate } from '../../types';
import { BLANK, GAP_PROMPT } from './gaps';
import { BOUND_WORDS } from '../../distractors/quantities';
import { eraOf } from './blank-context';

type Check = (c: Candidate, ctx: { text?: string }) => string | undefined;

const isGap = (c: Candidate) => c.kind === 'gap';
const shown = (c: Candidate) => c.stem.slice(GAP_PROMPT.length).trim();

/** "… in _____ and.": a sentence cut after a word that needs more after it (review k3). */
const CUT_END =
	/\b(and|or|but|nor|the|a|an|of|in|on|at|to|with|for|by|from|than|as|that|which|who|whose|its|their|his|her)\.$/i;

/**
 * A definite subject whose content the sentence does not say: "The news was first given …",
 * "The decisive moment came …", "The pair filed …", "The decision was made public …", "The request
 * was advanced by …" (review k3:
 * "news of what?"). "The news of the launch" or "the decision to close" says it.
 */
const CONTENTLESS_HEAD =
	/\b(?:[Tt]he|[Tt]his|[Tt]hat)(?: \p{Ll}+)? (news|moment|decision|move|pair|couple|duo|trio|project|process|plan|proposal|deal|agreement|announcement|step|scheme|attempt|effort|idea|incident|episode|affair|breakthrough|result|outcome|verdict|ruling|change|discovery|request|allegation|accusation|complaint)\b(?! (and \p{Ll}+ )?(of|to|that|about|on|for|from|between|with|by|in \p{Lu})\b)/u;

/**
 * Phrases that lean on what came before: "declined to do so" (do what?), "the following _____
 * centuries" (following what?), "At almost the same moment" (as what?).
 */
const LEANS_BACK =
	/\b(do|does|did|done|doing) so\b|\bthe following\b|\b(the|that|this) (very )?same (moment|instant|hour|week|night|morning|afternoon|evening|time|period|spot|place|way|reason)\b(?! as\b)/i;

/** A bound just before the blank, or opening the key: "more than _____ years", "More than 300". */
const BOUND_AT_BLANK = new RegExp(`\\b(${BOUND_WORDS})\\s+${BLANK}`, 'i');
const BOUND_KEY = new RegExp(`^(${BOUND_WORDS})\\s`, 'i');
/** A figure, in digits or words ("over _____" before a name is "victory over Napoleon"). */
const NUMBER =
	/\d|^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|thousands?|millions?|dozens?|several|a few)\b/i;

/** Honorifics and titles after which a blank is a surname: "Mrs _____", "Lord _____". */
const HONORIFIC =
	/\b(Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Sir|Dame|Lord|Lady|President|Senator|Governor|Mayor|Judge|Justice|Professor|Prof|Captain|General|Admiral|Colonel|Major|Reverend|Rev|Father|Sister|Brother|Aunt|Uncle)\.?\s+$/;

/** Capitalised words that open sentences, not names: "In Hannah's …" names no one before her. */
const OPENERS =
	/^(In|On|At|The|A|An|When|But|And|As|For|If|After|Before|While|Then|So|Yet|By|From|To|With|Of|Old|Young|Little|Poor|Dear)$/;

/**
 * Whether the article writes `name` as a surname: after a title or another name word ("Hannah
 * Pruitt", "Mrs Pruitt"), not only first ("Hannah said", "Hannah Ellis").
 */
export function writtenAsSurname(text: string, name: string): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	for (const m of text.matchAll(new RegExp(`(\\S+)[ \\t]+${escaped}\\b`, 'gu'))) {
		const word = (m[1] ?? '').replace(/[.,]$/, '');
		if (HONORIFIC.test(`${word} `)) return true;
		if (/^\p{Lu}\p{Ll}+$/u.test(word) && !OPENERS.test(word) && !/[.!?]$/.test(m[1] ?? ''))
			return true;
	}
	return false;
}

/** Words that make a name a place or a building: "Westminster Abbey", "Checkpoint Charlie". */
const PLACE_WORD =
	/^(Abbey|Cathedral|Church|Chapel|Palace|Castle|Bridge|Street|Strasse|Square|Station|Checkpoint|Gate|Tower|Hall|Museum|Park|Road|Avenue|Lane|River|Lake|Mount|Island|Bay|Harbour|Port|Fort|Gardens?)$/;

/**
 * Whether the article writes `name` as a place: a place word heads it, or every mention follows
 * "in", "at", "near" or "into" ("placed in Westminster Abbey").
 */
export function placeName(text: string, name: string): boolean {
	const words = name.trim().split(/\s+/);
	if (words.length < 2) return false;
	if (PLACE_WORD.test(words[0] ?? '') || PLACE_WORD.test(words[words.length - 1] ?? ''))
		return true;
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const mentions = [...text.matchAll(new RegExp(`(\\S+)\\s+(?:the\\s+)?${escaped}\\b`, 'g'))];
	return (
		mentions.length > 0 &&
		mentions.every((m) => /^(in|at|near|into|inside|outside)$/i.test(m[1] ?? ''))
	);
}

const yearOf = (option: string) => Number(/\b(1\d{3}|20\d{2})\b/.exec(option)?.[1] ?? NaN);

export const GAP_CHECKS: Record<string, Check> = {
	// "Hopper's honours include the National Medal of Technology in _____ and.": a cut that leaves
	// the sentence open is no sentence.
	'gap-sentence-whole': (c) =>
		isGap(c) && CUT_END.test(shown(c)) ? 'the sentence shown is cut before its end' : undefined,
	// "The news was first given … on _____", "Lord _____ declined to do so": the sentence leans on
	// one the reader is not shown.
	'gap-says-what': (c) => {
		if (!isGap(c)) return undefined;
		// ("… voted to end clock changes, but the plan stalled": a head later in the sentence is
		// the one its first clause sets up.)
		const head = CONTENTLESS_HEAD.exec(shown(c));
		const opening = head && shown(c).slice(0, head.index).split(/\s+/).length <= 4 ? head : null;
		const found = opening ?? LEANS_BACK.exec(shown(c));
		return found ? `"${found[0]}" points to a sentence not shown` : undefined;
	},
	// "in more than _____ years": if 900 is right, "more than 700" is true as well.
	'gap-not-bounded': (c) =>
		(isGap(c) && NUMBER.test(c.answer) && BOUND_AT_BLANK.test(shown(c))) ||
		(BOUND_KEY.test(c.answer) && c.distractors.every((d) => BOUND_KEY.test(d)))
			? 'a bounded figure makes the smaller or larger options true too'
			: undefined,
	// "Old Mrs _____ at Galion" offered "Hannah": after a title every option is a surname.
	'gap-surname-after-title': (c, ctx) => {
		if (!isGap(c) || !ctx.text) return undefined;
		const before = shown(c).slice(0, shown(c).indexOf(BLANK));
		// ("President _____" of "Barack Obama" asks a whole name, which its options are too.)
		if (!HONORIFIC.test(before) || /\s/.test(c.answer.trim())) return undefined;
		const odd = [c.answer, ...c.distractors].find((o) => !writtenAsSurname(ctx.text!, o));
		return odd === undefined ? undefined : `"${odd}" is not a surname the article writes`;
	},
	// "named the Wallace Line by _____" offered "Westminster Abbey" beside three people (review k3):
	// a place among names of people is ruled out unread, and a key that is the one place stands out.
	'gap-options-one-kind': (c, ctx) => {
		if (!isGap(c) || !ctx.text || /\d/.test(c.answer)) return undefined;
		const people = [c.answer, ...c.distractors].filter((o) => /^\p{Lu}\S*\s+\p{Lu}/u.test(o));
		if (people.length < 3) return undefined;
		// "the lead roofing of _____" of Westminster Abbey offered three people (review k9 P5-Q10).
		if (placeName(ctx.text, c.answer))
			return c.distractors.some((d) => placeName(ctx.text!, d))
				? undefined
				: 'the key is the one place among names of people';
		const place = c.distractors.find((d) => placeName(ctx.text!, d));
		return place === undefined ? undefined : `"${place}" is a place among names of people`;
	},
	// "In _____, during the Second World War, …" offered 1936: the stem's era rules it out unread.
	'gap-years-in-era': (c) => {
		if (!isGap(c) || Number.isNaN(yearOf(c.answer))) return undefined;
		const era = eraOf(shown(c));
		if (!era) return undefined;
		const out = c.distractors.find((d) => !(yearOf(d) >= era[0] && yearOf(d) <= era[1]));
		return out === undefined ? undefined : `"${out}" lies outside the era the sentence names`;
	}
};
