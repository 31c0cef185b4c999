// "What is the article mainly about?": one option states the article's gist (stages/3-facts/gist.ts),
// three are wrong the ways reading teachers make them (main-idea-options.ts). Every option is a noun
// phrase of like length, so none stands out by its form (main-idea-form.ts).
import type { Candidate, Sentence } from '../../types';
import type { NormalizedText } from '../1-normalize';
import type { EntityIndex } from '../3-facts/entities';
import { wholeSentenceFact } from '../3-facts/sentences';
import { articleTerms, findGists, lemma, type Gist, type GistInput } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';
import {
	beyondTitle,
	contentWords,
	copiesTitle,
	MAIN_IDEA_MIN_WORDS,
	MAIN_IDEA_STEM,
	MAIN_IDEA_TITLE_STEM,
	sentenceCase
} from './main-idea-form';
import { howToCandidates } from './main-idea-howto';
import { titlePerson } from './main-idea-life';
import { lifePointCandidates } from './main-idea-point';
import { cityCandidates } from './main-idea-city';
import { newsCandidates } from './main-idea-news';
import { paragraphCandidates } from './main-idea-paragraph';
import { storyLike, titleKeys } from './main-idea-lead';
import { THESIS_FACT, thesisKeys, thesisWrong } from './main-idea-thesis';
import { lengthCue } from './main-idea-checks';
import { generalCandidates } from './main-idea-general';
import { pickWrong, type Reading, type Wrong } from './main-idea-options';
import {
	genreOf,
	gistTerms,
	keySentences,
	MAIN_IDEA_SENTENCE_STEMS,
	pickSentences,
	pointProblem,
	wrongSentences,
	type SentenceOption,
	type SentenceReading
} from './main-idea-sentences';

/** The main-idea candidate of an article, when it is long enough and its gist is clear. */
export function mainIdeaCandidates(
	norm: NormalizedText,
	sentences: readonly Sentence[],
	index: EntityIndex,
	unnamed: (text: string) => string | boolean | undefined = () => undefined
): Candidate[] {
	const words = norm.text.split(/\s+/).filter(Boolean).length;
	if (words < MAIN_IDEA_MIN_WORDS) return [];
	const title = norm.title ?? '';
	const terms = articleTerms(sentences, index);
	const input: GistInput = {
		sentences,
		text: norm.text,
		terms,
		title,
		titleWords: new Set(wordsOf(title).map(lemma)),
		entityWords: (u) => index.entities.get(u)?.name.split(/\s+/) ?? [u],
		// The key says more than the title: "A style of architecture" under "Gothic architecture" does
		// not. A headline says much; a key need only add to it ("The Hong Kong legislative election").
		// A name says what a thing is called, not what the article says of it: "The Royal College of
		// Chemistry" opening a history of Imperial College is another college.
		rejectKey: (text) =>
			isName(text) ||
			(!!title &&
				(copiesTitle(text, title) ||
					beyondTitle(text, title) < (contentWords(title).length >= 4 ? 1 : 2)))
	};
	// The best statement of the gist that three wrong options of its form can stand beside: first
	// one that is not the longest option (test-wise readers pick the longest), then any.
	const phrase = phraseCandidate(
		findGists(input),
		{ sentences, text: norm.text, terms, input },
		title
	);
	const blocks = inBlocks(sentences);
	const reading: SentenceReading = {
		sentences: blocks,
		text: norm.text,
		terms: blocks === sentences ? terms : articleTerms(blocks, index),
		unnamed,
		title,
		titleWords: contentWords(title),
		genre: genreOf(norm.text, title)
	};
	// Every form, the how-to one and a life first (a guide's title names its gist, a person's lead
	// what they are known for), then the phrase: the quiz keeps the first that passes every check.
	const person = titlePerson(index, sentences, terms, title);
	return [
		...howToCandidates(norm, sentences),
		...lifePointCandidates(norm, reading, person),
		...cityCandidates(norm, sentences, index),
		...newsCandidates(norm, sentences, index),
		...phrase,
		...sentenceCandidate(reading, title),
		// Then the general sentence item: any news report, explainer, life, essay or speech whose
		// point one sentence clearly states (main-idea-general.ts).
		...generalCandidates(reading),
		// Last, one paragraph's main idea: for the articles no form above states the whole gist of.
		...paragraphCandidates(norm, sentences, terms)
	];
}

/**
 * The phrase item: the best statement of the gist that three wrong options of its form can stand
 * beside, first one that is not the longest option (test-wise readers pick the longest), then any.
 */
function phraseCandidate(
	gists: Gist[],
	article: Omit<Reading, 'gist'>,
	title: string
): Candidate[] {
	for (const notLongest of [true, false])
		for (const gist of gists) {
			const reading: Reading = { ...article, gist };
			const wrong = pickWrong(reading);
			const key = gist.key.text;
			const options = wrong?.map((w) => w.text) ?? [];
			if (lengthCue(key, options)) continue;
			if (wrong && (!notLongest || wrong.some((w) => w.text.length >= key.length)))
				return [candidate(reading, wrong, title)];
		}
	return [];
}

/** How many sentences make a paragraph of a text written as one or two long ones. */
const BLOCK_SENTENCES = 3;

/**
 * The sentences, with a text of fewer than three paragraphs cut into paragraphs of three sentences:
 * what it keeps returning to is then what several parts of it say, as in a text laid out in paragraphs.
 */
function inBlocks(sentences: readonly Sentence[]): readonly Sentence[] {
	if (new Set(sentences.map((s) => s.paragraph)).size >= 3) return sentences;
	return sentences.map((s, i) => ({ ...s, paragraph: 1000 + Math.floor(i / BLOCK_SENTENCES) }));
}

/** The item in sentences, when no phrase of the opening states the gist with options of its form. */
function sentenceCandidate(reading: SentenceReading, title: string): Candidate[] {
	// A story's gist is what happens in it, which no one sentence of it says.
	if (storyLike(reading.text)) return [];
	const recurring = gistTerms(reading.terms);
	const first = reading.sentences[0];
	const keys = [...keySentences(reading, recurring), ...titleKeys(reading, recurring)].filter(
		(k) => !pointProblem(k.text, reading, k.sentence === first)
	);
	const tried = new Set<string>();
	for (const key of keys) {
		if (tried.has(key.text) || tried.size >= 4) continue;
		tried.add(key.text);
		const wrong = pickSentences(key, wrongSentences(reading, recurring, key), title);
		if (wrong) return [sentenceItem(reading, recurring, key, wrong)];
	}
	// Then a thesis stated after a hook: an essay's claim, an explainer's turn (main-idea-thesis.ts).
	for (const key of thesisKeys(reading, recurring).slice(0, 2)) {
		if (tried.has(key.text)) continue;
		const wrong = pickSentences(key, thesisWrong(reading, recurring, key), title);
		if (wrong) return [sentenceItem(reading, recurring, key, wrong, THESIS_FACT)];
	}
	return [];
}

/** The item in sentences: the key, three wrong sentences, and why each is right or wrong. */
function sentenceItem(
	reading: SentenceReading,
	recurring: ReadonlySet<string>,
	key: SentenceOption,
	wrong: SentenceOption[],
	prefix = 'gist'
): Candidate {
	const s = key.sentence;
	const fact = wholeSentenceFact(s, {
		id: `${prefix}-${s.index}`,
		kind: 'gist',
		value: { text: key.text, start: s.start, end: s.end, type: 'thing' },
		statement: reading.text.slice(s.start, s.end),
		salience: 1
	});
	const n = key.units.filter((u) => recurring.has(u)).length;
	const why = wrong.map((w) =>
		w.why === 'narrow'
			? `"${w.text}" tells only of paragraph ${w.paragraph}.`
			: `"${w.text}" is said only in passing, in paragraph ${w.paragraph}.`
	);
	return {
		id: `${fact.id}-main-idea`,
		kind: 'main-idea',
		stem: MAIN_IDEA_SENTENCE_STEMS[reading.genre],
		answer: key.text,
		distractors: wrong.map((w) => w.text),
		fact,
		source: { sentence: fact.statement, start: s.start, end: s.end },
		explanation: [
			`${key.paragraph === 1 ? 'The opening' : 'This sentence'} says what the whole text is about, naming ${n} of the things it keeps returning to.`,
			...why
		].join(' ')
	};
}

/** Whether a phrase is a name: every word of it past its article capitalised but "of", "and", "the". */
const isName = (text: string) =>
	text
		.split(/\s+/)
		.slice(1)
		.every((w) => /^\p{Lu}/u.test(w) || /^(of|and|the|for|de|da)$/.test(w));

/** The candidate: the gist as key, its sentence as source, and why each option is right or wrong. */
function candidate(reading: Reading, wrong: Wrong[], title: string): Candidate {
	const { gist, text } = reading;
	const s = gist.source;
	const key = sentenceCase(gist.key.text);
	const fact = wholeSentenceFact(s, {
		id: `gist-${s.index}`,
		kind: 'gist',
		subject: subjectName(reading),
		value: { text: gist.key.text, start: gist.key.start, end: gist.key.end, type: 'thing' },
		statement: s.text,
		salience: 1
	});
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
