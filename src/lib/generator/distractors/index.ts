// Stage 5: three wrong options of the answer's type: from the article first, then from lexicons,
// or by moving a quantity within its unit. Aliases, parts of the answer and anything the source
// sentence also says are excluded, so no distractor is secretly right.
import type { Entity, Fact } from '../types';
import { countryOfCity, impliedCountries, nestedPlaces } from './regions';
import { COUNTRIES } from '../lexicons';
import { keyStandsApart } from './variants';
import {
	containsWords,
	convergesOnKey,
	foreignName,
	impossibleDate,
	yearAfterArticle,
	yearFarOff,
	optionKind,
	unbalanced,
	unnamedByArticle,
	wordsOf,
	type OptionKind
} from '../well-formed';
import { candidates } from './candidates';
import { ruledOutUnread } from './ruled-out';
import { eventYears, type DistractorContext } from './context';

export { dateVariants, keyStandsApart, quantityVariants } from './variants';
export { articleValues, type DistractorContext } from './context';
export { sameShape } from './names';
export { completesHundred, significantDigits } from './quantities';
export { centuryOf } from './times';
export { containsWords, wordsOf } from '../well-formed';

/** Capitalised words of an option that could name something ("Hamill"), not "The" of "The report". */
export const namesIn = (option: string) =>
	(option.match(/\p{Lu}[\p{L}-]{2,}/gu) ?? []).filter((w) => !FUNCTION_WORD.test(w));

/** Capitalised words that name nothing: "The", "About 300", "Who" of a stem. */
const FUNCTION_WORD =
	/^(The|And|For|With|Who|What|Which|When|Where|How|About|Over|Around|Nearly|Almost|More|Less|Some|Than)$/;

const sharesWord = (a: string, b: string) => {
	const stop = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'in', 'at']);
	const wa = new Set(wordsOf(a).filter((w) => !stop.has(w)));
	return wordsOf(b).some((w) => !stop.has(w) && wa.has(w));
};

/** Values whose wrong options are the key moved (a day, a month, a figure), not other names. */
export const MOVED_VALUES: ReadonlySet<string> = new Set(['date', 'year', 'quantity', 'weekday']);

/**
 * Picks three distractors for the fact's value; fewer means the question must be dropped. Options
 * in `avoid` are passed over: a second set for the same question, to offer when the first shares
 * options with another question of the quiz.
 */
export function pickDistractors(
	fact: Fact,
	sentence: string,
	ctx: DistractorContext,
	avoid: ReadonlySet<string> = new Set()
): string[] {
	const pool = candidates(fact, sentence, ctx);
	const scope = pickingScope(fact, sentence, ctx);
	const chosen: string[] = [];
	// "Moscow" and "Athens" beside Budapest in an article that names neither: a reader rules out
	// places the story never mentions, so at most one place comes from outside the article.
	let outsiders = 0;
	for (const c of pool) {
		if (avoid.has(c) || scope.ofAnotherAge(c)) continue;
		if (chosen.length === 3) break;
		if (outsiders > 0 && scope.outside(c)) continue;
		if (badlyFormed(c) || outOfArticle(c, scope) || givesAway(c, chosen, scope)) continue;
		if (ruledOutUnread(fact, c, sentence, ctx)) continue;
		if (scope.outside(c)) outsiders++;
		chosen.push(c);
	}
	return chosen;
}

/** What one fact's candidates are weighed against: its answer and names, its sentence, its age. */
interface PickingScope {
	fact: Fact;
	ctx: DistractorContext;
	answer: string;
	/** The answer and its entity's name and aliases. */
	names: string[];
	/** Whether the sentence says `c` (with `plain`, once possessive "'s" is dropped). */
	said: (c: string, plain?: boolean) => boolean;
	/** Countries the sentence implies without naming them. */
	implied: Set<string>;
	kind: OptionKind | undefined;
	/** Whether `c` is a place from outside the article. */
	outside: (c: string) => boolean;
	/** Whether `c` is a person the article dates only to another age than the answer's. */
	ofAnotherAge: (c: string) => boolean;
}

function pickingScope(fact: Fact, sentence: string, ctx: DistractorContext): PickingScope {
	const answer = fact.value.text;
	const own = fact.value.entity ? ctx.entities.get(fact.value.entity) : undefined;
	// The sentence's words once, for every candidate: with and without possessive "'s".
	const words = ` ${wordsOf(sentence).join(' ')} `;
	const bare = ` ${wordsOf(sentence.replace(/['’]s\b/g, '')).join(' ')} `;
	const said = (c: string, plain = false) => {
		const n = wordsOf(c).join(' ');
		return n.length > 0 && (plain ? bare : words).includes(` ${n} `);
	};
	// When the sentence (or else the answer's other sentences) dates the answer, a person the article
	// dates only to another age is no contender: "Obama" for who ran CTR in 1914.
	const era = fact.value.type === 'person' && ctx.eras ? answerEra(fact, sentence, ctx) : [];
	return {
		fact,
		ctx,
		answer,
		names: [answer, ...(own ? [own.name, ...own.aliases] : [])],
		said,
		// "Americans tend to say that people from …": never the country the sentence already implies.
		implied: fact.value.type === 'place' ? impliedCountries(sentence) : new Set<string>(),
		kind: optionKind(fact),
		outside: (c) =>
			fact.value.type === 'place' && !!ctx.vocabulary && unnamedByArticle(c, ctx.vocabulary),
		ofAnotherAge: (c) => era.length > 0 && datedToAnotherAge(c, era, ctx)
	};
}

/** Years apart beyond which a person of the article cannot stand in for another. */
const ERA_GAP = 40;

/** Whether the person `c` names is dated by the article only to years far from all of `era`. */
function datedToAnotherAge(c: string, era: readonly number[], ctx: DistractorContext): boolean {
	const e = [...ctx.entities.values()].find(
		(x) =>
			x.type === 'person' &&
			[x.name, ...x.aliases].some((n) => n === c || n.startsWith(`${c} `) || n.endsWith(` ${c}`))
	);
	const own = e ? (ctx.eras?.get(e.id) ?? []) : [];
	return own.length > 0 && own.every((y) => era.every((k) => Math.abs(y - k) > ERA_GAP));
}

/** Whether the lexicon knows `name` as a city or a country. */
const placeOfLexicon = (name: string) =>
	countryOfCity(name) !== undefined || COUNTRIES.includes(name);

/** Whether a candidate's text is no option at all, whatever the question. */
export function badlyFormed(c: string): boolean {
	// "VIII" of "Alfonso VIII": a numeral alone is no name.
	if (/^[IVXLC]+$/.test(c)) return true;
	// Broken text the validator would refuse: "(Muhammad", "June 31", "2403" for "801".
	if (unbalanced(c) || impossibleDate(c)) return true;
	// "Wright-Patterson Air": a name cut before its last word (the tagger's doing) is no name.
	if (
		/\s(Air|Space|National|Royal|United|International|General|Public|Joint|Central|Federal)$/.test(
			c
		)
	)
		return true;
	// "LONDON" from a dateline (review k9 P8-Q11): a name in capitals beside names written as names.
	if (/^\p{Lu}{3,}$/u.test(c) && placeOfLexicon(c.charAt(0) + c.slice(1).toLowerCase()))
		return true;
	// "Who" from "Doctor Who": a question word is never a name to offer.
	return /^(Who|What|Which|When|Where|How|Why)$/.test(c);
}

/** Whether a candidate stands out against the article: a piece of its names, or foreign to it. */
function outOfArticle(c: string, { kind, ctx }: PickingScope): boolean {
	// "Kim Jong" where the article says "Kim Jong Un": a piece of a name is no name.
	if (kind && ctx.isFragment?.(c, kind)) return true;
	if (!ctx.vocabulary) return false;
	// "Addis Ababa" in an article on York: a lexicon name the article has no word of stands out.
	if (foreignName(c, ctx.vocabulary)) return true;
	// "1412" beside an article of the 1990s: a year far outside its time span.
	return yearFarOff(c, ctx.vocabulary) || yearAfterArticle(c, ctx.vocabulary);
}

/**
 * Whether a candidate repeats the answer, an option already chosen or the sentence, or is secretly
 * right beside them.
 */
function givesAway(c: string, chosen: readonly string[], scope: PickingScope): boolean {
	const { fact, ctx, answer, names, said, implied } = scope;
	const all = [answer, ...chosen];
	if (all.some((o) => o.toLowerCase() === c.toLowerCase())) return true;
	if (all.some((o) => containsWords(o, c) || containsWords(c, o))) return true;
	if (said(c)) return true;
	if (implied.has(c.replace(/^the /i, '')) || all.some((o) => nestedPlaces(o, c))) return true;
	// "Mark Hamill" beside a stem about "Hamill's schedule": a name the sentence uses gives it away.
	// (A month is no name: "May 14, 1853" beside "May 23, 1853" shares its month on purpose.)
	if (!MOVED_VALUES.has(fact.value.type) && namesIn(c).some((n) => said(n, true))) return true;
	// Never another name of the answer itself: "Ahmed" beside "Mohamed" for Ahmed Mohamed.
	if (
		['person', 'organisation', 'place'].includes(fact.value.type) &&
		names.some((n) => sharesWord(n, c))
	)
		return true;
	// "Mercury" beside "Freddie": two parts of one name the article gives ("Freddie Mercury").
	if (fact.value.type === 'person' && partsOfOneName(answer, c, ctx.entities.values())) return true;
	// The last option may not make the key the one the others were made from.
	const options = [answer, ...chosen, c];
	return chosen.length === 2 && (convergesOnKey(options, 0) || keyStandsApart(options, 0));
}

/** Whether `a` and `b` are both words of one person's name or alias. */
function partsOfOneName(a: string, b: string, entities: Iterable<Entity>): boolean {
	for (const e of entities) {
		if (e.type !== 'person') continue;
		for (const n of [e.name, ...e.aliases]) {
			const words = ` ${n} `;
			if (words.includes(` ${a} `) && words.includes(` ${b} `)) return true;
		}
	}
	return false;
}

/** The years that date the answer: its sentence's or paragraph's, else those naming the answer. */
function answerEra(fact: Fact, sentence: string, ctx: DistractorContext): readonly number[] {
	const events = eventYears(fact, sentence, ctx);
	return events.length ? events : (ctx.eras?.get(fact.value.entity ?? '') ?? []);
}
