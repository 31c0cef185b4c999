// What the words around a blank say of it: whether they cut the value out of a larger name or
// number, or let a reader fill it without the article (a list, a pair, an example, a context the
// article says of someone else).
import type { ValueType } from '../../types';
import { plainEdge, saidTimes, type SentenceIndex } from './ambiguity';
import { NAME_PARTICLES } from '../../lexicons';

/** A value to blank, as these checks read it. */
type Blanked = { text: string; type: ValueType };

const PARTICLES = NAME_PARTICLES.join('|');
const PARTICLE_BEFORE = new RegExp(`\\b(${PARTICLES})\\s+$`, 'i');
const PARTICLE_AFTER = new RegExp(`^\\s+(${PARTICLES})[-\\s]\\p{Lu}`, 'u');

/** A word of a name ("Ryzhkov", "al-Leithi"), and a name of up to four of them. */
const NAME_WORD = "(?:\\p{Ll}+-)?\\p{Lu}[\\p{L}'’-]*";
const LISTED_NAME = `(?:${NAME_WORD}\\s+){0,3}${NAME_WORD}`;
/** What follows a count that the sentence then lists: "… protégés, Yegor Ligachev and Nikolai Ryzhkov". */
const COUNT_THEN_LIST = new RegExp(
	`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+,?\\s+${LISTED_NAME}(?:,\\s+${LISTED_NAME})*,?\\s+and\\s+${NAME_WORD}`,
	'u'
);

/** Words that introduce an example: what follows is one of several. */
const EXAMPLE_BEFORE =
	/\b(e\.g\.|i\.e\.|for example|for instance|such as|including|like)[,:]?\s+$/i;

/** Whether the value is part of a larger name or number: blanked, it leaves that one cut open. */
export function cutFromLarger(v: Blanked, before: string, after: string): boolean {
	// "30 March 1856", "Hong Kong-based": a value glued to a number or word is part of a larger one,
	// and so is "429" of a batting average ".429" (review tune19).
	if (/((\d|[-/'’])\s*|\.)$/.test(before) || /^\s*(\d|[-/])/.test(after)) return true;
	// "von _____", "_____ proper": a name particle or a set phrase fills the blank by itself.
	if (PARTICLE_BEFORE.test(before) || /^\s+proper\b/.test(after)) return true;
	// "_____ al-Arab", "_____ bin Laden": a name particle after the blank leaves a name cut open.
	if (PARTICLE_AFTER.test(after)) return true;
	// "Section 5112", "Chapter 7": a number that is part of a name is a label to memorise.
	// "the Communications Act of _____": a year in a name is the name's, not the sentence's.
	// ("In _____, the club …": a preposition that opens the sentence is capitalised for that.)
	return (
		/^[\d,.]+$/.test(v.text) &&
		/\p{Lu}\p{L}*\s+(of\s+)?$/u.test(before) &&
		!/^(In|On|By|Since|From|Until|During|After|Before|Around|About|Between|Circa)\s+$/.test(before)
	);
}

/** Whether the words around the blank fill it, or narrow it to a guess, without the article. */
export function filledByContext(
	v: Blanked,
	before: string,
	after: string,
	article: SentenceIndex | undefined
): boolean {
	// "had _____ more boys, Izz al-Arab and al-Leithi": a count the stem then lists is counted, not
	// read (reviews tune21 and tune22).
	if (v.type === 'quantity' && COUNT_THEN_LIST.test(after)) return true;
	// "such as _____", "e.g., _____": one example of several is a guess among the rest, and the
	// article's other examples are right as well (2 of 17 used as is over reviews tune1 to tune19).
	if (EXAMPLE_BEFORE.test(before)) return true;
	// "featuring vocals from the late _____": of the names offered, the one the article says has
	// died (review tune24).
	if (/\bthe late\s+$/i.test(before)) return true;
	if (fitsElsewhere(article, before, after)) return true;
	// "32 of the _____ states": the whole beside its part is the number everyone knows or the
	// part's background; the sentence's point is the part.
	if (
		/(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))\s+of (the|its|their)\s+$/i.test(
			before
		)
	)
		return true;
	// "losing to _____ and Birmingham City", "between India and _____", "_____ and the Philippines":
	// half of a pair of names is a pair question, and a list's other names narrow the blank to
	// guesswork.
	// "In _____ and '86": a year paired with the next is half a pair too.
	return (
		/^\s*((and|or)\s+(the\s+)?|,\s+)\p{Lu}/u.test(after) ||
		/\p{Lu}[\p{L}.]*,?\s+(and|or)\s+$/u.test(before) ||
		/^\s*(and|or|to)\s+['’]?\d/.test(after) ||
		/\d\s+(and|or)\s+$/.test(before)
	);
}

/**
 * Whether another answer fits the blank too: its context is said a second time in the article
 * ("_____ had greater control of the ball" beside "Chile had higher control of the ball"), or, for
 * an option, the article says the option in the blank's context. Before the blank only the option
 * itself counts ("was built by" is said of many things).
 */
export function fitsElsewhere(
	article: SentenceIndex | undefined,
	before: string,
	after: string,
	option?: string
): boolean {
	if (!article) return false;
	const next = plainEdge(after, 3, 'first');
	if (option === undefined) return next.split(' ').length >= 3 && saidTimes(article, next, 2);
	const prev = plainEdge(before, 3, 'last');
	return (
		(next.split(' ').length >= 2 && saidTimes(article, `${option} ${next}`, 1)) ||
		(prev.split(' ').length >= 2 && saidTimes(article, `${prev} ${option}`, 1))
	);
}

/** Years an era the sentence names dates itself to: "during the Second World War" 1939 to 1945. */
const ERAS: readonly [RegExp, number, number][] = [
	[/\b(Second World War|World War II|World War Two|WWII)\b/, 1939, 1945],
	[/\b(First World War|World War I|World War One|Great War|WWI)\b(?! ?I)/, 1914, 1918],
	[/\b(American Civil War)\b/, 1861, 1865],
	[/\b(Napoleonic Wars)\b/, 1803, 1815],
	[/\b(Great Depression)\b/, 1929, 1939]
];
const ORDINAL_CENTURY: Record<string, number> = {
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	'twenty-first': 21
};

/** The span of years the sentence puts itself in ("during …", "in the 1960s"), if it names one. */
export function eraOf(sentence: string): [number, number] | undefined {
	const framed = /\b(during|in|throughout|amid) (the )?([^,.;]+)/gi;
	for (const m of sentence.matchAll(framed)) {
		const phrase = m[3] ?? '';
		for (const [era, from, to] of ERAS) if (era.test(phrase)) return [from, to];
		const decade = /^(1[5-9]\d|20\d)0s\b/.exec(phrase);
		if (decade) return [Number(decade[1]) * 10, Number(decade[1]) * 10 + 9];
		const century =
			/^(\d{2})(?:st|nd|rd|th) century\b/i.exec(phrase)?.[1] ??
			ORDINAL_CENTURY[/^([a-z-]+) century\b/i.exec(phrase)?.[1]?.toLowerCase() ?? ''];
		if (century) return [(Number(century) - 1) * 100, Number(century) * 100 - 1];
	}
	return undefined;
}
