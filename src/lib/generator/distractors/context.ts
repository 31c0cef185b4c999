// What the distractor stage knows of the article, and the values and years it works out from it
// once for all of its candidate sources.
import type { Entity, Fact } from '../types';
import type { Term } from '../stages/3-facts/concepts';
import type { ReasonOption } from '../stages/3-facts/causes';
import type { CauseLink, EventPhrase } from '../stages/3-facts/links';
import { yearsNamed, type ArticleVocabulary, type OptionKind } from '../well-formed';
import type { SentenceIndex } from '../stages/4-questions/ambiguity';

/** What the distractor stage knows of the article it picks wrong options from. */
export interface DistractorContext {
	entities: Map<string, Entity>;
	/** Every fact of the article, for values of the same type. */
	facts: readonly Fact[];
	/** Common-noun subjects of the article, for "what" answers that are things or ideas. */
	things: readonly Term[];
	/** The article's sentences by word, to tell whether an option also fits another of them. */
	article?: SentenceIndex;
	/** The article's sentences as written, by index: "the three men" keeps its "the" here. */
	sentenceTexts?: readonly string[];
	/** The paragraph of each of those sentences, by index. */
	sentenceParagraphs?: readonly number[];
	rand: () => number;
	/** Whether the article names an option only inside a longer name (`fragmentJudge`). */
	isFragment?: (option: string, kind: OptionKind) => boolean;
	/** The article's words and years: a lexicon name none of whose words it uses is passed over. */
	vocabulary?: ArticleVocabulary;
	/** The article's clauses as reasons, for the wrong options of "why" questions (`reasonPool`). */
	reasons?: readonly ReasonOption[];
	/**
	 * The same with the broader links ("since", "so that"), for "why" items: drawn with a generator
	 * of their own (`sideRand`), so that asking them leaves every other kind's draws as they were.
	 */
	broadReasons?: readonly ReasonOption[];
	/** Phrases of a state or a quantity as reasons ("Because of the weight of the ice"): "why" only. */
	stateReasons?: readonly ReasonOption[];
	/** The article's title: a "why" item's wrong reason about what it names is on the item's topic. */
	articleTitle?: string;
	/** The article's short sentences of one clause as reasons (`sentenceReasons`): "why" only. */
	sentenceReasons?: readonly ReasonOption[];
	/** A guide's explanations of its steps (`guideReasons`): an instruction's "why" item only. */
	guideReasons?: readonly ReasonOption[];
	/** Causes and effects the article links by a verb or a connective ("led to", ", so"). */
	causeLinks?: readonly CauseLink[];
	/** Noun phrases of the article that name an event or an outcome (`eventPhrases`). */
	eventPhrases?: readonly EventPhrase[];
	/** Wider: phrases that tell of anything that happened (`outcomePhrases`), for effect items only. */
	outcomePhrases?: readonly EventPhrase[];
	/** A generator of its own for one fact's items, seeded by the quiz's seed and the fact. */
	sideRand?: (key: string) => () => number;
	/** The years of the sentences that name each person (`peopleEras`). */
	eras?: ReadonlyMap<string, readonly number[]>;
	/** The years each paragraph names (`paragraphYears`). */
	paragraphYears?: ReadonlyMap<number, readonly number[]>;
}

/** The years of the events a sentence tells: its own, else its paragraph's. */
export function eventYears(
	fact: Fact,
	sentence: string,
	ctx: DistractorContext
): readonly number[] {
	const own = yearsNamed(sentence);
	return own.length ? own : (ctx.paragraphYears?.get(fact.paragraph) ?? []);
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
