// An author asks for comprehension kinds on an article ("Question kinds" on its page): the choice
// is stored, the questions are out of date until the writer has written them again with those
// kinds, and clearing the choice brings back the default quiz.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articleStore from '../../src/lib/server/articles';
import { questionWriter } from '../../src/lib/server/question-writer';
import * as questions from '../../src/lib/server/questions';
import { SAMPLE_TEXTS } from '../../src/lib/server/samples';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import { as, event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';

/** The sample on the Panama Canal (four dated events), and a paragraph of ours with a word to ask. */
const PANAMA = `${SAMPLE_TEXTS[2]!.trim()}

When the first ship rose in the new lock, the heavy wooden gates trembled and the watching crowd cheered.

In recent years the crowds of sightseers at the old locks have dwindled. Ticket prices doubled, the museum closed and the viewing deck narrowed. Younger visitors now watch the ships on a live camera, and many of the souvenir stalls stand empty for most of the week.`;

let temp: TempDb;
let articleId: string;
beforeEach(async () => {
	temp = await createTempDb();
	const added = await articleStore.add(temp.db, { title: 'Panama', body: PANAMA }, new Date());
	articleId = added.created ? added.id : '';
	await questionWriter(temp.db).idle();
});
afterEach(() => temp.cleanup());

const saveKinds = (kinds: string[], role: 'author' | 'learner' = 'author') => {
	const form = new FormData();
	for (const kind of kinds) form.append('kind', kind);
	return outcome(() =>
		articlePage.actions.kinds(
			event({ db: temp.db, user: as(role), form, params: { id: articleId } })
		)
	);
};
const activeKinds = async () =>
	new Set((await questions.listActive(temp.db, articleId)).map((q) => q.kind));
/** What these tests read of the article page. */
interface ArticlePage {
	writing: { state: string };
	askable: { kind: string; asked: boolean }[] | null;
}
const pageData = async () => {
	const page = await outcome(() =>
		articlePage.load(event({ db: temp.db, user: as('author'), params: { id: articleId } }))
	);
	return (page as { data: ArticlePage }).data;
};

describe('question kinds an author asks for', () => {
	it('writes the article again with them, and without them once cleared', async () => {
		expect(await activeKinds()).not.toContain('vocabulary');
		expect(await activeKinds()).not.toContain('sequence');

		// An unknown name is dropped; the choice is stored in the table's order.
		expect(await saveKinds(['vocabulary', 'sequence', 'riddles'])).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/articles/${articleId}`
		});
		expect((await articleStore.read(temp.db, articleId))?.askedKinds).toEqual([
			'sequence',
			'vocabulary'
		]);
		await questionWriter(temp.db).idle();
		expect(await questions.isCurrent(temp.db, articleId)).toBe(true);
		const kinds = await activeKinds();
		expect(kinds).toContain('vocabulary');
		expect(kinds).toContain('sequence');
		// The default quiz's kinds stay.
		expect(kinds).toContain('gap');
		const data = await pageData();
		expect(data.writing).toEqual({ state: 'ready' });
		expect(data.askable?.filter((o) => o.asked).map((o) => o.kind)).toEqual([
			'sequence',
			'vocabulary'
		]);

		await saveKinds([]);
		await questionWriter(temp.db).idle();
		expect(await activeKinds()).not.toContain('vocabulary');
		expect(await activeKinds()).not.toContain('sequence');
		expect((await pageData()).askable?.some((o) => o.asked)).toBe(false);
	});

	it('counts the questions out of date, and the page as writing, until they are written', async () => {
		await articleStore.setAskedKinds(temp.db, articleId, ['main-idea']);
		expect(await questions.isCurrent(temp.db, articleId)).toBe(false);
		expect(await questions.outdatedArticleIds(temp.db)).toEqual([articleId]);
		expect(await questions.writingState(temp.db, articleId)).toEqual({ state: 'writing' });
		// What a restarted server does with it: the writer catches up.
		expect(await questionWriter(temp.db).writeOutdated()).toBe(1);
		expect(await questions.writingState(temp.db, articleId)).toEqual({ state: 'ready' });
		expect(await questions.outdatedArticleIds(temp.db)).toEqual([]);
	});

	it('is an author’s choice: a learner is refused and nothing changes', async () => {
		expect(await saveKinds(['vocabulary'], 'learner')).toMatchObject({
			kind: 'error',
			status: 403
		});
		expect((await articleStore.read(temp.db, articleId))?.askedKinds).toEqual([]);
		expect((await pageData()).askable).not.toBeNull();
		const learnerPage = await outcome(() =>
			articlePage.load(event({ db: temp.db, user: as('learner'), params: { id: articleId } }))
		);
		expect(learnerPage).toMatchObject({ kind: 'data', data: { askable: null } });
	});
});
