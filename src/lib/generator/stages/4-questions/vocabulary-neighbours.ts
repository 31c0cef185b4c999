// Wrong options for neighbouring meanings. A teacher's wrong options for "the crowds dwindled" are
// plain words of the same part of speech that fit the same slot and change the meaning: the
// opposite ("grew") and words for nearby meanings ("stayed", "wandered"). The dictionary's other
// senses and sister terms of the word give these for few words (review k13: vocabulary reached 3 of
// 192 articles), so the rest come from short lists of plain words, grouped by meaning: a verb's or
// a noun's by the dictionary's topic file of its first sense (verb.change, noun.feeling …), an
// adjective's by the everyday scale its key belongs to (size, speed, character, feeling, worth,
// touch, bearing to others). A key outside every adjective group gets none: "ancient" beside
// "uneven" (review k13) is a word no reader weighs.
import type { LexPos, LexSense, Lexicon } from '../../types';

/**
 * Plain verbs a learner knows; each serves the topic file of its first sense. (No verbs of cooking,
 * eating or the weather's changes, "boil", "melt": beside "curtail" no reader weighs them.)
 */
const PLAIN_VERBS = (
	'grow shrink rise fall stay remain change move return wander travel arrive leave follow lead ' +
	'build break open close begin finish stop continue start end improve worsen increase reduce ' +
	'spread gather collect divide join separate mix fill empty raise lower push pull carry hold ' +
	'drop throw catch hide show find lose keep give take buy sell borrow lend pay earn spend save ' +
	'waste steal share own want need believe doubt forget remember learn teach guess decide ' +
	'choose judge notice discover explain describe announce admit deny promise warn complain ' +
	'praise blame ask answer refuse accept invite order allow forbid argue agree disagree ' +
	'attack defend win beat fight protect rescue help hurt harm damage repair clean cut ' +
	' cover touch hit press shake turn bend twist fold ' +
	' hear watch see look listen feel love hate fear enjoy worry admire envy pity ' +
	'surprise please annoy frighten calm comfort encourage welcome visit meet ' +
	'hire employ elect obey punish reward support oppose delay hurry rest sleep wake walk run ' +
	'climb swim fly ride jump sit stand lie rush slide roll float sink ' +
	' create design invent produce copy draw paint write print record test ' +
	'measure count compare connect attach remove replace add include exclude contain'
)
	.split(/\s+/)
	.filter(Boolean);

/**
 * Plain abstract nouns a learner knows; each serves the topic file of its first sense. (No
 * weather, greetings or returns: "drought" beside "autonomy" is no meaning a reader weighs.)
 */
const PLAIN_NOUNS = (
	'anger fear joy pride shame relief pity surprise boredom delight grief hope worry ' +
	'envy guilt calm comfort sorrow trust doubt love hatred interest patience courage ' +
	'kindness honesty skill strength weakness speed size weight height width depth beauty ' +
	'safety danger wealth poverty health illness freedom peace silence noise order danger ' +
	'growth decline delay progress change rise fall loss gain success failure victory defeat ' +
	'attack defence escape arrival departure journey search rescue repair damage ' +
	'promise warning complaint praise blame request answer question argument agreement ' +
	'refusal advice rumour report lesson opinion belief memory idea plan choice reason ' +
	'guess rule habit custom effort purpose aim goal debt reward payment gift price cost ' +
	'profit income loan sale purchase ' +
	'friendship rivalry contact link distance difference likeness balance control ' +
	'shortage surplus crowd meeting contest battle celebration ceremony accident disaster ' +
	'discovery invention treatment cure punishment protest strike trade labour training ' +
	' apology '
)
	.split(/\s+/)
	.filter(Boolean);

/**
 * Everyday adjective scales, each a set of plain words a reader weighs against one another in
 * one slot ("a meticulous record": careful, careless, honest, lazy). A key is asked with wrong
 * options of its own scale only.
 */
const ADJECTIVE_GROUPS: readonly (readonly string[])[] = [
	// size
	'large small huge tiny wide narrow long short heavy light thick thin deep shallow tall full empty'.split(
		' '
	),
	// age
	'old young new modern ancient recent fresh'.split(' '),
	// speed and time
	'quick slow sudden gradual early late brief lasting'.split(' '),
	// how often
	'frequent rare constant regular occasional usual'.split(' '),
	// character
	'careful careless honest brave lazy proud shy strict cruel selfish generous gentle patient eager unwilling willing rude polite loyal stubborn wise foolish clever modest cautious'.split(
		' '
	),
	// feeling
	'happy sad angry afraid worried glad upset ashamed bored excited tired lonely grateful jealous curious nervous calm cheerful'.split(
		' '
	),
	// worth
	'important minor useful useless necessary simple difficult easy serious strange normal famous popular obvious hidden fair unfair safe dangerous harmful helpful expensive cheap successful weak strong'.split(
		' '
	),
	// touch and look
	'wet dry smooth rough soft hard hot cold warm cool bright dark clean dirty loud quiet sharp dull sticky even uneven flat steep'.split(
		' '
	),
	// bearing to others
	'friendly hostile public private local foreign official formal secret equal separate distant'.split(
		' '
	)
];

/** How far the list is turned for a word, so one article's items do not all offer the same words. */
function turn<T>(list: readonly T[], seed: string): T[] {
	let h = 0;
	for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	const k = list.length ? h % list.length : 0;
	return [...list.slice(k), ...list.slice(0, k)];
}

/**
 * The adjective scale of a key: the group holding the key word, a word of the key's synset or of
 * its cluster heads, or its opposite; none when the key is on no everyday scale.
 */
export function adjectiveGroup(
	key: LexSense,
	keyWord: string,
	lexicon: Pick<Lexicon, 'synsetById'>
): readonly string[] | undefined {
	const heads = (key.heads ?? []).flatMap((id) => lexicon.synsetById?.(id)?.words ?? []);
	const words = [keyWord, ...key.words, ...heads, ...(key.antonyms ?? [])];
	for (const w of words) {
		const group = ADJECTIVE_GROUPS.find((g) => g.includes(w));
		if (group) return group;
	}
	return undefined;
}

/**
 * Senses for neighbouring meanings of a key, in a turned order: plain words whose first sense is
 * of the key's topic file (a verb's or noun's), or of the key's adjective scale, each sense
 * carrying its one plain word. The caller keeps those apart from the key, from the key word and
 * from one another, that fit the sentence's frame.
 */
export function neighbourSenses(
	key: LexSense,
	keyWord: string,
	pos: LexPos,
	lexicon: Lexicon,
	seed: string
): LexSense[] {
	const pool =
		pos === 'v'
			? PLAIN_VERBS
			: pos === 'n'
				? PLAIN_NOUNS
				: pos === 'a'
					? (adjectiveGroup(key, keyWord, lexicon) ?? [])
					: [];
	const out: LexSense[] = [];
	for (const w of turn(pool, seed)) {
		if (w === keyWord || key.words.includes(w)) continue;
		const first = lexicon.senses(w, pos)[0];
		if (!first) continue;
		if (pos !== 'a' && first.lexFile !== key.lexFile) continue;
		out.push({ ...first, words: [w] });
	}
	return out;
}
