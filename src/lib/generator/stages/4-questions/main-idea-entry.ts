// The main idea of an encyclopedia entry titled by a thing's name ("Tuberculosis", "The Blitz",
// "Printed circuit board"): an overview of that thing, the phrase a teacher writes for an entry that
// opens by saying what its subject is and keeps returning to it. The wrong options have the key's
// scope frame or are one paragraph's topic: the whole class its opening puts the subject in ("An
// overview of infectious diseases", far wider), and two paragraphs' topics (too narrow). So the key
// is neither the only general option nor the options' shared core (reviews k3, k4, k7, k8).
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { articleTerms, lemma, type ArticleTerms } from '../3-facts/gist';
import { wholeSentenceFact } from '../3-facts/sentences';
import { MAIN_IDEA_STEM } from './main-idea-form';
import { BORN, FRAMED_ID, whyWrong } from './main-idea-life';
import { rivalGist } from './main-idea-checks';
import { scopeWrong } from './main-idea-scope';
import type { Wrong } from './main-idea-options';

/** The frame of the key and of the wider option. */
export const ENTRY_FRAME = 'An overview of';

/** A fact id of an entry's item starts so (a framed item's, so the framed checks apply). */
export const ENTRY_ID = `${FRAMED_ID}entry-`;

/** Share of paragraphs the subject must stand in, and the fewest prose paragraphs. */
const SUBJECT_SPREAD = 0.5;
const MIN_PARAGRAPHS = 4;

/** A guide or a speech speaks to its reader; an entry does not. */
const ADDRESS = /\b(you|your|we|our|I)\b/g;
/** Words the subject's class may not keep: they rank it among its kind rather than name the kind. */
const RANKING =
	/^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|largest|biggest|smallest|oldest|most|main|major|known|only|\p{L}+est|\d.*|several|many|various|some|certain|particular)$/u;
/** Looks that tell one of a kind from another, not the kind: "a small, brown songbird" is a songbird. */
const LOOKS =
	/^(small|large|big|tiny|little|huge|giant|heavy|light|long|short|tall|brown|black|white|grey|gray|green|red|blue|yellow|orange|pink|dark|pale|slow-moving|fast|medium-sized|semi-aquatic|blind|rare|common)$/;

/** Heads that name no class ("a type of sport" is a sport). */
const OF_WHAT =
	/^(type|kind|form|sort|group|branch|family|class|order|genus|species|set|series|member|part|piece|one|variety|style|genre|method|way|means|field|area|body|bodies|division|period|phase|stage|section|portion|unit|domain|aspect|collection|protection|use|practice|process|term|name|word|pure|applied|principle|system|mode|state|thing|idea|concept)s?$/;
/** Words that end the class before what it is said of: "a disease [caused by]", "a city [in]". */
const CLASS_ENDS =
	/^(who|which|that|whose|where|of|in|on|at|from|for|with|by|to|and|or|but|as|than|since|between|within|under|over|near|caused|used|made|based|called|located|found|consisting|founded|headquartered|native|designed|developed|characterized|characterised)$/;

/** A noun in the plural: "disease" → "diseases", "company" → "companies", "glass" → "glasses". */
export function plural(noun: string): string {
	if (/(species|series|sheep|deer|fish|craft)$/.test(noun)) return noun;
	if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
	if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
	if (/(man)$/.test(noun)) return `${noun.slice(0, -3)}men`;
	return `${noun}s`;
}

/** Participles and adverbs that end the class: "a conflict [fought]", "a disease [usually] caused". */
const PARTICIPLE =
	/^(fought|built|made|held|seen|given|written|taken|spoken|grown|run|set|led|won)$/;
/** What a participle ending the class is followed by: "a container [used to]", "a lamp [designed for]". */
const AFTER_PARTICIPLE =
	/^(by|in|to|from|for|on|at|with|as|between|during|after|before|into|the|a|an|its|their|his|her)$/;

/** Whether a word of "is a …" ends the class rather than stands in it. */
function endsClass(word: string, next: string, taken: number): boolean {
	if (CLASS_ENDS.test(word) || PARTICIPLE.test(word) || /ly$/.test(word)) return true;
	return taken > 0 && /(ed|ing)$/.test(word) && AFTER_PARTICIPLE.test(next);
}

/**
 * The class a defining sentence puts its subject in, in the plural: "Tuberculosis (TB) is an
 * infectious disease caused by …" → "infectious diseases"; "IBM is an American multinational
 * technology company" → "technology companies" (names and ranks dropped: the kind, not this one of it).
 */
export function classOf(sentence: string, subject: string): string | undefined {
	const at = sentence.toLowerCase().indexOf(subject.toLowerCase());
	if (at < 0 || at > 4) return undefined;
	const rest = sentence.slice(at + subject.length);
	const m =
		/^(?:\s*\([^)]*\))?(?:,[^,]{1,60},)?\s+(is|was|are|were)\s+(?:(?:also|both|now|still|generally|usually|often|officially)\s+)?(an?\s+|the\s+)?([^.;:]+)/.exec(
			rest
		);
	// "are marine crustaceans" names a class without an article; "is" wants one.
	if (!m?.[3] || (!m[2] && (m[1] === 'is' || m[1] === 'was'))) return undefined;
	const many = (m[1] === 'are' || m[1] === 'were') && !/^an?\s/.test(m[2] ?? '');
	const words: string[] = [];
	const raws = m[3].split(/\s+/);
	let listed = false;
	for (const [i, raw] of raws.entries()) {
		const w = raw.replace(/[,()"]/g, '');
		const next = (raws[i + 1] ?? '').replace(/[,()"]/g, '');
		// "the eighth and farthest known planet": ranks joined by "and" go on to the class.
		if (w === 'and' && words.every((x) => RANKING.test(x))) continue;
		// "a large, white and grey bird": the list of its looks runs on past "and", no class named.
		if (listed && /^(and|or)$/.test(w)) return undefined;
		if (!w || endsClass(w, next, words.length)) break;
		words.push(w);
		// "a large, slow-moving shark": a comma between the first adjectives goes on to the class.
		const listing = words.length < 4 && /^\p{Ll}/u.test(next) && !CLASS_ENDS.test(next);
		if (/[)]$/.test(raw) || (/,$/.test(raw) && !listing)) break;
		listed ||= /,$/.test(raw);
		if (words.length > 5) return undefined;
	}
	const head = words.at(-1);
	// "a type of sport" is a sport, and "a style of architecture" is the title's own kind: left out.
	if (!head || OF_WHAT.test(head) || !/^\p{Ll}[\p{Ll}-]+$/u.test(head)) return undefined;
	// "a large, flightless[, nocturnal parrot]": an adjective is no class.
	if (/(less|ous|ful|ive|ic)$/.test(head)) return undefined;
	const mods = words
		.slice(0, -1)
		.filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !RANKING.test(w) && !LOOKS.test(w))
		.slice(-1);
	return [...mods, many ? head : plural(head)].join(' ');
}

/** The subject a title names, without its bracket or year: "Laki Eruption of 1783" → "Laki Eruption". */
export const entryName = (title: string) =>
	title
		.replace(/\s*\([^)]*\)\s*$/, '')
		.replace(/^\d{3,4} /, '')
		.replace(/ (of|in) \d{3,4}$/, '')
		.trim();

/** The subject and the sentence that defines it: "Tuberculosis", "the Sahara", "glaciers" (of "A glacier is …"). */
export function definedSubject(
	sentences: readonly Sentence[],
	text: string,
	title: string
): { name: string; kind: string; sentence: Sentence } | undefined {
	const bare = entryName(title);
	if (!bare || bare.split(/\s+/).length > 5 || /[:?!&]/.test(bare)) return undefined;
	const lead = sentences[0]?.paragraph;
	const opening = sentences.filter((s) => s.paragraph === lead).slice(0, 3);
	const esc = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	for (const s of opening) {
		const open = new RegExp(`^(the |an? )?(${esc}(?:e?s)?)\\b`, 'i').exec(s.text);
		if (!open?.[2]) continue;
		const kind = classOf(s.text.slice(open[1]?.length ?? 0), open[2]);
		if (!kind) continue;
		const article = (open[1] ?? '').trim().toLowerCase();
		const mid = new RegExp(`(?<=\\p{Ll}[,;]? )(?:the )?(${esc}(?:e?s)?)\\b`, 'iu').exec(text);
		const written = mid?.[1] ?? open[2];
		const name =
			article === 'a' || article === 'an'
				? plural(written.toLowerCase())
				: `${article === 'the' ? 'the ' : ''}${written}`;
		return { name, kind, sentence: s };
	}
	return undefined;
}

/** Whether the article is an entry on its title's subject: opens on it, returns to it, no life. */
function entryArticle(
	sentences: readonly Sentence[],
	terms: ArticleTerms,
	text: string,
	name: string
): boolean {
	const lead = sentences[0]?.text ?? '';
	if ((text.match(ADDRESS)?.length ?? 0) >= 3) return false;
	const early = terms.paragraphs.slice(0, 2);
	if (sentences.some((s) => early.includes(s.paragraph) && BORN.test(s.text))) return false;
	const bare = name.replace(/^the /i, '').toLowerCase();
	if (!lead.toLowerCase().includes(bare)) return false;
	// "The falcon" and "peregrines" tell of "the peregrine falcon": any word of its name counts.
	const stems = bare
		.split(/[\s-]+/)
		.filter((w) => w.length >= 4)
		.map((w) => w.slice(0, Math.max(4, w.length - 2)));
	const names = (t: string) => stems.some((x) => t.toLowerCase().includes(x));
	const told = new Set(sentences.filter((s) => names(s.text)).map((s) => s.paragraph));
	return told.size >= SUBJECT_SPREAD * terms.paragraphs.length;
}

/** The entry item of an article titled by a thing's name, or none. */
export function entryCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	index: EntityIndex
): Candidate[] {
	const title = norm.title?.trim() ?? '';
	const terms = articleTerms(sentences, index);
	if (terms.paragraphs.length < MIN_PARAGRAPHS) return [];
	const defined = definedSubject(sentences, norm.text, title);
	if (!defined) return [];
	const { name, kind } = defined;
	const bare = entryName(title);
	if (!entryArticle(sentences, terms, norm.text, bare)) return [];
	// "An overview of architectures" beside "… of Gothic architecture" says the same thing twice.
	if (kind.split(' ').some((w) => lemma(name.toLowerCase()).includes(lemma(w)))) return [];
	const key = `${ENTRY_FRAME} ${name}`;
	// "capitals" alone may be money: the many kinds of capital cities.
	const broad = `The many kinds of ${kind.replace(/^capitals$/, 'capital cities')}`;
	const wrong = scopeWrong({
		sentences,
		text: norm.text,
		terms,
		index,
		title,
		key,
		subject: subjectTerm(index, name),
		part: { text: broad, units: [], why: 'broad' },
		aspects: [
			...paragraphAspects(sentences, name, kind),
			...aspectsOf(sentences, terms, name, kind)
		],
		minNouns: 2,
		// An aspect is written "of" the subject by rule; a paragraph's own phrase must be whole.
		accept: (w) =>
			(w.text.endsWith(` of ${name}`) || wholeTopic(w.text, norm.text)) &&
			!rivalGist(key, [w.text], norm.text, title)
	});
	if (!wrong) return [];
	return [entryItem(norm, defined.sentence, terms, name, key, wrong)];
}

/** The candidate: the overview as key, the opening as source. */
function entryItem(
	norm: NormalizedText,
	lead: Sentence,
	terms: ArticleTerms,
	name: string,
	key: string,
	wrong: ReturnType<typeof scopeWrong> & object
): Candidate {
	const fact = wholeSentenceFact(lead, {
		id: `${ENTRY_ID}${lead.index}`,
		kind: 'gist',
		subject: name.replace(/^the /i, ''),
		value: { text: key, start: lead.start, end: lead.start, type: 'thing' },
		statement: lead.text,
		salience: 1
	});
	return {
		id: `${fact.id}-main-idea`,
		kind: 'main-idea',
		stem: MAIN_IDEA_STEM,
		answer: key,
		distractors: wrong.map((w) => w.text),
		fact,
		source: { sentence: norm.text.slice(lead.start, lead.end), start: lead.start, end: lead.end },
		explanation: [
			`The article opens by saying what ${name} is and returns to it in most of its ${terms.paragraphs.length} paragraphs.`,
			...wrong.map(whyWrong)
		].join(' ')
	};
}

/** Aspects too wide to be one paragraph's: "The history of …" may be what the whole entry tells. */
const WIDE_ASPECT =
	/^(history|story|majority|minority|most|percentage|proportion|total|amount|development|life|role|importance|nature|study|origins?|rest|parts?|name|uses?|end|beginning|time|years?|side|sides|people|members?|case|form|way|number|state|status|existence|work|works|legacy|influence|impact|effects?|success|world|area|region|centre|center|country)$/;

/**
 * Parts of the subject a single paragraph tells of, as the article names them: "the atmosphere of
 * Neptune", "Neptune's largest moon" → "The largest moon of Neptune". The aspect's head is said in
 * two paragraphs at most (one paragraph's part, not what the entry keeps returning to).
 */
export function aspectsOf(
	sentences: readonly Sentence[],
	terms: ArticleTerms,
	name: string,
	kind: string
): Wrong[] {
	const words = aspectWordsOf(kind);
	const bare = name.replace(/^the /i, '');
	const esc = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const OF = new RegExp(`\\bthe ((?:[a-z-]+ ){0,2}[a-z-]+) of (?:the )?${esc}\\b(?!['’-])`, 'giu');
	const POSS = new RegExp(`\\b(?:the )?${esc}['’]s ((?:[a-z-]+ ){0,1}[a-z-]+)\\b`, 'giu');
	// "It feeds on …, and its diet …": a sentence about the subject tells of its parts.
	const ABOUT = new RegExp(`^(?:(?:the )?${esc}|it|they)\\b`, 'iu');
	const ITS = /\b(?:its|their) ((?:[a-z-]+ )?[a-z-]+)\b/g;
	const lead = terms.paragraphs[0];
	const out: Wrong[] = [];
	for (const s of sentences) {
		if (s.paragraph === lead) continue;
		const own = ABOUT.test(s.text) ? [...s.text.matchAll(ITS)] : [];
		const found = [...s.text.matchAll(OF), ...s.text.matchAll(POSS), ...own].map((m) => m[1] ?? '');
		for (const aspect of found) {
			const last = aspect.split(' ').at(-1) ?? '';
			const head = lemma(last);
			if (!words?.test(last) && !/(tion|ment|ance|ence|ity|ure|ship|ism)s?$/.test(last)) continue;
			if (WIDE_ASPECT.test(head) || aspect.split(' ').some((w) => /^(of|and|or|in|to)$/.test(w)))
				continue;
			if ((terms.where.get(head)?.size ?? 0) > 2) continue;
			const text = `The ${aspect} of ${name}`;
			if (out.some((o) => o.text === text)) continue;
			out.push({
				text,
				units: [],
				why: 'narrow',
				paragraph: terms.paragraphs.indexOf(s.paragraph) + 1
			});
		}
	}
	return out;
}

/**
 * Parts of a thing of each kind an entry may give a paragraph to, as a teacher names them ("The diet
 * of the narwhal", "The design of the slide rule", "The climate of Bergen"), by the class its opening
 * puts it in: a part a reader may take one paragraph for, and only a part.
 */
const KIND_ASPECTS: [RegExp, RegExp][] = [
	[
		/(bird|mammal|fish|fishes|whale|shark|parrot|falcon|reptile|insect|species|salamander|turtle|penguin|seabird|animal|crustacean|mole|tern|swift|eagle|owl|snake|frog|lizard|spider|bee|butterfly|beetle)e?s$/,
		/^(diet|food|feeding|breeding|nests?|nesting|eggs|chicks|calves|habitat|range|population|migration|behaviou?r|courtship|song|plumage|feathers|wings|tail|claws|teeth|tusks?|venom|skin|skeleton|skull|senses|hearing|vision|lifespan|predators|prey|hunting|colonies|fossils|ancestors|relatives|classification|evolution|extinction|decline|conservation|threats?)$/
	],
	[
		/(device|instrument|machine|container|loom|clock|lamp|tool|pattern|box|vehicle|craft|engine|platform|pin|invention|process|material)e?s$/,
		/^(design|invention|inventors?|patents?|manufacture|manufacturers|production|factories|materials|sales|exports|standards?|versions|variants|improvements|adoption)$/
	],
	[
		/(city|cities|town|capital|port|island|settlement|municipalit(y|ies))s?$/,
		/^(economy|trade|culture|architecture|climate|geography|government|religion|education|transport|music|cuisine|festivals?|universit(?:y|ies)|port|harbou?r|canals|bridges?|palaces|squares|parks|suburbs|districts|castle|fortress|citadel|walls|defences|fortifications|mosques?|churches|cathedrals?|temples|gardens|museums|monuments?)$/
	]
];

/** Parts of an animal a paragraph on its looks names. */
const LOOKS_PARTS = /^(tail|wings|claws|legs|skin|feathers|plumage|skull|skeleton)$/;

/** The aspects a subject of the class may have, if the class is one of KIND_ASPECTS's. */
export const aspectWordsOf = (kind: string) => KIND_ASPECTS.find(([k]) => k.test(kind))?.[1];

/**
 * Aspects of the subject a single paragraph gives itself to: a word of KIND_ASPECTS said twice or
 * more there and in no more than two paragraphs in all, so it is one part of the entry, not its
 * thread ("The diet of the narwhal", "The collapse of the bridge").
 */
export function paragraphAspects(
	sentences: readonly Sentence[],
	name: string,
	kind: string
): Wrong[] {
	const words = aspectWordsOf(kind);
	if (!words) return [];
	const paragraphs = [...new Set(sentences.map((s) => s.paragraph))];
	const wordsOf = (t: string) => t.toLowerCase().match(/\p{L}+/gu) ?? [];
	const wordsIn = (p: number) =>
		sentences.filter((s) => s.paragraph === p).flatMap((s) => wordsOf(s.text));
	const opening = (p: number) => wordsOf(sentences.find((s) => s.paragraph === p)?.text ?? '');
	const byParagraph = paragraphs.map(wordsIn);
	const stem = (w: string) => w.slice(0, Math.max(5, w.length - 2));
	const out: Wrong[] = [];
	for (const [i, said] of byParagraph.entries()) {
		if (i === 0) continue;
		// Said twice in the paragraph, or once in its opening sentence, which says what it is about.
		const counts = new Map<string, number>();
		for (const w of said) if (words.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
		for (const w of opening(paragraphs[i] ?? -1))
			if (words.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
		const best = [...counts].sort((a, b) => b[1] - a[1])[0];
		if (!best || best[1] < 2) continue;
		const spread = byParagraph.filter((ws) => ws.some((w) => w.startsWith(stem(best[0])))).length;
		if (spread > 2 || spread > paragraphs.length / 3) continue;
		// A paragraph on its tail and wings tells of its looks: "The tail of the hoatzin" is trivia.
		const aspect = LOOKS_PARTS.test(best[0]) ? 'appearance' : best[0];
		if (out.some((o) => o.text === `The ${aspect} of ${name}`)) continue;
		out.push({ text: `The ${aspect} of ${name}`, units: [], why: 'narrow', paragraph: i + 1 });
	}
	return out;
}

/** Words after a topic that show it cut short: "The trade between India [and Tibet]". */
const CUT_BEFORE = /^\s+(and|or|of|in|to|from|between|with|for|on|at|by)\b/i;

/**
 * Whether a paragraph's topic is whole and says something: every time the article writes it, it
 * ends there, and it is not a vague state ("A state of decline", "A de facto return to conditions").
 */
export function wholeTopic(topic: string, text: string): boolean {
	if (/^an? /i.test(topic) || /\bde facto\b/i.test(topic)) return false;
	// "The animals into the old town at night": a phrase cut from a clause, not a topic.
	if (/ (in|into|at|on|to|from|with|by|for|between|during|after|before)\b/i.test(topic))
		return false;
	const body = topic.replace(/^the /i, '').toLowerCase();
	const lower = text.toLowerCase();
	let at = lower.indexOf(body);
	if (at < 0) return false;
	while (at >= 0) {
		if (CUT_BEFORE.test(text.slice(at + body.length, at + body.length + 12))) return false;
		at = lower.indexOf(body, at + 1);
	}
	return true;
}

/** The subject's term: the entity the name is, else its last word's dictionary form. */
function subjectTerm(index: EntityIndex, name: string): string {
	const bare = name.replace(/^the /i, '');
	const e = [...index.entities.values()].find((x) => x.name.toLowerCase() === bare.toLowerCase());
	return e?.id ?? lemma(bare.split(/\s+/).at(-1)?.toLowerCase() ?? '');
}
