// Answering a quiz: the answer recorded once, the time it took, and moving on. Re-exported by
// attempts.ts, which makes and reads the attempts these act on.
import { and, eq, isNull } from 'drizzle-orm';
import { quizForm, type GivenAnswer } from '$lib/quiz/answer-forms';
export type { GivenAnswer };
import { questionTime } from '$lib/quiz/score';
import type { Answer, Attempt } from './db/types';
import type { Database } from './db';
import { answers, attemptItems, attempts, reviewCards } from './db/schema';
import { formQuestionOf, gradeItem, MAX_TYPED_LENGTH } from './grading';
import * as reviews from './reviews';

/**
 * Records when an item was first put on screen, for an item `start` or `advance` did not mark
 * (attempts made before they did); later views keep the first time.
 */
export async function markShown(db: Database, itemId: string, now: Date): Promise<void> {
	await db
		.update(attemptItems)
		.set({ shownAt: now })
		.where(and(eq(attemptItems.id, itemId), isNull(attemptItems.shownAt)));
}

export type RecordOutcome =
	| { status: 'recorded' | 'already'; answer: Answer }
	| { status: 'not-found' }
	| { status: 'not-yet' }
	| { status: 'invalid' };

/**
 * Records the answer to one item of the attempt. Answers are final: the item id is the answers
 * table's primary key, so a second submit (double click, replay, another tab) inserts nothing and
 * gets the first answer back. `not-found`: the item is not in this attempt; `not-yet`: it comes after
 * the question on screen.
 */
export async function recordAnswer(
	db: Database,
	attempt: Attempt,
	itemId: string,
	given: GivenAnswer,
	now: Date
): Promise<RecordOutcome> {
	const [row] = await db
		.select({ item: attemptItems, existing: answers })
		.from(attemptItems)
		.leftJoin(answers, eq(answers.itemId, attemptItems.id))
		.where(and(eq(attemptItems.id, itemId), eq(attemptItems.attemptId, attempt.id)))
		.limit(1);
	if (!row) return { status: 'not-found' };
	const { item, existing } = row;
	const form = quizForm(attempt.answerBy, formQuestionOf(item));
	// A typing quiz asks choice questions too: each item takes the form it is shown in.
	if (typeof given === 'number') {
		if (form !== 'choice' || !Number.isInteger(given) || given < 0 || given >= item.options.length)
			return { status: 'invalid' };
	} else if (form !== 'typed' || given.typed.length > MAX_TYPED_LENGTH)
		return { status: 'invalid' };
	if (existing) return { status: 'already', answer: existing };
	if (item.position > attempt.cursor) return { status: 'not-yet' };
	const grade = typeof given === 'number' ? undefined : await gradeItem(db, item, given.typed);
	const correct = grade ? grade.accepted : given === item.answerIndex;
	const miss = { userId: attempt.userId, questionId: item.questionId, itemId: item.id };
	const card = correct ? undefined : await reviews.find(db, miss.userId, miss.questionId);
	// The answer and, for a miss, the learner's review card land together or not at all: a crash
	// between them would leave a miss that never comes back for review.
	let results;
	try {
		results = await db.batch([
			db
				.insert(answers)
				.values({
					itemId: item.id,
					attemptId: attempt.id,
					form,
					chosenIndex: typeof given === 'number' ? given : null,
					typed: typeof given === 'number' ? null : given.typed.trim(),
					gradeNote: grade?.explanation ?? null,
					correct,
					answeredAt: now,
					timeMs: questionTime(item.shownAt, now)
				})
				.returning(),
			...(correct ? [] : [reviews.missStatement(db, miss, card, now)])
		]);
	} catch (error) {
		// Lost a race with an identical request (the item already has its answer): the first stands.
		const first = await readAnswer(db, item.id);
		if (first) return { status: 'already', answer: first };
		throw error;
	}
	const [[inserted], cardWrite] = results;
	// Another miss of the same question wrote the card since it was read: read it and rate again.
	if (cardWrite && cardWrite.rowsAffected === 0) await reviews.recordMiss(db, miss, now);
	return { status: 'recorded', answer: inserted! };
}

/**
 * "I was right": the learner overrules the refusal of a typed answer, which then counts as right
 * (and is marked as overruled). The review card that miss made is taken back when it is the miss's
 * own and not yet reviewed; a card an earlier miss made stays as it is. Once only; a chosen answer
 * or a right one is left alone.
 */
export async function overrule(
	db: Database,
	attempt: Attempt,
	itemId: string
): Promise<'overruled' | 'unchanged' | 'not-found'> {
	const [row] = await db
		.select({ answer: answers, questionId: attemptItems.questionId })
		.from(answers)
		.innerJoin(attemptItems, eq(attemptItems.id, answers.itemId))
		.where(and(eq(answers.itemId, itemId), eq(answers.attemptId, attempt.id)))
		.limit(1);
	if (!row) return 'not-found';
	const { answer, questionId } = row;
	if (answer.form === 'choice' || answer.correct) return 'unchanged';
	const [[changed]] = await db.batch([
		db
			.update(answers)
			.set({ correct: true, overruled: true })
			.where(and(eq(answers.itemId, itemId), eq(answers.correct, false)))
			.returning({ itemId: answers.itemId }),
		db
			.delete(reviewCards)
			.where(
				and(
					eq(reviewCards.userId, attempt.userId),
					eq(reviewCards.questionId, questionId),
					eq(reviewCards.itemId, itemId),
					eq(reviewCards.createdAt, answer.answeredAt),
					eq(reviewCards.reps, 1)
				)
			)
	]);
	return changed ? 'overruled' : 'unchanged';
}

async function readAnswer(db: Database, itemId: string): Promise<Answer | undefined> {
	const [row] = await db.select().from(answers).where(eq(answers.itemId, itemId)).limit(1);
	return row;
}

/**
 * Moves on from the answered question at `from`: to the next one, or, after the last, finishes
 * the attempt. Idempotent: a repeated "Next" from the same question moves only once.
 */
export async function advance(
	db: Database,
	attempt: Attempt,
	from: number,
	now: Date
): Promise<'moved' | 'finished' | 'unchanged'> {
	const [answered] = await db
		.select({ itemId: answers.itemId })
		.from(answers)
		.innerJoin(attemptItems, eq(attemptItems.id, answers.itemId))
		.where(and(eq(answers.attemptId, attempt.id), eq(attemptItems.position, from)))
		.limit(1);
	if (!answered) return 'unchanged';
	if (from >= attempt.total - 1) {
		await db
			.update(attempts)
			.set({ finishedAt: now })
			.where(and(eq(attempts.id, attempt.id), isNull(attempts.finishedAt)));
		return 'finished';
	}
	// Moving on puts the next question on screen: its time starts here, so showing it (a GET)
	// writes nothing.
	await db.batch([
		db
			.update(attempts)
			.set({ cursor: from + 1 })
			.where(and(eq(attempts.id, attempt.id), eq(attempts.cursor, from))),
		db
			.update(attemptItems)
			.set({ shownAt: now })
			.where(
				and(
					eq(attemptItems.attemptId, attempt.id),
					eq(attemptItems.position, from + 1),
					isNull(attemptItems.shownAt)
				)
			)
	]);
	return 'moved';
}
