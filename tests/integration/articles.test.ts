import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/generator/input';
import * as articles from '../../src/lib/server/articles';
import { SAMPLE_TEXTS, sampleArticle, seedSamples } from '../../src/lib/server/samples';
import { createTempDb, type TempDb } from './temp-db';

let temp: TempDb;
beforeEach(async () => {
	temp = await createTempDb();
});
afterEach(() => temp.cleanup());

const article = {
	title: 'The lighthouse keepers',
	body: 'Skerryvore lighthouse was finished in 1844.\n\nIts keepers lived on the rock for weeks at a time.'
};

describe('the article library', () => {
	it('stores an article and reads it back with its word count and hash', async () => {
		const result = await articles.create(temp.db, { ...article, source: 'paste' });
		expect(result.created).toBe(true);
		const id = result.created ? result.id : '';
		const stored = await articles.read(temp.db, id);
		expect(stored).toMatchObject({ title: article.title, source: 'paste', wordCount: 17 });
		expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored?.createdAt).toBeInstanceOf(Date);
	});

	it('answers undefined for an id it does not hold', async () => {
		expect(await articles.read(temp.db, 'no-such-article')).toBeUndefined();
	});

	it('finds a re-pasted copy as a duplicate, whatever its spacing, line endings or case', async () => {
		const first = await articles.create(temp.db, article);
		const again = await articles.create(temp.db, {
			title: 'Another title',
			body: `  ${article.body.toUpperCase().replace(/\n/g, '\r\n').replace(/ /g, '  ')}  `
		});
		expect(first.created).toBe(true);
		expect(again).toEqual({ created: false, duplicateOf: first.created ? first.id : '' });
		expect(await articles.count(temp.db)).toBe(1);
	});

	it('lists the library newest first, without bodies', async () => {
		await articles.create(temp.db, article);
		await new Promise((resolve) => setTimeout(resolve, 5));
		await articles.create(temp.db, { title: 'Newer', body: 'A different text entirely.' });
		const list = await articles.list(temp.db);
		expect(list.map((a) => a.title)).toEqual(['Newer', article.title]);
		expect(list[0]).not.toHaveProperty('body');
	});

	it('adds the three samples to an empty library, once', async () => {
		expect(await seedSamples(temp.db)).toBe(3);
		expect(await seedSamples(temp.db)).toBe(0);
		const titles = (await articles.list(temp.db)).map((a) => a.title);
		expect(titles).toHaveLength(3);
		expect(titles).toContain(
			'Pentagon halts offensive cyber operations against Russia, officials say'
		);
	});

	it('leaves a library that already has articles alone', async () => {
		await articles.create(temp.db, article);
		expect(await seedSamples(temp.db)).toBe(0);
		expect(await articles.count(temp.db)).toBe(1);
	});
});

describe('article text', () => {
	it('splits paragraphs on blank lines, or on lines when there are none', () => {
		expect(articles.paragraphs('A first\nline.\n\nSecond.')).toEqual(['A first line.', 'Second.']);
		expect(articles.paragraphs('One.\nTwo.\n')).toEqual(['One.', 'Two.']);
	});

	it('writes every sample with a title line and at least 300 words of body', () => {
		for (const text of SAMPLE_TEXTS) {
			const sample = sampleArticle(text);
			expect(sample.title.length).toBeGreaterThan(10);
			expect(countWords(sample.body)).toBeGreaterThan(300);
		}
	});
});
