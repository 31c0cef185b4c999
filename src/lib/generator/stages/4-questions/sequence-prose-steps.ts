// The steps of a how-to text that orders them in words rather than numbers: "Step one is to find
// the squeak", "First, choose your garlic", "Next, warm the wax", "Begin by washing the oranges",
// "Finally, clear up". The paragraphs from the first such order word to the last are the steps, in
// the order told; each option is the command its paragraph opens with, the order word taken off.
// Part of the opt-in kind `sequence` (sequence-steps.ts asks which of four comes first or last).
import nlp from 'compromise';
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import {
	commandProblem,
	firstAct,
	keyLongest,
	overlap,
	stepCandidate,
	stepWindows,
	type HowToStep
} from './sequence-steps';

/** The fewest paragraphs that open with an order word for a text to tell its steps in order. */
const MIN_MARKED = 3;

const COUNT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
/**
 * A paragraph's opening order word and what follows it: "Step two is to thread the needle",
 * "Second, take the cuttings", "Then prepare the ground", "Start by cleaning the jacket".
 */
const ORDER_WORD = new RegExp(
	`^(?:step\\s+${COUNT_WORD}\\s+is\\s+to\\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|next|then|now|after that|finally|lastly)\\s*,?\\s+|(?:begin|start)\\s+by\\s+)`,
	'i'
);
/** "Step five is the shank", "Step four deals with the easy case": a step, but no command. */
const STEP_NO_COMMAND = new RegExp(`^step\\s+${COUNT_WORD}\\b`, 'i');
/**
 * Paragraphs that stand beside the steps rather than among them: what to gather, what to check
 * before starting, advice that lasts ("Keep the bed weeded", "Never put a board in …").
 */
const NOT_A_STEP =
	/^(you will need|you'll need|before you (start|begin)|gather|keep|watch|avoid|continue|maintain|enjoy|remember|try|consider|be|don't|do not|never|always|make sure|stay|if|when|while|once|whenever)\b/i;

/** A command whose verb itself says where it stands: "Begin with the collar", "Finish by …". */
const ORDER_VERB = /^(begin|start|finish|end|continue|repeat|return)\b/i;

/** A paragraph of the text: its first sentence's words, and whether it opens with an order word. */
interface Opening {
	paragraph: number;
	sentence: Sentence;
	/** The paragraph's second sentence, if any. */
	next?: Sentence;
	words: string;
	marked: boolean;
}

const sentenceWords = (norm: NormalizedText, s: Sentence) => norm.text.slice(s.start, s.end).trim();

/**
 * The how-to's one run of steps told in order, when its title says it is a how-to and at least
 * MIN_MARKED paragraphs open with an order word: every paragraph from the first of those to the
 * last that opens with a step, numbered in the order told (a paragraph beside the steps takes no
 * number), each kept when its command makes a clean option.
 */
export function proseStepRun(norm: NormalizedText, sentences: readonly Sentence[]): HowToStep[] {
	if (!howToTitle(norm.title ?? '')) return [];
	const openings = paragraphOpenings(norm, sentences);
	const marked = openings.filter((o) => o.marked);
	if (marked.length < MIN_MARKED) return [];
	const [from, to] = [marked[0]?.paragraph ?? 0, marked[marked.length - 1]?.paragraph ?? 0];
	const steps: HowToStep[] = [];
	let number = 0;
	for (const o of openings) {
		if (o.paragraph < from || o.paragraph > to) continue;
		if (!o.marked && NOT_A_STEP.test(o.words)) continue;
		number++;
		const option = proseCommand(o.words);
		if (option) steps.push({ number, option, sentence: o.sentence });
		// "Step one is safety. Unplug the kettle …": the step's command is its next sentence's.
		const then = !option && o.marked && o.next && proseCommand(sentenceWords(norm, o.next));
		if (then && o.next) steps.push({ number, option: then, sentence: o.next });
	}
	return steps;
}

/**
 * Whether a title names a how-to: "How to …" anywhere ("Fixing a Flat: How to Patch a Bicycle
 * Inner Tube"), or an opening gerund of the task ("Pitching a Tent When the Wind Is Up"). The
 * order words of MIN_MARKED paragraphs must still tell the steps.
 */
export const howToTitle = (title: string): boolean =>
	/\bhow to\b/i.test(title) ||
	(!NOT_A_GERUND.test(title) &&
		/^\p{Lu}\p{Ll}{2,}ing\s+(?:a|an|the|your|[\p{L}-]+s)\b/iu.test(title));

/** Title words in "-ing" that are no gerund of a task: "Everything Changed", "Morning Tides". */
const NOT_A_GERUND =
	/^(every|some|no|any)thing|^(morning|evening|spring|king|ring|thing|building|wedding|ceiling|darling|string|wing|swing)\b/i;

/** Every body paragraph's first sentence, in article order. */
function paragraphOpenings(norm: NormalizedText, sentences: readonly Sentence[]): Opening[] {
	const seen = new Set<number>();
	const out: Opening[] = [];
	for (const s of sentences) {
		if (seen.has(s.paragraph) || norm.paragraphs[s.paragraph]?.heading) continue;
		seen.add(s.paragraph);
		const words = sentenceWords(norm, s);
		const next = sentences.find((n) => n.paragraph === s.paragraph && n.index === s.index + 1);
		out.push({
			paragraph: s.paragraph,
			sentence: s,
			next,
			words,
			marked: ORDER_WORD.test(words) || STEP_NO_COMMAND.test(words)
		});
	}
	return out;
}

/**
 * The command a step's first sentence gives, its order word taken off: "Next, warm the wax." →
 * "Warm the wax"; "Begin by washing the oranges" → "Wash the oranges"; "Step two is to thread
 * the needle" → "Thread the needle". Only up to the first comma or "and then": one act. None when
 * that is no short plain command (sequence-steps.ts `commandProblem`).
 */
export function proseCommand(sentence: string): string | undefined {
	if (STEP_NO_COMMAND.test(sentence) && !ORDER_WORD.test(sentence)) return undefined;
	let rest = sentence.replace(ORDER_WORD, '').replace(/[.!]$/, '');
	// "Start by cleaning the jacket": the gerund said as the command it stands for.
	if (/^(begin|start)\s+by\s/i.test(sentence)) {
		const gerund = /^(\p{Ll}+ing)\b/u.exec(rest)?.[1];
		// Read after "you are", where compromise knows "cutting" for a verb.
		const base =
			gerund && nlp(`you are ${gerund}`).verbs().toInfinitive().text().split(/\s+/).pop();
		if (!gerund || !base || /ing$/.test(base)) return undefined;
		rest = base + rest.slice(gerund.length);
	}
	const act = rest.split(/\s+as soon as\s/)[0] ?? '';
	const option = firstAct(act.replace(/^\p{Ll}/u, (c) => c.toUpperCase())).trim();
	// "Begin with the collar": the option's own words would say where it stands.
	if (ORDER_VERB.test(option) || NOT_A_STEP.test(option)) return undefined;
	// "Sifting matters more here": a gerund subject, no command.
	if (/^\p{L}+ing\b/u.test(option)) return undefined;
	return commandProblem(option) ? undefined : option;
}

/**
 * Steps whose place any reader knows unread: gathering the things first; finishing, clearing up,
 * storing, serving or labelling last ("Label the jars", "Clear up").
 */
const COMMON_FIRST = /^(gather|collect|assemble|get|buy|find|lay out|set out)\b/i;
const COMMON_LAST =
	/^(finish|clear up|clean up|tidy|put away|store|serve|label|enjoy|test|admire|stand back)\b/i;

/** Whether a key's command is one whose place at `ask` common sense gives away. */
export const commonSenseEnd = (option: string, ask: 'first' | 'last'): boolean =>
	(ask === 'first' ? COMMON_FIRST : COMMON_LAST).test(option);

/**
 * The how-to's step item of its steps told in order (prose runs): which of four comes first or
 * last, as one draw of `rand` picks, else the other. Never "right after": a paragraph may hold
 * more acts than its opening command, so the step told next is no sure "right after".
 */
export function proseStepItems(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	rand: () => number
): Candidate[] {
	const run = proseStepRun(norm, sentences);
	if (run.length < 4) return [];
	const asks: ('first' | 'last')[] = rand() < 0.5 ? ['first', 'last'] : ['last', 'first'];
	for (const ask of asks) {
		const found = pickProse(run, ask, norm.text);
		if (found) return [stepCandidate(found, ask, norm.text, true)];
	}
	return [];
}

/**
 * Four steps of the run next to each other, the key the earliest (latest) of them and said word
 * for word in its sentence, not the run's own first (last) step when the run allows (k13: an end
 * step against steps far from it is placed by common sense; sequence-steps.ts stepWindows), none
 * the same command as another, the key not the longest option if some window allows, else not
 * much the longest; of the windows the one nearest the middle of the run.
 */
function pickProse(
	run: readonly HowToStep[],
	ask: 'first' | 'last',
	text: string
): HowToStep[] | undefined {
	const mid = ((run[0]?.number ?? 0) + (run[run.length - 1]?.number ?? 0)) / 2;
	const centre = (w: HowToStep[]) => Math.abs(w.reduce((n, s) => n + s.number, 0) / 4 - mid);
	let fallback: HowToStep[] | undefined;
	for (const events of stepWindows(run, ask).sort((a, b) => centre(a) - centre(b))) {
		const key = events[0] as HowToStep;
		if (commonSenseEnd(key.option, ask)) continue;
		// "Begin by checking the chain" said "Check the chain": a wrong option, never the key, which
		// its sentence must hold word for word.
		const said = text.slice(key.sentence.start, key.sentence.end).toLowerCase();
		if (!said.includes(key.option.toLowerCase())) continue;
		const options = events.map((e) => e.option);
		if (overlap(options) || keyLongest(options)) continue;
		const [k, ...others] = options.map((o) => o.length) as [number, ...number[]];
		if (others.some((n) => n >= k)) return events;
		fallback ??= events;
	}
	return fallback;
}
