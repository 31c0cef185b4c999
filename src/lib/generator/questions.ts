// Stage 4: question candidates from facts. Each stem is built by moving parts of the fact's
// clause frame, so it asks exactly what the source sentence states.
import type { Candidate, Entity, Fact, QuestionKind } from './types';
import {
	articleValues,
	containsWords,
	MOVED_VALUES,
	pickDistractors,
	type DistractorContext
} from './distractors';
import { sentenceIndex, sharedPredicate } from './ambiguity';
import {
	alterStatement,
	brokenText,
	statementStem,
	fillAlterations,
	poolBySentence,
	type FalseStatement
} from './statements';
import { BLANK, GAP_PROMPT, gapItems } from './gaps';
import { BODY_WORDS } from './lexicons';
import { pickReasons } from './reasons';
import { asReason, reasonBody } from './facts/causes';
import { LEAD_MARKER } from './facts/sentences';

/** Statement items come only from sentences a reader takes in at a glance: four long options that
 * differ in one word test matching, not reading. */
const STATEMENT_MAX_WORDS = 20;

/** What a statement item is about: the sentence's subject, when it is short and not the value swapped. */
function statementTopic(fact: Fact): string | undefined {
	const topic = fact.topic;
	if (!topic || fact.statement.split(/\s+/).length > STATEMENT_MAX_WORDS) return undefined;
	const values = [fact.value, ...(fact.swaps ?? [])].map((v) => v.text).filter(Boolean);
	return values.some((v) => containsWords(topic, v) || containsWords(v, topic)) ? undefined : topic;
}

const STRAND = new Set(['by', 'with', 'against', 'to', 'from']);

/** A speech verb in the past that a "who" question keeps as the sentence has it. */
const REPORTED_VERB =
	/^(suggested|argued|claimed|warned|insisted|proposed|recommended|urged|believed|noted|wrote|stated|announced|maintained|predicted|demanded|concluded|admitted|denied)$/;

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
/** Below this many candidates an article counts as sparse. */
const SPARSE = 6;

/** Builds the candidates (stem, answer, distractors) for every fact; may return several per fact. */
export function buildCandidates(
	facts: readonly Fact[],
	sentenceText: (f: Fact) => string,
	ctx: DistractorContext,
	kinds?: ReadonlySet<QuestionKind>
): Candidate[] {
	// Statement items cost the most to make (every value's alternatives): only when asked for.
	const statements = !kinds || kinds.has('statement');
	const out: Candidate[] = [];
	// Altered statements of every sentence, to complete statement items short of alterations.
	const falsePool: FalseStatement[] = [];
	const pending: {
		fact: Fact;
		own: string[];
		add: (wrong: string[], composite: boolean) => void;
	}[] = [];
	// A false statement shown in one item is not reused in another.
	const usedFalse = new Set<string>();
	// Every sentence facts came from, to find a predicate said of someone else.
	const sentences = sentenceIndex(facts, sentenceText);
	for (const fact of facts) {
		const source = { sentence: sentenceText(fact), start: fact.start, end: fact.end };
		const add = (
			kind: QuestionKind,
			stem: string,
			answer: string,
			ds: string[],
			explanation: string,
			composite = false,
			id = `${fact.id}-${kind}`
		) =>
			out.push({
				id,
				kind,
				stem: anchored(tidy(stem)),
				answer,
				distractors: ds,
				fact,
				source,
				explanation,
				...(composite ? { composite } : {})
			});
		const explained = `The article says: "${source.sentence}"`;
		if (fact.kind === 'cause') {
			const why = whyStem(fact);
			const gap = reasonGap(fact, source.sentence);
			const stem = why ?? gap;
			if (!stem) continue;
			const key = asReason(fact.value.text, fact.action);
			const wrong = pickReasons(fact, key, stem, ctx.reasons ?? [], ctx.rand);
			if (why) add('why', why, key, wrong, explained);
			// Without a frame to invert, the reason is blanked in the sentence as the article has it.
			else add('gap', stem, fact.value.text, wrong.map(reasonBody), explained);
			continue;
		}
		const distractors = pickDistractors(fact, source.sentence, ctx);
		if (fact.kind === 'quote' && fact.quote) {
			const q = fact.quote.startsWith('that ') ? fact.quote : `"${fact.quote}"`;
			// "Prior Diego suggested that the legates begin …" is asked with its own verb: "Who said
			// that the legates begin …?" reads as broken (nine tuning reviews: all edit).
			const verb = q.startsWith('that ') && REPORTED_VERB.test(fact.action) ? fact.action : 'said';
			add('who-said', `Who ${verb} ${q}?`, fact.value.text, distractors, explained);
			continue;
		}
		if (fact.kind === 'role' && fact.person) {
			add(
				'role',
				`What role does the article give ${fact.person}?`,
				fact.value.text,
				distractors,
				explained
			);
			continue;
		}
		// Statement alterations and blanks both ask for a value's alternatives: pick them once.
		const picked = new Map<Fact['value'], string[]>([[fact.value, distractors]]);
		const alternatives = (value: Fact['value']) => {
			let found = picked.get(value);
			if (!found) {
				found = pickDistractors({ ...fact, value }, source.sentence, ctx);
				picked.set(value, found);
			}
			return found;
		};
		// A figure's or a date's second set of wrong options: the key moved, never the first set's
		// options nor the article's own years and dates. Two such questions whose options overlap are
		// never asked together (one would give the other away), and with the article's own years
		// offered first they often do: the second set lets the later question be asked all the same
		// (at count 10 the overlap had cost 50 of the tuning part's 209 askable facts).
		const spareSet = (value: Fact['value']) => {
			const first = alternatives(value);
			if (!MOVED_VALUES.has(value.type) || first.length < 3) return [];
			const own =
				value.type === 'year' || value.type === 'date' ? articleValues(ctx, value.type) : [];
			return pickDistractors({ ...fact, value }, source.sentence, ctx, new Set([...first, ...own]));
		};
		if (fact.kind !== 'statement') {
			const stem = frameStem(fact, ctx.entities);
			if (stem && !sharedPredicate(fact, facts, sentences)) {
				add(stem.kind, stem.stem, fact.value.text, distractors, explained);
				const second = spareSet(fact.value);
				if (second.length === 3)
					add(
						stem.kind,
						stem.stem,
						fact.value.text,
						second,
						explained,
						false,
						`${fact.id}-${stem.kind}-alt`
					);
			}
			if (!['event', 'place', 'date', 'quantity'].includes(fact.kind)) continue;
		}
		// Every value that makes a good blank; one per fact reaches a quiz, the best-placed. Names,
		// dates and figures only: over eighteen blind reviews of tuning articles, reviewers used none
		// of 32 blanks on a term of the article as they were ("A better understanding of _____ has
		// applications in agriculture"): the other terms offered beside one are seldom of its kind.
		const opened = withOpening(fact, source.sentence);
		for (const [options, suffix] of [
			[alternatives, 'gap'],
			[spareSet, 'gap-alt']
		] as const)
			gapItems(opened, options, [], ctx.article).forEach((gap, i) =>
				add(
					'gap',
					gap.stem,
					gap.answer,
					gap.distractors,
					explained,
					false,
					`${fact.id}-${suffix}${i ? i + 1 : ''}`
				)
			);
		if (!statements) continue;
		const own = alterStatement(fact, alternatives);
		const topic = statementTopic(fact);
		// A statement item names its topic, and every option speaks of it: four claims about four
		// different things would test matching, not reading.
		const addStatement = (wrong: string[], composite = false) => {
			if (!topic || !wrong.every((w) => containsWords(w, topic))) return;
			add('statement', statementStem(topic), fact.statement, wrong, explained, composite);
		};
		// Both contraries feed other items, even when this one used only one of them.
		const spare = [fact.reversal, fact.negation].filter(
			(t): t is string => !!t && !own.includes(t) && !brokenText(t)
		);
		for (const text of [...own, ...spare])
			falsePool.push({ text, sentence: fact.sentence, paragraph: fact.paragraph });
		if (own.length === 3) {
			addStatement(own);
			for (const text of own) usedFalse.add(text);
		} else if (fact.kind === 'statement') pending.push({ fact, own, add: addStatement });
	}
	const pool = poolBySentence(falsePool);
	const unfilled = pending.filter((p) => {
		const wrong = fillAlterations(p.own, p.fact, pool, usedFalse);
		if (wrong.length === 3) p.add(wrong, true);
		return wrong.length < 3;
	});
	// A sparse article may show a false statement in a second item rather than have almost no quiz.
	const complete = () => out.filter((c) => c.distractors.length === 3).length;
	if (complete() < SPARSE) {
		const usedTwice = new Set<string>();
		for (const p of unfilled) {
			if (complete() >= SPARSE) break;
			const wrong = fillAlterations(p.own, p.fact, pool, usedTwice);
			if (wrong.length === 3) p.add(wrong, true);
		}
	}
	return out;
}

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
function frameStem(
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
function whyStem(fact: Fact): string | undefined {
	const f = fact.frame;
	const lead = f && (f.aux || f.doSupport);
	if (!f || !lead) return undefined;
	return `Why ${lead} ${f.subject} ${withoutAlso(f.verbRest)} ${withoutAlso(f.before)} ${f.after}?`;
}

/** Words after a subject or object that show the description is no modifier: verbs, prepositions. */
const CLAUSE_GOES_ON =
	/^(is|was|are|were|has|had|have|will|would|can|could|did|does|do|also|then|now|still|first|later|held|became|began|made|sold|bought|won|lost|took|gave|went|grew|built|paid|kept|[a-z]+ed|in|on|at|for|from|to|with|by|after|before|and|or|but|as|that|which|who|until|since|during)$/;

/** Descriptions an article about a body uses for it: "the company" in an article titled "IBM". */
const BODY_DESCRIPTION = new RegExp(
	`\\b([Tt]he) (${BODY_WORDS.join('|')})(['’]s)?\\b(?! of\\b)`,
	'g'
);
/**
 * And about a place: "the city" in an article titled "Seattle", "the island" in one titled "Tristan
 * da Cunha", "the country" in one on Greece. Singular only: "the islands were sighted" would need
 * its verb changed.
 */
const PLACE_DESCRIPTION = /\b([Tt]he) (city|town|country|island)(['’]s)?\b(?! of\b)/g;
/** What a title may end in besides the name: "Arsenal F.C.", "Shell plc". */
const CORPORATE_SUFFIX = /\s+(F\.?C\.?|A\.?F\.?C\.?|plc|Inc\.?|Ltd\.?|Corp\.?|LLC)$/i;
/** "Asians were _____ of the population" in an article on Seattle: Seattle's (review tune24). */
const POPULATION = /\b([Tt]he) population\b(?! of\b)/g;

/**
 * "As of 2013 the company held the record …" → "As of 2013 IBM held the record …": out of its
 * paragraph, "the company" names nothing (reviewers asked for the name each time), so where the
 * article's title names the body it is about, the stem says that name. Only when the title is the
 * name of a body the article itself writes. The same for "the city's fortifications" in an article
 * on Montevideo (review tune19), unless the stem names another place the city could be.
 */
export function nameTheSubject(c: Candidate, title: string, entities: Iterable<Entity>): Candidate {
	if (!title) return c;
	const all = [...entities];
	// "Arsenal F.C." names the club the article calls "Arsenal".
	const bare = title.replace(CORPORATE_SUFFIX, '').toLowerCase();
	const titled = (type: Entity['type']) =>
		all.some(
			(e) =>
				e.type === type &&
				[e.name, ...e.aliases].some(
					(n) => n.toLowerCase() === title.toLowerCase() || n.toLowerCase() === bare
				)
		);
	const otherPlace = all.some(
		(e) =>
			e.type === 'place' &&
			e.name.toLowerCase() !== title.toLowerCase() &&
			(containsWords(c.stem, e.name) || c.answer === e.name)
	);
	const ofThePlace = titled('place') && !otherPlace;
	if (ofThePlace && c.stem.search(POPULATION) >= 0 && !/\p{Ll}s$/u.test(title))
		return { ...c, stem: c.stem.replace(POPULATION, `${title}'s population`) };
	const description =
		c.stem.search(BODY_DESCRIPTION) >= 0 && titled('organisation')
			? BODY_DESCRIPTION
			: c.stem.search(PLACE_DESCRIPTION) >= 0 && ofThePlace
				? PLACE_DESCRIPTION
				: undefined;
	if (!description || c.answer.toLowerCase() === title.toLowerCase()) return c;
	// "Chicago Cubs played its first games": a plural name in place of "the team" would need the
	// verbs changed too, so it names the team instead: "the Chicago Cubs team played its first games".
	const plural = /\p{Ll}s$/u.test(title);
	// "after almost 40 years at the company helm": a description used as a modifier stays.
	let modifier = false;
	const stem = c.stem.replace(
		description,
		(m: string, the: string, head: string, possessive: string | undefined, at: number) => {
			const next = /^\s+(\p{L}+)/u.exec(c.stem.slice(at + m.length))?.[1] ?? '';
			// "In what year did the company sell …?": after an inverted auxiliary comes the verb.
			const inverted = /\b(did|does|do|was|were|is|are|has|had|have)\s+$/i.test(
				c.stem.slice(0, at)
			);
			if (!possessive && next && !inverted && !CLAUSE_GOES_ON.test(next)) modifier = true;
			return plural ? `${the} ${title} ${head}${possessive ?? ''}` : `${title}${possessive ?? ''}`;
		}
	);
	return modifier ? c : { ...c, stem };
}

/**
 * "Fill in the blank: The units may only work for a short time because _____." The sentence up to
 * the end of its reason, when what is left is short enough to read as one blank.
 */
function reasonGap(fact: Fact, sentence: string): string | undefined {
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
