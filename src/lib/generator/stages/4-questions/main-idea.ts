// "What is the article mainly about?": one option states the article's gist (stages/3-facts/gist.ts),
// three are wrong the ways reading teachers make them (main-idea-options.ts). Every option is a noun
// phrase of like length, so none stands out by its form (main-idea-form.ts).
import type { Candidate, Fact, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { articleTerms, findGists, lemma, type GistInput } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';
import {
	beyondTitle,
	copiesTitle,
	MAIN_IDEA_MIN_WORDS,
	MAIN_IDEA_STEM,
	MAIN_IDEA_TITLE_STEM,
	sentenceCase
} from './main-idea-form';
import { pickWrong, type Reading, type Wrong } from './main-idea-options';

/** The main-idea candidate of an article, when it is long enough and its gist is clear. */
export function mainIdeaCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	index: EntityIndex
): Candidate[] {
	const words = norm.text.split(/\s+/).filter(Boolean).length;
	if (words < MAIN_IDEA_MIN_WORDS) return [];
	const title = norm.title ?? '';
	const terms = articleTerms(sentences, index);
	const input: GistInput = {
		sentences,
		text: norm.text,
		terms,
		titleWords: new Set(wordsOf(title).map(lemma)),
		entityWords: (u) => index.entities.get(u)?.name.split(/\s+/) ?? [u],
		// The key says more than the title: "A style of architecture" under "Gothic architecture" does not.
		rejectKey: (text) => !!title && (copiesTitle(text, title) || beyondTitle(text, title) < 2)
	};
	// The best statement of the gist that three wrong options of its form can stand beside: first
	// one that is not the longest option (test-wise readers pick the longest), then any.
	const gists = findGists(input);
	for (const notLongest of [true, false])
		for (const gist of gists) {
			const reading: Reading = { sentences, text: norm.text, terms, gist, input };
			const wrong = pickWrong(reading);
			const key = gist.key.text;
			if (wrong && (!notLongest || wrong.some((w) => w.text.length >= key.length)))
				return [candidate(reading, wrong, title)];
		}
	return [];
}

/** The candidate: the gist as key, its sentence as source, and why each option is right or wrong. */
function candidate(reading: Reading, wrong: Wrong[], title: string): Candidate {
	const { gist, text } = reading;
	const s = gist.source;
	const key = sentenceCase(gist.key.text);
	const fact: Fact = {
		id: `gist-${s.index}`,
		kind: 'gist',
		sentence: s.index,
		paragraph: s.paragraph,
		start: s.start,
		end: s.end,
		subject: subjectName(reading),
		action: '',
		object: '',
		value: { text: gist.key.text, start: gist.key.start, end: gist.key.end, type: 'thing' },
		statement: s.text,
		salience: 1
	};
	return {
		id: `${fact.id}-main-idea`,
		kind: 'main-idea',
		stem: title ? MAIN_IDEA_STEM : MAIN_IDEA_TITLE_STEM,
		answer: key,
		distractors: wrong.map((w) => w.text),
		fact,
		source: { sentence: text.slice(s.start, s.end), start: s.start, end: s.end },
		explanation: explain(reading, key, wrong)
	};
}

/** The name of what the article is most about, as the article writes it. */
function subjectName({ gist, sentences, terms }: Reading): string {
	for (const s of sentences)
		for (let i = 0; i < s.tokens.length; i++)
			if (terms.unitsAt(s, i).includes(gist.subject)) return s.tokens[i]?.text ?? gist.subject;
	return gist.subject;
}

/** Why the key fits and each wrong option does not. */
function explain(reading: Reading, key: string, wrong: Wrong[]): string {
	const { gist, terms } = reading;
	const n = terms.where.get(gist.subject)?.size ?? 0;
	const lower = key.charAt(0).toLowerCase() + key.slice(1);
	const parts = [
		`The article is about ${/^\p{Lu}\p{Ll}+ \p{Lu}/u.test(key) ? key : lower}: its opening says so, and it returns to "${subjectName(reading)}" in ${n} of its ${terms.paragraphs.length} paragraphs.`
	];
	for (const w of wrong)
		parts.push(
			w.why === 'narrow'
				? `"${w.text}" is only the subject of paragraph ${w.paragraph}.`
				: w.why === 'broad'
					? `"${w.text}" is far wider than the article.`
					: `"${w.text}" is mentioned only in passing, in paragraph ${w.paragraph}.`
		);
	return parts.join(' ');
}
