// Texts told in the first person (a speech, an essay, a story): the reader knows who "I" and "we"
// are, so such sentences stand alone; and a term is never blanked in front of a word of its phrase.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/generator/stages/1-normalize';
import { parseText } from '../../../src/lib/generator/stages/2-parse';
import { gapItem } from '../../../src/lib/generator/stages/4-questions/gaps';
import {
	standaloneStatement,
	toldInFirstPerson
} from '../../../src/lib/generator/stages/3-facts/sentences';
import { statementFact } from './candidates';
import { generateQuiz } from '../../../src/lib/generator/index';

/** A short address in the first person, written for this test: no names, no dates, few figures. */
const SPEECH = `Keeping the Harbour Alive

Friends, we meet tonight because our harbour is in trouble. The old sea wall is failing, and every storm takes more of the shore. We cannot wait for another winter. The repair fund that we set up last spring has grown slowly, but the repair fund alone will not save the sea wall. We need the fishing families, the shop owners and the schools to stand together.

Our town has always lived from the sea. The fishing boats bring in the catch, the fish market sells it, and the tourist trade fills our streets in summer. When the sea wall fails, the fish market floods, the fishing boats cannot land, and the tourist trade goes elsewhere. That is why the sea wall matters to every family here.

Some people say the council should pay for everything. I understand that feeling. But the council budget is already stretched by the new school roof and the road repairs. The school roof alone took half of the council budget this year. If we wait for the council budget, we will wait for years, and the school roof will need work again. The repair fund lets us act now, and every gift to the repair fund is matched by the regional grant.

So I ask you tonight to give what you can. Give an hour of work on the shore, a day on the fishing boats for the fund, or a small gift at the fish market. The sea wall was built by our grandparents with their own hands. We can rebuild the sea wall with ours, and hand a safe harbour to our children.`;

describe('a text told in the first person', () => {
	const sentences = parseText(normalizeText(SPEECH)).sentences;

	it('reads a speech as told in the first person, a report as not', () => {
		expect(toldInFirstPerson(sentences)).toBe(true);
		expect(
			toldInFirstPerson(
				parseText(normalizeText('The mill was built in 1887. Greta Holm ran it for years.'))
					.sentences
			)
		).toBe(false);
	});

	it('keeps a sentence that says "we" as a statement only in such a text', () => {
		const s = sentences.find((x) => x.text.startsWith('We can rebuild'))!;
		expect(standaloneStatement(s, [], true)?.text).toBe(s.text);
		expect(standaloneStatement(s, [], false)).toBeUndefined();
	});
});

describe('blanking a term', () => {
	it('is not done in a quiz: reviewers used none of 32 term blanks as they were', () => {
		const text = `Harbour Defences

Coastal erosion is the loss of land along a shoreline. Many towns along the north coast fear coastal erosion more than floods. Sea level rise threatens many harbours in the region. Planners in every county now study sea level rise with care. Storm surge damages the old sea walls each winter. Engineers from the council measure storm surge after every large storm. Longshore drift moves sand along the coast from west to east. Geologists at the university map longshore drift on every beach. Local fishermen say that sea level rise has already changed the tides in the bay.`;
		const quiz = generateQuiz(text, { count: 20, seed: 1, kinds: ['gap'] });
		const terms = ['coastal erosion', 'sea level rise', 'storm surge', 'longshore drift'];
		const asked = quiz.questions.map((q) => q.options[q.answerIndex]!.toLowerCase());
		expect(asked.filter((a) => terms.includes(a))).toEqual([]);
		// The stage still blanks a term for a caller that passes the article's terms (below).
	});

	it('never blanks a phrase in front of another word of its noun phrase', () => {
		const terms = ['Fish market', 'Repair fund', 'Sea wall', 'Tourist trade'].map((text) => ({
			text,
			number: 'singular' as const,
			subject: false,
			defined: false
		}));
		const statement = 'The old fish market building was sold to a family from the next town.';
		const f = statementFact(statement, '', 'thing');
		const others = (v: { text: string }) =>
			terms.map((t) => t.text).filter((t) => t.toLowerCase() !== v.text.toLowerCase());
		expect(gapItem(f, others, terms)).toBeUndefined();
		const plain = { ...f, statement: 'The storm flooded the fish market and the old school.' };
		expect(gapItem(plain, others, terms)?.answer).toBe('fish market');
	});
});
