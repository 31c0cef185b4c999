// A well-formed "who" candidate for validator tests: each test patches the one part it checks; and
// statement facts for the stages that read one.
import type { Candidate, Fact, QuestionKind } from '../../../src/lib/generator/types';
import { BLANK } from '../../../src/lib/generator/stages/4-questions/gaps';

export const LIBRARY_FACT = {
	id: 'f',
	kind: 'event',
	paragraph: 1,
	sentence: 0,
	start: 0,
	end: 10,
	value: { text: 'Elena Vasquez', start: 0, end: 13, type: 'person' }
} as Fact;

export const LIBRARY_WHO: Candidate = {
	id: 'c',
	kind: 'who',
	stem: 'Who opened the new library in Harbour Town?',
	answer: 'Elena Vasquez',
	distractors: ['Priya Nair', 'Martin Osei', 'Tomas Lindqvist'],
	fact: LIBRARY_FACT,
	source: {
		sentence: 'Elena Vasquez opened the new library in Harbour Town.',
		start: 0,
		end: 10
	},
	explanation: ''
};

/** A statement fact whose one value is `value`, typed as `type`. */
export function statementFact(
	statement: string,
	value: string,
	type: Fact['value']['type'] = 'person'
): Fact {
	const start = statement.indexOf(value);
	return {
		id: 'f',
		kind: 'statement',
		sentence: 0,
		paragraph: 0,
		start: 0,
		end: statement.length,
		subject: '',
		action: '',
		object: '',
		value: { text: value, start, end: start + value.length, type },
		statement,
		salience: 1
	};
}

/**
 * A candidate asking for `answer` of `sentence` (a blank unless `kind` says otherwise), its value
 * typed as `type`: for checks that read only the options, the stem and the source.
 */
export function candidateFor(
	sentence: string,
	answer: string,
	distractors: string[],
	type: Fact['value']['type'],
	patch: Partial<Candidate> = {}
): Candidate {
	return {
		id: 'c',
		kind: 'gap',
		stem: `Fill in the blank: ${sentence.replace(answer, '_____')}`,
		answer,
		distractors,
		fact: {
			...LIBRARY_FACT,
			sentence: 0,
			paragraph: 0,
			value: { text: answer, start: 0, end: 0, type }
		},
		source: { sentence, start: 0, end: 10 },
		explanation: '',
		...patch
	};
}

/**
 * A cause-and-effect item of `kind` asked of sentence 4 (fact `id`), its options starting with
 * `prefix`: for the selection's one-item-per-link rule, which reads only these.
 */
export function causeItem(
	id: string,
	kind: QuestionKind,
	stem: string,
	{ prefix = '', sentence = 'A sentence.' } = {}
): Candidate {
	// Only the parts the rule reads: the rest of the fact is never looked at.
	return {
		id,
		kind,
		stem,
		answer: `${prefix}answer ${id}`,
		distractors: ['one', 'two', 'three'].map((n) => `${prefix}${n}`),
		fact: {
			id,
			kind: 'cause',
			sentence: 4,
			paragraph: 1,
			start: 40,
			salience: 0.5,
			value: { text: `the tide turned early (${id})`, start: 40, end: 60, type: 'reason' }
		},
		source: { sentence, start: 40, end: 40 + sentence.length },
		explanation: ''
	} as unknown as Candidate;
}

/** A blank of `sentence` on `answer`, as the validator reads it (a quantity value unless told). */
export function blankCandidate(
	sentence: string,
	answer: string,
	distractors: string[],
	kind: QuestionKind = 'gap'
): Candidate {
	const at = sentence.indexOf(answer);
	return {
		id: 'g',
		kind,
		stem: `Fill in the blank: ${sentence.slice(0, at)}${BLANK}${sentence.slice(at + answer.length)}`,
		answer,
		distractors,
		fact: statementFact(sentence, answer, 'quantity'),
		source: { sentence, start: 0, end: sentence.length },
		explanation: ''
	};
}

/** A fact whose value is `text`, found in `sentence`, of the given type (and entity). */
export function valueFact(sentence: string, text: string, type: string, entity?: string): Fact {
	const start = sentence.indexOf(text);
	return {
		id: `f-${text}`,
		kind: 'event',
		sentence: 0,
		paragraph: 0,
		start: 0,
		end: sentence.length,
		statement: sentence,
		value: { text, type, start, end: start + text.length, ...(entity ? { entity } : {}) }
	} as unknown as Fact;
}
