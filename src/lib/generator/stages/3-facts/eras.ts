// When the article places its people and paragraphs: the years they are named with, so a
// distractor from another era is ruled out by the article's own dates.
import type { Sentence } from '../../types';
import type { EntityIndex } from './entities';
import { yearsNamed } from '../../well-formed';

/** The years each paragraph names, by paragraph. */
export function paragraphYears(sentences: readonly Sentence[]): Map<number, number[]> {
	const years = new Map<number, number[]>();
	for (const s of sentences) {
		const own = years.get(s.paragraph) ?? [];
		for (const y of yearsNamed(s.text)) if (!own.includes(y)) own.push(y);
		years.set(s.paragraph, own);
	}
	return years;
}

/**
 * When the article places each person: the years of the sentences that name them, or, for a
 * mention in a sentence without one, the years of its paragraph. "Obama" beside the man who ran CTR
 * in 1914, or a party leader of 2015 beside a candidate of 1870, is ruled out by the article's own
 * dates (reviewers' "could not have run CTR in 1914"), and so are the donors of a paragraph on 1845
 * beside a professor who died in 2014 (review tune19).
 */
export function peopleEras(
	index: EntityIndex,
	sentences: readonly Sentence[]
): Map<string, number[]> {
	const eras = new Map<string, number[]>();
	const byParagraph = paragraphYears(sentences);
	for (const [at, mentions] of index.bySentence) {
		const s = sentences[at];
		if (!s) continue;
		const own = yearsNamed(s.text);
		const years = own.length ? own : (byParagraph.get(s.paragraph) ?? []);
		if (!years.length) continue;
		for (const id of new Set(mentions.filter((m) => m.type === 'person').map((m) => m.entity))) {
			const known = eras.get(id) ?? [];
			for (const y of years) if (!known.includes(y)) known.push(y);
			eras.set(id, known);
		}
	}
	return eras;
}
