// "What did Rosa do right after she counted the sheep?" (or "right before"): the acts of an
// article's main person (a story's heroine, a biography's subject, a history's leader), each the
// whole short clause a sentence of narration opens with, said with one form of the name, ordered
// as the article tells them. The order of telling stands only where the text tells straight: a
// story, or a text whose years never step back; paragraphs that step back in time ("had", "years
// before", "remembered") give no act, a year earlier than one already told ends a run, and a
// news lead or a biography's opening summary is no act. Part of the opt-in kind `sequence`.
import type { Candidate, Sentence, Token } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { wholeSentenceFact } from '../3-facts/sentences';
import { MONTHS, WEEKDAYS } from '../../lexicons';
import { convergesOnKey, overlappingOptions, wordsOf } from '../../well-formed';
import { storyLike } from './main-idea-lead';
import { containsWords } from '../../distractors';

/** The article's main person: the name form its options use, its other forms and its pronoun. */
export interface Teller {
	name: string;
	forms: ReadonlySet<string>;
	pronoun: 'she' | 'he';
}

/** One act of the main person: the option, its verb phrase, and where the article tells it. */
export interface ToldAct {
	option: string;
	/** The option without its subject: "counted the sheep in the yard". */
	predicate: string;
	sentence: Sentence;
	/** The act's place in the telling: its sentence's index. */
	told: number;
	/** The stretch of text told straight the act belongs to; acts of two runs are never compared. */
	run: number;
	/** Whether the act's sentence tells nothing more of the person after the act (see `ownsRest`). */
	whole: boolean;
}

/** What a told item asks: the act right after (before) the anchor act. */
export type ToldRelation = 'after' | 'before';

/** "What did Rosa do right after she counted the sheep?" */
export const toldStem = (relation: ToldRelation, teller: Teller, anchor: ToldAct): string =>
	`What did ${teller.name} do right ${relation} ${teller.pronoun} ${anchor.predicate}?`;

const TOLD_STEM = /^What did (.+?) do right (after|before) (?:she|he) (.+)\?$/;

/** The relation a told stem asks, or undefined for any other stem. */
export const toldRelation = (stem: string): ToldRelation | undefined =>
	TOLD_STEM.exec(stem)?.[2] as ToldRelation | undefined;

/** "Which of these did Kahlo do first?": four acts near each other, the key told first (last). */
export const toldEndStem = (end: 'first' | 'last', teller: Teller): string =>
	`Which of these did ${teller.name} do ${end}?`;

const TOLD_END_STEM = /^Which of these did (.+?) do (first|last)\?$/;

/** The person a told stem asks of. */
const stemName = (stem: string) => (TOLD_STEM.exec(stem) ?? TOLD_END_STEM.exec(stem))?.[1];

/** The end a told "first" ("last") stem asks, or undefined. */
export const toldEnd = (stem: string): 'first' | 'last' | undefined =>
	TOLD_END_STEM.exec(stem)?.[2] as 'first' | 'last' | undefined;

/** The fewest sentences the main person must open, by name, for the article to be theirs. */
const MIN_OPENINGS = 2;
/** The fewest times the main person's name is written in the article. */
const MIN_MENTIONS = 5;
/** The shortest and longest option, in words. */
const ACT_WORDS = { min: 4, max: 14 };
/** How many sentences apart the anchor and the key may be told, at most. */
const NEAR = 3;
/** How much longer than every wrong option a key may be. */
const LONGEST_KEY = 1.2;
/** At most this many told items per article. */
const MAX_ITEMS = 2;

const YEAR = /\b(1\d\d\d|20\d\d)\b/g;
/** A date or a figure in an option: a year, a month, a weekday, a digit. */
const DATED = new RegExp(
	`\\d|\\b(${[...MONTHS.filter((m) => m !== 'May'), ...WEEKDAYS].join('|')})\\b`
);
/**
 * Words of a paragraph that step back in time ("years before", "remembered", "as a child"): its
 * acts may not be in the order told. A past perfect ("had meant", "had never done") is found by
 * its tags (`stepsBack`).
 */
const BACK_IN_TIME =
	/\b(ago|earlier|years before|the (day|night|week|year) before|as a (child|boy|girl|young \w+)|remembered|recalled|used to|once upon|in the past|previously)\b/i;
/** Words of a sentence that tell a habit or a thing at the same time, not one act after another. */
const NOT_IN_TURN =
	/\b(while|meanwhile|at the same time|would|always|every|often|usually|sometimes|never|each)\b/i;
/** Verbs that tell a state, a saying or a sense, not an act the telling moves by. */
const NO_ACT_VERB =
	/^(was|were|had|did|could|would|should|might|said|says|asked|replied|thought|knew|felt|seemed|wanted|liked|loved|hoped|wondered|answered|told|called|added|heard|saw|noticed|realised|realized|remained|continued|kept|lived|died|passed)$/i;
/** Words of an option that point outside it, lean on another act, or say no act. */
const LEANS =
	/\b(it|its|they|them|their|this|these|those|we|us|you|i|me|my|our|your|then|again|also|too|last|finally|later|earlier|next|still|not|no|never|would|could|might|there|here|one)\b|n't\b|\bthat (it|he|she|they|this)\b|(?<!\b(?:the|her|his|its|their)\s)\bfirst\b/i;
/** Nouns of a person of either sex: beside them a "she" or "he" may mean someone else. */
const SHE_NOUNS =
	/\b(woman|women|girl|mother|mum|mom|grandmother|gran|granny|grandma|aunt|sister|daughter|wife|lady|queen|princess|niece|widow|her friend)\b/i;
const HE_NOUNS =
	/\b(man|men|boy|father|dad|grandfather|grandad|grandpa|uncle|brother|son|husband|king|prince|nephew|his friend)\b/i;
/** Words that always open another clause: the act's clause ends before them. */
const SUBORDINATE =
	/^(while|when|because|so|then|where|though|although|if|once|whose|who|which|whom)$/i;
/** Words that open another clause before a subject ("before she left"), else a phrase ("before dawn"). */
const CLAUSE_OR_PLACE = /^(as|until|before|after|since|till)$/i;
/** Joints that end the clause only before a new clause ("and whistled", "and she ran"). */
const AND_JOINT = /^(and|but|or|then)$/i;
/** The last word of an option that leaves it hanging. */
const HANGING = /\b(in|on|at|of|to|for|with|the|a|an|by|from|into|and|or|but|his|her|its|their)$/i;

const text = (norm: NormalizedText, s: Sentence) => norm.text.slice(s.start, s.end);
const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}[\p{L}'’-]*$/u.test(t.text);
const isPast = (t: Token | undefined) => !!t && t.tags.has('PastTense');

/** Words an opening time phrase may start with besides a preposition: "Two years later, …". */
const TIME_OPENER =
	/^(later|soon|eventually|then|next|that|the|a|an|one|two|three|four|five|six|several|some|within|shortly|months|years|weeks|days)$/i;
/** The longest opening time phrase before the subject, in words. */
const INTRO_WORDS = 7;

/**
 * The subject a sentence opens with, after at most a time phrase ("In 1922 she won …", "Two years
 * later, Kahlo painted …"), and the index of its past-tense verb: a name of one to three
 * capitalised words ("Rosa", "Frida Kahlo") or a "she" or "he". Undefined when it opens
 * otherwise, or its opening phrase holds a verb ("When her health made travel difficult she …").
 */
export function openingName(
	s: Sentence
): { name: string; verb: number; pronoun?: boolean } | undefined {
	const toks = s.tokens;
	const first = toks[0];
	if (!first || /["“'‘]/.test(first.pre)) return undefined;
	let at = 0;
	const introOk = (i: number) => {
		if (i === 0) return true;
		const intro = toks.slice(0, i);
		if (intro.some((t) => t.tags.has('Verb') || /["“”]/.test(t.post))) return false;
		const opener = first.tags.has('Preposition') || TIME_OPENER.test(first.normal);
		// "In 1922 she …" needs no comma; "The path Rosa knew …" is no time phrase.
		return (
			opener && (/,/.test(toks[i - 1]?.post ?? '') || (first.tags.has('Preposition') && i <= 4))
		);
	};
	while (at <= INTRO_WORDS && at < toks.length) {
		const t = toks[at] as Token;
		if ((/^(she|he)$/i.test(t.text) || (capitalised(t) && at > 0) || at === 0) && introOk(at)) {
			if (/^(she|he)$/i.test(t.text)) {
				let verb = at + 1;
				if (toks[verb]?.tags.has('Adverb') && /ly$/i.test(toks[verb]?.text ?? '')) verb++;
				return isPast(toks[verb]) ? { name: t.normal, verb, pronoun: true } : undefined;
			}
			const named = nameAt(toks, at);
			if (named) return named;
			if (at > 0) return undefined;
		}
		if (/[.;:]/.test(t.post)) return undefined;
		at++;
	}
	return undefined;
}

/** A name of one to three capitalised words at `at`, followed by a past-tense verb. */
function nameAt(toks: readonly Token[], at: number): { name: string; verb: number } | undefined {
	const first = toks[at];
	if (!first || !capitalised(first) || first.tags.has('Determiner') || first.tags.has('Pronoun'))
		return undefined;
	if (first.tags.has('Preposition') || first.tags.has('Conjunction')) return undefined;
	let end = at;
	while (end < at + 3 && capitalised(toks[end]) && !/[,;:]/.test(toks[end]?.post ?? '')) end++;
	// A comma after the name is an appositive ("Fly, the collie, …"): no act to read.
	if (end === at || (/[,;:]/.test(toks[end]?.post ?? '') && capitalised(toks[end])))
		return undefined;
	let verb = end;
	if (toks[verb]?.tags.has('Adverb') && /ly$/i.test(toks[verb]?.text ?? '')) verb++;
	if (!isPast(toks[verb])) return undefined;
	const name = toks
		.slice(at, end)
		.map((t) => t.text)
		.join(' ');
	return { name, verb };
}

/** Whether a name is written with a capital inside some sentence: a name, not a sentence opener. */
function namedInside(sentences: readonly Sentence[], word: string): boolean {
	return sentences.some((s) => s.tokens.slice(1).some((t) => t.text === word));
}

/**
 * The article's main person: the name that opens the most sentences of narration (at least
 * MIN_OPENINGS), its forms merged ("Frida Kahlo", "Kahlo", "Frida"), said in the form it opens
 * most with; and the pronoun the sentence after such an opening uses for it ("She …"). None when
 * no name leads or the pronoun is not clear.
 */
export function mainTeller(sentences: readonly Sentence[]): Teller | undefined {
	const openings: string[] = [];
	for (const s of sentences) {
		const o = openingName(s);
		if (!o || o.pronoun) continue;
		const words = o.name.split(' ');
		if (words.every((w) => namedInside(sentences, w))) openings.push(o.name);
	}
	// The forms of one person share a word: "Kahlo" of "Frida Kahlo".
	const groups: string[][] = [];
	for (const name of [...openings].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
		const words = name.split(' ');
		const group = groups.find((g) => g.some((n) => n.split(' ').some((w) => words.includes(w))));
		if (group) group.push(name);
		else groups.push([name]);
	}
	const mentions = (g: readonly string[]) => {
		const words = new Set(g.flatMap((n) => n.split(' ')));
		return sentences.reduce((sum, s) => sum + s.tokens.filter((t) => words.has(t.text)).length, 0);
	};
	const ranked = groups
		.filter((g) => g.length >= MIN_OPENINGS)
		.map((g) => ({ g, n: mentions(g) }))
		.sort((a, b) => b.n - a.n);
	const main = ranked[0];
	if (!main || main.n < MIN_MENTIONS || (ranked[1]?.n ?? 0) * 2 > main.n) return undefined;
	const counts = new Map<string, number>();
	for (const n of main.g) counts.set(n, (counts.get(n) ?? 0) + 1);
	// A biography says "Kahlo" of "Frida Kahlo": the surname when the article opens with it alone.
	const longest = [...counts.keys()].sort((a, b) => b.length - a.length)[0] ?? '';
	const surname = longest.split(' ').slice(-1)[0] ?? '';
	const name =
		longest.includes(' ') && counts.has(surname)
			? surname
			: [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
	if (!name) return undefined;
	const forms = new Set(main.g);
	const pronoun = pronounOf(sentences);
	return pronoun ? { name, forms, pronoun } : undefined;
}

/** The pronoun the article uses most, when it is twice as common as the other. */
function pronounOf(sentences: readonly Sentence[]): 'she' | 'he' | undefined {
	let she = 0;
	let he = 0;
	for (const s of sentences)
		for (const t of s.tokens) {
			if (/^(she|her|hers|herself)$/.test(t.normal)) she++;
			if (/^(he|him|his|himself)$/.test(t.normal)) he++;
		}
	return she >= MIN_OPENINGS && she >= 2 * he
		? 'she'
		: he >= MIN_OPENINGS && he >= 2 * she
			? 'he'
			: undefined;
}

/**
 * Whether a paragraph steps back in time: "years before", "remembered", or a past perfect that
 * opens it or comes twice ("Gran had meant to … Then she had stepped badly"); one "The path had
 * vanished" inside a scene tells a state, not a step back.
 */
export function stepsBack(paragraphText: string, sentences: readonly Sentence[]): boolean {
	if (BACK_IN_TIME.test(paragraphText)) return true;
	const perfects = sentences.map(
		(s) =>
			s.tokens.filter((t, i) => {
				if (!/^(had|'d)$/i.test(t.normal)) return false;
				const next = s.tokens[i + 1]?.tags.has('Adverb') ? s.tokens[i + 2] : s.tokens[i + 1];
				return !!next && (next.tags.has('PastTense') || next.tags.has('Participle'));
			}).length
	);
	return (perfects[0] ?? 0) > 0 || perfects.reduce((x, y) => x + y, 0) >= 2;
}

/**
 * The act's clause: from its subject to the first joint to another clause ("and she ran",
 * "when", ", which"), a comma inside a phrase ("a sunny, well-drained spot") kept; undefined when
 * the clause is too long or short, hangs on a preposition, or holds a date, a quote or a word
 * that leans outside it. `end` is the token the clause stops before.
 */
export function actClause(
	s: Sentence,
	verb: number,
	sentenceText: string,
	pronoun: 'she' | 'he',
	stop = Infinity
): { predicate: string; end: number } | undefined {
	const toks = s.tokens.slice(0, Math.min(s.tokens.length, stop));
	if (/["“”]/.test(sentenceText) || NOT_IN_TURN.test(sentenceText)) return undefined;
	const v = toks[verb] as Token;
	// "had her first exhibition" is an act; "had meant", "had been" step back.
	const had = /^had$/i.test(v.text) && !!toks[verb + 1]?.tags.has('Determiner');
	if (NO_ACT_VERB.test(v.text) && !had && !passive(toks, verb)) return undefined;
	let end = verb + 1;
	while (end < toks.length) {
		const t = toks[end] as Token;
		const next = toks[end + 1];
		const subject = !!next && (next.tags.has('Pronoun') || capitalised(next));
		// "and whistled", "and she ran", "when the gate", "before she left": another clause.
		if (AND_JOINT.test(t.normal) && !!next && (isPast(next) || subject)) break;
		if (SUBORDINATE.test(t.normal) && end > verb + 1) break;
		if (CLAUSE_OR_PLACE.test(t.normal) && (subject || !!next?.tags.has('Gerund'))) break;
		end++;
		// A comma ends the clause ("…, which reached her knees", "…, the most famous muralist"),
		// but not one inside a phrase: "a sunny, well-drained spot", "swimming, cycling and boxing".
		if (/[,;:—–]/.test(t.post) && !(next && insidePhrase(t, toks.slice(end)))) break;
	}
	const first = toks[verb] as Token;
	const last = toks[end - 1] as Token;
	const predicate = withoutDate(
		sentenceText
			.slice(first.start - s.start, last.end - s.start)
			.replace(/[.,;:!?—–]+$/, '')
			.trim()
	);
	const n = wordsOf(predicate).length + 1;
	if (n > ACT_WORDS.max) return trimmed(s, verb, end, sentenceText, pronoun);
	if (n < ACT_WORDS.min) return undefined;
	if (HANGING.test(predicate) || DATED.test(predicate) || LEANS.test(predicate)) return undefined;
	if (last.tags.has('Adjective') && /[,]/.test(last.post)) return undefined;
	// "her coat" of a woman is hers; "him" beside a man may be someone else.
	if (pronoun === 'he' ? /\b(her|him|she)\b/i.test(predicate) : /\b(him|his|he)\b/i.test(predicate))
		return undefined;
	// "dug her free": an object "her" may be anyone (the ewe); "her coat" is the woman's own.
	const herAt = toks.findIndex((t, i) => i > verb && i < end && t.normal === 'her');
	const noun = (i: number) => !!toks[i]?.tags.has('Noun') && !toks[i]?.tags.has('Pronoun');
	const owned = noun(herAt + 1) || (!!toks[herAt + 1]?.tags.has('Adjective') && noun(herAt + 2));
	if (herAt >= 0 && !owned) return undefined;
	return { predicate, end };
}

/**
 * An act too long for an option, its trailing phrases taken off ("… the Greenland ice sheet
 * through a full winter" without "through a full winter"): the clause ends before the last
 * preposition (not "of") or participle that leaves it ACT_WORDS long.
 */
function trimmed(
	s: Sentence,
	verb: number,
	end: number,
	sentenceText: string,
	pronoun: 'she' | 'he'
): { predicate: string; end: number } | undefined {
	for (let cut = end - 1; cut > verb + 3; cut--) {
		const t = s.tokens[cut] as Token;
		const opens = (t.tags.has('Preposition') && t.normal !== 'of') || t.tags.has('Gerund');
		if (!opens || cut - verb + 1 > ACT_WORDS.max) continue;
		const clause = actClause(s, verb, sentenceText, pronoun, cut);
		if (clause) return clause;
	}
	return undefined;
}

/** Participles of a passive that tell a state or a birth, not an event: "was born", "was known". */
const STATE_PARTICIPLE =
	/^(born|known|said|thought|called|named|considered|believed|seen|regarded|described|remembered|used|based|made|given|buried|married|able|about|going)$/i;

/** Whether the verb is the "was" of a passive event: "was elected", "was crowned", "was arrested". */
function passive(toks: readonly Token[], verb: number): boolean {
	const be = toks[verb];
	const part = toks[verb + 1];
	if (!be || !part || !/^(was|were)$/i.test(be.text)) return false;
	if (STATE_PARTICIPLE.test(part.text) || !/(ed|en|wn|ght|ung|ade)$/i.test(part.text)) return false;
	return part.tags.has('PastTense') || part.tags.has('Participle') || part.tags.has('Verb');
}

/** Whether a comma after `t` stands inside a phrase: between adjectives, or in a list. */
function insidePhrase(t: Token, after: readonly Token[]): boolean {
	const [next] = after;
	if (!next) return false;
	if (t.tags.has('Adjective') || next.tags.has('Adjective')) return true;
	// "swimming, cycling and even boxing": a list goes on to its "and" with no verb.
	const upTo = after.slice(0, 4);
	const and = upTo.findIndex((x) => /^(and|or)$/i.test(x.normal));
	return (
		next.tags.has('Noun') &&
		!next.tags.has('Pronoun') &&
		and > 0 &&
		upTo.slice(0, and).every((x) => !x.tags.has('Verb') && !x.tags.has('Determiner'))
	);
}

/** The month names, for a date said in an act ("on 13 July 1954"). */
const MONTH = `(?:${MONTHS.join('|')})`;
/**
 * A point in time said inside an act: "in 1929", "on 13 July 1954", "in April 1953". It is taken
 * out of the option: the order is the question, and a date in one option gives it away.
 */
const DATE_PHRASE = new RegExp(
	`\\s+(?:in|on)\\s+(?:(?:early|late|the spring of|the summer of|the autumn of|the winter of)\\s+)?(?:\\d{1,2}\\s+)?(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}\\b`,
	'g'
);
const withoutDate = (predicate: string) => predicate.replace(DATE_PHRASE, '').trim();

/**
 * Whether the rest of the act's sentence, after its clause, tells nothing more the person did:
 * "Rosa opened the gate and whistled for Fly" tells a second act, right after the first.
 */
function ownsRest(s: Sentence, end: number, teller: Teller): boolean {
	const rest = s.tokens.slice(end);
	let relative = false;
	for (const t of rest) {
		if (/^(which|who|that|whose|where|when)$/i.test(t.normal)) relative = true;
		if (t.normal === teller.pronoun || teller.forms.has(t.text)) return false;
		if (isPast(t) && !relative && !NO_ACT_VERB.test(t.text)) return false;
	}
	return true;
}

/** Whether the article tells a story: dialogue in several paragraphs, few figures. */
const isStoryText = (norm: NormalizedText) => storyLike(norm.text);

/**
 * The main person's acts in the order told, each with its run: a story's acts from its
 * paragraphs that do not step back; any other text's only where its years never step back (a
 * year earlier than one told before starts a new run) and not in its opening paragraph (a news
 * lead, a life's summary). A "She" opening a sentence is the person's when the sentence before,
 * in the same paragraph, was the person's and named no one else it could be.
 */
export function toldActs(
	norm: NormalizedText,
	sentences: readonly Sentence[]
): { teller: Teller; acts: ToldAct[] } | undefined {
	if (/^how to\b/i.test(norm.title ?? '')) return undefined;
	const teller = mainTeller(sentences);
	if (!teller) return undefined;
	const story = isStoryText(norm);
	const years = [...norm.text.matchAll(YEAR)].map((m) => Number(m[1]));
	// Neither a story nor a text with dates to settle its order: its telling orders nothing.
	if (!story && new Set(years).size < 2) return undefined;
	const firstParagraph = sentences[0]?.paragraph;
	const back = new Set<number>();
	for (const p of new Set(sentences.map((s) => s.paragraph))) {
		const of = sentences.filter((s) => s.paragraph === p);
		const from = of[0]?.start ?? 0;
		const to = of[of.length - 1]?.end ?? 0;
		if (stepsBack(norm.text.slice(from, to), of)) back.add(p);
	}
	const acts: ToldAct[] = [];
	let run = 0;
	let latest = -Infinity;
	let named: 'teller' | 'other' | undefined;
	let subjectBefore = false;
	let paragraph = -1;
	let opened = false;
	for (const s of sentences) {
		const said = text(norm, s);
		// A paragraph's time is its first year: one that opens earlier than a paragraph before it
		// steps back, and starts a new run; inside a paragraph, a sentence that names a year
		// earlier than one told before it gives no act ("… born in 1907").
		const inYears = [...said.matchAll(YEAR)].map((m) => Number(m[1]));
		const at = inYears.length ? Math.min(...inYears) : undefined;
		if (s.paragraph !== paragraph) {
			paragraph = s.paragraph;
			opened = false;
		}
		let aside = false;
		if (at !== undefined && !opened) {
			opened = true;
			if (at < latest) run++;
		} else if (at !== undefined && at < latest) aside = true;
		if (at !== undefined) latest = Math.max(latest, at);
		const own = ownSentence(s, named, teller, subjectBefore);
		named = lastNamed(s, said, named, teller);
		subjectBefore = own !== undefined;
		if (!own || aside || back.has(s.paragraph) || (!story && s.paragraph === firstParagraph))
			continue;
		const clause = actClause(s, own.verb, said, teller.pronoun);
		if (!clause) continue;
		const option = `${teller.name} ${clause.predicate}`;
		if (acts.some((a) => a.option === option)) continue;
		acts.push({
			option,
			predicate: clause.predicate,
			sentence: s,
			told: s.index,
			run,
			whole: ownsRest(s, clause.end, teller)
		});
	}
	return { teller, acts };
}

/**
 * Who a sentence names last: the person (by a form of the name), someone else (another
 * capitalised name, a noun of the person's sex: "Gran", "her grandmother"), or, when it names
 * no one, whoever was named last before it. A "she" refers to the last one named.
 */
function lastNamed(
	s: Sentence,
	said: string,
	before: 'teller' | 'other' | undefined,
	teller: Teller
): 'teller' | 'other' | undefined {
	if (/["“”]/.test(said)) return 'other';
	const others = teller.pronoun === 'she' ? SHE_NOUNS : HE_NOUNS;
	let last = before;
	s.tokens.forEach((t, i) => {
		if (teller.forms.has(t.text) || [...teller.forms].some((f) => f.split(' ').includes(t.text)))
			last = 'teller';
		else if (
			t.tags.has('Person') ||
			t.tags.has('FirstName') ||
			t.tags.has('Honorific') ||
			(others.test(t.text) &&
				(capitalised(t) ||
					/^(the|her|his|their|my|your|our)$/i.test(s.tokens[i - 1]?.normal ?? '') ||
					/['’]s$/.test(s.tokens[i - 1]?.text ?? ''))) ||
			(i === 0 && openingName(s) && !openingName(s)?.pronoun)
		)
			last = 'other';
	});
	return last;
}

/** The verb of a sentence that opens with the person, by name or by a "She" that is theirs. */
function ownSentence(
	s: Sentence,
	named: 'teller' | 'other' | undefined,
	teller: Teller,
	subjectBefore: boolean
): { verb: number } | undefined {
	const opening = openingName(s);
	if (!opening) return undefined;
	if (!opening.pronoun) return teller.forms.has(opening.name) ? { verb: opening.verb } : undefined;
	// The "she" of a sentence after one the person was the subject of stays the person ("In 1800
	// she married Joseph Fry … In 1840 she founded …"), as it does after the person was named last.
	return opening.name === teller.pronoun && (named === 'teller' || subjectBefore)
		? { verb: opening.verb }
		: undefined;
}

/**
 * The article's told items, one per run (at most MAX_ITEMS): "What did Rosa do right after she
 * <anchor>?", the key the act told next after the anchor, within NEAR sentences and nothing of
 * the person told between; the wrong options the acts nearest the anchor on either side (before
 * the anchor, after the key). "… right before …" the other way round. The key not much the
 * longest, no two options alike, the key not the one the others converge on.
 */
export function toldItems(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	rand: () => number
): Candidate[] {
	const found = toldActs(norm, sentences);
	if (!found) return [];
	const { teller, acts } = found;
	const out: Candidate[] = [];
	const runs = [...new Set(acts.map((a) => a.run))];
	for (const run of runs) {
		if (out.length >= MAX_ITEMS) break;
		const inRun = acts.filter((a) => a.run === run);
		const drawn: ToldRelation = rand() < 0.5 ? 'after' : 'before';
		let made = false;
		for (const relation of [drawn, drawn === 'after' ? 'before' : 'after'] as const) {
			const item = pickTold(inRun, relation, teller, norm, sentences);
			if (item) {
				out.push(toldCandidate(item, relation, teller, norm.text));
				made = true;
				break;
			}
		}
		// Acts too far apart for "right after": which of four near each other came first (last).
		const end = drawn === 'after' ? 'first' : 'last';
		for (const ask of made ? [] : ([end, end === 'first' ? 'last' : 'first'] as const)) {
			const four = pickEnds(inRun, ask);
			if (four) {
				out.push(toldCandidate(four, ask, teller, norm.text));
				break;
			}
		}
	}
	return out;
}

/**
 * The first anchor of the run whose item is fair (see toldItems): its acts, key first, then the
 * three wrong options, then the anchor.
 */
function pickTold(
	acts: readonly ToldAct[],
	relation: ToldRelation,
	teller: Teller,
	norm: NormalizedText,
	sentences: readonly Sentence[]
): ToldAct[] | undefined {
	// "right before" is "right after" read backwards.
	const line = relation === 'after' ? [...acts] : [...acts].reverse();
	let fallback: ToldAct[] | undefined;
	for (let i = 1; i + 2 < line.length; i++) {
		const anchor = line[i] as ToldAct;
		const key = line[i + 1] as ToldAct;
		// The first act told is no anchor to ask "right before" of: nothing of it is near.
		if (!adjacent(anchor, key, relation, teller, norm, sentences)) continue;
		const behind = line.slice(0, i).reverse();
		const beyond = line.slice(i + 2);
		const wrong = [behind[0], beyond[0], behind[1] ?? beyond[1], beyond[1] ?? behind[2]]
			.filter((a): a is ToldAct => !!a)
			.filter((a, j, all) => all.indexOf(a) === j)
			.slice(0, 3);
		if (wrong.length < 3) continue;
		const options = [key, ...wrong].map((a) => a.option);
		if (overlappingOptions([...options, anchor.option]) || convergesOnKey(options, 0)) continue;
		if (sameVerbs(options)) continue;
		const [k, ...others] = options.map((o) => o.length) as [number, ...number[]];
		if (k > LONGEST_KEY * Math.max(...others)) continue;
		const item = [key, ...wrong, anchor];
		if (others.some((n) => n >= k)) return item;
		fallback ??= item;
	}
	return fallback;
}

/**
 * Four acts told one after another in one run, the key the first told ("first") or the last;
 * of the windows that are fair (no two options alike, the key not the one the others converge
 * on, not much the longest), the first whose key is not the longest, else the first.
 */
function pickEnds(acts: readonly ToldAct[], end: 'first' | 'last'): ToldAct[] | undefined {
	let fallback: ToldAct[] | undefined;
	for (let i = 0; i + 4 <= acts.length; i++) {
		const window = acts.slice(i, i + 4);
		const ordered = end === 'first' ? window : [...window].reverse();
		const [key, ...rest] = ordered as [ToldAct, ...ToldAct[]];
		// The wrong options in the order told: the act nearest the key first.
		const item = [key, ...rest];
		const options = item.map((a) => a.option);
		if (overlappingOptions(options) || convergesOnKey(options, 0) || sameVerbs(options)) continue;
		const [k, ...others] = options.map((o) => o.length) as [number, ...number[]];
		if (k > LONGEST_KEY * Math.max(...others)) continue;
		if (others.some((n) => n >= k)) return item;
		fallback ??= item;
	}
	return fallback;
}

/** Whether two options share their verb and next word ("Rosa counted the sheep" twice). */
function sameVerbs(options: readonly string[]): boolean {
	const heads = options.map((o) => wordsOf(o.toLowerCase()).slice(1, 3).join(' '));
	return new Set(heads).size < heads.length;
}

/**
 * Whether the key is told right after (before) the anchor: within NEAR sentences of one run, no
 * sentence between them naming the person or their pronoun (an act this builder could not
 * read), and the earlier one's sentence telling nothing more of the person after its act.
 */
function adjacent(
	anchor: ToldAct,
	key: ToldAct,
	relation: ToldRelation,
	teller: Teller,
	norm: NormalizedText,
	sentences: readonly Sentence[]
): boolean {
	const [early, late] = relation === 'after' ? [anchor, key] : [key, anchor];
	if (early.run !== late.run || late.told - early.told > NEAR || late.told <= early.told)
		return false;
	if (!early.whole) return false;
	const names = [teller.pronoun, ...[...teller.forms].flatMap((f) => f.split(' '))];
	const mention = new RegExp(`\\b(${names.join('|')})\\b`, 'i');
	return sentences
		.filter((s) => s.index > early.told && s.index < late.told)
		.every((s) => !mention.test(text(norm, s)));
}

/** The item: the key's sentence its source, the others its evidence. */
function toldCandidate(
	acts: ToldAct[],
	relation: ToldRelation | 'first' | 'last',
	teller: Teller,
	full: string
): Candidate {
	const [key, a, b, c, anchor] = acts as [ToldAct, ToldAct, ToldAct, ToldAct, ToldAct | undefined];
	const s = key.sentence;
	const said = (x: Sentence) => full.slice(x.start, x.end);
	const fact = wholeSentenceFact(s, {
		id: `told-${s.index}`,
		kind: 'event',
		value: { text: key.option, start: s.start, end: s.end, type: 'thing' },
		statement: said(s),
		salience: 1
	});
	const order = [...acts]
		.sort((x, y) => x.told - y.told)
		.map((x) => `"${x.option}"`)
		.join(', then ');
	return {
		id: `${fact.id}-sequence`,
		kind: 'sequence',
		stem: anchor
			? toldStem(relation as ToldRelation, teller, anchor)
			: toldEndStem(relation as 'first' | 'last', teller),
		answer: key.option,
		distractors: [a, b, c].map((x) => x.option),
		fact,
		source: { sentence: said(s), start: s.start, end: s.end },
		evidence: [a, b, c, ...(anchor ? [anchor] : [])]
			.map((x) => ({ sentence: said(x.sentence), start: x.sentence.start, end: x.sentence.end }))
			.sort((x, y) => x.start - y.start),
		explanation: `The article tells them in this order: ${order}. So "${key.option}" came ${anchor ? `right ${relation} "${anchor.option}"` : relation}.`,
		acts: acts.map((x) => ({ option: x.option, told: x.told }))
	};
}

/**
 * Why a told item's key is not the act told right after (before) its anchor among its options,
 * or undefined: the acts are the key, three wrong options and the anchor, five sentences; the
 * key told beyond the anchor, every wrong option told behind the anchor or beyond the key.
 */
export function toldOrderProblem(c: Candidate): string | undefined {
	const relation = toldRelation(c.stem);
	const acts = c.acts ?? [];
	const end = toldEnd(c.stem);
	if (end) {
		const told = acts.map((a) => a.told);
		if (acts.length !== 4 || new Set(told).size !== 4) return 'not four acts of four sentences';
		const want = end === 'first' ? Math.min(...told) : Math.max(...told);
		if (acts[0]?.told !== want) return `the key is not the act told ${end}`;
		return c.answer === acts[0]?.option &&
			acts.slice(1).every((w, i) => c.distractors[i] === w.option)
			? undefined
			: 'the options are not the acts';
	}
	if (!relation || acts.length !== 5) return 'not four acts and an anchor';
	const [key, x, y, z, anchor] = acts as [
		{ told: number; option: string },
		...{ told: number; option: string }[]
	];
	if (!anchor || new Set(acts.map((a) => a.told)).size !== 5) return 'two acts share a sentence';
	const sign = relation === 'after' ? 1 : -1;
	if (sign * (key.told - anchor.told) <= 0) return `the key is not told ${relation} the anchor`;
	for (const w of [x, y, z]) {
		if (!w) return 'not four acts and an anchor';
		const d = sign * (w.told - anchor.told);
		if (d > 0 && d < sign * (key.told - anchor.told))
			return `"${w.option}" is told between the anchor and the key`;
	}
	const name = TOLD_STEM.exec(c.stem)?.[1] ?? '';
	const asked = anchor.option.startsWith(`${name} `) ? anchor.option.slice(name.length + 1) : '';
	if (!asked || !c.stem.endsWith(` ${asked}?`)) return 'the stem does not name the anchor act';
	return c.answer === key.option && [x, y, z].every((w, i) => c.distractors[i] === w?.option)
		? undefined
		: 'the options are not the acts';
}

/**
 * Why a told item's options are not whole acts of one person said one way, or undefined: every
 * option opens with the stem's name, is ACT_WORDS long, holds no date, and leans on nothing.
 */
export function toldActsProblem(c: Candidate): string | undefined {
	const name = stemName(c.stem);
	if (!name) return 'no person in the stem';
	for (const o of [c.answer, ...c.distractors]) {
		// "Mara Lenz opened …" beside "Mara opened …": two forms of the name.
		if (!o.startsWith(`${name} `) || /^\p{Lu}/u.test(o.slice(name.length + 1)))
			return `"${o}": not said of ${name} in one form`;
		const n = wordsOf(o).length;
		if (n < ACT_WORDS.min || n > ACT_WORDS.max) return `"${o}": ${n} words`;
		if (DATED.test(o)) return `"${o}": a date or a figure`;
		const rest = o.slice(name.length + 1);
		if (LEANS.test(rest) || HANGING.test(rest)) return `"${o}": a word that leans outside it`;
	}
	return undefined;
}

/**
 * Whether a told item's key says its source sentence word for word but for its subject (the name
 * for a "She", one form for another) and a date taken out ("He married Else Köppen in 1913" as
 * "Wegener married Else Köppen"): the answer-in-source check lets it through.
 */
export function toldKeyInSource(c: Candidate): boolean {
	const name = stemName(c.stem);
	if (c.kind !== 'sequence' || !c.acts || !name || !c.answer.startsWith(`${name} `)) return false;
	const said = c.answer.slice(name.length + 1);
	return containsWords(c.source.sentence.replace(DATE_PHRASE, ''), said);
}
