// What a class's teacher sees of its work (issue 18): per assignment, where each present member is,
// their score and time, how the scores spread and how each question went; per learner, their scores
// across the class's assignments. Only quizzes taken for the class's assignments are read, and only
// those of its present members: a removed learner's results stay theirs and leave the dashboard.
import { asc, eq, inArray } from 'drizzle-orm';
import {
	median,
	mostMissed,
	questionResults,
	scoreDistribution,
	STATE_LABELS,
	type AnsweredItem
} from '$lib/classes/report';
import { formatDate } from '$lib/format';
import { storedRange } from '$lib/quiz/highlight';
import { originalOrder } from '$lib/quiz/order';
import * as assignmentWork from './assignments';
import type { Database } from './db';
import { answers, attemptItems, questions } from './db/schema';

/** A present member of a class, as the dashboard names them. */
export interface Learner {
	id: string;
	username: string;
}

/** One assignment's results among the class's present members. */
export async function assignmentReport(
	db: Database,
	assignmentId: string,
	members: readonly Learner[]
) {
	const work = await assignmentWork.workOn(
		db,
		[assignmentId],
		members.map((m) => m.id)
	);
	const learners = members.map((m) => ({
		...m,
		work: assignmentWork.workOf(work, assignmentId, m.id)
	}));
	const done = learners.filter((l) => l.work.state === 'done');
	const scores = done.map((l) => l.work.percent);
	const results = questionResults(
		await answeredItems(
			db,
			done.flatMap((l) => l.work.attemptId ?? [])
		)
	);
	return {
		learners,
		counts: {
			done: done.length,
			inProgress: learners.filter((l) => l.work.state === 'in-progress').length,
			notStarted: learners.filter((l) => l.work.state === 'not-started').length
		},
		distribution: scoreDistribution(scores),
		median: median(scores),
		questions: results,
		mostMissed: mostMissed(results)
	};
}

/** The answers of some finished quizzes, each question in its own option order, the article's order. */
export async function answeredItems(db: Database, attemptIds: string[]): Promise<AnsweredItem[]> {
	if (attemptIds.length === 0) return [];
	const rows = await db
		.select({
			attemptId: attemptItems.attemptId,
			questionId: attemptItems.questionId,
			stem: attemptItems.stem,
			options: attemptItems.options,
			optionOrder: attemptItems.optionOrder,
			answerIndex: attemptItems.answerIndex,
			sourceSentence: attemptItems.sourceSentence,
			highlightStart: attemptItems.highlightStart,
			highlightEnd: attemptItems.highlightEnd,
			chosenIndex: answers.chosenIndex,
			correct: answers.correct
		})
		.from(attemptItems)
		.innerJoin(answers, eq(answers.itemId, attemptItems.id))
		.innerJoin(questions, eq(questions.id, attemptItems.questionId))
		.where(inArray(attemptItems.attemptId, attemptIds))
		.orderBy(asc(questions.position), asc(attemptItems.id));
	return rows.map((row) => {
		// Back from the order shown to the question's own, so every learner's answers add up.
		const { options, toOriginal } = originalOrder(row.options, row.optionOrder);
		return {
			attemptId: row.attemptId,
			questionId: row.questionId,
			stem: row.stem,
			options,
			answerIndex: toOriginal(row.answerIndex),
			sourceSentence: row.sourceSentence,
			highlight: storedRange(row),
			chosen: row.chosenIndex === null ? -1 : toOriginal(row.chosenIndex),
			correct: row.correct
		};
	});
}

/**
 * Every present member's work on each of the class's assignments, oldest assignment first: the
 * class's scores over time, for the summary table, the exports and each learner's page.
 */
export async function gradebook(db: Database, classId: string, members: readonly Learner[]) {
	const set = (await assignmentWork.ofClass(db, classId)).reverse();
	const work = await assignmentWork.workOn(
		db,
		set.map((a) => a.id),
		members.map((m) => m.id)
	);
	return {
		assignments: set,
		learners: members.map((m) => ({
			...m,
			work: set.map((a) => assignmentWork.workOf(work, a.id, m.id))
		}))
	};
}

type Gradebook = Awaited<ReturnType<typeof gradebook>>;

const isoDate = (date: Date | null) => date?.toISOString() ?? '';

/**
 * The results as data: one row per learner and assignment, dates in ISO 8601, time in seconds, for
 * a gradebook import or a script.
 */
export function resultRows(book: Gradebook): string[][] {
	const rows = [
		[
			'Learner',
			'Article',
			'Assigned',
			'Due',
			'Status',
			'Right',
			'Questions',
			'Score (%)',
			'Time (s)',
			'Finished',
			'Late'
		]
	];
	for (const learner of book.learners)
		book.assignments.forEach((a, i) => {
			const w = learner.work[i]!;
			const done = w.state === 'done';
			rows.push([
				learner.username,
				a.articleTitle,
				isoDate(a.createdAt),
				isoDate(a.dueAt),
				STATE_LABELS[w.state].toLowerCase(),
				done ? String(w.correct) : '',
				done ? String(w.total) : '',
				done ? String(w.percent) : '',
				w.state === 'not-started' ? '' : String(Math.round(w.timeMs / 1000)),
				isoDate(w.finishedAt),
				w.late ? 'yes' : 'no'
			]);
		});
	return rows;
}

/**
 * The results as a spreadsheet's summary: a learner per row, an assignment per column, each score a
 * plain number (so AVERAGE and charts work), work not finished blank, each learner's average and
 * the class's average per assignment.
 */
export function summaryRows(book: Gradebook): string[][] {
	const average = (scores: number[]) =>
		scores.length ? String(Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)) : '';
	const finished = (work: Gradebook['learners'][number]['work']) =>
		work.flatMap((w) => (w.state === 'done' ? [w.percent] : []));
	const rows = [
		[
			'Learner',
			...book.assignments.map(
				(a) =>
					`${a.articleTitle} (${a.dueAt ? `due ${formatDate(a.dueAt)}` : `set ${formatDate(a.createdAt)}`}) %`
			),
			'Average %'
		]
	];
	for (const learner of book.learners)
		rows.push([
			learner.username,
			...learner.work.map((w) => (w.state === 'done' ? String(w.percent) : '')),
			average(finished(learner.work))
		]);
	rows.push([
		'Class average',
		...book.assignments.map((_, i) => average(finished(book.learners.map((l) => l.work[i]!)))),
		''
	]);
	return rows;
}
