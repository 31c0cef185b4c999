// CLI: npm run -s generate -- FILE [--count N] [--seed S] [--kinds K,K] [--json]
// Prints a readable quiz, or the result as JSON. Bad input exits 1 with a one-line reason.
import { readFileSync } from 'node:fs';
// Only the light modules up front: a refused file or option answers before the parser and
// WordNet load (seconds on a busy machine).
import { assessInput } from '../lib/generator/input';
import { SKILL_LABELS } from '../lib/generator/skills';
import { QUESTION_KINDS, type QuestionKind } from '../lib/generator/types';
import { LETTERS } from '../lib/quiz/letters';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

function parseArgs(argv: string[]) {
	const out: {
		file?: string;
		count?: number;
		seed?: string;
		kinds?: QuestionKind[];
		json: boolean;
	} = { json: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		if (a === '--json') out.json = true;
		else if (a === '--count') {
			const n = Number(argv[++i]);
			if (!Number.isInteger(n) || n < 1) fail('error: --count needs a positive whole number');
			out.count = n;
		} else if (a === '--seed') {
			const s = argv[++i];
			if (s === undefined) fail('error: --seed needs a value');
			out.seed = s;
		} else if (a === '--kinds') {
			// "--kinds vocabulary,gap": the kinds to ask, instead of the default mix.
			const kinds = (argv[++i] ?? '').split(',').filter(Boolean);
			const unknown = kinds.find((k) => !(QUESTION_KINDS as readonly string[]).includes(k));
			if (!kinds.length || unknown !== undefined)
				fail(`error: --kinds takes some of ${QUESTION_KINDS.join(', ')}`);
			out.kinds = kinds as QuestionKind[];
		} else if (a.startsWith('--')) fail(`error: unknown option ${a}`);
		else if (!out.file) out.file = a;
		else fail(`error: unexpected argument ${a}`);
	}
	return out;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (!args.file) fail('usage: generate FILE [--count N] [--seed S] [--kinds K,K] [--json]');
	let buf: Buffer;
	try {
		buf = readFileSync(args.file);
	} catch {
		fail(`error: cannot read ${args.file}`);
	}
	if (buf.length > 1_048_576) fail(`error: ${args.file} is larger than 1 MB`);
	const text = buf.toString('utf8');
	const check = assessInput(text);
	if (!check.ok) fail(`error: ${args.file}: ${check.reason ?? 'unusable input'}`);
	const seed =
		args.seed === undefined ? 1 : /^\d+$/.test(args.seed) ? Number(args.seed) : args.seed;
	const [{ generateQuiz }, { wordNet }] = await Promise.all([
		import('../lib/generator/index'),
		import('../lib/server/wordnet')
	]);
	const result = generateQuiz(text, {
		count: args.count ?? 10,
		seed,
		lexicon: wordNet(),
		...(args.kinds ? { kinds: args.kinds } : {})
	});
	if (args.json) {
		const { text: _text, ...rest } = result;
		process.stdout.write(`${JSON.stringify(rest, null, 1)}\n`);
		return;
	}
	if (result.title) console.log(`${result.title}\n`);
	result.questions.forEach((q, i) => {
		console.log(`${i + 1}. [${q.kind} · ${SKILL_LABELS[q.skill]}] ${q.stem}`);
		q.options.forEach((o, j) =>
			console.log(`   ${j === q.answerIndex ? '*' : ' '} ${LETTERS[j]}) ${o}`)
		);
		console.log(`   Source: ${q.source.sentence}\n`);
	});
	if (result.stats.shortfallReason) console.log(`(${result.stats.shortfallReason})`);
}

// A reader that stops early (`| head`) is no error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(0);
	throw e;
});
main().catch((e: unknown) => fail(`error: ${e instanceof Error ? e.message : String(e)}`));
