// Authors' changes to an article's questions: edit, retire, restore, write by hand. Attempts keep
// snapshots of what they showed (attempt_items), so none of this rewrites a learner's history.
import { and, asc, desc, eq } from 'drizzle-orm';
import { overlappingOptions, WRITTEN_CHECKS } from '$lib/generator/well-formed';
import { LETTERS } from '$lib/quiz/letters';
import { checkCharacters, isBlank } from './characters';
import type { Database } from './db';
import { facts, questions } from './db/schema';
import type { FieldErrors } from './forms';
import { newId } from './ids';
import { latestGeneration, type StoredQuestion } from './questions';

/** A question as an author writes it. */
export interface QuestionDraft {
	stem: string;
	options: string[];
	answerIndex: number;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What makes a question acceptable, as messages beside the fields: a stem, four non-empty options,
 * one marked answer, and in every text (the explanation too) only characters that can be typed and
 * seen (characters.ts), since they travel into exports; then the generator's own rules for any
 * finished question (well-formed.ts): options distinct, none holding another, and the answer not
 * given away by the stem.
 */
export function checkQuestion(draft: QuestionDraft & { explanation?: string }): FieldErrors {
	const errors: FieldErrors = {};
	const stem = draft.stem.trim();
	const stemProblem = checkCharacters(stem, 'The question');
	if (isBlank(stem)) errors.stem = 'Write the question.';
	else if (stemProblem) errors.stem = stemProblem;
	else if (stem.length > 500) errors.stem = 'Use at most 500 characters.';
	draft.options.forEach((option, index) => {
		const problem = checkCharacters(option, `Option ${LETTERS[index]}`);
		if (isBlank(option)) errors[`option${index}`] = 'Fill in all four options.';
		else if (problem) errors[`option${index}`] = problem;
		else if (option.length > 200) errors[`option${index}`] = 'Use at most 200 characters.';
	});
	if (draft.options.length !== 4) errors.form = 'A question has exactly four options.';
	if (!Number.isInteger(draft.answerIndex) || draft.answerIndex < 0 || draft.answerIndex > 3)
		errors.answer = 'Mark the one right answer.';
	const explanation = draft.explanation
		? checkCharacters(draft.explanation, 'The explanation')
		: null;
	if (explanation) errors.explanation = explanation;
	const options = draft.options.map((option) => option.trim());
	const question = {
		stem,
		answer: options[draft.answerIndex] ?? '',
		distractors: options.filter((_, index) => index !== draft.answerIndex)
	};
	if (!errors.stem && !errors.answer && WRITTEN_CHECKS['answer-not-in-stem'](question))
		errors.stem = 'The question gives its answer away: reword it so the answer is not in it.';
	const optionsWritten = options.every((_, index) => !errors[`option${index}`]);
	const overlap = optionsWritten ? overlappingOptions(options) : undefined;
	if (overlap)
		errors[`option${overlap.second}`] = overlap.same
			? `This is the same as option ${LETTERS[overlap.first]}.`
			: `One of options ${LETTERS[overlap.first]} and ${LETTERS[overlap.second]} holds the other: a reader picks the longer. Make them distinct.`;
	return errors;
}

/** Every question of the article, active first, then retired, each in the generator's order. */
export async function listAll(db: Database, articleId: string): Promise<StoredQuestion[]> {
	return db
		.select()
		.from(questions)
		.where(eq(questions.articleId, articleId))
		.orderBy(asc(questions.status), desc(questions.editedAt), asc(questions.position));
}

const ofArticle = (id: string, articleId: string) =>
	and(eq(questions.id, id), eq(questions.articleId, articleId));

/** Replaces a question's stem, options and answer; regenerating keeps it from then on. */
export async function edit(
	db: Database,
	articleId: string,
	id: string,
	draft: QuestionDraft,
	now: Date
): Promise<boolean> {
	const result = await db
		.update(questions)
		.set({
			stem: draft.stem.trim(),
			options: draft.options.map((option) => option.trim()),
			answerIndex: draft.answerIndex,
			// The stored answer offsets located the old answer in its sentence.
			answerStart: null,
			answerEnd: null,
			editedAt: now
		})
		.where(ofArticle(id, articleId));
	return result.rowsAffected > 0;
}

/** Takes a question out of new quizzes (or puts it back); attempts that hold it are untouched. */
export async function setRetired(
	db: Database,
	articleId: string,
	id: string,
	retired: boolean,
	now: Date
): Promise<boolean> {
	const result = await db
		.update(questions)
		.set(retired ? { status: 'retired', retiredAt: now } : { status: 'active', retiredAt: null })
		.where(ofArticle(id, articleId));
	return result.rowsAffected > 0;
}

type Generation = NonNullable<Awaited<ReturnType<typeof latestGeneration>>>;

/** The fact and question rows of a question written (or imported) by an author. */
function rowsOf(
	articleId: string,
	generation: Generation,
	draft: QuestionDraft & { explanation?: string },
	source: { sentence: string; start: number },
	now: Date
) {
	const factId = newId();
	const { sentence, start } = source;
	const end = start + sentence.length;
	return {
		fact: {
			id: factId,
			articleId,
			generationId: generation.id,
			key: `manual-${factId}`,
			kind: 'manual',
			statement: sentence,
			start,
			end,
			data: { kind: 'manual', statement: sentence }
		},
		question: {
			id: newId(),
			articleId,
			generationId: generation.id,
			factId,
			kind: 'manual',
			stem: draft.stem.trim(),
			options: draft.options.map((option) => option.trim()),
			answerIndex: draft.answerIndex,
			explanation: draft.explanation?.trim() || `The article says: “${sentence}”`,
			sourceSentence: sentence,
			sourceStart: start,
			sourceEnd: end,
			difficulty: 0.5,
			generatorVersion: 'manual',
			status: 'active' as const,
			position: -1,
			createdAt: now,
			editedAt: now
		}
	};
}

/**
 * Adds a question written by hand, citing a sentence of the article (its source, shown in the
 * quiz's feedback), with the fact it asks about, in one batch. Returns errors when the sentence is
 * not in the article.
 */
export async function write(
	db: Database,
	articleId: string,
	draft: QuestionDraft & { sentence: string; explanation?: string },
	now: Date
): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors }> {
	const generation = await latestGeneration(db, articleId);
	const sentence = draft.sentence.replace(/\s+/g, ' ').trim();
	const start = sentence && generation ? generation.text.indexOf(sentence) : -1;
	if (!generation || start < 0)
		return {
			ok: false,
			errors: { sentence: 'Copy one sentence, word for word, from the article.' }
		};
	const rows = rowsOf(articleId, generation, draft, { sentence, start }, now);
	await db.batch([db.insert(facts).values(rows.fact), db.insert(questions).values(rows.question)]);
	return { ok: true, id: rows.question.id };
}

/** The article's sentence that best supports a question: the first holding its answer, else the one sharing most words. */
export function supportingSentence(
	text: string,
	draft: QuestionDraft
): { sentence: string; start: number } {
	const sentences = [...text.matchAll(/[^.!?\n]+(?:[.!?]+["”’)]*|$)/g)]
		.map((m) => ({
			sentence: m[0].trim(),
			start: m.index + (m[0].length - m[0].trimStart().length)
		}))
		.filter((s) => s.sentence);
	const answer = fold(draft.options[draft.answerIndex] ?? '');
	const holding = answer ? sentences.find((s) => fold(s.sentence).includes(answer)) : undefined;
	if (holding) return holding;
	const words = new Set(
		fold(`${draft.stem} ${answer}`)
			.split(/\W+/)
			.filter((w) => w.length > 3)
	);
	const score = (s: string) =>
		fold(s)
			.split(/\W+/)
			.filter((w) => words.has(w)).length;
	return sentences.reduce(
		(best, s) => (score(s.sentence) > score(best.sentence) ? s : best),
		sentences[0] ?? { sentence: '', start: 0 }
	);
}

/** Adds questions from another tool (a GIFT file), each citing the sentence that best supports it, in one batch. */
export async function importMany(
	db: Database,
	articleId: string,
	drafts: QuestionDraft[],
	now: Date
): Promise<number> {
	const generation = await latestGeneration(db, articleId);
	if (!generation || drafts.length === 0) return 0;
	const rows = drafts.map((draft) =>
		rowsOf(articleId, generation, draft, supportingSentence(generation.text, draft), now)
	);
	await db.batch([
		db.insert(facts).values(rows.map((r) => r.fact)),
		db.insert(questions).values(rows.map((r) => r.question))
	]);
	return rows.length;
}
