// What makes an item broken rather than weak, as the shared quality checks define it
// (../shared/tools/quality.mjs, found by blind reviewers): a bracket or quote left open, a name or
// title cut out of a longer one, a date that cannot exist. Pure predicates, used by the validator
// (stages/5-validate.ts) to refuse such items and by the stages that can avoid making them.
import type { Fact } from './types';

/** Lower-cased words, as quality checks compare them. */
export const wordsOf = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}'%$.-]+/gu, ' ')
		.replace(/(^|\s)[.'-]+|[.'-]+(\s|$)/g, ' ')
		.split(' ')
		.filter(Boolean);

/** Whether `needle`'s words appear contiguously in `hay`. */
export function containsWords(hay: string, needle: string): boolean {
	const n = spacedWords(needle);
	return n.length > 2 && spacedWords(hay).includes(n);
}

/**
 * " word word " of a text, remembered: the checks ask of the same sentences and options thousands
 * of times an article. A bounded cache of a pure function keeps the generator deterministic.
 */
const spaced = new Map<string, string>();
function spacedWords(text: string): string {
	let hit = spaced.get(text);
	if (hit === undefined) {
		if (spaced.size > 4_000) spaced.clear();
		hit = ` ${wordsOf(text).join(' ')} `;
		spaced.set(text, hit);
	}
	return hit;
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** `text` as a RegExp source that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many round brackets `text` leaves open: "(" less ")". */
export const openBrackets = (text: string) => count(text, /\(/g) - count(text, /\)/g);

/**
 * Whether the key is the option that shares most words with the others, by a clear margin: "May
 * 23, 1853" beside "May 14, 1853" and "April 23, 1853" is the one each was made from (the shared
 * checker's convergence cue). Options of one word never converge.
 */
export function convergesOnKey(options: readonly string[], key: number): boolean {
	const sets = options.map((o) => new Set(wordsOf(o)));
	if (sets.length !== 4 || sets.some((t) => t.size < 2)) return false;
	const score = sets.map((t, i) =>
		sets.reduce(
			(sum, u, j) =>
				i === j ? sum : sum + [...t].filter((w) => u.has(w)).length / Math.max(t.size, u.size),
			0
		)
	);
	const best = Math.max(...score);
	const others = Math.max(...score.filter((_, i) => i !== key));
	return score[key] === best && best - others > 0.34;
}

/** Whether a text leaves a bracket or quote open: "(JSC", "Farrokh \"Freddie". */
export function unbalanced(text: string): boolean {
	if (count(text, /\(/g) !== count(text, /\)/g) || count(text, /\[/g) !== count(text, /\]/g))
		return true;
	if (count(text, /\u201C/g) !== count(text, /\u201D/g)) return true;
	return count(text, /"/g) % 2 === 1;
}

/** Words that may stand before a name without being part of it: sentence openers and titles. */
const BEFORE_NAME = new Set(
	(
		'on in at by for the a an of during since from after before until when while and but or as ' +
		'with to under former late then now also its his her their our u.s. us uk queen king ' +
		'president senator general dr mr mrs ms sir lord lady prince princess pope saint st captain ' +
		'colonel admiral professor mathematician architect justice judge governor mayor minister ' +
		'secretary chancellor emperor empress democratic republican conservative labour liberal ' +
		'adviser advisor leader spokesman spokeswoman spokesperson chairman chairwoman chair ' +
		'director ambassador commissioner coach manager'
	).split(' ')
);

/** Titles of two words: asking for one of them cuts the title ("General" of "Attorney General"). */
const COMPOUND_TITLES =
	/^(attorney general|solicitor general|surgeon general|secretary general|inspector general|governor general|lieutenant general|major general|brigadier general|rear admiral|vice admiral|chief justice|chief executive|chief minister|prime minister|vice president|deputy prime|lord chancellor|grand duke|crown prince|first lady|field marshal|lieutenant colonel|lieutenant governor|speaker of)$/i;

/** The capitalised word right before a name ("Governor of Washington Chris Gregoire" → "Washington"). */
const PREV_WORD = /(\p{Lu}[\p{L}'.-]*)\s$/u;
/** The capitalised word before a name particle ("Roger de La Fresnaye" → "Roger"). */
const PREV_BEFORE_PARTICLE =
	/(\p{Lu}[\p{L}'.-]*)\s(?:de|du|da|van|von|der|den|di|del|le|la|bin|ibn|al)\s$/u;
/** The capitalised word that carries a name on ("Kim Jong Un", "Leonardo da Vinci", "Jean-Paul"). */
const NEXT_WORD =
	/^(?:\s(?:de|du|da|van|von|bin|al|la|le)?\s?(\p{Lu}[\p{L}'.-]*)|-(\p{Lu}?\p{L}+))/u;

export interface NameCut {
	/** The capitalised word just before the occurrence, if any. */
	prev?: string;
	/** The capitalised word (or hyphenated part) the occurrence runs on into, if any. */
	next?: string;
	/** Set when a name particle joins it to the word before ("Roger de La Fresnaye"). */
	afterParticle?: boolean;
}

/** How far back the word before a name is looked for in a long text (a word is shorter). */
const REACH = 100;

/**
 * Where a capitalised name occurs in a text as whole words, with its capitalised neighbours:
 * the material for telling a whole name from a piece of a longer one. In a whole article, a
 * neighbour on another line (a heading's last word) is no neighbour.
 */
export function nameOccurrences(text: string, name: string, article = false): NameCut[] {
	const a = name.trim();
	if (!/^\p{Lu}/u.test(a) || !text.includes(a)) return [];
	const out: NameCut[] = [];
	for (const at of wholeWordsAt(text, a)) {
		let before = text.slice(article ? Math.max(0, at - REACH) : 0, at);
		let after = text.slice(at + a.length, article ? at + a.length + REACH : undefined);
		if (article) {
			before = before.slice(before.lastIndexOf('\n') + 1);
			after = after.split('\n', 1)[0] ?? '';
		}
		const particle = PREV_BEFORE_PARTICLE.exec(before)?.[1];
		const prev = PREV_WORD.exec(before)?.[1] ?? particle;
		const n = NEXT_WORD.exec(after);
		const next = n ? n[1] || n[2] : undefined;
		out.push({
			...(prev ? { prev } : {}),
			...(next ? { next } : {}),
			...(particle ? { afterParticle: true } : {})
		});
	}
	return out;
}

const LETTER = /\p{L}/u;
/**
 * Where a name stands as whole words (no letter on either side), as the shared checker's
 * `(^|[^\p{L}])name(?=$|[^\p{L}])` finds it, by plain search: fast on a whole article too.
 */
function* wholeWordsAt(text: string, a: string): Generator<number> {
	for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
		const end = at + a.length;
		if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(end))) {
			yield at;
			at = end - 1;
		}
	}
}

/** Whether a title with its neighbour is one title of two words ("Attorney" + "General"). */
const inCompoundTitle = (title: string, { prev, next }: NameCut) =>
	(!!prev && COMPOUND_TITLES.test(`${prev} ${title}`)) ||
	(!!next && COMPOUND_TITLES.test(`${title} ${next}`));

/**
 * Whether an answer is only ever a piece of a longer name or title in its sentence: "Kim Jong" of
 * "Kim Jong Un", "Mohamed" after "Yesterday", "General" of "Attorney General" (for a role). A
 * name is whole when any occurrence stands alone, or after a title or sentence opener.
 */
export function cutFromLongerName(sentence: string, answer: string, role: boolean): boolean {
	const found = nameOccurrences(sentence, answer);
	const cut = (o: NameCut) =>
		role
			? inCompoundTitle(answer.trim(), o)
			: (!!o.prev && !BEFORE_NAME.has(o.prev.toLowerCase())) || !!o.next;
	return found.length > 0 && found.every(cut);
}

/** How a wrong option is judged against the article's names: as a title, or as a person's name. */
export interface OptionKind {
	role: boolean;
	person: boolean;
}

/**
 * Whether a wrong option is only ever a piece of a longer name or title in the article: "Kim
 * Jong" where the article says "Kim Jong Un", "Lawrence Livermore" where it says "Lawrence
 * Livermore National Laboratory", "Chief" where it says "Chief Justice" (for a role). Only a name
 * running on counts: a title before a name is no part of it, and one word of a person's name
 * ("Tom" of "Tom Molomby" beside "Gloria") is that person's short form, not a piece.
 */
export function fragmentOfArticleName(text: string, option: string, kind: OptionKind): boolean {
	const o = option.trim();
	if (kind.person && !o.includes(' ')) return false;
	const found = nameOccurrences(text, o, true);
	const cut = (at: NameCut) =>
		kind.role
			? inCompoundTitle(o, at)
			: !!at.next || !!at.afterParticle || (!!at.prev && NAME_OPENER.test(at.prev));
	return found.length > 0 && found.every(cut);
}

/** Words that open a name and are never a title before it: "Louis Cardinals" of "St. Louis Cardinals". */
const NAME_OPENER = /^(St\.?|Ste\.?|Saint|San|Santa|Los|Las|Fort|Port|Mount|Lake|New|Great)$/;

/**
 * How a fact's wrong options are judged against the article's names: names of people and bodies,
 * and titles; undefined for places, dates, figures and terms ("Sydney" of "the Sydney Olympics"
 * is still a city).
 */
export function optionKind(fact: Pick<Fact, 'kind' | 'value'>): OptionKind | undefined {
	const type = fact.value.type;
	if (type !== 'person' && type !== 'organisation' && type !== 'title') return undefined;
	return { role: fact.kind === 'role' || type === 'title', person: type === 'person' };
}

/** `fragmentOfArticleName` for one article, each option judged once (options recur a lot). */
export function fragmentJudge(text: string): (option: string, kind: OptionKind) => boolean {
	const seen = new Map<string, boolean>();
	return (option, kind) => {
		const key = `${kind.role ? 'r' : ''}${kind.person ? 'p' : ''}|${option}`;
		let hit = seen.get(key);
		if (hit === undefined) {
			hit = fragmentOfArticleName(text, option, kind);
			seen.set(key, hit);
		}
		return hit;
	};
}

const MONTH_DAYS: Record<string, number> = {
	january: 31,
	february: 29,
	march: 31,
	april: 30,
	may: 31,
	june: 30,
	july: 31,
	august: 31,
	september: 30,
	october: 31,
	november: 30,
	december: 31
};
const MONTH = Object.keys(MONTH_DAYS).join('|');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH})\\b|\\b(${MONTH})\\s+(\\d{1,2})\\b`, 'g');

/**
 * Four-digit figures a reader takes for years (not part of "15,336" or "2500.5"); an option with
 * a thousands separator anywhere is read as a quantity throughout.
 */
export function yearsIn(text: string): number[] {
	if (/\d,\d{3}/.test(text)) return [];
	return [...text.matchAll(/\b(1\d{3}|2\d{3}|[3-9]\d{3})\b(?![,.]?\d)/g)].map((m) => Number(m[1]));
}

/** The latest year an option may name: later ones read as impossible dates ("in 3558"). */
export const LATEST_YEAR = 2100;

/**
 * Whether a text names a date that cannot exist: "31 June", "February 30", "29 February 1954", a
 * year after 2100.
 */
export function impossibleDate(text: string): boolean {
	const year = yearsIn(text)[0];
	for (const m of text.toLowerCase().matchAll(DAY_MONTH)) {
		const day = Number(m[1] ?? m[4]);
		const month = m[2] ?? m[3] ?? '';
		const days = year ? daysInMonthOf(month, year) : daysInMonth(month);
		if (day < 1 || day > days) return true;
	}
	return yearsIn(text).some((y) => y > LATEST_YEAR);
}

/** Days in a month by its English name (February as 29: a date that can exist in some year). */
export const daysInMonth = (month: string) => MONTH_DAYS[month.toLowerCase()] ?? 31;

/** Days in a month of a given year: February has 29 only in a leap year. */
export const daysInMonthOf = (month: string, year: number) =>
	month.toLowerCase() === 'february' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
		? 28
		: daysInMonth(month);

/**
 * The years a text names, read as the shared checker reads an article's (any figure from 1000 to
 * 2099), each once; an option's years are read by `yearsIn`, as the checker reads options.
 */
export const yearsNamed = (text: string) => [
	...new Set([...text.matchAll(/\b(1\d{3}|20\d{2})\b/g)].map((m) => Number(m[1])))
];

/** What the article says, as the checks of its options need it: its words and its years. */
export interface ArticleVocabulary {
	words: ReadonlySet<string>;
	/** Words the article writes with a capital, as written. */
	names: ReadonlySet<string>;
	years: readonly number[];
}

/** The article's words (as `wordsOf` splits them) and the years it names, worked out once. */
export function articleVocabulary(text: string): ArticleVocabulary {
	const words = new Set(wordsOf(text));
	const names = new Set(text.match(/\p{Lu}\p{L}+/gu) ?? []);
	return { words, names, years: yearsNamed(text) };
}

/**
 * "Addis Ababa" beside "Liverpool" in an article that never says "Addis" or "Ababa": a name of two
 * words or more, none of which the article uses, comes from outside it and stands out.
 */
export function foreignName(option: string, article: ArticleVocabulary): boolean {
	const own = wordsOf(option);
	return /^\p{Lu}/u.test(option) && own.length >= 2 && own.every((w) => !article.words.has(w));
}

/**
 * Whether an option names something the article never does: a capitalised word of it the article
 * never writes with a capital ("Zealand" of "New Zealand" in an article on the Blitz).
 */
export const unnamedByArticle = (option: string, article: ArticleVocabulary) =>
	(option.match(/\p{Lu}\p{L}+/gu) ?? []).some((w) => !article.names.has(w));

/** A year more than a century from every year the article names: outside its time span. */
export function yearFarOff(option: string, article: ArticleVocabulary): boolean {
	if (article.years.length === 0) return false;
	return yearsIn(option).some((y) => article.years.every((a) => Math.abs(a - y) > 100));
}

/**
 * Whether an option names a year after every year the article names: "2017" for an article whose
 * latest year is 2014 is a year it could not have reported (review tune18), picked out unread.
 */
export function yearAfterArticle(option: string, article: ArticleVocabulary): boolean {
	if (article.years.length === 0) return false;
	const latest = Math.max(...article.years);
	return yearsIn(option).some((y) => y > latest);
}

/** A finished question, whoever wrote it: the generator, or an author on the questions page. */
export interface WrittenQuestion {
	/** `statement` items answer with a whole sentence, which the stem cannot hold anyway. */
	kind?: string;
	stem: string;
	answer: string;
	distractors: readonly string[];
}

/**
 * The first two options (positions among answer then distractors) that are the same words, or one
 * of which holds the other whole ("Paris" and "Paris, France": a reader picks the longer).
 */
export function overlappingOptions(
	options: readonly string[]
): { first: number; second: number; same: boolean } | undefined {
	const all = options.map((o) => wordsOf(o).join(' '));
	for (let second = 0; second < all.length; second++)
		for (let first = 0; first < second; first++)
			if (all[first] === all[second]) return { first, second, same: true };
	for (let a = 0; a < all.length; a++)
		for (let b = 0; b < all.length; b++)
			if (all[a] !== all[b] && ` ${all[b]} `.includes(` ${all[a]} `))
				return { first: Math.min(a, b), second: Math.max(a, b), same: false };
	return undefined;
}

/**
 * The checks any finished question must pass, the generator's and an author's alike
 * (stages/5-validate.ts runs them among its own; the curation forms run them on what an author wrote).
 */
export const WRITTEN_CHECKS = {
	'three-distractors': (q: WrittenQuestion) =>
		q.distractors.length === 3 ? undefined : 'too few distractors of the answer type',
	'answer-not-in-stem': (q: WrittenQuestion) =>
		q.kind !== 'statement' && containsWords(q.stem, q.answer)
			? 'stem contains the answer'
			: undefined,
	'distinct-options': (q: WrittenQuestion) => {
		const overlap = overlappingOptions([q.answer, ...q.distractors]);
		return overlap
			? overlap.same
				? 'duplicate options'
				: 'an option contains another'
			: undefined;
	}
} satisfies Record<string, (q: WrittenQuestion) => string | undefined>;
