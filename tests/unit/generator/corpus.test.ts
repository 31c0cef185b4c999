// Runs the shared quality checks (../shared/tools/quality.mjs) over the dev and train corpora: no
// hard failures, statement items at most a quarter, and the soft flags held as a ratchet.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateQuiz } from '../../../src/lib/generator/index';

const corpora = { dev: '../shared/corpus/dev', train: '../shared/corpus/train' } as const;
const quality = '../shared/tools/quality.mjs';
const present = existsSync(corpora.dev) && existsSync(corpora.train) && existsSync(quality);
if (!present) console.warn(`corpus test skipped: ../shared/corpus or ${quality} not found`);

/**
 * The share of questions with a soft flag (a known weakness: an invented name, long near-identical
 * options, a year far from the article, a key that shares most with the other options), and the
 * articles that get no question, as measured at generator 0.4.89 (0.4.70 tagged each question with its skill; 0.4.71 asks "why" of more links: since, so that, as a result of; 0.4.72 offers only reasons as a why item's wrong options; 0.4.73 reads no "since" of a time as a reason; 0.4.74 reads "the US" as no speaker; 0.4.75 asks "why" only with a stem that stands alone and wrong reasons of the key's tense; 0.4.76 offers a month-and-year date the key's month in other years; 0.4.77 blanks no figure after "more than", which leaves the iodine article of dev with none: its one question had two keys; 0.4.78 refuses stems whose subject is never named; 0.4.83 refuses blanks lifted out of their context and wrong options the sentence itself rules out, which changes questions but neither figure; 0.4.85 offers true statements of the article as a why item's wrong reasons, which changes neither figure here; 0.4.86 refuses stems that point back to what they do not show, which costs three questions but no article; 0.4.87 asks one more why item, and 0.4.88 refuses two more counts the stem gives away, which change neither figure; 0.4.89 refuses stems that lean on what they never show, which costs one question but no article). A ratchet: these figures may only
 * go down as the generator improves, or rise only when a question goes that blind reviewers found wrong; never loosen the shared checker.
 */
const LIMITS: Record<
	keyof typeof corpora,
	Record<number, { softFlagPct: number; empty: number }>
> = {
	dev: { 10: { softFlagPct: 0, empty: 1 }, 50: { softFlagPct: 0, empty: 1 } },
	// 0.4.10 and 0.4.12 took three articles below one question on purpose: their only questions were
	// ones blind reviewers rejected ("The appellation was chosen in reference to _____", "between
	// _____ levels", "a population of _____" for 975,453). 0.4.36 took one more, an essay whose only
	// question was a blank on a term ("The kind of _____ that Street has in mind"): reviewers used
	// none of 32 term blanks as they were. 0.4.44 gave two articles their first questions (dates
	// written day first); 0.4.45 took one speech's only question, a blank in a sentence told in the
	// first person ("My brother was Mayor later, _____"), a form reviewers never used. 0.4.51 took a
	// travel guide's two: a population of 181,000 and a bare year 211, figures of three significant
	// digits, which reviewers used 7 times in 23 and rejected 7. 0.4.57 took the Han dynasty's only
	// question, "Within _____ years, the dynasty's authority had collapsed", where the dynasty was
	// the Qin its lead names: 14 tuning reviews, none used as is. 0.4.59 took three articles' only
	// questions, exact figures and dates in asides (", with a population of _____", "…, continuing
	// its pioneering role … in _____", "though is usually around _____ barrels"), which the issue
	// says not to ask: every one of 30 tuning reviews of those three called it trivia.
	train: { 10: { softFlagPct: 0, empty: 22 }, 50: { softFlagPct: 0, empty: 22 } }
};

interface Summary {
	articlesWithNoQuestions: number;
	hardFailPct: number;
	softFlagPct: number;
	statementPct: number;
}

function checkCorpus(corpus: string, count: number): Summary {
	const dir = mkdtempSync(join(tmpdir(), 'quizwright-corpus-'));
	const args: string[] = [];
	for (const f of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
		const path = join(corpus, f);
		const r = generateQuiz(readFileSync(path, 'utf8'), { count, seed: 1 });
		const out = join(dir, `${f}.json`);
		writeFileSync(out, JSON.stringify({ questions: r.questions }));
		args.push(path, out);
	}
	const res = spawnSync('node', [quality, ...args], { encoding: 'utf8' });
	return (JSON.parse(res.stdout) as { summary: Summary }).summary;
}

// A whole corpus at a time: 15 s on a quiet machine, over 30 s when helpers or a build share it.
describe.skipIf(!present)('corpus quality', { timeout: 120_000 }, () => {
	it.each([
		['dev', 10],
		['dev', 50],
		['train', 10],
		['train', 50]
	] as const)(
		'%s at count %i: no hard failures, statements at most a quarter, soft flags and empty articles held',
		(name, count) => {
			const summary = checkCorpus(corpora[name], count);
			const limit = LIMITS[name][count];
			expect(summary.hardFailPct).toBe(0);
			expect(summary.statementPct).toBeLessThanOrEqual(25);
			expect(summary.softFlagPct).toBeLessThanOrEqual(limit?.softFlagPct ?? 0);
			expect(summary.articlesWithNoQuestions).toBeLessThanOrEqual(limit?.empty ?? 0);
		}
	);
});
