// The comprehension kinds through the app: a vocabulary item shows its sentence with the word marked
// before it is answered, and "Show in article" marks every sentence a sequence item rests on. The
// kinds are opt-in, so the article's questions are generated here with them asked by name and
// stored the way the question writer stores them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateQuiz, type QuestionKind } from '../../src/lib/generator';
import * as articleStore from '../../src/lib/server/articles';
import * as attempts from '../../src/lib/server/attempts';
import * as questions from '../../src/lib/server/questions';
import { SAMPLE_TEXTS, sampleArticle } from '../../src/lib/server/samples';
import * as users from '../../src/lib/server/users';
import type { PublicUser } from '../../src/lib/server/users';
import { wordNet } from '../../src/lib/server/wordnet';
import type { Part } from '../../src/lib/quiz/highlight';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import * as quizPage from '../../src/routes/quiz/[attemptId]/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';

const KINDS: QuestionKind[] = ['gap', 'when', 'how-many', 'vocabulary', 'sequence'];
/**
 * The sample on the Panama Canal, which has four dated events, and a paragraph of ours with a word
 * to ask in context ("trembled").
 */
const PANAMA = `${SAMPLE_TEXTS[2]!.trim()}

When the first ship rose in the new lock, the heavy wooden gates trembled and the watching crowd cheered.

In recent years the crowds of sightseers at the old locks have dwindled. Ticket prices doubled, the museum closed and the viewing deck narrowed. Younger visitors now watch the ships on a live camera, and many of the souvenir stalls stand empty for most of the week.`;

let temp: TempDb;
let articleId: string;
let user: PublicUser;
beforeEach(async () => {
	temp = await createTempDb();
	const created = await articleStore.create(temp.db, sampleArticle(PANAMA));
	articleId = created.created ? created.id : '';
	const article = (await articleStore.read(temp.db, articleId))!;
	const result = generateQuiz(article.body, {
		...questions.generateOptions(article),
		kinds: KINDS,
		lexicon: wordNet()
	});
	await questions.store(temp.db, article, result, new Date());
	const made = await users.create(temp.db, { username: 'ada', passwordHash: 'x', role: 'learner' });
	if (!made.created) throw new Error('user not created');
	user = made.user;
});
afterEach(() => temp.cleanup());

/** Takes the whole quiz, calling `look` with each question's item and quiz page data. */
async function takeQuiz(
	attemptId: string,
	look: (item: attempts.Item, question: { stem: string; passage: Part[] | null }) => void
): Promise<void> {
	for (;;) {
		const attempt = (await attempts.read(temp.db, attemptId))!;
		if (attempt.finishedAt || attempt.cursor >= attempt.total) return;
		const item = (await attempts.items(temp.db, attemptId))[attempt.cursor]!;
		const page = await outcome(() =>
			quizPage.load(event({ db: temp.db, user, params: { attemptId } }))
		);
		look(
			item,
			(page as { data: { question: { stem: string; passage: Part[] | null } } }).data.question
		);
		await attempts.recordAnswer(temp.db, attempt, item.id, item.answerIndex, new Date());
		await attempts.advance(temp.db, attempt, attempt.cursor, new Date());
	}
}

describe('comprehension kinds in the app', () => {
	it('shows a vocabulary item with its sentence, the word asked about marked', async () => {
		const stored = await questions.listActive(temp.db, articleId);
		expect(stored.some((q) => q.kind === 'vocabulary')).toBe(true);
		const id = (await attempts.start(temp.db, {
			userId: user.id,
			articleId,
			length: 'all',
			now: new Date()
		}))!;
		const kinds = new Map(stored.map((q) => [q.id, q.kind]));
		let seen = 0;
		await takeQuiz(id, (item, question) => {
			if (kinds.get(item.questionId) !== 'vocabulary') {
				expect(question.passage).toBeNull();
				return;
			}
			seen++;
			// The sentence, whole, with one marked word: the word the stem quotes.
			expect(question.passage?.map((p) => p.text).join('')).toBe(item.sourceSentence);
			const marked = question.passage?.filter((p) => p.marked) ?? [];
			expect(marked).toHaveLength(1);
			expect(question.stem).toContain(`"${marked[0]!.text}"`);
			// The options are meanings, not the word itself.
			expect(item.options).not.toContain(marked[0]!.text);
		});
		expect(seen).toBe(1);
	});

	it('"Show in article" marks every sentence a sequence item rests on', async () => {
		const stored = await questions.listActive(temp.db, articleId);
		const sequence = stored.find((q) => q.kind === 'sequence');
		// The key's sentence and the other three events', and the anchor's of "Which of these
		// happened after the canal opened?" (the article's id seeds which item is asked).
		const anchored = /^Which of these happened (after|before) /.test(sequence?.stem ?? '');
		expect(sequence?.evidence).toHaveLength(anchored ? 4 : 3);
		const page = await outcome(() =>
			articlePage.load(
				event({
					db: temp.db,
					user,
					params: { id: articleId },
					url: `http://localhost/articles/${articleId}?highlight=${sequence!.id}`
				})
			)
		);
		const data = (
			page as { data: { article: { text: string }; highlight: { start: number; end: number }[] } }
		).data;
		const marked = data.highlight.map(({ start, end }) => data.article.text.slice(start, end));
		expect(marked).toHaveLength(anchored ? 5 : 4);
		expect(marked).toContain(sequence!.sourceSentence);
		if (anchored) expect(marked.join(' ')).toContain('The canal opened on August 15, 1914');
		// In article order, and each a sentence the item's options come from.
		expect([...data.highlight].sort((a, b) => a.start - b.start)).toEqual(data.highlight);
		const sentences = marked.join(' ').toLowerCase();
		for (const option of sequence!.options)
			expect(sentences).toContain(option.toLowerCase().split(' ').slice(-2).join(' '));
	});
});
