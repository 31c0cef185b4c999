// What stands around a person's name: surname particles, titles and roles, by kind.

/** Particles that belong to a surname: "von Neumann", "da Vinci", "bin Laden", "al-Arab". */
export const NAME_PARTICLES = [
	'von',
	'van',
	'de',
	'da',
	'du',
	'del',
	'della',
	'der',
	'den',
	'di',
	'bin',
	'ibn',
	'al',
	'el',
	'abu',
	'le',
	'la'
];

/**
 * Titles written before a name that say what kind of person bears it, by kind: "Emperor _____"
 * is filled only by someone the article also calls an emperor, king or sultan, never by a
 * scientist of the same article (review tune19).
 */
export const TITLE_KINDS: readonly (readonly string[])[] = [
	'emperor empress king queen tsar czar tsarina sultan shah kaiser pharaoh caliph emir prince princess duke duchess earl count countess baron lord lady',
	'pope bishop archbishop cardinal saint prior abbot abbess rabbi imam reverend patriarch',
	'professor prof',
	'general admiral colonel captain major lieutenant sergeant commander marshal brigadier commodore'
].map((kind) => kind.split(' '));

/** Scholars by field: titles, and one walk of life for role distractors. */
const SCIENTISTS = [
	'physicist',
	'chemist',
	'biologist',
	'economist',
	'historian',
	'sociologist',
	'anthropologist',
	'psychologist',
	'philosopher',
	'astronomer',
	'mathematician'
];

/** Titles and roles that introduce a person's name ("Defense Secretary X", "X, the chairman of"). */
export const TITLES = [
	'president',
	'vice president',
	'prime minister',
	'minister',
	'foreign minister',
	'secretary',
	'chancellor',
	'governor',
	'mayor',
	'senator',
	'congressman',
	'ambassador',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'director',
	'chairman',
	'chairwoman',
	'chair',
	'chief executive',
	'founder',
	'co-founder',
	'creator',
	'editor',
	'professor',
	'captain',
	'coach',
	'manager',
	'general',
	'commander',
	'judge',
	'lawyer',
	'king',
	'queen',
	'emperor',
	'pope',
	'bishop',
	'leader',
	'head',
	'researcher',
	'scientist',
	'curator',
	'mentor',
	'author',
	'official',
	'chief',
	'principal',
	'teacher',
	'referee',
	'goalkeeper',
	'striker',
	'midfielder',
	'defender',
	...SCIENTISTS
];

/**
 * Every word that can stand as a title before a name, including ones no role question asks about
 * ("Mr", "Administrator"): names are found after them, never with them.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
	...TITLES.flatMap((t) => t.split(' ')),
	'adviser',
	'advisor',
	'officer',
	'deputy',
	'administrator',
	'commissioner',
	'representative',
	'councillor',
	'councilor',
	'inspector',
	'detective',
	'sergeant',
	'lieutenant',
	'colonel',
	'major',
	'admiral',
	'dr',
	'mr',
	'mrs',
	'ms',
	'sir',
	'dame',
	'lord',
	'lady'
]);
