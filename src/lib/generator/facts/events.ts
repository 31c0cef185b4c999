// Turns a clause and one typed value in it into a fact with a question frame.
import type { ClauseFrame, Entity, Fact, Mention, Sentence, Token } from '../types';
import { type Clause, spanText } from './clauses';
import type { Value } from './values';
import { COUNT_MODIFIERS } from '../lexicons';

const WHERE_PREPS = new Set(['in', 'at', 'near', 'inside']);
const WHEN_PREPS = new Set(['in', 'on', 'during']);
/** Prepositions a value phrase may open with, whatever the tagger called them. */
const WH_PREPS = new Set([
	'in',
	'on',
	'at',
	'by',
	'with',
	'from',
	'to',
	'during',
	'near',
	'inside',
	'against'
]);
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
}

/** The common case of a stem's subject: lower-case unless it starts with a name. */
export function subjectForStem(s: Sentence, clause: Clause, ctx: EventContext): string {
	if (ctx.subjectResolved) return ctx.subjectText;
	const first = s.tokens[clause.subject[0]] as Token;
	const text = ctx.subjectText;
	// Only words that are surely common lose their capital: "The", "Police"; "Nair" keeps it.
	const common =
		first.tags.has('Determiner') ||
		first.tags.has('Adjective') ||
		// "Selfridges", tagged a plural, is a name when the article also capitalises it mid-sentence.
		(first.tags.has('Plural') &&
			!first.tags.has('ProperNoun') &&
			!ctx.midSentenceCapitals?.has(first.normal)) ||
		// "Fishing accounted for …" → "did fishing account for …".
		(first.tags.has('Gerund') && !first.tags.has('ProperNoun'));
	return common && !/^\p{Lu}{2,}/u.test(first.text)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
}

/** Builds the fact for value `v` in `clause`, or undefined when no clean question frame exists. */
export function eventFact(clause: Clause, v: Value, ctx: EventContext): Fact | undefined {
	const s = clause.sentence;
	const toks = s.tokens;
	const [ss, se] = clause.subject;
	const [ps, pe] = clause.predicate;
	const verb = spanText(s, clause.verb[0], clause.verb[1]);
	const pred = spanText(s, ps, pe);
	const base = {
		aux: clause.aux,
		verbRest: clause.verbRest,
		doSupport: clause.doSupport
	};
	let frame: ClauseFrame | undefined;
	let unitEnd = v.tokenEnd;
	if (v.type === 'quantity' && v.unit && !['money', 'percent'].includes(v.unit)) {
		while (unitEnd < toks.length && toks[unitEnd]?.normal !== v.unit) unitEnd++;
		unitEnd++;
		// "70 members of the Legislative Council": the "of" phrase belongs to what is counted, so
		// it moves with "How many": "How many members of the Legislative Council does … elect?"
		if (toks[unitEnd]?.normal === 'of' && !/[,;]/.test(toks[unitEnd - 1]?.post ?? '')) {
			let k = unitEnd + 1;
			while (k < pe && !toks[k]?.tags.has('Preposition') && !/[,;]/.test(toks[k - 1]?.post ?? ''))
				k++;
			if (k === pe || toks[k]?.tags.has('Preposition')) unitEnd = k;
		}
	}
	// "70 percent of the market": a percentage is asked about with its "of" phrase.
	const percent = v.type === 'quantity' && v.unit === 'percent';
	if (percent && toks[unitEnd]?.normal === 'of' && !/[,;]/.test(toks[unitEnd - 1]?.post ?? '')) {
		let k = unitEnd + 1;
		while (k < pe && !toks[k]?.tags.has('Preposition') && !/[,;]/.test(toks[k - 1]?.post ?? ''))
			k++;
		if (k > unitEnd + 1 && (k === pe || toks[k]?.tags.has('Preposition'))) unitEnd = k;
	}
	let valueStart = v.tokenStart;
	let value = v.text;
	const mod = `${toks[v.tokenStart - 2]?.normal ?? ''} ${toks[v.tokenStart - 1]?.normal ?? ''}`;
	if (v.type === 'quantity') {
		if (toks[v.tokenStart - 2] && COUNT_MODIFIERS.test(mod)) valueStart -= 2;
		else if (COUNT_MODIFIERS.test(toks[v.tokenStart - 1]?.normal ?? '')) valueStart -= 1;
		value = spanText(s, valueStart, v.tokenEnd);
	}
	let unitNoun =
		v.type === 'quantity' && unitEnd > v.tokenEnd ? spanText(s, v.tokenEnd, unitEnd) : undefined;

	if (v.tokenStart >= ss && v.tokenEnd <= se && !ctx.subjectResolved) {
		// Subject slot: the value must be the subject's head, with only titles or "the" before it.
		let end = v.type === 'quantity' ? unitEnd : v.tokenEnd;
		// "two billion people around the world live …": a phrase after the counted noun moves with it.
		const rest = toks.slice(end, se);
		if (
			v.type === 'quantity' &&
			unitNoun &&
			end < se &&
			rest[0]?.tags.has('Preposition') &&
			rest.every((t) => !t.tags.has('Verb') && !/[,;:()"]/.test(t.post))
		) {
			unitNoun = spanText(s, v.tokenEnd, se);
			end = se;
		}
		if (end !== se) return undefined;
		const lead = toks.slice(ss, valueStart);
		if (lead.some((t) => t.tags.has('Pronoun') || ['and', 'or', 'of'].includes(t.normal)))
			return undefined;
		// "The decision to halt operations against Russia was conveyed": the value ends the subject
		// but is not its head; only articles, titles and adjectives may stand before the head.
		const linking = /^(to|of|in|on|for|with|from|against|towards?|about|over|by|at|into|than)$/;
		if (lead.some((t) => t.tags.has('Preposition') || t.tags.has('Verb') || linking.test(t.normal)))
			return undefined;
		if (v.type !== 'quantity' && !['person', 'organisation', 'place'].includes(v.type))
			return undefined;
		frame = {
			...base,
			subject: '',
			verb,
			before: pred,
			after: '',
			prep: '',
			slot: 'subject',
			unitNoun
		};
	} else if (v.tokenStart >= ps && v.tokenEnd <= pe) {
		const end = v.type === 'quantity' && unitNoun ? unitEnd : v.tokenEnd;
		const after = toks[end];
		// A value that modifies a following noun ("the 2018 World Cup") cannot be asked about.
		if (end < pe && after && (after.tags.has('Noun') || after.tags.has('Value'))) return undefined;
		// "ended with Sweden winning three points": the value is the subject of its own clause.
		if (after?.tags.has('Gerund')) return undefined;
		if (/^'s/.test(s.text.slice(v.end - s.start))) return undefined;
		let phraseStart = valueStart;
		if (toks[phraseStart - 1]?.normal === 'the') phraseStart--;
		let prep = '';
		// "was held on Sunday": the tagger may read "held on" as a phrasal verb; "on" still governs.
		const before = toks[phraseStart - 1];
		if (
			phraseStart > ps &&
			(before?.tags.has('Preposition') || WH_PREPS.has(before?.normal ?? ''))
		) {
			phraseStart--;
			prep = (toks[phraseStart] as Token).normal;
		}
		// "lost tragically back on February 1": "back" goes with the date it points to.
		if (prep && phraseStart > ps && toks[phraseStart - 1]?.normal === 'back') phraseStart--;
		if (phraseStart !== ps && prep === '' && v.type !== 'quantity') return undefined;
		// "comes just ten days before …": the emphasis goes, the count is asked about.
		const emphasis =
			v.type === 'quantity' &&
			prep === '' &&
			phraseStart === ps + 1 &&
			EMPHASIS.has(toks[ps]?.normal ?? '');
		// "accounted for 70 percent of the market": a percentage may follow a stranded "for".
		const percentFor = percent && prep === 'for' && phraseStart === ps;
		// "intends to hold two referendums": the count is the object of an infinitive.
		const infinitive =
			v.type === 'quantity' &&
			prep === '' &&
			phraseStart === ps + 2 &&
			toks[ps]?.normal === 'to' &&
			!!toks[ps + 1]?.tags.has('Infinitive');
		if (
			v.type === 'quantity' &&
			!emphasis &&
			!percentFor &&
			!infinitive &&
			(prep !== '' || phraseStart !== ps) &&
			!(QUANTITY_PREPS.has(prep) && unitNoun && !percent)
		)
			return undefined;
		// A value inside a coordinated phrase ("cost $12 million and holds 85,000 books") is unsafe.
		if (toks.slice(ps, phraseStart).some((t) => t.normal === 'and' || t.normal === 'or'))
			return undefined;
		frame = {
			...base,
			subject: subjectForStem(s, clause, ctx),
			verb,
			before: emphasis ? '' : spanText(s, ps, phraseStart),
			after: spanText(s, end, pe),
			prep,
			slot: 'object',
			unitNoun,
			...(percent ? { percent } : {})
		};
	} else if (
		v.tokenEnd === clause.fronted[1] &&
		v.tokenStart === clause.fronted[0] + 2 &&
		toks[clause.fronted[0]]?.tags.has('PastTense') &&
		['date', 'year'].includes(v.type)
	) {
		// "Started in 1990, the festival continues …" → "In what year was the festival started?"
		const participle = toks[clause.fronted[0]] as Token;
		const plural = !!toks[se - 1]?.tags.has('Plural');
		frame = {
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
	} else if (v.tokenEnd === clause.fronted[1] && clause.fronted[1] > 0) {
		// "On Tuesday, the government announced ...": a fronted date or place.
		const p = toks[0] as Token;
		const onlyValue = v.tokenStart === 1 || (v.tokenStart === 2 && toks[1]?.normal === 'the');
		if (!onlyValue || !p.tags.has('Preposition')) return undefined;
		frame = {
			...base,
			subject: subjectForStem(s, clause, ctx),
			verb,
			before: pred,
			after: '',
			prep: p.normal,
			slot: 'object'
		};
	}
	if (!frame) return undefined;
	if (!questionable(v, frame)) return undefined;
	const subjectText = spanText(s, ss, se);
	return {
		id: ctx.factId(s, v),
		kind: kindOf(v),
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: subjectText,
		action: verb,
		object: pred,
		value: {
			text: value,
			start: toks[valueStart]?.start ?? v.start,
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
