// The generator section of `npm run bench`: speed per article and per word on the development
// corpus (../shared/corpus/dev), or on the app's own sample articles when that folder is missing.
// The bare-parse baseline is `nlp(text)` of compromise's tagger build ("two", as the generator
// uses) plus the offset and root computations, the minimum the parse stage needs from compromise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise/two';
import { generateQuiz } from '../lib/generator/index';

export interface GeneratorFigures {
	wordsPerSecond: number;
	msPer1000Words: number;
	ratioToBareParse: number;
	medianMsPerArticle: number;
	medianWordsPerArticle: number;
	ms10k: number;
	ms100k: number;
	linearity: number;
	/** Where the articles came from, and how many there were. */
	corpus: string;
	articles: number;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** The median of a list of numbers (0 for none). */
export const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
};

function time(fn: () => unknown, runs: number): number {
	const t: number[] = [];
	for (let i = 0; i < runs; i++) {
		const s = performance.now();
		fn();
		t.push(performance.now() - s);
	}
	return median(t);
}

const bareParse = (text: string) => {
	const doc = nlp(text);
	doc.compute('offset');
	doc.compute('root');
};

/** Repeats the corpus until the text has about n words. */
function makeText(articles: string[], n: number): string {
	const parts: string[] = [];
	let count = 0;
	for (let i = 0; count < n; i++) {
		const a = articles[i % articles.length] as string;
		parts.push(a);
		count += words(a);
	}
	return parts.join('\n\n');
}

/** The .txt files of the first folder that exists: the corpus, else the app's sample articles. */
function readCorpus(dirs: string[]): { dir: string; articles: string[] } {
	const dir = dirs.find((d) => existsSync(d));
	if (!dir) throw new Error(`no corpus found in ${dirs.join(' or ')}`);
	const articles = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(resolve(dir, f), 'utf8'));
	return { dir, articles };
}

/** Times the generator on the corpus: per article, per word on 10k and 100k words, against a bare parse. */
export function generatorSection(root: string): GeneratorFigures {
	const corpus = resolve(root, '../shared/corpus/dev');
	const samples = resolve(root, 'src/lib/server/samples');
	const { dir, articles } = readCorpus([corpus, samples]);
	if (dir !== corpus) console.error(`bench: ${corpus} not found; using the sample articles`);
	for (const a of articles) generateQuiz(a, { count: 10 }); // warm-up
	const perArticle = articles.map((a) => time(() => generateQuiz(a, { count: 10 }), 3));
	const big = makeText(articles, 100_000);
	const small = makeText(articles, 10_000);
	generateQuiz(small);
	const ms100k = time(() => generateQuiz(big, { count: 10 }), 2);
	const ms10k = time(() => generateQuiz(small, { count: 10 }), 3);
	const bare = time(() => bareParse(big), 2);
	const w = words(big);
	return {
		wordsPerSecond: Math.round((w / ms100k) * 1000),
		msPer1000Words: Math.round((ms100k / w) * 1000 * 100) / 100,
		ratioToBareParse: Math.round((ms100k / bare) * 100) / 100,
		medianMsPerArticle: Math.round(median(perArticle) * 10) / 10,
		medianWordsPerArticle: median(articles.map(words)),
		ms10k: Math.round(ms10k),
		ms100k: Math.round(ms100k),
		linearity: Math.round((ms100k / words(big) / (ms10k / words(small))) * 100) / 100,
		corpus: dir === corpus ? '../shared/corpus/dev' : 'src/lib/server/samples',
		articles: articles.length
	};
}
