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
export function adjectiveSisters(
	key: LexSense,
	keyWord: string,
	lexicon: Lexicon,
	nounFiles: readonly number[] = []
): LexSense[] {
	const near = new Set([key.id, ...(key.heads ?? []), ...key.similar]);
	const heard = (w: string) => Math.log(1 + lexicon.frequency(w, 'a'));
	const target = heard(keyWord);
	const found: { sense: LexSense; gap: number; word: string }[] = [];
	for (const word of HEAD_ADJECTIVES) {
		const sense = lexicon.senses(word, 'a')[0];
		if (!sense || near.has(sense.id) || sense.similar.some((id) => near.has(id))) continue;
		if (!describesNoun(word, nounFiles)) continue;
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

/**
 * The dictionary's noun topic files a scale's head adjectives describe plainly (review k11: "moist
 * air" was offered "huge", "narrow", "separate", which no air is, so a reader rules them out without
 * knowing "moist"). 4 act, 5 animal, 6 artifact, 7 attribute, 8 body, 9 cognition, 10
 * communication, 11 event, 12 feeling, 13 food, 14 group, 15 location, 17 object, 18 person, 19
 * phenomenon, 20 plant, 21 possession, 22 process, 25 shape, 26 state, 27 substance, 28 time.
 */
const SCALE_NOUN_FILES: readonly [string, readonly number[]][] = [
	['narrow wide shallow deep tiny huge', [5, 6, 8, 15, 17, 20, 25]],
	['heavy light fragile sturdy', [5, 6, 8, 13, 17, 20]],
	['ancient modern', [6, 9, 10, 14, 15]],
	['early late brief long sudden gradual rapid slow', [4, 11, 19, 22, 28]],
	['bright dark', [6, 15, 17, 19]],
	['quiet loud', [5, 6, 11, 15, 18]],
	['cheerful gloomy calm', [12, 15, 18, 28]],
	['rough smooth', [6, 8, 17, 25]],
	['hidden visible', [6, 8, 15, 17, 19]],
	['simple complex', [4, 6, 9, 10, 22]],
	['private public', [6, 10, 14, 15, 21]],
	['strict gentle', [18]],
	['formal casual', [4, 10, 11]],
	['foreign local', [6, 13, 14, 15, 18]],
	['secret official', [4, 9, 10, 14]],
	['empty crowded', [6, 15]],
	['dry wet warm cool', [6, 8, 13, 15, 17, 19, 20, 27]],
	['weak strong', [6, 18, 19, 27]],
	['cheap costly', [6, 13, 21]],
	['separate joint', [4, 14, 21]],
	['certain doubtful', [9, 10, 11]],
	['rare common ordinary strange', [4, 5, 6, 9, 11, 13, 17, 18, 19, 20, 26, 27]]
];
const SCALE_OF = new Map(
	SCALE_NOUN_FILES.flatMap(([words, files]) => words.split(' ').map((w) => [w, files] as const))
);

/**
 * Whether a head adjective plainly describes the noun the asked adjective describes, given that
 * noun's topic files (its first two senses'): it must fit each ("cool air", never "narrow air").
 * With no noun known ("so they stay moist"), no head adjective is offered: the item needs other
 * senses of the word and its opposite, or is not made.
 */
export function describesNoun(word: string, nounFiles: readonly number[]): boolean {
	const files = SCALE_OF.get(word);
	return !!files && nounFiles.length > 0 && nounFiles.every((f) => files.includes(f));
}

/** Tokens as far as this file needs them. */
interface TokenLike {
	normal: string;
	tags: ReadonlySet<string>;
	post: string;
}

/**
 * The topic files of the noun an adjective stands before ("moist air", "an immense, deep hole":
 * one more adjective or a comma may come between), its first two senses': none when the adjective
 * stands after a verb ("they stay moist") or before no plain common noun.
 */
export function describedNounFiles(
	tokens: readonly TokenLike[],
	index: number,
	lexicon: Pick<Lexicon, 'senses'>
): number[] {
	for (let i = index + 1; i <= index + 2 && i < tokens.length; i++) {
		const t = tokens[i]!;
		if (/[.;:!?)]/.test(tokens[i - 1]!.post)) return [];
		if (t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun')) {
			const lemma = t.tags.has('Plural') ? t.normal.replace(/s$/, '') : t.normal;
			const senses = lexicon.senses(lemma, 'n').length
				? lexicon.senses(lemma, 'n')
				: lexicon.senses(t.normal, 'n');
			return [...new Set(senses.slice(0, 2).map((s) => s.lexFile))];
		}
		if (!t.tags.has('Adjective')) return [];
	}
	return [];
}
