// "What does the article mainly explain?" of a how-to guide ("How to Grow Basil"): its gist is the
// task its title names, so the key is that task ("How to grow basil"); the wrong options are steps
// of it, each the task of one paragraph ("How to freeze the basil"), too narrow to be what the whole
// guide explains. Steps that name the title's thing come first, so that the key is not the only
// option with the title's words.
import nlp from 'compromise';
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import { wholeSentenceFact } from '../3-facts/sentences';
import { wordsOf } from '../../well-formed';
import { contentWords, overlapping } from './main-idea-form';
import { lengthCue } from './main-idea-checks';

export const MAIN_IDEA_HOWTO_STEM = 'What does the article mainly explain?';

/** A how-to option: "How to" and a task of 2 to 8 more words. */
const HOWTO_OPTION = { min: 4, max: 10, ratio: 2 };

/** The task a how-to title names: "How to Grow Basil" → "grow basil". */
export const howToTask = (title: string) => /^how to\s+(.{3,60}?)[.!?]?$/i.exec(title.trim())?.[1];

/** What makes one how-to option stand out by its form, if anything. */
export function howToFormProblem(options: readonly string[]): string | undefined {
	const lengths = options.map((o) => wordsOf(o).length);
	const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
	if (options.some((o) => !/^How to \p{Ll}/u.test(o))) return 'an option is not "How to …"';
	if (shortest < HOWTO_OPTION.min || longest > HOWTO_OPTION.max)
		return `options of ${shortest} to ${longest} words`;
	return longest > HOWTO_OPTION.ratio * shortest
		? `an option of ${longest} words beside one of ${shortest}`
		: undefined;
}

/**
 * A word as a sentence writes it mid-sentence: lower case unless the text never writes it so
 * ("Basil" of a heading "Caring for Basil" is "basil" in the guide's sentences).
 */
function asWritten(word: string, text: string): string {
	const lower = word.toLowerCase();
	if (!/^\p{L}+$/u.test(word) || new RegExp(`\\b${lower}\\b`).test(text)) return lower;
	const name = `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
	// After a word in lower case: not one of a heading in Title Case ("Get Rid of Mice Naturally").
	return new RegExp(`(?:^|\\s)[a-z]+[,;]? ${name}\\b`).test(text) ? name : lower;
}

/**
 * The step a paragraph opens on, as a task: "1 Freeze the basil." → "freeze the basil". Only a
 * short command, without a number or a bracket in it. The parse takes a step's capitalised verb
 * after its number for a name ("1 Choose"), so the step is read again in lower case.
 */
function stepTask(s: Sentence, text: string): string | undefined {
	const toks = s.tokens.filter((t, i) => !(i === 0 && /^\d+$/.test(t.text)));
	const [first, last] = [toks[0], toks[toks.length - 1]];
	if (!first || !last) return undefined;
	const line = text.slice(first.start, last.end).replace(/[.!]$/, '');
	const n = wordsOf(line).length;
	if (n < 2 || n > 7 || /[\d()"“”:;,]/.test(line)) return undefined;
	const task = line.charAt(0).toLowerCase() + line.slice(1);
	return nlp(task).match('^#Imperative').found ? task : undefined;
}

/**
 * Three steps of different paragraphs as wrong options beside the key: the title's thing named in
 * one at least, spread over the guide (its first, middle and last steps), none overlapping.
 */
function pickSteps(steps: { task: string; s: Sentence }[], key: string, title: string) {
	const titled = (t: string) => contentWords(t).some((w) => contentWords(title).includes(w));
	const ordered = [...steps.filter((x) => titled(x.task)), ...steps.filter((x) => !titled(x.task))];
	const picked: { task: string; s: Sentence }[] = [];
	for (const step of ordered) {
		const options = [key, ...picked.map((p) => `How to ${p.task}`), `How to ${step.task}`];
		if (picked.length >= 3 || picked.some((p) => p.s.paragraph === step.s.paragraph)) continue;
		if (!howToFormProblem(options) && !overlapping(options, title)) picked.push(step);
	}
	return picked.length === 3 && picked.some((p) => titled(p.task)) ? picked : undefined;
}

/** The how-to item of a guide whose title names its task, when its steps give three wrong options. */
export function howToCandidates(norm: NormalizedText, sentences: readonly Sentence[]): Candidate[] {
	const title = norm.title ?? '';
	const task = howToTask(title);
	if (!task) return [];
	const key = `How to ${task
		.split(/\s+/)
		.map((w) => asWritten(w, norm.text.slice(title.length)))
		.join(' ')}`;
	const firsts = sentences.filter((s, i) => i === 0 || sentences[i - 1]?.paragraph !== s.paragraph);
	const steps = firsts.flatMap((s) => {
		const t = stepTask(s, norm.text);
		return t && !contentWords(t).every((w) => contentWords(task).includes(w))
			? [{ task: t, s }]
			: [];
	});
	const wrong = pickSteps(steps, key, title);
	const lead = sentences.find((s) => !stepTask(s, norm.text)) ?? sentences[0];
	if (!wrong || !lead) return [];
	const distractors = wrong.map((w) => `How to ${w.task}`);
	if (lengthCue(key, distractors)) return [];
	const fact = wholeSentenceFact(lead, {
		id: `gist-howto-${lead.index}`,
		kind: 'gist',
		value: { text: key, start: lead.start, end: lead.end, type: 'thing' },
		statement: norm.text.slice(lead.start, lead.end),
		salience: 1
	});
	return [
		{
			id: `${fact.id}-main-idea`,
			kind: 'main-idea',
			stem: MAIN_IDEA_HOWTO_STEM,
			answer: key,
			distractors,
			fact,
			source: { sentence: fact.statement, start: lead.start, end: lead.end },
			explanation: [
				`The whole guide explains ${key.charAt(0).toLowerCase()}${key.slice(1)}, step by step.`,
				...wrong.map(
					(w) =>
						`"How to ${w.task}" is only one step, in paragraph ${paragraphOf(sentences, w.s) + 1}.`
				)
			].join(' ')
		}
	];
}

/** A sentence's paragraph as a reader counts them from 0. */
const paragraphOf = (sentences: readonly Sentence[], s: Sentence) =>
	[...new Set(sentences.map((x) => x.paragraph))].indexOf(s.paragraph);
