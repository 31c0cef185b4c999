// A news report's headline says its main point as a clause ("Military pauses cyber operations
// against Russia"); a teacher states it as a noun phrase ("The military's pause of cyber operations
// against Russia"). The same turn makes the wrong options from clauses of single later paragraphs
// ("Senator Jones's criticism of the move"), so that every option has the key's shape.

/** Verbs a report turns on, by base form: the noun that names the act, and the word its object takes. */
const NOMINALS: Record<string, [string, string]> = {
	pause: ['pause', 'of'],
	halt: ['halt', 'of'],
	suspend: ['suspension', 'of'],
	resume: ['resumption', 'of'],
	attack: ['attack', 'on'],
	open: ['opening', 'of'],
	reopen: ['reopening', 'of'],
	close: ['closure', 'of'],
	launch: ['launch', 'of'],
	transplant: ['transplant', 'of'],
	discover: ['discovery', 'of'],
	announce: ['announcement', 'of'],
	ban: ['ban', 'on'],
	approve: ['approval', 'of'],
	reject: ['rejection', 'of'],
	criticize: ['criticism', 'of'],
	criticise: ['criticism', 'of'],
	condemn: ['condemnation', 'of'],
	arrest: ['arrest', 'of'],
	elect: ['election', 'of'],
	sign: ['signing', 'of'],
	celebrate: ['celebration', 'of'],
	unveil: ['unveiling', 'of'],
	introduce: ['introduction', 'of'],
	cancel: ['cancellation', 'of'],
	postpone: ['postponement', 'of'],
	delay: ['delay', 'of'],
	withdraw: ['withdrawal', 'of'],
	deploy: ['deployment', 'of'],
	invade: ['invasion', 'of'],
	capture: ['capture', 'of'],
	seize: ['seizure', 'of'],
	destroy: ['destruction', 'of'],
	complete: ['completion', 'of'],
	confirm: ['confirmation', 'of'],
	investigate: ['investigation', 'of'],
	release: ['release', 'of'],
	defeat: ['defeat', 'of'],
	expand: ['expansion', 'of'],
	extend: ['extension', 'of'],
	impose: ['imposition', 'of'],
	lift: ['lifting', 'of'],
	praise: ['praise', 'of'],
	analyse: ['analysis', 'of'],
	analyze: ['analysis', 'of'],
	prosecute: ['prosecution', 'of'],
	honour: ['honouring', 'of'],
	honor: ['honoring', 'of'],
	align: ['alignment', ''],
	replace: ['replacement', 'of'],
	host: ['hosting', 'of'],
	pass: ['passage', 'of'],
	refuse: ['refusal', 'of'],
	accept: ['acceptance', 'of'],
	support: ['support', 'for'],
	oppose: ['opposition', 'to'],
	demand: ['demand', 'for'],
	welcome: ['welcome', 'of'],
	warn: ['warning', 'of'],
	land: ['landing', ''],
	erupt: ['eruption', ''],
	collapse: ['collapse', ''],
	resign: ['resignation', ''],
	protest: ['protest', 'against'],
	visit: ['visit', 'to'],
	sue: ['lawsuit', 'against'],
	accuse: ['accusation', 'against'],
	deny: ['denial', 'of'],
	propose: ['proposal', 'of'],
	veto: ['veto', 'of'],
	block: ['blocking', 'of'],
	build: ['building', 'of'],
	win: ['win', 'of'],
	begin: ['start', 'of'],
	start: ['start', 'of'],
	end: ['end', 'of']
};

/** Irregular past forms (and participles) of the verbs above. */
const IRREGULAR: Record<string, string> = {
	won: 'win',
	began: 'begin',
	begun: 'begin',
	withdrew: 'withdraw',
	withdrawn: 'withdraw',
	built: 'build',
	found: 'discover'
};

/** Adverbs a headline hedges its verb with, as the adjective the noun takes. */
const HEDGES: Record<string, string> = {
	reportedly: 'reported',
	officially: 'official',
	formally: 'formal',
	temporarily: 'temporary',
	partially: 'partial',
	quietly: 'quiet',
	suddenly: 'sudden',
	finally: 'final'
};

/** Words that open a phrase of place, time or means: the act's noun takes them as they are. */
const PREPOSITION =
	/^(in|at|on|to|from|after|before|over|into|near|during|with|without|for|by|against|across|past|amid|as|between|through|around|under|inside|outside|off|out|up|down)$/;

/** A verb's base form from what a headline or a report writes: "pauses", "criticized", "won". */
export function verbBase(word: string): string | undefined {
	const w = word.toLowerCase();
	if (IRREGULAR[w]) return IRREGULAR[w];
	if (NOMINALS[w]) return w;
	const tries = [
		w.replace(/ies$/, 'y'),
		w.replace(/es$/, ''),
		w.replace(/s$/, ''),
		w.replace(/ied$/, 'y'),
		w.replace(/ed$/, ''),
		w.replace(/d$/, ''),
		w.replace(/(\w)\1ed$/, '$1')
	];
	return tries.find((t) => t !== w && NOMINALS[t]);
}

/** A clause's parts: who acts, how it is hedged, the act, and what it is done to or where. */
export interface ActClause {
	subject: string;
	hedge?: string;
	verb: string;
	rest: string;
	/** "Canal opened to ships": the subject is what the act is done to. */
	passive?: boolean;
}

/**
 * The noun phrase of a clause: "The military's reported pause of cyber operations against Russia",
 * "The opening of the Suez Canal to ships". `the` says whether the subject takes "the".
 */
export function nominalize(clause: ActClause, the: boolean): string | undefined {
	const base = verbBase(clause.verb);
	const entry = base ? NOMINALS[base] : undefined;
	if (!entry) return undefined;
	const [noun, prep] = entry;
	const subject = `${the ? 'the ' : ''}${clause.subject}`;
	const rest = clause.rest.trim();
	const hedged = clause.hedge ? `${HEDGES[clause.hedge.toLowerCase()] ?? ''} ${noun}` : noun;
	if (clause.hedge && !HEDGES[clause.hedge.toLowerCase()]) return undefined;
	if (clause.passive) return capitalise(`the ${hedged} of ${subject}${rest ? ` ${rest}` : ''}`);
	// "Critics' …", "the military's …": the possessive of who acts.
	const owner =
		/[^s]s$/.test(clause.subject) && !/\p{Lu}/u.test(clause.subject.slice(-3))
			? `${subject}'`
			: `${subject}'s`;
	const first = rest.split(/\s+/)[0] ?? '';
	const tail = !rest
		? ''
		: !prep || PREPOSITION.test(first.toLowerCase())
			? ` ${rest}`
			: ` ${prep} ${rest}`;
	return capitalise(`${owner} ${hedged}${tail}`);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Most words a headline's subject may have before its verb. */
const MAX_SUBJECT_WORDS = 5;

/**
 * The clause a headline states, or none: a subject, perhaps a hedge, and a verb of the list in the
 * present ("pauses") or as a participle ("opened"), then the rest. A headline in two parts (a
 * colon, a semicolon, a dash) or with a quotation says more than one thing.
 */
export function headlineClause(title: string): ActClause | undefined {
	if (/[:;?!"“”‘'—–]|\s-\s/.test(title.replace(/\b\w+['’]s\b/g, ''))) return undefined;
	const words = title.trim().split(/\s+/);
	for (let i = 1; i <= Math.min(MAX_SUBJECT_WORDS, words.length - 1); i++) {
		const word = words[i] ?? '';
		const base = verbBase(word);
		if (!base) continue;
		const hedge = HEDGES[words[i - 1]?.toLowerCase() ?? ''] ? words[i - 1] : undefined;
		const subject = words.slice(0, hedge ? i - 1 : i).join(' ');
		const rest = words.slice(i + 1).join(' ');
		// "Japan's New Railway's opening", "Women of New Zealand's win": a possessive on a
		// possessive or a name in two parts; "as Crowds Pour Through": a second clause.
		if (!subject || /['’]s\b|\bof\b/i.test(subject) || /\b(as|while|and)\b/i.test(rest))
			return undefined;
		const lower = word.toLowerCase();
		// "opened", "found": a participle after the subject, the headline's passive.
		const passive =
			/ed$/.test(lower) ||
			(IRREGULAR[lower] !== undefined && !/^(won|began|withdrew)$/.test(lower));
		// A present verb agrees with its subject: "pauses" after one, "attack" after many.
		if (!passive && lower === base && !/s$/.test(subject)) return undefined;
		return { subject, hedge, verb: word, rest, passive };
	}
	return undefined;
}
