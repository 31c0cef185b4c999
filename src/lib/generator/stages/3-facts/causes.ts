// Cause and effect: a clause the article explains with "because" ("Lossless compression is possible
// because most real-world data exhibits statistical redundancy") is a fact whose value is the
// reason, asked as "Why is lossless compression possible?". Only explicit links: a reason the text
// leaves to inference is a reason two readers may see differently.
import type { ClauseFrame, Fact, Sentence, Token } from '../../types';
import { clauseStarts, findClause, spanText, type Clause } from './clauses';
import {
	REASON_MAX_WORDS,
	REASON_MIN_WORDS,
	reasonIn,
	type ReasonLink,
	type ReasonSpan
} from './reason-span';
import { lowerWords, REPORTING } from './words';
import { unbalanced } from '../../well-formed';

/** Words after which the main clause no longer asserts what the reason explains. */
const HEDGED_MAIN =
	/^(not|never|no|n't|if|whether|that|which|who|whom|when|while|although|though|unless|until|perhaps|partly|mainly|largely|probably|possibly|may|might|could|would)$/;

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
	/** Set when its first word is a name the article writes only with a capital ("Bazalgette"). */
	named?: boolean;
	/** Set for a guide's explanation of one of its steps (`guide-reasons.ts`). */
	guide?: boolean;
}

/**
 * The cause fact of a sentence that gives a reason with "because" or "because of". With `clause`
 * (its main clause, subject resolved as `subjectText` and written for a stem as `stemSubject`) the
 * fact has a frame for "Why …?"; without, it is asked as a blank on the reason.
 */
export function causeFact(
	s: Sentence,
	makeId: (raw: string) => string,
	clause?: { clause: Clause; stemSubject: string; subjectText: string },
	links?: readonly ReasonLink[]
): Fact | undefined {
	const found = explainedReason(s, clause?.clause, links);
	if (!found || !assertsMain(s, clause?.clause, found)) return undefined;
	const fact = reasonFact(s, makeId, found, clause?.subjectText ?? '', !!links);
	if (!fact) return undefined;
	// "Why was its hull made of aluminium?": a subject that points back is left to a blank.
	if (!clause || POINTING.test(clause.stemSubject.split(' ')[0]?.toLowerCase() ?? '')) return fact;
	const frame = whyFrame(s, clause.clause, clause.stemSubject, found);
	const effect = effectClause(s, clause.clause, clause.subjectText, found);
	const withEffect = effect ? { ...fact, effect } : fact;
	return frame ? { ...withEffect, object: frame.before, frame } : withEffect;
}

/**
 * What the reason explains, as a clause of its own with its subject named: "The council closed the
 * bridge" of "Because of the flood, the council closed the bridge". The key of "What happened as a
 * result of …?"; undefined when it is left open or leans on a pronoun.
 */
function effectClause(
	s: Sentence,
	c: Clause,
	subjectText: string,
	{ reason, leading }: FoundReason
): string | undefined {
	const rest = spanText(s, c.verb[0], leading ? c.predicate[1] : reason.at).replace(
		/[,;:.\s]+$/,
		''
	);
	const subject = subjectText.trim();
	const text = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${rest}`;
	if (!subject || unbalanced(text) || POINTING.test(subject.split(' ')[0]?.toLowerCase() ?? ''))
		return undefined;
	return text;
}

/** A reason a sentence gives, and whether it opens the sentence, before the main clause. */
export interface FoundReason {
	reason: ReasonSpan;
	leading: boolean;
}

/**
 * The reason a sentence gives for its main clause `c` (without one, for what comes before it),
 * or undefined when there is none or it explains something else.
 */
function explainedReason(
	s: Sentence,
	c: Clause | undefined,
	links?: readonly ReasonLink[]
): FoundReason | undefined {
	const toks = s.tokens;
	if (/\?["')]*$/.test(s.text) || /^["'(]/.test(s.text)) return undefined;
	// "Because it requires deliberate effort, winking can acquire special meaning": the reason opens
	// the sentence and the main clause follows its comma.
	const leading = links
		? !!c && /^(because|due|since|as|owing|on)$/.test(toks[0]?.normal ?? '') && c.verb[0] > 2
		: !!c && toks[0]?.normal === 'because' && c.fronted[0] > 0;
	const from = c ? Math.max(c.predicate[0], c.verb[1]) : 4;
	const reason = leading ? reasonIn(s, 0, true, links) : reasonIn(s, from, false, links);
	if (!reason) return undefined;
	// "Due to the war, …" may be read as the clause's fronted phrase: the reason ends where it does.
	const opens =
		c && (reason.end === c.fronted[0] || (c.fronted[0] === 0 && reason.end === c.fronted[1]));
	if (leading && !opens) return undefined;
	// The main clause must run up to "because": a reason after another clause explains that one.
	if (c && !leading && reason.at > c.predicate[1]) return undefined;
	return { reason, leading };
}

/**
 * Modals of what was or is possible, which hedge nothing after a reason that opens the sentence:
 * "Because every copy was the same, scholars could refer to the same page" asserts that they could
 * (only a trailing "because" after "could" may explain the hedge: "it could be because …").
 */
const ABLE = /^(could|can)$/;

/** "was not pressured because …", "said that … because": the reason may belong to something else. */
const hedged = (t: Token) =>
	HEDGED_MAIN.test(t.normal) ||
	REPORTING.has(t.normal) ||
	t.tags.has('Negative') ||
	/n['’]t$/.test(t.text);

/** Whether the main clause asserts what the reason explains, in no speaker's or reader's voice. */
function assertsMain(
	s: Sentence,
	c: Clause | undefined,
	{ reason, leading }: FoundReason
): boolean {
	const toks = s.tokens;
	const main =
		leading && c ? toks.slice(c.verb[0], c.predicate[1]) : toks.slice(c ? c.verb[0] : 0, reason.at);
	if (main.some((t) => hedged(t) && !(leading && c && ABLE.test(t.normal)))) return false;
	return !main.some((t) => t.tags.has('Pronoun') && PERSONAL.test(t.normal));
}

/** The cause fact as a blank on the reason, or undefined when a bracket or quote is left open. */
export function reasonFact(
	s: Sentence,
	makeId: (raw: string) => string,
	{ reason, leading }: FoundReason,
	subjectText: string,
	broad: boolean
): Fact | undefined {
	const first = s.tokens[reason.bodyAt] as Token;
	const last = s.tokens[reason.end - 1] as Token;
	const value = {
		text: spanText(s, reason.bodyAt, reason.end),
		start: first.start,
		end: last.end,
		type: 'reason' as const
	};
	const upTo = leading
		? s.text.replace(/[.!]$/, '')
		: spanText(s, 0, reason.at).replace(/[,;:\s]+$/, '');
	if (unbalanced(value.text) || unbalanced(upTo)) return undefined;
	return {
		id: makeId(`${broad ? 'link' : 'reason'}-${s.index}`),
		kind: 'cause',
		...(broad ? { broad } : {}),
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: subjectText,
		action: reason.link,
		object: '',
		value,
		statement: `${upTo}.`,
		salience: 0
	};
}

/** The frame of "Why …?" on main clause `c`, or undefined when no clean one exists. */
function whyFrame(
	s: Sentence,
	c: Clause,
	stemSubject: string,
	{ reason, leading }: FoundReason
): ClauseFrame | undefined {
	const before = spanText(s, c.predicate[0], leading ? c.predicate[1] : reason.at).replace(
		/[,;:\s]+$/,
		''
	);
	if (unbalanced(before)) return undefined;
	// "Because of the flood, the bridge was closed": the fronted phrase is the reason itself.
	const after = leading && c.fronted[0] === 0 ? '' : keptSetting(s, c);
	if (after === undefined) return undefined;
	return {
		subject: stemSubject,
		verb: spanText(s, ...c.verb),
		aux: c.aux,
		verbRest: c.verbRest,
		doSupport: c.doSupport,
		before,
		after,
		prep: reason.link,
		slot: 'object'
	};
}

/**
 * The phrase of time or place clause `c` opens with, as the question ends with it ('' when it
 * opens with none), or undefined when it opens with a phrase the question cannot keep.
 */
function keptSetting(s: Sentence, c: Clause): string | undefined {
	// "In 1862, paper money was issued …": a phrase of time or place the clause opens with names
	// which of several such events is meant, so the question keeps it, at its end ("Why did the
	// lamps need cleaning every hour?").
	const opening = c.fronted[1] > c.fronted[0] ? spanText(s, c.fronted[0], c.fronted[1]) : '';
	const setting = opening.replace(/[,;:\s]+$/, '');
	const keeps =
		/^(In|On|During|By|After|Before|Until|From|Since|At|Between|Every|Each)\s/.test(setting) &&
		setting.split(/\s+/).length <= 6 &&
		!/\b(this|that|these|those|it|its|they|their|he|his|she|her)\b/i.test(setting);
	if (opening && !keeps) return undefined;
	return keeps ? `${setting.charAt(0).toLowerCase()}${setting.slice(1)}` : '';
}

/** A reason as an option: "Because most real-world data …", "Because of the events that followed". */
export function asReason(body: string, link = 'because'): string {
	const t = body.replace(/[.,;:\s]+$/, '');
	return `${link.charAt(0).toUpperCase()}${link.slice(1)} ${t}`;
}

/** The reason itself, as it fills a blank after its link: "Because of X" → "X". */
export const reasonBody = (option: string) =>
	option.replace(
		/^(Because of|Because|Due to|Owing to|Thanks to|So that|Since|As a result of|On account of) /,
		''
	);

/**
 * The words an article writes with a capital inside a sentence and never in lower case, from its
 * `lowerWords` (which marks the first "^"): names, which a reason opening on one keeps ("Because
 * Bazalgette was appointed …", review k12).
 */
export function capitalisedNames(lower: ReadonlySet<string>): Set<string> {
	const out = new Set<string>();
	for (const w of lower)
		if (
			w.startsWith('^') &&
			/^\p{Lu}\p{Ll}/u.test(w.slice(1)) &&
			!lower.has(w.slice(1).toLowerCase())
		)
			out.add(w.slice(1));
	return out;
}

/** Whether an option gives its reason as a noun phrase ("Because of the war"), not a clause. */
export const isPhraseReason = (option: string) =>
	/^(Because of|Due to|Owing to|Thanks to|As a result of|On account of) /.test(option);

/** Whom a clause's first word names. */
export function voiceOf(clause: string): ReasonVoice {
	const first = (
		clause.replace(/^(because (of )?|so that )/i, '').match(/^[\p{L}']+/u)?.[0] ?? ''
	).toLowerCase();
	return PERSONAL.test(first) ? 'personal' : POINTING.test(first) ? 'pointing' : 'named';
}

/**
 * Every clause of the article that could be offered as a reason: the reasons it gives, and its
 * sentences of one clause. Wrong options for "why" questions come from here: other things the
 * article says, which a reader who followed it knows do not explain this one.
 */
export function reasonPool(
	sentences: readonly Sentence[],
	links?: readonly ReasonLink[]
): ReasonOption[] {
	const out: ReasonOption[] = [];
	const seen = new Set<string>();
	// Words the article writes in lower case somewhere: "Traces" at a sentence's start is no name.
	const lower = lowerWords(sentences);
	const capitalised = capitalisedNames(lower);
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
			explicit,
			...(capitalised.has(body.match(/^[\p{L}-]+/u)?.[0] ?? '') ? { named: true } : {})
		});
	};
	const lowerFirst = (text: string) => {
		const first = text.match(/^[\p{L}-]+/u)?.[0] ?? '';
		const lowered = first.toLowerCase();
		return lower.has(lowered) ? `${lowered}${text.slice(first.length)}` : text;
	};
	for (const s of sentences) {
		if (/\?["')]*$/.test(s.text) || /["\u201C\u201D]/.test(s.text)) continue;
		const reason = links
			? (reasonIn(s, 1, false, links) ?? reasonIn(s, 0, true, links))
			: (reasonIn(s, 1) ?? (s.tokens[0]?.normal === 'because' ? reasonIn(s, 0, true) : undefined));
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
