// Merges entity mentions into entities: one id per real-world thing, so "Trump" and
// "Mr. Trump" never become distractors for "Donald Trump", and salience counts every alias.
import type { Entity, EntityType, Mention, PlaceKind, Sentence } from '../../types';
import { CITIES, COUNTRIES, REGIONS, STATES, TITLES } from '../../lexicons';

const key = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

// Lexicon names keyed like mentions, so "Washington D.C." matches "Washington D.C".
const PLACE_KINDS: [PlaceKind, Set<string>][] = [
	['country', new Set(COUNTRIES.map(key))],
	['state', new Set(STATES.map(key))],
	['city', new Set(CITIES.map(key))],
	['region', new Set(REGIONS.map((c) => key(c).replace(/^the /, '')))]
];

/** The kind of place a name is, by lexicon ("Texas" → state), or undefined when unknown. */
export function placeKindOf(name: string): PlaceKind | undefined {
	const k = key(name).replace(/^the /, '');
	return PLACE_KINDS.find(([, names]) => names.has(k))?.[0];
}
const TITLE_SET = new Set(TITLES);

export interface EntityIndex {
	entities: Map<string, Entity>;
	mentions: Mention[];
	/** Mentions per sentence, in order. */
	bySentence: Map<number, Mention[]>;
}

/** Words that never occur in a person's name but often in the names of bodies and works. */
const NOT_A_NAME =
	/\b(police|department|collections?|independent|news|times|post|university|college|school|board|council|museum|foundation|photographic|art|arts|gallery|company|party|church|court|ministry|agency|association|society|institute|center|centre|club|league|team|group|fund|bank|press|studio|records|airlines?|air|force|army|navy|station|hospital|festival|award|prize|fair|relations|affairs|services)\b/i;

/**
 * "Gustafon said": after "Elaine Gustafon", a surname alone names her even where the tagger missed
 * it. Capitalised words equal to the last word of a person's full name become person mentions
 * (a sentence's first word only when the tagger calls it a proper noun).
 */
function surnameMentions(mentions: Mention[], sentences: Sentence[]): Mention[] {
	const surnames = new Set(
		mentions
			.filter((m) => m.type === 'person' && / \p{Lu}\p{L}+$/u.test(m.text))
			.map((m) => m.text.split(' ').pop() as string)
	);
	if (!surnames.size) return mentions;
	const taken = new Set(mentions.map((m) => `${m.sentence}:${m.tokenStart}`));
	const covered = (s: number, i: number) =>
		mentions.some((m) => m.sentence === s && i >= m.tokenStart && i < m.tokenEnd);
	const added: Mention[] = [];
	for (const s of sentences)
		s.tokens.forEach((t, i) => {
			const name = t.text.replace(/['’]s$/, '');
			if (!surnames.has(name) || taken.has(`${s.index}:${i}`)) return;
			if (i === 0 && !t.tags.has('ProperNoun')) return;
			const prev = s.tokens[i - 1];
			// "Key findings", "the Law Society": only a word standing alone, not inside another name.
			if (prev && /^\p{Lu}/u.test(prev.text) && !/[,;:"]/.test(prev.post) && i > 0) return;
			if (/^\p{Lu}/u.test(s.tokens[i + 1]?.text ?? '') && !/[,;:"]/.test(t.post)) return;
			if (covered(s.index, i)) return;
			added.push({
				type: 'person',
				text: name,
				start: t.start,
				end: t.start + name.length,
				sentence: s.index,
				tokenStart: i,
				tokenEnd: i + 1,
				entity: ''
			});
		});
	return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** Assigns every mention to an entity, merging aliases and fixing types by majority vote. */
export function buildEntities(found: Mention[], sentences: Sentence[]): EntityIndex {
	const typed = typedByMajority(surnameMentions(found, sentences));
	const { entities, mentions } = mergeAliases(typed);
	describeEntities(entities, mentions, sentences);
	const bySentence = new Map<number, Mention[]>();
	for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
	return { entities, mentions, bySentence };
}

/** Every mention with the type most mentions of its name have, or place or body by its words. */
function typedByMajority(mentions: Mention[]): Mention[] {
	// The tagger is inconsistent across mentions ("Texas" as a person once); the majority wins.
	const votes = new Map<string, Map<EntityType, number>>();
	for (const m of mentions) {
		const k = key(m.text);
		const v = votes.get(k) ?? new Map<EntityType, number>();
		v.set(m.type, (v.get(m.type) ?? 0) + 1);
		votes.set(k, v);
	}
	return mentions.map((m) => {
		const v = votes.get(key(m.text));
		let best = m.type;
		if (v) for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
		if (placeKindOf(m.text)) best = 'place';
		// "Irving Police", "USI Art Collections": words no personal name contains mark a body.
		if (best === 'person' && NOT_A_NAME.test(m.text)) best = 'organisation';
		return { ...m, type: best };
	});
}

/** A name of more than one word, by key: its type and where it is first written. */
type FullNames = Map<string, { name: string; type: EntityType; first: number }>;

/** The entities of the mentions, and every mention with its entity's id. */
function mergeAliases(typed: Mention[]): { entities: Map<string, Entity>; mentions: Mention[] } {
	// Multi-word names are canonical; a single word attaches to the one full name it ends or starts.
	const full: FullNames = new Map();
	for (const m of typed)
		if (m.text.includes(' ') && !full.has(key(m.text)))
			full.set(key(m.text), { name: m.text, type: m.type, first: m.start });
	const entities = new Map<string, Entity>();
	const out: Mention[] = [];
	for (const m of typed) {
		const canonical = canonicalKey(m, full);
		const id = `${m.type}:${canonical}`;
		const e = entities.get(id) ?? {
			id,
			type: m.type,
			name: full.get(canonical)?.name ?? m.text,
			aliases: [],
			mentions: 0,
			firstSentence: m.sentence,
			titles: []
		};
		e.mentions++;
		if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
		if (m.type === 'place') {
			e.subtype = placeKindOf(e.name) ?? e.subtype;
		}
		entities.set(id, e);
		out.push({ ...m, entity: id });
	}
	return { entities, mentions: out };
}

/** The key of the name a mention belongs to: the one full name it ends or starts, or its own. */
function canonicalKey(m: Mention, full: FullNames): string {
	const k = key(m.text);
	if (full.has(k)) {
		// A longer name containing this one ("Kim Min-Woo" inside nothing longer) wins.
		const longer = [...full.keys()].filter((fk) => fk !== k && fk.endsWith(` ${k}`));
		return longer.length === 1 ? (longer[0] as string) : k;
	}
	const matches = [...full.entries()].filter(
		([fk, f]) =>
			f.type === m.type && (fk.endsWith(` ${k}`) || (m.type === 'person' && fk.startsWith(`${k} `)))
	);
	// Several candidates ("Mohamed" for Ahmed Mohamed and for his father): news style names a
	// person in full first and by surname after, so the full name introduced earliest wins.
	const introduced = matches
		.filter(([, f]) => f.first < m.start)
		.sort(
			(a, b) =>
				Number(b[0].endsWith(` ${k}`)) - Number(a[0].endsWith(` ${k}`)) || a[1].first - b[1].first
		);
	if (matches.length === 1) return (matches[0] as [string, unknown])[0];
	return introduced[0] ? introduced[0][0] : k;
}

/**
 * Marks what the mentions show of their entities: a name always cut short (`partial`), a "person"
 * always a work or a character (`work`), and a person's titles, calling, gender and name form.
 */
function describeEntities(
	entities: Map<string, Entity>,
	mentions: Mention[],
	sentences: Sentence[]
): void {
	// Mentions cut short, per entity: a name cut every time it is written is no distractor.
	const cut = new Map<string, number>();
	// Person mentions that name a work or a character instead, per entity.
	const worked = new Map<string, number>();
	for (const m of mentions) {
		const e = entities.get(m.entity);
		const s = sentences[m.sentence];
		if (!e || !s) continue;
		if (cutShort(m, s)) cut.set(e.id, (cut.get(e.id) ?? 0) + 1);
		if (m.type !== 'person') continue;
		if (namesAWork(s, m.tokenStart) || insideQuotedTitle(s, m.tokenStart, m.tokenEnd))
			worked.set(e.id, (worked.get(e.id) ?? 0) + 1);
		describePerson(e, m, s);
	}
	for (const [id, n] of cut) {
		const e = entities.get(id);
		if (e && n === e.mentions) e.partial = true;
	}
	for (const [id, n] of worked) {
		const e = entities.get(id);
		if (e && n === e.mentions) e.work = true;
	}
}

/** Whether the name runs on past the mention: the tagger cut it short. */
function cutShort(m: Mention, s: Sentence): boolean {
	// "National Museum" of "… of the U.S. Air Force": the tagger cut the name; no distractor.
	const next = s.tokens[m.tokenEnd];
	const then = s.tokens[m.tokenEnd + (s.tokens[m.tokenEnd + 1]?.normal === 'the' ? 2 : 1)];
	// ("University of Sheffield of the UK" already has its "of" phrase: it is whole.)
	// "Steven F" before "Udvar-Hazy Center": a name ending in an initial runs on into the next.
	// "Kennedy Space Center" before "Visitor Complex": a name the tagger split in two.
	const initial =
		(/\s\p{Lu}$/u.test(m.text) ||
			(m.type !== 'person' && !/[,;:()"]/.test(s.tokens[m.tokenEnd - 1]?.post ?? ''))) &&
		/^\p{Lu}/u.test(next?.text ?? '') &&
		!/^(In|On|At|The|For|With|From|By|To|Of)$/.test(next?.text ?? '');
	return (
		initial ||
		(m.type !== 'person' &&
			((next?.normal === 'of' && !/ of /.test(m.text)) || next?.text === '&') &&
			/^\p{Lu}/u.test(then?.text ?? ''))
	);
}

/** A person's titles and calling from the words before a mention, gender and name form from it. */
function describePerson(e: Entity, m: Mention, s: Sentence): void {
	for (const t of titlesBefore(s, m.tokenStart)) addTitle(e, t);
	e.calling ??= callingBefore(s, m.tokenStart);
	// The tagger knows many given names: "Nathan" is a man's, "Gloria" a woman's.
	const first = s.tokens[m.tokenStart];
	if (first && first.text === e.name.split(' ')[0]) {
		if (first.tags.has('MaleName')) e.gender ??= 'male';
		else if (first.tags.has('FemaleName')) e.gender ??= 'female';
	}
	if (!e.name.includes(' ') && first) {
		if (first.tags.has('LastName') || titlesBefore(s, m.tokenStart).length) e.nameForm = 'family';
		else if (first.tags.has('FirstName')) e.nameForm ??= 'given';
	}
}

/** Nouns for works and the characters in them: "her graphic novel Angel Catbird". */
const WORK_NOUN =
	/^(novel|novella|book|film|movie|series|show|sitcom|comic|comics|game|album|song|play|poem|opera|musical|painting|character|franchise|podcast)$/;
const POSSESSIVE = /^(his|her|their|its|my|our|your)$/;

/**
 * Whether the name at `tokenStart` follows a work noun ("the novel Angel Catbird") or a possessive
 * ("her new Epic Mickey costume"): a person is not "her new …", so the tagger took a title for a name.
 */
export function namesAWork(s: Sentence, tokenStart: number): boolean {
	const t1 = s.tokens[tokenStart - 1];
	const t2 = s.tokens[tokenStart - 2];
	if (!t1 || /[,;:()"]/.test(t1.post)) return false;
	if (WORK_NOUN.test(t1.normal) || POSSESSIVE.test(t1.normal)) return true;
	return /^(new|latest|debut|upcoming|own)$/.test(t1.normal) && POSSESSIVE.test(t2?.normal ?? '');
}

/**
 * Whether a name sits inside a quoted title of capitalised words with others around it: "Will Rock"
 * of "We Will Rock You" is a song, not a person.
 */
export function insideQuotedTitle(s: Sentence, tokenStart: number, tokenEnd: number): boolean {
	const toks = s.tokens;
	let a = tokenStart;
	while (a > 0 && !/"/.test(toks[a]?.pre ?? '') && !/"/.test(toks[a - 1]?.post ?? '')) a--;
	let b = tokenEnd - 1;
	while (b < toks.length - 1 && !/"/.test(toks[b]?.post ?? '')) b++;
	const opens = /"/.test(toks[a]?.pre ?? '') || /"/.test(toks[a - 1]?.post ?? '');
	const closes = /"/.test(toks[b]?.post ?? '');
	if (!opens || !closes || (a === tokenStart && b === tokenEnd - 1)) return false;
	const quoted = toks.slice(a, b + 1);
	return quoted.length <= 8 && quoted.every((t) => /^\p{Lu}/u.test(t.text));
}

/**
 * The common noun right before a name that says what the person is ("art historian Daniel Robbins",
 * "show champions Ken Jennings"), singular, written in lower case (so never a capitalised title
 * such as "President"); none after punctuation.
 */
export function callingBefore(s: Sentence, tokenStart: number): string | undefined {
	const t = s.tokens[tokenStart - 1];
	if (!t || /[,;:()"]/.test(t.post) || !/^[a-z]{3,}$/.test(t.text)) return undefined;
	if (!t.tags.has('Noun') || t.tags.has('Pronoun')) return undefined;
	return t.tags.has('Plural') ? t.normal.replace(/s$/, '') : t.normal;
}

function addTitle(e: Entity, title: string) {
	if (!e.titles.includes(title)) e.titles.push(title);
}

/** Title words right before a name ("US President", "Swedish captain"), two-word titles first. */
export function titlesBefore(s: Sentence, tokenStart: number): string[] {
	const t1 = s.tokens[tokenStart - 1];
	const t2 = s.tokens[tokenStart - 2];
	if (!t1 || /[,;:()"]/.test(t1.post)) return [];
	if (t2 && !/[,;:()"]/.test(t2.post) && TITLE_SET.has(`${t2.normal} ${t1.normal}`))
		return [`${t2.normal} ${t1.normal}`];
	return TITLE_SET.has(t1.normal) ? [t1.normal] : [];
}
