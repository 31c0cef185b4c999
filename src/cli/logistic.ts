// The ranker's fitting, apart from its command (fit-ranker.ts) so it can be tested: what a review
// label teaches, a logistic regression that gives the same weights for the same data, and the AUC.

/** One reviewed question, as committed: no text of the article. */
export interface Label {
	article: string;
	kind: string;
	stemHash: string;
	verdict: 'use' | 'edit' | 'reject';
	key: string;
	cue: string;
	worth: string;
	distractors: number;
}

/**
 * What the model learns: used as is and on an important point 1, used as is but trivia 0.6, usable
 * after an edit 0.4 or 0.2 likewise, rejected 0. The targets ask for both usable and
 * important questions; "use" alone would favour clean but trivial dates and figures.
 */
export function target(l: Label): number {
	const important = l.worth === 'important';
	if (l.verdict === 'use') return important ? 1 : 0.6;
	if (l.verdict === 'edit') return important ? 0.4 : 0.2;
	return 0;
}

/**
 * What the importance model learns: whether the reviewer found the question on an important point
 * of the article rather than trivia, whatever its form. Selection weighs it beside `target`.
 */
export function importanceTarget(l: Label): number {
	return l.worth === 'important' ? 1 : 0;
}

/** L2-regularised logistic regression by full-batch gradient descent from zero: deterministic. */
export function fitLogistic(
	x: number[][],
	y: number[],
	l2 = 0.5,
	steps = 4000,
	rate = 0.1
): number[] {
	const d = x[0]?.length ?? 0;
	const w = new Array<number>(d).fill(0);
	for (let step = 0; step < steps; step++) {
		const grad = new Array<number>(d).fill(0);
		x.forEach((row, i) => {
			const p = 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * (w[j] ?? 0), 0)));
			const err = p - (y[i] ?? 0);
			row.forEach((v, j) => (grad[j] = (grad[j] ?? 0) + err * v));
		});
		// The bias is not shrunk: it carries the base rate of "use".
		for (let j = 0; j < d; j++)
			w[j] = (w[j] ?? 0) - rate * (((grad[j] ?? 0) + (j === 0 ? 0 : l2 * (w[j] ?? 0))) / x.length);
	}
	return w.map((v) => Math.round(v * 1000) / 1000);
}

/** Area under the ROC curve of `scores` for the 0/1 labels `y`. */
export function auc(scores: number[], y: number[]): number {
	let pairs = 0;
	let right = 0;
	scores.forEach((a, i) =>
		scores.forEach((b, j) => {
			if (y[i] === 1 && y[j] === 0) {
				pairs++;
				right += a > b ? 1 : a === b ? 0.5 : 0;
			}
		})
	);
	return pairs ? right / pairs : 0;
}
