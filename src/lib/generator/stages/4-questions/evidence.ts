// "Which sentence from the article best supports the claim that …?": the reverse of a statement
// item. The claim is what a named subject did, in other plain words that keep what it was done to
// ("the Varne Council turned down the builder's offer"), or say what kind of thing that was
// ("IBM took ownership of another company"): evidence-claims.ts. The four options are whole
// sentences of the article on that subject: the key the one whose verb states the claim, the three
// others sentences that say nothing of its kind and give none of its figures. A word the claim keeps
// from the key is in a wrong option too, so matching words does not find the key.
// Opt-in (kind `supporting-evidence`).
import type { Candidate, EvidenceClaim, Mention, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { wholeSentenceFact } from '../3-facts/sentences';
import { containsWords, wordsOf } from '../../well-formed';
import { claimsIn, FRAME_WORDS, mayState, type FoundClaim } from './evidence-claims';
import { backingCandidates } from './evidence-backing';
import { paragraphCandidates } from './evidence-paragraph';
import { evidenceStem, lengthProblem, optionProblem, sharesNumber } from './evidence-options';

export {
	EVIDENCE_PROMPT,
	evidenceStem,
	LENGTH_RATIO,
	lengthProblem,
	OPTION_MAX_WORDS,
	OPTION_MIN_WORDS,
	optionProblem,
	sharesNumber
} from './evidence-options';

/** How far from the key a wrong option may come, in sentences. */
const REACH = 40;
/** Wrong options that must name the claim's subject, at the least. */
export const MIN_NAMING = 2;
/** Other sentences a word of the claim's object must be in for it to be the article's matter. */
const TOPIC_SENTENCES = 3;
/** At most this many items per article: one per claim, the earliest first. */
const MAX_ITEMS = 4;

/** The predicate's words that say something ("spoke", "against"), not its frame ("something"). */
export const predicateWords = (predicate: string) =>
	wordsOf(predicate).filter((w) => !FRAME_WORDS.has(w));

/** The words the template put in the predicate, not those of the object kept from the sentence. */
export const templateWords = (predicate: string, object = '') => {
	const kept = new Set(wordsOf(object));
	return predicateWords(predicate).filter((w) => !kept.has(w));
};

/** Words that make no claim specific: placeholders, and verbs and sizes any claim could have. */
const GENERIC = new Set([
	'something',
	'someone',
	'others',
	'thing',
	'things',
	'made',
	'make',
	'did',
	'do',
	'got',
	'had',
	'bigger',
	'smaller',
	'action',
	'view',
	'idea',
	'role',
	'work',
	'event',
	'positive',
	'dim',
	'expressed',
	'possible',
	'danger',
	'pointed',
	'called',
	'took',
	'was',
	'were',
	'its',
	'their',
	'his',
	'her',
	'it'
]);

/** Why the claim says too little for a reader to hold it as a point of the article, or undefined. */
export function vagueClaimProblem(predicate: string): string | undefined {
	if (/\b(something|someone|others|an? (idea|event|role|work|post))\b/i.test(predicate))
		return `"${predicate}" names no one and nothing`;
	const words = predicateWords(predicate).filter((w) => !GENERIC.has(w));
	return words.length ? undefined : `"${predicate}" is all generic words`;
}

/** Determiners and the like: an object's words that point to nothing in particular. */
const OBJECT_FILLER =
	/^(the|a|an|its|his|her|their|our|this|these|those|that|of|and|new|own|another)$/;

/** The object's words that name something, the subject's excepted (every option names it). */
export const objectWords = (object: string, subject: string) => {
	const named = new Set(wordsOf(subject));
	return wordsOf(object).filter((w) => !OBJECT_FILLER.test(w) && !named.has(w));
};

/** Whether a wrong option shares a word of the claim's object: it may bear the claim out too. */
export const sharesObject = (object: string, subject: string, option: string) =>
	objectWords(object, subject).some((w) => copiedWords(w, option).length > 0);

/**
 * The object's words the key writes as a name ("PwC", "Secure Blue", "VIP"): a reader finds the key
 * by the name alone, as no wrong option may have it.
 */
export function cueWords(object: string, subject: string, key: string): string[] {
	const named = new Set(
		key
			.split(/\s+/)
			.slice(1)
			.filter((w) => /^[\p{Lu}]/u.test(w))
			.flatMap((w) => wordsOf(w))
	);
	return objectWords(object, subject).filter((w) => named.has(w));
}

/** Whether two words are one word in two forms: "legal" and "legally", "law" and "laws". */
const sameWord = (a: string, b: string) =>
	a === b ||
	(a.length >= 4 && b.length >= 4 && a.slice(0, 5) === b.slice(0, 5)) ||
	(a.length >= 3 && b.startsWith(a) && b.length - a.length <= 2) ||
	(b.length >= 3 && a.startsWith(b) && a.length - b.length <= 2);

/** The predicate's words the sentence has too, in any form. */
export const copiedWords = (predicate: string, sentence: string) => {
	const words = wordsOf(sentence);
	return predicateWords(predicate).filter((p) => words.some((w) => sameWord(p, w)));
};

/** The article's supporting-evidence items. */
export function evidenceCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	index: EntityIndex
): Candidate[] {
	const headings = norm.paragraphs.filter((p) => p.heading);
	const prose = sentences.filter(
		(s) => !headings.some((h) => s.start >= h.start && s.end <= h.end)
	);
	const name = (m: Mention) => subjectName(m, sentences, index);
	const found = prose.flatMap((s) =>
		claimsIn(s, index.bySentence.get(s.index) ?? [], name).map((claim) => ({ s, claim }))
	);
	// A claim two sentences state is said twice: either could be the key, so neither is.
	const said = new Map<string, number>();
	for (const { claim } of found) {
		const k = claimKey(claim);
		said.set(k, (said.get(k) ?? 0) + 1);
	}
	const out: Candidate[] = [];
	const usedSentences = new Set<number>();
	for (const { s, claim } of found) {
		if (out.length >= MAX_ITEMS) break;
		if (said.get(claimKey(claim)) !== 1 || usedSentences.has(s.index)) continue;
		// The object in the sentence's words first; else said as its kind, which no option has.
		const general = claim.general && { ...claim, ...claim.general };
		const item =
			evidenceItem(s, claim, prose, index) ??
			(general ? evidenceItem(s, general, prose, index) : undefined);
		if (!item) continue;
		out.push(item);
		usedSentences.add(s.index);
	}
	// Then general claims the next sentence bears out with a figure or an example.
	const backed = backingCandidates(norm, sentences).filter(
		(c) => !out.some((o) => o.source.start === c.source.start)
	);
	// Then a paragraph's opening point and the sentence after it that gives its figure, example or
	// reason, on paragraphs no item above has used.
	const taken = new Set(
		[...out, ...backed].flatMap((c) => [
			...(c.claim?.options.map((o) => o.sentence) ?? []),
			...(c.claim?.claimSentence ? [c.claim.claimSentence.sentence] : [])
		])
	);
	return [...out, ...backed, ...paragraphCandidates(norm, sentences, taken)];
}

const claimKey = (c: FoundClaim) => `${c.mention.entity}|${c.cls.id}`;

/** The subject as the claim names it: a person by full name, a body with "the" where it takes one. */
function subjectName(m: Mention, sentences: readonly Sentence[], index: EntityIndex): string {
	const entity = index.entities.get(m.entity);
	const s = sentences[m.sentence];
	const before = s?.tokens[m.tokenStart - 1]?.normal;
	if (entity?.type === 'person') return entity.name;
	// A lower-case phrase after "the" ("the council"): the claim opens on it as a name does.
	return before === 'the' ? `the ${m.text}` : m.text;
}

/** "the Kelmor Council" → "Kelmor Council": how the options may write it. */
export const bareName = (subject: string) => subject.replace(/^the /i, '');

/** Whether a text names the claim's subject: in full, or a person by surname ("Dorsey"). */
export function namesSubject(text: string, subject: string): boolean {
	const name = bareName(subject);
	if (containsWords(text, name)) return true;
	const parts = name.split(/\s+/);
	const last = parts[parts.length - 1] ?? '';
	return parts.length > 1 && last.length > 2 && /^\p{Lu}/u.test(last) && containsWords(text, last);
}

/** Whether the sentence names the entity itself (a pronoun standing for it does not count). */
const namesEntity = (s: Sentence, entity: string, index: EntityIndex) =>
	entity.startsWith('phrase:') ||
	(index.bySentence.get(s.index) ?? []).some((m) => m.entity === entity && !m.resolvedFrom);

/** One item: the key's sentence, and three nearby sentences on its subject that do not state it. */
function evidenceItem(
	key: Sentence,
	claim: FoundClaim,
	prose: readonly Sentence[],
	index: EntityIndex
): Candidate | undefined {
	if (optionProblem(key.text) || vagueClaimProblem(claim.predicate)) return undefined;
	// The claim's own words (not the object it keeps) are never the key's: it says it otherwise.
	if (copiedWords(templateWords(claim.predicate, claim.object).join(' '), key.text).length)
		return undefined;
	if (!namesSubject(key.text, claim.subject)) return undefined;
	// The object is a matter the article comes back to (in TOPIC_SENTENCES others at the least), not
	// a detail of the key's alone that a reader could find it by.
	if (cueWords(claim.object ?? '', claim.subject, key.text).length) return undefined;
	const elsewhere = (w: string) =>
		prose.filter((s) => s.index !== key.index && copiedWords(w, s.text).length > 0).length >=
		TOPIC_SENTENCES;
	const inKey = objectWords(claim.object ?? '', claim.subject).filter(
		(w) => copiedWords(w, key.text).length > 0
	);
	if (!inKey.every(elsewhere)) return undefined;
	const entity = claim.mention.entity;
	const type = claim.mention.type;
	const usable = (s: Sentence) =>
		s.index !== key.index &&
		Math.abs(s.index - key.index) <= REACH &&
		!optionProblem(s.text) &&
		!mayState(s.text, claim.cls) &&
		!sharesNumber(s.text, key.text) &&
		!sharesObject(claim.object ?? '', claim.subject, s.text);
	const nearest = (a: Sentence, b: Sentence) =>
		Math.abs(a.index - key.index) - Math.abs(b.index - key.index) || a.index - b.index;
	const naming = prose
		.filter(
			(s) => usable(s) && namesEntity(s, entity, index) && namesSubject(s.text, claim.subject)
		)
		.sort(nearest);
	// Beside two or more that name the subject, one may name another of its kind nearby ("Belgium"
	// beside "Sweden"): the subject's name alone then narrows four options to three at most.
	const kin = prose
		.filter(
			(s) =>
				usable(s) &&
				!entity.startsWith('phrase:') &&
				!naming.includes(s) &&
				Math.abs(s.paragraph - key.paragraph) <= 1 &&
				(index.bySentence.get(s.index) ?? []).some(
					(m) => m.type === type && m.entity !== entity && !m.resolvedFrom
				)
		)
		.sort(nearest);
	if (naming.length < MIN_NAMING) return undefined;
	const wrong =
		pickThree(key, naming.slice(0, 10)) ??
		pickThree(key, [...naming.slice(0, 6), ...kin.slice(0, 3)], MIN_NAMING, naming);
	if (!wrong) return undefined;
	return candidate(key, claim, wrong);
}

/**
 * The first three (nearest first) whose lengths sit near the key's: the longest at most
 * LENGTH_RATIO times the shortest, and the key never the longest (test-wise readers pick it).
 */
function pickThree(
	key: Sentence,
	near: readonly Sentence[],
	minNaming = 3,
	naming: readonly Sentence[] = near
): Sentence[] | undefined {
	for (let a = 0; a < near.length; a++)
		for (let b = a + 1; b < near.length; b++)
			for (let c = b + 1; c < near.length; c++) {
				const three = [near[a], near[b], near[c]] as Sentence[];
				if (three.filter((s) => naming.includes(s)).length < minNaming) continue;
				if (lengthProblem([key.text, ...three.map((s) => s.text)])) continue;
				return three;
			}
	return undefined;
}

/** The candidate, its claim and its evidence: the key's sentence. */
function candidate(key: Sentence, found: FoundClaim, wrong: Sentence[]): Candidate {
	const text = `${found.subject} ${found.predicate}`;
	const fact = wholeSentenceFact(key, {
		id: `evidence-${key.index}-${found.cls.id}`,
		kind: 'event',
		subject: found.subject,
		action: key.tokens[found.verb]?.text ?? '',
		value: {
			text: found.mention.text,
			start: found.mention.start,
			end: found.mention.end,
			type: found.mention.type
		},
		statement: key.text,
		salience: 1
	});
	const claim: EvidenceClaim = {
		text,
		subject: found.subject,
		entity: found.mention.entity,
		classId: found.cls.id,
		predicate: found.predicate,
		...(found.object ? { object: found.object } : {}),
		options: [key, ...wrong].map((s) => ({
			text: s.text,
			sentence: s.index,
			names: namesSubject(s.text, found.subject)
		}))
	};
	const source = { sentence: key.text, start: key.start, end: key.end };
	const verb = key.tokens[found.verb]?.text ?? '';
	return {
		id: `${fact.id}-supporting-evidence`,
		kind: 'supporting-evidence',
		stem: evidenceStem(text),
		answer: key.text,
		distractors: wrong.map((s) => s.text),
		fact,
		source,
		explanation: `"${key.text}" shows that ${text}: it says so with "${verb}". The other sentences say other things.`,
		claim,
		// "Show in article" marks the three sentences weighed against the key, besides the key.
		evidence: wrong
			.map((s) => ({ sentence: s.text, start: s.start, end: s.end }))
			.sort((a, b) => a.start - b.start)
	};
}
