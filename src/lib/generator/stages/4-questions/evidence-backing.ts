// "Which sentence from the article best supports the claim that air travel has become far
// cheaper?": a general sentence of the article (the claim) and the sentence right after it that
// bears it out with an example or a figure (the key). The wrong options are sentences of other
// paragraphs of the same form (a figure, an example) that back other points, on none of the claim's
// own words. Opt-in, with the claims of named subjects (evidence.ts), as `supporting-evidence`.
import type { Candidate, EvidenceClaim, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { BACK_REFERENCE, wholeSentenceFact } from '../3-facts/sentences';
import { wordsOf } from '../../well-formed';
import { evidenceStem, lengthProblem, optionProblem, sharesNumber } from './evidence-options';
import { capitalsOf } from './stem-checks';

/** The claim class of a backed claim: its checks read it apart from the named-subject classes. */
export const BACKING_CLASS = 'backing';
/** A claim of this many words at least, and at most. */
const CLAIM_MIN_WORDS = 6;
const CLAIM_MAX_WORDS = 22;
/** A paragraph of this many sentences runs over several points. */
const LONG_PARAGRAPH = 10;
/** At most this many backed claims per article. */
const MAX_ITEMS = 3;

/** "For example, …": the key says it gives an example; the option drops the words. */
const EXAMPLE_OPENING =
	/^(for (example|instance)|as an example|in one (case|study|scheme|survey|example)|to take one example|in particular|specifically|in fact|indeed),\s+/i;
/** "…, including shutting two mills and …": examples the sentence gives of a general point. */
const EXAMPLE_LIST = /,\s+(including|such as)\s/i;
/** "The town, for example, …": an example said as one inside the sentence; the option drops it. */
const EXAMPLE_INSIDE = /,\s+(for (example|instance)|in particular),(?=\s)/i;
/** Words that open a claim as a link to the sentence before, dropped from the claim. */
const CLAIM_LINK = /^(but|and|so|yet|however|still|today|now|indeed|in fact|overall),?\s+/i;
/**
 * A sentence opening on these turns against the one before, goes on to what came next, or turns to
 * another case ("Further afield, Luxembourg made …" after a claim on London: review k6, P4-Q3).
 */
const CONTRAST_OPENING =
	/^(but|however|yet|still|although|though|even so|nevertheless|on the other hand|instead|then|next|later|afterwards|finally|meanwhile|further afield|elsewhere|abroad|by contrast|in contrast|similarly|likewise|in other (countries|places|cities|lands))\b/i;
/** A claim said in the present ("is", "have", "can"), not a past event of a chronicle. */
const PRESENT_VERB = /\b(is|are|has|have|can|may|remains?|tends?|becomes?|makes?|needs?|shows?)\b/i;
/** "… have been seen racing …", "… have in fact been taking place …": a report, not a point. */
const REPORTED = /\b(has|have) (\p{L}+ ){0,2}been \p{Ll}+(ed|en|ing|seen)\b/iu;
/** Words that point to a person or thing of another sentence, or to the writer and the reader. */
const POINTING =
	/\b(he|she|him|his|hers|they|them|this|these|those|i|me|my|we|us|our|you|your|here|above|below|it)\b|^(its|there|such)\b/i;
/** "Eavesdropping is the act of …": a definition, which nothing bears out. */
const DEFINITION =
	/^(\S+ ){1,4}(is|are|was|were) (a|an|the|one) |\b(refers? to|(is|are) defined|(is|are) known as|(is|are) called)\b/i;
/** A claim said as true now ("is", "have grown", "can"): news and essays back such with figures. */
const GENERAL_TENSE =
	/\b(is|are|has|have|can|may|remains?|tends?|becomes?|makes?|needs?|shows?|often|steadily|greatly|widely|largely|frequently|increasingly|rapidly|sharply|dramatically|significantly|steady|commonly|usually)\b/i;
/** A pronoun for a person or group of another sentence, or a turn against what came before. */
const OPTION_LEANS = /\b(he|she|they|them|him|however)\b/i;

/** Words of a general claim that a figure or a case can bear out: sizes, trends, extents. */
export const GENERAL =
	/\b(some|various|variety|range|number of|different|many|most|much|more|fewer|less|few|several|numerous|large|larger|huge|vast|small|smaller|growing|grew|grown|grow|rising|rose|risen|rise|increase[sd]?|increasing|fell|falling|fallen|decline[sd]?|declining|drop(ped)?|popular|common|widespread|rare|expensive|costly|cheap|cheaper|rapid(ly)?|quick(ly)?|fast|slow(ly)?|often|frequent(ly)?|rarely|successful|success|failed|dangerous|deadly|serious|severe|important|significant(ly)?|dramatic(ally)?|sharp(ly)?|steady|steadily|record|high|higher|low|lower|strong|weak|big|bigger|major|heavy|heavily|best|worst|better|worse|improved?|damage[sd]?|difficult|hard)\b/i;
/** Words of no weight when telling what a claim is about (a title is part of a name, no matter). */
const LIGHT =
	/^(toward|towards|president|minister|secretary|about|after|also|been|before|being|both|could|does|each|even|from|have|into|just|like|made|make|many|more|most|much|must|only|other|over|same|should|some|such|than|that|their|them|then|there|they|this|those|through|very|were|what|when|where|which|while|will|with|would|year|years|said|says)$/;

/** The weighty words of a text, each as its first five letters ("economy" and "economic" are one). */
export const weightStems = (text: string) =>
	new Set(
		(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
			.filter((w) => !LIGHT.test(w))
			// "party" and "parties" are one stem: a final y is written as the plural's i.
			.map((w) => w.replace(/y$/, 'i').slice(0, 5))
	);

/** Stems in more than a tenth of the article's sentences (four at least): its topic, telling nothing. */
export function topicStems(sentences: readonly { text: string }[]): Set<string> {
	const counts = new Map<string, number>();
	for (const s of sentences)
		for (const w of weightStems(s.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
	const floor = Math.max(4, sentences.length / 10);
	return new Set([...counts].filter(([, n]) => n >= floor).map(([w]) => w));
}

/** A text's weighty stems that say what it is about: no topic stem, no size or trend word. */
export function matterStems(text: string, topic: ReadonlySet<string>): Set<string> {
	const specific = text.replace(new RegExp(GENERAL.source, 'gi'), ' ');
	return new Set([...weightStems(specific)].filter((w) => !topic.has(w)));
}

/** A text's size or trend words ("cheaper", "fell"): what a claim says of its matter. */
const trendWords = (text: string) =>
	new Set((text.match(new RegExp(GENERAL.source, 'gi')) ?? []).map((w) => w.toLowerCase()));

/**
 * The stems the claim and its key share, the article's topic words among them ("birds" of "how far
 * the birds travelled" and "eleven birds had flown"): what ties the key to the claim. A wrong
 * option on them is on the claim's matter as the key is, so the key does not stand out by them.
 */
export function linkStems(claim: string, key: string): Set<string> {
	const inKey = weightStems(key);
	return new Set([...matterStems(claim, new Set())].filter((w) => inKey.has(w)));
}

/** The claim's stems a text shares, the article's topic stems excepted. */
export function sharedClaimStems(claim: string, text: string, topic: ReadonlySet<string>) {
	const inText = weightStems(text);
	return [...weightStems(claim)].filter((w) => inText.has(w) && !topic.has(w));
}

/** "Since taking office, …", "In recent years, …": a fronted phrase of time, no part of the claim. */
const FRONTED =
	/^(since|after|before|during|over|following|throughout|amid|amidst|in recent (years|months|weeks))\b[^,]{0,40},\s+(?=\p{Lu})/iu;
/** ", signaling a wish to …": a participle's tail that says more than the claim needs. */
const PARTICIPLE_TAIL = /,\s+\p{Ll}+ing\b.*$/u;

/**
 * The main clause of a claim sentence: "Since taking office, the mayor has shown a change of
 * course, signaling …" claims "the mayor has shown a change of course". Only what the sentence
 * asserts is kept, so the claim stays true to it.
 */
function mainClause(text: string): string {
	const cut = text.replace(FRONTED, '').replace(PARTICIPLE_TAIL, '');
	return /^\p{Lu}/u.test(cut) || cut === text
		? cut
		: `${cut.charAt(0).toUpperCase()}${cut.slice(1)}`;
}

/** The sentence bare of its opening link and full stop, if it can stand as a claim. */
export function bareClaim(text: string): string | undefined {
	const t = text.trim();
	if (!/^\p{Lu}/u.test(t) || !/[^.]\.$/.test(t)) return undefined;
	if (/[\d"“”()[\];:?!]|(^|\s)['‘’]|['‘’](\s|$)/.test(t) || POINTING.test(t)) return undefined;
	const bare = mainClause(t.replace(CLAIM_LINK, '').replace(/\.$/, ''));
	if (BACK_REFERENCE.test(bare) || DEFINITION.test(bare)) return undefined;
	// "For example, …": an example itself, not the point it is an example of.
	if (EXAMPLE_OPENING.test(t) || EXAMPLE_INSIDE.test(t)) return undefined;
	const n = wordsOf(bare).length;
	return n >= CLAIM_MIN_WORDS && n <= CLAIM_MAX_WORDS ? bare : undefined;
}

/**
 * The sentence as a claim ("that …"), or undefined when it cannot stand as one. `names` holds the
 * words the article only ever writes with a capital, mid-sentence too: names, which keep their
 * capital ("Gjirokastër also has …", review k6 P7-Q8, a name the tagger did not know).
 */
export function claimOf(s: Sentence, names: ReadonlySet<string> = new Set()): string | undefined {
	const bare = bareClaim(s.text);
	if (!bare || !s.tokens.some((t) => t.tags.has('Verb'))) return undefined;
	// "The Kelmor Council …" keeps its capital; "Air travel …" does not.
	const at = s.start + s.text.indexOf(bare);
	const first = s.tokens.find((t) => t.start === at);
	// "Trump's …", "National Security Adviser …": a possessive or a capital after it says a name.
	// "Important Greek industries …": such a word before a name is no part of it.
	const adjective = PLAIN_OPENING.test(first?.text ?? '');
	const named =
		first?.tags.has('ProperNoun') ||
		names.has(/^\p{L}+/u.exec(bare)?.[0] ?? '') ||
		/^\p{Lu}{2}|^\p{L}+['’]s\s/u.test(bare) ||
		(!adjective && /^(?!(?:A|An|The|In|On|At|Of)\s)\p{L}+\s\p{Lu}/u.test(bare));
	return named ? bare : bare.charAt(0).toLowerCase() + bare.slice(1);
}

/** Words of size or kind that open a sentence before a name but are never part of one. */
const PLAIN_OPENING =
	/^(important|major|key|main|modern|other|several|various|traditional|popular|common|typical|recent|most|some|many|leading|large|small)$/i;

/** The backing sentence as an option: "For example, the …" → "The …". */
export function backingOption(text: string): string {
	const bare = text.replace(EXAMPLE_OPENING, '').replace(EXAMPLE_INSIDE, '');
	return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Whether `next` bears out `claim` by its form: an example it says it gives, or a figure. */
function backs(claimSentence: Sentence, next: Sentence, opensParagraph = false): boolean {
	if (LISTING.test(claimSentence.text)) return false;
	if (CONTRAST_OPENING.test(next.text)) return false;
	// An instruction backs no claim: it says what to do about it (review k6, P6-Q6).
	if (isInstruction(next)) return false;
	// "Braille appears widely, including on lift buttons …": the claim's sentence gives its own
	// examples, so the next one is no support of it (review k5, P7-Q10).
	if (EXAMPLE_LIST.test(claimSentence.text) || EXAMPLE_INSIDE.test(claimSentence.text))
		return false;
	if (EXAMPLE_OPENING.test(next.text) && !/^(in fact|indeed)/i.test(next.text)) return true;
	if (EXAMPLE_INSIDE.test(next.text)) return true;
	// A paragraph's opening point ("The two economies are closely linked.") is borne out by the
	// paragraph's figures, whatever its words: the figure after it is its first.
	if (opensParagraph && topicPoint(claimSentence, next)) return true;
	if (!GENERAL.test(claimSentence.text)) return false;
	// A figure bears out a point said as true now. After a past event ("the population grew
	// rapidly") or a report ("clouds have been seen"), a dated sentence is the next event (review
	// k5, P8-Q15; k6, P3-Q6, P4-Q2): only a short point of a report (pastPoint) is borne out so.
	const now =
		GENERAL_TENSE.test(claimSentence.text) &&
		PRESENT_VERB.test(claimSentence.text) &&
		!REPORTED.test(claimSentence.text);
	if (!now) return pastPoint(claimSentence, next);
	// "Trump's new line has shown in recent acts, including …": examples of the point just made, of
	// the claim's own subject by name ("Others, including a few …" or "In other lands, such as …"
	// turn to other cases).
	if (EXAMPLE_LIST.test(next.text)) return opensOnName(claimSentence, next);
	// A figure; a case by name alone is too often a new point.
	return /\d/.test(next.text) && !onlyDates(next.text) && !deniesClaim(claimSentence.text);
}

/** "Studies found …", "Police said …": a finding or a report, itself evidence, no point to back. */
const REPORT_VERB =
	/\b(found|find|finds|reported|reports|showed|shows|said|says|say|told|according|suggest(s|ed)?|estimated|estimates|recorded|measured|counted)\b/i;

/**
 * Words of extent or degree besides GENERAL's that make a sentence a point a figure can bear out
 * ("closely linked", "for centuries", "tiny parties"); without one, it tells an event or a fact.
 */
const POINT_WORD =
	/\b(largest|biggest|greatest|highest|lowest|fastest|closely|tiny|vast|enormous|again and again|for centuries|far|too|unusual(ly)?|remarkabl[ey]|extraordinar(y|ily)|plenty|scarce|crowded|packed|busy|busiest|slipping|slipped|slid|gained|gains?|lost|losing|soared|soaring|surged|plunged|doubled|tripled|shr[au]nk)\b/i;
/** "… are listed under audio formats": where the text lists things, no point a sentence bears out. */
const LISTING =
	/\b(listed|shown|described|covered|discussed|summari[sz]ed|given) (under|in|below|above|here|later)\b/i;
/** "… will take the place of …": a plan or a forecast, which no figure of today bears out. */
const FUTURE = /\b(will|would|shall|is to|are to|plans? to|expected to)\b/i;

/** A past claim of this many words at most reads as a point of a report, not an event of it. */
const POINT_MAX_WORDS = 14;
/**
 * A sentence opening on a time after the one before ("Three days later", "On 18 June", "Within a
 * month", "Then"): the next event of a chronicle, not evidence of the point before it.
 */
export const NEXT_EVENT =
	/^(then|next|later|soon|after|afterwards|afterward|within|until|when|once|eventually|finally|by (the|that|then|dawn|noon|nightfall|evening|morning)|on (\d+|the \d+|(mon|tues|wednes|thurs|fri|satur|sun)day)|in (\d+|(january|february|march|april|may|june|july|august|september|october|november|december))|(\w+ ){1,2}(days?|weeks?|months?|years?|hours?|minutes?) (later|after|afterwards)|the (next|following)|that (night|day|evening|morning|afternoon|week|month|year|summer|winter|spring|autumn)|at (first|last|dawn|noon|midnight))\b/i;

/**
 * A short past claim of a size, a speed or an extent, and a figure after it that is no next event:
 * "The effects of the strike spread quickly." / "Traffic … was almost stationary for two hours …"
 * News and history make their points so; a figure of the same paragraph bears them out.
 */
export function pastPoint(claimSentence: Sentence, next: Sentence): boolean {
	if (wordsOf(claimSentence.text).length > POINT_MAX_WORDS || !pointLike(claimSentence.text))
		return false;
	if (NEXT_EVENT.test(next.text)) return false;
	return /\d/.test(next.text) && !onlyDates(next.text);
}

/**
 * A sentence that may be a point a figure bears out: no finding or report of its own ("Studies
 * found …"), no report of what has been seen, nothing denied, no examples of its own.
 */
const pointLike = (text: string) =>
	(GENERAL.test(text) || POINT_WORD.test(text)) &&
	!FUTURE.test(text) &&
	!REPORT_VERB.test(text) &&
	!REPORTED.test(text) &&
	!deniesClaim(text) &&
	!EXAMPLE_LIST.test(text) &&
	!EXAMPLE_INSIDE.test(text);

/**
 * A paragraph's short opening sentence, no finding or report, whose next sentence gives a figure
 * that is no next event: the paragraph's point and its first evidence ("Cholera swept the city
 * again and again." / "About 14,000 people died in the epidemic of 1848 …").
 */
export const topicPoint = (claimSentence: Sentence, next: Sentence) =>
	pastPoint(claimSentence, next);

/**
 * Whether a sentence's only figures are years: "In September 1859, a solar storm produced auroras
 * near the tropics" is one event, the next point of a chronicle, and bears out no general claim
 * ("the Sun's activity rises and falls over a cycle of eleven years": a wrong key, tuning k2).
 */
export const onlyDates = (text: string) =>
	(text.match(/\d[\d,.]*/g) ?? []).every((n) => /^(1[0-9]|20)\d\d[.,]?$/.test(n));

/**
 * Whether a claim says what is not so: "most infections do not have symptoms" is not borne out by
 * the figure after it ("About 10% of latent infections progress to active disease", which tells
 * of the rest: a wrong key on dev+train). A figure shows what is, not what is not.
 */
export const deniesClaim = (text: string) =>
	/\b(not|no|never|none|neither|nor|without)\b|n['’]t\b/i.test(text);

/** The names a sentence writes with a capital inside it: "Trump" of "Since then, President Trump …". */
const namesIn = (text: string) =>
	new Set(
		(text.slice(1).match(/\b\p{Lu}[\p{L}-]{2,}/gu) ?? []).map((w) => w.replace(/['’]s$/, ''))
	);

/** Whether a sentence opens on a name the claim sentence gives: "Trump's …" after "… Trump …". */
function opensOnName(claimSentence: Sentence, next: Sentence): boolean {
	const names = namesIn(claimSentence.text);
	const opening = next.text.split(/\s+/).slice(0, 3).join(' ');
	const opens = opening.match(/\p{Lu}[\p{L}-]{2,}(?=['’]s\b|\s|$)/gu) ?? [];
	return opens.some((w) => names.has(w));
}

/**
 * Whether the sentence after a claim goes on with it: in its paragraph, or opening the next one on
 * a name the claim gives ("President Trump has shifted …" / "Trump's softer line has shown …").
 */
function carriesOn(claimSentence: Sentence, next: Sentence): boolean {
	return next.paragraph === claimSentence.paragraph || opensOnName(claimSentence, next);
}

/** Whether a sentence reads as evidence: a figure, or an example it says it gives. */
const evidenceLike = (s: Sentence) =>
	/\d/.test(s.text) || EXAMPLE_OPENING.test(s.text) || EXAMPLE_INSIDE.test(s.text);

/** Why a sentence cannot be an option of a backed claim, or undefined. */
export function backingOptionProblem(text: string): string | undefined {
	const option = backingOption(text);
	const problem = optionProblem(option);
	if (problem) return problem;
	if (/[.!?]["”’]?\s+\p{Lu}/u.test(option.slice(0, -1))) return 'holds two sentences';
	return OPTION_LEANS.test(option) ? 'leans on another sentence' : undefined;
}

/**
 * Whether a sentence tells the reader what to do: a verb tagged imperative, or a bare verb opening
 * its main clause after a fronted phrase ("For something more recent, wander down …").
 */
function isInstruction(s: Sentence): boolean {
	if (s.tokens.some((t) => t.tags.has('Imperative'))) return true;
	const comma = s.text.indexOf(', ');
	if (comma < 0 || !s.tokens[0]?.tags.has('Preposition')) return false;
	const opening = s.tokens.find((t) => t.start - s.start > comma);
	return !!opening?.tags.has('Infinitive') && !opening.tags.has('Noun');
}

/** The words a text capitalises mid-sentence and never writes in lower case: its names. */
function onlyCapitalised(text: string): Set<string> {
	const lower = new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
	return new Set([...capitalsOf(text).inside].filter((w) => !lower.has(w.toLowerCase())));
}

/** How many sentences after a paragraph's opening point its evidence may come. */
export const LATER_REACH = 3;

/**
 * The paragraph's later sentences that bear out its opening point: a figure that is no next event,
 * or an example it says it gives, on a word of the point's own matter (the title's words aside,
 * which every sentence may have). The sentences between are the point's too: no option offers them.
 */
export function laterKeys(
	claimSentence: Sentence,
	later: readonly Sentence[],
	title: ReadonlySet<string>
): Sentence[] {
	const claim = claimSentence.text;
	if (wordsOf(claim).length > POINT_MAX_WORDS || !pointLike(claim)) return [];
	const matter = matterStems(claim, title);
	return later.filter(
		(s) =>
			s.paragraph === claimSentence.paragraph &&
			!CONTRAST_OPENING.test(s.text) &&
			!NEXT_EVENT.test(s.text) &&
			!isInstruction(s) &&
			((/\d/.test(s.text) && !onlyDates(s.text)) ||
				(EXAMPLE_OPENING.test(s.text) && !/^(in fact|indeed)/i.test(s.text))) &&
			[...weightStems(s.text)].some((w) => matter.has(w))
	);
}

/** The backed-claim items of an article. */
export function backingCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[]
): Candidate[] {
	const headings = norm.paragraphs.filter((p) => p.heading);
	const prose = sentences.filter(
		(s) => !headings.some((h) => s.start >= h.start && s.end <= h.end)
	);
	const topic = topicStems(prose);
	const names = onlyCapitalised(norm.text);
	const out: Candidate[] = [];
	const title = weightStems(norm.title ?? '');
	for (let i = 0; i + 1 < prose.length && out.length < MAX_ITEMS; i++) {
		const claimSentence = prose[i] as Sentence;
		const next = prose[i + 1] as Sentence;
		if (next.index !== claimSentence.index + 1 || !carriesOn(claimSentence, next)) continue;
		const claim = claimOf(claimSentence, names);
		if (!claim) continue;
		const opens = prose[i - 1]?.paragraph !== claimSentence.paragraph;
		// The next sentence, else (of a paragraph's opening point) a later one of its paragraph.
		const keys = backs(claimSentence, next, opens)
			? [next]
			: opens
				? laterKeys(claimSentence, prose.slice(i + 2, i + 1 + LATER_REACH), title)
				: [];
		for (const key of keys) {
			const item = backedItem(claimSentence, claim, key, prose, topic);
			if (!item) continue;
			out.push(item);
			i = prose.indexOf(key);
			break;
		}
	}
	return out;
}

/** One item: the claim, its backing sentence, and three of the form from other paragraphs. */
function backedItem(
	claimSentence: Sentence,
	claim: string,
	next: Sentence,
	prose: readonly Sentence[],
	topic: ReadonlySet<string>
): Candidate | undefined {
	const key = backingOption(next.text);
	if (backingOptionProblem(next.text)) return undefined;
	// A key on the claim's own words is found by matching them: it must say it otherwise.
	if (sharedClaimStems(claim, key, topic).length > 1) return undefined;
	// No sentence of the claim's or the key's paragraph: a paragraph argues one point, and its other
	// sentences may back the claim too ("a referendum … for citizens to vote on directly" beside the
	// claim on direct democracy; review k6's double keys). A paragraph of LONG_PARAGRAPH sentences
	// runs over several points: of it, a sentence three away at least, on none of the claim's or the
	// key's names.
	const names = new Set([...namesIn(claimSentence.text), ...namesIn(next.text)]);
	const long =
		prose.filter((s) => s.paragraph === claimSentence.paragraph).length >= LONG_PARAGRAPH;
	const apart = (s: Sentence) =>
		Math.abs(s.index - claimSentence.index) > 2 &&
		((s.paragraph !== claimSentence.paragraph && s.paragraph !== next.paragraph) ||
			(long && ![...namesIn(` ${s.text}`)].some((n) => names.has(n))));
	// An instruction is no evidence, and may tell the reader to do what the claim says.
	const usable = (s: Sentence) =>
		apart(s) &&
		!isInstruction(s) &&
		!backingOptionProblem(s.text) &&
		!sharesNumber(s.text, next.text) &&
		!sharedClaimStems(claim, s.text, topic).length;
	// Sentences on the key's matter first: three on other matters leave the key the only one a
	// reader could choose (review k7 P1-Q4, k8 P3-Q5). They share no word of the claim, and none
	// says its size or trend ("cheaper", "fell"), so none bears the claim out as well.
	const matter = new Set([...matterStems(next.text, topic), ...linkStems(claimSentence.text, key)]);
	const trend = trendWords(claimSentence.text);
	const onMatter = (s: Sentence) =>
		[...weightStems(s.text)].some((w) => matter.has(w)) &&
		![...trendWords(s.text)].some((w) => trend.has(w));
	// Then sentences of the key's form (a figure, an example), the nearest first.
	const near = (a: Sentence, b: Sentence) =>
		Number(onMatter(b)) - Number(onMatter(a)) ||
		Number(evidenceLike(b)) - Number(evidenceLike(a)) ||
		Math.abs(a.index - next.index) - Math.abs(b.index - next.index) ||
		a.index - b.index;
	const pool = prose.filter(usable).sort(near).slice(0, 16);
	const wrong = pickThree(key, pool);
	return wrong && backedCandidate(claimSentence, claim, next, key, wrong);
}

/** The first three of the pool whose lengths sit near the key's (evidence.ts's rule). */
function pickThree(key: string, pool: readonly Sentence[]): Sentence[] | undefined {
	for (let a = 0; a < pool.length; a++)
		for (let b = a + 1; b < pool.length; b++)
			for (let c = b + 1; c < pool.length; c++) {
				const three = [pool[a], pool[b], pool[c]] as Sentence[];
				if (!lengthProblem([key, ...three.map((s) => backingOption(s.text))])) return three;
			}
	return undefined;
}

function backedCandidate(
	claimSentence: Sentence,
	claim: string,
	next: Sentence,
	key: string,
	wrong: Sentence[]
): Candidate {
	const fact = wholeSentenceFact(next, {
		id: `evidence-${next.index}-${BACKING_CLASS}`,
		kind: 'event',
		value: { text: key, start: next.start, end: next.end, type: 'thing' },
		statement: next.text,
		salience: 1
	});
	const evidenceClaim: EvidenceClaim = {
		text: claim,
		subject: '',
		entity: '',
		classId: BACKING_CLASS,
		predicate: claim,
		claimSentence: { text: claimSentence.text, sentence: claimSentence.index },
		options: [next, ...wrong].map((s) => ({
			text: backingOption(s.text),
			sentence: s.index,
			names: false
		}))
	};
	return {
		id: `${fact.id}-supporting-evidence`,
		kind: 'supporting-evidence',
		stem: evidenceStem(claim),
		answer: key,
		distractors: wrong.map((s) => backingOption(s.text)),
		fact,
		source: { sentence: next.text, start: next.start, end: next.end },
		explanation: `The article says "${claimSentence.text}" and bears it out ${next.index === claimSentence.index + 1 ? 'in the next sentence' : 'later in the paragraph'}: "${next.text}" The other sentences back other points.`,
		claim: evidenceClaim,
		evidence: [claimSentence, ...wrong]
			.map((s) => ({ sentence: s.text, start: s.start, end: s.end }))
			.sort((a, b) => a.start - b.start)
	};
}
