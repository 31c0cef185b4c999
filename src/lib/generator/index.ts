// The generator's public API: article text in, a deterministic quiz out. Pure: no I/O, no clock,
// no Math.random(), so it runs the same on the server, in the browser and in tests.
import { generalWhyCandidates, withoutSecondWhy } from './stages/4-questions/why-general';
import type {
	Candidate,
	Fact,
	GenerateOptions,
	GenerationResult,
	QuestionKind,
	RejectedCandidate,
	Sentence
} from './types';
import { normalizeText, type NormalizedText } from './stages/1-normalize';
import type { EntityIndex } from './stages/3-facts/entities';
import { parseText } from './stages/2-parse';
import {
	buildEntities,
	conceptPool,
	extractFacts,
	paragraphYears,
	peopleEras,
	reasonPool
} from './stages/3-facts';
import { buildCandidates } from './stages/4-questions';
import { BROAD_LINKS } from './stages/3-facts/reason-span';
import {
	causeLinks,
	causePhrases,
	eventPhrases,
	outcomePhrases,
	statePhrases
} from './stages/3-facts/links';
import { statedLinks } from './stages/3-facts/act-links';
import { guideReasons } from './stages/3-facts/guide-reasons';
import {
	linkReasons,
	phraseReasons,
	sentenceReasons,
	statementReasons
} from './stages/3-facts/outcomes';
import { nameTheSubject } from './stages/4-questions/name-subject';
import { mainIdeaCandidates } from './stages/4-questions/main-idea';
import { notStatedCandidates } from './stages/4-questions/not-stated';
import { vocabularyCandidates } from './stages/4-questions/vocabulary';
import { evidenceCandidates } from './stages/4-questions/evidence';
import { stepItems } from './stages/4-questions/sequence-steps';
import { proseStepItems } from './stages/4-questions/sequence-prose-steps';
import { storyItems } from './stages/4-questions/sequence-story';
import { toldItems } from './stages/4-questions/sequence-told';
import { articleHome, unnamedReferent, validateCandidate } from './stages/5-validate';
import { capitalsOf } from './stages/4-questions/stem-checks';
import { articleVocabulary, fragmentJudge } from './well-formed';
import { selectQuestions } from './stages/6-select';
import { articleIndex } from './stages/4-questions/ambiguity';
import { hashString, mulberry32 } from './random';
import { assessInput } from './input';
import { articleProfile } from './stages/6-select/rank';
import { GENERATOR_VERSION } from './version';

export type * from './types';
export { QUESTION_KINDS } from './types';
export { assessInput, MIN_WORDS, type InputAssessment, type InputProblem } from './input';
export { normalizeText } from './stages/1-normalize';
export {
	ASKABLE_KINDS,
	SKILL_LABELS,
	SKILL_OF_KIND,
	SKILLS,
	skillOf,
	type AskableKind,
	type Skill
} from './skills';

export { GENERATOR_VERSION };

const DEFAULT_COUNT = 10;

/**
 * The kinds a quiz asks unless others are named: the ones blind reviewers used. Over the reviews of
 * tuning articles, "Which of these does the article say about …?" was used as is 0 times in 20
 * (four near-copies of one sentence), and "who", "what" and "where" with a name or term answer 14%
 * of 50 ("Which state did Spain lose?" drops the war; "What consists of three major isotopes?"
 * offers "Nuclear power"), against 59% for a blank on a figure or date and 34% on a name. "What
 * role does the article give …?" is mostly answered by common knowledge (a head of state's title).
 * "Why …?" was used as is once in 15 reviewed on unseen articles (review k12 rejected all three
 * the default quizzes asked, one with a wrong key): it waits with the comprehension kinds (sequence,
 * main idea, effect, vocabulary, not stated, supporting evidence) for a blind review to pass it;
 * an author may ask for any of them (`alsoAsk`).
 */
const DEFAULT_KINDS: readonly QuestionKind[] = ['when', 'how-many', 'who-said', 'gap'];

/** The article's sentences as an index of plain words and as written ("the three men" keeps "the"). */
const articleText = (sentences: Sentence[]) => ({
	article: articleIndex(sentences),
	sentenceTexts: sentences.map((s) => s.text),
	sentenceParagraphs: sentences.map((s) => s.paragraph)
});

/** Generates a quiz from article text; the same text, options and seed always give the same result. */
export function generateQuiz(raw: string, options: GenerateOptions = {}): GenerationResult {
	const count = Math.max(0, Math.floor(options.count ?? DEFAULT_COUNT));
	const { norm, input, parsed, facts, candidates, valid, rejected, rand } = runPipeline(
		raw,
		options
	);
	// select: the best-ranked, at most `count`, one per fact, answers spread evenly over positions.
	const questions = selectQuestions(
		valid,
		count,
		rand,
		articleProfile(norm.text, norm.title ?? '')
	);

	// The whole-article kinds (a main idea, a list, a word in context…) make their facts as they
	// ask: the result holds every fact a question cites, so a store can keep the question's fact.
	const extracted = new Set(facts.map((f) => f.id));
	const asked = new Set(questions.map((q) => q.factId));
	const madeWhileAsking = [
		...new Map(
			valid
				.filter((c) => asked.has(c.fact.id) && !extracted.has(c.fact.id))
				.map((c) => [c.fact.id, c.fact])
		).values()
	];

	let shortfallReason: string | undefined;
	if (questions.length < count)
		shortfallReason = !input.ok
			? input.reason
			: valid.length < count
				? `Only ${valid.length} questions passed every check; the rest were rejected or the text has too few clear facts.`
				: 'Fewer distinct facts than requested.';
	return {
		version: GENERATOR_VERSION,
		...(norm.title ? { title: norm.title } : {}),
		text: norm.text,
		facts: [...facts, ...madeWhileAsking],
		questions,
		rejected,
		stats: {
			words: input.words,
			sentences: parsed.sentences.length,
			facts: facts.length,
			candidates: candidates.length,
			rejected: rejected.length,
			questions: questions.length,
			...(shortfallReason ? { shortfallReason } : {})
		}
	};
}

/** What the how-to step and story items' own draws are seeded with, beside the quiz's seed. */
const STEP_DRAWS = 0x5e9;
const STORY_DRAWS = 0x57a;
const PROSE_STEP_DRAWS = 0x9a5;
const TOLD_DRAWS = 0x7e1;

/**
 * Sequence items of a how-to's numbered steps, of a story told in order and of the acts of an
 * article's main person told straight (sequence-told.ts), only when asked for by name, each with draws of its own (asking them changes no other item).
 */
const orderedTextItems = (
	kinds: ReadonlySet<QuestionKind>,
	norm: NormalizedText,
	sentences: Sentence[],
	seed: number
): Candidate[] =>
	kinds.has('sequence')
		? [
				...stepItems(norm, sentences, mulberry32(seed ^ STEP_DRAWS)),
				...proseStepItems(norm, sentences, mulberry32(seed ^ PROSE_STEP_DRAWS)),
				...storyItems(norm, sentences, mulberry32(seed ^ STORY_DRAWS)),
				...toldItems(norm, sentences, mulberry32(seed ^ TOLD_DRAWS))
			]
		: [];

/** The kinds to make: those named (or the default ones), and those asked for on top. */
const kindsAsked = (options: GenerateOptions) =>
	new Set<QuestionKind>([...(options.kinds ?? DEFAULT_KINDS), ...(options.alsoAsk ?? [])]);

/** The normalized text, titled by the text's own first line or else by the title given apart. */
function normalizeTitled(raw: string, options: GenerateOptions): NormalizedText {
	const found = normalizeText(raw, { markup: options.markup ?? 'strip' });
	const given = options.title?.trim();
	return found.title || !given ? found : { ...found, title: given };
}

/** The stages up to validation: every candidate, and which passed every check. */
function runPipeline(raw: string, options: GenerateOptions) {
	const seed = typeof options.seed === 'string' ? hashString(options.seed) : (options.seed ?? 1);
	const rand = mulberry32(seed);
	const kinds = kindsAsked(options);

	// normalize: one text that all offsets index; paragraphs and headings marked, title found.
	const norm = normalizeTitled(raw, options);
	const input = assessInput(norm.text);
	// parse: sentences with tagged tokens and entity mentions, offsets into norm.text.
	const parsed = parseText(norm);
	// entities: every mention belongs to one entity, aliases merged, types voted.
	const index = buildEntities(parsed.mentions, parsed.sentences);
	// facts: each fact has one typed value, a source sentence and, for clauses, a question frame.
	const facts = extractFacts(parsed.sentences, index, norm.title ?? '');
	// candidates: a stem, the answer as written in the source, and up to three same-type distractors.
	const sentenceOf = (f: { start: number; end: number }) => norm.text.slice(f.start, f.end);
	// Names the article writes only inside longer ones ("Kim Jong" of "Kim Jong Un") are no options.
	const isFragment = fragmentJudge(norm.text);
	const vocabulary = articleVocabulary(norm.text);
	const title = norm.title ?? '';
	const leadParagraph = norm.paragraphs.find((p) => !p.heading);
	const lead = leadParagraph ? norm.text.slice(leadParagraph.start, leadParagraph.end) : '';
	const unnamed = (text: string) => unnamedReferent(text, title, lead);
	const candidates = buildCandidates(
		facts,
		sentenceOf,
		{
			entities: index.entities,
			facts,
			things: conceptPool(parsed.sentences),
			...articleText(parsed.sentences),
			rand,
			isFragment,
			vocabulary,
			eras: peopleEras(index, parsed.sentences),
			paragraphYears: paragraphYears(parsed.sentences),
			// Every clause as a reason costs a parse of each: only for an article that gives a reason.
			reasons: facts.some((f) => f.kind === 'cause') ? reasonPool(parsed.sentences) : [],
			// The cause-and-effect kinds' own pool and draws: asking them changes no other item.
			...(kinds.has('why') || kinds.has('effect')
				? {
						...causeEffectContext(parsed.sentences, facts, kinds, seed, options.lexicon),
						articleTitle: title
					}
				: {})
		},
		kinds,
		// A sequence option that says "the war" names none out of its paragraph, as a stem would not.
		{
			title,
			unnamed,
			sentences: parsed.sentences
		}
	)
		.filter((c) => kinds.has(c.kind))
		// "the company" in an article titled "IBM" is asked as "IBM".
		.map((c) => nameTheSubject(c, norm.title ?? '', index.entities.values()));
	// The kinds asked of the whole article, not fact by fact: only when asked for by name.
	candidates.push(
		...wholeArticleCandidates(kinds, norm, parsed.sentences, index, options.lexicon, unnamed),
		...orderedTextItems(kinds, norm, parsed.sentences, seed)
	);
	// validate: only candidates that pass every named check go on; the rest keep their reasons.
	const rejected: RejectedCandidate[] = [];
	const home = articleHome(index.entities.values(), title, lead);
	const text = norm.text;
	const ctx = { isFragment, title, lead, vocabulary, home, text, capitals: capitalsOf(text) };
	const reasonsOf = new Map<Candidate, string[]>();
	const passed = candidates.filter((c) => {
		const reasons = validateCandidate(c, ctx);
		reasonsOf.set(c, reasons);
		if (reasons.length)
			rejected.push({ kind: c.kind, stem: c.stem, answer: c.answer, factId: c.fact.id, reasons });
		return reasons.length === 0;
	});
	// One main-idea item, the first of its forms to pass; a general why only where no other passed.
	const mainIdea = passed.find((c) => c.kind === 'main-idea');
	const valid = withoutSecondWhy(passed).filter((c) => c.kind !== 'main-idea' || c === mainIdea);
	return { norm, input, parsed, facts, candidates, valid, rejected, rand, reasonsOf };
}

/**
 * What the cause-and-effect kinds pick their wrong options from, worked out only for an article
 * that gives a reason or (for effect items) links a cause to its effect.
 */
function causeEffectContext(
	sentences: Sentence[],
	facts: readonly Fact[],
	kinds: ReadonlySet<QuestionKind>,
	seed: number,
	lexicon?: GenerateOptions['lexicon']
) {
	const asked = kinds.has('effect');
	if (!asked && !facts.some((f) => f.kind === 'cause')) return {};
	const links = causeLinks(sentences);
	// Effect items also read acts someone was made to do and passives (`statedLinks`).
	const stated = asked ? statedLinks(sentences, links) : [];
	if (!stated.length && !links.length && !facts.some((f) => f.kind === 'cause')) return {};
	const phrases = eventPhrases(sentences);
	const lexPhrases = lexicon ? causePhrases(sentences, lexicon) : [];
	return {
		broadReasons: [
			...reasonPool(sentences, BROAD_LINKS),
			...linkReasons(links),
			...statementReasons(facts, sentences),
			...phraseReasons(phrases)
		],
		// Not outcomes: an effect item never offers them. With a sense dictionary, every phrase headed
		// by a noun of an act, a state or an event: a phrase key's wrong options of its own form.
		stateReasons: phraseReasons([...statePhrases(sentences), ...lexPhrases]),
		sentenceReasons: sentenceReasons(sentences),
		guideReasons: guideReasons(sentences),
		causeLinks: stated,
		eventPhrases: phrases,
		// With a sense dictionary, the phrases of an act, an event or a state are outcomes too.
		...(asked
			? {
					outcomePhrases: [...outcomePhrases(sentences), ...lexPhrases.filter((p) => p.happening)]
				}
			: {}),
		sideRand: (key: string) => mulberry32(seed ^ hashString(key))
	};
}

/** The candidates of the kinds asked of the whole article rather than of one fact, when asked for. */
function wholeArticleCandidates(
	kinds: ReadonlySet<QuestionKind>,
	norm: NormalizedText,
	sentences: Sentence[],
	index: EntityIndex,
	lexicon: GenerateOptions['lexicon'],
	unnamed: (text: string) => string | undefined
): Candidate[] {
	const out: Candidate[] = [];
	// main idea: one item of the whole article.
	if (kinds.has('main-idea')) out.push(...mainIdeaCandidates(norm, sentences, index, unnamed));
	// not stated: three items of a list and one the article never names.
	if (kinds.has('not-stated'))
		out.push(...notStatedCandidates(norm.text, sentences, index, lexicon));
	// vocabulary: a word in its sentence, only with a sense dictionary to read it in.
	if (kinds.has('vocabulary') && lexicon)
		out.push(...vocabularyCandidates(norm, sentences, lexicon));
	// supporting evidence: claims of named subjects and the sentences that bear them out.
	if (kinds.has('supporting-evidence')) out.push(...evidenceCandidates(norm, sentences, index));
	// why: one item from each explicit link of the article (4-questions/why-general.ts).
	if (kinds.has('why')) out.push(...generalWhyCandidates(sentences, norm.title ?? '', norm.text));
	return out;
}

/**
 * Every candidate built, each with the reasons its checks give (none when it passes): for tests
 * that read what a builder makes apart from one check.
 */
export function checkedCandidates(raw: string, options: GenerateOptions = {}) {
	const { candidates, reasonsOf } = runPipeline(raw, options);
	return candidates.map((candidate) => ({ candidate, reasons: reasonsOf.get(candidate) ?? [] }));
}

/**
 * Every candidate that passed every check, with the article's profile: what the ranker scores. For
 * the ranker's fitting script (src/cli/fit-ranker.ts), which matches reviewed questions by stem.
 */
export function validCandidates(raw: string, options: GenerateOptions = {}) {
	const { norm, valid } = runPipeline(raw, options);
	return {
		title: norm.title ?? '',
		article: articleProfile(norm.text, norm.title ?? ''),
		candidates: valid
	};
}
