import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The generator must stay pure (no framework, database or I/O) so it runs anywhere, even in the
// browser. This checks that the lint rule guarding it really fires. The probe is a .js path so the
// parser needs no tsconfig entry for a file that does not exist.
describe('the generator purity guard', () => {
	const eslint = new ESLint();
	it.each([
		"import { env } from '$env/dynamic/private';",
		"import { page } from '$app/state';",
		"import { createDb } from '$lib/server/db';",
		"import { mount } from 'svelte';",
		"import { eq } from 'drizzle-orm';",
		"import { createClient } from '@libsql/client';",
		"import { readFileSync } from 'node:fs';"
	])('rejects %s under src/lib/generator', async (line) => {
		const [result] = await eslint.lintText(`${line}\nexport const x = 1;\n`, {
			filePath: 'src/lib/generator/guard-probe.js'
		});
		const rules = result?.messages.map((m) => m.ruleId);
		expect(rules).toContain('no-restricted-imports');
	});

	it('rejects a generator function over 80 lines, and takes one of 80', async () => {
		const body = (lines: number) => `export function f() {\n${'\tf();\n'.repeat(lines - 2)}}\n`;
		const rulesFor = async (code: string) =>
			(
				await eslint.lintText(code, { filePath: 'src/lib/generator/guard-probe.js' })
			)[0]?.messages.map((m) => m.ruleId);
		expect(await rulesFor(body(81))).toContain('max-lines-per-function');
		expect(await rulesFor(body(80))).not.toContain('max-lines-per-function');
	});

	it('allows the same imports outside the generator', async () => {
		const [result] = await eslint.lintText(
			"import { eq } from 'drizzle-orm';\nexport const x = eq;\n",
			{
				filePath: 'src/lib/server/guard-probe.js'
			}
		);
		expect(result?.messages.map((m) => m.ruleId)).not.toContain('no-restricted-imports');
	});
});

// The layers point down (README, Architecture): these check that the lint rules guarding them fire.
describe('the layer guards', () => {
	const eslint = new ESLint();
	const rulesFor = async (code: string, filePath: string) => {
		const [result] = await eslint.lintText(`${code}\nexport const x = 1;\n`, { filePath });
		return result?.messages.map((m) => m.ruleId) ?? [];
	};

	it.each([
		['src/routes/probe/+page.server.js', "import { eq } from 'drizzle-orm';"],
		['src/routes/probe/+page.server.js', "import { createClient } from '@libsql/client';"],
		['src/routes/probe/+page.server.js', "import { createDb } from '$lib/server/db';"],
		['src/routes/probe/+page.server.js', "import { articles } from '$lib/server/db/schema';"],
		['src/routes/probe/+page.server.js', "import { generateQuiz } from '$lib/generator';"],
		['src/lib/components/probe.js', "import { parseText } from '$lib/generator/stages/2-parse';"],
		['src/lib/quiz/probe.js', "import { eq } from 'drizzle-orm';"],
		['src/lib/server/probe.js', "import { generateQuiz } from '$lib/generator';"],
		[
			'src/lib/server/probe.js',
			"import { buildCandidates } from '$lib/generator/stages/4-questions';"
		],
		['src/lib/server/probe.js', "import { extractFacts } from '$lib/generator/stages/3-facts';"],
		['src/lib/server/probe.js', "import { shuffle } from '$lib/generator/random-extra';"]
	])('rejects in %s: %s', async (filePath, line) => {
		expect(await rulesFor(line, filePath)).toContain('@typescript-eslint/no-restricted-imports');
	});

	it.each([
		['src/lib/quiz/probe.js', "import { shuffle } from '$lib/generator/random';"],
		['src/lib/server/probe.js', "import { GENERATOR_VERSION } from '$lib/generator/version';"],
		[
			'src/lib/server/probe.js',
			"import { normalizeText } from '$lib/generator/stages/1-normalize';"
		],
		['src/lib/server/probe.js', "import { eq } from 'drizzle-orm';"],
		['src/lib/server/probe.js', "export const load = () => import('$lib/generator');"]
	])('allows in %s: %s', async (filePath, line) => {
		expect(await rulesFor(line, filePath)).not.toContain(
			'@typescript-eslint/no-restricted-imports'
		);
	});

	it.each(['src/lib/server/probe.js', 'src/routes/probe/+page.server.js', 'src/hooks.server.js'])(
		'rejects reading the real time in %s: `now` comes from clock.now(event)',
		async (filePath) => {
			expect(await rulesFor('export const when = () => new Date();', filePath)).toContain(
				'no-restricted-syntax'
			);
			expect(await rulesFor('export const then = () => new Date(0);', filePath)).not.toContain(
				'no-restricted-syntax'
			);
		}
	);

	it.each(['tests/unit/probe.test.js', 'tests/integration/probe.test.js'])(
		'rejects a mocked module or a stubbed global in %s: test files share modules (isolate: false)',
		async (filePath) => {
			for (const call of [
				"vi.mock('node:fs');",
				"vi.stubEnv('TZ', 'UTC');",
				'vi.stubGlobal("x", 1);'
			])
				expect(await rulesFor(`import { vi } from 'vitest';\n${call}`, filePath)).toContain(
					'no-restricted-properties'
				);
			expect(await rulesFor("import { vi } from 'vitest';\nvi.fn();", filePath)).not.toContain(
				'no-restricted-properties'
			);
		}
	);
});
