// Wrong options for "why" questions: other things the article says, put as reasons. A reader who
// followed the article knows they do not explain this clause; one who did not cannot rule them out
// by form, because they are whole clauses of the same voice and about the same length as the key.
import type { Fact } from '../types';
import {
	isPhraseReason,
	POINTING,
	reasonBody,
	voiceOf,
	type ReasonOption
} from '../stages/3-facts/causes';
import { containsWords } from './index';
import { shuffle } from '../random';
import { convergesOnKey, wordsOf } from '../well-formed';
import { describes, namesEvent, shapeOf, termsOf } from '../stages/4-questions/effect-options';

/**
 * Whether an option reads as a reason: one the article gives for something else, or a clause that
 * tells of something done or a phrase that names an event, never a description of where or what.
 */
export function isRealReason(o: ReasonOption): boolean {
	// Asked of every option once for each "why" item: each answer costs a parse, so it is kept.
	let real = realReasons.get(o);
	if (real === undefined) realReasons.set(o, (real = readsAsReason(o)));
	return real;
}
const realReasons = new WeakMap<ReasonOption, boolean>();

function readsAsReason(o: ReasonOption): boolean {
	const body = reasonBody(o.text);
	// "Because choose a pot …" (an instruction) and "… appear to support them" (whom?) read as
	// broken or as fragments of another sentence (review k2), whatever the article linked them to.
	if (commands(body) || LEANS_AWAY.test(body.replace(/^\S+\s*/, ''))) return false;
	if (o.explicit) return true;
	if (isPhraseReason(o.text)) return namesEvent(body);
	const shape = shapeOf(body);
	return shape.finite && shape.acts && !describes(body);
}

/**
 * Whether an option is a clause of state ("Because its life history is remarkably slow"): a reason
 * only beside a key of the same form ("Because embossed paper is thick"), never a description of
 * where or what a thing is.
 */
export function isStateReason(o: ReasonOption): boolean {
	if (o.explicit || isPhraseReason(o.text)) return false;
	const body = reasonBody(o.text);
	if (commands(body) || LEANS_AWAY.test(body.replace(/^\S+\s*/, ''))) return false;
	const shape = shapeOf(body);
	return shape.finite && !shape.acts && !describes(body);
}

/** Words past an option's first that send the reader to another sentence. */
const LEANS_AWAY = /\b(it|them|they|him|he|she|us|this|these|those|there|then|such)\b/i;

/** Whether a clause opens on a verb: an instruction ("choose a pot"), not a reason. */
function commands(body: string): boolean {
	const first = termsOf(body)[0];
	return (
		!!first &&
		first.tags.includes('Verb') &&
		!first.tags.includes('Gerund') &&
		!first.tags.includes('Noun')
	);
}

/** Whether a clause tells of the past ("was", "had", "could", a past verb) or of the present. */
export function toldInPast(body: string): boolean {
	const verb = termsOf(body).find((t) => t.tags.includes('Verb'));
	return (
		!!verb &&
		(verb.tags.includes('PastTense') || /^(was|were|had|did|could|would|might)$/.test(verb.normal))
	);
}
const pastOptions = new WeakMap<ReasonOption, boolean>();
const pastOf = (o: ReasonOption) => {
	let past = pastOptions.get(o);
	if (past === undefined) pastOptions.set(o, (past = toldInPast(reasonBody(o.text))));
	return past;
};

/** Short words that say nothing of a topic. */
const FUNCTION_WORDS =
	/^(because|why|does|did|have|has|had|were|was|been|being|that|this|with|from|into|than|then|they|them|their|there|which|what|when|where|while|would|could|should|about|after|before|more|most|many|much|some|such|only|also|very|other|over|under|each|every)$/i;

/** The stems of a text's content words: "crevass" of "crevasses". */
function topicOf(text: string): Set<string> {
	return new Set(
		wordsOf(text.toLowerCase())
			.filter((w) => w.length > 3 && !FUNCTION_WORDS.test(w))
			.map((w) => w.slice(0, 5))
	);
}

const sharesTopic = (text: string, topic: ReadonlySet<string>) =>
	[...topicOf(reasonBody(text))].some((w) => topic.has(w));

/** What a purpose says may happen: "so that the crew could rest". */
const PURPOSE_VERB = /\b(can|could|would|might|may|will)\b/i;

/** How much longer or shorter than the key a wrong reason may be, in words. */
const LENGTH_SLACK = 0.5;
/** The same, for reasons the article gives: few, and a reason of another length is still one. */
const GIVEN_SLACK = 0.8;

/** How many times the key's length a guide's explanation may run beside it (`longerExplanation`). */
const EXPLANATION_STRETCH = 2;

/**
 * Whether a guide's explanation of another step is longer than a short key by no more than twice
 * its length: "Because then the stems grow straight" beside "Because sun can scorch the leaves and
 * wind can snap the tender stems". The key is then no longest option, the cue reviewers name.
 */
const longerExplanation = (o: ReasonOption, size: number) =>
	!!o.guide && o.words + 1 > size && o.words + 1 <= size * EXPLANATION_STRETCH;

/** Three wrong reasons for a cause fact, or fewer when the article has no three that fit. */
export function pickReasons(
	fact: Fact,
	key: string,
	stem: string,
	pool: readonly ReasonOption[],
	rand: () => number,
	given = false
): string[] {
	// "Due to the nature of U.S. coins" beside "Due to the Civil War": the article's terms put as
	// causes read as fragments (review tune15), so a noun-phrase reason takes only the reasons the
	// article gives as phrases.
	const phrase = isPhraseReason(key);
	const purpose = key.startsWith('So that ');
	const body = reasonBody(key);
	// "Because she was scandalised …" beside "Because he was diagnosed …": a reason that opens on a
	// pronoun takes wrong ones that open on the same pronoun, or the odd one is picked unread.
	const pronoun = (text: string) => {
		const first = reasonBody(text).split(/\s+/)[0]?.toLowerCase() ?? '';
		return POINTING.test(first) ? first : '';
	};
	const keyPronoun = pronoun(key);
	const size = wordsOf(key).length;
	const voice = voiceOf(key);
	// Of the given reasons, those in the key's tense family: "Because the land has sunk" alone of
	// the present beside three of the past answers "Why has the problem grown?" unread (review k2).
	const keyPast = given && !phrase ? toldInPast(body) : false;
	const topic = given ? topicOf(`${stem} ${body}`) : new Set<string>();
	const fits = (o: ReasonOption) =>
		// Another paragraph's claim: what stands near a reason may be part of it.
		// (A reason the article gives for something else is one still two sentences on.)
		(o.paragraph !== fact.paragraph || (given && Math.abs(o.sentence - fact.sentence) > 1)) &&
		(Math.abs(o.words + 1 - size) <=
			(given ? Math.max(3, size * GIVEN_SLACK) : Math.max(2, size * LENGTH_SLACK)) ||
			longerExplanation(o, size)) &&
		// "Because of X" beside "Because X does Y": a phrase among clauses is the odd one out.
		isPhraseReason(o.text) === phrase &&
		!containsWords(o.text, body) &&
		// "the Spitfire factories" beside "mice can …": a blank's options start alike. A given reason
		// is shown with its first word in lower case unless it is a name (`bodyOf`).
		(given || /^\p{Lu}/u.test(reasonBody(o.text)) === /^\p{Lu}/u.test(body)) &&
		(!given || phrase || pastOf(o) === keyPast) &&
		!containsWords(key, reasonBody(o.text)) &&
		// "Because Bazalgette was appointed its chief engineer": a name's "its" or "their" is of
		// something its own sentence named before (review k12).
		!(o.named && /\b(its|their)\b/i.test(o.text)) &&
		// A reason that restates the question ("Why is it rigid? Because it is rigid") is no option.
		!containsWords(stem, reasonBody(o.text)) &&
		(o.voice !== 'pointing' || !keyPronoun || pronoun(o.text) === keyPronoun) &&
		// "So that they could cross": a purpose is put as one, with a verb of what may be.
		(!purpose || PURPOSE_VERB.test(reasonBody(o.text))) &&
		// ("Since winter storms could not reach the boats": a purpose put as a cause reads wrong.)
		(purpose || !o.text.startsWith('So that '));
	// The reasons the article gives first (they read as reasons), then its other clauses; of each,
	// those in the key's voice, closest to its length.
	const ranked = shuffle(pool.filter(fits), rand)
		.map((o, i) => ({
			o,
			cost:
				(o.voice === voice ? 0 : 4) +
				(o.explicit ? 0 : 1) +
				// A reason about what the stem asks of is one a reader must weigh (review k2:
				// "Because craters build up over time" for a data rate was ruled out unread).
				(given && !sharesTopic(o.text, topic) ? 1.5 : 0) +
				Math.abs(o.words + 1 - size) / size +
				i / 1000
		}))
		.sort((a, b) => a.cost - b.cost)
		.map((r) => r.o);
	const names = namesIn(`${stem} ${key}`);
	return chooseThree(ranked, key, given ? (o) => bodyOf(o, names) : (o) => reasonBody(o.text));
}

/**
 * A given reason's words after its link, its first word in lower case unless it is a name: one the
 * tagger reads as such, or one the stem or key writes with a capital after their first word ("Why did
 * Tharp develop …?" keeps "Because Tharp retired …", review k10), or the article writes only so
 * ("Because Bazalgette was appointed …", review k12). "Because Dropping detail …" of a
 * sentence's start is "because dropping detail …".
 */
function bodyOf(o: ReasonOption, names: ReadonlySet<string>): string {
	const text = reasonBody(o.text);
	if (o.named || names.has(text.split(/\s+/)[0] ?? '')) return text;
	let body = givenBodies.get(o);
	if (body === undefined) {
		const first = termsOf(text)[0];
		const name = !first || first.tags.some((t) => /^(ProperNoun|Acronym|Person|Place)$/.test(t));
		body =
			name || /^\p{Lu}{2}/u.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
		givenBodies.set(o, body);
	}
	return body;
}
/** The words a text writes with a capital after its first word: names, whatever the tagger says. */
const namesIn = (text: string) =>
	new Set(
		text
			.split(/\s+/)
			.slice(1)
			.map((w) => w.replace(/[^\p{L}'-]+$/u, ''))
			.filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
	);
const givenBodies = new WeakMap<ReasonOption, string>();

/** The first three ranked reasons of three sentences that leave the key no form cue, or none. */
function chooseThree(
	ranked: readonly ReasonOption[],
	key: string,
	bodyOf: (o: ReasonOption) => string
): string[] {
	const size = wordsOf(key).length;
	const voice = voiceOf(key);
	const chosen: ReasonOption[] = [];
	for (const o of ranked) {
		if (chosen.length === 3) break;
		if (chosen.some((c) => c.sentence === o.sentence)) continue;
		const options = [key, ...chosen.map((c) => c.text), o.text];
		if (chosen.length === 2 && convergesOnKey(options, 0)) continue;
		chosen.push(o);
	}
	// A pronoun key among named clauses, or the longest option by far, is picked unread.
	const sameVoice = chosen.filter((c) => c.voice === voice).length;
	const longest = chosen.every((c) => c.words + 1 < size - 1);
	if (sameVoice < 1 || longest) return [];
	// Every option links its reason as the key does: "Due to …" beside "Due to …".
	const link = key.slice(0, key.length - reasonBody(key).length);
	return chosen.map((c) => `${link}${bodyOf(c)}`);
}
