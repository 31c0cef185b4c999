// Who an article about one person is about, and the "he" or "she" that stands for them. A
// biography names its subject once and then says "He joined …", "His father …" sentence after
// sentence; shown alone, such a sentence points to nobody, so most of a biography could not be asked.
// Where nobody else could be meant, the pronoun is replaced by the subject's name.
import type { Mention, Sentence, Token } from '../../types';
import { NAME_PARTICLES } from '../../lexicons';

export interface ArticlePerson {
	/** The name as the title gives it ("John von Neumann"). */
	title: string;
	/** What the article calls the person on later mentions ("von Neumann", "Feynman"). */
	short: string;
	pronouns: 'male' | 'female';
}

const PARTICLE = new RegExp(`^(${NAME_PARTICLES.join('|')})$`);
const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
/** Below this many of its pronouns an article does not keep returning to one person. */
const MIN_PRONOUNS = 8;
/** The subject's pronouns must outnumber the other's by this much: "he" and "she" both common is a story of two. */
const DOMINANCE = 4;

/**
 * The person the article is about, when its title is a name (capitalised words and surname
 * particles, at most four), the article calls the person by the name's last part at least three
 * times and never uses that word as a common noun ("the Order"), and one set of pronouns dominates.
 */
export function articlePerson(
	sentences: readonly Sentence[],
	title: string
): ArticlePerson | undefined {
	const words = title.trim().split(/\s+/);
	if (words.length === 0 || words.length > 4) return undefined;
	if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLE.test(w))) return undefined;
	if (/^(The|A|An)$/.test(words[0] ?? '')) return undefined;
	const particle = words.findIndex((w) => PARTICLE.test(w));
	const short = particle > 0 ? words.slice(particle).join(' ') : (words[words.length - 1] ?? '');
	const last = words[words.length - 1] ?? '';
	let named = 0;
	let male = 0;
	let female = 0;
	for (const s of sentences) {
		for (const t of s.tokens) {
			if (MALE.has(t.normal)) male++;
			else if (FEMALE.has(t.normal)) female++;
			if (t.text.replace(/['’]s$/, '') === last) named++;
			// "a new kind of order": the title's last word used as a common noun names no one.
			else if (t.normal === last.toLowerCase() && /^\p{Ll}/u.test(t.text)) return undefined;
		}
	}
	if (named < 3) return undefined;
	const [mine, theirs] = male >= female ? [male, female] : [female, male];
	if (mine < MIN_PRONOUNS || theirs * DOMINANCE > mine) return undefined;
	return { title, short, pronouns: male >= female ? 'male' : 'female' };
}

/** Whether a mention names the article's person: part of the title, or the short name. */
export function namesPerson(m: { text: string }, person: ArticlePerson): boolean {
	const bare = m.text.replace(/['’]s$/, '');
	return person.title.includes(bare) || bare === person.short || bare.endsWith(` ${person.short}`);
}

/**
 * The token index of the sentence's first personal pronoun when it stands for the article's
 * person: it is of the person's gender, no one else is named before it in the sentence, and the
 * sentence before it in the paragraph names no one else (who might be meant instead). Undefined when
 * the pronoun could be someone else's, or when the person is named before it (it then points inside).
 */
export function personPronoun(
	s: Sentence,
	prev: Sentence | undefined,
	person: ArticlePerson,
	people: (sentence: number) => readonly Mention[]
): number | undefined {
	const own = person.pronouns === 'male' ? MALE : FEMALE;
	const at = s.tokens.findIndex((t) => MALE.has(t.normal) || FEMALE.has(t.normal));
	const token = s.tokens[at];
	if (!token || !own.has(token.normal) || /self$/.test(token.normal)) return undefined;
	if (people(s.index).some((m) => m.start < token.start)) return undefined;
	// "Based on the strength of his work, Universal signed Spielberg": named in the sentence, the
	// person is who the pronoun means already.
	const nameWords = new Set(person.title.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
	if (s.tokens.some((t) => nameWords.has(t.text.replace(/['’]s$/, '')))) return undefined;
	// "When he was 22 years old, Avicenna lost his father": a pronoun in an opening clause points
	// ahead to the person the main clause names, whom the article may call by another name ("Ibn
	// Sina"); naming it would make two people of one.
	const comma = s.tokens.findIndex((t, i) => i >= at && /,/.test(t.post));
	if (
		comma >= 0 &&
		people(s.index).some((m) => m.tokenStart === comma + 1 && m.start > token.start)
	)
		return undefined;
	// The sentence before names someone else, or speaks of someone of the other gender ("He taught
	// her …"): another person is in play.
	const other = person.pronouns === 'male' ? FEMALE : MALE;
	if (
		prev &&
		prev.paragraph === s.paragraph &&
		(people(prev.index).some((m) => !namesPerson(m, person)) ||
			prev.tokens.some((t) => other.has(t.normal)))
	)
		return undefined;
	return at;
}

/** The name that replaces the pronoun: "Feynman", "Feynman's" for "his", capitalised at the start. */
export function nameForPronoun(
	token: Token,
	next: Token | undefined,
	person: ArticlePerson,
	first: boolean
): string {
	const name = first ? person.short.charAt(0).toUpperCase() + person.short.slice(1) : person.short;
	const possessive =
		token.normal === 'his' ||
		(token.normal === 'her' &&
			!!next &&
			/^\p{L}/u.test(next.text) &&
			!next.tags.has('Preposition') &&
			!next.tags.has('Determiner') &&
			!/[,.;:!?]/.test(token.post));
	return possessive ? `${name}'s` : name;
}

/**
 * The text of tokens [from, to) of the sentence with the pronoun at token `at` replaced by the
 * person's name: "His parents" → "Nasser's parents" for a clause's subject, or the whole sentence.
 */
export function namingPerson(
	s: Sentence,
	at: number,
	person: ArticlePerson,
	from = 0,
	to = s.tokens.length
): string {
	const token = s.tokens[at]!;
	const whole = from === 0 && to === s.tokens.length;
	const start = whole ? 0 : (s.tokens[from]?.start ?? s.start) - s.start;
	const end = whole ? s.text.length : (s.tokens[to - 1]?.end ?? s.end) - s.start;
	const cut = token.start - s.start;
	// Capitalised only where it opens the sentence shown; a clause's subject goes into a stem.
	const opens = whole && s.text.slice(0, cut).trim() === '';
	const name = nameForPronoun(token, s.tokens[at + 1], person, opens);
	return `${s.text.slice(start, cut)}${name}${s.text.slice(token.end - s.start, end)}`.trim();
}

/**
 * The sentence as written with its pronoun for the article's person replaced by the name
 * ("He published 150 papers" → "Feynman published 150 papers"), or undefined when the sentence has no
 * such pronoun or it could stand for someone else.
 */
export function sentenceNamingPerson(
	s: Sentence,
	prev: Sentence | undefined,
	person: ArticlePerson | undefined,
	people: (sentence: number) => readonly Mention[]
): string | undefined {
	if (!person) return undefined;
	const at = personPronoun(s, prev, person, people);
	return at === undefined ? undefined : namingPerson(s, at, person);
}
