import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, playwrightChromium } from './src/cli/ensure-chromium.js';
import { ADMIN_STATE } from './tests/e2e/helpers';

const port = Number(process.env.E2E_PORT ?? 4173);
// Every run starts the built app on a fresh, empty database: the samples are added at first start.
// Workers load this file too (they have TEST_WORKER_INDEX): only the main process makes the folder,
// and tests/e2e/teardown.ts removes it after the run.
if (!process.env.E2E_DATABASE_URL && !process.env.TEST_WORKER_INDEX) {
	process.env.QUIZWRIGHT_E2E_DIR ??= mkdtempSync(join(tmpdir(), 'quizwright-e2e-'));
}
const databaseUrl =
	process.env.E2E_DATABASE_URL ?? `file:${join(process.env.QUIZWRIGHT_E2E_DIR ?? '', 'e2e.db')}`;
// The Chromium src/cli/ensure-chromium.js found or installed before the run: CHROMIUM_PATH, else
// Debian's /usr/bin/chromium, else Playwright's own download (which Playwright finds by itself).
const chromium = findChromium({ env: process.env, exists: existsSync, playwrightChromium });
const executablePath =
	chromium?.source === 'playwright' ? undefined : (chromium?.path ?? process.env.CHROMIUM_PATH);

export default defineConfig({
	testDir: 'tests/e2e',
	globalTeardown: './tests/e2e/teardown.ts',
	fullyParallel: true,
	workers: 2,
	// One retry on CI, reported as flaky rather than hidden: a busy 2-core runner occasionally loses a race.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	// Adding an article writes its questions before the redirect: on a busy 2-core machine that can
	// take longer than Playwright's default 5 s wait.
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	// The first admin is made once, through the UI, by tests/e2e/admin.setup.ts; the other tests
	// start signed in as that admin, or sign in or up themselves in a fresh context.
	projects: [
		{ name: 'setup', testMatch: /admin\.setup\.ts$/ },
		{
			name: 'app',
			dependencies: ['setup'],
			testIgnore: /responsive\.test\.ts$/,
			use: { storageState: ADMIN_STATE }
		},
		// Timing another request while questions are written: run last, on a machine no other test
		// keeps busy, so what it measures is the app.
		{ name: 'quiet', dependencies: ['app'], testMatch: /responsive\.test\.ts$/ }
	],
	webServer: {
		command: 'npm run build && node build',
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: false,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATABASE_URL: databaseUrl,
			// Uploads of 2 MiB files, as `npm start` allows.
			BODY_SIZE_LIMIT: '10M',
			// The import tests serve their pages from a server on loopback.
			IMPORT_ALLOW_HOSTS: '127.0.0.1',
			// Lets tests/e2e/progress.test.ts move the clock forward with a cookie (clock.ts).
			QUIZWRIGHT_TEST_CLOCK: '1'
		}
	}
});
