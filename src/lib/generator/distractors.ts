// Stage 5: three wrong options of the answer's type: from the article first, then from lexicons,
// or by moving a quantity within its unit. Aliases, parts of the answer and anything the source
// sentence also says are excluded, so no distractor is secretly right.
import type { Entity, Fact, PlaceKind, ValueType } from './types';
import type { Term } from './facts/concepts';
import type { ReasonOption } from './facts/causes';
import {
	CITIES_BY_COUNTRY,
	CONTINENTS,
	COUNTRIES,
	FOUNDED,
	ORGANISATION_GROUPS,
	REGIONS,
	STATE_GROUPS,
	STATES,
	STATEHOOD,
	WEEKDAYS
} from './lexicons';
import { countryOfCity, distance, impliedCountries, nestedPlaces } from './regions';
import { shuffle } from './random';
import { isCondition } from './term-kinds';
import { countOf, dateVariants, keyStandsApart, quantityVariants, trendLimits } from './variants';
import {
	convergesOnKey,
	foreignName,
	impossibleDate,
	yearAfterArticle,
	yearFarOff,
	optionKind,
	unbalanced,
	unnamedByArticle,
	wordsOf,
	yearsNamed,
	type ArticleVocabulary,
	type OptionKind
} from './well-formed';
import type { SentenceIndex } from './ambiguity';

export { dateVariants, keyStandsApart, quantityVariants } from './variants';

export interface DistractorContext {
	entities: Map<string, Entity>;
	/** Every fact of the article, for values of the same type. */
	facts: readonly Fact[];
	/** Common-noun subjects of the article, for "what" answers that are things or ideas. */
	things: readonly Term[];
	/** The article's sentences by word, to tell whether an option also fits another of them. */
	article?: SentenceIndex;
	rand: () => number;
	/** Whether the article names an option only inside a longer name (`fragmentJudge`). */
	isFragment?: (option: string, kind: OptionKind) => boolean;
	/** The article's words and years: a lexicon name none of whose words it uses is passed over. */
	vocabulary?: ArticleVocabulary;
	/** The article's clauses as reasons, for the wrong options of "why" questions (`reasonPool`). */
	reasons?: readonly ReasonOption[];
	/** The years of the sentences that name each person (`peopleEras`). */
	eras?: ReadonlyMap<string, readonly number[]>;
	/** The years each paragraph names (`paragraphYears`). */
	paragraphYears?: ReadonlyMap<number, readonly number[]>;
}

/** Years apart beyond which a person of the article cannot stand in for another. */
const ERA_GAP = 40;

export { wordsOf } from './well-formed';

/** Whether `needle`'s words appear contiguously in `hay`. */
export function containsWords(hay: string, needle: string): boolean {
	const n = spacedWords(needle);
	return n.length > 2 && spacedWords(hay).includes(n);
}

/**
 * " word word " of a text, remembered: the checks ask of the same sentences and options thousands
 * of times an article. A bounded cache of a pure function keeps the generator deterministic.
 */
const spaced = new Map<string, string>();
function spacedWords(text: string): string {
	let hit = spaced.get(text);
	if (hit === undefined) {
		if (spaced.size > 4_000) spaced.clear();
		hit = ` ${wordsOf(text).join(' ')} `;
		spaced.set(text, hit);
	}
	return hit;
}

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

/** Words of empire: the place asked is a colony or territory, not one of the powers. */
const COLONIAL =
	/\b(colon(y|ies)|possessions?|territor(y|ies)|dependenc(y|ies)|overseas|protectorates?)\b/i;

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

/** Whether a candidate's text is no option at all, whatever the question. */
function badlyFormed(c: string): boolean {
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

/** The years of the events a sentence tells: its own, else its paragraph's. */
function eventYears(fact: Fact, sentence: string, ctx: DistractorContext): readonly number[] {
	const own = yearsNamed(sentence);
	return own.length ? own : (ctx.paragraphYears?.get(fact.paragraph) ?? []);
}

/** The years that date the answer: its sentence's or paragraph's, else those naming the answer. */
function answerEra(fact: Fact, sentence: string, ctx: DistractorContext): readonly number[] {
	const events = eventYears(fact, sentence, ctx);
	return events.length ? events : (ctx.eras?.get(fact.value.entity ?? '') ?? []);
}

/** Where one answer type's wrong options come from: candidates, best first, not yet checked. */
type CandidateSource = (fact: Fact, sentence: string, ctx: DistractorContext) => string[];

/** Each answer type's source of candidates. */
const CANDIDATES_BY_TYPE: Record<ValueType, CandidateSource> = {
	person: personCandidates,
	organisation: organisationCandidates,
	place: placeCandidates,
	weekday: weekdayCandidates,
	year: yearCandidates,
	date: dateCandidates,
	quantity: quantityCandidates,
	thing: thingCandidates,
	title: titleCandidates,
	// Reasons are clauses, not values: their wrong options come from `pickReasons`.
	reason: () => []
};

/** The candidates for the fact's value, from its type's source. */
function candidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	return CANDIDATES_BY_TYPE[fact.value.type](fact, sentence, ctx);
}

/** The article's entities other than the answer's, whole ones only. */
function otherEntities(fact: Fact, ctx: DistractorContext): Entity[] {
	return [...ctx.entities.values()].filter((e) => e.id !== fact.value.entity && !e.partial);
}

/**
 * Whether an entity can be offered as what it is tagged. A one-word "person" that is no known
 * name's alias is often a tagging error ("Irving").
 */
function reliable(e: Entity): boolean {
	// "Angel Catbird" of "the novel Angel Catbird" is no person to offer either.
	// "Doctor Who" is a series: a name ending in a question word is no person's.
	// "Prince Albert Challenge Cup", "Naqsh-e Jahan Square": a name ending in what a place, prize or
	// building is called is no person's, whatever the tagger said.
	return (
		e.type !== 'person' ||
		(e.name.includes(' ') && !e.work && !/ (Who|What)$/.test(e.name) && !NOT_A_PERSON.test(e.name))
	);
}

/**
 * Whether the answer is asked as a given name: "Gloria" is asked beside other given names,
 * "Eastman" beside other surnames.
 */
function askedByGivenName(fact: Fact, self: Entity | undefined, ctx: DistractorContext): boolean {
	const v = fact.value;
	// "the English name of _____" for Freddie, of Freddie Mercury: a given name the article also
	// writes before a surname is asked beside given names, never "May" and "Taylor" (review tune21).
	return (
		self?.nameForm === 'given' ||
		(!!self?.name.includes(' ') && self.name.startsWith(`${v.text} `)) ||
		(v.type === 'person' &&
			!v.text.includes(' ') &&
			[...ctx.entities.values()].some(
				(e) => e.type === 'person' && e.name.startsWith(`${v.text} `)
			))
	);
}

const firstName = (e: Entity) => e.name.split(' ')[0] ?? e.name;

/** The names of `people`, shuffled, in the answer's form: given names beside a given name. */
function namesLike(people: Entity[], answer: string, given: boolean, rand: () => number): string[] {
	// "Karl" of Karl Marx beside "Nicholas": a given name alone only of someone the article calls by it.
	const calledSo = (e: Entity) =>
		!given || !e.name.includes(' ') || e.aliases.includes(firstName(e));
	return shuffle(
		people.filter((e) => reliable(e) && calledSo(e)),
		rand
	).map((e) => (given && e.name.includes(' ') ? firstName(e) : formLike(answer, e)));
}

/** The article's other people, its leading ones first, named in the answer's form. */
function personCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	const self = v.entity ? ctx.entities.get(v.entity) : undefined;
	const given = askedByGivenName(fact, self, ctx);
	const named = (people: Entity[]) => namesLike(people, v.text, given, ctx.rand);
	// "The most important mount is _____ (Monte Pellegrino)": no person, so no people to offer.
	if (NOT_A_PERSON.test(v.text)) return [];
	// "Queen _____" for the album Queen Forever: a one-word "person" the article names once and
	// never in full is more often part of a title than someone (reviews tune16 to tune18).
	if (self && !self.name.includes(' ') && self.mentions < 2) return [];
	// Only the article's own people: a made-up name is a distractor no reader could check, and
	// one that stands out beside the article's names. Too few people drop the question.
	// "Daniel Robbins", an art historian, is no answer beside the painters: a person the article
	// calls something else never stands beside the answer, and one it calls something comes
	// after those it calls nothing when the answer is called nothing.
	const calling = self?.calling;
	const people = otherEntities(fact, ctx).filter(
		(e) => e.type === 'person' && !(calling && e.calling && e.calling !== calling)
	);
	const plain = people.filter((e) => !e.calling || e.calling === calling);
	const called = people.filter((e) => !plain.includes(e));
	// "Gorbachev" beside names the article gives once is the one a reader picks unread (over
	// the tuning reviews, 28% of name blanks were used as they were where the key was named
	// four times as often as every wrong option, 43% where no option was named half as
	// often): the article's other leading people come first.
	const leading = (e: Entity) => !self || e.mentions * 4 >= self.mentions;
	return [
		...named(plain.filter(leading)),
		...named(plain.filter((e) => !leading(e))),
		...named(called)
	];
}

/** Bodies like the answer: the article's of its shape, its lexicon group's, one more. */
function organisationCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	const others = otherEntities(fact, ctx);
	// Like for like: an acronym for an acronym, "X Party" for "Y Party"; the generic lexicon
	// only when the answer is itself a well-known international body.
	// "U.S" and "UK" are countries the tagger sometimes calls organisations.
	const orgs = others.filter(
		(e) =>
			e.type === 'organisation' &&
			sameShape(v.text, e.name) &&
			!/^(U\.?S\.?A?|U\.?K\.?)$/.test(e.name)
	);
	const bare = (o: string) => o.replace(/^the /, '');
	const group = ORGANISATION_GROUPS.find((g) => g.some((o) => bare(o) === bare(v.text)));
	// No body founded after the events the sentence (or else its paragraph) dates.
	const when = Math.min(...eventYears(fact, sentence, ctx));
	const lex = (group ?? [])
		.filter((o) => !((FOUNDED[bare(o)] ?? 0) > when))
		.map((o) => (/^the /i.test(v.text) ? o : bare(o)));
	// Short of those, one other full name of a body the article names ("Croucher Foundation"
	// beside "U.S. Department of Agriculture"), never a law, prize or event the tagger called a
	// body: one only, since a body of another kind ("Select Committee" beside "Fabian Society")
	// is seldom a real contender.
	const bodies = others.filter(
		(e) =>
			e.type === 'organisation' &&
			!orgs.includes(e) &&
			/\s/.test(v.text) &&
			/^\p{Lu}\S*( \p{Lu}\S*| of| for| and){1,6}$/u.test(e.name) &&
			!NOT_A_BODY.test(e.name)
	);
	return [
		...shuffle(orgs, ctx.rand).map((e) => formLike(v.text, e)),
		...shuffle(lex, ctx.rand),
		...shuffle(bodies, ctx.rand)
			.slice(0, 1)
			.map((e) => e.name)
	];
}

/** Places of the answer's kind: the article's first, then the lexicon's, nearest tier first. */
function placeCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	// A country for a country, a state for a state: never "Texas" beside "Asia".
	const kind = ctx.entities.get(v.entity ?? '')?.subtype;
	const places = otherEntities(fact, ctx).filter((e) => e.type === 'place');
	if (!kind) {
		// Unknown kind: only article places named alike ("X Station" for "Y Station").
		return shuffle(
			places.filter((e) => e.name.includes(' ') && sameShape(v.text, e.name)),
			ctx.rand
		).map((e) => e.name);
	}
	const same = places.filter((e) => e.subtype === kind).map((e) => e.name);
	const tiers = placeLexicon(kind, v.text).map((tier) =>
		tier.map((p) => (/^the /i.test(v.text) ? p : p.replace(/^the /, '')))
	);
	// "Which state did Spain lose? Florida" beside "Montana": lexicon states only when the
	// article itself names other states, so they belong to its story.
	if (kind === 'state' && same.length === 0) return [];
	if (kind !== 'country')
		return [...shuffle(same, ctx.rand), ...tiers.flatMap((tier) => shuffle(tier, ctx.rand))];
	return countryCandidates(v.text, same, tiers, sentence, ctx.rand);
}

/** Countries beside a country: the article's, then the lexicon's tiers, nearest first. */
function countryCandidates(
	answer: string,
	same: string[],
	tiers: string[][],
	sentence: string,
	rand: () => number
): string[] {
	// "regained control of its colonies, e.g., _____": the powers of the story ("Russia",
	// "Sweden") are no colony, so a colony is offered only beside places of its own continent,
	// which were places then if not yet states.
	const colonial = COLONIAL.test(sentence);
	// "Slovakia" beside the Crimean War of 1853: no country that did not yet exist when the
	// sentence's events took place.
	const year = Math.min(...yearsNamed(sentence));
	const existed = (p: string) => colonial || !((STATEHOOD[p.replace(/^the /i, '')] ?? 0) > year);
	const lex = tiers.flat().filter(existed);
	// The article's own countries first, nearest first (they fit its story: the other teams of a
	// match report); then the lexicon's, its region before its continent before anywhere:
	// "Japan" beside "South Korea", never "Uganda" while a neighbour is left.
	const reach = colonial ? [0, 1] : [0, 1, 2];
	const nearness = reach.map((d) => (p: string) => distance(answer, p) === d);
	return [
		...nearness.flatMap((near) => shuffle(same.filter(near).filter(existed), rand)),
		...nearness.flatMap((near) => shuffle(lex.filter(near), rand))
	];
}

/** The other days of the week. */
function weekdayCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	return shuffle(
		WEEKDAYS.filter((d) => d !== fact.value.text),
		ctx.rand
	);
}

/** Years near the key, less those the stem rules out. */
function yearCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	if (openEnded(sentence, fact)) return [];
	// "expanded from 16.8% in 2004 to 24.3% in _____": the end of a change comes after its
	// start, so no earlier year is offered (review tune20).
	const before = sentence.slice(0, Math.max(0, v.start - fact.start));
	const start = CHANGE_FROM_YEAR.exec(before);
	// "grew from around 1 GW in _____ to almost 10 GW in 2008": and its start before its end.
	const end = /\bfrom\b/i.test(before)
		? CHANGE_TO_YEAR.exec(sentence.slice(Math.max(0, v.end - fact.start)))
		: null;
	// "By the end of the nineteenth century, … in _____": a year outside the century the
	// sentence names is ruled out by the stem (review tune26: "1905" beside 1896).
	const century = centuryOf(sentence, Number(v.text));
	return yearsNear(v.text, ctx).filter(
		(y) =>
			!(start && Number(y) <= Number(start[1])) &&
			!(end && Number(y) >= Number(end[1])) &&
			!(century && (Number(y) < century[0] || Number(y) > century[1]))
	);
}

/** The article's dates written alike and near the key, then the key's moved dates. */
function dateCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	if (openEnded(sentence, fact)) return [];
	// The article's other dates written the same way first, then the key's neighbours.
	const shape = dateShape(v.text);
	// "July 2007" beside "June 1954" and "February 1939": a date decades off is no contender.
	const year = (d: string) => Number(/\d{4}/.exec(d)?.[0] ?? NaN);
	const near = (d: string) => !(Math.abs(year(d) - year(v.text)) > YEAR_REACH / 4);
	const same = articleValues(ctx, 'date').filter(
		(d) => d !== v.text && dateShape(d) === shape && near(d)
	);
	// Moved dates as made, not shuffled: their pattern sets the key's place among them.
	return [...shuffle(same, ctx.rand), ...dateVariants(v.text)];
}

/** The figure moved within its unit (years for a year); none when the stem gives it away. */
function quantityCandidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	const before = sentence.slice(0, Math.max(0, v.start - fact.start));
	const after = sentence.slice(Math.max(0, v.end - fact.start));
	if (figureIsYear(v.text, before)) return yearsNear(v.text, ctx);
	if (figureWithoutWrongOptions(v.text, before, after, sentence)) return [];
	return movedFigures(v.text, before, after);
}

/** Whether a figure is a year the tagger took for a quantity. */
function figureIsYear(figure: string, before: string): boolean {
	// "In 1265, …": a bare four-digit figure in the range of years is a year the tagger missed.
	if (/^1\d{3}$|^20\d{2}$/.test(figure)) return true;
	// "Following Kammu's death in 806": a bare three-digit figure after "in" is a year too.
	// ("a population of 600" is a figure: "of" is not among the words.) So is any figure
	// after "c." or "circa", which only dates take ("born c. 980" was offered beside "2,250").
	return (
		/^[1-9]\d{2,3}$/.test(figure) &&
		(/\b(c|ca)\.\s*$|\bcirca\s+$/i.test(before) ||
			(/^[1-9]\d{2}$/.test(figure) && /\b(in|by|until|since|from)\s+$/i.test(before)))
	);
}

/** Whether the stem or the figure itself leaves no three wrong figures a reader can check. */
function figureWithoutWrongOptions(
	figure: string,
	before: string,
	after: string,
	sentence: string
): boolean {
	// "over 190,000", "fewer than 50": any other bound of the same side may hold as well ("over
	// 230,000" is not shown false), and one of the other side is the key's reverse, so a bounded
	// figure has no three wrong options a reader can check.
	if (BOUNDED.test(`${before} ${figure}`)) return true;
	// "between _____ levels of government", "_____ of the four", "both": a small count the
	// sentence's grammar gives away ("once _____ sets of leaves have formed" it does not).
	if (
		/^(one|two|three|[123])$/i.test(figure.trim()) &&
		(/\b(between|of the|of its)\s+$/i.test(before) ||
			/^\s+of the\b/i.test(after) ||
			/\b(both|either|neither)\b/i.test(sentence))
	)
		return true;
	// "a population of 975,453", "1,257 staff", "$18.9 billion": a figure of three or more
	// significant digits is a detail no reader is meant to keep (over the tuning reviews, 7 of
	// 23 such blanks used as they were, 7 rejected, all of them trivia); "$4.7 billion" is not.
	if (significantDigits(figure) >= 3) return true;
	// "40 percent to the British and _____ to the French": a share that makes the sentence's
	// others up to a hundred is sums, not reading.
	return completesHundred(sentence, figure);
}

/** The figure moved within its unit, kept on the side of every bound the stem sets. */
function movedFigures(figure: string, before: string, after: string): string[] {
	// "32 of the _____ states": a whole is larger than its part.
	const part = /([\d,]+|\b[a-z]+) of (?:the|its|their|his|her)\s+$/i.exec(before)?.[1];
	const floor = part ? countOf(part) : NaN;
	// "_____ of the four men died": a part is smaller than its whole, so a larger option is
	// ruled out by the stem alone.
	const whole = /^\s+of (?:the|its|their|his|her) ([\d,]+|\w+)\b/i.exec(after)?.[1];
	const limit = whole ? countOf(whole) : NaN;
	// The key's pattern of options as made, not shuffled: the key's place among them is set.
	let variants = quantityVariants(figure).filter((q) => !(countOf(q) <= floor));
	// "abandoned after only _____ years": "only" points a reader to the smallest option, so
	// every wrong one is smaller than the key.
	if (/\b(only|just|merely)\s+$/i.test(before)) {
		const key = countOf(figure);
		variants = variants.filter((q) => countOf(q) < key);
	}
	// "expanded from _____ to 24.3%": every option stays on the side the change leaves it.
	const trend = trendLimits(before, after);
	variants = variants.filter(
		(q) => !(countOf(q) >= (trend.below ?? Infinity)) && !(countOf(q) <= (trend.above ?? -Infinity))
	);
	return limit > 0 ? variants.filter((q) => !(countOf(q) >= limit)) : variants;
}

/** The article's terms of the answer's number and kind, most alike first. */
function thingCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	// Other terms of the same number, most alike first: as many words, the same ending
	// ("-ism" for "-ism"), and ones that are subjects of clauses, as answers are.
	const det = /^(the|a|an) /i.test(v.text);
	const words = v.text.split(' ').length;
	const ending = v.text.slice(-3).toLowerCase();
	// "Brain damage" is no answer beside "Iodine": a condition only beside a condition.
	const condition = isCondition(v.text);
	const definedAnswer = ctx.things.some(
		(t) => t.defined && t.text.toLowerCase() === v.text.toLowerCase()
	);
	const likeness = (t: Term) =>
		(t.text.split(' ').length === words ? 2 : 0) +
		(t.text.slice(-3).toLowerCase() === ending ? 2 : 0) +
		(t.subject ? 1 : 0) +
		// A defined term beside other defined terms: "Oligarchy" beside "Democracy".
		(t.defined && definedAnswer ? 3 : 0);
	const terms = shuffle(
		ctx.things.filter(
			(t) =>
				t.number === v.entity &&
				/^(the|a|an) /i.test(t.text) === det &&
				isCondition(t.text) === condition
		),
		ctx.rand
	);
	// A lone common word ("Water", "Time", "Pinch") is rarely of the answer's kind: only
	// phrases and defined terms are offered, and only beside a phrase or a defined term.
	const termLike = (t: string, defined: boolean) => defined || t.includes(' ');
	if (!termLike(v.text, definedAnswer)) return [];
	return terms
		.filter((t) => termLike(t.text, t.defined))
		.sort((a, b) => likeness(b) - likeness(a))
		.map((t) => t.text);
}

/** Titles the article gives other people. */
function titleCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	// Never a title the same person also holds elsewhere in the article.
	const own = new Set(
		ctx.facts.filter((f) => f.kind === 'role' && f.person === fact.person).map((f) => f.value.text)
	);
	const inArticle = ctx.facts
		.filter((f) => f.kind === 'role' && !own.has(f.value.text))
		.map((f) => f.value.text);
	// Only titles the article gives other people: a lexicon title beside them ("Pope" beside a
	// Nepali king) is either absurd or answered by common knowledge.
	return shuffle([...new Set(inArticle)], ctx.rand);
}

/** Whether a share and the sentence's other shares make a hundred percent between them. */
export function completesHundred(sentence: string, key: string): boolean {
	const share = /^([\d.]+)\s*(%|percent|per cent)$/.exec(key.trim());
	if (!share) return false;
	const all = [...sentence.matchAll(/([\d.]+)\s*(?:%|percent\b|per cent\b)/g)].map((m) =>
		Number(m[1])
	);
	const others = [...all];
	others.splice(others.indexOf(Number(share[1])), 1);
	if (others.length === 0 || others.length === all.length) return false;
	const total = others.reduce((a, b) => a + b, 0) + Number(share[1]);
	return Math.abs(total - 100) <= 1;
}

/** The significant digits a figure is written with: "975,453" 6, "1,257" 4, "$4.7 billion" 2. */
export function significantDigits(figure: string): number {
	const digits = (/\d[\d,.]*/.exec(figure)?.[0] ?? '').replace(/[^\d]/g, '');
	return digits.replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * "By _____ the shogun had defeated the Emishi", "since 1974", "until 1919": a time that bounds
 * rather than dates holds for every later (or earlier) year too, so moved years are also right
 * (review tune18: "By 805" and "By 808" are true as well).
 */
const OPEN_TIME =
	/\b(by|since|until|till|before|after|as of|as early as|as late as|prior to|no later than)\s+(around\s+|about\s+|circa\s+|c\.\s+)?(the (end|start|beginning|middle) of\s+)?$/i;
const openEnded = (sentence: string, fact: Fact) =>
	OPEN_TIME.test(sentence.slice(0, Math.max(0, fact.value.start - fact.start)));

/** A figure given as a bound: "over 190,000", "more than 50", "fewer than 50", "up to 12". */
const BOUNDED =
	/\b(over|more than|at least|above|exceeded|exceeds|exceeding|upwards of|in excess of|under|less than|fewer than|below|up to|at most)\s+[$€£]?\d?[\d,.]*\s*\S*$/i;

/** A change from a year to the blank: "from 16.8% in 2004 to 24.3% in _____". */
const CHANGE_FROM_YEAR =
	/\bfrom\b(?:[^.;]|\.(?=\d))*?\b(1\d{3}|20\d{2})\b(?:[^.;]|\.(?=\d))*\bto\b(?:[^.;]|\.(?=\d))*$/i;

const ORDINAL_CENTURIES = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first'
];

/**
 * The years of the century a sentence names ("the nineteenth century", "the 19th century"), when
 * the key falls in it: the options then stay in it too. Undefined when it names none, or the key
 * is outside the one it names (a century named for something else).
 */
export function centuryOf(sentence: string, key: number): [number, number] | undefined {
	const m = /\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b|\b([a-z]+(?:-first)?)[- ]century\b/i.exec(
		sentence
	);
	if (!m) return undefined;
	const n = m[1] ? Number(m[1]) : ORDINAL_CENTURIES.indexOf((m[2] ?? '').toLowerCase()) + 1;
	if (n < 1) return undefined;
	const range: [number, number] = [(n - 1) * 100 + 1, n * 100];
	return key >= range[0] && key <= range[1] ? range : undefined;
}

/** "… to almost 10 GW in 2008" after the blank: the year a change ends, which its start precedes. */
const CHANGE_TO_YEAR = /^(?:[^.;]|\.(?=\d))*?\bto\b(?:[^.;]|\.(?=\d))*?\b(1\d{3}|20\d{2})\b/i;

/** Offsets of moved years: the key smallest, second, third or largest, unevenly spaced. */
const YEAR_PATTERNS = [
	[2, 5, 9],
	[-3, 4, 7],
	[-8, -3, 2],
	[-9, -5, -2]
];

/** How far from the key another year of the article may be and still be offered beside it. */
const YEAR_REACH = 40;

/**
 * Years to offer beside `year`: the article's own years near it first (other events of its story),
 * then its years within 80 years, then nearby years. Options that are only the key moved by one or
 * two make the key the middle one. Over the tuning reviews, year blanks whose three wrong years were
 * all the article's were used as they were 58% of the time and rejected 11%; with none of the
 * article's, 48% and 21% ("invented nearby years 1262, 1269, 1272", review tune19). Farther years
 * are ruled out by the stem ("1911" for a margin that grew from 2004, review tune20).
 */
function yearsNear(year: string, ctx: DistractorContext): string[] {
	const key = Number(year);
	const apart = (y: string) => Math.abs(Number(y) - key);
	const theirs = articleValues(ctx, 'year').filter((y) => y !== year);
	const near = [
		...shuffle(
			theirs.filter((y) => apart(y) <= YEAR_REACH),
			ctx.rand
		),
		...shuffle(
			theirs.filter((y) => apart(y) > YEAR_REACH && apart(y) <= 2 * YEAR_REACH),
			ctx.rand
		)
	];
	// Moved years in one of four uneven patterns: never the key flanked by its neighbours ("1643"
	// between 1642 and 1644 is the middle one), and the key's place among them varies.
	const pattern = YEAR_PATTERNS[key % YEAR_PATTERNS.length] ?? [];
	// A decade off last: a key on the fives needs one on them too ("1860" alone among 1853, 1856
	// and 1857 stands apart).
	const spare = [-7, -4, -3, 2, 5, -10, 10].filter((d) => !pattern.includes(d));
	const moved = [...pattern, ...spare].map((d) => String(key + d));
	return [...near, ...moved];
}

/** Every value of the type that the article's facts hold, once each, in article order. */
export function articleValues(ctx: DistractorContext, type: 'year' | 'date'): string[] {
	// Asked for every year and date of the article: worked out once per article (a long text has
	// thousands of facts).
	const known = valuesByFacts.get(ctx.facts)?.[type];
	if (known) return known;
	const out = new Set<string>();
	for (const f of ctx.facts)
		for (const v of [f.value, ...(f.swaps ?? [])]) if (v.type === type && v.text) out.add(v.text);
	const values = [...out];
	valuesByFacts.set(ctx.facts, { ...valuesByFacts.get(ctx.facts), [type]: values });
	return values;
}
const valuesByFacts = new WeakMap<object, { year?: string[]; date?: string[] }>();

/** How a date is written: "July 14, 2015" and "14 July 2015" and "July 2015" are three shapes. */
const dateShape = (d: string) =>
	d
		.replace(/\p{L}+/gu, 'M')
		.replace(/\d{4}/g, 'Y')
		.replace(/\d{1,2}/g, 'D');

/** Last words of names that are not people though the tagger may say so. */
const NOT_A_PERSON =
	/ (Cup|Trophy|Award|Prize|Medal|Stakes|Challenge|Street|Road|Avenue|Square|Bridge|Hall|College|School|University|Hospital|Airport|Station|Park|Church|Cathedral|Mosque|Palace|Museum|Garden|Gardens|Tower|Castle|Company|Club)$|^(Mount|Monte|Mont|Lake|River|Cape|Fort|Port|Roman|Holy) /;

/** Last words of names that are not organisations though the tagger may say so. */
const NOT_A_BODY =
	/\b(Act|Law|Bill|Treaty|Program|Programme|Prize|Award|Cup|Day|Festival|Games|Championship|Series|Center|Centre|Stadium|Arena|Hall|Street|Avenue|Road|Square|Park|Airport|Station|Department|Ministry|Office|Bureau)$/;

/**
 * The lexicon's places to offer beside `answer`, a place of this kind, nearest tier first: Australian states beside an
 * Australian state, cities of the answer's country and then of its region (none for a city the
 * lexicon does not place), world regions beside a region and none beside a continent.
 */
function placeLexicon(kind: PlaceKind, answer: string): (readonly string[])[] {
	switch (kind) {
		case 'country':
			return [COUNTRIES];
		case 'state':
			return [STATE_GROUPS.find((g) => g.includes(answer)) ?? STATES];
		case 'region': {
			// "the great cathedrals of _____": beside "Asia" and "Africa", "Europe" is common
			// knowledge, so a continent gets only the continents its article names.
			if (CONTINENTS.includes(answer.replace(/^the /i, ''))) return [];
			return [REGIONS.filter((r) => !CONTINENTS.includes(r))];
		}
		case 'city': {
			const home = countryOfCity(answer);
			if (!home) return [];
			const near = Object.keys(CITIES_BY_COUNTRY).filter(
				(c) => c !== home && distance(home, c) === 0
			);
			return [CITIES_BY_COUNTRY[home] ?? [], near.flatMap((c) => CITIES_BY_COUNTRY[c] ?? [])];
		}
	}
}

const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.]{1,7}$/.test(s);

/** Names of one shape: both acronyms, or both multi-word names ending in the same word. */
export function sameShape(a: string, b: string): boolean {
	if (isAcronym(a) || isAcronym(b)) return isAcronym(a) && isAcronym(b);
	// The last word names the kind of thing: "Civic Party" and "Labour Party", "Pacific Ocean" and
	// "Indian Ocean"; a "Station" is never offered for a "Party".
	const last = (s: string) => s.split(' ').pop()?.toLowerCase();
	if (!a.includes(' ') || !b.includes(' ')) return false;
	return last(a) === last(b);
}

/** The other entity's name in the same form as the answer: surname for surname, full for full. */
function formLike(answer: string, e: Entity): string {
	const n = answer.split(' ').length;
	const same = e.aliases.find((a) => a.split(' ').length === n);
	if (same) return same;
	if (n === 1 && e.type === 'person') return e.name.split(' ').pop() ?? e.name;
	return e.name;
}
