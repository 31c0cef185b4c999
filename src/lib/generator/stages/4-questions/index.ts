// Stage 4: question candidates from facts. Each stem is built by moving parts of the fact's
// clause frame, so it asks exactly what the source sentence states.
import type { Candidate, Fact, FactKind, QuestionKind } from '../../types';
import {
	articleValues,
	containsWords,
	MOVED_VALUES,
	pickDistractors,
	type DistractorContext
} from '../../distractors';
import { sentenceIndex, sharedPredicate, type SentenceIndex } from './ambiguity';
import {
	alterStatement,
	brokenText,
	statementStem,
	fillAlterations,
	poolBySentence,
	type FalseStatement
} from './statements';
import { gapItems } from './gaps';
import { pickReasons } from '../../distractors/reasons';
import { purposeAsCause, whyWrongPool } from './why-options';
import { asReason, reasonBody } from '../3-facts/causes';
import { anchored, frameStem, reasonGap, tidy, whyStem, withOpening } from './stems';
import { sequenceItems, type SequenceScope } from './sequence';
import { effectItems } from './effect';

/** Statement items come only from sentences a reader takes in at a glance: four long options that
 * differ in one word test matching, not reading. */
const STATEMENT_MAX_WORDS = 20;

/** What a statement item is about: the sentence's subject, when it is short and not the value swapped. */
function statementTopic(fact: Fact): string | undefined {
	const topic = fact.topic;
	if (!topic || fact.statement.split(/\s+/).length > STATEMENT_MAX_WORDS) return undefined;
	const values = [fact.value, ...(fact.swaps ?? [])].map((v) => v.text).filter(Boolean);
	return values.some((v) => containsWords(topic, v) || containsWords(v, topic)) ? undefined : topic;
}

/** A speech verb in the past that a "who" question keeps as the sentence has it. */
const REPORTED_VERB =
	/^(suggested|argued|claimed|warned|insisted|proposed|recommended|urged|believed|noted|wrote|stated|announced|maintained|predicted|demanded|concluded|admitted|denied)$/;

/** Below this many candidates an article counts as sparse. */
const SPARSE = 6;

/** A statement item short of alterations of its own, waiting for other sentences'. */
interface PendingStatement {
	fact: Fact;
	own: string[];
	add: (wrong: string[], composite: boolean) => void;
}

/** What one run of buildCandidates shares across its facts. */
interface Build {
	facts: readonly Fact[];
	ctx: DistractorContext;
	/** Every sentence facts came from, to find a predicate said of someone else. */
	sentences: SentenceIndex;
	/** Whether statement items are asked for. */
	statements: boolean;
	out: Candidate[];
	/** Altered statements of every sentence, to complete statement items short of alterations. */
	falsePool: FalseStatement[];
	pending: PendingStatement[];
	/** A false statement shown in one item is not reused in another. */
	usedFalse: Set<string>;
}

/** One fact's sentence, its value's wrong options, and how to add an item about it. */
interface FactItems {
	fact: Fact;
	source: Candidate['source'];
	/** The wrong options of the fact's own value (none for a cause: its are other reasons). */
	distractors: string[];
	alternatives: (value: Fact['value']) => string[];
	spareSet: (value: Fact['value']) => string[];
	add: (
		kind: QuestionKind,
		stem: string,
		answer: string,
		ds: string[],
		composite?: boolean,
		id?: string
	) => void;
}

/**
 * Builds the candidates (stem, answer, distractors) for every fact; may return several per fact.
 * Sequence items, across facts, only when asked for by name (their random draws come last).
 */
export function buildCandidates(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string,
	ctx: DistractorContext,
	kinds?: ReadonlySet<QuestionKind>,
	sequence: SequenceScope = {}
): Candidate[] {
	const build: Build = {
		facts,
		ctx,
		sentences: sentenceIndex(facts, sentenceText),
		// Statement items cost the most to make (every value's alternatives): only when asked for.
		statements: !kinds || kinds.has('statement'),
		out: [],
		falsePool: [],
		pending: [],
		usedFalse: new Set<string>()
	};
	for (const fact of facts) ASK[fact.kind](factItems(fact, sentenceText(fact), build), build);
	completeStatements(build);
	if (kinds?.has('sequence'))
		build.out.push(...sequenceItems(facts, sentenceText, ctx.rand, sequence));
	// Effect items draw from generators of their own: asking them changes no other item.
	if (kinds?.has('effect')) build.out.push(...effectItems(facts, sentenceText, ctx));
	return build.out;
}

/** What each kind of fact is asked as. */
const ASK: Record<FactKind, (item: FactItems, build: Build) => void> = {
	cause: askWhy,
	quote: (item, build) => (item.fact.quote ? askWhoSaid(item) : askAboutClause(item, build)),
	role: (item, build) => (item.fact.person ? askRole(item) : askAboutClause(item, build)),
	event: askClauseBlanksAndStatement,
	place: askClauseBlanksAndStatement,
	date: askClauseBlanksAndStatement,
	quantity: askClauseBlanksAndStatement,
	statement: askBlanksAndStatement,
	// The gist is asked of the whole article (main-idea.ts), not fact by fact.
	gist: () => undefined,
	// A list is asked across its items (not-stated.ts), not as one fact.
	list: () => undefined,
	// A word is asked in its sentence (vocabulary.ts), never extracted as a fact.
	word: () => undefined
};

/** The fact's sentence, its value's wrong options (picked first), and an `add` for its items. */
function factItems(fact: Fact, sentence: string, build: Build): FactItems {
	const { ctx, out } = build;
	const source = { sentence, start: fact.start, end: fact.end };
	const explanation = `The article says: "${source.sentence}"`;
	const add: FactItems['add'] = (
		kind,
		stem,
		answer,
		ds,
		composite = false,
		id = `${fact.id}-${kind}`
	) =>
		out.push({
			id,
			kind,
			stem: anchored(tidy(stem)),
			answer,
			distractors: ds,
			fact,
			source,
			explanation,
			...(composite ? { composite } : {})
		});
	// A cause's wrong options are other reasons (pickReasons), not values of its type.
	const distractors = fact.kind === 'cause' ? [] : pickDistractors(fact, source.sentence, ctx);
	// Statement alterations and blanks both ask for a value's alternatives: pick them once.
	const picked = new Map<Fact['value'], string[]>([[fact.value, distractors]]);
	const alternatives = (value: Fact['value']) => {
		let found = picked.get(value);
		if (!found) {
			found = pickDistractors({ ...fact, value }, source.sentence, ctx);
			picked.set(value, found);
		}
		return found;
	};
	// A figure's or a date's second set of wrong options: the key moved, never the first set's
	// options nor the article's own years and dates. Two such questions whose options overlap are
	// never asked together (one would give the other away), and with the article's own years
	// offered first they often do: the second set lets the later question be asked all the same
	// (at count 10 the overlap had cost 50 of the tuning part's 209 askable facts).
	const spareSet = (value: Fact['value']) => {
		const first = alternatives(value);
		if (!MOVED_VALUES.has(value.type) || first.length < 3) return [];
		const own =
			value.type === 'year' || value.type === 'date' ? articleValues(ctx, value.type) : [];
		return pickDistractors({ ...fact, value }, source.sentence, ctx, new Set([...first, ...own]));
	};
	return { fact, source, distractors, alternatives, spareSet, add };
}

/** "Why …?" from a cause's frame, or else its reason blanked in the sentence. */
function askWhy({ fact, source, add }: FactItems, { ctx }: Build): void {
	const why = whyStem(fact);
	const key = asReason(fact.value.text, fact.action);
	// A broader link is asked only as "why", its wrong options drawn apart from the quiz's.
	// Only what reads as a reason ("Because the Sahara stretches from the Red Sea" explains nothing,
	// review of round 3): with fewer than three, the item is not asked.
	// A reason from a sentence about the same thing may explain it too ("friction of the valley
	// walls" of marginal crevasses, asked why crevasses form): such sentences give only statements
	// that link no cause or result (`whyWrongPool`).
	const whyWrongOf = (answer: string) =>
		pickReasons(
			fact,
			answer,
			why ?? '',
			whyWrongPool(fact, answer, why ?? '', ctx),
			sideRandOf(ctx, fact.id),
			true
		);
	const whyWrong = () => whyWrongOf(key);
	if (fact.broad) {
		const wrong = why ? whyWrong() : [];
		// An instruction's purpose beside the guide's explanations: "Because then the stems grow
		// straight" among "Because …" (`purposeAsCause`), else the key's link alone is a cue.
		const then = why && wrong.length < 3 ? purposeAsCause(fact, key) : undefined;
		const thenWrong = then ? whyWrongOf(then) : [];
		if (then && thenWrong.length === 3) add('why', why ?? '', then, thenWrong);
		else if (why) add('why', why, key, wrong);
		return;
	}
	const gap = reasonGap(fact, source.sentence);
	const stem = why ?? gap;
	if (!stem) return;
	// Drawn as before (every later draw of the quiz depends on it), then again from the broader pool.
	const wrong = pickReasons(fact, key, stem, ctx.reasons ?? [], ctx.rand);
	if (why) add('why', why, key, ctx.broadReasons ? whyWrong() : wrong);
	// Without a frame to invert, the reason is blanked in the sentence as the article has it.
	else add('gap', stem, fact.value.text, wrong.map(reasonBody));
}

/** The fact's own generator, or the quiz's when the context has none. */
const sideRandOf = (ctx: DistractorContext, key: string) => ctx.sideRand?.(key) ?? ctx.rand;

/** "Who said …?" of a quote, with the sentence's own reporting verb where it has one. */
function askWhoSaid({ fact, distractors, add }: FactItems): void {
	const quote = fact.quote ?? '';
	const q = quote.startsWith('that ') ? quote : `"${quote}"`;
	// "Prior Diego suggested that the legates begin …" is asked with its own verb: "Who said
	// that the legates begin …?" reads as broken (nine tuning reviews: all edit).
	const verb = q.startsWith('that ') && REPORTED_VERB.test(fact.action) ? fact.action : 'said';
	add('who-said', `Who ${verb} ${q}?`, fact.value.text, distractors);
}

/** "What role does the article give …?" of a role. */
function askRole({ fact, distractors, add }: FactItems): void {
	const stem = `What role does the article give ${fact.person}?`;
	add('role', stem, fact.value.text, distractors);
}

/** The question the clause frame asks, unless another sentence says the same of someone else. */
function askAboutClause({ fact, distractors, spareSet, add }: FactItems, build: Build): void {
	const stem = frameStem(fact, build.ctx.entities);
	if (!stem || sharedPredicate(fact, build.facts, build.sentences)) return;
	add(stem.kind, stem.stem, fact.value.text, distractors);
	const second = spareSet(fact.value);
	if (second.length === 3)
		add(stem.kind, stem.stem, fact.value.text, second, false, `${fact.id}-${stem.kind}-alt`);
}

/** An event's, place's, date's or figure's question, then its blanks and statement item. */
function askClauseBlanksAndStatement(item: FactItems, build: Build): void {
	askAboutClause(item, build);
	askBlanksAndStatement(item, build);
}

/** The fact's blanks, then its statement item when statement items are asked for. */
function askBlanksAndStatement(item: FactItems, build: Build): void {
	askBlanks(item, build);
	if (build.statements) askStatement(item, build);
}

/**
 * Every value that makes a good blank; one per fact reaches a quiz, the best-placed. Names, dates
 * and figures only: over eighteen blind reviews of tuning articles, reviewers used none of 32
 * blanks on a term of the article as they were ("A better understanding of _____ has applications
 * in agriculture"): the other terms offered beside one are seldom of its kind.
 */
function askBlanks({ fact, source, alternatives, spareSet, add }: FactItems, build: Build): void {
	const opened = withOpening(fact, source.sentence);
	for (const [options, suffix] of [
		[alternatives, 'gap'],
		[spareSet, 'gap-alt']
	] as const)
		gapItems(opened, options, [], build.ctx.article).forEach((gap, i) =>
			add(
				'gap',
				gap.stem,
				gap.answer,
				gap.distractors,
				false,
				`${fact.id}-${suffix}${i ? i + 1 : ''}`
			)
		);
}

/**
 * The fact's statement item when it has three alterations of its own; a statement short of them
 * waits for other sentences' (completeStatements).
 */
function askStatement({ fact, alternatives, add }: FactItems, build: Build): void {
	const own = alterStatement(fact, alternatives);
	const topic = statementTopic(fact);
	// A statement item names its topic, and every option speaks of it: four claims about four
	// different things would test matching, not reading.
	const addStatement = (wrong: string[], composite = false) => {
		if (!topic || !wrong.every((w) => containsWords(w, topic))) return;
		add('statement', statementStem(topic), fact.statement, wrong, composite);
	};
	// Both contraries feed other items, even when this one used only one of them.
	const spare = [fact.reversal, fact.negation].filter(
		(t): t is string => !!t && !own.includes(t) && !brokenText(t)
	);
	for (const text of [...own, ...spare])
		build.falsePool.push({ text, sentence: fact.sentence, paragraph: fact.paragraph });
	if (own.length === 3) {
		addStatement(own);
		for (const text of own) build.usedFalse.add(text);
	} else if (fact.kind === 'statement') build.pending.push({ fact, own, add: addStatement });
}

/** Completes the waiting statement items with alterations of other sentences. */
function completeStatements({ falsePool, pending, usedFalse, out }: Build): void {
	const pool = poolBySentence(falsePool);
	const unfilled = pending.filter((p) => {
		const wrong = fillAlterations(p.own, p.fact, pool, usedFalse);
		if (wrong.length === 3) p.add(wrong, true);
		return wrong.length < 3;
	});
	// A sparse article may show a false statement in a second item rather than have almost no quiz.
	const complete = () => out.filter((c) => c.distractors.length === 3).length;
	if (complete() < SPARSE) {
		const usedTwice = new Set<string>();
		for (const p of unfilled) {
			if (complete() >= SPARSE) break;
			const wrong = fillAlterations(p.own, p.fact, pool, usedTwice);
			if (wrong.length === 3) p.add(wrong, true);
		}
	}
}
