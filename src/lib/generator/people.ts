// Person distractors beyond the article's own people: made-up names in the answer's form (full name,
// given name or surname) and, where the article shows it, gender.
import type { Fact } from './types';
import type { DistractorContext } from './distractors';
import { TITLE_WORDS } from './lexicons';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from './names';
import { shuffle } from './random';

/**
 * Made-up people in the answer's form (full name, given name or surname) and, when the article
 * shows it, gender: used after the article's own people. None shares a word with a person the
 * article names, so no lexicon name can be secretly right. Hyphenated or non-Latin names get none:
 * "Laura Bennett" beside "Yau Wai-ching" would stand out.
 */
export function lexiconPeople(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	const answer = fact.value.text;
	if (!/^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(answer)) return [];
	const own = ctx.entities.get(fact.value.entity ?? '');
	const name = own?.name ?? answer;
	// Words of every person's name in the article: no made-up name may share one.
	const taken = new Set(
		[...ctx.entities.values()]
			.filter((e) => e.type === 'person')
			.flatMap((e) => [e.name, ...e.aliases])
			.flatMap((n) => n.toLowerCase().split(/[\s-]+/))
	);
	const free = (names: readonly string[]) => names.filter((n) => !taken.has(n.toLowerCase()));
	const given = name.split(' ')[0] ?? '';
	const male = own?.gender === 'male' || (MALE_NAMES as readonly string[]).includes(given);
	const female = own?.gender === 'female' || (FEMALE_NAMES as readonly string[]).includes(given);
	const gender =
		male !== female
			? male
				? 'male'
				: 'female'
			: /\b(he|his|him|himself)\b/i.test(sentence)
				? 'male'
				: /\b(she|her|hers|herself)\b/i.test(sentence)
					? 'female'
					: '';
	const firsts = free(
		gender === 'male'
			? MALE_NAMES
			: gender === 'female'
				? FEMALE_NAMES
				: [...MALE_NAMES, ...FEMALE_NAMES]
	);
	const rand = ctx.rand;
	const words = answer.split(' ').length;
	if (words >= 2) {
		const last = shuffle(free(SURNAMES), rand);
		return shuffle(firsts, rand)
			.slice(0, last.length)
			.map((f, i) => `${f} ${last[i] ?? ''}`.trim());
	}
	// One word: a surname when the article gives a fuller name ending in it, else a given name only
	// when the lexicons know it as one; anything else is left to the article's own people.
	// "Professor Eastman": a title before one name marks a surname.
	const titled = sentence
		.split(/\s+/)
		.some(
			(w, i, all) => all[i + 1] === answer && TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''))
		);
	const isSurname =
		titled || own?.nameForm === 'family' || (name.includes(' ') && name.endsWith(` ${answer}`));
	if (isSurname) return shuffle(free(SURNAMES), rand);
	if (
		own?.nameForm === 'given' ||
		male ||
		female ||
		(name.includes(' ') && name.startsWith(`${answer} `))
	)
		return shuffle(firsts, rand);
	return [];
}
