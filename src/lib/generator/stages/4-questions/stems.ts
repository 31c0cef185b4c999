// Question stems built from a fact's clause frame: the wh word its value asks for, the auxiliary
// moved before the subject, a past passive turned active, the sentence a blank is shown in, and the
// stem tidied and anchored.
import type { Entity, Fact, QuestionKind } from '../../types';
import { BLANK, GAP_PROMPT } from './gaps';
import { LEAD_MARKER } from '../3-facts/sentences';

const STRAND = new Set(['by', 'with', 'against', 'to', 'from']);

/** The wh word a fact's value is asked with, and the kind of question that makes. */
function whFor(
	fact: Fact,
	entities: Map<string, Entity>
): { wh: string; kind: QuestionKind } | undefined {
	const f = fact.frame;
	const v = fact.value;
	if (!f) return undefined;
	const where = ['in', 'at', 'near', 'inside'].includes(f.prep);
	switch (v.type) {
		case 'person':
			return { wh: 'Who', kind: 'who' };
		case 'organisation':
			return { wh: 'Which organisation', kind: 'what' };
		case 'place': {
			if (f.slot === 'object' && (where || f.prep === 'to' || f.prep === 'from'))
				return { wh: 'Where', kind: 'where' };
			const sub = entities.get(v.entity ?? '')?.subtype;
			return { wh: `Which ${sub ?? 'place'}`, kind: 'what' };
		}
		case 'year':
			return { wh: 'In what year', kind: 'when' };
		case 'thing':
			return { wh: 'What', kind: 'what' };
		case 'weekday':
			return { wh: 'On what day', kind: 'when' };
		case 'date':
			return { wh: 'When', kind: 'when' };
		case 'quantity': {
			if (!f.unitNoun) return undefined;
			if (f.percent) return { wh: `What percentage ${f.unitNoun}`, kind: 'how-many' };
			if (/^(percent|money)$/.test(f.unitNoun)) return undefined;
			// "With how many votes was she elected?": the preposition moves with the count.
			const prep = f.prep ? `${f.prep.charAt(0).toUpperCase()}${f.prep.slice(1)} how` : 'How';
			return { wh: `${prep} many ${f.unitNoun}`, kind: 'how-many' };
		}
		default:
			return undefined;
	}
}

/** "Who also said …?": "also" points back to a sentence the learner is not shown. */
const withoutAlso = (t: string) => t.replace(/\b(also|too) /g, '');

/** The stem for a clause fact: subject questions keep word order, others invert the auxiliary. */
export function frameStem(
	fact: Fact,
	entities: Map<string, Entity>
): { stem: string; kind: QuestionKind } | undefined {
	const frame = fact.frame;
	const wh = whFor(fact, entities);
	if (!frame || !wh) return undefined;
	const f = { ...frame, verb: withoutAlso(frame.verb), verbRest: withoutAlso(frame.verbRest) };
	if (f.slot === 'subject') return { stem: `${wh.wh} ${f.verb} ${f.before}?`, kind: wh.kind };
	// "The request was advanced by Livorno" → "Which organisation advanced the request?": the agent
	// of a past passive is asked about in the active voice, whose verb is the same "-ed" form.
	const agent = ['person', 'organisation'].includes(fact.value.type) && f.prep === 'by';
	if (agent && /^(was|were)$/.test(f.aux)) {
		// "The bridge was built by Ames" → "Who built the bridge?": irregular participles by table.
		const active = activePast(f.verbRest);
		if (active)
			return { stem: `${wh.wh} ${active} ${f.subject} ${f.before} ${f.after}?`, kind: wh.kind };
	}
	const strand = (STRAND.has(f.prep) && fact.value.type !== 'quantity') || f.percent ? f.prep : '';
	const lead = f.aux || f.doSupport;
	// The stranded preposition stays with its verb: "Who was the request advanced by in 2010?".
	const stem = `${wh.wh} ${lead} ${f.subject} ${f.verbRest} ${f.before} ${strand} ${f.after}?`;
	return { stem, kind: wh.kind };
}

/**
 * "Why is lossless compression possible?" from "Lossless compression is possible because …": the
 * clause up to its reason, with the auxiliary (or "did", "does", "do") before the subject.
 */
export function whyStem(fact: Fact): string | undefined {
	const f = fact.frame;
	const lead = f && (f.aux || f.doSupport);
	if (!f || !lead) return undefined;
	return `Why ${lead} ${f.subject} ${withoutAlso(f.verbRest)} ${withoutAlso(f.before)} ${f.after}?`;
}

/**
 * "Fill in the blank: The units may only work for a short time because _____." The sentence up to
 * the end of its reason, when what is left is short enough to read as one blank.
 */
export function reasonGap(fact: Fact, sentence: string): string | undefined {
	const at = fact.value.start - fact.start;
	const end = fact.value.end - fact.start;
	if (sentence.slice(at, end) !== fact.value.text) return undefined;
	const rest = sentence.slice(end);
	// "Because _____, winking can acquire …": a reason that opens the sentence keeps its clause.
	const opens = /^because\s+(of\s+)?$/i.test(sentence.slice(0, at));
	const shown = `${sentence.slice(0, at)}${BLANK}${opens || /^[\s"')]*[.!]?["')]*$/.test(rest) ? rest : '.'}`;
	const words = shown.split(/\s+/).length;
	return words >= 8 && words <= 30 ? `${GAP_PROMPT} ${shown}` : undefined;
}

/**
 * The fact with the phrase its sentence opens with put back before its clause: "At the end of the
 * 12th century, Norway came under the influence of England", not "Norway came under the influence
 * of England", which may be true of another time. Reviewers of tuning articles asked for "In 1950"
 * and "As of the 2001 census" back: a blank shown without its opening loses what sets it apart.
 */
export function withOpening(fact: Fact, sentence: string): Fact {
	const statement = fact.statement;
	const opening = /^([^,;:()"]{2,80}),\s/.exec(sentence.trim())?.[1];
	// "However," and "In addition," lean on the sentence before: the clause is better alone.
	if (!statement || !opening || statement.startsWith(opening) || LEAD_MARKER.test(`${opening} `))
		return fact;
	// The clause as it follows the opening in the sentence itself, word for word: "the kingdom",
	// not the "The kingdom" that opens the clause's own statement.
	const first = statement.split(' ')[0] ?? '';
	const lowered = /^(The|A|An|Its|Their|His|Her)$/.test(first)
		? `${first.toLowerCase()}${statement.slice(first.length)}`
		: statement;
	const clause = [statement, lowered].find((c) =>
		sentence.includes(`${opening}, ${c.replace(/[.!?]$/, '')}`)
	);
	return clause ? { ...fact, statement: `${opening}, ${clause}` } : fact;
}

/** Past tenses of irregular participles: "built" → "built", "written" → "wrote". */
const IRREGULAR_PAST: Record<string, string> = {
	built: 'built',
	made: 'made',
	held: 'held',
	led: 'led',
	won: 'won',
	sold: 'sold',
	found: 'found',
	brought: 'brought',
	bought: 'bought',
	sent: 'sent',
	paid: 'paid',
	kept: 'kept',
	caught: 'caught',
	taught: 'taught',
	fought: 'fought',
	struck: 'struck',
	shot: 'shot',
	hit: 'hit',
	written: 'wrote',
	taken: 'took',
	given: 'gave',
	known: 'knew',
	seen: 'saw',
	drawn: 'drew',
	beaten: 'beat',
	chosen: 'chose',
	shown: 'showed',
	driven: 'drove',
	thrown: 'threw',
	begun: 'began',
	spoken: 'spoke',
	stolen: 'stole',
	broken: 'broke',
	sung: 'sang',
	grown: 'grew',
	overseen: 'oversaw',
	undertaken: 'undertook',
	overtaken: 'overtook',
	eaten: 'ate',
	forgotten: 'forgot',
	hidden: 'hid',
	ridden: 'rode',
	worn: 'wore',
	torn: 'tore',
	sworn: 'swore',
	withdrawn: 'withdrew'
};

/** The active past of a passive participle ("approved", "quickly approved", "built"), if known. */
export function activePast(participle: string): string | undefined {
	if (/^([a-z]+ly )?[a-z]+ed$/.test(participle)) return participle;
	const m = /^([a-z]+ly )?([a-z]+)$/.exec(participle);
	const past = m && IRREGULAR_PAST[m[2] ?? ''];
	return past ? `${m[1] ?? ''}${past}` : undefined;
}

/** "Who ordered the pause?" is clear but short: it says where the answer is to be found. */
export function anchored(stem: string): string {
	const words = stem.split(/\s+/);
	// "Who said?" asks nothing: only a stem with an object or complement is anchored.
	const bare =
		words.length < 3 ||
		/^(said|says|told|added|wrote|noted|explained)\?$/.test(words[words.length - 1] ?? '');
	return words.length < 5 && !bare && stem.endsWith('?')
		? `${stem.slice(0, -1)}, according to the article?`
		: stem;
}

/** Collapses spaces, drops stray punctuation before "?", capitalises the first letter. */
export function tidy(stem: string): string {
	const s = stem
		.replace(/\s+/g, ' ')
		// Not before a decimal: "hitting at .429" keeps its space.
		.replace(/\s+([?,.;:])(?!\d)/g, '$1')
		.replace(/[,;:.]+\?$/, '?')
		.trim();
	return s.charAt(0).toUpperCase() + s.slice(1);
}
