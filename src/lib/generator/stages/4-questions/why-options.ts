// The pool a "why" item draws its wrong reasons from. Besides the reasons the article gives for other
// things, a true statement of the article put as a reason ("Because it feeds on small crustaceans")
// is a sound distractor — true, but not the cause — as long as the article links it to no cause or
// result, and it does not restate the key. Statements about the stem's own subject are the most
// plausible, so they are kept (with the key's pronoun when the key opens on one) unless their
// sentence gives a reason or a result (review k5/k6: 27 "why" items died for want of three).
import type { Candidate, Fact } from '../../types';
import { containsWords } from '../../well-formed';
import type { DistractorContext } from '../../distractors';
import { isRealReason, isStateReason } from '../../distractors/reasons';
import { shapeOf } from './effect-options';
import { isPhraseReason, POINTING, reasonBody, type ReasonOption } from '../3-facts/causes';
import { onWhyTopic, topicOf } from './topics';

/** Words by which a sentence gives a reason or a result: what it says may explain the stem's event. */
const LINKS_CAUSE =
	/\b(because|causes?|caused|causing|due|owing|thanks|result|results|resulted|resulting|led|leads?|leading|so|therefore|thus|hence|since|consequently|reasons?|why|explains?|explained|allows?|allowed|allowing|enables?|enabled|prevents?|prevented|makes?|made|making|meaning|means|order|helps?|helped|forced|forces|needs?|needed|requires?|required|depends?|depended|dependent|relies|rely|relied|responsible|affects?|affected|protects?|protected|keeps?|kept|reduces?|reduced|reducing|increases?|increased|increasing|lowers?|lowered|raises?|raised|improves?|improved|worsens?|worsened|triggers?|triggered|drives?|drove|spurred|prompted|sparked|threats?|threatens?|threatened|dangers?|endangered|contributes?|contributed|contributing)\b/i;

/** How a sentence opens when it gives the result of the one before it. */
const RESULT_OPENING =
	/^(as a result|therefore|thus|so|consequently|because of|for this|for that|that is why|this is why|hence|this|that|these|it was)\b/i;

/** A sentence that opens on a pronoun: it may be about the stem's subject. */
const POINTS_FIRST = /^(it|its|they|their|he|his|she|her|this|these|those)\b/i;

/**
 * Words by which a guide's statement points to another of its sentences ("two other habits work
 * better", "the second habit is spacing", "that may seem a long time"): no option of an
 * instruction's item, which reads them out of their place.
 */
const POINTS_BACK =
	/\b(other|another|second|third|former|latter|here|that|this|these|those|it|they|them|then|afterwards|both|such|never)\b/i;

/** Pronouns a key may open on, and the subjects each may stand for. */
const KEY_PRONOUNS: Record<string, (subject: string) => boolean> = {
	it: (s) => !isPlural(s) && !isName(s),
	they: (s) => isPlural(s),
	he: (s) => isName(s),
	she: (s) => isName(s)
};

/** A subject whose head is plural: "olms", "the thin treble strings" (not "glass", "bus"). */
const isPlural = (subject: string) => {
	const head = subject.split(/\s+/).at(-1) ?? '';
	return /[^su]s$/i.test(head) && !/^(each|every|one|a|an)\b/i.test(subject);
};

/** A subject that is a person's name: "Semmelweis", "Danny Price". */
const isName = (subject: string) => /^(\p{Lu}[\p{L}'-]+)( \p{Lu}[\p{L}'-]+)?$/u.test(subject);

/**
 * The wrong reasons a "why" item on `fact` may offer: the article's reasons for other things and
 * its statements, none from a sentence that links a cause or a result to what the stem is about,
 * none sharing a word of the key the stem does not use (it might restate the key).
 */
export function whyWrongPool(fact: Fact, key: string, stem: string, ctx: DistractorContext) {
	const texts = ctx.sentenceTexts ?? [];
	const subject = fact.subject.trim();
	// Sentences about the same thing (by its head noun, or by a pronoun that may stand for it): a
	// reason they give may explain the stem's event too.
	const head = (subject.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/(es|s)$/, '');
	const naming = head.length >= 3 ? new RegExp(`\\b${escaped(head)}`, 'i') : undefined;
	const about = new Set(
		texts
			.map((t, i) => ((naming && naming.test(t)) || POINTS_FIRST.test(t.trim()) ? i : -1))
			.filter((i) => i >= 0)
	);
	const linked = (sentence: number) =>
		LINKS_CAUSE.test(texts[sentence] ?? '') ||
		RESULT_OPENING.test((texts[sentence + 1] ?? '').trim());
	const keyWords = keyOnlyWords(key, stem);
	// An instruction's item (`3-facts/imperative-why.ts`): none that points to another sentence.
	const instruction = fact.frame?.subject === 'you' && fact.frame.aux === 'should';
	// A key of state ("Because embossed paper is thick") takes other states beside the acts.
	const keyShape = isPhraseReason(key) ? undefined : shapeOf(reasonBody(key));
	const stateKey = !!keyShape && keyShape.finite && !keyShape.acts;
	// A paragraph that names the key's cause tells how it worked: its phrases may be parts of it
	// ("the deposition of calcium" beside "pesticide poisoning").
	const tellsOfKey = keyParagraphs(ctx, keyWords);
	const pool = allReasons(ctx).filter(
		(o) =>
			(o.explicit || !isPhraseReason(o.text) || !tellsOfKey.has(o.paragraph)) &&
			// A statement (no reason the article gives) of a sentence that links a cause or a result
			// may be one of this event; a reason of a sentence about the same thing may be too.
			(o.explicit ? !about.has(o.sentence) : texts.length > 0 && !linked(o.sentence)) &&
			(o.explicit || !sharesKeyWord(o.text, keyWords)) &&
			(isRealReason(o) || (stateKey && isStateReason(o)))
	);
	// What cause-options-on-topic asks of every wrong reason.
	const event = stem
		.replace(/^Why\s+\S+\s+/, '')
		.replace(/,?\s*according to the article\??$|\?$/i, '');
	// A statement of the key's own paragraph is about the same thing (the check finds it there).
	// (A guide's steps are all on its title's task: its item keeps the whole title.)
	const title = instruction
		? ctx.articleTitle
		: narrowTitle(ctx.articleTitle ?? '', texts, ctx.sentenceParagraphs ?? []);
	const onTopic = (o: ReasonOption) =>
		onWhyTopic(o.text, event, key, title) ||
		// Not a neighbouring paragraph's: it may explain the same event (a second key).
		(!o.explicit && o.paragraph === fact.paragraph);
	// An instruction's item also takes the guide's explanations of its other steps: reasons it gives
	// for something else, so on the item's topic; never one of the key's own paragraph (it may explain
	// the same step) nor one that may restate the key.
	const guide = instruction ? guideOptions(ctx, fact, keyWords, pool) : [];
	const out = [...pool, ...inKeyVoice(pool, key, subject)]
		.filter(onTopic)
		.filter((o) => !instruction || !POINTS_BACK.test(reasonBody(o.text)));
	return [...out, ...guide];
}

/** In more than this share of the article's paragraphs, a title word is in all it says. */
const TITLE_WORD_MAX_SHARE = 0.5;

/**
 * The title's words that tie a wrong reason to the item: those not in most of the article's
 * paragraphs. "Canal" and "lock" of "How Canal Locks Work" are in every paragraph, so they tied
 * "Because locks are placed close together in a flight" and "Because the same principle operates …
 * on the Panama Canal" to why the bottom gates open only when the levels match (review k13: "nothing
 * to do with the question").
 */
export function narrowTitle(
	title: string,
	texts: readonly string[],
	paragraphs: readonly number[]
): string {
	const all = new Set(paragraphs);
	if (all.size < 3) return title;
	const inParagraphs = (w: string) =>
		new Set(paragraphs.filter((_, i) => topicOf(texts[i] ?? '').has([...topicOf(w)][0] ?? '')))
			.size;
	return title
		.split(/\s+/)
		.filter((w) => topicOf(w).size === 0 || inParagraphs(w) <= TITLE_WORD_MAX_SHARE * all.size)
		.join(' ');
}

/**
 * An instruction's purpose put as a cause: "So that the stems grow straight" is "Because then the
 * stems grow straight", the form of the guide's explanations beside it (`guideOptions`), which are
 * statements, never purposes. Undefined for any other item or key.
 */
export function purposeAsCause(fact: Fact, key: string): string | undefined {
	const instruction = fact.frame?.subject === 'you' && fact.frame.aux === 'should';
	if (!instruction || !key.startsWith('So that ')) return undefined;
	return `${PURPOSE_AS_CAUSE}${reasonBody(key)}`;
}

/** The link of an instruction's purpose put as a cause (`purposeAsCause`). */
const PURPOSE_AS_CAUSE = 'Because then ';

/**
 * Whether a "why" item's key is its sentence's purpose put as a cause: "Because then air can
 * circulate" of "… so that air can circulate" is the article's reason in the form of its options.
 */
export const purposeInSource = (c: Candidate) =>
	c.kind === 'why' &&
	c.answer.startsWith(PURPOSE_AS_CAUSE) &&
	containsWords(c.source.sentence, `so that ${c.answer.slice(PURPOSE_AS_CAUSE.length)}`);

/**
 * The explanations a guide gives of its steps (`3-facts/guide-reasons.ts`) that may stand beside an
 * instruction's key: of another paragraph than the key's, sharing no word of the key the stem does
 * not use, and not already in the pool.
 */
function guideOptions(
	ctx: DistractorContext,
	fact: Fact,
	keyWords: ReadonlySet<string>,
	pool: readonly ReasonOption[]
): ReasonOption[] {
	const had = new Set(pool.map((o) => o.text.toLowerCase()));
	// A guide's own subject ("stems" in a guide to growing tomatoes) is in every step: only the
	// key's rarer words tell a restatement.
	const topics = (ctx.sentenceTexts ?? []).map(partsTopic);
	const rare = new Set(
		[...keyWords].filter((w) => topics.filter((t) => t.has(w)).length <= NAMING_SENTENCES)
	);
	return (ctx.guideReasons ?? []).filter(
		(o) =>
			o.paragraph !== fact.paragraph &&
			!had.has(o.text.toLowerCase()) &&
			!sharesKeyWord(o.text, rare)
	);
}

/** At most how many of the article's sentences use a word that names the key's cause. */
const NAMING_SENTENCES = 3;

/**
 * The paragraphs with a sentence that uses a word of the key the stem does not and few other
 * sentences use ("pesticides", not "north" of "the North Atlantic Current" in a city of the north).
 */
function keyParagraphs(ctx: DistractorContext, keyWords: ReadonlySet<string>): Set<number> {
	const texts = ctx.sentenceTexts ?? [];
	const topics = texts.map(partsTopic);
	const naming = [...keyWords].filter(
		(w) => topics.filter((t) => t.has(w)).length <= NAMING_SENTENCES
	);
	const out = new Set<number>();
	topics.forEach((topic, i) => {
		const paragraph = ctx.sentenceParagraphs?.[i];
		if (paragraph !== undefined && naming.some((w) => topic.has(w))) out.add(paragraph);
	});
	return out;
}

/** Every reason and statement the article offers, once per text. */
function allReasons(ctx: DistractorContext): ReasonOption[] {
	const seen = new Set<string>();
	return [
		...(ctx.broadReasons ?? []),
		...(ctx.stateReasons ?? []),
		...(ctx.sentenceReasons ?? [])
	].filter((o) => {
		const text = o.text.toLowerCase();
		return !seen.has(text) && !!seen.add(text);
	});
}

/** A text's topic stems, the parts of a compound apart ("Anglo-Prussian" is "anglo", "pruss"). */
const partsTopic = (text: string) => topicOf(text.replace(/-/g, ' '));

/** The words of the key's reason that the stem does not use. */
function keyOnlyWords(key: string, stem: string): Set<string> {
	const asked = partsTopic(stem);
	return new Set([...partsTopic(reasonBody(key))].filter((w) => !asked.has(w)));
}

/** Whether an option shares a word of the key the stem does not use: it may restate the key. */
const sharesKeyWord = (option: string, keyWords: ReadonlySet<string>) =>
	[...partsTopic(reasonBody(option))].some((w) => keyWords.has(w));

/**
 * Whether a statement may restate the key of a "why" item: "Because of the Anglo-Prussian
 * alliance" beside "Because of Prussia's alliance with Britain" (a second key).
 */
export const restatesKey = (option: string, key: string, stem: string) =>
	sharesKeyWord(option, keyOnlyWords(key, stem));

/**
 * The statements about the stem's subject put with the key's pronoun: "Because it first appears in
 * records in 1689" beside "Because it depends on clean groundwater", so that the key is not the
 * only option that points back to the subject.
 */
function inKeyVoice(pool: readonly ReasonOption[], key: string, subject: string): ReasonOption[] {
	const pronoun = (reasonBody(key).split(/\s+/)[0] ?? '').toLowerCase();
	const fits = KEY_PRONOUNS[pronoun];
	if (!POINTING.test(pronoun) || !fits || !subject || !fits(subject)) return [];
	const named = subject.replace(/^(the|a|an)\s+/i, '');
	const opening = new RegExp(`^((the|a|an) )?${escaped(named)} (?=\\p{Ll})`, 'iu');
	const link = key.slice(0, key.length - reasonBody(key).length);
	return pool
		.filter((o) => !o.explicit && link.length > 0 && opening.test(reasonBody(o.text)))
		.map((o) => ({
			...o,
			text: `${link}${pronoun}${reasonBody(o.text).replace(opening, ' ')}`,
			voice: 'pointing' as const
		}));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
