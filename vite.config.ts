import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
// (.js: Vite's config loader wants an extension; it finds tests/sqld.ts.)
import { checkSqld } from './tests/sqld.js';

const SERVER_TESTS = 'tests/integration/**/*.test.ts';

// The server suite runs twice: on an embedded SQLite file, and over HTTP on sqld (libsql-server),
// the way several app servers share one database. Where sqld cannot run (checked only when vitest
// loads this file), that project holds a single skipped test naming the reason instead.
const sqld = process.env.VITEST ? checkSqld() : undefined;

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		// Vitest's default is one worker less than the cores: on our 2-core machines, one. Two workers
		// took the whole run from 588 s to 436 s (the server tests wait on SQLite and sqld).
		maxWorkers: 2,
		// Each worker loads the modules once for all its files instead of once a file: the whole run
		// went from 434 s to 234 s (imports from 205 s to 26 s). It asks the tests to leave module
		// state as they found it; none mocks a module or stubs a global (lint forbids it).
		isolate: false,
		// Vitest empties CSS imports unless told otherwise; the server's own pages inline the theme.
		css: { include: [/theme\.css/] },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.{test,spec}.ts', 'tests/unit/**/*.test.ts'] }
			},
			{
				extends: true,
				test: {
					name: 'integration:file',
					include: [SERVER_TESTS],
					env: { QUIZWRIGHT_TEST_DB: 'file' }
				}
			},
			{
				extends: true,
				test: {
					name: 'integration:sqld',
					include: sqld?.ok === false ? ['tests/sqld-unavailable.test.ts'] : [SERVER_TESTS],
					env: { QUIZWRIGHT_TEST_DB: 'sqld' },
					// A busy machine can slow a server's start; its own deadline is 10 s (tests/sqld.ts).
					hookTimeout: 30_000,
					globalSetup: ['tests/sqld-setup.ts']
				}
			}
		]
	}
});
