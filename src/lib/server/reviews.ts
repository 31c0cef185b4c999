import {
	and,
	asc,
	count,
	desc,
	eq,
	gt,
	inArray,
	isNull,
	lte,
	notInArray,
	sql,
	type SQL
} from 'drizzle-orm';
import { kindsOf, SKILLS, type Skill } from '$lib/generator/skills';
import {
	nextForm,
	producedRating,
	type AnswerForm,
	type FormPreference,
	type GivenAnswer
} from '$lib/quiz/answer-forms';
import { isLeech, newCard, rate, ratingFor, type Card, type ReviewRating } from '$lib/quiz/review';
import { gradeItem } from './grading';
import type { Database } from './db';
import { articles, attemptItems, questions, reviewAnswers, reviewCards } from './db/schema';
import { newId } from './ids';

import type { ReviewCard } from './db/types';
export type { ReviewCard };

/** The ts-fsrs card a row stores. */
export function toCard(row: ReviewCard): Card {
	return {
		due: row.due,
		stability: row.stability,
		difficulty: row.difficulty,
		elapsed_days: row.elapsedDays,
		scheduled_days: row.scheduledDays,
		learning_steps: row.learningSteps,
		reps: row.reps,
		lapses: row.lapses,
		state: row.state,
		last_review: row.lastReview ?? undefined
	};
}

/** The columns that store a ts-fsrs card, with its leech flag. */
function columns(card: Card, now: Date) {
	return {
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.last_review ?? null,
		leech: isLeech(card),
		updatedAt: now
	};
}

/** The learner's card for a question, if any. */
export async function find(db: Database, userId: string, questionId: string) {
	const [row] = await db
		.select()
		.from(reviewCards)
		.where(and(eq(reviewCards.userId, userId), eq(reviewCards.questionId, questionId)))
		.limit(1);
	return row;
}

/** One card by id, or undefined. Routes pass it through requireOwn. */
export async function read(db: Database, id: string): Promise<ReviewCard | undefined> {
	const [row] = await db.select().from(reviewCards).where(eq(reviewCards.id, id)).limit(1);
	return row;
}

/**
 * The statement that records a miss on the learner's card for a question, rated Again at `now` and
 * showing the item just missed from now on, given the card as it was read (`existing`, or undefined
 * when there was none). It changes nothing when another write changed (or made) the card since: its
 * result then has no row affected, and `recordMiss` reads the card again.
 */
export function missStatement(
	db: Database,
	miss: { userId: string; questionId: string; itemId: string },
	existing: ReviewCard | undefined,
	now: Date
) {
	if (existing)
		return db
			.update(reviewCards)
			.set({ ...columns(rate(toCard(existing), 'again', now), now), itemId: miss.itemId })
			.where(and(eq(reviewCards.id, existing.id), eq(reviewCards.updatedAt, existing.updatedAt)));
	return db
		.insert(reviewCards)
		.values({
			id: newId(),
			...miss,
			createdAt: now,
			...columns(rate(newCard(now), 'again', now), now)
		})
		.onConflictDoNothing();
}

/** How often a miss reads the card again when other writes keep changing it first. */
const MISS_TRIES = 5;

/**
 * A quiz answer was wrong: the question becomes (or stays) a review card, rated Again at `now`. When
 * another miss of the same question (a second tab, another quiz) wrote the card between the read and
 * the write, the card is read and rated again, so no miss is lost.
 */
export async function recordMiss(
	db: Database,
	miss: { userId: string; questionId: string; itemId: string },
	now: Date
): Promise<void> {
	for (let tries = 0; tries < MISS_TRIES; tries++) {
		const existing = await find(db, miss.userId, miss.questionId);
		const result = await missStatement(db, miss, existing, now);
		if (result.rowsAffected > 0) return;
	}
}

/**
 * Keeps the learner's answer to a due card (the option chosen, or the text typed) until they rate
 * it (`review`): the rating is judged by this answer. A card that is not due is left alone.
 */
export async function answer(db: Database, card: ReviewCard, given: GivenAnswer, now: Date) {
	await db
		.update(reviewCards)
		.set(
			typeof given === 'number'
				? { pendingChoice: given, pendingTyped: null }
				: { pendingChoice: null, pendingTyped: given.typed.trim() }
		)
		.where(and(eq(reviewCards.id, card.id), lte(reviewCards.due, now)));
}

/** "Show a hint": noted on a due card, so a right answer after it rates Hard. */
export async function hint(db: Database, card: ReviewCard, now: Date) {
	await db
		.update(reviewCards)
		.set({ pendingHinted: true })
		.where(and(eq(reviewCards.id, card.id), lte(reviewCards.due, now)));
}

/** The learner's answer to a card, judged: what `review` stores. */
export interface ReviewOutcome {
	form: AnswerForm;
	correct: boolean;
	rating: ReviewRating;
	/** "I was right" on a refused typed answer. */
	overruled: boolean;
	/** The ladder's step after this review. */
	nextForm: AnswerForm;
}

/**
 * Judges the answer kept for a card shown as `shown` in `form`: a chosen answer is rated as the
 * learner says (wrong is Again), a produced one by whether it was taken and the hint (Good, Hard,
 * Again), and "I was right" takes a refused typed answer as right. The ladder moves only while the
 * learner follows it. Null when no answer is kept.
 */
export async function judge(
	db: Database,
	shown: {
		card: ReviewCard;
		stem: string;
		options: string[];
		answerIndex: number;
		sourceSentence: string;
	},
	form: AnswerForm,
	supported: readonly AnswerForm[],
	preference: FormPreference,
	asked: { rating?: ReviewRating; overrule?: boolean },
	now: Date
): Promise<ReviewOutcome | null> {
	const { card } = shown;
	let correct: boolean;
	let overruled = false;
	let rating: ReviewRating;
	if (card.pendingTyped !== null && form !== 'choice') {
		const item = { ...shown, questionId: card.questionId };
		correct = (await gradeItem(db, item, card.pendingTyped)).accepted;
		if (!correct && asked.overrule) correct = overruled = true;
		rating = producedRating(correct, card.pendingHinted);
	} else if (card.pendingChoice !== null && form === 'choice') {
		correct = card.pendingChoice === shown.answerIndex;
		rating = ratingFor(correct, asked.rating);
	} else return null;
	const stabilityDays = rate(toCard(card), rating, now).stability;
	return {
		form,
		correct,
		rating,
		overruled,
		nextForm:
			preference === 'ladder' ? nextForm(form, { correct, stabilityDays }, supported) : card.form
	};
}

/**
 * Records a review of a due card. Idempotent: a card that is no longer due (a repeated submit)
 * or that changed meanwhile (another tab) is left alone. Returns the card as it now stands.
 */
export async function review(
	db: Database,
	card: ReviewCard,
	outcome: ReviewRating | ReviewOutcome,
	now: Date
): Promise<{ status: 'recorded' | 'not-due'; card: ReviewCard }> {
	if (card.due > now) return { status: 'not-due', card };
	const judged: ReviewOutcome =
		typeof outcome === 'string'
			? {
					form: 'choice',
					correct: outcome !== 'again',
					rating: outcome,
					overruled: false,
					nextForm: card.form
				}
			: outcome;
	const [[updated]] = await db.batch([
		db
			.update(reviewCards)
			.set({
				...columns(rate(toCard(card), judged.rating, now), now),
				form: judged.nextForm,
				pendingChoice: null,
				pendingTyped: null,
				pendingHinted: false
			})
			.where(and(eq(reviewCards.id, card.id), eq(reviewCards.updatedAt, card.updatedAt)))
			.returning(),
		// The review's log row, only when the card's write above happened.
		db.insert(reviewAnswers).select(
			db
				.select({
					id: sql`${newId()}`.as('id'),
					userId: reviewCards.userId,
					cardId: reviewCards.id,
					questionId: reviewCards.questionId,
					form: sql`${judged.form}`.as('form'),
					chosenIndex: sql`${judged.form === 'choice' ? card.pendingChoice : null}`.as(
						'chosen_index'
					),
					typed: sql`${judged.form === 'choice' ? null : card.pendingTyped}`.as('typed'),
					hinted: sql`${judged.form !== 'choice' && card.pendingHinted ? 1 : 0}`.as('hinted'),
					correct: sql`${judged.correct ? 1 : 0}`.as('correct'),
					overruled: sql`${judged.overruled ? 1 : 0}`.as('overruled'),
					rating: sql`${judged.rating}`.as('rating'),
					answeredAt: sql`${now.getTime()}`.as('answered_at')
				})
				.from(reviewCards)
				.where(and(eq(reviewCards.id, card.id), eq(reviewCards.updatedAt, now)))
		)
	]);
	if (updated) return { status: 'recorded', card: updated };
	return { status: 'not-due', card: (await read(db, card.id)) ?? card };
}

// A card whose article an author deleted is never due: its question can no longer be read in
// context. The card stays, so the learner's history is intact.
const liveArticle = isNull(articles.deletedAt);

/**
 * Only the questions of one reading skill (none: every question). Kinds map to skills in
 * skills.ts; a kind it does not know (an author's question) is key details, so that skill is
 * "no kind of another skill".
 */
function ofSkill(skill: Skill | undefined): SQL | undefined {
	if (!skill) return undefined;
	if (skill === 'key-details') {
		const others = SKILLS.filter((s) => s !== skill).flatMap(kindsOf);
		return others.length > 0 ? notInArray(questions.kind, others) : undefined;
	}
	const kinds = kindsOf(skill);
	// No kind practises it yet: nothing matches.
	return inArray(questions.kind, kinds.length > 0 ? kinds : ['']);
}

/**
 * How many of the learner's cards are due at `now`: the navigation's "Review (N due)", or one
 * skill's share of them.
 */
export async function countDue(
	db: Database,
	userId: string,
	now: Date,
	skill?: Skill
): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(reviewCards)
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.innerJoin(articles, eq(articles.id, questions.articleId))
		.where(
			and(eq(reviewCards.userId, userId), lte(reviewCards.due, now), liveArticle, ofSkill(skill))
		);
	return row?.n ?? 0;
}

/** The learner's due cards per kind of question, for the review's skill filter. */
export async function dueByKind(
	db: Database,
	userId: string,
	now: Date
): Promise<{ kind: string; n: number }[]> {
	return db
		.select({ kind: questions.kind, n: count() })
		.from(reviewCards)
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.innerJoin(articles, eq(articles.id, questions.articleId))
		.where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, now), liveArticle))
		.groupBy(questions.kind);
}

const shown = {
	card: reviewCards,
	stem: attemptItems.stem,
	options: attemptItems.options,
	answerIndex: attemptItems.answerIndex,
	sourceSentence: attemptItems.sourceSentence,
	highlightStart: attemptItems.highlightStart,
	highlightEnd: attemptItems.highlightEnd,
	articleId: questions.articleId,
	articleTitle: articles.title,
	kind: questions.kind
};

function joined(db: Database) {
	return db
		.select(shown)
		.from(reviewCards)
		.innerJoin(attemptItems, eq(attemptItems.id, reviewCards.itemId))
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.innerJoin(articles, eq(articles.id, questions.articleId));
}

export type ShownCard = Awaited<ReturnType<typeof nextDue>>;

/**
 * The learner's card most overdue at `now` (of one skill, when given), with the question as they
 * saw it; undefined if none.
 */
export async function nextDue(db: Database, userId: string, now: Date, skill?: Skill) {
	const [row] = await joined(db)
		.where(
			and(eq(reviewCards.userId, userId), lte(reviewCards.due, now), liveArticle, ofSkill(skill))
		)
		.orderBy(asc(reviewCards.due), asc(reviewCards.id))
		.limit(1);
	return row;
}

/** One card with its question as shown, for the answer's feedback. */
export async function shownCard(db: Database, id: string) {
	const [row] = await joined(db).where(eq(reviewCards.id, id)).limit(1);
	return row;
}

/** The learner's leeches (cards lapsed 8 times or more), most lapsed first. */
export async function leeches(db: Database, userId: string) {
	return joined(db)
		.where(and(eq(reviewCards.userId, userId), eq(reviewCards.leech, true), liveArticle))
		.orderBy(desc(reviewCards.lapses), asc(reviewCards.id));
}

/** When the learner's next card falls due after `now`, if they have one. */
export async function nextLater(db: Database, userId: string, now: Date) {
	const [row] = await db
		.select({ due: reviewCards.due })
		.from(reviewCards)
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.innerJoin(articles, eq(articles.id, questions.articleId))
		.where(and(eq(reviewCards.userId, userId), gt(reviewCards.due, now), liveArticle))
		.orderBy(asc(reviewCards.due))
		.limit(1);
	return row?.due;
}
