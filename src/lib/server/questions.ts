import { and, asc, desc, eq, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Fact, Question } from '$lib/generator';
import { GENERATOR_VERSION } from '$lib/generator/version';
import { hashString } from '$lib/generator/random';
import { locateAnswer } from '$lib/quiz/highlight';
import type { Database } from './db';
import { articles, attemptItems, facts, generations, questions } from './db/schema';
import type { Article } from './articles';
import { newId } from './ids';

export type StoredQuestion = typeof questions.$inferSelect;

/** How many questions the generator is asked for per article; quizzes draw from these. */
export const QUESTIONS_PER_ARTICLE = 30;

/** The seed an article's questions are generated with: stable, so regenerating is reproducible. */
export function seedOf(articleId: string): number {
	return hashString(articleId);
}

/** The answer's offsets in the generation's text, for the explanation's highlight. */
function answerRange(question: Question, fact: Fact | undefined) {
	const { sentence, start } = question.source;
	const value = fact ? { start: fact.value.start - start, end: fact.value.end - start } : null;
	const answer = question.options[question.answerIndex] ?? '';
	const range = locateAnswer(sentence, answer, value, question.kind === 'statement');
	return range ? { answerStart: range.start + start, answerEnd: range.end + start } : {};
}

/** The generation an article's active questions come from, or undefined before the first one. */
export async function latestGeneration(db: Database, articleId: string) {
	const [row] = await db
		.select()
		.from(generations)
		.where(eq(generations.articleId, articleId))
		.orderBy(desc(generations.createdAt))
		.limit(1);
	return row;
}

/**
 * The generator, loaded the first time an article needs questions: compromise's lexicon is tens of
 * megabytes that a server only serving quizzes (every article already generated) never needs.
 */
function loadGenerator() {
	return import('$lib/generator');
}

/** What one run of the generator will write, and what it made: see `planGeneration`. */
export interface GenerationPlan {
	statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];
	questionCount: number;
	shortfallReason: string | null;
}

/**
 * Runs the generator on the article and returns the statements that store its generation, facts
 * and questions, for the caller to put in one batch (with the article itself when it is new).
 * Questions of earlier generations that any attempt holds are retired, never deleted; the others
 * are removed with their facts, except questions an author edited or wrote, which stay.
 */
export async function planGeneration(
	db: Database,
	article: Pick<Article, 'id' | 'body'>,
	now = new Date()
): Promise<GenerationPlan> {
	const { generateQuiz } = await loadGenerator();
	const seed = seedOf(article.id);
	// Stored bodies are plain text (intake extracts it from HTML): a literal "<script>" stays words.
	const result = generateQuiz(article.body, { count: QUESTIONS_PER_ARTICLE, seed, markup: 'keep' });
	const generationId = newId();
	const factIds = new Map(result.facts.map((fact) => [fact.id, newId()]));
	const used = new Set(result.questions.map((question) => question.factId));
	const factRows = result.facts
		.filter((fact) => used.has(fact.id))
		.map((fact) => ({
			id: factIds.get(fact.id)!,
			articleId: article.id,
			generationId,
			key: fact.id,
			kind: fact.kind,
			statement: fact.statement,
			start: fact.start,
			end: fact.end,
			data: fact
		}));
	const byKey = new Map(result.facts.map((fact) => [fact.id, fact]));
	const questionRows = result.questions
		.filter((question) => factIds.has(question.factId))
		.map((question, position) => ({
			id: newId(),
			articleId: article.id,
			generationId,
			factId: factIds.get(question.factId)!,
			kind: question.kind,
			stem: question.stem,
			options: [...question.options],
			answerIndex: question.answerIndex,
			explanation: question.explanation,
			sourceSentence: question.source.sentence,
			sourceStart: question.source.start,
			sourceEnd: question.source.end,
			...answerRange(question, byKey.get(question.factId)),
			difficulty: question.difficulty,
			generatorVersion: result.version,
			status: 'active' as const,
			position,
			createdAt: now
		}));
	const shortfallReason = result.stats.shortfallReason ?? null;

	const held = db.select({ id: attemptItems.questionId }).from(attemptItems);
	const old = and(
		eq(questions.articleId, article.id),
		ne(questions.generationId, generationId),
		isNull(questions.editedAt)
	);
	return {
		questionCount: questionRows.length,
		shortfallReason,
		statements: [
			db.insert(generations).values({
				id: generationId,
				articleId: article.id,
				version: result.version,
				seed,
				text: result.text,
				rejected: result.rejected.map(({ stem, answer, reasons }) => ({ stem, answer, reasons })),
				shortfallReason,
				createdAt: now
			}),
			...(factRows.length ? [db.insert(facts).values(factRows)] : []),
			...(questionRows.length ? [db.insert(questions).values(questionRows)] : []),
			// History first: a question an attempt holds is retired, never deleted.
			db
				.update(questions)
				.set({ status: 'retired', retiredAt: now })
				.where(and(old, eq(questions.status, 'active'), inArray(questions.id, held))),
			db.delete(questions).where(and(old, notInArray(questions.id, held))),
			db
				.delete(facts)
				.where(
					and(
						eq(facts.articleId, article.id),
						ne(facts.generationId, generationId),
						notInArray(facts.id, db.select({ id: questions.factId }).from(questions))
					)
				)
		]
	};
}

/**
 * Generates and stores the article's facts and questions, in one batch (see `planGeneration`).
 * Returns how many questions the generator made.
 */
export async function regenerate(
	db: Database,
	article: Pick<Article, 'id' | 'body'>,
	now = new Date()
): Promise<number> {
	const plan = await planGeneration(db, article, now);
	await db.batch(plan.statements);
	return plan.questionCount;
}

/**
 * Makes sure the article has questions from the current generator version: generates them the
 * first time, and again (retiring the old ones) when the generator has changed since.
 */
export async function ensureGenerated(
	db: Database,
	article: Pick<Article, 'id' | 'body'>,
	now = new Date()
): Promise<'current' | 'generated'> {
	const latest = await latestGeneration(db, article.id);
	if (latest?.version === GENERATOR_VERSION) return 'current';
	await regenerate(db, article, now);
	return 'generated';
}

/** The article's active questions, in the generator's order. */
export async function listActive(db: Database, articleId: string): Promise<StoredQuestion[]> {
	return db
		.select()
		.from(questions)
		.where(and(eq(questions.articleId, articleId), eq(questions.status, 'active')))
		.orderBy(asc(questions.position));
}

/** How many active questions the article has. */
export async function countActive(db: Database, articleId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)` })
		.from(questions)
		.where(and(eq(questions.articleId, articleId), eq(questions.status, 'active')));
	return row?.n ?? 0;
}

/** One question, active or retired, or undefined. */
export async function read(db: Database, id: string): Promise<StoredQuestion | undefined> {
	const [row] = await db.select().from(questions).where(eq(questions.id, id)).limit(1);
	return row;
}

/** The facts behind the article's active questions, in article order: "Key facts" to study first. */
export async function keyFacts(db: Database, articleId: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ statement: facts.statement, start: facts.start })
		.from(facts)
		.innerJoin(questions, eq(questions.factId, facts.id))
		.where(and(eq(questions.articleId, articleId), eq(questions.status, 'active')))
		.orderBy(asc(facts.start));
	const seen = new Set<string>();
	return rows
		.map((row) => row.statement.trim())
		.filter((statement) => statement && !seen.has(statement) && seen.add(statement));
}

/**
 * At start: every article gets questions from the current generator (the samples on a fresh
 * database, and any article that has none yet or has them from an older generator version).
 * Returns how many articles were (re)generated.
 */
export async function ensureAllGenerated(db: Database, now = new Date()): Promise<number> {
	const all = await db
		.select({ id: articles.id, body: articles.body })
		.from(articles)
		.where(isNull(articles.deletedAt));
	let generated = 0;
	for (const article of all) {
		if ((await ensureGenerated(db, article, now)) === 'generated') generated++;
	}
	return generated;
}

/** What the latest generation turned down and why it fell short, for authors. */
export async function report(db: Database, articleId: string) {
	const latest = await latestGeneration(db, articleId);
	return { rejected: latest?.rejected ?? [], shortfallReason: latest?.shortfallReason ?? null };
}

/** The article's text as the generator normalized it (what question offsets point into). */
export async function articleText(db: Database, articleId: string): Promise<string | undefined> {
	return (await latestGeneration(db, articleId))?.text;
}

/**
 * Where a question's source sentence is in the text: at its stored offsets when the text there is
 * still that sentence, else wherever the sentence now appears, else null.
 */
export function sourceRange(
	text: string,
	question: Pick<StoredQuestion, 'sourceSentence' | 'sourceStart' | 'sourceEnd'>
): { start: number; end: number } | null {
	if (text.slice(question.sourceStart, question.sourceEnd) === question.sourceSentence)
		return { start: question.sourceStart, end: question.sourceEnd };
	const at = text.indexOf(question.sourceSentence);
	return at >= 0 ? { start: at, end: at + question.sourceSentence.length } : null;
}
