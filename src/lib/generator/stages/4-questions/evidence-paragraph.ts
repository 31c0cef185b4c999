// "Which sentence from the article best supports the claim that Yellowstone is one of the best
// places to watch wildlife?": the general form of the kind. A paragraph of an explainer, an essay,
// a speech or a report opens on its point, a general statement with a word of judgement or extent
// ("X is dangerous", "X can be slow", "X has become cheaper"); a sentence of the same paragraph
// right after it gives that point's figure, example or reason (the key). The wrong options are
// sentences of other paragraphs of the same article, of the key's form (a fact, not a point),
// true but on other points: none shares a word of the claim's own matter, its word of judgement,
// or a figure of the key, and none is a point itself. Every option stands alone: a key that opens
// on "It"/"Its" for the claim's subject is written out with it ("Its crust …" → "The park's crust
// …"). Opt-in, with the other evidence forms (evidence.ts), as `supporting-evidence`.
import type { Candidate, EvidenceClaim, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { BACK_REFERENCE, wholeSentenceFact } from '../3-facts/sentences';
import { wordsOf } from '../../well-formed';
import { evidenceStem, lengthProblem, optionProblem, sharesNumber } from './evidence-options';
import {
	backingOption,
	GENERAL,
	NEXT_EVENT,
	onlyDates,
	sharedClaimStems,
	topicStems,
	weightStems
} from './evidence-backing';
import { storyLike } from './main-idea-lead';
import { claimKeyRuleProblem, otherMatterProblem } from './evidence-claim-rules';

/** The claim class of a paragraph's point: its checks (evidence-paragraph-checks.ts) read it so. */
export const PARAGRAPH_CLASS = 'paragraph-point';
/** A point of this many words at least, and at most. */
const POINT_MIN_WORDS = 4;
/** A past-tense point of a history or a life is short: longer, it tells an event. */
const PAST_POINT_MAX_WORDS = 12;
const POINT_MAX_WORDS = 20;
/** How many sentences after its point a key may come, in the point's paragraph. */
export const KEY_REACH = 2;
/** At most this many items per article, each on another paragraph. */
const MAX_ITEMS = 3;

/**
 * Words of judgement or extent that make a sentence a point a fact can bear out, besides the sizes
 * and trends of GENERAL ("more", "rising"): "dangerous", "useful", "one of the best".
 */
export const JUDGEMENT =
	/\b(dangerous|safe|safer|risky|harmful|harmless|useful|valuable|helpful|important|essential|crucial|vital|necessary|effective|ineffective|efficient|easy|easier|simple|simpler|complicated|complex|tricky|popular|famous|well known|unusual|unique|remarkable|impressive|beautiful|strange|odd|surprising|affordable|healthy|unhealthy|powerful|fragile|tough|hardy|resilient|reliable|unreliable|fair|unfair|busy|quiet|crowded|ancient|good|bad|best|worst|central|special|diverse|rich|poor|fertile|harsh|tiny|enormous|vast|slipping|thriving|struggling|vulnerable|threatened|endangered|clever|intelligent|skilled|adaptable|versatile|flexible|costly|fragile|fierce|gentle|friendly|hostile|loyal|generous|brave|precise|accurate|mysterious|controversial|unpopular|hazardous|toxic|deadly|fatal|lethal|sensitive|delicate|durable|sturdy|strong|weak|slow|fast|quick|far|closely|widely|deeply|highly|hugely|enormously|extremely|remarkably|surprisingly|especially|particularly|increasingly|unlikely|likely|little|beyond|busiest|largest|biggest|greatest|oldest|highest|lowest|fastest|longest|richest|poorest|hardest|most|least|quickly|rapidly|slowly|soon|suited|easily|hardly|seriously|badly|worse|better|unsafe|secret|key|main|chief|astonishing|extraordinary|amazing|striking|faster|slower|stronger|weaker|wider|deeper|heavier|limitations?|drawbacks?|advantages?|benefits?|concerns?|problems?|risks?|dangers?|threats?|flaws?|weaknesses|strengths|challenges|consequences|unexpected|other jobs|other uses)\b/i;

/** A present or perfect statement ("is", "can", "has become", "tends"), not a past event. */
const PRESENT_POINT =
	/\b(is|are|can|cannot|may|might|must|should|remains?|tends?|seems?|becomes?|makes?|needs?|has|have|helps?|lets?|allows?|depends?|matters?|offers?|holds?|takes?|gives?|costs?|lasts?|lives?|grows?|varies|vary|differs?|affects?|carries|carry|requires?|keeps?|contains?)\b/i;

/** Words that point to another sentence, the writer or the reader: a claim must name its matter. */
const POINTING =
	/\b(this|these|those|i|me|my|we|us|our|you|your|here|above|below|such|that one|the former|the latter|all that|something|someone|somebody)\b|^(\S+\s+){0,2}that\s+\p{Ll}+\s|^the (first|second|third|other|last|next|latter|former|same|rest|result|answer|reason|problem|effect|outcome)\b/iu;
/**
 * A pronoun for a person or thing: the claim stands alone only where the sentence names it first
 * ("Brunel drove himself as hard as his workers"), never as its opening words ("Her work …").
 */
const PERSONAL = /\b(he|she|him|his|her|hers|they|them|their|theirs|it|its)\b/i;
const OPENS_PERSONAL =
	/^(\S+\s+)?(he|she|him|his|her|hers|they|them|their|theirs|it|its)\b|\b(he|she|him|they|them)\b/i;
/** "Researchers found …", "Police said …": a finding or report, itself evidence, not a point. */
const REPORT_VERB =
	/\b(found|finds|reported|reports|showed|said|says|say|told|according|estimated|estimates|recorded|measured|counted|announced|confirmed|argue|argued|argues|claimed|claims|believe|believes|think|thinks|insist|insists|complain|complains|fear|fears|worry|worries)\b/i;
/** "… will …": a plan or forecast, which no fact of today bears out. */
const FUTURE = /\b(will|would|shall|going to|plans? to|expected to|is to|are to)\b/i;
/** "X is a …", "X refers to …": a definition, which nothing bears out. */
const DEFINITION =
	/^(\S+ ){1,4}(is|are) (a|an|the) (\S+ ){0,2}(of|that|which|who|where|used|made|in)\b|\b(refers? to|(is|are) defined|(is|are) known as|(is|are) called|stands? for|means)\b/i;
/** "not", "never": a fact shows what is, not what is not. */
const DENIAL = /\b(not|no|never|none|neither|nor|without|cannot)\b|n['’]t\b/i;
/** Gives its own examples ("…, including …", "such as", "for example"): the next one is no key. */
const OWN_EXAMPLES =
	/,\s+(including|such as|for (example|instance)|from)\s|\bsuch as\b|\bfor (example|instance)\b|:/i;
/** Fillers the claim drops: the stem then says it in fewer of the sentence's words. */
const FILLER =
	/\b(also|indeed|in fact|of course|certainly|clearly|really|truly|simply|actually|quite|very|still)\b,?\s*/gi;
/** Openings that tie a sentence to the one before ("But", "However,"): dropped from a claim. */
const LINK = /^(but|and|so|yet|however|still|today|now|overall|in short|above all),?\s+/i;
/** A key opening on these turns against the point, tells the next event, or turns to another case. */
const TURN =
	/^(but|however|yet|still|although|though|even so|nevertheless|on the other hand|instead|by contrast|in contrast|meanwhile|elsewhere|similarly|likewise|others?|some|not all|unlike|like (every|most|many|all|other|any)|as with|as in)\b/i;

/** "For example, …", "such as …": a sentence saying it gives an example. */
const SAYS_EXAMPLE =
	/^(for (example|instance)|as an example|to take one example|in one (case|study|survey|town|city|school|year)|one (example|case|study|survey|reason)|take)\b|\b(for (example|instance)|such as|including)\b/i;
/** A reason or a consequence said as one: "because", "since", "so that", "which means". */
const SAYS_REASON =
	/\b(because|since|as a result|which means|so that|this means|that is why|thanks to|due to|caused by)\b/i;
/** Number words that give a figure as digits do: "half", "thousands", "twice", "one in three". */
const NUMBER_WORD =
	/\b(half|quarter|third|twice|double|triple|dozens?|hundreds|thousands|millions|billions|one in (two|three|four|five|ten)|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) (times|percent|per cent|kilometres|kilometers|miles|metres|meters|years|hours|minutes|days|weeks|months|species|people|members|million|thousand)|per cent|percent)\b/i;

/** Words that lean on another sentence anywhere in an option: a group, a turn, "this". */
const LEANS =
	/\b(they|them|however|this|these|those|such|the former|the latter)\b|^(that|the (first|second|third|other|last|next|same|rest|result|answer|reason|problem|effect|outcome))\b/i;
/** A person's pronoun: the option names the person first ("… Peter's troops … his …"), or it leans. */
const PERSON = /\b(he|she|him|his|her|hers)\b/i;
/** "it", "its" as a sentence's subject after an opening phrase, or ending it: a thing not named. */
const THING = /,\s+(it|its|their)\s|\b(it|them)[.!?]$|\b(of|for|to|with|on|about|from|by) it\b/i;
/** Openings that tie an option to the text around it: "Finally, …", "Also, …", "Then …". */
const CONNECTIVE =
	/^(finally|also|then|next|instead|besides|moreover|furthermore|in addition|in short|overall|so|and|or|as a result|therefore|thus|meanwhile)\b/i;
/** "Its …", "It …", "Their …": an opening pronoun the key may write out with the claim's subject. */
const OPENING_PRONOUN = /^(it|its|they|their|he|she|his|her)\b/i;

/** Whether a text gives a figure that is no bare year: digits, or a number said in words. */
export const givesFigure = (text: string) =>
	(/\d/.test(text) && !onlyDates(text)) || NUMBER_WORD.test(text);

/** How a sentence bears out a point: a figure, an example it says it gives, or a reason. */
export function evidenceForm(text: string): 'figure' | 'example' | 'reason' | undefined {
	if (givesFigure(text)) return 'figure';
	if (SAYS_EXAMPLE.test(text)) return 'example';
	if (SAYS_REASON.test(text)) return 'reason';
	return undefined;
}

/** The sentence's words of judgement or extent ("dangerous", "more"): what the point says. */
export const judgementWords = (text: string) =>
	new Set(
		[
			...(text.match(new RegExp(JUDGEMENT.source, 'gi')) ?? []),
			...(text.match(new RegExp(GENERAL.source, 'gi')) ?? [])
		].map((w) => w.toLowerCase())
	);

/**
 * Why a sentence cannot be a paragraph's point, or undefined: it must stand alone (no pronoun, no
 * figure, no quote), say something general in the present with a word of judgement or extent, and
 * be no definition, report, plan, denial, or list of its own examples.
 */
export function pointProblem(text: string, denial = false): string | undefined {
	const t = text.trim();
	if (!/^\p{Lu}/u.test(t) || !/[^.]\.$/.test(t)) return 'no plain statement';
	if (/[\d"“”()[\];?!]|(^|\s)['‘’]|['‘’](\s|$)/.test(t)) return 'a figure, a quote or a question';
	const n = wordsOf(t).length;
	if (n < POINT_MIN_WORDS || n > POINT_MAX_WORDS) return `${n} words`;
	if (POINTING.test(t) || BACK_REFERENCE.test(t) || OPENS_PERSONAL.test(t))
		return 'leans on another sentence';
	if (PERSONAL.test(t) && !/^\p{Lu}\p{Ll}+\s/u.test(t) && !/^the\s/i.test(t))
		return 'leans on another sentence';
	if (DEFINITION.test(t)) return 'a definition';
	if (REPORT_VERB.test(t)) return 'a report or finding';
	if (FUTURE.test(t)) return 'a plan or forecast';
	if (DENIAL.test(t) && !denial) return 'says what is not';
	if (OWN_EXAMPLES.test(t)) return 'gives its own examples';
	// A life or a history makes its points in the past ("Venice became the busiest printing centre
	// of all"): short ones only, as a longer past sentence tells an event.
	if (!PRESENT_POINT.test(t) && n > PAST_POINT_MAX_WORDS) return 'not said as true now';
	// Names are no judgement ("the Lower Lakes"): the words of judgement are read without them.
	const plain = t.replace(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu, ' ');
	if (!JUDGEMENT.test(plain) && !GENERAL.test(plain)) return 'no word of judgement or extent';
	return undefined;
}

/**
 * A long sentence's first clause, which the sentence asserts whole: "The axolotl is endangered in
 * the wild, and its numbers …" claims "The axolotl is endangered in the wild." A clause after
 * "but" is no cut (it may turn the first), nor one under six words.
 */
export function firstClause(text: string): string {
	if (wordsOf(text).length <= POINT_MAX_WORDS) return text;
	const m = /^(.+?),\s+(which|and|while|where|so)\s/.exec(text);
	if (!m || wordsOf(m[1]!).length < 6 || /\b(but|although|though)\b/i.test(text)) return text;
	return `${m[1]}.`;
}

/** The claim as the stem says it: the sentence bare of its link, fillers and full stop. */
export function pointClaim(text: string, names: ReadonlySet<string>): string {
	const bare = text
		.trim()
		.replace(LINK, '')
		.replace(FILLER, '')
		.replace(/\s{2,}/g, ' ')
		.replace(/\.$/, '');
	const first = /^\p{L}+/u.exec(bare)?.[0] ?? '';
	// A name keeps its capital ("Yellowstone is …"); "Air travel …" does not.
	return names.has(first) || /^\p{Lu}{2}/u.test(bare)
		? bare
		: bare.charAt(0).toLowerCase() + bare.slice(1);
}

/** A point's subject as a key's opening pronoun may name it. */
export interface PointSubject {
	text: string;
	plural: boolean;
	/** A person's name: "he", "she", "his", "her" stand for it. */
	person?: boolean;
}

/**
 * The point's subject, the words before its first verb, when they name one thing or group a
 * pronoun of the key may stand for: "Yellowstone", "the crust around the pools" (not "Most").
 */
export function pointSubject(s: Sentence): PointSubject | undefined {
	const verb = s.tokens.findIndex((t) => t.tags.has('Verb'));
	if (verb < 1 || verb > 5) return undefined;
	const head = s.tokens.slice(0, verb);
	const last = head[head.length - 1];
	if (!last?.tags.has('Noun') || last.tags.has('Pronoun') || /[,;:]/.test(last.post))
		return undefined;
	if (head.some((t) => /[,;:]/.test(t.post) || t.tags.has('Value'))) return undefined;
	const text = head
		.map((t, i) => (i < head.length - 1 ? t.text + t.pre.trim() : t.text))
		.join(' ')
		.replace(LINK, '');
	if (!/^(the\s|[\p{Lu}])/iu.test(text) || /^(a|an|some|many|most|all|each|every)\b/i.test(text))
		return undefined;
	// A person by name alone ("Bazalgette"): "He" or "She" of the next sentence may stand for them.
	const person = head.every((t) => t.tags.has('ProperNoun') && !t.tags.has('Possessive'));
	const noun = headNoun(head);
	if (!noun) return undefined;
	return { text, plural: noun.tags.has('Plural'), ...(person ? { person } : {}) };
}

/** Words for people as a group: "It" never stands for them ("Supporters of the system"). */
const PEOPLE =
	/^(people|persons?|supporters?|critics?|opponents?|residents?|voters?|members?|workers?|experts?|scientists?|researchers?|users?|visitors?|readers?|owners?|parents?|children|students?|teachers?|doctors?|patients?|farmers?|fans?|players?|leaders?|officials?|campaigners?|citizens?|locals?|staff|public|team|crowd|group|committee|council|government)$/i;

/**
 * The subject's head: the last noun before its first preposition ("Supporters" of "Supporters of
 * the system", "crust" of "the crust around the pools"), which a pronoun of the key must agree
 * with. Undefined (unsure) when it names people, for whom no "It" may stand, or is no noun.
 */
export function headNoun(head: readonly Sentence['tokens'][number][]) {
	const prep = head.findIndex((t, i) => i > 0 && t.tags.has('Preposition'));
	const upTo = prep < 0 ? head : head.slice(0, prep);
	const noun = upTo[upTo.length - 1];
	if (!noun?.tags.has('Noun') || noun.tags.has('Pronoun')) return undefined;
	if (PEOPLE.test(noun.normal) && !noun.tags.has('ProperNoun')) return undefined;
	return noun;
}

/**
 * The key as an option: "For example," dropped, and an opening "It"/"Its"/"They"/"Their" for the
 * claim's subject written out with it ("Its crust …" → "Yellowstone's crust …"). Undefined when
 * the pronoun cannot be the subject's (number), or when no subject is known.
 */
export function writtenOut(text: string, subject: PointSubject | undefined): string | undefined {
	const bare = backingOption(text);
	const m = OPENING_PRONOUN.exec(bare);
	if (!m) return bare;
	if (!subject) return undefined;
	const word = m[1]!.toLowerCase();
	const plural = word === 'they' || word === 'their';
	const personal = /^(he|she|his|her)$/.test(word);
	if (plural !== subject.plural || personal !== !!subject.person) return undefined;
	const name = subject.text.charAt(0).toUpperCase() + subject.text.slice(1);
	const possessive = subject.plural && /s$/.test(name) ? `${name}'` : `${name}'s`;
	const replaced = /^(its|their|his|her)$/.test(word) ? possessive : name;
	return replaced + bare.slice(m[0].length);
}

/** Why a sentence cannot be an option read on its own, or undefined. */
export function standAloneProblem(text: string): string | undefined {
	const problem = optionProblem(text);
	if (problem) return problem;
	if (/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(0, -1))) return 'holds two sentences';
	if (LEANS.test(text) || THING.test(text) || CONNECTIVE.test(text))
		return 'leans on another sentence';
	// "Two pump blood …", "Four of the six streams …": read as a number, not a sentence.
	if (
		/^(one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)\b/i.test(text)
	)
		return 'opens on a number';
	// "It", "its" with no noun of its own before them in the sentence point outside it.
	const it = /\b(it|its|their)\b/i.exec(text);
	if (it && wordsOf(text.slice(0, it.index)).length < 4) return 'leans on another sentence';
	const person = PERSON.exec(text);
	if (person && !/\s\p{Lu}\p{Ll}/u.test(text.slice(0, person.index)))
		return 'leans on another sentence';
	return undefined;
}

/**
 * A sentence that tells the reader what to do: a verb tagged imperative, or a bare verb opening it
 * or its main clause after an opening phrase ("If the airway is still blocked, call …").
 */
export function isInstruction(s: Sentence): boolean {
	if (s.tokens.slice(0, 4).some((t) => t.tags.has('Imperative'))) return true;
	const bare = (t: Sentence['tokens'][number] | undefined) =>
		!!t && t.tags.has('Infinitive') && !t.tags.has('Noun') && !t.tags.has('Modal');
	if (bare(s.tokens[0]) || /^(do|don't|never|always|please)\b/i.test(s.text)) return true;
	const comma = s.tokens.findIndex((t) => /,/.test(t.post));
	return comma >= 0 && comma < 12 && bare(s.tokens[comma + 1]);
}

/**
 * The sentence after a paragraph's point that bears it out: the next one, or one a little later
 * that gives a figure, an example or a reason. A turn ("However, …"), the next event of a story
 * ("Three days later …"), an instruction or a quotation stops the search: what follows is
 * another point, or someone's word.
 */
export function keyOf(after: readonly Sentence[], plainNext = true): Sentence | undefined {
	for (const [i, s] of after.entries()) {
		if (TURN.test(s.text) || NEXT_EVENT.test(s.text) || isInstruction(s) || /^["“']/.test(s.text))
			return undefined;
		// A birth opens a life's story: the next event, not evidence of the point before it.
		if (/\b(was|were) born\b/i.test(s.text)) return undefined;
		// A question asks; it bears nothing out.
		if (!/\.["”’)]?$/.test(s.text)) return undefined;
		if ((i === 0 && plainNext) || evidenceForm(s.text)) return s;
	}
	return undefined;
}

/**
 * Whether the key may bear the point out: a figure never shows what is not (a wrong key on
 * dev+train); a past point ("The river broke into the tunnel several times.") is followed as often
 * by the next event as by its evidence, so without a word of judgement ("busiest", "astonishing",
 * "far beyond") its key must share a word of its matter.
 */
export function keyBacks(point: Sentence, said: string, key: Sentence): boolean {
	if (DENIAL.test(said) && evidenceForm(key.text) === 'figure') return false;
	const judged = JUDGEMENT.test(said.replace(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu, ' '));
	return !pastPoint(point) || judged || sharedClaimStems(said, key.text, new Set()).length > 0;
}

/** Whether a point is told in the past: its first verb is ("grew", "was"), not "is", "can", "has". */
const pastPoint = (s: Sentence) =>
	!!s.tokens.find((t) => t.tags.has('Verb'))?.tags.has('PastTense');

/** "Water and feed steadily.": an instruction said as a heading, two verbs joined, no subject. */
const headingLike = (s: Sentence) =>
	s.tokens[1]?.normal === 'and' &&
	!!s.tokens[2]?.tags.has('Verb') &&
	!s.tokens[0]?.tags.has('Plural') &&
	!s.tokens[0]?.tags.has('ProperNoun');

/** The paragraph-point items of an article. */
export function paragraphCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	taken: ReadonlySet<number> = new Set()
): Candidate[] {
	if (storyLike(norm.text)) return [];
	const headings = norm.paragraphs.filter((p) => p.heading);
	const prose = sentences.filter(
		(s) => !headings.some((h) => s.start >= h.start && s.end <= h.end)
	);
	if (!prose.length) return [];
	const topic = topicStems(prose);
	const names = onlyCapitalised(norm.text);
	const paragraphs = [...new Set(prose.map((s) => s.paragraph))];
	const firstParagraph = paragraphs[0];
	const lastParagraph = paragraphs[paragraphs.length - 1];
	const out: Candidate[] = [];
	for (const p of paragraphs) {
		if (out.length >= MAX_ITEMS) break;
		// The close states the article's own thesis again, which many sentences bear out; so does
		// the lead's first sentence.
		if (p === lastParagraph) continue;
		const own = prose.filter((s) => s.paragraph === p);
		for (const [i, point] of own.entries()) {
			if (i === own.length - 1 || (p === firstParagraph && i === 0)) continue;
			const item = pointItem(point, own.slice(i + 1, i + 1 + KEY_REACH), i === 0);
			if (item) {
				out.push(item);
				break;
			}
		}
	}
	return out;

	/**
	 * The item of one point, if it makes one: a paragraph's opening point is borne out by the
	 * sentence after it, a point inside the paragraph only by one that gives a figure, an example
	 * or a reason (else it may be the next step of the paragraph's own point).
	 */
	function pointItem(point: Sentence, after: readonly Sentence[], opens: boolean) {
		if (taken.has(point.index)) return undefined;
		const said = firstClause(point.text);
		// The first clause keeps a verb of its own ("Several schools in the north, …" has none).
		const cut = point.start + said.length - 1;
		if (!point.tokens.some((t) => t.start < cut && t.tags.has('Verb'))) return undefined;
		// A paragraph may open on what is not so ("Ranked-choice voting is not new."), which its next
		// sentence bears out by a case; a guide's heading ("Water and feed steadily.") is no point.
		if (pointProblem(said, opens) || headingLike(point) || isInstruction(point)) return undefined;
		const key = keyOf(after, opens);
		if (!key || taken.has(key.index) || !keyBacks(point, said, key)) return undefined;
		const keyText = writtenOut(key.text, pointSubject(point));
		if (!keyText || standAloneProblem(keyText)) return undefined;
		const claim = pointClaim(said, names);
		if (claimKeyRuleProblem(claim, keyText) || otherMatterProblem(claim, keyText)) return undefined;
		return paragraphItem(point, claim, key, keyText, prose, topic);
	}
	return out;
}

/** The words a text capitalises mid-sentence and never writes in lower case: its names. */
function onlyCapitalised(text: string): Set<string> {
	const lower = new Set((text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map((w) => w));
	const inside = text.match(/(?<=[\p{Ll},;]\s)\p{Lu}[\p{L}'’-]*/gu) ?? [];
	return new Set(inside.filter((w) => !lower.has(w.toLowerCase())));
}

/**
 * Whether a sentence may be a wrong option of a point: of another paragraph, standing alone, a
 * fact and not a point itself, on none of the claim's own words nor its words of judgement, with
 * no figure of the key.
 */
export function wrongOptionProblem(
	s: Sentence,
	point: Sentence,
	key: Sentence,
	topic: ReadonlySet<string>
): string | undefined {
	if (s.paragraph === point.paragraph) return "of the point's paragraph";
	const problem = standAloneProblem(s.text);
	if (problem) return problem;
	if (isInstruction(s) || NEXT_EVENT.test(s.text) || TURN.test(s.text))
		return 'an instruction, a next event or a turn';
	if (!pointProblem(s.text)) return 'a point itself';
	if (sharesNumber(s.text, key.text)) return 'a figure of the key';
	const shared = sharedClaimStems(point.text, s.text, topic);
	if (shared.length) return `on the claim's "${shared.join('", "')}"`;
	const judged = judgementWords(point.text);
	const also = [...judgementWords(s.text)].filter((w) => judged.has(w));
	return also.length ? `says "${also.join('", "')}" as the claim does` : undefined;
}

/** One item: the point, its key, three sentences of other paragraphs of the key's form. */
function paragraphItem(
	point: Sentence,
	claim: string,
	key: Sentence,
	keyText: string,
	prose: readonly Sentence[],
	topic: ReadonlySet<string>
): Candidate | undefined {
	// A key on the claim's own words is found by matching them: it must say it otherwise.
	if (sharedClaimStems(claim, keyText, topic).length > 1) return undefined;
	const form = evidenceForm(key.text);
	const keyStems = weightStems(keyText);
	const article = new Set([...topic, ...weightStems(point.text), ...keyStems]);
	const onMatter = (s: Sentence) => [...weightStems(s.text)].some((w) => article.has(w));
	// Sentences of the key's form first, then on the article's matter, the nearest first.
	const rank = (s: Sentence) =>
		(evidenceForm(s.text) === form ? 0 : evidenceForm(s.text) ? 1 : 2) + (onMatter(s) ? 0 : 3);
	const pool = prose
		.filter((s) => s.index !== key.index && !wrongOptionProblem(s, point, key, topic))
		.sort(
			(a, b) =>
				rank(a) - rank(b) ||
				Math.abs(a.index - key.index) - Math.abs(b.index - key.index) ||
				a.index - b.index
		)
		.slice(0, 14);
	const wrong = pickThree(keyText, pool);
	return wrong && paragraphCandidate(point, claim, key, keyText, wrong);
}

/** The first three of the pool from three paragraphs (or two at least) whose lengths sit near the key's. */
function pickThree(key: string, pool: readonly Sentence[]): Sentence[] | undefined {
	for (const apart of [3, 2])
		for (let a = 0; a < pool.length; a++)
			for (let b = a + 1; b < pool.length; b++)
				for (let c = b + 1; c < pool.length; c++) {
					const three = [pool[a], pool[b], pool[c]] as Sentence[];
					if (new Set(three.map((s) => s.paragraph)).size < apart) continue;
					if (!lengthProblem([key, ...three.map((s) => s.text)])) return three;
				}
	return undefined;
}

function paragraphCandidate(
	point: Sentence,
	claim: string,
	key: Sentence,
	keyText: string,
	wrong: Sentence[]
): Candidate {
	const fact = wholeSentenceFact(key, {
		id: `evidence-${key.index}-${PARAGRAPH_CLASS}`,
		kind: 'event',
		value: { text: keyText, start: key.start, end: key.end, type: 'thing' },
		statement: key.text,
		salience: 1
	});
	const evidenceClaim: EvidenceClaim = {
		text: claim,
		subject: '',
		entity: '',
		classId: PARAGRAPH_CLASS,
		predicate: claim,
		claimSentence: { text: point.text, sentence: point.index },
		options: [
			{ text: keyText, sentence: key.index, names: false },
			...wrong.map((s) => ({ text: s.text, sentence: s.index, names: false }))
		]
	};
	return {
		id: `${fact.id}-supporting-evidence`,
		kind: 'supporting-evidence',
		stem: evidenceStem(claim),
		answer: keyText,
		distractors: wrong.map((s) => s.text),
		fact,
		source: { sentence: key.text, start: key.start, end: key.end },
		explanation: `The paragraph opens on its point, "${point.text}", and bears it out: "${key.text}" The other sentences are on other points of the article.`,
		claim: evidenceClaim,
		evidence: [point, ...wrong]
			.map((s) => ({ sentence: s.text, start: s.start, end: s.end }))
			.sort((a, b) => a.start - b.start)
	};
}
