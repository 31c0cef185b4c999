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
import { namesEvent, shapeOf } from '../stages/4-questions/effect-options';

/** Verbs that say where a thing is or what it holds: "the Sahara stretches from …" explains nothing. */
const DESCRIBING =
	/\b(stretch|stretches|lies|lie|covers|cover|comprises|comprise|includes|include|consists|consist|contains|contain|borders|border|extends|extend|spans|span|occupies|measures|ranges|located|situated|known|called|named|home|means|refers)\b/i;

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
	if (o.explicit) return true;
	const body = reasonBody(o.text);
	if (isPhraseReason(o.text)) return namesEvent(body);
	const shape = shapeOf(body);
	return shape.finite && shape.acts && !DESCRIBING.test(body);
}

/** What a purpose says may happen: "so that the crew could rest". */
const PURPOSE_VERB = /\b(can|could|would|might|may|will)\b/i;

/** How much longer or shorter than the key a wrong reason may be, in words. */
const LENGTH_SLACK = 0.5;
/** The same, for reasons the article gives: few, and a reason of another length is still one. */
const GIVEN_SLACK = 0.8;

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
	const fits = (o: ReasonOption) =>
		// Another paragraph's claim: what stands near a reason may be part of it.
		// (A reason the article gives for something else is one still two sentences on.)
		(o.paragraph !== fact.paragraph || (given && Math.abs(o.sentence - fact.sentence) > 1)) &&
		Math.abs(o.words + 1 - size) <=
			(given ? Math.max(3, size * GIVEN_SLACK) : Math.max(2, size * LENGTH_SLACK)) &&
		// "Because of X" beside "Because X does Y": a phrase among clauses is the odd one out.
		isPhraseReason(o.text) === phrase &&
		!containsWords(o.text, body) &&
		// "the Spitfire factories" beside "mice can …": a blank's options start alike.
		/^\p{Lu}/u.test(reasonBody(o.text)) === /^\p{Lu}/u.test(body) &&
		!containsWords(key, reasonBody(o.text)) &&
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
				Math.abs(o.words + 1 - size) / size +
				i / 1000
		}))
		.sort((a, b) => a.cost - b.cost)
		.map((r) => r.o);
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
	return chosen.map((c) => `${link}${reasonBody(c.text)}`);
}
