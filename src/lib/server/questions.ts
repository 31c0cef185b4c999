import { and, asc, desc, eq, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Fact, GenerateOptions, GenerationResult, Question } from '$lib/generator';
import { GENERATOR_VERSION } from '$lib/generator/version';
import { hashString } from '$lib/generator/random';
import { isAskableKind } from '$lib/generator/skills';
import { locateAnswer } from '$lib/quiz/highlight';
import type { Database } from './db';
import {
	articles,
	attemptItems,
	facts,
	generationFailures,
	generations,
	questions
} from './db/schema';
import type { Article, StoredQuestion } from './db/types';
import { newId } from './ids';

export type { StoredQuestion };

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
 * The generator, loaded the first time an article needs questions in this thread (the CLI and
 * tests; the server writes them in a worker, see question-writer.ts): compromise's lexicon is tens of
 * megabytes that a server only serving quizzes never needs.
 */
function loadGenerator() {
	return import('$lib/generator');
}

/** What writing an article's questions needs of it: its id, text and the kinds its author asked for. */
export type ArticleToWrite = Pick<Article, 'id' | 'title' | 'body'> &
	Partial<Pick<Article, 'askedKinds'>>;

/**
 * How the generator is asked for an article's questions: the same article always gets the same,
 * with the comprehension kinds its author asked for on top of the default ones.
 */
export function generateOptions(article: Omit<ArticleToWrite, 'body'>): GenerateOptions {
	const alsoAsk = (article.askedKinds ?? []).filter(isAskableKind);
	return {
		count: QUESTIONS_PER_ARTICLE,
		seed: seedOf(article.id),
		// Stored bodies are plain text (intake extracts it from HTML): a literal "<script>" stays words.
		markup: 'keep',
		...(alsoAsk.length > 0 ? { alsoAsk } : {}),
		// Stored apart from the body: main idea and stems read the article's subject from it.
		title: article.title
	};
}

/** Runs the generator on the article in this thread. */
export async function generateHere(article: ArticleToWrite) {
	const { generateQuiz } = await loadGenerator();
	const { wordNet } = await import('./wordnet');
	return generateQuiz(article.body, { ...generateOptions(article), lexicon: wordNet() });
}

/** What storing one run of the generator will write, and what it made: see `planGeneration`. */
export interface GenerationPlan {
	statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];
	questionCount: number;
	shortfallReason: string | null;
}

/**
 * The statements that store one run of the generator on the article (its generation, facts and
 * questions), for the caller to put in one batch. Questions of earlier generations that any attempt
 * holds are retired, never deleted; the others are removed with their facts, except questions an
 * author edited or wrote, which stay. A failure recorded for the article is cleared.
 */
export function planGeneration(
	db: Database,
	article: Omit<ArticleToWrite, 'body'>,
	result: GenerationResult,
	now: Date
): GenerationPlan {
	const seed = seedOf(article.id);
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
			evidence: question.evidence?.map(({ start, end }) => ({ start, end })) ?? null,
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
				askedKinds: [...(article.askedKinds ?? [])],
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
				),
			db.delete(generationFailures).where(eq(generationFailures.articleId, article.id))
		]
	};
}

/** Stores one run of the generator on the article, in one batch. Returns how many questions it made. */
export async function store(
	db: Database,
	article: Omit<ArticleToWrite, 'body'>,
	result: GenerationResult,
	now: Date
): Promise<number> {
	const plan = planGeneration(db, article, result, now);
	await db.batch(plan.statements);
	return plan.questionCount;
}

/**
 * Generates (in this thread) and stores the article's facts and questions, in one batch.
 * Returns how many questions the generator made.
 */
export async function regenerate(
	db: Database,
	article: ArticleToWrite,
	now: Date
): Promise<number> {
	return store(db, article, await generateHere(article), now);
}

/**
 * Makes sure the article has questions from the current generator version, in this thread:
 * generates them the first time, and again (retiring the old ones) when the generator has changed.
 */
export async function ensureGenerated(
	db: Database,
	article: ArticleToWrite,
	now: Date
): Promise<'current' | 'generated'> {
	const latest = await latestGeneration(db, article.id);
	if (latest?.version === GENERATOR_VERSION) return 'current';
	await regenerate(db, article, now);
	return 'generated';
}

/** Records why the generator could not write the article's questions, at this generator version. */
export async function recordFailure(
	db: Database,
	articleId: string,
	message: string,
	now: Date
): Promise<void> {
	const row = { articleId, version: GENERATOR_VERSION, message, failedAt: now };
	await db
		.insert(generationFailures)
		.values(row)
		.onConflictDoUpdate({ target: generationFailures.articleId, set: row });
}

/** Forgets why the generator failed on the article: its page says "Writing questions…" again. */
export async function clearFailure(db: Database, articleId: string): Promise<void> {
	await db.delete(generationFailures).where(eq(generationFailures.articleId, articleId));
}

/**
 * Where the article's questions stand: `writing` until the first generation is stored, `failed` (with
 * why) when the current generator could not write them, else `ready` (questions from an older
 * generator version serve until the new ones are written).
 */
export async function writingState(
	db: Database,
	articleId: string
): Promise<{ state: 'writing' | 'ready' } | { state: 'failed'; message: string }> {
	const [failure] = await db
		.select()
		.from(generationFailures)
		.where(
			and(
				eq(generationFailures.articleId, articleId),
				eq(generationFailures.version, GENERATOR_VERSION)
			)
		)
		.limit(1);
	if (failure) return { state: 'failed', message: failure.message };
	const latest = await latestGeneration(db, articleId);
	// Just after an author changed the kinds asked for, the questions are being written again.
	const asked = latest && (await askedKinds(db, articleId));
	return { state: latest && sameKinds(latest.askedKinds, asked ?? []) ? 'ready' : 'writing' };
}

/** The comprehension kinds the article's author asked for (stored in ASKABLE_KINDS order). */
async function askedKinds(db: Database, articleId: string): Promise<string[]> {
	const [row] = await db
		.select({ askedKinds: articles.askedKinds })
		.from(articles)
		.where(eq(articles.id, articleId))
		.limit(1);
	return row?.askedKinds ?? [];
}

const sameKinds = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((kind, i) => kind === b[i]);

/** An article's id and text, for writing its questions; undefined once it is deleted. */
export async function readForWriting(
	db: Database,
	articleId: string
): Promise<ArticleToWrite | undefined> {
	const [row] = await db
		.select({
			id: articles.id,
			title: articles.title,
			body: articles.body,
			askedKinds: articles.askedKinds
		})
		.from(articles)
		.where(and(eq(articles.id, articleId), isNull(articles.deletedAt)))
		.limit(1);
	return row;
}

/**
 * Whether the article's latest questions come from the current generator version, asked for the
 * kinds its author chose.
 */
export async function isCurrent(db: Database, articleId: string): Promise<boolean> {
	const latest = await latestGeneration(db, articleId);
	if (latest?.version !== GENERATOR_VERSION) return false;
	return sameKinds(latest.askedKinds, await askedKinds(db, articleId));
}

/**
 * The articles whose questions are missing, come from an older generator version or were asked for
 * other kinds than the author's, oldest first, less those the current version already failed on.
 */
export async function outdatedArticleIds(db: Database): Promise<string[]> {
	const current = db
		.select({ id: generations.articleId })
		.from(generations)
		.innerJoin(
			articles,
			and(
				eq(articles.id, generations.articleId),
				sql`${generations.askedKinds} = ${articles.askedKinds}`
			)
		)
		.where(eq(generations.version, GENERATOR_VERSION));
	const failed = db
		.select({ id: generationFailures.articleId })
		.from(generationFailures)
		.where(eq(generationFailures.version, GENERATOR_VERSION));
	const rows = await db
		.select({ id: articles.id })
		.from(articles)
		.where(
			and(
				isNull(articles.deletedAt),
				notInArray(articles.id, current),
				notInArray(articles.id, failed)
			)
		)
		.orderBy(asc(articles.createdAt), asc(articles.id));
	return rows.map((row) => row.id);
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
 * Every article gets questions from the current generator, in this thread (the CLI and tests; the
 * server does this in the background, see question-writer.ts). Returns how many were (re)generated.
 */
export async function ensureAllGenerated(db: Database, now: Date): Promise<number> {
	const all = await db
		.select({ id: articles.id, title: articles.title, body: articles.body })
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

/**
 * Every sentence "Show in article" marks for a question, in article order: its source and the
 * further sentences its answer rests on (a sequence's events, an evidence item's sentences). None
 * when the source is no longer in the text; the further ones only while the source is where it was
 * stored (their offsets are into the text the question was made from).
 */
export function sourceRanges(
	text: string,
	question: Pick<StoredQuestion, 'sourceSentence' | 'sourceStart' | 'sourceEnd' | 'evidence'>
): { start: number; end: number }[] {
	const source = sourceRange(text, question);
	if (!source) return [];
	const unmoved = source.start === question.sourceStart;
	const further = (unmoved ? (question.evidence ?? []) : []).filter(
		(r) => r.start >= 0 && r.end <= text.length && r.end > r.start
	);
	return [source, ...further].sort((a, b) => a.start - b.start);
}
