// Wrong options for an adjective asked in context. WordNet files adjectives in clusters around a
// head and its antonym ("large" ↔ "small"), with no broader sense, so an adjective has no sister
// terms the way a noun or verb has (`sisters` in vocabulary.ts): before this, an adjective item
// found at most one wrong option (the key's opposite) and was never made. A reading teacher's
// wrong options for "immense" are plain adjectives of other scales ("ancient", "narrow", "hidden"):
// heads of other clusters, which describe the same noun plausibly and mean clearly something else.
import type { LexSense, Lexicon } from '../../types';

/**
 * Plain cluster heads of everyday scales (size, age, time, speed, light, sound, feeling, worth,
 * place, kind), each a word a learner knows. Judgement words that could be said of nearly anything
 * in the sentence's sense ("good", "bad", "important") are left out: they are near too many keys.
 */
export const HEAD_ADJECTIVES: readonly string[] = (
	'ancient modern early late brief long narrow wide shallow deep distant near quiet loud ' +
	'bright dark heavy light rapid slow rough smooth hidden visible simple complex sudden gradual ' +
	'private public rare common strict gentle formal casual cheerful gloomy fragile sturdy ' +
	'foreign local secret official ordinary strange empty crowded dry wet warm cool calm wild ' +
	'tiny huge weak strong cheap costly separate joint certain doubtful'
).split(' ');

/**
 * The adjective sisters of a key sense: first senses of HEAD_ADJECTIVES, the words heard about as
 * often as the key word first (a rare word beside plain ones, or the other way round, stands out),
 * none the key's own sense or cluster. The caller keeps only those apart from the key and from one
 * another (`fieldApart`, `besideOption`), as it does for a noun's or verb's sister terms.
 */
export function adjectiveSisters(key: LexSense, keyWord: string, lexicon: Lexicon): LexSense[] {
	const near = new Set([key.id, ...(key.heads ?? []), ...key.similar]);
	const heard = (w: string) => Math.log(1 + lexicon.frequency(w, 'a'));
	const target = heard(keyWord);
	const found: { sense: LexSense; gap: number; word: string }[] = [];
	for (const word of HEAD_ADJECTIVES) {
		const sense = lexicon.senses(word, 'a')[0];
		if (!sense || near.has(sense.id) || sense.similar.some((id) => near.has(id))) continue;
		found.push({ sense: { ...sense, words: [word] }, gap: Math.abs(heard(word) - target), word });
	}
	// Ties keep the list's order, so the choice is the same on every run.
	return found.sort((a, b) => a.gap - b.gap).map((f) => f.sense);
}

/** Negative prefixes that make a word's opposite of the word itself ("fortunate", "unfortunate"). */
const NEGATIVE_PREFIX = /^(un|in|im|il|ir|dis|non)/;

/**
 * Whether one option is the other with a negative prefix, or reads so ("fortunate" beside the key
 * "unfortunate"; "tend" beside "intend"): the pair stands out, and a test-wise reader picks one of
 * the two unread.
 */
export function negationPair(a: string, b: string): boolean {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	const prefix = NEGATIVE_PREFIX.exec(long)?.[1];
	return !!prefix && long.slice(prefix.length) === short;
}
