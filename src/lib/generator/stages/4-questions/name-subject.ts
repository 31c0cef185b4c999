// Naming the article's subject in a stem: "the company" becomes the body the article's title names.
import type { Candidate, Entity } from '../../types';
import { containsWords } from '../../distractors';
import { BODY_WORDS } from '../../lexicons';

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
