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

describe.skipIf(!present)('dev corpus quality', () => {
	it('has no hard failures and every article gets questions', () => {
		const dir = mkdtempSync(join(tmpdir(), 'quizwright-corpus-'));
		const args: string[] = [];
		for (const f of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
			const path = join(corpus, f);
			const r = generateQuiz(readFileSync(path, 'utf8'), { count: 50, seed: 1 });
			const out = join(dir, `${f}.json`);
			writeFileSync(out, JSON.stringify({ questions: r.questions }));
			args.push(path, out);
		}
		const res = spawnSync('node', [quality, ...args], { encoding: 'utf8' });
		const { summary } = JSON.parse(res.stdout) as {
			summary: { hardFailPct: number; softFlagPct: number };
		};
		expect(summary.hardFailPct).toBe(0);
		expect(summary.softFlagPct).toBeLessThanOrEqual(5);
	});
});
