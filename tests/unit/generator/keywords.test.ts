// Texts that name few people, places or dates (a speech, an essay, a how-to text) are asked about
// the ideas they keep returning to: blanks on keyword phrases, only when too little else is found.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/lib/generator/index';
import { normalizeText } from '../../../src/lib/generator/normalize';
import { parseText } from '../../../src/lib/generator/parse';
import { conceptPool } from '../../../src/lib/generator/facts/concepts';
import { gapItem } from '../../../src/lib/generator/gaps';
import { toldInFirstPerson } from '../../../src/lib/generator/facts/sentences';
import type { Fact } from '../../../src/lib/generator/types';

/** A short address in the first person, written for this test: no names, no dates, few figures. */
const SPEECH = `Keeping the Harbour Alive

Friends, we meet tonight because our harbour is in trouble. The old sea wall is failing, and every storm takes more of the shore. We cannot wait for another winter. The repair fund that we set up last spring has grown slowly, but the repair fund alone will not save the sea wall. We need the fishing families, the shop owners and the schools to stand together.

Our town has always lived from the sea. The fishing boats bring in the catch, the fish market sells it, and the tourist trade fills our streets in summer. When the sea wall fails, the fish market floods, the fishing boats cannot land, and the tourist trade goes elsewhere. That is why the sea wall matters to every family here.

Some people say the council should pay for everything. I understand that feeling. But the council budget is already stretched by the new school roof and the road repairs. The school roof alone took half of the council budget this year. If we wait for the council budget, we will wait for years, and the school roof will need work again. The repair fund lets us act now, and every gift to the repair fund is matched by the regional grant.

So I ask you tonight to give what you can. Give an hour of work on the shore, a day on the fishing boats for the fund, or a small gift at the fish market. The sea wall was built by our grandparents with their own hands. We can rebuild the sea wall with ours, and hand a safe harbour to our children.`;

describe('keyword phrases', () => {
	const sentences = parseText(normalizeText(SPEECH)).sentences;

	it('reads a speech as told in the first person', () => {
		expect(toldInFirstPerson(sentences)).toBe(true);
		expect(
			toldInFirstPerson(
				parseText(normalizeText('The mill was built in 1887. Greta Holm ran it for years.'))
					.sentences
			)
		).toBe(false);
	});

	it('finds phrases whose head the text keeps returning to, only when asked for them', () => {
		const plain = conceptPool(sentences).map((t) => t.text.toLowerCase());
		const withKeywords = conceptPool(sentences, true);
		const keywords = withKeywords.filter((t) => t.keyword).map((t) => t.text.toLowerCase());
		expect(keywords).toEqual(expect.arrayContaining(['repair fund', 'fish market']));
		for (const k of keywords) {
			expect(plain).not.toContain(k);
			// Two words or more: a lone common word blanked is a guessing game.
			expect(k.split(' ').length).toBeGreaterThanOrEqual(2);
		}
	});

	it('never blanks a phrase in front of another word of its noun phrase', () => {
		const terms = ['Fish market', 'Repair fund', 'Sea wall', 'Tourist trade'].map((text) => ({
			text,
			number: 'singular' as const,
			subject: false,
			defined: false,
			keyword: true
		}));
		const statement = 'The old fish market building was sold to a family from the next town.';
		const f = {
			id: 'f',
			kind: 'statement',
			sentence: 0,
			paragraph: 0,
			start: 0,
			end: statement.length,
			subject: '',
			action: '',
			object: '',
			value: { text: '', start: 0, end: 0, type: 'thing' },
			statement,
			salience: 0
		} as Fact;
		const others = (v: { text: string }) =>
			terms.map((t) => t.text).filter((t) => t.toLowerCase() !== v.text.toLowerCase());
		expect(gapItem(f, others, terms)).toBeUndefined();
		const plain = { ...f, statement: 'The storm flooded the fish market and the old school.' };
		expect(gapItem(plain, others, terms)?.answer).toBe('fish market');
	});

	it('gives a speech with no names or dates at least three questions, each a blank on a keyword', () => {
		const quiz = generateQuiz(SPEECH, { count: 10, seed: 1 });
		expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
		for (const q of quiz.questions) {
			const answer = q.options[q.answerIndex]!;
			expect(quiz.text.toLowerCase()).toContain(answer.toLowerCase());
			// No wrong option shares the answer's head word: "organic deterrent" beside "natural
			// deterrent" may be true as well.
			const head = (o: string) => o.toLowerCase().split(' ').pop();
			if (q.kind === 'gap' && answer.includes(' '))
				for (const o of q.options) if (o !== answer) expect(head(o)).not.toBe(head(answer));
		}
		expect(generateQuiz(SPEECH, { count: 10, seed: 1 })).toEqual(quiz);
	});
});
