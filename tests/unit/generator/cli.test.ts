// The CLI refuses bad input with exit code 1 and a single line on stderr, never a stack trace.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
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

	it('refuses a kind it does not know, naming the ones it does', () => {
		const r = run('tests/fixtures/harbour-library.txt', '--kinds', 'riddle');
		expect(r.status).toBe(1);
		expect(r.stderr.trim()).toMatch(/^error: --kinds takes some of .*who-said/);
	});

	it('asks only the kinds named', () => {
		const all = run('tests/fixtures/harbour-library.txt', '--json', '--kinds', 'gap,how-many');
		const gaps = run('tests/fixtures/harbour-library.txt', '--json', '--kinds', 'gap');
		expect(gaps.status).toBe(0);
		const kinds = (r: typeof gaps) =>
			(JSON.parse(r.stdout) as { questions: { kind: string }[] }).questions.map((q) => q.kind);
		expect(kinds(gaps).length).toBeGreaterThan(0);
		expect(kinds(gaps).every((k) => k === 'gap')).toBe(true);
		expect(kinds(all).every((k) => ['gap', 'how-many'].includes(k))).toBe(true);
	});

	it('prints JSON for a good article', () => {
		const r = run('tests/fixtures/harbour-library.txt', '--json', '--count', '3');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as { questions: { options: string[] }[] };
		expect(out.questions.length).toBeGreaterThan(0);
	});

	it('stops quietly when its reader stops early (`| head`)', async () => {
		const child = spawn('npx', [
			'tsx',
			'src/cli/generate.ts',
			'tests/fixtures/harbour-library.txt'
		]);
		let stderr = '';
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		// The reader is gone before the quiz is printed, as `head -1` is by its second line.
		child.stdout.destroy();
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(stderr).not.toMatch(/EPIPE|\bat .+:\d+:\d+/);
		expect(code).toBe(0);
	});
});
