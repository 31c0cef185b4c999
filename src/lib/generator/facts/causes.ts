// Cause and effect: a clause the article explains with "because" ("Lossless compression is possible
// because most real-world data exhibits statistical redundancy") is a fact whose value is the
// reason, asked as "Why is lossless compression possible?". Only explicit links: a reason the text
// leaves to inference is a reason two readers may see differently.
import type { Fact, Sentence, Token } from '../types';
import { clauseStarts, findClause, spanText, type Clause } from './clauses';
import { REPORTING } from './words';
import { unbalanced } from '../well-formed';

/** A reason shorter than this says too little to tell apart; longer ones are whole sentences. */
export const REASON_MIN_WORDS = 3;
export const REASON_MAX_WORDS = 14;

/** Words after which the main clause no longer asserts what the reason explains. */
const HEDGED_MAIN =
	/^(not|never|no|n't|if|whether|that|which|who|whom|when|while|although|though|unless|until|perhaps|partly|mainly|largely|probably|possibly|may|might|could|would)$/;

/** Where a reason ends before the sentence does: a second clause joined on after a comma. */
const REASON_BREAK = /^(and|but|which|who|while|although|though|so|whereas|as|since|because)$/;

/** Subjects that name the speaker or the reader: a reason in their voice fits only their own stem. */
const PERSONAL = /^(i|we|you|my|our|your|me|us)$/;
/** Subjects that point back to something named before. */
export const POINTING = /^(it|its|they|their|them|he|his|she|her|this|these|that|those)$/;

export type ReasonVoice = 'personal' | 'pointing' | 'named';

/** A clause offered as a reason: the key of a "why" question, or a wrong option for another. */
export interface ReasonOption {
	/** "Because most real-world data exhibits statistical redundancy". */
	text: string;
	sentence: number;
	paragraph: number;
	words: number;
	/** Whom the reason's subject names: a pronoun key among named ones would stand out. */
	voice: ReasonVoice;
	/** Set when the article gives it as the reason for something. */
	explicit: boolean;
}

/**
 * The cause fact of a sentence that gives a reason with "because" or "because of". With `clause`
 * (its main clause, subject resolved as `subjectText` and written for a stem as `stemSubject`) the
 * fact has a frame for "Why …?"; without, it is asked as a blank on the reason.
 */
export function causeFact(
	s: Sentence,
	makeId: (raw: string) => string,
	clause?: { clause: Clause; stemSubject: string; subjectText: string }
): Fact | undefined {
	const toks = s.tokens;
	if (/\?["')]*$/.test(s.text) || /^["'(]/.test(s.text)) return undefined;
	// "Because it requires deliberate effort, winking can acquire special meaning": the reason opens
	// the sentence and the main clause follows its comma.
	const leading = !!clause && toks[0]?.normal === 'because' && clause.clause.fronted[0] > 0;
	const from = clause ? Math.max(clause.clause.predicate[0], clause.clause.verb[1]) : 4;
	const reason = leading ? reasonIn(s, 0, true) : reasonIn(s, from);
	if (!reason) return undefined;
	if (leading && reason.end !== clause?.clause.fronted[0]) return undefined;
	// The main clause must run up to "because": a reason after another clause explains that one.
	if (clause && !leading && reason.at > clause.clause.predicate[1]) return undefined;
	const main = leading
		? toks.slice(clause.clause.verb[0], clause.clause.predicate[1])
		: toks.slice(clause ? clause.clause.verb[0] : 0, reason.at);
	// "was not pressured because …", "said that … because": the reason may belong to something else.
	const hedged = (t: Token) =>
		HEDGED_MAIN.test(t.normal) ||
		REPORTING.has(t.normal) ||
		t.tags.has('Negative') ||
		/n['’]t$/.test(t.text);
	if (main.some(hedged)) return undefined;
	if (main.some((t) => t.tags.has('Pronoun') && PERSONAL.test(t.normal))) return undefined;
	const first = toks[reason.bodyAt] as Token;
	const last = toks[reason.end - 1] as Token;
	const value = {
		text: spanText(s, reason.bodyAt, reason.end),
		start: first.start,
		end: last.end,
		type: 'reason' as const
	};
	const link = reason.link;
	const upTo = leading
		? s.text.replace(/[.!]$/, '')
		: spanText(s, 0, reason.at).replace(/[,;:\s]+$/, '');
	if (unbalanced(value.text) || unbalanced(upTo)) return undefined;
	const fact: Fact = {
		id: makeId(`reason-${s.index}`),
		kind: 'cause',
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: clause?.subjectText ?? '',
		action: link,
		object: '',
		value,
		statement: `${upTo}.`,
		salience: 0
	};
	// "Why was its hull made of aluminium?": a subject that points back is left to a blank.
	if (!clause || POINTING.test(clause.stemSubject.split(' ')[0]?.toLowerCase() ?? '')) return fact;
	const c = clause.clause;
	const before = spanText(s, c.predicate[0], leading ? c.predicate[1] : reason.at).replace(
		/[,;:\s]+$/,
		''
	);
	if (unbalanced(before)) return fact;
	// "In 1862, paper money was issued …": a phrase of time or place the clause opens with names
	// which of several such events is meant, so the question keeps it, at its end.
	const opening = c.fronted[1] > c.fronted[0] ? spanText(s, c.fronted[0], c.fronted[1]) : '';
	const setting = opening.replace(/[,;:\s]+$/, '');
	const keeps =
		/^(In|On|During|By|After|Before|Until|From|Since|At|Between)\s/.test(setting) &&
		setting.split(/\s+/).length <= 6 &&
		!/\b(this|that|these|those|it|its|they|their|he|his|she|her)\b/i.test(setting);
	if (opening && !keeps) return fact;
	return {
		...fact,
		object: before,
		frame: {
			subject: clause.stemSubject,
			verb: spanText(s, ...c.verb),
			aux: c.aux,
			verbRest: c.verbRest,
			doSupport: c.doSupport,
			before,
			after: keeps ? `${setting.charAt(0).toLowerCase()}${setting.slice(1)}` : '',
			prep: link,
			slot: 'object'
		}
	};
}

/** Words that link a clause to its reason: before a clause, or before a noun phrase. */
const LINKS: readonly { words: readonly string[]; phrase: boolean }[] = [
	{ words: ['because', 'of'], phrase: true },
	{ words: ['because'], phrase: false },
	{ words: ['due', 'to'], phrase: true },
	{ words: ['owing', 'to'], phrase: true },
	{ words: ['thanks', 'to'], phrase: true }
];

interface ReasonSpan {
	/** The link's first token, and where the reason itself starts and ends. */
	at: number;
	bodyAt: number;
	end: number;
	/** The link as the article writes it, lower-cased: "because", "due to". */
	link: string;
}

const linkAt = (toks: readonly Token[], i: number) =>
	LINKS.find((l) => l.words.every((w, k) => toks[i + k]?.normal === w));

/**
 * The reason in a sentence, from its link ("because", "because of", "due to") at or after token
 * `from` to the end of the sentence or to a second clause joined on after a comma. Undefined when
 * there is none, when it is cut short or when the sentence gives more than one ("because …, and
 * because …", "not because of X but due to Y").
 */
function reasonIn(s: Sentence, from: number, leading = false): ReasonSpan | undefined {
	const toks = s.tokens;
	const at = leading ? 0 : toks.findIndex((_, i) => i >= from && !!linkAt(toks, i));
	const link = at >= 0 ? linkAt(toks, at) : undefined;
	if (!link || toks.some((_, i) => i > at + 1 && linkAt(toks, i))) return undefined;
	// "…, for example because of": a reason given as an example is one of several.
	if (
		/^(example|instance|part|partly|mainly|largely|only|just|simply|not|precisely|exactly|is|was|are|were|be|been)$/.test(
			toks[at - 1]?.normal ?? ''
		)
	)
		return undefined;
	const bodyAt = at + link.words.length;
	let end = bodyAt;
	while (end < toks.length) {
		const t = toks[end] as Token;
		end++;
		if (/[;:()]/.test(t.post)) break;
		// A reason that opens the sentence ends at its comma, where the main clause starts.
		if (leading && /,/.test(t.post)) break;
		if (/,/.test(t.post) && REASON_BREAK.test(toks[end]?.normal ?? '')) break;
		// "because of its history, which …": a comma ends a phrase.
		if (link.phrase && /,/.test(t.post)) break;
	}
	const reason = toks.slice(bodyAt, end);
	if (reason.length < (link.phrase ? 2 : REASON_MIN_WORDS) || reason.length > REASON_MAX_WORDS)
		return undefined;
	// "because it is": a clause needs a verb of its own, a phrase a noun.
	if (!link.phrase && !reason.some((t) => t.tags.has('Verb'))) return undefined;
	if (link.phrase && !reason.some((t) => t.tags.has('Noun'))) return undefined;
	// "due to injury and was replaced by …": a phrase that runs on into a clause of its own.
	if (
		link.phrase &&
		reason.some((t, i) => /^(and|or)$/.test(t.normal) && !!reason[i + 1]?.tags.has('Verb'))
	)
		return undefined;
	if (
		reason.some(
			(t) => /^(then|also|too|this|these|that|those|such|it|them)$/.test(t.normal) && link.phrase
		)
	)
		return undefined;
	const last = reason[reason.length - 1] as Token;
	if (last.tags.has('Preposition') || last.tags.has('Determiner') || last.tags.has('Conjunction'))
		return undefined;
	return { at, bodyAt, end, link: link.words.join(' ') };
}

/** A reason as an option: "Because most real-world data …", "Because of the events that followed". */
export function asReason(body: string, link = 'because'): string {
	const t = body.replace(/[.,;:\s]+$/, '');
	return `${link.charAt(0).toUpperCase()}${link.slice(1)} ${t}`;
}

/** The reason itself, as it fills a blank after its link: "Because of X" → "X". */
export const reasonBody = (option: string) =>
	option.replace(/^(Because of|Because|Due to|Owing to|Thanks to) /, '');

/** Whether an option gives its reason as a noun phrase ("Because of the war"), not a clause. */
export const isPhraseReason = (option: string) =>
	/^(Because of|Due to|Owing to|Thanks to) /.test(option);

/** Whom a clause's first word names. */
export function voiceOf(clause: string): ReasonVoice {
	const first = (
		clause.replace(/^because (of )?/i, '').match(/^[\p{L}']+/u)?.[0] ?? ''
	).toLowerCase();
	return PERSONAL.test(first) ? 'personal' : POINTING.test(first) ? 'pointing' : 'named';
}

/**
 * Every clause of the article that could be offered as a reason: the reasons it gives, and its
 * sentences of one clause. Wrong options for "why" questions come from here: other things the
 * article says, which a reader who followed it knows do not explain this one.
 */
export function reasonPool(sentences: readonly Sentence[]): ReasonOption[] {
	const out: ReasonOption[] = [];
	const seen = new Set<string>();
	// Words the article writes in lower case somewhere: "Traces" at a sentence's start is no name.
	const lower = new Set<string>();
	for (const s of sentences)
		for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
	const push = (body: string, link: string, s: Sentence, explicit: boolean) => {
		const option = asReason(body, link);
		const words = option.split(/\s+/).length - 1;
		const key = option.toLowerCase();
		if (words < REASON_MIN_WORDS || words > REASON_MAX_WORDS || seen.has(key) || unbalanced(option))
			return;
		// "the laminate is then plated": a step that points to the one before it.
		if (/\b(then|also|too|thus|therefore|however|again)\b/i.test(body)) return;
		seen.add(key);
		out.push({
			text: option,
			sentence: s.index,
			paragraph: s.paragraph,
			words,
			voice: voiceOf(option),
			explicit
		});
	};
	const lowerFirst = (text: string) => {
		const first = text.match(/^[\p{L}-]+/u)?.[0] ?? '';
		const lowered = first.toLowerCase();
		return lower.has(lowered) ? `${lowered}${text.slice(first.length)}` : text;
	};
	for (const s of sentences) {
		if (/\?["')]*$/.test(s.text) || /["\u201C\u201D]/.test(s.text)) continue;
		const reason =
			reasonIn(s, 1) ?? (s.tokens[0]?.normal === 'because' ? reasonIn(s, 0, true) : undefined);
		if (reason) push(spanText(s, reason.bodyAt, reason.end), reason.link, s, true);
		// Each main clause up to its first break ("Nasser was born in Alexandria, …").
		let found = false;
		for (const start of clauseStarts(s)) {
			const clause = findClause(s, start);
			if (!clause) continue;
			found = true;
			const end =
				reason && reason.at >= clause.verb[1]
					? Math.min(reason.at, clause.predicate[1])
					: clause.predicate[1];
			const last = s.tokens[end - 1];
			// "… is characterized by extremely low, unreliable rainfall": a clause cut at a comma
			// is whole only where a new clause or an aside starts after it.
			const next = s.tokens[end]?.normal ?? '';
			const whole =
				end === s.tokens.length ||
				(reason && end === reason.at) ||
				(/[,;]/.test(last?.post ?? '') &&
					(/^(and|but|which|who|while|whereas|although|though|including|as|so)$/.test(next) ||
						/^[a-z]+ing$/.test(next)));
			if (whole && last && !last.tags.has('Conjunction') && !/^(not|to)$/.test(last.normal))
				push(lowerFirst(spanText(s, clause.subject[0], end)), 'because', s, false);
		}
		if (found) continue;
		// "It has no moon.": a short sentence whose subject points back stands as a reason as it is.
		const first = s.tokens[0];
		if (first && POINTING.test(first.normal) && first.tags.has('Pronoun') && !/,/.test(s.text))
			push(lowerFirst(s.text), 'because', s, false);
	}
	return out;
}
