// Benchmark: npm run bench [-- --json]. Sections are functions so the web part can be added later.
// The bare-parse baseline is `nlp(text)` plus the offset and root computations, which is the
// minimum the generator's parse stage needs from compromise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { generateQuiz } from '../lib/generator/index';

interface GeneratorFigures {
	wordsPerSecond: number;
	msPer1000Words: number;
	ratioToBareParse: number;
	medianMsPerArticle: number;
	medianWordsPerArticle: number;
	ms10k: number;
	ms100k: number;
	linearity: number;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const median = (xs: number[]) => {
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

function generatorSection(dir: string): GeneratorFigures | undefined {
	if (!existsSync(dir)) {
		console.error(`bench: ${dir} not found; skipping the generator section`);
		return undefined;
	}
	const articles = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(resolve(dir, f), 'utf8'));
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
		linearity: Math.round((ms100k / words(big) / (ms10k / words(small))) * 100) / 100
	};
}

const json = process.argv.includes('--json');
const generator = generatorSection(resolve(process.cwd(), '../shared/corpus/dev'));
if (json) console.log(JSON.stringify({ ...(generator ? { generator } : {}) }));
else if (generator) {
	console.log('generator');
	console.log(`  words/second (100k-word text): ${generator.wordsPerSecond}`);
	console.log(`  ms per 1000 words: ${generator.msPer1000Words}`);
	console.log(
		`  median ms per article: ${generator.medianMsPerArticle} (median ${generator.medianWordsPerArticle} words)`
	);
	console.log(`  ratio to bare compromise parse: ${generator.ratioToBareParse}`);
	console.log(
		`  10k words: ${generator.ms10k} ms, 100k words: ${generator.ms100k} ms, per-word cost ratio ${generator.linearity} (1 = linear)`
	);
}
