// Where clauses start inside a sentence: after a fronted phrase ("In the first half,", "Started in
// 1990,"), after a subordinate clause, after ";" or ", and", and after a verb that reports a claim.
import type { Sentence, Token } from '../../types';
import {
	breaksAfter,
	innerComma,
	isAdverb,
	isVerb,
	OPENERS,
	REPORTING,
	SUBORDINATORS,
	TIME_WORDS
} from './words';

/** Words that end a fronted phrase of time: "Six minutes later,", "This year,", "Ten years ago,". */
const TIME_ENDS =
	/^(later|ago|earlier|before|after|year|years|week|weeks|month|months|day|days|time|season)$/;

/**
 * Where the subject starts after a fronted phrase ("In the first half,", "Finally,", "Six minutes
 * later,", "In 2014 the …"), `from` when there is none, or undefined when a fronted phrase cannot
 * be delimited with confidence.
 */
export function frontedEnd(toks: Token[], from: number): number | undefined {
	const first = toks[from] as Token;
	const second = toks[from + 1];
	// "About 300 fishermen live …": a count's modifier opens the subject, not a fronted phrase.
	if (
		/^(about|around|over|nearly|almost|approximately)$/.test(first.normal) &&
		second?.tags.has('Value')
	)
		return from;
	const timed = timePhraseEnd(toks, from);
	if (timed !== undefined) return timed;
	const strict =
		first.tags.has('Preposition') ||
		TIME_WORDS.has(first.normal) ||
		first.tags.has('Date') ||
		(['prior', 'according'].includes(first.normal) && second?.normal === 'to');
	// A fronted phrase ends at the first comma and holds no verb.
	let k = from;
	// "On April 12, 1981, …": the comma inside a date does not end the fronted phrase.
	while (
		k < Math.min(toks.length, from + 10) &&
		(!breaksAfter(toks[k]) || innerComma(toks[k] as Token, toks[k + 1]))
	)
		k++;
	const comma = k < toks.length - 3 && (toks[k] as Token).post.includes(',');
	const noVerb = toks.slice(from, k + 1).every((t) => !isVerb(t));
	// "Started in 1990, the festival continues …": a participle phrase of time before the subject.
	if (
		first.tags.has('PastTense') &&
		/ed$/.test(first.normal) &&
		/^(in|on|during)$/.test(second?.normal ?? '') &&
		comma &&
		k < from + 6 &&
		toks.slice(from + 1, k + 1).every((t) => !isVerb(t))
	)
		return k + 1;
	if (strict) {
		// "Yesterday Mohamed received …", "Meanwhile, the team …": the time word alone is fronted.
		if (TIME_WORDS.has(first.normal)) return from + 1;
		if (comma && noVerb && k < from + 10) return k + 1;
		// "In 2014 the municipal tax changed": a year right after the preposition, then the subject.
		const third = toks[from + 2];
		if (
			first.tags.has('Preposition') &&
			second &&
			/^(1[5-9]|20)\d\d$/.test(second.text) &&
			!/[,;:]/.test(second.post) &&
			(third?.tags.has('Determiner') || /^\p{Lu}/u.test(third?.text ?? ''))
		)
			return from + 2;
		return undefined;
	}
	// Softer openers: "Finally," alone, or a phrase of time ending at a comma ("Six minutes later,").
	if (!comma || !noVerb || k > from + 6) return from;
	// "Finally,", "Third,": one transition word before the subject.
	if (k === from && (isAdverb({ ...first, post: '' }) || first.tags.has('Ordinal')))
		return from + 1;
	const last = toks[k] as Token;
	const timely =
		TIME_ENDS.test(last.normal) || toks.slice(from, k + 1).some((t) => t.tags.has('Date'));
	const opener =
		first.tags.has('Value') ||
		first.tags.has('Adverb') ||
		/^(this|last|next|that|each|every|one)$/.test(first.normal);
	return timely && opener ? k + 1 : from;
}

/** Units of time an "every …" phrase counts: "every hour", "each two weeks". */
const TIME_UNIT =
	/^(hours?|days?|weeks?|months?|years?|minutes?|seconds?|mornings?|nights?|evenings?|summers?|winters?|springs?|autumns?|seasons?|times?)$/;

/** Words that open a phrase of time before its unit: "every hour", "last summer", "the next day". */
const TIME_OPENER = /^(every|each|this|last|next|that)$/;
const THE_TIME_OPENER = /^(next|following|same|previous)$/;

/**
 * "Every hour the wicks needed checking", "Last summer the cable parted", "The next morning the
 * crew …": a phrase of time without its comma, before a subject that opens on a determiner or a
 * name. Read as the subject, it gave "Why did every hour the wicks need checking?" (review k3) and
 * "How many miles did last summer the cable part …?" (review k4).
 */
function timePhraseEnd(toks: Token[], from: number): number | undefined {
	const the = toks[from]?.normal === 'the' && THE_TIME_OPENER.test(toks[from + 1]?.normal ?? '');
	if (!the && !TIME_OPENER.test(toks[from]?.normal ?? '')) return undefined;
	let k = from + (the ? 2 : 1);
	if (toks[k]?.tags.has('Value')) k++;
	if (!TIME_UNIT.test(toks[k]?.normal ?? '') || /[,;:]/.test(toks[k]?.post ?? '')) return undefined;
	const next = toks[k + 1];
	const subject =
		!!next && !isVerb(next) && (next.tags.has('Determiner') || /^\p{Lu}/u.test(next.text));
	return subject ? k + 1 : undefined;
}

/**
 * Token indexes where a main clause may start: the sentence start, after a fronted subordinate
 * clause ("After the match ended, ..."), and after "; " or ", and" / ", but" between clauses.
 */
export function clauseStarts(sentence: Sentence): number[] {
	const toks = sentence.tokens;
	const out = [0];
	const first = toks[0];
	if (
		first &&
		OPENERS.has(first.normal) &&
		!['it', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those'].includes(
			first.normal
		)
	) {
		const k = toks.findIndex((t, i) => i < 20 && t.post.includes(','));
		if (k > 0) out.push(k + 1);
	}
	toks.forEach((t, i) => {
		const next = toks[i + 1]?.normal ?? '';
		// "Professor Li says iodine is added …": the reported clause is a claim of the article too.
		if (i >= 1 && REPORTING.has(t.normal) && !/["',:]/.test(t.post) && !/"/.test(t.pre))
			out.push(next === 'that' ? i + 2 : i + 1);
		if (i < 3) return;
		if (/;/.test(t.post)) out.push(i + 1);
		else if (/,/.test(t.post) && ['and', 'but'].includes(next)) out.push(i + 2);
		// "…, since Great Britain had abolished slavery in 1833": a subordinate clause the article asserts.
		else if (/,/.test(t.post) && SUBORDINATORS.has(next)) out.push(i + 2);
	});
	return out.filter((i) => i <= toks.length - 4);
}
