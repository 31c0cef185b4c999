// Sets a "not stated" list may name beyond the lexicons, read from a sense dictionary: "flour, sugar
// and butter" are all kinds of "food", so a food the article names elsewhere ("salt") is an outsider
// of the same kind. The set is asked like a lexicon's (not-stated.ts) and checked the same way.
import type { Lexicon, LexSense, Sentence } from '../../types';
import type { ThingSet } from '../../lexicons/sets';

/**
 * How far up the dictionary a listed item's kind may be, in steps: "animal" is six up from
 * "turtle" (chelonian, anapsid, reptile, vertebrate, chordate), "artifact" six from "ship". The
 * kinds on the way are narrower and found first; a broad one is refused (TOO_BROAD) or asked only
 * in the sentence's frame (FRAME_KINDS).
 */
const MAX_ITEM_DEPTH = 7;
/** How far up an outsider's kind may be: a little further, as it is one word of the article. */
const MAX_OUTSIDER_DEPTH = 8;
/** Kinds too broad to make a set of: anything is one. */
const TOO_BROAD = new Set([
	'entity',
	'physical entity',
	'abstraction',
	'abstract entity',
	'object',
	'physical object',
	'whole',
	'unit',
	'artifact',
	'artefact',
	'thing',
	'matter',
	'substance',
	'material',
	'group',
	'grouping',
	'act',
	'deed',
	'human action',
	'event',
	'attribute',
	'relation',
	'measure',
	'quantity',
	'psychological feature',
	'causal agent',
	'cause',
	'living thing',
	'organism',
	'being',
	'location',
	'region',
	'state',
	'condition',
	'communication',
	'cognition',
	'knowledge',
	'activity',
	'instrumentality',
	'instrumentation',
	'structure',
	'construction',
	'part',
	'portion',
	'component',
	'property',
	'quality',
	'process',
	'phenomenon',
	'natural phenomenon',
	'collection',
	'social group',
	'people',
	'content',
	'idea',
	'concept',
	'message',
	'information',
	'time period',
	'point',
	'area',
	'system',
	'way',
	'method',
	'change',
	'action',
	'happening',
	'feeling',
	'creation',
	'product',
	'organization',
	'organisation',
	'adult',
	'worker',
	'person',
	'individual',
	'someone',
	'somebody',
	'soul',
	'mortal',
	'commodity',
	'goods',
	'artifact',
	'covering'
]);

/** A kind a word is of: the synset's id, its first word, and how many steps up it is. */
interface Kind {
	id: string;
	word: string;
	depth: number;
}

/** A word's singular base form the dictionary files as a noun ("berries" → "berry"), if any. */
export function nounLemma(word: string, lexicon: Lexicon): string | undefined {
	// The singular first: "weeds" is a noun of its own (mourning clothes), but the plural of "weed".
	const forms = [word.replace(/ies$/, 'y'), word.replace(/s$/, ''), word.replace(/es$/, '')].filter(
		(f) => f !== word
	);
	return [...forms, word].find((f) => f.length >= 3 && lexicon.senses(f, 'n').length > 0);
}

/** Senses of a noun read for its kinds: the most frequent ones. */
const SENSES_READ = 2;

/** The kinds a noun's most frequent senses are of, up to `maxDepth` steps, nearest first. */
export function kindsOf(
	lemma: string,
	lexicon: Lexicon,
	maxDepth: number,
	sensesRead = SENSES_READ
): Kind[] {
	const first = lexicon.senses(lemma, 'n').slice(0, sensesRead);
	if (!first.length) return [];
	const out: Kind[] = [];
	const seen = new Set<string>(first.map((s) => s.id));
	let level: LexSense[] = first;
	for (let depth = 1; depth <= maxDepth && level.length; depth++) {
		const next: LexSense[] = [];
		for (const s of level)
			for (const id of s.hypernyms) {
				if (seen.has(id)) continue;
				seen.add(id);
				const sense = synset(id, s, lexicon);
				if (!sense) continue;
				out.push({ id, word: sense.words[0] ?? '', depth });
				next.push(sense);
			}
		level = next;
	}
	return out;
}

/** The synset `id`, one of `from`'s broader synsets, found through its words. */
function synset(id: string, from: LexSense, lexicon: Lexicon): LexSense | undefined {
	for (const w of from.broaderWords ?? [])
		for (const s of lexicon.senses(w, 'n')) if (s.id === id) return s;
	return undefined;
}

/** The nearest kind all of `lemmas` are of, if it is narrow enough to ask of. */
export function sharedKind(lemmas: readonly string[], lexicon: Lexicon): Kind | undefined {
	const best = nearestShared(lemmas, lexicon);
	return best && !TOO_BROAD.has(best.word) && /^[a-z][a-z -]+$/.test(best.word) ? best : undefined;
}

/** The nearest kind all of `lemmas` are of, however broad. */
function nearestShared(lemmas: readonly string[], lexicon: Lexicon): Kind | undefined {
	const kinds = lemmas.map((l) => kindsOf(l, lexicon, MAX_ITEM_DEPTH));
	const [first, ...rest] = kinds;
	if (!first) return undefined;
	const common = first.filter((k) => rest.every((ks) => ks.some((o) => o.id === k.id)));
	const depth = (k: Kind) =>
		Math.max(...kinds.map((ks) => ks.find((o) => o.id === k.id)?.depth ?? 9));
	return common.sort((a, b) => depth(a) - depth(b))[0];
}

/**
 * Broad kinds a sentence's own frame may carry: "paintings, sculptures and maps" the galleries
 * display are all made things ("artifact"), "schools, libraries and pools" officials closed all
 * structures. Too broad to name in a stem, or to take any noun of as a key: a set of one is asked
 * only in the sentence's frame, its key a near sister of a listed item (frameSisters).
 */
const FRAME_KINDS = new Set(['artifact', 'creation', 'structure', 'instrumentality', 'person']);

/**
 * The shared broad kind of a list the frame carries (FRAME_KINDS), with its outsiders: nouns of
 * the article, else plain sister terms, of a listed item's own nearest kind ("drawing" beside
 * "painting", "hospital" beside "hotel"), under the shared kind too.
 */
export function frameKindSet(
	items: readonly string[],
	articleNouns: ReadonlyMap<string, Kind[]>,
	lexicon: Lexicon,
	phrase?: string
): ThingSet | undefined {
	const shared = nearestShared(items, lexicon);
	if (!shared || !FRAME_KINDS.has(shared.word)) return undefined;
	// Each item's nearest kinds by its first sense: the kind a reader takes it in.
	const near = items.flatMap((i) => kindsOf(i, lexicon, 1, 1));
	const under = (w: string) =>
		kindsOf(w, lexicon, MAX_OUTSIDER_DEPTH, 1).some((k) => k.id === shared.id);
	const named = [...articleNouns]
		.filter(
			([lemma, kinds]) =>
				!items.includes(lemma) &&
				!kindOfItem(lemma, items, lexicon) &&
				kinds.some((k) => k.depth === 1 && near.some((n) => n.id === k.id)) &&
				lexicon.frequency(lemma, 'n') > 0 &&
				under(lemma)
		)
		.map(([lemma]) => lemma);
	const written = [...items, ...articleNouns.keys()];
	// Sisters of the three shown items' kinds, never of a fourth the options leave out.
	const shownKinds = items.slice(0, 3).flatMap((i) => kindsOf(i, lexicon, 1, 1));
	const sistersOf = (kinds: Kind[]) =>
		[
			...new Set(
				kinds.flatMap((k) => sisterTerms(k, items, lexicon, written, MAX_FRAME_SISTER_HYPONYMS))
			)
		].filter(
			(w) =>
				under(w) &&
				commonSister(w, lexicon) &&
				!variantOf(w, items, lexicon) &&
				!kindWritten(w, written, lexicon)
		);
	// "curtains" beside "furniture, carpets and appliances": a sister of a kind two shown items
	// share (furnishing) is of the list's own sort; one of a single item's kind ("trap", a device
	// beside "appliances") only when no kind is shared.
	const sharedNear = shownKinds.filter((k, i) => shownKinds.findIndex((o) => o.id === k.id) !== i);
	const nearSisters = sistersOf(sharedNear);
	const outsiders = named.length ? named : nearSisters.length ? nearSisters : sistersOf(shownKinds);
	if (!outsiders.length) return undefined;
	return {
		name: pluralWord(shared.word),
		members: [...items, ...(phrase ? [phrase] : []), ...outsiders],
		outsiders,
		framed: true
	};
}

/**
 * "flour, sugar and butter": the lower-case words before each comma and the one after "and", which
 * two more may follow ("and old fishing boats").
 */
const RAW_LIST =
	/(?:\b[a-z][a-z-]+(?: [a-z][a-z-]+)?, )+(?:[a-z][a-z-]+(?: [a-z][a-z-]+)?,? )?(?:and|or) (?:even )?[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}/g;

/**
 * The listed items' base forms: the last word of each segment (two where the dictionary files
 * both, "olive oil"), and the first of the one after "and", which the next words may follow.
 */
function rawItems(list: string, lexicon: Lexicon): string[] {
	const segments = list.replace(/,? (and|or) (even )?/, ', ').split(', ');
	return segments.map((seg, i) => {
		const words = seg.split(' ');
		const two = i === segments.length - 1 ? words.slice(0, 2) : words.slice(-2);
		const one = i === segments.length - 1 ? words[0] : words[words.length - 1];
		if (two.length === 2 && lexicon.senses(two.join(' '), 'n').length) return two.join(' ');
		// "old fishing boats": a first word rarely a noun ("old") modifies the noun after it.
		const modified = i === segments.length - 1 ? modifiedLast(seg, lexicon)?.head : undefined;
		return modified ?? nounLemma(one ?? '', lexicon) ?? '';
	});
}

/** Words after a list that are never a noun of its last item ("in", "from", "along"). */
const NOT_A_HEAD =
	/^(in|on|at|to|of|for|from|by|with|along|across|near|into|over|under|after|before|which|who|that|are|is|was|were|all|also)$/;

/**
 * The last item as modifiers and their noun ("and iodised salt", "and old fishing boats" → "boat"),
 * when its first word is no noun: the head is the last of the nouns that follow it, the item the
 * words up to it.
 */
function modifiedLast(seg: string, lexicon: Lexicon): { head: string; phrase: string } | undefined {
	const [modifier, ...rest] = seg.split(' ');
	if (!modifier || !rest.length || lexicon.frequency(modifier, 'n') > 0) return undefined;
	let found: { head: string; phrase: string } | undefined;
	for (const [n, w] of rest.entries()) {
		const lemma = NOT_A_HEAD.test(w) ? undefined : nounLemma(w, lexicon);
		if (!lemma || lexicon.frequency(lemma, 'n') < 1) break;
		found = { head: lemma, phrase: [modifier, ...rest.slice(0, n), lemma].join(' ') };
	}
	return found;
}

/**
 * "… and even hospital waiting rooms." → "room", "hospital waiting room": a last item of nouns
 * only, which its clause ends after, is read by its last noun (the head of an English compound),
 * so the list's item is the whole phrase, never "hospital" cut from it.
 */
export function compoundLast(
	list: string,
	lexicon: Lexicon
): { head: string; phrase: string } | undefined {
	const words = (list.split(/,? (?:and|or) (?:even )?/).pop() ?? '').split(' ');
	if (words.length < 2) return undefined;
	const lemmas = words.map((w) => nounLemma(w, lexicon));
	if (lemmas.some((l, i) => !l || lexicon.frequency(l, 'n') < 1 || NOT_A_HEAD.test(words[i] ?? '')))
		return undefined;
	// "waiting" is a noun, but the dictionary files "waiting room" whole: either way "room" heads it.
	const head = lemmas[lemmas.length - 1] as string;
	return { head, phrase: [...words.slice(0, -1), head].join(' ') };
}

/** The written phrase of a last item read by its noun ("iodised salt" for "salt"), as a member. */
function modifiedPhrase(list: string, head: string, lexicon: Lexicon): string | undefined {
	const seg = list.split(/,? (?:and|or) (?:even )?/).pop() ?? '';
	const last = modifiedLast(seg, lexicon);
	return last?.head === head ? last.phrase : undefined;
}

/**
 * The sets the sentence's lists of common nouns make: their nearest shared kind, with the other
 * nouns of the article of that kind as outsiders ("salt" beside "flour, sugar and butter").
 */
export function wordNetSets(
	s: Sentence,
	articleNouns: ReadonlyMap<string, Kind[]>,
	lexicon: Lexicon
): ThingSet[] {
	const out: ThingSet[] = [];
	for (const m of s.text.matchAll(RAW_LIST)) {
		// "for decades, making tables, chairs and wardrobes": words before a comma may be no item;
		// the list is then read from its next segment, while three remain.
		for (let list = m[0]; list.split(/, |,? (?:and|or) /).length >= 3;) {
			const closed = /^[.,;:!?]/.test(s.text.slice((m.index ?? 0) + m[0].length));
			const set = listSet(list, articleNouns, lexicon, closed);
			if (set) {
				out.push(set);
				break;
			}
			const cut = list.indexOf(', ');
			if (cut < 0) break;
			list = list.slice(cut + 2);
		}
	}
	return out;
}

/** The set of one written list of common nouns, if its items share a kind (sharedKind, frameKindSet). */
function listSet(
	list: string,
	articleNouns: ReadonlyMap<string, Kind[]>,
	lexicon: Lexicon,
	closed = false
): ThingSet | undefined {
	const compound = closed ? compoundLast(list, lexicon) : undefined;
	const raw = rawItems(list, lexicon);
	const items = compound ? [...raw.slice(0, -1), compound.head] : raw;
	if (items.length < 3 || items.some((i) => !i)) return undefined;
	const phrase = compound?.phrase ?? modifiedPhrase(list, items[items.length - 1] ?? '', lexicon);
	const kind = sharedKind(items, lexicon);
	if (!kind) return frameKindSet(items, articleNouns, lexicon, phrase);
	const named = [...articleNouns]
		.filter(
			([lemma, kinds]) =>
				!items.includes(lemma) &&
				!kindOfItem(lemma, items, lexicon) &&
				kinds.some((k) => k.id === kind.id) &&
				lexicon.frequency(lemma, 'n') > 0
		)
		.map(([lemma]) => lemma);
	// None named elsewhere: the kind's plain sister terms, of a kind near enough to be one sort.
	const outsiders = named.length
		? named
		: sisterTerms(kind, items, lexicon, [...items, ...articleNouns.keys()]);
	if (!outsiders.length) return undefined;
	const name = pluralWord(plainestWord(kind, lexicon));
	const plain = isPlainName(name, lexicon);
	const members = [...items, ...(phrase ? [phrase] : []), ...outsiders];
	return { name, members, outsiders, ...(plain ? { plain } : {}) };
}

/**
 * Whether `lemma` names a kind a listed item is of ("flower" beside "sunflowers"): every item of
 * it is one too, so the article says it after all (a second key).
 */
export function kindOfItem(lemma: string, items: readonly string[], lexicon: Lexicon): boolean {
	const ids = new Set(lexicon.senses(lemma, 'n').map((s) => s.id));
	return items.some((i) => kindsOf(i, lexicon, MAX_OUTSIDER_DEPTH).some((k) => ids.has(k.id)));
}

/** A frame's sister may be a basic word with kinds of its own ("photograph", "ship"). */
const MAX_FRAME_SISTER_HYPONYMS = 40;

/** A frame's sister key is an everyday word ("theater", not "morgue" or "rink"): this often per million. */
const MIN_FRAME_SISTER_PER_MILLION = 10;

/** Whether a sister term is everyday enough to stand as a broad kind's key. */
const commonSister = (w: string, lexicon: Lexicon) =>
	(lexicon.perMillion?.(w) ?? 0) >= MIN_FRAME_SISTER_PER_MILLION && lexicon.frequency(w, 'n') >= 2;

/**
 * Whether a sister term is defined by a listed item ("lane: a narrow way or road" beside "roads"):
 * a kind or variant of it, which a reader may take as listed.
 */
export function variantOf(word: string, items: readonly string[], lexicon: Lexicon): boolean {
	const gloss = lexicon.senses(word, 'n')[0]?.gloss.toLowerCase() ?? '';
	if (items.some((i) => new RegExp(`\\b${i}(s|es)?\\b`).test(gloss))) return true;
	// "picture" beside "paintings": a word of any sense of a listed item is a synonym of it.
	return items.some((i) => lexicon.senses(i, 'n').some((s) => s.words.includes(word)));
}

/**
 * Whether the article writes a word for a sister term's own kind ("homes" for "house", a
 * dwelling; "vehicles" for "truck"): it then says the key in general words, and "NOT say people
 * smoked in houses" has a second key. For a frame's sisters, whose kind no listed item shares.
 */
export function kindWritten(word: string, written: readonly string[], lexicon: Lexicon): boolean {
	return kindsOf(word, lexicon, 1, 1).some((k) =>
		(lexicon.synsetById?.(k.id)?.words ?? [k.word]).some((w) => written.includes(w))
	);
}

/** How far up a kind may be for its sister terms to be of the listed items' narrow sort. */
const MAX_SISTER_DEPTH = 2;
/** A sister term is a plain word: spoken at least this often per million words. */
const MIN_SISTER_PER_MILLION = 2;
/** A sister with more kinds of its own than this is a category ("ingredient"), not a member. */
const MAX_SISTER_HYPONYMS = 12;

/**
 * The plain sister terms of a kind the listed items share: the one-word members of its other
 * kinds none of whose words is `written` (the listed items, the article's nouns), whose MOST
 * frequent sense is that kind ("summer" beside "autumn, winter and spring"; never
 * "jack", a tool only in a rare sense), common words, and no category of their own.
 */
export function sisterTerms(
	kind: Kind,
	items: readonly string[],
	lexicon: Lexicon,
	written: readonly string[] = items,
	maxHyponyms = MAX_SISTER_HYPONYMS
): string[] {
	if (kind.depth > MAX_SISTER_DEPTH || !lexicon.synsetById) return [];
	const parent = lexicon.synsetById(kind.id);
	const out: string[] = [];
	for (const id of parent?.hyponyms ?? []) {
		const sister = lexicon.synsetById(id);
		const word = sister?.words[0];
		if (!sister || !word || !/^[a-z]{3,}$/.test(word)) continue;
		// "corn" beside "maize": a sister none of whose words the list or the article writes.
		if (sister.words.some((w) => written.includes(w))) continue;
		// "brew" beside "beer": a kind a listed item is of is no member beside it.
		if (items.some((i) => kindsOf(i, lexicon, MAX_ITEM_DEPTH).some((k) => k.id === id))) continue;
		if ((sister.hyponyms?.length ?? 0) > maxHyponyms) continue;
		if (lexicon.senses(word, 'n')[0]?.id !== id) continue;
		// Spoken often, and tagged as this noun or of no other: "bender" is spoken in another sense.
		if ((lexicon.perMillion?.(word) ?? 0) < MIN_SISTER_PER_MILLION) continue;
		if (lexicon.frequency(word, 'n') < 1 && lexicon.senses(word, 'n').length > 1) continue;
		// "valuable", "blue": a word read as an adjective (or a verb) first is no plain noun option.
		const asNoun = lexicon.frequency(word, 'n');
		if (lexicon.frequency(word, 'a') > asNoun || lexicon.frequency(word, 'v') > asNoun) continue;
		out.push(word);
	}
	return out;
}

/** The common nouns of the article, by base form, with their kinds. */
export function articleNounKinds(
	sentences: readonly Sentence[],
	lexicon: Lexicon
): Map<string, Kind[]> {
	const out = new Map<string, Kind[]>();
	for (const s of sentences)
		for (const t of s.tokens) {
			if (!t.tags.has('Noun') || t.tags.has('ProperNoun') || !/^[a-z]{3,}$/.test(t.normal))
				continue;
			const lemma = nounLemma(t.normal, lexicon);
			if (!lemma || out.has(lemma)) continue;
			// Its first sense only: "cheese" is no plant, "temple" no body part, in another sense.
			out.set(lemma, kindsOf(lemma, lexicon, MAX_OUTSIDER_DEPTH, 1));
		}
	return out;
}

/**
 * The word a reader knows a kind by: of the synset's words ("metallic element", "metal"), the one
 * spoken most often, if it is spoken more than the first one, which names the set otherwise.
 */
export function plainestWord(kind: Kind, lexicon: Lexicon): string {
	const words = (lexicon.synsetById?.(kind.id)?.words ?? []).filter((w) =>
		/^[a-z][a-z -]+$/.test(w)
	);
	const said = (w: string) => lexicon.perMillion?.(w) ?? 0;
	const best = [...words].sort((a, b) => said(b) - said(a))[0];
	return best && said(best) > said(kind.word) ? best : kind.word;
}

/** A kind's name a stem may say: every word common in speech ("birds", not "vascular plants"). */
const PLAIN_NAME_PER_MILLION = 5;
/** Its plural, less often said than a singular, at least this often ("seasons", not "sciences"). */
const PLAIN_PLURAL_PER_MILLION = 1;

function isPlainName(name: string, lexicon: Lexicon): boolean {
	const words = name.split(' ');
	// The plural itself is spoken: "seasons", never "clothings" or "alcohols".
	const spoken = (w: string, least: number) => (lexicon.perMillion?.(w) ?? 0) >= least;
	const head = words[words.length - 1] ?? '';
	return (
		words.length <= 2 &&
		words.slice(0, -1).every((w) => spoken(w, PLAIN_NAME_PER_MILLION)) &&
		spoken(head, PLAIN_PLURAL_PER_MILLION)
	);
}

/** "dairy product" → "dairy products", "fruit" → "fruits". */
const pluralWord = (w: string) =>
	/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
