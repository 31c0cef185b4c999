// A biography says "He …" sentence after sentence. Where only the article's person can be meant,
// the pronoun is read as their name, so those sentences can be asked; where someone else could be
// meant, they stay unasked.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { buildEntities } from '../../../src/lib/generator/stages/3-facts';
import {
	articlePerson,
	sentenceNamingPerson
} from '../../../src/lib/generator/stages/3-facts/subject';
import { validateCandidate } from '../../../src/lib/generator/stages/5-validate';
import { gapItem } from '../../../src/lib/generator/stages/4-questions/gaps';
import { LIBRARY_WHO } from './candidates';
import { statementFact } from './candidates';

/** A short life of an invented engineer, written for this test. */
const LIFE = `Ingrid Halvorsen

Ingrid Halvorsen was a Norwegian engineer who designed bridges across the fjords of western Norway. She was born in Bergen in 1921 and studied at the technical college in Trondheim.

After the war, she joined the national roads office in Oslo. Her first bridge crossed the Sognefjord at its narrowest point and opened in 1956. She later led a team of forty engineers. Halvorsen wrote three books on the design of suspension bridges.

Her mentor was the engineer Olav Brekke. He taught her to test every model in a wind tunnel. She retired in 1983 and moved back to Bergen, where she taught at the university until 1990.

Halvorsen received the royal medal of merit in 1975. She died in Bergen in 2004. The bridge over the Sognefjord still carries her name.`;

function parsed(text: string) {
	const norm = normalizeText(text);
	const p = parseText(norm);
	const index = buildEntities(p.mentions, p.sentences);
	const people = (i: number) => (index.bySentence.get(i) ?? []).filter((m) => m.type === 'person');
	return { title: norm.title ?? '', sentences: p.sentences, people };
}

describe("a biography's person", () => {
	const { title, sentences, people } = parsed(LIFE);
	const person = articlePerson(sentences, title);
	const named = (start: string) => {
		const s = sentences.find((x) => x.text.startsWith(start))!;
		return sentenceNamingPerson(s, sentences[s.index - 1], person, people);
	};

	it('is found from a title that is a name, its later mentions and its pronouns', () => {
		expect(person).toMatchObject({ short: 'Halvorsen', pronouns: 'female' });
	});

	it('is not found for a title whose last word the article uses as a common noun', () => {
		const order = LIFE.replace('Ingrid Halvorsen\n', 'The Bridge Order\n').replace(
			'studied at',
			'studied order at'
		);
		const p = parsed(order);
		expect(articlePerson(p.sentences, p.title)).toBeUndefined();
	});

	it('is not found where "he" and "she" are both common: a story of two people', () => {
		const two = LIFE.replace(/\bShe\b/g, 'He').replace(/\bshe\b/g, 'he');
		const p = parsed(`${two}\n\nShe said so. She agreed. She left. She came back.`);
		expect(articlePerson(p.sentences, p.title)).toBeUndefined();
	});

	it('names the person for the opening pronoun, and "her" as a possessive', () => {
		expect(named('She was born')).toBe(
			'Halvorsen was born in Bergen in 1921 and studied at the technical college in Trondheim.'
		);
		expect(named('Her first bridge')).toMatch(/^Halvorsen's first bridge crossed/);
		expect(named('After the war')).toBe(
			'After the war, Halvorsen joined the national roads office in Oslo.'
		);
	});

	it('leaves a pronoun alone after a sentence that names someone else', () => {
		// "She retired" follows "He taught her …" about Olav Brekke: the pronoun stays unresolved.
		expect(named('He taught')).toBeUndefined();
		expect(named('She retired')).toBeUndefined();
	});

	it('leaves a sentence that names the person already as it is', () => {
		expect(named('Halvorsen wrote')).toBeUndefined();
	});

	it('leaves a pronoun alone that points ahead to the name its main clause opens with', () => {
		// "When he was 22 years old, Avicenna lost his father" became "When Ibn Sina was _____ years
		// old, Avicenna lost …": one man read as two.
		const text = LIFE.replace(
			'Halvorsen received the royal medal of merit in 1975.',
			'When she was twenty, Anna Vik won a prize for her drawings. Halvorsen received the royal medal of merit in 1975.'
		);
		const p = parsed(text);
		const s = p.sentences.find((x) => x.text.startsWith('When she was twenty'))!;
		expect(
			sentenceNamingPerson(
				s,
				p.sentences[s.index - 1],
				articlePerson(p.sentences, p.title),
				p.people
			)
		).toBeUndefined();
	});

	it('lets the quiz ask what the "she" sentences say, by name', () => {
		const quiz = generateQuiz(LIFE, { count: 20, seed: 3 });
		const stems = quiz.questions.map((q) => q.stem);
		expect(stems.some((s) => /Halvorsen/.test(s) && !/Halvorsen wrote/.test(s))).toBe(true);
		// Nothing is asked from the sentence after the mentor's.
		expect(stems.some((s) => /retired/.test(s))).toBe(false);
	});
});

describe('pronouns in a blank sentence', () => {
	const gap = (sentence: string, answer: string) => ({
		...LIBRARY_WHO,
		kind: 'gap' as const,
		stem: `Fill in the blank: ${sentence.replace(answer, '_____')}`,
		answer,
		source: { ...LIBRARY_WHO.source, sentence }
	});

	it('accepts "his" right after the name it belongs to', () => {
		const c = gap(
			'Spielman fulfilled his contract by directing a pilot starring Ann Ford.',
			'Ann Ford'
		);
		expect(validateCandidate(c)).not.toContain(expect.stringMatching(/^no-pronoun/));
	});

	it('rejects "his" after an opening phrase that names no one', () => {
		const c = gap('In 1913, his father was made a noble by Emperor Franz Joseph.', 'Franz Joseph');
		expect(validateCandidate(c)).toContainEqual(expect.stringMatching(/^no-pronoun/));
	});

	it('rejects a speaker the sentence does not name: "My brother was Mayor later, _____"', () => {
		const mine = gap(
			'My brother was mayor of the port city later, Tom Ford, in Baltimore.',
			'Tom Ford'
		);
		expect(validateCandidate(mine)).toContainEqual(expect.stringMatching(/^no-pronoun/));
		// A regnal numeral is no speaker.
		const king = gap('King Charles I dissolved the parliament of Scotland in 1629.', '1629');
		expect(validateCandidate(king)).not.toContainEqual(expect.stringMatching(/^no-pronoun/));
	});

	it('rejects "his" after a body the sentence names with "the"', () => {
		// "The College made its first public announcement of his death": whose?
		const c = gap(
			'The College made its first announcement of his death on 4 December 2014.',
			'4 December 2014'
		);
		expect(validateCandidate(c)).toContainEqual(expect.stringMatching(/^no-pronoun/));
		const named = gap(
			'Dean Ann Ford made the first announcement of his death on 4 December 2014.',
			'4 December 2014'
		);
		expect(validateCandidate(named)).not.toContainEqual(expect.stringMatching(/^no-pronoun/));
	});
});

describe('a name particle after the blank', () => {
	it('never blanks the first part of "Izz al-Arab"', () => {
		const f = statementFact('Her parents later had two more sons, Izz al-Arab and Leith.', 'Izz');
		expect(gapItem(f, () => ['Omar', 'Karim', 'Hassan'])).toBeUndefined();
	});
});
