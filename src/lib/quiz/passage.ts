// Some questions ask about words of one sentence ("As used in paragraph 3, what does 'halt' most
// nearly mean?"): the learner reads that sentence, the words marked, before answering, as a printed
// test quotes it. Other questions show their sentence only with the feedback: it holds the answer.
import { markParts, storedRange, type Part } from './highlight';

/** The kinds whose sentence is shown with the question, its marked words the ones asked about. */
const PASSAGE_KINDS: ReadonlySet<string> = new Set(['vocabulary']);

/** The sentence to show with a question before it is answered, with the asked words marked, or null. */
export function passageOf(item: {
	kind: string;
	sourceSentence: string;
	highlightStart: number | null;
	highlightEnd: number | null;
}): Part[] | null {
	const range = storedRange(item);
	return PASSAGE_KINDS.has(item.kind) && range ? markParts(item.sourceSentence, range) : null;
}
