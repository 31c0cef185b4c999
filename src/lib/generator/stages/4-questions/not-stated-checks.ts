// What a not-stated item (not-stated.ts) must be to be asked: the named checks of
// stages/5-validate.ts run these on it. Each returns why the item fails, or undefined.
import type { Candidate } from '../../types';
import { containsWords, escapeRegExp, wordsOf } from '../../well-formed';
import {
	articleNames,
	keyApartProblem,
	pluralOf,
	sentencesNaming,
	weightyWords
} from './not-stated-sets';
import { phraseFits } from './not-stated-statements';
import { placeApartProblem } from './not-stated-outsider';
import { DID_NOT_DO } from './not-stated-about';

/** What may follow a name inside a longer one: a particle or another capitalised word. */
const NAME_GOES_ON = /^ ((von|van|der|de|da|del|di|du|le|la|bin|ibn|al) |\p{Lu})/u;

/** The longest listed item, in words. */
const ITEM_MAX_WORDS = 4;

/**
 * Three wrong options, each a whole item of the sentence's list as written: no date or figure, no
 * cut word, at most four words, and a list of at least three.
 */
export function listCleanProblem(c: Candidate, text?: string): string | undefined {
	if (c.fact.kind === 'statement') return statementCleanProblem(c, text);
	const listed = (c.listed ?? []).map((l) => l.replace(/^the /i, ''));
	if (listed.length < 3) return 'the list has fewer than three items';
	for (const d of c.distractors) {
		if (!listed.includes(d)) return `"${d}" is not an item of the list`;
		if (!containsWords(c.source.sentence, d)) return `the sentence does not write "${d}"`;
		if (/\d/.test(d)) return `"${d}" is a date or a figure`;
		if (wordsOf(d).length > ITEM_MAX_WORDS) return `"${d}" is too long for an item`;
		// "rice" of "brown rice": an item the sentence writes inside a longer word run is cut.
		const at = c.source.sentence.indexOf(d);
		const around = c.source.sentence.slice(Math.max(0, at - 1), at + d.length + 1);
		if (/^[\p{L}-]|[\p{L}-]$/u.test(around.replace(d, ''))) return `"${d}" is cut from a word`;
		// "John" of "John von Neumann": a name the sentence runs on after is cut from a longer one.
		const next = c.source.sentence.slice(at + d.length);
		if (/^\p{Lu}/u.test(d) && NAME_GOES_ON.test(next)) return `"${d}" is cut from a name`;
	}
	return undefined;
}

/**
 * The key is no item of the list: not in the list's sentence, in any number or case, and where the
 * article names it elsewhere, in no sentence with a weighty word of the stem besides the set's noun
 * (a sentence that could list it among them: a second key).
 */
export function outsiderAbsentProblem(c: Candidate, text: string | undefined): string | undefined {
	if (c.listed?.some((l) => l.toLowerCase() === c.answer.toLowerCase()))
		return 'the key is an item of the list';
	const bare = c.answer.replace(/^the /i, '');
	const singular = bare.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
	const forms = [bare, singular];
	if (forms.some((form) => articleNames(c.source.sentence, form)))
		return `the list's sentence names "${c.answer}"`;
	if (!text) return undefined;
	for (const form of forms) {
		if (!articleNames(text, form)) continue;
		const problem = keyApartProblem(text, form, c.stem, c.fact.subject);
		if (problem) return problem;
	}
	return undefined;
}

/**
 * Four options of one form: the same case at their start, within a word of each other's length,
 * all plural or none (by their ending), the key not the longest by more than a word.
 */
export function sameFormProblem(c: Candidate): string | undefined {
	const options = [c.answer, ...c.distractors].map((o) => o.replace(/^the /i, ''));
	const capital = options.map((o) => /^\p{Lu}/u.test(o));
	if (new Set(capital).size > 1) return 'the options differ in case';
	const lengths = options.map((o) => wordsOf(o).length);
	const [key, ...others] = lengths as [number, ...number[]];
	if (key > Math.max(...others) || key < Math.min(...others))
		return 'the key is longer or shorter than every listed item';
	// Names ("Athens", "Hermes") and verb phrases ("makes a hormone") have no number to match.
	if (capital[0] || c.fact.kind === 'statement') return undefined;
	const plural = options.map((o) => /\p{Ll}s$/u.test(o) && !/(ss|us|is|ics)$/.test(o));
	const listedPlural = plural.slice(1).filter(Boolean).length;
	if (listedPlural >= 2 && !plural[0]) return 'the listed items are plural and the key is not';
	if (listedPlural === 0 && plural[0]) return 'the key is plural and the listed items are not';
	return undefined;
}

/**
 * A statement item's options (not-stated-statements.ts): three phrases the article writes, each
 * with its verb, short, with nothing that leans on its sentence, and the key none of them.
 */
export function statementCleanProblem(c: Candidate, text?: string): string | undefined {
	if (c.distractors.length < 3) return 'fewer than three things said of the subject';
	for (const d of [c.answer, ...c.distractors]) {
		if (!phraseFits(d)) return `"${d}" does not read as an option`;
		if (text && d !== c.answer && !containsWords(text, d))
			return `the article does not write "${d}"`;
	}
	if (c.distractors.some((d) => d.toLowerCase() === c.answer.toLowerCase()))
		return 'the key is one of the things said of the subject';
	return undefined;
}

/** The stem forms of a not-stated item, each naming what the list is of in its first group. */
const STEM_FORMS: readonly RegExp[] = [
	/^Which of these is NOT one of the (.+ the article says \S.*)\?$/,
	/^Which of these does the article NOT name as one of the (.+)\?$/,
	/^Which of these does the article NOT say (.+)\?$/,
	/^Which of these does the article NOT list among the (.+)\?$/,
	/^Which of these does the article NOT name among the (.+ (?:that|who) \S.*)\?$/,
	/^Which of these (.+) does the article NOT mention\?$/,
	DID_NOT_DO
];

/**
 * The stem asks which one the article does NOT list, in one of its forms, names the set or the
 * clause of the list in at least two plain words, and does not end on a copula ("… NOT say … were?").
 * It quotes no phrase the list follows: "Which of these vascular plants does the article NOT list
 * after "Harvests of"?" is no teacher's question (review k6, P5-Q5, P6-Q7, P4-Q14).
 */
export function setNamedProblem(c: Candidate): string | undefined {
	if (/ NOT list after "/.test(c.stem)) return 'the stem quotes the words before the list';
	const named = STEM_FORMS.map((f) => f.exec(c.stem)?.[1]).find(Boolean);
	if (!named) return 'the stem does not ask what is not stated';
	// "… NOT say the top countries for investment were?": a copula left at the end reads badly.
	const copula = / NOT say .* (is|are|was|were|include|includes|included)\?$/.exec(c.stem)?.[1];
	if (copula) return `the stem ends on "${copula}"`;
	// "Which of these birds does the article NOT mention?" names its set in one plain word.
	const mention = / NOT mention\?$/.test(c.stem) || DID_NOT_DO.test(c.stem);
	if (wordsOf(named).length < (mention ? 1 : 2)) return 'the stem does not name the set';
	return undefined;
}

/** The words a stem names its set by, up to three after "one of the", "among the". */
const STEM_SET = /\b(?:one of the|among the) ((?:[\p{L}-]+ ?){1,3})/u;

/** How many of the shown items a list that is a point of the article names again elsewhere. */
const POINT_RECURRING = 2;
/** A list of more items than this is a catalogue ("Maine, Iowa, Vermont, …"): recalling it is memory. */
const POINT_MAX_ITEMS = 6;

/**
 * Whether a list is a point of the article, not a list said in passing ("swimming, cycling and
 * even boxing" in a painter's life): no "and even" aside, no catalogue of more than six, and at
 * least two of the three shown items come back, as written, in another sentence of the article
 * ("science" inside "California Science Center" does not), or the set's noun is in its title.
 * Asked of a passing list, "Which does the article NOT mention?" is word-spotting (reviews k12 and
 * k13: all 9 such items rejected as trivia).
 */
export function listPointProblem(
	c: Candidate,
	text: string | undefined,
	title?: string
): string | undefined {
	if (c.fact.kind !== 'list' || !text) return undefined;
	const sentence = c.source.sentence;
	const listed = c.listed ?? [];
	const last = listed[listed.length - 1];
	if (last && new RegExp(`\\band even ${escapeRegExp(last)}`).test(sentence))
		return 'the list ends on an "and even" aside';
	if (listed.length > POINT_MAX_ITEMS) return `a catalogue of ${listed.length} items`;
	const recurring = c.distractors.filter((d) =>
		sentencesNaming(text, d).some(
			(s) => !sentence.includes(s.trim()) && !s.includes(sentence) && writesAsListed(s, d)
		)
	);
	if (recurring.length >= POINT_RECURRING) return undefined;
	// The set as the lexicon names it ("cereals") and as the stem does ("the crops the article says").
	const named = STEM_SET.exec(c.stem)?.[1] ?? '';
	const setWords = weightyWords(`${c.fact.subject.split(' ').pop() ?? ''} ${named}`);
	const titled = title && [...weightyWords(title)].some((w) => setWords.has(w));
	if (titled) return undefined;
	return `a list in passing: ${recurring.length} of its shown items come back elsewhere`;
}

/**
 * Whether `sentence` writes `item` in the case the list does ("science", not the "Science" of a
 * name), in the singular or the plural; a lower-case item may open the sentence capitalised.
 */
export function writesAsListed(sentence: string, item: string): boolean {
	const forms = [item, pluralOf(item)].map((f) => escapeRegExp(f));
	const word = `(${forms.join('|')})(?![\\p{L}-])`;
	if (new RegExp(`(?<![\\p{L}-])${word}`, 'u').test(sentence)) return true;
	const opening = item.charAt(0).toUpperCase() + item.slice(1);
	return /^\p{Ll}/u.test(item) && sentence.trim().startsWith(opening + ' ');
}

/**
 * The key shares the region or country the three shown places share ("Manila" among US cities is
 * picked unread: review k13); the generator already picks so (not-stated-outsider.ts).
 */
export function placeOddProblem(c: Candidate): string | undefined {
	if (c.fact.kind !== 'list') return undefined;
	return placeApartProblem(c.fact.subject, c.distractors, c.answer);
}
