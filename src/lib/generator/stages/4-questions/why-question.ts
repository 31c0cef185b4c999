// A clause put as a "why" question in plain question grammar: the auxiliary moved before the
// subject ("The lake's ice is clear" → "Why is the lake's ice clear?") or "do" supplied
// ("The council closed the bridge" → "Why did the council close the bridge?"). Its own small
// reading of subject and verb, so a clause the general clause finder does not split (a tagger's
// slip on an earlier word, a clause after "so") can still be asked; whatever it cannot read
// surely it refuses.
import nlp from 'compromise';
import type { Sentence, Token } from '../../types';
import { spanText } from '../3-facts/clauses';
import { AUX } from '../3-facts/words';

/** The parts of a clause a stem is made of. */
export interface AskedClause {
	/** "Why did the council close the bridge" without its "?". */
	question: string;
	subject: string;
	/** The auxiliary the question opens on ("did", "is", "can"). */
	lead: string;
	/** The verb as the question writes it, and what follows it. */
	verb: string;
	rest: string;
}

/** Words a subject never opens on: it would be a fronted phrase, a link or a verb. */
const NOT_SUBJECT_START =
	/^(and|but|or|so|then|yet|also|still|however|because|since|when|while|if|although|though|as|after|before|until|to|of|in|on|at|by|for|with|from)$/;

/** Whether a token is a finite verb the clause's subject goes with. */
const finite = (t: Token) =>
	AUX.has(t.normal) ||
	(t.tags.has('Verb') &&
		!t.tags.has('Gerund') &&
		!t.tags.has('Participle') &&
		(t.tags.has('PastTense') || t.tags.has('PresentTense')));

/** A subject's head is plural: "olms", "the thin strings" (not "glass", "bus", "news"). */
const pluralHead = (subject: readonly Token[]) => {
	// "the pressure of the air inside the lungs": the head comes before the first preposition.
	const cut = subject.findIndex((t, i) => i > 0 && t.tags.has('Preposition'));
	const head = (cut > 0 ? subject.slice(0, cut) : subject).at(-1);
	return (
		!!head &&
		(head.tags.has('Plural') || (/[^su]s$/.test(head.normal) && !head.tags.has('ProperNoun')))
	);
};

/** The verb's plain form: "closed" → "close", "swells" → "swell"; undefined when unknown. */
function plainForm(t: Token): string | undefined {
	const root = (t.root ?? infinitive(t.text)).toLowerCase();
	return /^[a-z-]+$/.test(root) ? root : undefined;
}

/** The tagger's infinitive of a finite verb ("sees" → "see"), worked out once per form. */
const INFINITIVES = new Map<string, string>();
function infinitive(verb: string): string {
	if (!INFINITIVES.has(verb)) {
		const doc = nlp(verb).tag('Verb') as ReturnType<typeof nlp>;
		INFINITIVES.set(verb, doc.verbs().toInfinitive().text().trim());
	}
	return INFINITIVES.get(verb) ?? '';
}

/**
 * The clause of tokens [from, to) as a "why" question, or undefined when its subject or verb
 * cannot be read surely: a subject of more than eight words or with a comma, none before the
 * verb, a verb the tagger gives no plain form of.
 */
export function whyQuestion(
	s: Sentence,
	from: number,
	to: number,
	/** What a pronoun subject stands for ("it" → "the tern"), named in the question instead. */
	named = ''
): AskedClause | undefined {
	const toks = s.tokens;
	const v = toks.findIndex((t, i) => i > from && i < to && finite(t));
	if (v < 0 || v - from > 8) return undefined;
	const subj = toks.slice(from, v);
	if (
		NOT_SUBJECT_START.test(subj[0]?.normal ?? '') ||
		subj.slice(0, -1).some((t) => /[,;:()]/.test(t.post)) ||
		/[,;:()]/.test(subj.at(-1)?.post ?? '') ||
		(!named && !subj.some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun'))) ||
		// "All this effort", "the same page": a subject that points to another sentence.
		(!named &&
			subj.some((t) =>
				/^(this|these|those|such|same|former|latter|it|its|they|their|them)$/.test(t.normal)
			)) ||
		subj.some(
			(t) => finite(t) || (t.tags.has('Preposition') && /^(that|which|who)$/.test(t.normal))
		)
	)
		return undefined;
	if (named && v !== from + 1) return undefined;
	const subject = named || spanText(s, from, v);
	const verb = toks[v] as Token;
	// What follows the verb, up to the clause's end, without its closing punctuation.
	const restOf = (at: number) => (at < to ? spanText(s, at, to).replace(/[,;:.!\s]+$/, '') : '');
	// "has to change": "have" of obligation takes "do" ("Why does the basket have to change?").
	const obliged = /^(has|have|had)$/.test(verb.normal) && toks[v + 1]?.normal === 'to';
	if (AUX.has(verb.normal) && !obliged) {
		// "is clear" → "is … clear"; "has grown" → "has … grown"; "can be" → "can … be".
		const rest = restOf(v + 1);
		if (!rest) return undefined;
		return {
			question: `Why ${verb.normal} ${subject} ${rest}`,
			subject,
			lead: verb.normal,
			verb: verb.normal,
			rest
		};
	}
	const plain = obliged ? 'have' : plainForm(verb);
	if (!plain || (plain === verb.normal && verb.tags.has('PastTense'))) return undefined;
	const lead = verb.tags.has('PastTense')
		? 'did'
		: pluralHead(subj) || !/s$/.test(verb.normal)
			? 'do'
			: 'does';
	const rest = restOf(v + 1);
	return {
		question: `Why ${lead} ${subject} ${plain}${rest ? ` ${rest}` : ''}`,
		subject,
		lead,
		verb: plain,
		rest
	};
}
