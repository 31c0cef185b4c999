// The wrong options of an effect item: other outcomes and events of the same article, of the key's
// form. A clause is offered only when it tells of something that happened (a verb of action, of
// the key's tense), a phrase only when it names an event; never a statement of how things are.
import nlp from 'compromise/two';
import { containsWords, wordsOf } from '../../well-formed';
import { shuffle } from '../../random';
import { topicOf } from './topics';
import { tellsOfHappening } from '../3-facts/links';

/** An option that could be offered as an outcome. */
export interface Outcome {
	text: string;
	sentence: number;
	form: 'clause' | 'phrase';
	/** Set when the article gives it as a cause or an effect: it reads as an outcome. */
	linked: boolean;
	/** Set when the sense dictionary files its head as an act, an event or a state. */
	happening?: boolean;
}

/** What an option's words say of its form: a verb of its own, and whether it tells of the past. */
export interface OptionShape {
	finite: boolean;
	past: boolean;
	/** A verb other than "be" or "have": something happened. */
	acts: boolean;
}

/** How an option reads: "Paper money was issued" (finite, past, acts), "An economic revival". */
export function shapeOf(text: string): OptionShape {
	const verbs = termsOf(text).filter((t) => t.tags.includes('Verb'));
	const tagged = (tag: string) => verbs.some((t) => t.tags.includes(tag));
	const finite =
		tagged('PresentTense') || tagged('Copula') || tagged('Modal') || tagged('Auxiliary');
	// "is known", "has increased": the first verb says the tense.
	const first = verbs[0];
	const past =
		!!first && (first.tags.includes('PastTense') || /^(was|were|had|did)$/.test(first.normal));
	const acts = verbs.some(
		(t) =>
			!t.tags.includes('Copula') &&
			!t.tags.includes('Auxiliary') &&
			!/^(has|have|had|having|is|are|was|were|be|been|being)$/.test(t.normal)
	);
	return { finite: finite || tagged('PastTense'), past, acts };
}

/** A word as the tagger reads it. */
export interface TaggedTerm {
	normal: string;
	tags: string[];
}

/** The words of a text, tagged. */
export function termsOf(text: string): TaggedTerm[] {
	const json = nlp(text).terms().json() as { terms: TaggedTerm[] }[];
	return json.map((t) => t.terms[0]).filter((t): t is TaggedTerm => !!t);
}

/**
 * Heads of phrases that name no event whatever their suffix: "a combination of good luck", "an
 * important addition", "a novel experience" read as vague bits of sentences, not outcomes.
 */
const ABSTRACT =
	/\b(combination|addition|experience|performance|attention|question|position|situation|condition|tradition|relation|relations|section|portion|mention|notion|intention|opinion|version|dimension|region|nation|location|population|generation|foundation|institution|organization|government|department|element|environment|equipment|argument|statement|document|instrument|importance|appearance|distance|existence|evidence|difference|sequence|audience|science|presence|residence|conference|pronunciation|function|description|definition|information|education|collection|selection|composition|competition|direction|interest|demand|pressure|change|changes|settlement|commitment|movement|development|exception|distribution|opposition|entrance|formulation|estimation|concentration|production)$/i;

const LINKING = /^(of|in|for|against|across|between|with|from|on|to|by)$/i;

/** Whether a phrase names an event a reader can tell apart: a head of its own, a name or a "of". */
export function namesEvent(text: string): boolean {
	const words = wordsOf(text);
	// The head stands before its first preposition: "the population of the North".
	const linkAt = words.findIndex((w, i) => i > 0 && LINKING.test(w));
	const head = words[(linkAt > 0 ? linkAt : words.length) - 1] ?? '';
	if (words.length < 2 || ABSTRACT.test(head) || /\bWorld War$/.test(text)) return false;
	// "An annual growth", "A new petition": an adjective and a head say of what nothing.
	if (/^(a|an)$/i.test(words[0] ?? '') && words.length < 4 && !/\s\p{Lu}/u.test(text)) return false;
	return (
		words.length >= 3 ||
		/\b(of|in|for|against|across|between|with|from)\b/.test(text) ||
		/\s\p{Lu}/u.test(text)
	);
}

/** How far from the key's length a wrong option may be, in words. */
const LENGTH_SLACK = 0.5;

/** Whether two texts say one thing: the same words, or one inside the other. */
export const sameText = (a: string, b: string) =>
	a.toLowerCase() === b.toLowerCase() || containsWords(a, b) || containsWords(b, a);

/** What the options are picked against: the key, its sentence and cause, the results to avoid. */
export interface OptionTarget {
	answer: string;
	form: 'clause' | 'phrase';
	sentence: number;
	cause: string;
	/** Every outcome the article gives the cause: none may be offered as wrong. */
	outcomes: readonly string[];
	/** The start of the head noun of the key's subject, "crevass" of "Marginal crevasses form". */
	head?: { head: string; named: boolean };
}

/**
 * The head of a clause's subject: the last word before its first verb, cut to its stem. A name
 * ("Feynman ducked …") is kept whole and marked: what else a person did far from the key is no
 * result of its cause, while "Crevasses form" beside "Marginal crevasses form" may be one.
 */
export function subjectHead(
	clause: string,
	names: ReadonlySet<string> = new Set()
): { head: string; named: boolean } | undefined {
	const terms = termsOf(clause);
	const verb = terms.findIndex((t) => t.tags.includes('Verb'));
	const term = verb > 0 ? terms[verb - 1] : undefined;
	const head = term?.normal;
	if (!term || !head || head.length <= 3) return undefined;
	if (term.tags.includes('ProperNoun') || names.has(head)) return { head, named: true };
	return { head: head.slice(0, Math.max(4, head.length - 2)), named: false };
}

/**
 * The names of an article, in lower case: words it capitalizes inside a sentence and never writes
 * in lower case ("Feynman", not "Crevasses", which opens a sentence only).
 */
export function namesOf(texts: readonly string[]): Set<string> {
	const capital = new Set<string>();
	const lower = new Set<string>();
	for (const text of texts)
		text
			.split(/[^\p{L}'-]+/u)
			.filter(Boolean)
			.forEach((w, i) => {
				if (/^\p{Ll}/u.test(w)) lower.add(w);
				else if (i > 0) capital.add(w.toLowerCase());
			});
	return new Set([...capital].filter((w) => !lower.has(w)));
}

/** Sentences either side of the key within which another clause about the key's named subject stays out. */
const NAME_APART = 3;

/** Whether an option is about the key's subject, so near the key (or, unnamed, anywhere) it may be its result too. */
function sharesSubject(o: Outcome, t: OptionTarget): boolean {
	const h = t.head;
	if (!h || !wordsOf(o.text.toLowerCase()).some((w) => w.startsWith(h.head))) return false;
	return !h.named || Math.abs(o.sentence - t.sentence) <= NAME_APART;
}

/**
 * Whether an outcome stands too near the key: in its sentence, or the one after (what follows a
 * result may be its result too). A phrase of the sentence before, on none of the cause's words
 * (phraseApart), tells of something else that happened before it.
 */
const tooNear = (o: Outcome, t: OptionTarget) =>
	o.sentence === t.sentence ||
	o.sentence === t.sentence + 1 ||
	(o.sentence === t.sentence - 1 && t.form === 'clause');

/** Whether an outcome may stand beside the key: its form, its tense, an event, far from the key. */
function fits(o: Outcome, t: OptionTarget, key: OptionShape): boolean {
	const size = wordsOf(t.answer).length;
	if (
		o.form !== t.form ||
		tooNear(o, t) ||
		Math.abs(wordsOf(o.text).length - size) > Math.max(3, size * LENGTH_SLACK) ||
		t.outcomes.some((e) => sameText(e, o.text)) ||
		sameText(o.text, t.cause) ||
		containsWords(t.answer, o.text) ||
		containsWords(o.text, t.answer)
	)
		return false;
	// "Britain declared war" beside "… of Prussia's alliance with Britain?": a name of the stem's
	// cause in a wrong option reads as a clue.
	const names = t.cause.match(/\b\p{Lu}[\p{L}-]{2,}/gu) ?? [];
	if (names.some((n) => o.text.includes(n.replace(/['’]s$/, '')))) return false;
	const shape = shapeOf(o.text);
	// "Tuberculosis generally affects the lungs" beside "Paper money was issued": a statement of how
	// things are is no outcome; a clause tells of something done, in the key's tense.
	// "Crevasses form due to …" beside "Marginal crevasses form …": of one thing, it may be a result too.
	if (sharesSubject(o, t)) return false;
	// A clause in the present ("The Sahara stretches …") tells how things are: only one the article
	// gives as a cause or a result reads as an outcome.
	if (t.form === 'clause') return clauseFits(o, shape, t, key);
	return !shape.finite && namesEvent(o.text) && phraseApart(o, t);
}

/** Verbs that say where a thing is or what it holds: "the Sahara stretches from …" explains nothing. */
const DESCRIBING =
	/\b(stretch|stretches|lies|lie|covers|cover|comprises|comprise|includes|include|consists|consist|contains|contain|borders|border|extends|extend|spans|span|occupies|measures|ranges|located|situated|known|called|named|home|means|refers)\b/i;

/** Whether a clause tells where a thing is or what it holds rather than of something done. */
export const describes = (clause: string) => DESCRIBING.test(clause);

/** Sentences either side of the key from which an unlinked statement of how things are stays out. */
const STATE_APART = 2;

/**
 * Whether a wrong clause reads as an outcome beside the key: in its tense, telling of something
 * done, or of a state beside a key of state ("Winters are mild for the latitude"). A clause in the
 * present the article links to nothing tells how things are: it stands only beside a key in the
 * present, never as a description of where or what a thing is, and far from the key (what is said
 * beside a result may be part of it).
 */
function clauseFits(o: Outcome, shape: OptionShape, t: OptionTarget, key: OptionShape): boolean {
	if (!shape.finite || shape.past !== key.past || !(shape.acts || !key.acts)) return false;
	if (key.past || o.linked) return shape.acts;
	return !describes(o.text) && Math.abs(o.sentence - t.sentence) > STATE_APART;
}

/** Heads of a step someone took: two of them in one article may well be one step named twice. */
const STEP_HEAD =
	/^(decision|move|plan|order|directive|ban|suspension|halt|pause|policy|ruling|step)s?$/i;
/** The head of a phrase: the noun before its first preposition, "debates" of "debates within …". */
export function phraseHead(text: string): string {
	const words = wordsOf(text);
	const linkAt = words.findIndex(
		(w, i) =>
			i > 0 &&
			/^(of|in|for|against|across|between|with|from|on|to|by|within|about|over|towards?)$/i.test(w)
	);
	return words[(linkAt > 0 ? linkAt : words.length) - 1] ?? '';
}

/**
 * A wrong phrase must tell of something else than the cause: none on the cause's own words ("The
 * decision to halt the talks" beside "What did the suspension of the talks lead to?" is one step
 * named twice, or what led to it), none a step beside a step, and one the article does not link
 * must still tell of something that happened ("The delicate balance of power" tells of none).
 */
function phraseApart(o: Outcome, t: OptionTarget): boolean {
	const cause = topicOf(t.cause);
	if ([...topicOf(o.text)].some((w) => cause.has(w))) return false;
	if (STEP_HEAD.test(phraseHead(o.text)) && STEP_HEAD.test(phraseHead(t.cause))) return false;
	return o.linked || !!o.happening || tellsOfHappening(phraseHead(o.text));
}

/** Three wrong outcomes of the key's form and about its length, or fewer when the article has none. */
export function pickOutcomes(
	target: OptionTarget,
	pool: readonly Outcome[],
	rand: () => number
): Outcome[] {
	const size = wordsOf(target.answer).length;
	const key = shapeOf(target.answer);
	const ranked = shuffle(
		pool.filter((o) => fits(o, target, key)),
		rand
	)
		.map((o, i) => ({
			o,
			cost: (o.linked ? 0 : 1) + Math.abs(wordsOf(o.text).length - size) / size + i / 1000
		}))
		.sort((a, b) => a.cost - b.cost)
		.map((r) => r.o);
	const chosen: Outcome[] = [];
	for (const o of ranked) {
		if (chosen.length === 3) break;
		const bare = (t: string) => t.replace(/^(the|a|an) /i, '');
		if (
			!chosen.some(
				(c) =>
					c.sentence === o.sentence || sameText(bare(c.text), bare(o.text)) || alike(c.text, o.text)
			)
		)
			chosen.push(o);
	}
	return chosen;
}

/**
 * Whether two wrong options read as one event named twice ("The Chinese New Year celebrations" and
 * "New year celebrations in Taiwan"): two content words in common. A reader rules both out at once,
 * and the pair shows the key is the odd one out.
 */
export function alike(a: string, b: string): boolean {
	const other = topicOf(b);
	return [...topicOf(a)].filter((w) => other.has(w)).length >= 2;
}
