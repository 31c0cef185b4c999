import { rmSync } from 'node:fs';

/** Removes the run's database folder (made in playwright.config.ts), unless one was given. */
export default function teardown(): void {
	const dir = process.env.QUIZWRIGHT_E2E_DIR;
	if (dir) rmSync(dir, { recursive: true, force: true });
}
