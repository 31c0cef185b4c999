// CLI: npm run eval -- [CORPUS_DIR] [--split checking|tuning] [--counts 10,50] [--seed S]
// The generator's quality on a corpus folder, as the shared tools measure it: the automatic checker's
// summary (../shared/tools/quality.mjs) at each quiz length, and where the folder has SQuAD questions
// (NNN-slug.questions.json) the overlap of generated answers with human ones (answer-overlap.mjs).
// --split keeps only one part of the train corpus's split (tests/eval/train-split.json): tune on
// "tuning", and leave "checking" for blind reviews.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateQuiz } from '../lib/generator/index';

// quality.mjs reads a kind with one of these words as a statement item (its options are sentences).
const STATEMENT_KIND = /statement|true|false|claim|support|comprehension/i;

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tools = process.env.SHARED_TOOLS ?? join(root, '../shared/tools');

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

function parseArgs(argv: string[]) {
	const out = {
		corpus: join(root, '../shared/corpus/dev'),
		split: undefined as 'checking' | 'tuning' | undefined,
		counts: [10, 50],
		seed: '1'
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		if (a === '--split') {
			const s = argv[++i];
			if (s !== 'checking' && s !== 'tuning') fail('error: --split is checking or tuning');
			out.split = s;
		} else if (a === '--counts') {
			out.counts = String(argv[++i]).split(',').map(Number);
			if (!out.counts.every((n) => Number.isInteger(n) && n > 0))
				fail('error: --counts needs positive whole numbers, e.g. 10,50');
		} else if (a === '--seed') out.seed = String(argv[++i]);
		else if (a.startsWith('--')) fail(`error: unknown option ${a}`);
		else out.corpus = resolve(a);
	}
	return out;
}

function runTool(script: string, args: string[]): unknown {
	const res = spawnSync('node', [join(tools, script), ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 28
	});
	if (res.status !== 0) fail(`error: ${script} failed: ${res.stderr.trim().split('\n')[0]}`);
	return JSON.parse(res.stdout);
}

function main() {
	const args = parseArgs(process.argv.slice(2));
	if (!existsSync(join(tools, 'quality.mjs'))) fail(`error: no quality.mjs in ${tools}`);
	let files = readdirSync(args.corpus)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	if (args.split) {
		const split = JSON.parse(readFileSync(join(root, 'tests/eval/train-split.json'), 'utf8')) as {
			checking: string[];
			tuning: string[];
		};
		const keep = new Set(split[args.split]);
		files = files.filter((f) => keep.has(f));
	}
	if (files.length === 0) fail(`error: no articles in ${args.corpus}`);
	const seed = /^\d+$/.test(args.seed) ? Number(args.seed) : args.seed;
	const hasSquad = files.some((f) =>
		existsSync(join(args.corpus, f.replace(/\.txt$/, '.questions.json')))
	);

	console.log(
		`${files.length} articles in ${args.corpus}${args.split ? ` (${args.split} part)` : ''}`
	);
	for (const count of args.counts) {
		const dir = mkdtempSync(join(tmpdir(), 'quizwright-eval-'));
		// The overlap is measured on answers that are spans (statement items' options are sentences).
		const spans = mkdtempSync(join(tmpdir(), 'quizwright-eval-spans-'));
		try {
			const pairs: string[] = [];
			for (const f of files) {
				const path = join(args.corpus, f);
				const { questions } = generateQuiz(readFileSync(path, 'utf8'), { count, seed });
				const out = join(dir, `${basename(f, '.txt')}.json`);
				writeFileSync(out, JSON.stringify({ questions }));
				const spanQuestions = questions.filter((q) => !STATEMENT_KIND.test(q.kind));
				writeFileSync(join(spans, basename(out)), JSON.stringify({ questions: spanQuestions }));
				pairs.push(path, out);
			}
			const { summary } = runTool('quality.mjs', pairs) as { summary: Record<string, unknown> };
			console.log(`\n--count ${count}: quality.mjs`);
			console.log(JSON.stringify(summary, null, 1));
			if (hasSquad) {
				// answer-overlap.mjs reads every .questions.json of a folder: give it only the chosen ones.
				const held = mkdtempSync(join(tmpdir(), 'quizwright-eval-squad-'));
				for (const f of files) {
					const q = join(args.corpus, f.replace(/\.txt$/, '.questions.json'));
					if (existsSync(q)) writeFileSync(join(held, basename(q)), readFileSync(q));
				}
				const all = runTool('answer-overlap.mjs', [dir, held]);
				const nonStatement = runTool('answer-overlap.mjs', [spans, held]);
				rmSync(held, { recursive: true, force: true });
				console.log(
					`--count ${count}: SQuAD answer overlap, non-statement answers ${JSON.stringify(nonStatement)}`
				);
				console.log(`--count ${count}: SQuAD answer overlap, all answers ${JSON.stringify(all)}`);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
			rmSync(spans, { recursive: true, force: true });
		}
	}
}

main();
