import type { Database } from '../db';
import * as articles from '../articles';
import apollo from './apollo-11.txt?raw';
import cyberPause from './cyber-pause.txt?raw';
import panamaCanal from './panama-canal.txt?raw';

/** Sample articles written for Quizwright: the first line is the title, the rest the body. */
export const SAMPLE_TEXTS = [cyberPause, apollo, panamaCanal];

/** A sample text split into the article to store. */
export function sampleArticle(text: string): articles.NewArticle {
	const [title = '', ...rest] = text.trim().split('\n');
	return { title: title.trim(), body: rest.join('\n'), source: 'sample' };
}

/** On an empty library, adds the sample articles, so a first visit has something to read. */
export async function seedSamples(db: Database): Promise<number> {
	// A library whose articles were all deleted is not new: the samples are not added again.
	if ((await articles.count(db, { includeDeleted: true })) > 0) return 0;
	const results = await articles.createMany(db, SAMPLE_TEXTS.map(sampleArticle));
	return results.filter((result) => result.created).length;
}
