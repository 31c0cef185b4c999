// CLI: fits the question ranker (src/lib/generator/stages/6-select/rank.ts) on blind reviews of the tuning articles.
//
//   npm run fit-ranker -- import REVIEW_DIR NAME
//     Reads a blind review made by ../shared/tools/blind-review.mjs (key.json and result*.jsonl) and
//     writes tests/eval/reviews/NAME.jsonl: one label per generated question (verdict, key, cue,
//     worth, good distractors), the article's file name and a hash of the stem. No article text
//     is copied: the stem is kept only as its hash. Reviews of the checking articles are refused.
//   npm run fit-ranker
//     Runs the generator on every reviewed article, finds each reviewed question among the valid
//     candidates by its stem, and fits two logistic regressions on rankFeatures, of "used as is"
//     and of "important, not trivia"; writes src/lib/generator/ranker-weights.ts. Deterministic: the same labels give the same weights.
import { createHash } from 'node:crypto';
import * as prettier from 'prettier';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUESTION_KINDS, validCandidates } from '../lib/generator/index';
import { RANK_FEATURES, rankFeatures } from '../lib/generator/stages/6-select/rank';
import { auc, fitLogistic, importanceTarget, target, type Label } from './logistic';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const corpus = process.env.TRAIN_CORPUS ?? join(root, '../shared/corpus/train');
const labelsDir = join(root, 'tests/eval/reviews');
const weightsFile = join(root, 'src/lib/generator/stages/6-select/ranker-weights.ts');

export const stemHash = (stem: string) =>
	createHash('sha256').update(stem).digest('hex').slice(0, 16);

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

function importReview(dir: string, name: string) {
	const split = JSON.parse(readFileSync(join(root, 'tests/eval/train-split.json'), 'utf8')) as {
		checking: string[];
	};
	const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as {
		items: { id: string; article: string; src: string; kind: string; stem: string }[];
	};
	const byId = new Map(key.items.map((k) => [k.id, k]));
	const labels: Label[] = [];
	for (const file of readdirSync(dir)
		.filter((f) => /^result.*\.jsonl$/.test(f))
		.sort())
		for (const line of readFileSync(join(dir, file), 'utf8')
			.split('\n')
			.filter((l) => l.trim())) {
			const r = JSON.parse(line) as Record<string, unknown>;
			const k = byId.get(String(r.id));
			if (!k || k.src !== 'generated') continue;
			if (split.checking.includes(k.article))
				fail(`error: ${k.article} is a checking article: its reviews never train the ranker`);
			labels.push({
				article: k.article,
				kind: k.kind,
				stemHash: stemHash(k.stem),
				verdict: r.verdict as Label['verdict'],
				key: String(r.key),
				cue: String(r.cue),
				worth: String(r.worth),
				distractors: Number(r.distractors)
			});
		}
	writeFileSync(
		join(labelsDir, `${name}.jsonl`),
		labels.map((l) => JSON.stringify(l)).join('\n') + '\n'
	);
	console.log(`${labels.length} labels written to tests/eval/reviews/${name}.jsonl`);
}

async function fit() {
	const labels = readdirSync(labelsDir)
		.filter((f) => f.endsWith('.jsonl'))
		.sort()
		.flatMap((f) =>
			readFileSync(join(labelsDir, f), 'utf8')
				.split('\n')
				.filter((l) => l.trim())
				.map((l) => JSON.parse(l) as Label)
		);
	const x: number[][] = [];
	const y: number[] = [];
	const important: number[] = [];
	const groups: string[] = [];
	const byArticle = new Map<string, Label[]>();
	for (const l of labels) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);
	for (const [article, own] of [...byArticle].sort()) {
		// Every kind, also those a quiz asks only when named: each reviewed question is a label.
		const { article: profile, candidates } = validCandidates(
			readFileSync(join(corpus, article), 'utf8'),
			{ kinds: QUESTION_KINDS }
		);
		const byHash = new Map(candidates.map((c) => [stemHash(c.stem), c]));
		for (const l of own) {
			const c = byHash.get(l.stemHash);
			if (!c) continue;
			x.push(rankFeatures(c, profile));
			y.push(target(l));
			important.push(importanceTarget(l));
			groups.push(article);
		}
	}
	if (x.length === 0) fail('error: no reviewed question matches a candidate of this generator');
	const w = fitLogistic(x, y);
	const wi = fitLogistic(x, important);
	const score = (weights: number[], row: number[]) =>
		row.reduce((s, v, j) => s + v * (weights[j] ?? 0), 0);
	const used = y.map((v) => (v >= 0.6 ? 1 : 0));
	// Held-out figure: each article scored by a model fitted without it.
	const heldOutScores = (targets: number[]) =>
		x.map((row, i) => {
			const keep = x.map((_, k) => groups[k] !== groups[i]);
			const weights = fitLogistic(
				x.filter((_, k) => keep[k]),
				targets.filter((_, k) => keep[k])
			);
			return score(weights, row);
		});
	const heldOut = heldOutScores(y);
	console.log(
		`${x.length} of ${labels.length} reviewed questions matched a candidate; ${used.filter((v) => v).length} used as is`
	);
	console.log(
		`AUC for "used as is": in sample ${auc(
			x.map((row) => score(w, row)),
			used
		).toFixed(3)}, leaving each article out ${auc(heldOut, used).toFixed(3)}`
	);
	const importanceHeldOut = heldOutScores(important);
	console.log(
		`AUC for "important": in sample ${auc(
			x.map((row) => score(wi, row)),
			important
		).toFixed(3)}, leaving each article out ${auc(importanceHeldOut, important).toFixed(3)}`
	);
	RANK_FEATURES.forEach((name, i) =>
		console.log(`  ${name.padEnd(24)} ${w[i]}  importance ${wi[i]}`)
	);
	// Written as the project's formatter would write it, so the lint step passes on a fresh fit.
	const source = `// Written by \`npm run fit-ranker\` (src/cli/fit-ranker.ts) from the blind reviews in tests/eval/reviews/
// (${x.length} reviewed questions of the tuning articles). One weight per feature of RANK_FEATURES
// (rank.ts), in order. Do not edit by hand: refit instead.
export const RANKER_WEIGHTS: readonly number[] = [${w.join(', ')}];

// The same features fitted on the reviewers' "important" against "trivia" (importanceTarget).
export const IMPORTANCE_WEIGHTS: readonly number[] = [${wi.join(', ')}];
`;
	const options = { ...(await prettier.resolveConfig(weightsFile)), filepath: weightsFile };
	writeFileSync(weightsFile, await prettier.format(source, options));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'import') {
	const [dir, name] = rest;
	if (!dir || !name) fail('usage: fit-ranker import REVIEW_DIR NAME');
	importReview(resolve(dir), name);
} else if (command === undefined) await fit();
else fail('usage: fit-ranker [import REVIEW_DIR NAME]');
