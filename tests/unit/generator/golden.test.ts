import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateQuiz, GENERATOR_VERSION } from '../../../src/lib/generator';
import { HARBOUR, TIDE_MILL } from '../../fixtures/intake';

// Stored questions are rewritten when GENERATOR_VERSION changes (question-writer.ts), so output that
// changes under the same version leaves learners with questions no generator makes any more. This
// hashes the output on texts written for Quizwright (the samples and the test fixtures, all in the
// repo) and fails when it changes without a new version. After bumping the version, record the new
// output: `UPDATE_GOLDEN=1 npx vitest run tests/unit/generator/golden.test.ts`.

const GOLDEN = 'tests/unit/generator/golden.json';
const SAMPLES = ['apollo-11', 'cyber-pause', 'panama-canal'].map((name) =>
	readFileSync(`src/lib/server/samples/${name}.txt`, 'utf8')
);

/** The generator's whole output on the fixtures, as the server asks for it, hashed. */
function outputHash(): string {
	const hash = createHash('sha256');
	for (const text of [...SAMPLES, HARBOUR, TIDE_MILL])
		for (const markup of ['keep', 'strip'] as const) {
			const result = generateQuiz(text, { count: 30, seed: 7, markup });
			hash.update(JSON.stringify([result.questions, result.rejected, result.facts]));
		}
	return hash.digest('hex').slice(0, 32);
}

describe('the generator’s output', () => {
	it('changes only with a new GENERATOR_VERSION', () => {
		const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as { version: string; hash: string };
		const hash = outputHash();
		if (hash !== golden.hash && GENERATOR_VERSION === golden.version)
			expect.fail(
				`The generator's output changed but GENERATOR_VERSION is still ${golden.version}: bump GENERATOR_VERSION (src/lib/generator/version.ts), then record the output with UPDATE_GOLDEN=1.`
			);
		if (process.env.UPDATE_GOLDEN) {
			expect(hash).toMatch(/^[0-9a-f]{32}$/);
			writeFileSync(
				GOLDEN,
				`${JSON.stringify({ version: GENERATOR_VERSION, hash }, null, '\t')}\n`
			);
			return;
		}
		expect(
			{ version: GENERATOR_VERSION, hash },
			'GENERATOR_VERSION changed: record its output with UPDATE_GOLDEN=1'
		).toEqual(golden);
	});
});
