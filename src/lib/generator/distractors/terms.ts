// Candidates for what the article calls things and people: its terms of the answer's kind, and the
// titles it gives others.
import type { Fact } from '../types';
import type { Term } from '../stages/3-facts/concepts';
import { shuffle } from '../random';
import { isCondition } from './term-kinds';
import type { DistractorContext } from './context';

/** The article's terms of the answer's number and kind, most alike first. */
export function thingCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	// Other terms of the same number, most alike first: as many words, the same ending
	// ("-ism" for "-ism"), and ones that are subjects of clauses, as answers are.
	const det = /^(the|a|an) /i.test(v.text);
	const words = v.text.split(' ').length;
	const ending = v.text.slice(-3).toLowerCase();
	// "Brain damage" is no answer beside "Iodine": a condition only beside a condition.
	const condition = isCondition(v.text);
	const definedAnswer = ctx.things.some(
		(t) => t.defined && t.text.toLowerCase() === v.text.toLowerCase()
	);
	const likeness = (t: Term) =>
		(t.text.split(' ').length === words ? 2 : 0) +
		(t.text.slice(-3).toLowerCase() === ending ? 2 : 0) +
		(t.subject ? 1 : 0) +
		// A defined term beside other defined terms: "Oligarchy" beside "Democracy".
		(t.defined && definedAnswer ? 3 : 0);
	const terms = shuffle(
		ctx.things.filter(
			(t) =>
				t.number === v.entity &&
				/^(the|a|an) /i.test(t.text) === det &&
				isCondition(t.text) === condition
		),
		ctx.rand
	);
	// A lone common word ("Water", "Time", "Pinch") is rarely of the answer's kind: only
	// phrases and defined terms are offered, and only beside a phrase or a defined term.
	const termLike = (t: string, defined: boolean) => defined || t.includes(' ');
	if (!termLike(v.text, definedAnswer)) return [];
	return terms
		.filter((t) => termLike(t.text, t.defined))
		.sort((a, b) => likeness(b) - likeness(a))
		.map((t) => t.text);
}

/** Titles the article gives other people. */
export function titleCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	// Never a title the same person also holds elsewhere in the article.
	const own = new Set(
		ctx.facts.filter((f) => f.kind === 'role' && f.person === fact.person).map((f) => f.value.text)
	);
	const inArticle = ctx.facts
		.filter((f) => f.kind === 'role' && !own.has(f.value.text))
		.map((f) => f.value.text);
	// Only titles the article gives other people: a lexicon title beside them ("Pope" beside a
	// Nepali king) is either absurd or answered by common knowledge.
	return shuffle([...new Set(inArticle)], ctx.rand);
}
