// The CLI refuses bad input with exit code 1 and a single line on stderr, never a stack trace.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'quizwright-cli-'));
const file = (name: string, content: string | Buffer) => {
	const p = join(dir, name);
	writeFileSync(p, content);
	return p;
};
const run = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'src/cli/generate.ts', ...args], { encoding: 'utf8', timeout: 30_000 });

describe('generate CLI errors', () => {
	it.each([
		['missing file', join(dir, 'nope.txt')],
		['empty file', file('empty.txt', '')],
		['short text', file('short.txt', 'Only a few words here, not an article.')],
		['binary file', file('bin.dat', Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 0]))],
		[
			'non-English text',
			file(
				'de.txt',
				'Der Hund lief schnell durch den Garten und die Kinder lachten laut. '.repeat(10)
			)
		]
	])('%s exits 1 with one line', (_name, path) => {
		const r = run(path);
		expect(r.status).toBe(1);
		const lines = r.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^error: /);
		expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
	});

	it('prints JSON for a good article', () => {
		const r = run('tests/fixtures/harbour-library.txt', '--json', '--count', '3');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as { questions: { options: string[] }[] };
		expect(out.questions.length).toBeGreaterThan(0);
	});
});
