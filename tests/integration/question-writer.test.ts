import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GenerationResult } from '../../src/lib/generator';
import * as articleStore from '../../src/lib/server/articles';
import { generations } from '../../src/lib/server/db/schema';
import {
	createQuestionWriter,
	inlineRunner,
	questionWriter,
	workerRunner,
	type GeneratorRunner
} from '../../src/lib/server/question-writer';
import * as questions from '../../src/lib/server/questions';
import { openDatabase, startWriting } from '../../src/lib/server/startup';
import * as articlePage from '../../src/routes/articles/[id]/+page.server';
import * as statusRoute from '../../src/routes/articles/[id]/status/+server';
import { HARBOUR, TIDE_MILL } from '../fixtures/intake';
import { as, event, outcome } from './request';
import { createTempDb, remote, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

/** Saves an article without queueing it, so each test decides which writer writes it. */
async function saved(title: string, body: string): Promise<string> {
	const [result] = await articleStore.createMany(temp.db, [{ title, body }]);
	if (!result?.created) throw new Error('not created');
	return result.id;
}

/** A runner that fails on the texts it is told to and writes the others in this thread. */
function failingOn(text: string, error = new Error('the tagger broke')): GeneratorRunner {
	const inline = inlineRunner();
	return {
		run: (body, options) => (body === text ? Promise.reject(error) : inline.run(body, options)),
		stop() {}
	};
}

describe('writing questions off the request path', () => {
	it('writes an article’s questions in a worker thread and stores them in one go', async () => {
		const id = await saved('Harbour', HARBOUR);
		expect(await questions.writingState(temp.db, id)).toEqual({ state: 'writing' });
		const writer = createQuestionWriter(temp.db, { runner: workerRunner() });
		writer.enqueue(id);
		await writer.idle();
		expect(await questions.writingState(temp.db, id)).toEqual({ state: 'ready' });
		expect(await questions.countActive(temp.db, id)).toBeGreaterThanOrEqual(3);
		// The same article and seed give the same questions in the worker as in this thread.
		const here = await questions.generateHere({ id, title: 'Harbour', body: HARBOUR });
		const stems = (await questions.listActive(temp.db, id)).map((q) => q.stem);
		expect(stems).toEqual(here.questions.map((q) => q.stem));
	});

	it('records a generator error on its article, logs one line and goes on with the next', async () => {
		const lines: string[] = [];
		const broken = await saved('Harbour', HARBOUR);
		const fine = await saved('Mill', TIDE_MILL);
		const writer = createQuestionWriter(temp.db, {
			runner: failingOn(HARBOUR.trim()),
			log: (line) => lines.push(line)
		});
		writer.enqueue(broken);
		writer.enqueue(fine);
		await writer.idle();
		expect(await questions.writingState(temp.db, broken)).toEqual({
			state: 'failed',
			message: 'the tagger broke'
		});
		expect(lines).toEqual([
			`Quizwright: could not write the questions of article ${broken}: the tagger broke`
		]);
		expect(await questions.writingState(temp.db, fine)).toEqual({ state: 'ready' });
		expect(await questions.countActive(temp.db, fine)).toBeGreaterThan(0);
	});

	it('stops a run that takes longer than its time budget and records why', async () => {
		const id = await saved('Harbour', HARBOUR);
		let stopped = 0;
		const hanging: GeneratorRunner = {
			run: () => new Promise<GenerationResult>(() => {}),
			stop: () => void stopped++
		};
		const writer = createQuestionWriter(temp.db, { runner: hanging, timeoutMs: 50, log: () => {} });
		writer.enqueue(id);
		await writer.idle();
		expect(stopped).toBe(1);
		expect(await questions.writingState(temp.db, id)).toEqual({
			state: 'failed',
			message: 'writing them took longer than 0.05 seconds'
		});
	});

	it('gives the generator the title kept apart from the text: "the bridge" is the one it names', async () => {
		const body = `The engineer Margaret Dunlop designed three granite arches over the River Avenmore.

The bridge opened on 4 May 1901, when a brass band led the first procession across it.`;
		const titled = await saved('The Dunlop Bridge at Avenmore', body);
		const writer = createQuestionWriter(temp.db, { runner: workerRunner() });
		writer.enqueue(titled);
		await writer.idle();
		const stems = (await questions.listActive(temp.db, titled)).map((q) => q.stem);
		expect(stems).toContain(
			'Fill in the blank: The bridge opened on _____, when a brass band led the first procession across it.'
		);
	});

	it('starts a fresh worker after one was stopped in the middle of a run', async () => {
		const runner = workerRunner();
		const options = questions.generateOptions({ id: 'x', title: 'Harbour' });
		const first = runner.run(HARBOUR, options);
		runner.stop();
		await expect(first).rejects.toThrow(/the generator stopped/);
		const second = await runner.run(HARBOUR, options);
		expect(second.questions.length).toBeGreaterThan(0);
		runner.stop();
	});

	it('rewrites only what is missing or older than the generator, and not what failed at this version', async () => {
		const missing = await saved('Harbour', HARBOUR);
		const current = await saved('Mill', TIDE_MILL);
		await questions.regenerate(
			temp.db,
			{ id: current, title: 'Mill', body: TIDE_MILL },
			new Date()
		);
		const old = await saved('Old', `${TIDE_MILL}\n\nA last paragraph of the older copy.`);
		await questions.regenerate(temp.db, { id: old, title: 'Old', body: TIDE_MILL }, new Date());
		await temp.db.update(generations).set({ version: '0.0.1' });
		await questions.regenerate(
			temp.db,
			{ id: current, title: 'Mill', body: TIDE_MILL },
			new Date()
		);
		const failed = await saved('Failed', `${HARBOUR}\n\nOne more line.`);
		await questions.recordFailure(temp.db, failed, 'the tagger broke', new Date());

		expect(new Set(await questions.outdatedArticleIds(temp.db))).toEqual(new Set([missing, old]));
		const writer = createQuestionWriter(temp.db, { runner: inlineRunner() });
		expect(await writer.writeOutdated()).toBe(2);
		expect(await questions.outdatedArticleIds(temp.db)).toEqual([]);
		expect(await questions.writingState(temp.db, failed)).toMatchObject({ state: 'failed' });
	});

	it('lets an author try again after a failure, which the article page then shows as writing', async () => {
		const id = await saved('Harbour', HARBOUR);
		await questions.recordFailure(temp.db, id, 'the tagger broke', new Date());
		const load = (role: 'learner' | 'author') =>
			outcome(() => articlePage.load(event({ db: temp.db, user: as(role), params: { id } })));
		expect(await load('learner')).toMatchObject({
			kind: 'data',
			data: { writing: { state: 'failed', message: 'the tagger broke' }, questionCount: 0 }
		});
		const retry = (role: 'learner' | 'author') =>
			outcome(() =>
				articlePage.actions.retry(event({ db: temp.db, user: as(role), params: { id } }))
			);
		expect(await retry('learner')).toMatchObject({ kind: 'error', status: 403 });
		expect(await retry('author')).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/articles/${id}`
		});
		await questionWriter(temp.db).idle();
		expect(await load('learner')).toMatchObject({
			kind: 'data',
			data: { writing: { state: 'ready' } }
		});
	});
});

describe('the article’s status, which its page asks while questions are written', () => {
	it('says "writing" until they are stored, then "ready"', async () => {
		const id = await saved('Harbour', HARBOUR);
		const status = async () => {
			const result = await outcome(() =>
				statusRoute.GET(event({ db: temp.db, user: as('learner'), params: { id } }))
			);
			return (await (result as { data: Response }).data.json()) as { state: string };
		};
		expect(await status()).toEqual({ state: 'writing' });
		questionWriter(temp.db).enqueue(id);
		await questionWriter(temp.db).idle();
		expect(await status()).toEqual({ state: 'ready' });
		expect(
			await outcome(() => statusRoute.GET(event({ db: temp.db, user: null, params: { id } })))
		).toMatchObject({ kind: 'redirect' });
	});
});

describe.skipIf(remote)('the database at start', () => {
	it('opens without writing any question, then writes the samples’ in the background', async () => {
		const url = `file:${temp.dir}/start.db`;
		const lines: string[] = [];
		const db = await openDatabase(url, undefined, (line) => lines.push(line));
		try {
			expect(lines).toEqual(['Quizwright: added 3 sample articles to an empty library.']);
			const ids = (await articleStore.list(db)).map((article) => article.id);
			for (const id of ids)
				expect(await questions.writingState(db, id)).toEqual({ state: 'writing' });
			await startWriting(db, (line) => lines.push(line));
			expect(lines.at(-1)).toBe('Quizwright: wrote questions for 3 articles.');
			for (const id of ids) expect(await questions.countActive(db, id)).toBeGreaterThan(3);
		} finally {
			await questionWriter(db).idle();
			db.$client.close();
		}
	});
});
