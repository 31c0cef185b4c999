// The reading level of a text (issue 17): its words, sentences and syllables counted here, the
// grades by the formulas' own packages (words/ family): Flesch-Kincaid grade level and the revised
// Dale-Chall formula with its list of about 3,000 familiar words. Pure: text in, figures out.
import nlp from 'compromise';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { bandOf, gradeLabel } from './bands';

export { bandOf, gradeLabel };

export interface ReadingLevel {
	words: number;
	sentences: number;
	syllables: number;
	/** Words outside the Dale-Chall list of familiar words (names and numbers aside). */
	uncommonWords: number;
	/** Mean words per sentence, to one decimal. */
	meanSentenceLength: number;
	/** Share of uncommon words, 0–1, to three decimals. */
	uncommonShare: number;
	/** Flesch-Kincaid grade level, to one decimal (0 at the least). */
	fleschKincaidGrade: number;
	/** The revised Dale-Chall score, to two decimals, and the US grades it stands for. */
	daleChallScore: number;
	daleChallGrades: [number, number];
	/** The grade the level is shown and sorted by: the two formulas' mean, to one decimal. */
	grade: number;
	/** As a reader sees it: "Grade 9-10", "Grade 4 and below", "College". */
	label: string;
}

/** What is stored of a level: the figures (the band and label follow from the grade). */
export type StoredReadingLevel = Omit<ReadingLevel, 'label' | 'daleChallGrades'>;

/** The stored figures of a level. */
export function storedLevel({ label: _label, daleChallGrades: _bands, ...figures }: ReadingLevel) {
	return figures satisfies StoredReadingLevel;
}

const FAMILIAR = new Set(daleChall);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A familiar word, or one of its inflections ("houses", "walked", "running", "quickly"). */
function isFamiliar(word: string): boolean {
	const w = word.toLowerCase().replace(/[’']s$/, '');
	if (FAMILIAR.has(w)) return true;
	const stems = [
		w.replace(/s$/, ''),
		w.replace(/es$/, ''),
		w.replace(/ies$/, 'y'),
		w.replace(/ed$/, ''),
		w.replace(/d$/, ''),
		w.replace(/ied$/, 'y'),
		w.replace(/ing$/, ''),
		w.replace(/ing$/, 'e'),
		w.replace(/ly$/, ''),
		w.replace(/er$/, ''),
		w.replace(/est$/, '')
	];
	return stems.some((stem) => stem !== w && stem.length > 1 && FAMILIAR.has(stem));
}

/**
 * Whether a word counts against the text: not on the familiar list, not a number, and not a name
 * (a capitalised word that does not open its sentence), as Chall and Dale count them.
 */
function isUncommon(word: string, opensSentence: boolean): boolean {
	if (/\d/.test(word)) return false;
	if (!opensSentence && /^\p{Lu}/u.test(word)) return false;
	return !isFamiliar(word);
}

/** The sentences of a text, paragraph by paragraph (a heading without a full stop is one too). */
function sentencesOf(text: string): string[] {
	return (
		text
			.split(/\n\s*\n|\n(?=\s*\p{Lu})/u)
			.map((paragraph) => paragraph.trim())
			.filter(Boolean)
			// Tokenized only, not tagged: the same sentences, in a fraction of the time.
			.flatMap((paragraph) => nlp.tokenize(paragraph).sentences().out('array') as string[])
	);
}

/** The highest grade a level is given: a graduate text. */
export const MAX_GRADE = 18;

const round = (value: number, places: number) => Number(value.toFixed(places));

/** What a level is worked out from: counts that add up over a text's parts. */
export interface TextCounts {
	words: number;
	sentences: number;
	syllables: number;
	uncommonWords: number;
}

/** The counts of a text (or of some of its paragraphs: counts of parts add up to the whole's). */
export function countText(text: string): TextCounts {
	const sentences = sentencesOf(text);
	const counts = { words: 0, sentences: sentences.length, syllables: 0, uncommonWords: 0 };
	for (const sentence of sentences) {
		const tokens = sentence.match(WORD) ?? [];
		tokens.forEach((token, i) => {
			counts.words++;
			counts.syllables += Math.max(1, syllable(token));
			if (isUncommon(token, i === 0)) counts.uncommonWords++;
		});
	}
	return counts;
}

/** Two texts' counts together. */
export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
	return {
		words: a.words + b.words,
		sentences: a.sentences + b.sentences,
		syllables: a.syllables + b.syllables,
		uncommonWords: a.uncommonWords + b.uncommonWords
	};
}

/** The reading level of a text, or null when it has no words. */
export function readingLevel(text: string): ReadingLevel | null {
	return levelFromCounts(countText(text));
}

/** The reading level of counted text, or null when it has no words. */
export function levelFromCounts({
	words,
	sentences,
	syllables,
	uncommonWords
}: TextCounts): ReadingLevel | null {
	if (words === 0) return null;
	const counts = { sentence: Math.max(1, sentences), word: words };
	const fk = Math.max(0, fleschKincaid({ ...counts, syllable: syllables }));
	const dc = daleChallFormula({ ...counts, difficultWord: uncommonWords });
	const bands = daleChallGradeLevel(dc);
	// The band's middle, an open top band counted as grade 16.
	const dcGrade = (bands[0] + Math.min(bands[1], 16)) / 2;
	// Past graduate school the formula's figure means only "very hard": capped where the bands end.
	const grade = round((Math.min(fk, MAX_GRADE) + dcGrade) / 2, 1);
	return {
		words,
		sentences: counts.sentence,
		syllables,
		uncommonWords,
		meanSentenceLength: round(words / counts.sentence, 1),
		uncommonShare: round(uncommonWords / words, 3),
		fleschKincaidGrade: round(fk, 1),
		daleChallScore: round(dc, 2),
		daleChallGrades: bands,
		grade,
		label: gradeLabel(bandOf(grade))
	};
}
