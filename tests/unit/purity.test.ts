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
