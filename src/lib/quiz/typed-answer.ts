// Grading an answer the learner typed (issue 16): lenient where a teacher would be, never where it
// would accept another thing the article names. Pure: the question's key, the article's text and
// the names it must not take for the key come in; a verdict and the sentence that explains it go out.
import damerauLevenshtein from 'damerau-levenshtein';
import nlp from 'compromise';

export type TypedAnswerReason =
	| 'exact'
	| 'written-differently'
	| 'number'
	| 'date'
	| 'surname'
	| 'alias'
	| 'close-spelling'
	| 'another-answer'
	| 'wrong'
	| 'empty';

export interface TypedAnswerGrade {
	accepted: boolean;
	reason: TypedAnswerReason;
	/** One sentence for the learner: why it was taken, or what the answer is. */
	explanation: string;
}

export interface TypedAnswerQuestion {
	/** The key as the question shows it. */
	answer: string;
	/** The article's text: a surname counts only where the article also uses it alone. */
	articleText?: string;
	/** Other names the article uses for the key's thing ("UN" for "the United Nations"). */
	aliases?: readonly string[];
	/**
	 * Other things of the article the learner could mean instead: the question's wrong options and
	 * the article's other names of the key's kind. A typed answer that is one of them, or nearer to
	 * one of them than to the key, is never accepted.
	 */
	rivals?: readonly string[];
	/** The question's stem and sentence: a unit they name may come with a number ("21 days"). */
	context?: string;
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** Words that only say a figure is rough: "about 110" asks for 110. */
const HEDGE = /^(?:about|around|roughly|approximately|nearly|almost|some|an estimated|estimated) /;

/** Words that only frame an answer: "the Danube" is "Danube". */
const LEADING_ARTICLE = /^(the|a|an)\s+/;

/** Lower case, no accents, no punctuation but a number's own, one space between words. */
function plain(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[’']s\b/g, 's')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/%/g, ' percent ')
		.replace(/\bper\s+cent\b/g, 'percent')
		.replace(/[^\p{L}\p{N}.]+/gu, ' ')
		.replace(/\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(LEADING_ARTICLE, '');
}

/**
 * Number words as digits ("seven thousand" → "7000", "twenty-one" → "21"), by compromise; "second"
 * is kept from it, which reads "nine seconds" as nine halves.
 */
function withDigits(text: string): string {
	if (!/[a-z]/i.test(text)) return text;
	const doc = nlp(text.replace(/\bseconds?\b/g, (word) => `xq${word}`));
	doc.numbers().toNumber();
	return doc.text().replace(/\bxq(seconds?)\b/g, '$1');
}

/** The form two answers are compared in: plain, with number words as digits. */
export function comparable(text: string): string {
	return plain(withDigits(plain(text)).replace(/(\d),(?=\d{3}\b)/g, '$1'));
}

/**
 * A calendar date in any of the usual orders ("October 6, 1973", "6 October 1973", "6th Oct
 * 1973", "1973-10-06"), as "1973-10-06"; a month and year as "1973-10"; otherwise null.
 */
export function calendarDate(text: string): string | null {
	const t = plain(text).replace(/\b(\d{1,2})(st|nd|rd|th)\b/g, '$1');
	const iso = /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(t.replace(/-/g, ' '));
	if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
	const month = (word: string) => MONTHS.findIndex((m) => word.length >= 3 && m.startsWith(word));
	const words = t
		.replace(/\bof\b/g, ' ')
		.split(' ')
		.filter(Boolean);
	let day: number | undefined;
	let monthIndex = -1;
	let year: string | undefined;
	for (const word of words) {
		if (/^\d{4}$/.test(word) && !year) year = word;
		else if (/^\d{1,2}$/.test(word) && day === undefined) day = Number(word);
		else if (monthIndex < 0 && month(word) >= 0) monthIndex = month(word);
		else return null;
	}
	if (monthIndex < 0 || !year) return null;
	const mm = String(monthIndex + 1).padStart(2, '0');
	if (day === undefined) return `${year}-${mm}`;
	if (day < 1 || day > 31) return null;
	return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** How many edits a typed answer of the key's length may be off: none for short words. */
export function typosAllowed(key: string): number {
	const length = key.replace(/ /g, '').length;
	return length <= 3 ? 0 : length <= 8 ? 1 : 2;
}

const editDistance = (a: string, b: string) => damerauLevenshtein(a, b).steps;

/** The digits an answer holds: a year or a count is right or wrong, never "close". */
const digitsOf = (text: string) => text.match(/\d+(?:\.\d+)?/g)?.join(' ') ?? '';

/**
 * The key's surname when the key is a person's full name and the article also calls them by it
 * alone ("Hegseth" for "Pete Hegseth", where the article says "Hegseth said …").
 */
function surnameUsedAlone(answer: string, articleText: string | undefined): string | null {
	const names = answer.trim().split(/\s+/);
	if (!articleText || names.length < 2 || !names.every((n) => /^\p{Lu}/u.test(n))) return null;
	const surname = names[names.length - 1]!;
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const alone = new RegExp(`\\b${escape(surname)}\\b`, 'gu');
	const inFull = new RegExp(`\\b${names.map(escape).join('\\s+')}\\b`, 'gu');
	const all = articleText.match(alone)?.length ?? 0;
	const full = articleText.match(inFull)?.length ?? 0;
	return all > full ? surname : null;
}

/** Grades what the learner typed against the question's key. */
export function gradeTypedAnswer(typed: string, question: TypedAnswerQuestion): TypedAnswerGrade {
	const shown = question.answer.trim();
	const wrong = (reason: 'wrong' | 'another-answer' = 'wrong'): TypedAnswerGrade => ({
		accepted: false,
		reason,
		explanation:
			reason === 'another-answer'
				? `Not accepted: “${typed.trim()}” is another answer the article gives. The answer is “${shown}”.`
				: `Not accepted. The answer is “${shown}”.`
	});
	if (!plain(typed)) {
		return {
			accepted: false,
			reason: 'empty',
			explanation: `No answer. The answer is “${shown}”.`
		};
	}
	if (typed.trim() === shown) return { accepted: true, reason: 'exact', explanation: 'Correct.' };

	const key = comparable(shown);
	const given = comparable(typed);
	const rivals = (question.rivals ?? []).map(comparable).filter((rival) => rival && rival !== key);
	if (rivals.includes(given)) return wrong('another-answer');

	// Spaces aside too: "OBrien" is "O'Brien", "Saint Denis" is "SaintDenis".
	if (plain(typed).replace(/ /g, '') === plain(shown).replace(/ /g, '')) {
		return {
			accepted: true,
			reason: 'written-differently',
			explanation: `Accepted: the same answer as “${shown}”, written differently.`
		};
	}
	if (given === key) {
		return {
			accepted: true,
			reason: 'number',
			explanation: `Accepted: “${typed.trim()}” is the same number as “${shown}”.`
		};
	}

	// "110" for "about 110": a hedge on the key's figure is the article's, not the answer.
	const figure = key.replace(HEDGE, '');
	if (figure !== key && /^\d/.test(figure) && given.replace(HEDGE, '') === figure) {
		return {
			accepted: true,
			reason: 'number',
			explanation: `Accepted: “${typed.trim()}” is the figure in “${shown}”.`
		};
	}
	// "21 days" for "21": the same number with a unit the question itself names.
	if (/^\d[\d.]*$/.test(key) && given.startsWith(`${key} `)) {
		const named = new Set(plain(question.context ?? '').split(' '));
		const unit = given.slice(key.length + 1).split(' ');
		if (unit.every((word) => named.has(word) || named.has(word.replace(/s$/, '')))) {
			return {
				accepted: true,
				reason: 'number',
				explanation: `Accepted: “${typed.trim()}” is “${shown}”.`
			};
		}
	}

	const keyDate = calendarDate(shown);
	if (keyDate && calendarDate(typed) === keyDate) {
		return {
			accepted: true,
			reason: 'date',
			explanation: `Accepted: the same date as “${shown}”.`
		};
	}

	const surname = surnameUsedAlone(shown, question.articleText);
	if (surname && given === comparable(surname)) {
		return {
			accepted: true,
			reason: 'surname',
			explanation: `Accepted: the article also calls ${shown} “${surname}”.`
		};
	}

	const alias = (question.aliases ?? []).find((a) => comparable(a) === given);
	if (alias) {
		return {
			accepted: true,
			reason: 'alias',
			explanation: `Accepted: the article also calls ${shown} “${alias.trim()}”.`
		};
	}

	// A close spelling of the key (or of the surname the article uses alone): the digits must match
	// exactly, and no rival may be as near.
	const targets: [string, string][] = [[key, shown]];
	if (surname) targets.push([comparable(surname), surname]);
	for (const [target, spelled] of targets) {
		if (digitsOf(given) !== digitsOf(target)) continue;
		const distance = editDistance(given, target);
		if (distance === 0 || distance > typosAllowed(target)) continue;
		if (rivals.some((rival) => editDistance(given, rival) <= distance)) return wrong();
		return {
			accepted: true,
			reason: 'close-spelling',
			explanation: `Accepted: close spelling of “${spelled}”.`
		};
	}
	return wrong();
}

const LINKING_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', '&']);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The other names the article gives the key's thing: a short form it puts in brackets after the
 * full name ("the United Nations (UN)"), the full name a short form stands for, and the initials of
 * a name of several words where the article uses them ("NASA").
 */
export function articleAliases(answer: string, articleText: string): string[] {
	const key = answer.trim().replace(/^the\s+/i, '');
	if (!key) return [];
	const found = new Set<string>();
	const name = escapeRegExp(key);
	// "… the United Nations (UN)": the bracket after the key names it again.
	for (const match of articleText.matchAll(new RegExp(`\\b${name}\\s+\\(([^()]{1,40})\\)`, 'gu')))
		found.add(match[1]!.trim());
	// "… National Aeronautics and Space Administration (NASA)": the name before the short form.
	for (const match of articleText.matchAll(
		new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|and|the|for|&)\\s+)*)+)\\(${name}\\)`, 'gu')
	))
		found.add(match[1]!.trim().replace(/^the\s+/i, ''));
	const words = key.split(/\s+/).filter((w) => !LINKING_WORDS.has(w.toLowerCase()));
	if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) {
		const initials = words.map((w) => w[0]).join('');
		if (new RegExp(`\\b${initials}\\b`, 'u').test(articleText)) found.add(initials);
	}
	found.delete(key);
	return [...found];
}
