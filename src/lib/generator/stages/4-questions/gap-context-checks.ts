// The named checks of a fill-in-the-blank item whose sentence, lifted out of the article, leans on
// what it never names (review k5's most common fault after trivia): "The rescue itself began …",
// "The fourth, _____, …", "That is roughly …", "… argued that it was liquid", "born … last year";
// and two cues that give the key away: a count the sentence lists, a count anyone knows.
import type { Candidate } from '../../types';
import { BLANK, GAP_PROMPT } from './gaps';
import nlp from 'compromise';
import { MONTHS } from '../../lexicons';

type Check = (c: Candidate, ctx: { title?: string; lead?: string }) => string | undefined;

const isGap = (c: Candidate) => c.kind === 'gap';
const shown = (c: Candidate) => c.stem.slice(GAP_PROMPT.length).trim();

/** What a verb after a subject looks like: an auxiliary, a common past tense or a "-ed" form. */
const VERB =
	'(?:is|was|are|were|has|had|have|began|begins|came|comes|went|became|could|would|will|can|may|might|must|should|did|does|lay|lies|sat|stood|took|made|ran|grew|fell|rose|left|met|won|lost|saw|led|held|fought|gave|kept|\\p{Ll}+ed)\\b';

/** Words that link a noun to more ("of", "as"): a subject holding one says more than its head. */
const LINK = '(?:of|in|on|at|for|to|with|from|by|as|and|or)';

/**
 * A sentence opening on a definite common-noun subject and its verb: "The voyage is shortened",
 * "The most striking moment came", "The rescue itself began", "The results, announced …". A head
 * followed by "of" ("The cost of the bridge"), a long description ("The seven-sided fifty pence
 * coin") or an apposition ("The triode, a vacuum tube, …") says what it is and does not match.
 */
const DEFINITE_SUBJECT = new RegExp(
	`^The (?:(?!${LINK}\\b)[\\p{Ll}-]+ ){0,2}?([\\p{Ll}-]+)(?: itself| themselves)?(?=,(?! an? )| ${VERB})`,
	'u'
);

/** Capitalised words that name nothing the sentence is about: a month, a day, the Earth. */
const NAMES_NOTHING = new RegExp(
	`^(?:${MONTHS.join('|')}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Earth|Sun|Moon|I)$`
);

/** Whether the sentence past its first word names anyone or anything: a capitalised word. */
function namesSomething(sentence: string): boolean {
	return sentence
		.split(/\s+/)
		.slice(1)
		.map((w) => w.replace(/^[("'“‘]+|[.,;:!?)"'”’]+$/g, ''))
		.some((w) => /^\p{Lu}/u.test(w) && !NAMES_NOTHING.test(w) && !w.includes(BLANK));
}

/** "The fourth, _____, …", "The second is _____", "The youngest of the men, _____,": one of whom? */
const ORDINAL_SUBJECT =
	/^The (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other|latter|former|youngest|oldest|eldest)(?:,| (?:is|was|are|were)\b| of the \p{Ll}+,)/u;

/** "Construction began in _____": an action with no "of" never says what was built or made. */
const BARE_ACTION =
	/^(Construction|Work|Building|Excavation|Restoration|Renovation|Production|Filming|Recording|Development|Fighting|Voting|Trading)(?: work)? (?:began|begins|started|starts|finished|ended|resumed|stopped|was|had|has)\b/;

/**
 * An event or a trouble the sentence names nowhere, anywhere in it: "a major report on the event",
 * "The trouble began". "The event in Paris" or "the crisis of 1929" says which.
 */
const UNNAMED_EVENT =
	/\b[Tt]he (event|events|incident|accident|trouble|disaster|catastrophe|tragedy|crisis|emergency|rescue|experiment|results?|findings)\b(?! (?:of|at|in|on|that|which|to)\b)/;

/**
 * What points outside the sentence: "That is roughly …" (what is?), "… born on _____ last year"
 * (which year?), "… set up in _____ as a direct result" (of what?), "Inside are …" (inside what?),
 * "A second species …" (after which first?), "how to make it keep …" (what is it?).
 */
const POINTS_OUTSIDE =
	/^(?:That|This) (?:is|was|means|meant)\b|^(?:Inside|Outside|Beneath|Below|Above|Nearby) (?:is|are|was|were|lies|lay|stands|stood)\b|^A (?:second|third|fourth|fifth)\b|\b(?:last|next) (?:year|month|week|spring|summer|autumn|winter)\b|\b(?:yesterday|tomorrow)\b|\bas a (?:direct )?(?:result|consequence)\b(?! of\b)|\bhow to \p{Ll}+ it\b/u;
/**
 * Discourse words that answer a sentence the reader is not shown (review k7): "In 1977, however,
 * …", "it too was being killed", "went to officer training in _____ anyway", "that makes a real
 * difference", "Further along, …", "Above that, …", "of comparable strength", "In gratitude, …"
 * (for what?), "founded … partly in response". "however much", "instead of the mill", "similar to",
 * "in return for" say it.
 */
export const DISCOURSE = new RegExp(
	[
		String.raw`\b[Hh]owever\b(?! (?:much|many|long|far|hard|small|large|often|little)\b)`,
		String.raw`\b(?:it|they|he|she|we|this|that|these|those) too\b|, too\b|\btoo[.!?]?$`,
		String.raw`\b(?:[Aa]nyway|[Nn]evertheless|[Nn]onetheless|[Rr]egardless)\b(?! of\b)`,
		String.raw`\b[Ii]nstead\b(?! of\b)`,
		String.raw`(?:^|, )(?:[Tt]hat|[Tt]his) (?:makes?|made|means?|meant|matters?|mattered|helps?|helped|changes?|changed|explains?|explained|shows?|showed)\b`,
		String.raw`^(?:Further|Farther) (?:along|on|up|down|back|in|out|north|south|east|west)\b`,
		String.raw`\b(?:[Aa]bove|[Bb]elow|[Bb]eyond|[Bb]ehind|[Bb]eneath|[Bb]esides|[Dd]espite|[Uu]nlike|[Ii]n addition to|[Aa]part from) (?:that|this|these|those)(?=[,.;]|$)`,
		String.raw`\bof (?:comparable|similar|equal|like) \p{Ll}+\b(?! (?:to|as|with)\b)`,
		String.raw`\b[Ii]n (?:gratitude|return|response|reply|retaliation|exchange|protest|contrast|comparison)\b(?! (?:for|to|against|with)\b)`
	].join('|'),
	'u'
);
/** "… argued in 1926 that it was liquid": "it" as the subject of what someone said or showed. */
const REPORTED_IT =
	/\b(?:argued|said|claimed|showed|proved|believed|thought|suggested|concluded|insisted|predicted|knew)(?: [^,.]{1,20})? that it\b/u;
/** A noun phrase inside the sentence (not its subject) that an "it" can stand for: "the new wheel". */
const INNER_NOUN = /\s(?:the|a|an|its) (?:[\p{Ll}-]+ ){0,2}?[\p{Ll}-]+\b/u;

/** What in the sentence points outside it. */
function pointsOutside(sentence: string): string | undefined {
	const found = POINTS_OUTSIDE.exec(sentence) ?? DISCOURSE.exec(sentence);
	if (found) return found[0];
	const reported = REPORTED_IT.exec(sentence);
	return reported && !INNER_NOUN.test(sentence.slice(0, reported.index)) ? reported[0] : undefined;
}

/** Number words a count blank is written in. */
const COUNT_WORDS = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const countOf = (answer: string) => {
	const n = /^\d$/.test(answer.trim()) ? Number(answer) : COUNT_WORDS.indexOf(answer.trim());
	return n >= 2 ? n : undefined;
};

/**
 * How many items the sentence lists after the blank: "The _____ things to avoid are heat, sudden
 * changes in temperature and agitation" lists three.
 */
function itemsListedAfter(sentence: string): number {
	const after = sentence.slice(sentence.indexOf(BLANK) + BLANK.length);
	const list = /\b(?:are|were|include|included|namely)\s+(.+?)[.!?]?$|:\s*(.+?)[.!?]?$/.exec(after);
	const text = list?.[1] ?? list?.[2];
	if (!text || !/\b(and|or)\b/.test(text)) return 0;
	return text.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((s) => s.trim()).length;
}

/** A count every reader knows: "with _____ fingers", "on _____ legs", "_____ world wars". */
const KNOWN_COUNT = new RegExp(
	`${BLANK} (fingers|hands|arms|legs|feet|eyes|ears|thumbs|wings|wheels|sides|world wars)\\b`
);

/**
 * Whether the title names `head` or the lead tells of it as the story's event: "the eruption" in a
 * story whose lead says the mountain erupted. A lead that only uses the noun ("The entire
 * population lives on …" of the kakapo) never tells which one a stem's "The population" is
 * (review k7, P5-Q7).
 */
function ownSubject(head: string, ctx: { title?: string; lead?: string }): boolean {
	// ("The eruption" of a story titled "… Erupts": the word's stem, as long as it stays a word.)
	const word = head.toLowerCase();
	const cut = word.replace(/(ions?|ings?|ed|es|s)$/, '');
	const stem = cut.length >= 5 ? cut : word.replace(/s$/, '');
	if (new RegExp(`\\b${stem}`, 'i').test(ctx.title ?? '')) return true;
	return cut !== word && new RegExp(`\\b${cut}e?(?:d|s)\\b`, 'i').test(ctx.lead ?? '');
}

/**
 * "patented a design in _____" (review k7, P7-Q12): a design, a device or a method made or named
 * with no "for" or "of" never says of what.
 */
const UNNAMED_OBJECT =
	/\b(?:patented|designed|invented|devised|developed|introduced|proposed|built|demonstrated) (?:a|an) (?:(?:new|similar|different|improved|better|simple|practical) )?(?:design|device|method|process|machine|version|model|system|mechanism|technique|improvement|type|instrument|apparatus)\b(?! (?:of|for|to|that|which|called|known|named|using|with)\b)/u;

/**
 * "made _____ coffees …, and put one black and one with milk on the table" (review k7, P5-Q10):
 * items the sentence counts out after the blank, one by one.
 */
function itemsCountedOut(sentence: string): number {
	const after = sentence.slice(sentence.indexOf(BLANK) + BLANK.length);
	// The chain ends at its last "one": "… one with yellow seeds and one with green, all the
	// offspring resembled one parent" counts two (review k9, P2-Q8).
	const chain = /\bone\b(?:[^,.;]*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:one|the other)\b)+/.exec(after);
	if (!chain) return 0;
	const ones = chain[0].match(/\bone\b/g)?.length ?? 0;
	return ones + (/\bthe other\b/.test(chain[0]) ? 1 : 0);
}

/**
 * "from the taller of the church's _____ towers" (review k9, P4-Q12): a comparative of two ("the
 * taller of", "the elder of") says the count is two.
 */
const COMPARED_PAIR = new RegExp(
	`\\bthe (?:\\p{Ll}+er|elder|better|worse|lesser|former|latter) of (?:(?:the|its|their|his|her|these|those) )?(?:[\\p{L}'’-]+['’]s? )?${BLANK}`,
	'u'
);

/**
 * "about _____ centimetres long, or roughly the length of your arm" (review k7, P1-Q5): a figure
 * the sentence restates in other words, or in another unit, is answered unread.
 */
const GLOSSED_FIGURE = new RegExp(
	`${BLANK} [\\p{L}%]+(?: (?:long|wide|high|deep|tall|across|thick|heavy|old))?,? (?:or|which is|that is|i\\.e\\.)(?: (?:roughly|about|around|nearly|some|approximately|just over|just under|almost))? (?:\\d|the (?:length|size|height|width|weight|thickness|distance|span|age) of\\b|as \\p{Ll}+ as\\b|half\\b|a (?:quarter|third)\\b)`,
	'u'
);

/**
 * A noun phrase and its participle, "A well-known study published in _____ by Pam Mueller.": a
 * clause cut before its main verb. What follows the participle must hold a verb of its own. (The
 * phrase before it is of lower-case words: "A team including Ajay Bhatt worked on …" is a verb.)
 */
const AUXILIARY =
	'(?:is|was|are|were|be|been|being|has|had|have|will|would|can|could|may|might|must|should|did|does)';
const PARTICIPLE_OPENING = new RegExp(
	`^(?:A|An|The) (?:(?!${AUXILIARY}\\b)[\\p{Ll}'-]+(?<!ing) ){0,4}?(?:\\p{Ll}+ed|written|built|made|known|given|held|taken|shown|drawn|grown|sold|found|begun) (?:in|on|at|by|during|from|for|around|about)\\b(.*)$`,
	'u'
);

/** Hedges a bound of a range may carry: "from about 180 to more than 230". */
const HEDGE =
	'(?:about|around|roughly|some|nearly|almost|over|more than|less than|under|just over|just under) ';
/** "from about _____ to more than 230", "between _____ and 40": the blank is the lower bound. */
const LOWER_BOUND = new RegExp(
	`\\b(?:from|between) (?:${HEDGE})?${BLANK} (?:\\p{L}+ )?(?:to|and) (?:${HEDGE})?(\\d[\\d,]*(?:\\.\\d+)?)`,
	'u'
);
/** "from 180 to _____", "between 20 and _____": the blank is the upper bound. */
const UPPER_BOUND = new RegExp(
	`\\b(?:from|between) (?:${HEDGE})?(\\d[\\d,]*(?:\\.\\d+)?) (?:\\p{L}+ )?(?:to|and) (?:${HEDGE})?${BLANK}`,
	'u'
);
const numberOf = (option: string) =>
	Number(/\d[\d,]*(?:\.\d+)?/.exec(option)?.[0].replace(/,/g, ''));

/**
 * "a height ranging from about _____ to more than 230 kilometres" offers 250 and 320 (review k7,
 * P2-Q16): a wrong option past the range's other bound is ruled out by the stem's own words.
 */
function pastOtherBound(c: Candidate): string | undefined {
	const sentence = shown(c);
	const lower = LOWER_BOUND.exec(sentence);
	const upper = UPPER_BOUND.exec(sentence);
	const bound = Number((lower ?? upper)?.[1]?.replace(/,/g, ''));
	if (Number.isNaN(bound)) return undefined;
	const out = c.distractors.find((d) => (lower ? numberOf(d) >= bound : numberOf(d) <= bound));
	return out === undefined ? undefined : `"${out}" is past the range's other bound, ${bound}`;
}

export const GAP_CONTEXT_CHECKS: Record<string, Check> = {
	// "The voice had already moved on to someone in _____", "The rescue itself began …": a definite
	// subject in a sentence that names nothing says not what it is about (unless the title does).
	'gap-subject-named': (c, ctx) => {
		if (!isGap(c)) return undefined;
		const sentence = shown(c);
		const ordinal = ORDINAL_SUBJECT.exec(sentence) ?? BARE_ACTION.exec(sentence);
		if (ordinal) return `"${ordinal[0]}" does not say of what`;
		const subject = DEFINITE_SUBJECT.exec(sentence);
		// ("The telescope was launched in _____" where the title or the lead tells of the telescope:
		// the article's own subject. "The rescue itself" sets one part against another, never it.)
		const own =
			!!subject && !/ (itself|themselves)$/.test(subject[0]) && ownSubject(subject[1]!, ctx);
		if (subject && !own && !namesSomething(sentence))
			return `"${subject[0]}" names nothing the reader is shown`;
		const event = UNNAMED_EVENT.exec(sentence);
		return event && !ownSubject(event[1]!, ctx) ? `"${event[0]}" never says which` : undefined;
	},
	// "The American Ezra Warner patented a design in _____": a design of what?
	'gap-object-named': (c) => {
		const found = isGap(c) ? UNNAMED_OBJECT.exec(shown(c)) : undefined;
		return found ? `"${found[0]}" never says of what` : undefined;
	},
	// "That is roughly five thousand people …", "born on _____ last year", "argued that it was
	// liquid": the sentence points to one the reader is not shown.
	'gap-points-inside': (c) => {
		if (!isGap(c)) return undefined;
		const found = pointsOutside(shown(c));
		return found ? `"${found}" points outside the sentence shown` : undefined;
	},
	// "The _____ things to avoid are heat, sudden changes in temperature and agitation": counted
	// unread.
	'gap-count-not-listed': (c) => {
		const n = isGap(c) ? countOf(c.answer) : undefined;
		const sentence = shown(c);
		return n !== undefined &&
			(itemsListedAfter(sentence) === n ||
				itemsCountedOut(sentence) === n ||
				(n === 2 && COMPARED_PAIR.test(sentence)))
			? 'the sentence lists as many items as the key counts'
			: undefined;
	},
	// "about _____ centimetres long, or roughly the length of your arm": the stem gives it.
	'gap-figure-not-glossed': (c) =>
		isGap(c) && GLOSSED_FIGURE.test(shown(c))
			? 'the sentence restates the figure in other words'
			: undefined,
	'gap-range-bound': (c) => (isGap(c) ? pastOtherBound(c) : undefined),
	// "hunt and peck with _____ fingers": a count anyone completes without the article.
	'gap-count-not-known': (c) =>
		isGap(c) && countOf(c.answer) !== undefined && KNOWN_COUNT.test(shown(c))
			? 'a count every reader knows'
			: undefined,
	// "A well-known study published in _____ by Pam Mueller.": a stem with no verb is no sentence.
	'gap-has-verb': (c) => {
		const rest = isGap(c) ? PARTICIPLE_OPENING.exec(shown(c))?.[1] : undefined;
		return rest !== undefined && nlp(rest.replace(BLANK, 'then')).verbs().length === 0
			? 'the sentence shown has no verb'
			: undefined;
	}
};
