// "Which of these steps comes first in the guide?" (or last: review k12 asked for "in the guide"),
// and "Which step comes right after "<step>"?" (or right before) of a how-to text's numbered steps:
// each option the command a step opens with, the order the one the article numbers them in. Part
// of the opt-in kind `sequence`.
import nlp from 'compromise';
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { wholeSentenceFact } from '../3-facts/sentences';
import { wordsOf } from '../../well-formed';

/** One numbered step: its number, the command it opens with, and the sentence that says it. */
export interface HowToStep {
	number: number;
	option: string;
	sentence: Sentence;
}

/** What a step item asks: an end of the four steps, or the step beside an anchor step. */
export type StepAsk = 'first' | 'last' | 'after' | 'before';

export const STEP_STEMS = {
	first: 'Which of these steps comes first in the guide?',
	last: 'Which of these steps comes last in the guide?'
} as const;

/** "Which step comes right after "Loosen the roots"?" */
export const stepRelativeStem = (relation: 'after' | 'before', anchor: string): string =>
	`Which step comes right ${relation} "${anchor}"?`;

/** The fewest usable steps a run needs to be asked about. */
const MIN_STEPS = 4;
/** The longest command an option may be, in words. */
const STEP_MAX_WORDS = 14;
/** At most this many step items per article. */
const MAX_ITEMS = 2;
/** How much longer than every wrong option a key may be. */
const LONGEST_KEY = 1.2;

/** Words that point outside the option: to a thing it does not name, or to another step. */
const OUTSIDE =
	/\b(it|they|them|this|these|those|he|she|him|her|one|that|first|last|final|finally|then|next|again|before|after|later|earlier|once|already|until|previous|same|another|other|also|too|as well|second|third|excess|rest|remainder)\b/i;
/**
 * Advice that lasts rather than an act done once ("Keep the soil damp", "Watch for pests"): a run
 * of such tips is numbered, but its order is no order a reader could be asked about.
 */
const LASTING =
	/^(keep|watch|avoid|continue|maintain|enjoy|remember|try|consider|be|don't|never|always|make sure|stay)\b/i;

/** The steps of every numbered run of at least MIN_STEPS usable steps, in article order. */
export function stepRuns(norm: NormalizedText, sentences: readonly Sentence[]): HowToStep[][] {
	const runs: { number: number; paragraph: number }[][] = [];
	let run: { number: number; paragraph: number }[] | undefined;
	norm.paragraphs.forEach((p, paragraph) => {
		if (p.heading) return;
		// "1. Water the plant" (the number stripped, kept as `step`) or "1 Choose the kind …".
		const number =
			p.step ?? Number(/^(\d{1,2}) \p{Lu}/u.exec(norm.text.slice(p.start))?.[1] ?? NaN);
		if (Number.isNaN(number)) return;
		if (number === 1) runs.push((run = []));
		else if (!run || number !== (run[run.length - 1]?.number ?? 0) + 1) run = undefined;
		run?.push({ number, paragraph });
	});
	const byParagraph = new Map<number, Sentence>();
	for (const s of sentences) if (!byParagraph.has(s.paragraph)) byParagraph.set(s.paragraph, s);
	return runs.flatMap((r) => {
		const isLasting = (paragraph: number) => {
			const s = byParagraph.get(paragraph);
			return !!s && LASTING.test(openingWords(s, norm.text));
		};
		// A lasting tip is no act with a place in the order: never an option.
		const steps = r.flatMap(({ number, paragraph }) => {
			const sentence = byParagraph.get(paragraph);
			const option = !isLasting(paragraph) && sentence && stepCommand(sentence, norm.text);
			return sentence && option ? [{ number, option, sentence }] : [];
		});
		return steps.length >= MIN_STEPS &&
			!adviceRun(r.filter((x) => isLasting(x.paragraph)).length, r.length)
			? [steps]
			: [];
	});
}

/** The share of lasting tips above which a numbered run is advice, not an order of acts. */
const ADVICE_SHARE = 0.2;

/**
 * Whether a numbered run of `total` steps with `lasting` tips in it ("Keep the soil damp") is a
 * list of advice whose numbers order nothing: more than one such tip, or more than ADVICE_SHARE of
 * the run. One tip among many acts ("3. Keep them warm" of nine steps from sowing to harvest)
 * leaves the acts in their order.
 */
export const adviceRun = (lasting: number, total: number): boolean =>
	lasting > 1 || lasting > ADVICE_SHARE * total;

/** A step sentence's words without its number: "1 Choose the kind …" → "Choose the kind …". */
function openingWords(s: Sentence, text: string): string {
	const toks = s.tokens.filter((t, i) => !(i === 0 && /^\d+$/.test(t.text)));
	const [first, last] = [toks[0], toks[toks.length - 1]];
	return first && last ? text.slice(first.start, last.end) : '';
}

/**
 * The command a step opens with, as an option: its first sentence, or the first of its acts when
 * it joins several ("Loosen the soil, then lift the plant" → "Loosen the soil"). None when that is
 * not a short command that names all it speaks of.
 */
export function stepCommand(s: Sentence, text: string): string | undefined {
	const line = openingWords(s, text).replace(/[.!]$/, '');
	const option = firstAct(line).trim();
	return commandProblem(option) ? undefined : option;
}

/** Where a step's first act may end: a joint, or an aside that only qualifies it. */
const JOINT = /(,\s+and\s+|,\s+|\s+and\s+|;\s*|,?\s+(?:and\s+)?then\s+)(\p{Ll}+)/gu;
/** A verb and what it acts on: "fill the gaps", "pull it over", "ease out" (not "and mold."). */
const NEW_ACT =
	/^\p{Ll}+\s+(the|a|an|any|all|your|it|them|each|every|some|out|off|up|down|away|back|in)\b/u;
/** "…, pears and plums": the words after a comma go on with a list. */
const LIST_GOES_ON = /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?:,|\s+(?:and|or)\s)/u;
const QUALIFIER = /^(if|until|unless|when|whenever|while|so|because|as|since|before|after)$/;

/**
 * The first act of a step: "Place the plant in the pot and fill the gaps" → "Place the plant in
 * the pot"; "Shift the chain if the flat is at the back" → "Shift the chain"; "Press the patch
 * down, pushing outwards" → "Press the patch down". A step of one act is itself.
 */
export function firstAct(line: string): string {
	const qualifier = /\s+(if|until|unless|when|whenever|so that|because)\s/.exec(line);
	let end = qualifier?.index ?? line.length;
	for (const m of line.matchAll(JOINT)) {
		if (m.index >= end) break;
		const [joint, word] = [m[1] ?? '', m[2] ?? ''];
		// "then" or ";" always ends an act; a comma or "and" when a new command or an aside follows.
		const rest = `${word}${line.slice(m.index + m[0].length)}`;
		// "Pick a sunny, well-drained spot": the comma stands inside the phrase, no cut there.
		if (/^,/.test(joint) && endsNounPhrase(rest)) continue;
		// A comma ends the act before an aside ("…, deep enough that …"), not inside a list.
		const aside =
			/^,\s+$/.test(joint) && !LIST_GOES_ON.test(rest) && isCommandWord(lowerFirst(line));
		const cut =
			/then|;/.test(joint) ||
			(NEW_ACT.test(rest) && isCommandWord(rest)) ||
			(/^,/.test(joint) && (/ing$/.test(word) || QUALIFIER.test(word))) ||
			aside;
		if (cut) {
			end = m.index;
			break;
		}
	}
	return line.slice(0, end);
}

/** The most words after a comma that may still finish the phrase before it. */
const PHRASE_TAIL_WORDS = 3;

/**
 * Whether the words after a comma only finish the noun phrase before it, the comma between two
 * adjectives ("a sunny, well-drained spot"): at most PHRASE_TAIL_WORDS words to the end of the
 * line, no preposition or determiner first, a noun last. A cut there leaves "Pick a sunny" (k13).
 */
export function endsNounPhrase(rest: string): boolean {
	const words = rest.trim().split(/\s+/);
	if (words.length > PHRASE_TAIL_WORDS || /[,;]/.test(rest)) return false;
	const terms = nlp(rest).terms().json() as { terms?: { tags?: string[] }[] }[];
	const tags = (i: number) => terms[i]?.terms?.[0]?.tags ?? [];
	const opensPhrase = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun'].some((t) =>
		tags(0).includes(t)
	);
	return !opensPhrase && tags(terms.length - 1).includes('Noun');
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Whether a lower-case line opens with a verb a reader is told to do ("loosen the roots"). */
function isCommandWord(lower: string): boolean {
	if (nlp(lower).match('^#Infinitive').found) return true;
	// "roughen the area": a verb compromise knows only after a subject.
	const terms = nlp(`you ${lower}`).terms().json() as { terms?: { tags?: string[] }[] }[];
	return !!terms[1]?.terms?.[0]?.tags?.includes('Verb');
}

/**
 * Why an option is no short command that names all it speaks of, or undefined: 2 to STEP_MAX_WORDS
 * words, an imperative first, no figure, bracket, quote or comma, no pronoun or word pointing to
 * another step, no word left dangling at its end.
 */
export function commandProblem(option: string): string | undefined {
	const n = wordsOf(option).length;
	if (n < 2 || n > STEP_MAX_WORDS) return `the step has ${n} words`;
	if (/[\d()"“”:;?,]/.test(option)) return 'the step is no one plain command';
	if (OUTSIDE.test(option)) return 'the step points outside itself';
	if (/\b(and|or|to|of|the|a|an|with|for|in|on|at|into|from|by)$/i.test(option))
		return 'the step ends on a dangling word';
	const lower = option.charAt(0).toLowerCase() + option.slice(1);
	return /^\p{Lu}/u.test(option) && isCommandWord(lower)
		? undefined
		: 'the step does not open with a command';
}

/**
 * The article's step items: one of each run (at most MAX_ITEMS), asking what one draw of `rand`
 * picks, or when that makes no fair item, the other asks.
 */
export function stepItems(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	rand: () => number
): Candidate[] {
	const asks: StepAsk[] = ['after', 'first', 'before', 'last'];
	const out: Candidate[] = [];
	for (const run of stepRuns(norm, sentences).slice(0, MAX_ITEMS)) {
		const drawn = asks[Math.min(asks.length - 1, Math.floor(rand() * asks.length))] as StepAsk;
		for (const ask of [drawn, ...asks.filter((a) => a !== drawn)]) {
			const found = ask === 'first' || ask === 'last' ? pickEnd(run, ask) : pickBeside(run, ask);
			if (!found) continue;
			out.push(stepCandidate(found, ask, norm.text));
			break;
		}
	}
	return out;
}

/** Whether the key (first of `options`) stands out by its length: a test-wise reader's pick. */
export const keyLongest = (options: readonly string[]): boolean => {
	const [key, ...others] = options.map((o) => o.length) as [number, ...number[]];
	return key > LONGEST_KEY * Math.max(...others);
};

/** Whether two options share so many words that one reads as the other. */
export function overlap(options: readonly string[]): boolean {
	const sets = options.map((o) => new Set(wordsOf(o.toLowerCase()).filter((w) => w.length > 3)));
	return sets.some((a, i) =>
		sets.some((b, j) => j > i && [...a].filter((w) => b.has(w)).length >= Math.min(a.size, b.size))
	);
}

/** The widest span of step numbers a window of four usable steps may cover (one step left out). */
const WINDOW_SPAN = 4;

/**
 * Every window of four usable steps next to each other in the run (spanning at most WINDOW_SPAN
 * numbers), those whose key (the earliest for "first", the latest for "last") is neither the
 * guide's first nor its last step first: k13's reviewers found step 1 against steps 4, 6 and 7
 * answerable by common sense, so the reader must remember the order of steps close together.
 * The run's own end as the key only when the run is too short for any other window.
 */
export function stepWindows(run: readonly HowToStep[], ask: 'first' | 'last'): HowToStep[][] {
	const windows: HowToStep[][] = [];
	for (let i = 0; i + 4 <= run.length; i++) {
		const w = run.slice(i, i + 4);
		const [from, to] = [w[0]?.number ?? 0, w[3]?.number ?? 0];
		if (to - from <= WINDOW_SPAN) windows.push(ask === 'first' ? w : [...w].reverse());
	}
	const [first, last] = [run[0], run[run.length - 1]];
	const inner = windows.filter((w) => w[0] !== first && w[0] !== last);
	return inner.length > 0 ? inner : windows;
}

/**
 * Four steps of the run close together, the key the earliest ("first") or the latest ("last") of
 * them (see stepWindows), none the same command, the key not much the longest; of the windows the
 * one nearest the middle of the run.
 */
export function pickEnd(run: readonly HowToStep[], ask: 'first' | 'last'): HowToStep[] | undefined {
	const mid = ((run[0]?.number ?? 0) + (run[run.length - 1]?.number ?? 0)) / 2;
	const centre = (w: HowToStep[]) => Math.abs(w.reduce((n, s) => n + s.number, 0) / 4 - mid);
	const windows = stepWindows(run, ask).sort((a, b) => centre(a) - centre(b));
	return windows.find((w) => {
		const options = w.map((e) => e.option);
		return !overlap(options) && !keyLongest(options);
	});
}

/**
 * "Which step comes right after <anchor>?": the anchor a step, the key the step numbered next
 * (for "before", the one before), the wrong options the three other steps nearest the anchor, so
 * the reader must remember the steps around it (k13: three late steps as wrong options of "right
 * before" were ruled out by common sense). The anchor last.
 */
function pickBeside(run: readonly HowToStep[], ask: 'after' | 'before'): HowToStep[] | undefined {
	const sign = ask === 'after' ? 1 : -1;
	// An anchor in the middle of the run has wrong options on both sides of it.
	const mid = (run.length - 1) / 2;
	const anchors = run
		.map((step, i) => ({ step, off: Math.abs(i - mid) }))
		.sort((a, b) => a.off - b.off)
		.map((a) => a.step);
	for (const anchor of anchors) {
		const key = run.find((s) => s.number === anchor.number + sign);
		if (!key) continue;
		const three = nearestSteps(run, anchor, key);
		const options = [key, ...three].map((e) => e.option);
		if (three.length < 3 || overlap([...options, anchor.option]) || keyLongest(options)) continue;
		return [key, ...three, anchor];
	}
	return undefined;
}

/**
 * The three steps of the run nearest `anchor` but for it and `key`, within WINDOW_SPAN numbers of
 * it, at an equal distance the one on the side away from the key first (plainly not beside it in
 * the asked direction, yet close).
 */
export function nearestSteps(
	run: readonly HowToStep[],
	anchor: HowToStep,
	key: HowToStep
): HowToStep[] {
	const side = Math.sign(key.number - anchor.number);
	const dist = (s: HowToStep) => Math.abs(s.number - anchor.number);
	const away = (s: HowToStep) => (Math.sign(s.number - anchor.number) === side ? 1 : 0);
	return run
		.filter((s) => s !== anchor && s !== key && dist(s) <= WINDOW_SPAN)
		.sort((a, b) => dist(a) - dist(b) || away(a) - away(b))
		.slice(0, 3);
}

/**
 * The item: the key's sentence its source, the other steps its evidence, their numbers explained
 * (of steps the article orders in words, `told`, their places in the order told).
 */
export function stepCandidate(
	steps: HowToStep[],
	ask: StepAsk,
	text: string,
	told = false
): Candidate {
	const [key, ...rest] = steps as [HowToStep, ...HowToStep[]];
	const others = rest.slice(0, 3);
	const anchor = ask === 'after' || ask === 'before' ? rest[3] : undefined;
	const s = key.sentence;
	const sentenceText = (x: Sentence) => text.slice(x.start, x.end);
	const fact = wholeSentenceFact(s, {
		id: `step-${s.index}`,
		kind: 'event',
		value: { text: key.option, start: s.start, end: s.end, type: 'thing' },
		statement: sentenceText(s),
		salience: 1
	});
	const numbered = [...steps]
		.sort((a, b) => a.number - b.number)
		.map((e) => `"${e.option}" is step ${e.number}`)
		.join(', ');
	const so = anchor
		? `So "${key.option}" comes right ${ask} "${anchor.option}".`
		: `So "${key.option}" comes ${ask}.`;
	return {
		id: `${fact.id}-sequence`,
		kind: 'sequence',
		stem: anchor
			? stepRelativeStem(ask as 'after' | 'before', anchor.option)
			: STEP_STEMS[ask as 'first' | 'last'],
		answer: key.option,
		distractors: others.map((e) => e.option),
		fact,
		source: { sentence: sentenceText(s), start: s.start, end: s.end },
		evidence: [...others, ...(anchor ? [anchor] : [])]
			.map((e) => ({
				sentence: sentenceText(e.sentence),
				start: e.sentence.start,
				end: e.sentence.end
			}))
			.sort((a, b) => a.start - b.start),
		explanation: `${told ? 'The article takes the steps in order' : 'The article numbers the steps'}: ${numbered}. ${so}`,
		steps: steps.map((e) => ({ number: e.number, option: e.option, sentence: e.sentence.index }))
	};
}
