// Runs the shared quality checks (../shared/tools/quality.mjs) over the dev corpus: no hard failures.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateQuiz } from '../../../src/lib/generator/index';

const corpus = '../shared/corpus/dev';
const quality = '../shared/tools/quality.mjs';
const present = existsSync(corpus) && existsSync(quality);
if (!present) console.warn(`corpus test skipped: ${corpus} or ${quality} not found`);

/**
 * The share of questions with a soft flag (a known weakness: an invented name, long near-identical
 * options, a year far from the article, a key that shares most with the other options), as
 * measured when the checker learnt those flags (generator 0.3.2). A ratchet: these figures may
 * only go down as the generator improves; never raise them, and never loosen the shared checker.
 */
const MAX_SOFT_FLAG_PCT: Record<number, number> = { 10: 17.6, 50: 17.2 };

interface Summary {
	articlesWithNoQuestions: number;
	hardFailPct: number;
	softFlagPct: number;
}

function checkCorpus(count: number): Summary {
	const dir = mkdtempSync(join(tmpdir(), 'quizwright-corpus-'));
	const args: string[] = [];
	for (const f of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
		const path = join(corpus, f);
		const r = generateQuiz(readFileSync(path, 'utf8'), { count, seed: 1 });
		const out = join(dir, `${f}.json`);
		writeFileSync(out, JSON.stringify({ questions: r.questions }));
		args.push(path, out);
	}
	const res = spawnSync('node', [quality, ...args], { encoding: 'utf8' });
	return (JSON.parse(res.stdout) as { summary: Summary }).summary;
}

describe.skipIf(!present)('dev corpus quality', () => {
	it.each([10, 50])(
		'has no hard failures at count %i, every article gets questions, soft flags held',
		(count) => {
			const summary = checkCorpus(count);
			expect(summary.hardFailPct).toBe(0);
			expect(summary.articlesWithNoQuestions).toBe(0);
			expect(summary.softFlagPct).toBeLessThanOrEqual(MAX_SOFT_FLAG_PCT[count] ?? 0);
		}
	);
});
