// Turns a clause and one typed value in it into a fact with a question frame.
import type { ClauseFrame, Entity, Fact, Mention, Sentence, Token } from '../../types';
import { type Clause, spanText } from './clauses';
import type { Value } from './values';
import {
	endsItsPhrase,
	headsSubject,
	predicatePhraseStart,
	subjectValueEnd,
	type ValuePhrase,
	valuePhrase
} from './value-phrase';

const WHERE_PREPS = new Set(['in', 'at', 'near', 'inside']);
const WHEN_PREPS = new Set(['in', 'on', 'during']);
const STRAND_PREPS = new Set(['by', 'with', 'against', 'to', 'from']);
/** "with 50,818 votes", "by 424 votes": a count after these moves with "how many" ("With how many …"). */
export const QUANTITY_PREPS = new Set(['with', 'by']);
/** Emphasis before a count that a question may drop: "comes just ten days before …". */
const EMPHASIS = new Set(['just', 'only', 'exactly']);

export interface EventContext {
	entities: Map<string, Entity>;
	/** Replacement for a resolved pronoun subject ("he" → "Ahmed Mohamed"). */
	subjectText: string;
	subjectResolved: boolean;
	factId: (s: Sentence, v: Value) => string;
	/** Words the article capitalises inside a sentence, where only names are (`namesMidSentence`). */
	midSentenceCapitals?: ReadonlySet<string>;
	/** Words the article writes in lower case somewhere: "Construction" at a start is "construction". */
	lowerWords?: ReadonlySet<string>;
}

/** The common case of a stem's subject: lower-case unless it starts with a name. */
export function subjectForStem(s: Sentence, clause: Clause, ctx: EventContext): string {
	if (ctx.subjectResolved) return ctx.subjectText;
	const first = s.tokens[clause.subject[0]] as Token;
	const text = ctx.subjectText;
	// Only words that are surely common lose their capital: "The", "Police"; "Nair" keeps it.
	// "My crew are four men": a possessive pronoun is never a name ("my crew", not "My crew").
	const common =
		first.tags.has('Determiner') ||
		/^(my|our|your|his|her|its|their)$/.test(first.normal) ||
		first.tags.has('Adjective') ||
		// "Selfridges", tagged a plural, is a name when the article also capitalises it mid-sentence.
		(first.tags.has('Plural') &&
			!first.tags.has('ProperNoun') &&
			!ctx.midSentenceCapitals?.has(first.normal)) ||
		// "Fishing accounted for …" → "did fishing account for …".
		(first.tags.has('Gerund') && !first.tags.has('ProperNoun')) ||
		// "Construction began in 2021" → "did construction begin", not "did Construction begin"
		// (review k3): a word the article also writes in lower case, never capitalised inside one.
		(clause.subject[0] === 0 &&
			!first.tags.has('ProperNoun') &&
			!!ctx.lowerWords?.has(first.normal) &&
			!ctx.midSentenceCapitals?.has(first.normal));
	return common && !/^\p{Lu}{2,}/u.test(first.text)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
}

/** Builds the fact for value `v` in `clause`, or undefined when no clean question frame exists. */
export function eventFact(clause: Clause, v: Value, ctx: EventContext): Fact | undefined {
	const phrase = valuePhrase(clause.sentence, v, clause.predicate[1]);
	const slot = SLOTS.find((candidate) => candidate.holds(clause, v, ctx));
	const frame = slot?.frame(clause, v, ctx, phrase);
	if (!frame) return undefined;
	if (!questionable(v, frame)) return undefined;
	return factOf(clause, v, ctx, phrase, frame);
}

/** A place in the clause a value can sit, and how a question is framed around a value there. */
interface Slot {
	/** Whether value `v` sits in this slot of `clause`. */
	holds: (clause: Clause, v: Value, ctx: EventContext) => boolean;
	/** The question frame for the value in this slot, or undefined when it cannot be asked about. */
	frame: (clause: Clause, v: Value, ctx: EventContext, p: ValuePhrase) => ClauseFrame | undefined;
}

/** The slots in the order they are tried: the first that holds the value frames it or drops it. */
const SLOTS: readonly Slot[] = [
	{
		holds: (clause, v, ctx) =>
			v.tokenStart >= clause.subject[0] && v.tokenEnd <= clause.subject[1] && !ctx.subjectResolved,
		frame: subjectFrame
	},
	{
		holds: (clause, v) => v.tokenStart >= clause.predicate[0] && v.tokenEnd <= clause.predicate[1],
		frame: objectFrame
	},
	{
		holds: (clause, v) =>
			v.tokenEnd === clause.fronted[1] &&
			v.tokenStart === clause.fronted[0] + 2 &&
			!!clause.sentence.tokens[clause.fronted[0]]?.tags.has('PastTense') &&
			['date', 'year'].includes(v.type),
		frame: frontedParticipleFrame
	},
	{
		holds: (clause, v) => v.tokenEnd === clause.fronted[1] && clause.fronted[1] > 0,
		frame: frontedPhraseFrame
	}
];

/** The parts of a frame that come from the clause's verb chunk as they are. */
function verbParts(clause: Clause): Pick<ClauseFrame, 'aux' | 'verbRest' | 'doSupport'> {
	return { aux: clause.aux, verbRest: clause.verbRest, doSupport: clause.doSupport };
}

/** A value in the subject: "How many people live …?", "Who was arrested …?". */
function subjectFrame(
	clause: Clause,
	v: Value,
	_ctx: EventContext,
	p: ValuePhrase
): ClauseFrame | undefined {
	const s = clause.sentence;
	const [ss, se] = clause.subject;
	// Subject slot: the value must be the subject's head, with only titles or "the" before it.
	const { end, unitNoun } = subjectValueEnd(s, v, p, se);
	if (end !== se) return undefined;
	if (!headsSubject(s.tokens.slice(ss, p.valueStart))) return undefined;
	if (v.type !== 'quantity' && !['person', 'organisation', 'place'].includes(v.type))
		return undefined;
	return {
		...verbParts(clause),
		subject: '',
		verb: spanText(s, clause.verb[0], clause.verb[1]),
		before: spanText(s, clause.predicate[0], clause.predicate[1]),
		after: '',
		prep: '',
		slot: 'subject',
		unitNoun
	};
}

/** A value in the predicate: "Where was the festival held?", "How many seats did … win?". */
function objectFrame(
	clause: Clause,
	v: Value,
	ctx: EventContext,
	p: ValuePhrase
): ClauseFrame | undefined {
	const s = clause.sentence;
	const toks = s.tokens;
	const [ps, pe] = clause.predicate;
	const end = v.type === 'quantity' && p.unitNoun ? p.unitEnd : v.tokenEnd;
	if (!endsItsPhrase(s, v, end, pe)) return undefined;
	const { phraseStart, prep } = predicatePhraseStart(toks, ps, p.valueStart);
	if (phraseStart !== ps && prep === '' && v.type !== 'quantity') return undefined;
	// "comes just ten days before …": the emphasis goes, the count is asked about.
	const emphasis =
		v.type === 'quantity' &&
		prep === '' &&
		phraseStart === ps + 1 &&
		EMPHASIS.has(toks[ps]?.normal ?? '');
	if (v.type === 'quantity' && !emphasis && !countAskable(toks, ps, phraseStart, prep, p))
		return undefined;
	// A value inside a coordinated phrase ("cost $12 million and holds 85,000 books") is unsafe.
	if (toks.slice(ps, phraseStart).some((t) => t.normal === 'and' || t.normal === 'or'))
		return undefined;
	return {
		...verbParts(clause),
		subject: subjectForStem(s, clause, ctx),
		verb: spanText(s, clause.verb[0], clause.verb[1]),
		before: emphasis ? '' : spanText(s, ps, phraseStart),
		after: spanText(s, end, pe),
		prep,
		slot: 'object',
		unitNoun: p.unitNoun,
		...(p.percent ? { percent: p.percent } : {})
	};
}

/** Whether a count (not after dropped emphasis) can be asked about where its phrase starts. */
function countAskable(
	toks: readonly Token[],
	ps: number,
	phraseStart: number,
	prep: string,
	p: ValuePhrase
): boolean {
	// "accounted for 70 percent of the market": a percentage may follow a stranded "for".
	if (p.percent && prep === 'for' && phraseStart === ps) return true;
	// "intends to hold two referendums": the count is the object of an infinitive.
	const infinitive =
		prep === '' &&
		phraseStart === ps + 2 &&
		toks[ps]?.normal === 'to' &&
		!!toks[ps + 1]?.tags.has('Infinitive');
	if (infinitive) return true;
	if (prep === '' && phraseStart === ps) return true;
	return QUANTITY_PREPS.has(prep) && !!p.unitNoun && !p.percent;
}

/** "Started in 1990, the festival continues …" → "In what year was the festival started?" */
function frontedParticipleFrame(clause: Clause, _v: Value, ctx: EventContext): ClauseFrame {
	const s = clause.sentence;
	const toks = s.tokens;
	const participle = toks[clause.fronted[0]] as Token;
	const plural = !!toks[clause.subject[1] - 1]?.tags.has('Plural');
	return {
		aux: plural ? 'were' : 'was',
		verbRest: participle.normal,
		doSupport: '',
		subject: subjectForStem(s, clause, ctx),
		verb: `${plural ? 'were' : 'was'} ${participle.normal}`,
		before: '',
		after: '',
		prep: (toks[clause.fronted[0] + 1] as Token).normal,
		slot: 'object'
	};
}

/** "On Tuesday, the government announced ...": a fronted date or place. */
function frontedPhraseFrame(clause: Clause, v: Value, ctx: EventContext): ClauseFrame | undefined {
	const s = clause.sentence;
	const toks = s.tokens;
	const p = toks[0] as Token;
	const onlyValue = v.tokenStart === 1 || (v.tokenStart === 2 && toks[1]?.normal === 'the');
	if (!onlyValue || !p.tags.has('Preposition')) return undefined;
	return {
		...verbParts(clause),
		subject: subjectForStem(s, clause, ctx),
		verb: spanText(s, clause.verb[0], clause.verb[1]),
		before: spanText(s, clause.predicate[0], clause.predicate[1]),
		after: '',
		prep: p.normal,
		slot: 'object'
	};
}

/** The fact for value `v`, measured as `p`, asked about through `frame`. */
function factOf(
	clause: Clause,
	v: Value,
	ctx: EventContext,
	p: ValuePhrase,
	frame: ClauseFrame
): Fact {
	const s = clause.sentence;
	return {
		id: ctx.factId(s, v),
		kind: kindOf(v),
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: spanText(s, clause.subject[0], clause.subject[1]),
		action: spanText(s, clause.verb[0], clause.verb[1]),
		object: spanText(s, clause.predicate[0], clause.predicate[1]),
		value: {
			text: p.value,
			start: s.tokens[p.valueStart]?.start ?? v.start,
			end: v.end,
			type: v.type,
			...(v.entity ? { entity: v.entity } : {})
		},
		statement: '',
		frame,
		salience: 0
	};
}

function kindOf(v: Value): Fact['kind'] {
	if (v.type === 'quantity') return 'quantity';
	if (v.type === 'date' || v.type === 'year' || v.type === 'weekday') return 'date';
	if (v.type === 'place') return 'place';
	return 'event';
}

/** Whether a stem can be made for this value type in this slot with this preposition. */
function questionable(v: Value, f: ClauseFrame): boolean {
	if (f.slot === 'subject') return true;
	switch (v.type) {
		case 'person':
		case 'organisation':
			return f.prep === '' || STRAND_PREPS.has(f.prep);
		case 'place':
			return f.prep === '' || WHERE_PREPS.has(f.prep) || STRAND_PREPS.has(f.prep);
		case 'date':
		case 'year':
		case 'weekday':
			return WHEN_PREPS.has(f.prep);
		case 'quantity':
			return f.prep === '' || QUANTITY_PREPS.has(f.prep) || (!!f.percent && f.prep === 'for');
		default:
			return false;
	}
}

export type { Mention };
