// Stage 7: rank valid candidates by importance and clarity, spread them over the article and the
// kinds, and stop at the requested count. Never pads: fewer good questions beat weak ones.
import { asksCause } from '../4-questions/cause-checks';
import { SKILL_OF_KIND } from '../../skills';
import type { Candidate, Question, QuestionKind, Skill } from '../../types';
import { shuffle } from '../../random';
import { articleProfile, importanceScore, rankScore, type ArticleProfile } from './rank';
import { COUNT_MODIFIERS } from '../../lexicons';
import {
	datesEvent,
	givesAway,
	isFigure,
	MOVED,
	offersKey,
	optionsOverlap,
	phrasesOverlap,
	printsKey,
	revealsFigure,
	sameOptions,
	saysFigure
} from './clashes';

/**
 * Share of a quiz that statement items may take: a quiz of mostly "Which statement does the article
 * support?" tests recognition more than comprehension, and reviewers found few of them usable. The
 * cap holds even when it leaves the quiz short: fewer good questions beat weak ones.
 */
const STATEMENT_SHARE = 0.25;

/** Difficulty 0..1: longer sources, statement options and lexicon distractors make it harder. */
export function difficultyOf(c: Candidate): number {
	const len = Math.min(1, c.source.sentence.split(/\s+/).length / 50);
	const kind =
		c.kind === 'statement' || c.kind === 'sequence'
			? 0.3
			: c.kind === 'role' || c.kind === 'who-said'
				? 0.2
				: 0.1;
	const lead = c.fact.paragraph <= 2 ? 0 : 0.1;
	return Math.round(Math.min(1, 0.2 + 0.4 * len + kind + lead) * 100) / 100;
}

/** An answer without the word before a count that a "how many" answer keeps: "about 100,000" → "100,000". */
export function answerCore(answer: string): string {
	const words = answer.toLowerCase().split(/\s+/);
	const two = words.slice(0, 2).join(' ');
	const drop = COUNT_MODIFIERS.test(two) ? 2 : COUNT_MODIFIERS.test(words[0] ?? '') ? 1 : 0;
	return words
		.slice(drop)
		.join(' ')
		.replace(/%$/, ' percent')
		.replace(/(\d)\s*percent$/, '$1 percent');
}

/** Chooses up to `count` candidates, then shuffles options so answer positions are uniform. */
export function selectQuestions(
	valid: Candidate[],
	count: number,
	rand: () => number,
	article: ArticleProfile = articleProfile('')
): Question[] {
	// How likely a reviewer is to use each candidate as it is, and to find it on an important point
	// rather than trivia (rank.ts), the two weighed alike; worked out once.
	const likely = new Map(
		valid.map((c) => [c, (rankScore(c, article) + importanceScore(c, article)) / 2])
	);
	// Statement items stay at most a quarter of the quiz it ends up with, not of the one asked for:
	// one statement for every three other questions the article gives.
	// Figure items whose wrong options the article never says: their key is the one option of the
	// four a reader may find elsewhere in the quiz (printsKey).
	const keyAlone = new Set(
		valid.filter(
			(c) => isFigure(c.answer) && !c.distractors.some((o) => saysFigure(article.text, o))
		)
	);
	const others = pickCandidates(valid, { count, statementCap: 0, keyAlone }, likely).length;
	const statementCap = Math.min(Math.floor(count * STATEMENT_SHARE), Math.floor(others / 3));
	return dealOptions(pickCandidates(valid, { count, statementCap, keyAlone }, likely), rand);
}

const NAMED_VALUES: ReadonlySet<string> = new Set(['person', 'place', 'organisation']);

/**
 * How much each question of a kind already picked counts against the next of that kind: quizzes
 * spread over kinds, statement and role items most of all. Every kind has its weight (a new kind
 * does not compile without one).
 */
const REPEAT_PENALTY: Record<QuestionKind, number> = {
	who: 0.25,
	what: 0.25,
	where: 0.25,
	when: 0.25,
	'how-many': 0.25,
	role: 0.4,
	'who-said': 0.25,
	why: 0.25,
	gap: 0.25,
	statement: 0.4,
	// Four of the article's events in one item: a second reads as a repeat.
	sequence: 0.5,
	// One per quiz: an article has one main idea (the generator makes at most one such item).
	'main-idea': 1,
	// A second list in one quiz reads as a repeat of the first's question.
	'not-stated': 0.5,
	// A second word's meaning in a quiz of ten reads as a vocabulary list.
	vocabulary: 0.6,
	// Four whole sentences to weigh: a second item in a short quiz is a long read for one skill.
	'supporting-evidence': 0.5,
	effect: 0.25
};

/**
 * The skills beyond key details a quiz seats first, one question each, in this order: a quiz of ten
 * on a long article practises the main idea, a cause and effect or a sequence, a word in context and
 * the evidence for a claim, and recalls key details in the rest (the mix reading platforms use).
 */
const SEATED_SKILLS: readonly Skill[] = [
	'main-idea',
	'cause-effect',
	'sequence',
	'vocabulary',
	'text-evidence'
];

/**
 * Questions of one skill beyond key details a quiz asks at most: one main idea (an article has
 * one), and about a fifth of the quiz for each other skill, so key details keep the rest; without
 * `shares`, as many as the quiz has room for.
 */
function skillCap(skill: Skill, count: number, shares: boolean): number {
	if (skill === 'main-idea') return 1;
	return skill === 'key-details' || !shares ? count : Math.max(1, Math.round(count / 5));
}

/**
 * The best-ranked candidates, spread over facts, sentences, paragraphs, kinds and skills. Each skill
 * the quiz would not practise gets a seat (its best candidate, picked first), unless the seat makes
 * the quiz shorter: a sequence item of four dated events keeps the quiz from asking those dates.
 */
function pickCandidates(
	valid: Candidate[],
	spec: QuizSpec,
	likely: Map<Candidate, number>
): Candidate[] {
	const { count } = spec;
	const pool = askable(valid);
	const seats: Candidate[] = [];
	let quiz = seatedQuiz(pool, seats, spec, likely);
	for (const skill of SEATED_SKILLS) {
		if (seats.length >= Math.ceil(count / 2)) break;
		const ofSkill = (c: Candidate) => SKILL_OF_KIND[c.kind] === skill;
		if (quiz.picked.some(ofSkill)) continue;
		const before = emptyQuiz(spec);
		seats.forEach((c) => addToQuiz(c, before));
		const seat = pool[bestIndex(pool, before, likely, ofSkill)];
		if (!seat) continue;
		const trial = seatedQuiz(pool, [...seats, seat], spec, likely);
		if (trial.picked.length < Math.min(count, quiz.picked.length)) continue;
		seats.push(seat);
		quiz = trial;
	}
	return quiz.picked;
}

/** The quiz that asks `seats` first, then the best of the rest: first within each skill's share, then beyond. */
function seatedQuiz(
	pool: readonly Candidate[],
	seats: readonly Candidate[],
	spec: QuizSpec,
	likely: Map<Candidate, number>
): Quiz {
	const quiz = emptyQuiz(spec);
	seats.forEach((c) => addToQuiz(c, quiz));
	const rest = pool.filter((c) => !seats.includes(c));
	fill(rest, quiz, likely);
	// An article with few key details fills its quiz from the other skills beyond their share.
	quiz.skillCaps = false;
	fill(rest, quiz, likely);
	return quiz;
}

/** Adds the best candidate the quiz may still ask until it is full or none is left. */
function fill(pool: Candidate[], quiz: Quiz, likely: Map<Candidate, number>): void {
	while (quiz.picked.length < quiz.count && pool.length) {
		const best = bestIndex(pool, quiz, likely);
		if (best < 0) break;
		addToQuiz(pool.splice(best, 1)[0] as Candidate, quiz);
	}
}

/**
 * "Who" and "Where" only where no blank asks about the same value of the same sentence: blind
 * reviewers used "Fill in the blank: The decision was conveyed by Defense Secretary _____ …" more
 * often than "Who conveyed the decision?", which loses the sentence's context (gaps 56% used as
 * is, "who" 13%, "where" 25% in review tune7-0412). Over reviews tune5 to tune9 the same held for
 * "when" (31% used as is) and for "which country/body" (14%): "Which state did Spain lose?" drops
 * the war the sentence names. A definition reads better as a question: "What is the loss of land
 * along a shoreline?".
 */
const defersToBlank = (c: Candidate) =>
	c.kind === 'who' ||
	c.kind === 'where' ||
	c.kind === 'when' ||
	(c.kind === 'what' && NAMED_VALUES.has(c.fact.value.type));

/** The sentence a question is asked of and the answer it asks for. */
const askedKey = (c: Candidate) => `${c.fact.sentence}|${c.answer.toLowerCase()}`;

/** The candidates a quiz may ask: no stem two facts answer, and one of a blank and a question. */
function askable(valid: Candidate[]): Candidate[] {
	// "Who won the Man of the Match award?" asked of two matches has two right answers: drop both.
	// (Counted by fact: one fact's second set of options asks the same stem of the same sentence.)
	// (Sequence items share their two stems, and differ in their options, as statement items do.)
	const factsAsking = new Map<string, Set<string>>();
	for (const c of valid)
		if (c.kind !== 'statement' && c.kind !== 'sequence')
			factsAsking.set(c.stem, (factsAsking.get(c.stem) ?? new Set()).add(c.fact.id));
	const stems = new Map([...factsAsking].map(([stem, ids]) => [stem, ids.size]));
	const blanked = new Set(valid.filter((c) => c.kind === 'gap').map(askedKey));
	const asked = new Set(
		valid
			.filter((c) => !['statement', 'gap'].includes(c.kind) && !defersToBlank(c))
			.filter((c) => stems.get(c.stem) === 1)
			.map(askedKey)
	);
	return valid.filter((c) =>
		c.kind === 'statement' || c.kind === 'sequence'
			? true
			: c.kind === 'gap'
				? !asked.has(askedKey(c))
				: stems.get(c.stem) === 1 && !(defersToBlank(c) && blanked.has(askedKey(c)))
	);
}

/** What a quiz is asked for: its count, its cap on statement items, and its figure items' cues. */
interface QuizSpec {
	/** The number of questions asked for. */
	count: number;
	statementCap: number;
	/** Figure items whose wrong options the article never says (printsKey). */
	keyAlone: ReadonlySet<Candidate>;
}

/** What the questions picked so far have used up, and how often each kind, sentence and answer. */
interface Quiz extends QuizSpec {
	picked: Candidate[];
	usedFacts: Set<string>;
	usedSentences: Map<number, number>;
	kindCount: Map<string, number>;
	skillCount: Map<Skill, number>;
	/** Whether each skill keeps to its share of the quiz (skillCap). */
	skillCaps: boolean;
	paraCount: Map<number, number>;
	/** The keys (pairKey and those after it) of every question picked. */
	usedPairs: Set<string>;
	answerCount: Map<string, number>;
	/** How many times a quiz of this count asks one answer that is not a figure. */
	repeats: number;
}

/** A quiz with nothing picked yet. */
function emptyQuiz(spec: QuizSpec): Quiz {
	return {
		...spec,
		picked: [],
		usedFacts: new Set(),
		usedSentences: new Map(),
		kindCount: new Map(),
		skillCount: new Map(),
		skillCaps: true,
		paraCount: new Map(),
		usedPairs: new Set(),
		answerCount: new Map(),
		repeats: 2 + Math.floor(spec.count / 25)
	};
}

// An answer asked of one sentence.
const pairKey = (c: Candidate) => `${c.answer.toLowerCase()}|${c.fact.sentence}`;
// One "which statement" item per sentence: two would share the same true option.
const statementKey = (c: Candidate) =>
	c.kind === 'statement' ? `statement|${c.fact.sentence}` : '';
// The value a question tests: a statement about 2016 after "In what year…? 2016" is a repeat.
const valueKey = (c: Candidate) => `value|${c.fact.sentence}|${c.fact.value.text.toLowerCase()}`;
// And the answer it asks for: "How many Greeks worship the ancient gods? about 100,000" beside
// "About _____ Greeks worship the ancient gods" asks one figure twice.
const answerKey = (c: Candidate) =>
	c.kind === 'statement' ? '' : `answer|${c.fact.sentence}|${answerCore(c.answer)}`;
// "What role does the article give X?" and "Who is described as the chairman …?" ask one thing.
const personKey = (c: Candidate) =>
	c.fact.person ? `person|${c.fact.sentence}|${c.fact.person}` : '';
// A "why", an "effect" and a "because _____" item of one link give each other away (reviews k2,
// k3): one per sentence.
const linkKey = (c: Candidate) => (asksCause(c) ? `link|${c.fact.sentence}` : '');

/** The pool's best-scoring candidate the quiz may still ask (of those `wanted`), or -1. */
function bestIndex(
	pool: Candidate[],
	quiz: Quiz,
	likely: Map<Candidate, number>,
	wanted: (c: Candidate) => boolean = () => true
): number {
	let best = -1;
	let bestScore = -Infinity;
	pool.forEach((c, i) => {
		if (!wanted(c) || usedUp(c, quiz) || clashes(c, quiz)) return;
		const score = quizScore(c, quiz, likely);
		if (score > bestScore) {
			bestScore = score;
			best = i;
		}
	});
	return best;
}

/** Whether the quiz asks the candidate's fact, value, answer or sentence as often as it may. */
function usedUp(c: Candidate, quiz: Quiz): boolean {
	const { usedFacts, usedPairs, usedSentences, picked, answerCount, kindCount } = quiz;
	const skill = SKILL_OF_KIND[c.kind];
	return (
		(quiz.skillCount.get(skill) ?? 0) >= skillCap(skill, quiz.count, quiz.skillCaps) ||
		usedFacts.has(c.fact.id) ||
		usedPairs.has(pairKey(c)) ||
		usedPairs.has(statementKey(c)) ||
		usedPairs.has(valueKey(c)) ||
		usedPairs.has(answerKey(c)) ||
		usedPairs.has(personKey(c)) ||
		usedPairs.has(linkKey(c)) ||
		(usedSentences.get(c.fact.sentence) ?? 0) >= 2 ||
		// Two facts of one sentence can blank the same words: one quiz never asks a stem twice
		// (statement items share their topic's stem, and differ in their options).
		(c.kind !== 'statement' && picked.some((p) => p.stem === c.stem)) ||
		// "Russia" three times in a quiz of ten: an answer is asked at most twice in a short
		// quiz, and a second time only when nothing else ranks near it. A figure or a date
		// once: "20 July 2005" the key of two questions is the one option both offer (tune26).
		(c.kind !== 'statement' &&
			(answerCount.get(c.answer.toLowerCase()) ?? 0) >= (isFigure(c.answer) ? 1 : quiz.repeats)) ||
		(c.kind === 'statement' && (kindCount.get(c.kind) ?? 0) >= quiz.statementCap) ||
		(c.kind === 'sequence' && (kindCount.get(c.kind) ?? 0) >= sequenceCap(quiz.count))
	);
}

/**
 * Sequence items a quiz asks at most: one, two from twenty questions on. Each shows four events of
 * the article; more would fill a short quiz with the article's dates.
 */
const sequenceCap = (count: number) => (count >= 20 ? 2 : 1);

/** Whether the candidate and a question picked would give each other away (clashes.ts). */
function clashes(c: Candidate, { picked }: Quiz): boolean {
	return (
		// "Who built the mill in 1887?" beside "In what year did Greta Holm build it?": each
		// stem would give the other's answer away.
		picked.some((p) => givesAway(p, c) || givesAway(c, p)) ||
		picked.some((p) => revealsFigure(p, c) || revealsFigure(c, p)) ||
		// A sentence option that prints "begun in 1976" beside "… begun in _____": one item's
		// options answer the other (printsKey covers revealsFigure's cases and more).
		picked.some((p) => printsKey(p, c) || printsKey(c, p)) ||
		// "About _____ people died" asked twice with 2, 3, 4 and 5 billion: the key of one is a
		// made-up option of the other, so the pair is never asked together.
		(MOVED.test(c.answer) && picked.some((p) => sameOptions(p, c))) ||
		(isFigure(c.answer) && picked.some((p) => isFigure(p.answer) && optionsOverlap(p, c))) ||
		picked.some((p) => phrasesOverlap(p, c)) ||
		picked.some((p) => datesEvent(p, c) || datesEvent(c, p))
	);
}

/** What a figure one question offers and another asks for costs the second (offersKey). */
const CUE_PENALTY = 0.5;

/** How likely the candidate is to be used, less penalties for what the quiz already has. */
function quizScore(c: Candidate, quiz: Quiz, likely: Map<Candidate, number>): number {
	const { kindCount, paraCount, usedSentences, answerCount, picked, keyAlone } = quiz;
	return (
		(likely.get(c) ?? 0) -
		REPEAT_PENALTY[c.kind] * (kindCount.get(c.kind) ?? 0) -
		0.15 * (paraCount.get(c.fact.paragraph) ?? 0) -
		0.3 * (usedSentences.get(c.fact.sentence) ?? 0) -
		0.002 * c.stem.length -
		(c.kind === 'statement' ? 0 : 0.5 * (answerCount.get(c.answer.toLowerCase()) ?? 0)) -
		// Two questions with the same four options: each narrows the other down.
		(picked.some((p) => sameOptions(p, c)) ? 0.5 : 0) -
		// A figure one question offers as a wrong option and another asks for, its other options
		// made up: the one option of the four the quiz shows twice.
		(picked.some(
			(p) => (keyAlone.has(c) && offersKey(p, c)) || (keyAlone.has(p) && offersKey(c, p))
		)
			? CUE_PENALTY
			: 0) -
		(c.composite ? 0.15 : 0)
	);
}

/** Adds the candidate to the quiz and marks what it uses up. */
function addToQuiz(c: Candidate, quiz: Quiz): void {
	const { picked, usedFacts, usedPairs, usedSentences, answerCount, kindCount, paraCount } = quiz;
	picked.push(c);
	usedFacts.add(c.fact.id);
	usedPairs.add(pairKey(c));
	if (c.kind === 'statement') usedPairs.add(statementKey(c));
	usedPairs.add(valueKey(c));
	if (c.kind !== 'statement') usedPairs.add(answerKey(c));
	if (c.fact.person) usedPairs.add(personKey(c));
	if (linkKey(c)) usedPairs.add(linkKey(c));
	usedSentences.set(c.fact.sentence, (usedSentences.get(c.fact.sentence) ?? 0) + 1);
	if (c.kind !== 'statement')
		answerCount.set(c.answer.toLowerCase(), (answerCount.get(c.answer.toLowerCase()) ?? 0) + 1);
	kindCount.set(c.kind, (kindCount.get(c.kind) ?? 0) + 1);
	const skill = SKILL_OF_KIND[c.kind];
	quiz.skillCount.set(skill, (quiz.skillCount.get(skill) ?? 0) + 1);
	paraCount.set(c.fact.paragraph, (paraCount.get(c.fact.paragraph) ?? 0) + 1);
}

/** Orders the questions as the article does and deals answer positions evenly. */
function dealOptions(picked: Candidate[], rand: () => number): Question[] {
	// Present in article order; deal answer positions from shuffled rounds of 0..3 so they stay uniform.
	picked.sort((a, b) => a.fact.start - b.fact.start);
	const positions: number[] = [];
	while (positions.length < picked.length) positions.push(...shuffle([0, 1, 2, 3], rand));
	return picked.map((c, i) => {
		const answerIndex = positions[i] ?? 0;
		const wrong = shuffle(c.distractors, rand);
		const options = [...wrong.slice(0, answerIndex), c.answer, ...wrong.slice(answerIndex)];
		return {
			id: c.id,
			kind: c.kind,
			skill: SKILL_OF_KIND[c.kind],
			stem: c.stem,
			options: options as Question['options'],
			answerIndex,
			source: c.source,
			...(c.evidence?.length ? { evidence: c.evidence } : {}),
			factId: c.fact.id,
			difficulty: difficultyOf(c),
			explanation: c.explanation
		};
	});
}
