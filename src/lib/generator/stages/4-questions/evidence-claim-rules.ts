// Rules from blind review k14 on text-evidence items (evidence-paragraph.ts, evidence-backing.ts):
// a claim that announces a set, a claim opening on a fronted phrase, a key that points back with a
// demonstrative, a key on other matter than the claim's, and a key that only names steps or a
// list. Each returns why the claim or key fails, or undefined.
import { weightStems } from './evidence-backing';

/** Words for the members of a set a claim may announce: "three main parts", "several arguments". */
const SET_NOUN =
	'(parts|kinds|types|sorts|ways|shapes|forms|arguments|reasons|stages|steps|phases|groups|categories|classes|causes|factors|features|components|elements|methods|approaches|layers|sections|branches|functions|jobs|roles|uses|benefits|advantages|disadvantages|problems|risks|dangers|threats|effects|consequences|ideas|points|options|strategies|rules|principles|questions|answers|varieties|species|lessons|things)';
/** "two", "three main", "several different", "a number of": a count or an open set. */
const SET_COUNT =
	'(two|three|four|five|six|seven|eight|nine|ten|several|various|numerous|multiple|many|a few|a number of|a handful of|a range of|a variety of|a couple of)';
const ANNOUNCES_SET = new RegExp(`\\b${SET_COUNT}\\s+(\\p{L}+\\s+){0,2}?${SET_NOUN}\\b`, 'iu');

/**
 * Rule 1, a set announced: "Modern balloons have three main parts", "Supporters make several
 * arguments". One sentence names one member, so no single sentence bears the claim out whole.
 */
export function announcesSetProblem(claim: string): string | undefined {
	const m = ANNOUNCES_SET.exec(claim);
	return m ? `announces a set ("${m[0]}"): one sentence names only one member` : undefined;
}

/** How many words a fronted phrase before the claim's first comma may have. */
const FRONTED_MAX_WORDS = 8;
/**
 * A fronted phrase that leans on what came before or weighs the claim, not one that sets its place
 * or time ("On flat land, rivers rarely run straight" reads whole): a sentence adverb ("Most
 * importantly", "Sadly"), a concession ("Whatever the truth of the story", "Despite this"), a
 * participle ("Having lost the vote"), or a phrase with a demonstrative ("For that reason").
 */
const LEANING_FRONT =
	/^(\p{L}+\s+)?\p{L}+ly$|^(whatever|whoever|whichever|however|whether|although|though|even|despite|in spite|still|yet|as a result|in (this|that|these|those|short|other words|any case|fact|turn|the end)|above all|after all|of course|at (least|first|last)|by contrast|on the other hand|then|now|so|thus|therefore|worse|better|best|worst|first|second|third|finally|instead)\b|^\p{L}+(ing|ed)\b|\b(this|that|these|those|it|they|he|she)$|\b(this|that|these|those)\b/iu;

/**
 * Rule 2a, a fronted phrase: "Most importantly, nobody died", "Whatever the truth of the story,
 * the site had real advantages". Pasted after "the claim that" it reads garbled, and the phrase
 * leans on what came before; such a claim is refused. A phrase of place or time is kept.
 */
export function frontedPhraseProblem(claim: string): string | undefined {
	const comma = claim.indexOf(',');
	if (comma < 0) return undefined;
	const front = claim.slice(0, comma).trim();
	if (front.split(/\s+/).length > FRONTED_MAX_WORDS || !LEANING_FRONT.test(front)) return undefined;
	return `opens on a phrase that leans on the text before ("${front},")`;
}

/**
 * "This meant …", "how close that was", "after that": a demonstrative standing for a thing said
 * before, not a determiner of a noun of its own ("that year" is "that" before a noun: not caught
 * unless followed by a verb or the end).
 */
const DEMONSTRATIVE =
	/^(this|that|these|those)\s+(is|was|were|are|meant|means|made|makes|shows?|showed|led|leads|has|had|have|can|could|will|would|may|might|must|seemed?|seems|became|becomes|left|leaves|gave|gives|put|puts|helped|helps|allowed|allows|proved|proves|did|does)\b|\b(this|that|these|those)\s+(is|was|were|are)[.!?,]|\b(this|that|these|those)[.!?]$|\b(of|for|to|with|about|from|by|like|after|before|despite|because of|all|beyond)\s+(this|that|these|those)[.!?,]|\b(how|what|why|when)\s+\p{L}+\s+(this|that)\s+(is|was|were|are)\b|^(and|but|so)\s+(this|that)\s/iu;

/**
 * Rule 2b, a demonstrative key: "I want you to understand how close that was", "This meant the
 * town grew": it points to a sentence the item does not show.
 */
export function demonstrativeKeyProblem(key: string): string | undefined {
	return DEMONSTRATIVE.test(key.trim()) ? 'points back with a demonstrative pronoun' : undefined;
}

/**
 * Rule 4b, a list or mnemonic key: "First aiders remember the key steps with the word RICE: rest,
 * ice, …". It only names steps, no better evidence of an outcome than any of the steps.
 */
const LIST_KEY =
	/\b(remember|mnemonic|acronym|stands? for|the word [\p{Lu}]{2,}|the letters)\b|\b(steps|stages|parts|rules|points)\b[^.]*:|:\s*\p{L}+(\s+\p{L}+)?,\s*\p{L}+(\s+\p{L}+)?,\s*(\p{L}+\s+)*(and|or)\s/iu;
export function listKeyProblem(key: string): string | undefined {
	return LIST_KEY.test(key) ? 'only names steps or a list: no evidence of the claim' : undefined;
}

/** Kin of a word's stem the key may say it by: WordNet's synonyms and derivations, when at hand. */
export type KinOf = (stem: string) => readonly string[];

/**
 * Rule 4a, other matter: the key shares no content word of the claim (by its first five letters,
 * weightStems), nor a kin of one when kin are given (Zion: "walking sticks and sturdy shoes help
 * on the slippery stones" keyed by the flash-flood sentence).
 */
export function otherMatterProblem(claim: string, key: string, kin?: KinOf): string | undefined {
	const inKey = weightStems(key);
	for (const w of weightStems(claim))
		if ([w, ...(kin?.(w) ?? [])].some((x) => inKey.has(x))) return undefined;
	return "shares no word of the claim's matter";
}

/**
 * The rules on the claim's form and the key's (1, 2a, 2b, 4b), the first that fails; rule 4a is
 * the check evidence-key-off-claim (evidence-topic-checks.ts), and paragraphCandidates runs both.
 */
export function claimKeyRuleProblem(claim: string, key: string): string | undefined {
	return (
		announcesSetProblem(claim) ??
		frontedPhraseProblem(claim) ??
		demonstrativeKeyProblem(key) ??
		listKeyProblem(key)
	);
}
