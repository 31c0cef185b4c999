// Whether a stem rewritten from a sentence's clause ("How many …?", "In what year …?", "Why …?",
// "Who …?") reads as a sound question: the named checks of stages/5-validate.ts run these on it.
// Each returns why the stem fails, or undefined. Review k3 rejected every stem of these kinds that
// kept a speaker's "my" or "we", a capital from the sentence's start, half of an "and" pair, a
// verb left in its past after "did", or a count of things the stem never names.
import type { Candidate, QuestionKind } from '../../types';
import { DISCOURSE } from './gap-context-checks';

/** The kinds whose stems are built by moving the parts of a clause (stems.ts). */
const CLAUSE_KINDS: ReadonlySet<QuestionKind> = new Set([
	'who',
	'what',
	'where',
	'when',
	'how-many',
	'why'
]);

/** Whether the candidate's stem was built from its clause. */
export const clauseStem = (c: Candidate) => CLAUSE_KINDS.has(c.kind);

/**
 * The speaker's or the listener's words: "my crew", "the grant we received", "your team". "I"
 * only where no name runs into it ("Charles I"); "US" is a country, "us" is not.
 */
const SPEAKER =
	/\b([Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|us|[Oo]urs?|[Oo]urselves|[Yy]ou|[Yy]ours?|[Yy]ourself|[Yy]ourselves)\b|(?<!\p{Lu}[\p{L}.]*\s)\bI\b/u;

/** The speaker's own words only: "my", "we", "our", "I". */
const FIRST_PERSON =
	/\b([Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|us|[Oo]urs?|[Oo]urselves)\b|(?<!\p{Lu}[\p{L}.]*\s)\bI\b/u;

/** A "why" item on a how-to guide's instruction (`3-facts/imperative-why.ts`), asked of the reader. */
const toReader = (c: Candidate) =>
	c.kind === 'why' && c.fact.frame?.subject === 'you' && c.stem.startsWith('Why should you ');

/** stem-no-speaker: no "I", "we", "our", "my" or "you" outside a quotation. */
export function speakerInStem(c: Candidate): string | undefined {
	const stem = c.stem.replace(/"[^"]*"|“[^”]*”/g, '""');
	// "Why should you put your phone in another room?": an instruction's reader is the one asked.
	const m = (toReader(c) ? FIRST_PERSON : SPEAKER).exec(stem);
	return m ? `"${m[0]}" speaks for someone the stem does not name` : undefined;
}

/** Words only a sentence's start capitalises, when a lower-case word follows them. */
const START_WORDS =
	'My|Our|Your|His|Her|Its|Their|This|These|Those|That|Every|Each|Some|Many|Most|It|He|She|They|We|There|A|An|The';
const START_CAPITAL = new RegExp(`\\s(${START_WORDS})\\s+\\p{Ll}`, 'u');
const START_WORD = new RegExp(`^(${START_WORDS})$`);

/** stem-no-start-capital: "How many men are My crew …": a capital left from the sentence's start. */
export function startCapitalInStem(c: Candidate): string | undefined {
	const m = START_CAPITAL.exec(c.stem);
	return m ? `"${m[1]}" keeps the capital of its sentence's start` : undefined;
}

/** Endings of common nouns of acts and states ("Construction", "Voting", "Confirmation"). */
const COMMON_ENDING = /(tion|sion|ment|ness|ity|ence|ance|ing|ure|ism)$/;

/** The capitalised words of a text that open a sentence, and those it capitalises mid-sentence. */
export interface Capitals {
	opening: ReadonlySet<string>;
	inside: ReadonlySet<string>;
}

/** The text's capitals, read once per article and handed to the checks in their context. */
export function capitalsOf(text: string): Capitals {
	const opening = new Set<string>();
	const inside = new Set<string>();
	// Words and the spaces between them: "1879.", " ", "Queen", " ", "Victoria", …
	const parts = text.split(/(\s+)/);
	for (let i = 0; i < parts.length; i += 2) {
		const word = /^["“‘(]?(\p{Lu}\p{Ll}+)/u.exec(parts[i]!)?.[1];
		if (!word) continue;
		const before = parts[i - 2] ?? '';
		const opens = i === 0 || /[.!?:]["”’')]?$/.test(before) || (parts[i - 1] ?? '').includes('\n');
		(opens ? opening : inside).add(word);
	}
	return { opening, inside };
}

/**
 * stem-no-opening-capital: "In what year did Construction begin?", "On what day does Voting open
 * at nine?" (review k6): a common noun the article capitalises only where it opens a sentence, kept
 * capitalised inside the stem. (A name is capitalised mid-sentence too somewhere, or is the
 * title's; only words with a common noun's ending are judged, so "Galway council" is no case.)
 */
export function openingCapitalInStem(
	c: Candidate,
	capitals: Capitals | undefined,
	title = ''
): string | undefined {
	if (!capitals) return undefined;
	const words = c.stem.split(/\s+/).map((raw) => raw.replace(/[^\p{L}'-]/gu, ''));
	const capital = (w = '') => /^\p{Lu}/u.test(w);
	for (const [i, word] of words.entries()) {
		if (i === 0 || !/^\p{Lu}\p{Ll}{2,}$/u.test(word) || !COMMON_ENDING.test(word)) continue;
		// "Queen Victoria", "Mount Vesuvius": a word of a longer name.
		if (capital(words[i + 1]) || (i > 1 && capital(words[i - 1])) || title.includes(word)) continue;
		if (capitals.opening.has(word) && !capitals.inside.has(word))
			return `"${word}" keeps the capital of its sentence's start`;
	}
	return undefined;
}

/**
 * stem-whole-pair: the value is not one half of an "and" pair: "The most common sizes are 20 feet
 * and 40 feet long" asked as "How many feet are the most common sizes and 40 feet long?".
 */
export function halfPairInStem(c: Candidate): string | undefined {
	const f = c.fact.frame;
	if (!f || f.slot !== 'object') return undefined;
	const m = /^(and|or|nor)\b/i.exec(f.after);
	return m ? `the value is cut from its "${m[1]}" pair` : undefined;
}

/** Base forms that end in "-ed" like a past tense. */
const BASE_IN_ED =
	/^(need|feed|proceed|succeed|exceed|shed|bleed|breed|speed|embed|wed|seed|heed|shred|weed|bed)$/i;

/** An auxiliary or modal that cannot follow the base verb after "did": a second finite verb. */
const FINITE_AUX = /^(will|would|can|could|shall|should|may|might|must|is|are|was|were|has|had)$/i;

/** Subject pronouns after a subject's first word: a clause inside it ("the grant we received"). */
const CLAUSE_IN_SUBJECT = /\s(we|you|he|she|they|it)\b/;

/**
 * stem-verb-form: after "did", "does" or "do" the verb is in its base form and no second verb
 * follows ("Why does Eurostar train will share …" of a plural read as a verb), and the subject holds
 * no clause of its own ("did the lottery grant we receive allowed …").
 */
export function verbFormInStem(c: Candidate): string | undefined {
	const f = c.fact.frame;
	if (!f) return undefined;
	if (CLAUSE_IN_SUBJECT.test(` ${f.subject}`.replace(/^\s\S+/, '')))
		return `the subject "${f.subject}" holds a clause`;
	if (!f.doSupport) return undefined;
	const verb = f.verbRest.split(/\s+/).at(-1) ?? '';
	if (/ed$/i.test(verb) && !BASE_IN_ED.test(verb))
		return `"${f.doSupport} … ${verb}" is not a base form`;
	const next = `${f.before} ${f.after}`.trim().split(/\s+/)[0] ?? '';
	return FINITE_AUX.test(next) ? `"${verb} ${next}": two finite verbs` : undefined;
}

/**
 * count-names-what: a "how many" stem names what it counts and whose: a name of the article
 * ("How many years did Wallace spend …?"), not "How many days did the process take?", "How many
 * techniques predominate?" or "How many copies were printed?" (of what?). Nor "other" things
 * ("How many other neighbours came up?": other than whom?). In review k3 every count stem without
 * a name was rejected or edited; a percentage names its whole ("of the market") and is exempt.
 */
export function countUnnamed(c: Candidate, title = ''): string | undefined {
	const f = c.fact.frame;
	if (c.kind !== 'how-many' || !f || f.percent) return undefined;
	if (/^other\b/i.test(f.unitNoun ?? '')) return `"other ${f.unitNoun}" than what?`;
	// A capital left from the sentence's start ("Our fleet") names nothing.
	const capitals = c.stem.match(/\s\p{Lu}[\p{L}'’-]*/gu) ?? [];
	const named = capitals.some((w) => !START_WORD.test(w.trim()));
	// "How many kilometers is the canal long?" in an article titled "The Panama Canal".
	const titled = title.toLowerCase().split(/[^\p{L}]+/u);
	const titleNames = [...c.stem.matchAll(/\bthe ([\p{L}-]+)/gu)].some(
		(m) => (m[1]?.length ?? 0) > 2 && titled.includes((m[1] ?? '').toLowerCase())
	);
	return named || titleNames ? undefined : 'the stem names nothing the count is of';
}

/**
 * stem-says-for-what: "Why is a fourth satellite needed?" (review k3: needed for what?). A stem
 * that ends on "needed" or "required" leaves out what the thing is needed for.
 */
export function neededForNothing(c: Candidate): string | undefined {
	const m = /\b(needed|required|necessary|essential)\?$/.exec(c.stem);
	return m ? `"${m[1]}" for what?` : undefined;
}

/** The kinds that ask for a time or a count of a clause's event: "In what year …?", "How many …?". */
const TIME_OR_COUNT: ReadonlySet<QuestionKind> = new Set(['when', 'how-many']);

/** Words of a description that name nothing on their own. */
const FILLER = /^(the|this|that|these|those|a|an|of|in|on|at|for|to|and|new|old|whole|first|last)$/;

/**
 * stem-owner-named: a "when" or "how many" stem names whose thing it asks about. Review k4 edited
 * or rejected "In what year were its remains rediscovered …?" (its = the observatory), "On what
 * day does the work start?", "In what year was the line found?", "did the pair move …" and "How
 * many days does the opening come before …?": a subject that opens on "its" or "their", or a
 * description ("the work") none of whose words the title or a name of the subject gives.
 */
export function ownerUnnamed(c: Candidate, title = ''): string | undefined {
	const f = c.fact.frame;
	if (!TIME_OR_COUNT.has(c.kind) || !f || f.slot !== 'object') return undefined;
	const subject = f.subject.trim();
	// "In what year did IBM originate …?": name-subject.ts put the name in for "the company".
	if (!c.stem.toLowerCase().includes(subject.toLowerCase())) return undefined;
	// "What percentage of Galway's income did the fishing industry account for?": a named owner.
	if (/\p{Lu}[\p{L}.-]*['’]s\b/u.test(c.stem)) return undefined;
	const owner = /^(its|their|his|her)\b/i.exec(subject);
	if (owner) return `"${subject}": ${owner[1]!.toLowerCase()} whose?`;
	if (!/^(the|this|that|these|those)\s/i.test(subject) || /\s\p{Lu}/u.test(subject))
		return undefined;
	const titled = new Set(wordsIn(title));
	const named = wordsIn(subject).some((w) => !FILLER.test(w) && titled.has(w));
	return named ? undefined : `"${subject}" is not named: which one?`;
}

/** The lower-case words of a text, without a plural's "s": "the Harbour Bridges" → the, harbour, bridge. */
const wordsIn = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter(Boolean)
		.map((w) => w.replace(/(?<=[^s])s$/, ''));

/** "there" of a place, not the "there" of "was there …" or "there were …". */
const THERE_OF_PLACE =
	/(?<!\b(is|are|was|were|be|been|has|have|had) )\bthere\b(?! (is|are|was|were|be|been|has|have|had|will|would)\b)/i;
/** A time told by the sentence before: "that year", "the same day", "the next morning". */
const TIME_BEFORE =
	/\b(that|the same|the following|the next|the previous) (year|day|month|week|morning|afternoon|evening|night|summer|winter|spring|autumn|season|time)\b/i;

/**
 * stem-no-there: "In what year did Meitner die there?" (review k4: "there" has no referent). A
 * "there", "here" or "then", or "that year", "the next morning", points to a place or a time of
 * the sentence before; "was there" and "there were" ask whether something is, and stay.
 */
export function thereInStem(c: Candidate): string | undefined {
	if (!TIME_OR_COUNT.has(c.kind)) return undefined;
	const plain = c.stem.replace(/"[^"]*"|“[^”]*”/g, '""');
	const pointing =
		/\b(here|then)\b/i.exec(plain) ?? THERE_OF_PLACE.exec(plain) ?? TIME_BEFORE.exec(plain);
	return pointing ? `"${pointing[0]}" points to a sentence the stem does not show` : undefined;
}

/**
 * Units a distance, a duration or a size is measured in; not "times" ("How many times is Neptune
 * the mass of Earth?" reads well enough).
 */
const MEASURE_UNIT =
	/^(seconds|minutes|hours|days|weeks|months|years|miles|kilometres|kilometers|km|metres|meters|centimetres|centimeters|millimetres|millimeters|feet|inches|yards|tonnes|tons|pounds|kilograms|kg|grams|litres|liters|acres|hectares|degrees)$/i;

/**
 * count-measure-form: "How many hours is Kotor by road from Dubrovnik?", "How many kilometres does
 * the city lie north-west of Santiago?", "How many kilometres is the canal long?", "How many days
 * does the opening come before …?" (reviews k3, k4: awkward). A measure asked of "is" or of where a thing lies reads as English only with "How far"
 * or "How long", which the count's value does not say for sure: such a stem is not asked.
 */
export function measureOfBe(c: Candidate): string | undefined {
	const f = c.fact.frame;
	if (c.kind !== 'how-many' || !f || f.percent || !MEASURE_UNIT.test(f.unitNoun ?? ''))
		return undefined;
	const be = /^(is|are|was|were)$/.test(f.aux) && !f.verbRest.trim();
	const lies = /^(lie|lies|lay|sit|sits|stand|stands)$/.test(f.verbRest.trim());
	// "How many days does the opening come before the start of the Games?" (review k4).
	const before =
		/^(come|fall)$/.test(f.verbRest.trim()) && /^(before|after)\b/.test(f.after || f.before);
	return be || lies || before
		? `"How many ${f.unitNoun}" of "${f.aux || f.verbRest}" is no measure question`
		: undefined;
}

/** The measure units of MEASURE_UNIT, as words of a stem. */
const MEASURE_WORDS = MEASURE_UNIT.source.replace(/^\^|\$$/g, '');

/**
 * "How many millimetres replace the chain …?" (review k7, P6-Q6): a measure does nothing, so a
 * measure the subject of a verb other than "be", "do", "have" or one of time passing ("How many
 * years passed …") asks of nothing.
 */
const MEASURE_AS_DOER = new RegExp(
	`^How many ${MEASURE_WORDS} (?!of\\b|(?:did|does|do|was|were|is|are|had|has|have|will|would|could|can|may|might|should|must|passed|pass|elapsed|separated?|separates|remained|remain|remains|went|lay|lie|lies|after|before|later|earlier|ago)\\b)\\p{Ll}+`,
	'iu'
);

/**
 * "How many years was the flight made after Lindbergh's arrival?" (review k7, P3-Q10): a span
 * between two moments reads as English only as "How many years after …": a passive clause with
 * its "after" behind it is garbled.
 */
const SPAN_AFTER_PASSIVE = new RegExp(
	`^How many ${MEASURE_WORDS} (?:was|were|is|are) [^?]+ (?:\\p{Ll}+ed|made|held|built|done|given|seen|taken|won|begun|written|flown) (?:after|before)\\b`,
	'iu'
);

/** count-stem-form: a measure that acts, a span asked in the wrong order. */
export function garbledCount(c: Candidate): string | undefined {
	if (c.kind !== 'how-many') return undefined;
	const m = MEASURE_AS_DOER.exec(c.stem) ?? SPAN_AFTER_PASSIVE.exec(c.stem);
	return m ? `"${m[0]}" is no well-formed count question` : undefined;
}

/**
 * "How many ships collided in the Narrows at about 8:45 a.m. The Imo's bow struck …?" (review k7,
 * P8-Q6): a clause cut past its sentence's end runs two sentences into one question.
 */
const SENTENCE_BREAK =
	/[.!]\s+(?:The|A|An|He|She|It|They|His|Her|Its|Their|This|These|Those|There|But|And|In|On|At|When|After|Then)\s/;

/** stem-one-sentence: a clause stem holds one sentence. */
export function twoSentences(c: Candidate): string | undefined {
	const m = SENTENCE_BREAK.exec(c.stem.replace(/"[^"]*"|“[^”]*”/g, '""'));
	return m ? `"${m[0].trim()}" runs a second sentence into the stem` : undefined;
}

/**
 * stem-stands-alone: "In what year was the institute founded partly in response?" (review k7): a
 * discourse word of the blanks' (gap-context-checks.ts) points to a sentence the stem never shows.
 */
export function leansOnAnother(c: Candidate): string | undefined {
	const m = DISCOURSE.exec(c.stem.replace(/"[^"]*"|“[^”]*”/g, '""'));
	return m ? `"${m[0]}" points to a sentence the stem does not show` : undefined;
}

/** What a stem check reads besides the candidate: the article's title. */
/**
 * A relative time word with nothing after it: "two weeks later" asked as "How many weeks did
 * Semmelweis die later?" (review k6, P7-Q4) or "How many weeks later did …?" says not later than
 * what. "after the war", "before his death" name their moment.
 */
const UNANCHORED =
	/\b(later|earlier|afterwards?|beforehand|previously|subsequently|after|before)(?=\s*[?,;]|\s+(did|does|do|was|were|is|are|had|has|have)\b)/i;

/** A relative word right after the asked value, with no moment after it: "two weeks later, …". */
const RELATIVE_AFTER_VALUE =
	/^(later|earlier|afterwards?|beforehand|previously|before|after)\b(?!\s+(the|a|an|his|her|its|their|this|that|\p{Lu}|\d))/iu;

/**
 * stem-anchor-named: a span or a moment counted from another names that other moment, in the stem
 * or, for a value the clause counts on from another ("two weeks later"), not at all.
 */
export function unanchoredInStem(c: Candidate): string | undefined {
	const m = UNANCHORED.exec(c.stem) ?? RELATIVE_AFTER_VALUE.exec(c.fact.frame?.after.trim() ?? '');
	return m ? `"${m[1]}" than what the stem does not say` : undefined;
}

type StemCheck = (c: Candidate, ctx: { title?: string; capitals?: Capitals }) => string | undefined;

/** Only a stem built from its clause takes a check. */
const ofClause =
	(check: (c: Candidate, title?: string) => string | undefined): StemCheck =>
	(c, ctx) =>
		clauseStem(c) ? check(c, ctx.title) : undefined;

/** The named stem checks, run by stages/5-validate.ts. */
export const STEM_CHECKS: Record<string, StemCheck> = {
	'stem-no-speaker': ofClause(speakerInStem),
	'stem-no-start-capital': ofClause(startCapitalInStem),
	'stem-no-opening-capital': (c, ctx) =>
		clauseStem(c) ? openingCapitalInStem(c, ctx.capitals, ctx.title) : undefined,
	'stem-whole-pair': ofClause(halfPairInStem),
	'stem-anchor-named': ofClause(unanchoredInStem),
	'stem-verb-form': ofClause(verbFormInStem),
	'count-names-what': ofClause(countUnnamed),
	'stem-says-for-what': ofClause(neededForNothing),
	'stem-owner-named': ofClause(ownerUnnamed),
	'stem-no-there': ofClause(thereInStem),
	'count-measure-form': ofClause(measureOfBe),
	'count-stem-form': ofClause(garbledCount),
	'stem-stands-alone': ofClause(leansOnAnother),
	// (A blank's sentence too: "… at about 8:45 a.m. The Imo's bow struck …" is two.)
	'stem-one-sentence': (c) => (clauseStem(c) || c.kind === 'gap' ? twoSentences(c) : undefined)
};
