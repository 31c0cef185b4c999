// "What happened as a result of the flood?": the other half of "why". The key is what the article
// says a cause brought about; the wrong options are other events and outcomes of the same article,
// of the key's form (clause or noun phrase), that the article does not give as results of it.
import type { Candidate, Fact } from '../../types';
import type { DistractorContext } from '../../distractors/context';
import type { CauseLink } from '../3-facts/links';
import { isPhraseReason, asReason, POINTING, reasonBody } from '../3-facts/causes';
import { wordsOf } from '../../well-formed';
import { notEvent } from './effect-checks';
import { topicOf } from './topics';
import {
	namesOf,
	pickOutcomes,
	sameText,
	shapeOf,
	subjectHead,
	type Outcome
} from './effect-options';

/** A link with the fact a question about it cites. */
interface AskedLink extends CauseLink {
	fact: Fact;
	/** How the article links them: "led to" asks "What did X lead to?". */
	byVerb: boolean;
}

const PERSONAL = /^(i|we|you|my|our|your)$/;
const LEANING =
	/\b(there|then|this|these|those|also|too|such|however|thus|therefore|again|it|they|he|she|him|her|them)\b|^\S+ly\s/i;

const capitalised = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

/** Every "What happened as a result of …?" item of the article. */
export function effectItems(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string,
	ctx: DistractorContext
): Candidate[] {
	const links = onePerSentence([...factLinks(facts), ...(ctx.causeLinks ?? []).map(verbLinkFact)]);
	const outcomes = outcomePool(links, ctx);
	const names = namesOf(ctx.sentenceTexts ?? []);
	const out: Candidate[] = [];
	for (const link of links) {
		const stem = effectStem(link, link.effectForm === 'phrase' || shapeOf(link.effect).past);
		if (!stem) continue;
		// Every outcome the article gives this cause: none may be offered as wrong.
		const outcomes_ = links.filter((o) => sameCause(o.cause, link.cause)).map((o) => o.effect);
		const answer = capitalised(link.effect);
		const rand = ctx.sideRand?.(`${link.fact.id}-effect`) ?? ctx.rand;
		const head = link.effectForm === 'clause' ? subjectHead(answer, names) : undefined;
		const target = { ...link, answer, form: link.effectForm, outcomes: outcomes_, head };
		const wrong = pickOutcomes(target, outcomes, rand);
		const forms = wrong.map((o) => o.form);
		const source = { sentence: sentenceText(link.fact), start: link.start, end: link.end };
		out.push({
			id: `${link.fact.id}-effect`,
			kind: 'effect',
			stem,
			answer,
			distractors: wrong.map((o) => o.text),
			fact: link.fact,
			source,
			explanation: `The article says: "${source.sentence}"`,
			effectOf: {
				cause: link.cause,
				outcomes: outcomes_,
				form: link.effectForm,
				forms,
				shapes: [answer, ...wrong.map((o) => o.text)].map(shapeOf)
			}
		});
	}
	return out;
}

/**
 * Whether two causes may be one: the same words, or a content word in common ("the decision to
 * close the school" and "the closure of the school"): what the article gives as a result of either
 * is never offered as wrong for the other.
 */
function sameCause(a: string, b: string): boolean {
	if (sameText(a, b)) return true;
	const other = topicOf(b);
	return [...topicOf(a)].some((w) => other.has(w));
}

/** The first link of each sentence: a "because" fact's before a verb's or a connective's. */
function onePerSentence(links: readonly AskedLink[]): AskedLink[] {
	const seen = new Set<number>();
	return links.filter((l) => !seen.has(l.sentence) && !!seen.add(l.sentence));
}

/** The cause facts whose reason explains a clause of their sentence, as links. */
function factLinks(facts: readonly Fact[]): AskedLink[] {
	return facts
		.map((f) => ({ f, effect: f.kind === 'cause' ? (f.effect ?? plainEffect(f)) : undefined }))
		.filter(({ f, effect }) => effect && f.action !== 'so that')
		.map(({ f, effect }) => ({
			sentence: f.sentence,
			paragraph: f.paragraph,
			start: f.start,
			end: f.end,
			cause: f.value.text,
			effect: effect as string,
			causeForm: isPhraseReason(asReason(f.value.text, f.action)) ? 'phrase' : 'clause',
			effectForm: 'clause',
			fact: f,
			byVerb: false
		}));
}

/** Words a clause cannot open on and stand alone. */
const NOT_ALONE =
	/^(because|due|since|as|owing|on|when|while|if|although|though|but|and|so|however|thus|then|it|they|he|she|this|these|those|that|there|i|we|you)$/i;

/**
 * What a reason explains when its clause had no frame: the sentence up to the reason ("Crevasses
 * form"), when that is a short clause of its own, not one that leans on another.
 */
function plainEffect(f: Fact): string | undefined {
	const text = f.statement.replace(/[.!\s]+$/, '');
	const words = text.split(/\s+/);
	if (words.length < 3 || words.length > 14 || /[,;:()"“”]/.test(text)) return undefined;
	return NOT_ALONE.test(words[0] ?? '') ? undefined : text;
}

/** A link said by a verb or a connective, with a fact of its own to cite. */
function verbLinkFact(link: CauseLink): AskedLink {
	const fact: Fact = {
		id: `effect-${link.sentence}`,
		kind: 'cause',
		sentence: link.sentence,
		paragraph: link.paragraph,
		start: link.start,
		end: link.end,
		subject: link.cause,
		action: link.causeForm === 'phrase' ? 'led to' : 'so',
		object: link.effect,
		value: { text: link.effect, start: link.start, end: link.end, type: 'reason' },
		statement: `${capitalised(link.cause)} led to ${link.effect}.`,
		salience: 0.3
	};
	return { ...link, fact, byVerb: link.causeForm === 'phrase' && link.effectForm === 'phrase' };
}

/**
 * "What did the drought lead to?", "What happened as a result of the flood?", "… because …?". A
 * key that tells how things are rather than what happened ("Winters are mild for the latitude")
 * is asked as a result: "What is one result of the North Atlantic Current?".
 */
function effectStem(link: AskedLink, happened: boolean): string | undefined {
	const first = link.cause.split(/\s+/)[0]?.toLowerCase() ?? '';
	// "What happened because it rained?": a cause that points back names nothing.
	if (POINTING.test(first) || PERSONAL.test(first) || wordsOf(link.cause).length < 2)
		return undefined;
	if (link.byVerb) return `What did ${link.cause} lead to?`;
	if (!happened)
		return link.causeForm === 'phrase'
			? `What is one result of ${link.cause}?`
			: `What is one result of the fact that ${link.cause}?`;
	if (link.causeForm === 'phrase') return `What happened as a result of ${link.cause}?`;
	return `What happened because ${link.cause}?`;
}

/**
 * Every clause and phrase of the article that could be offered as an outcome: the causes and
 * effects it links, then its other main clauses (from the reason pool, where each is a clause).
 */
function outcomePool(links: readonly AskedLink[], ctx: DistractorContext): Outcome[] {
	const out: Outcome[] = [];
	const seen = new Set<string>();
	const push = (
		text: string,
		sentence: number,
		form: Outcome['form'],
		linked: boolean,
		happening = false
	) => {
		const t = capitalised(text.replace(/[.,;:\s]+$/, ''));
		const first = t.split(/\s+/)[0]?.toLowerCase() ?? '';
		if (seen.has(t.toLowerCase()) || POINTING.test(first) || PERSONAL.test(first)) return;
		// "The ground there was higher": an option that points elsewhere is read against its stem.
		// "Label each tub": an instruction or advice is no outcome (effect-tells-of-events).
		if (LEANING.test(t) || notEvent(t)) return;
		seen.add(t.toLowerCase());
		out.push({ text: t, sentence, form, linked, ...(happening ? { happening } : {}) });
	};
	// What the article gives as a cause of something else is an event of it too: "the river rose".
	for (const l of links) {
		push(l.effect, l.sentence, l.effectForm, true);
		push(l.cause, l.sentence, l.causeForm, true);
	}
	// The phrases an effect item is asked with (the stricter, wider pool), else the "why" items' own.
	for (const p of ctx.outcomePhrases ?? ctx.eventPhrases ?? [])
		push(p.text, p.sentence, 'phrase', false, !!p.happening);
	// (A purpose, "so that the line could avoid the marshes", is what someone meant, no outcome.)
	// (A reason put as a phrase is in the phrase pool above when it is whole: "an alliance of
	// France" cut from a list is not.)
	const phrases = !!ctx.outcomePhrases;
	for (const r of ctx.broadReasons ?? [])
		if (!r.text.startsWith('So that ') && !(phrases && isPhraseReason(r.text)))
			push(
				reasonBody(r.text),
				r.sentence,
				isPhraseReason(r.text) ? 'phrase' : 'clause',
				r.explicit
			);
	return out;
}
