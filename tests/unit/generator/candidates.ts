// A well-formed "who" candidate for validator tests: each test patches the one part it checks.
import type { Candidate, Fact } from '../../../src/lib/generator/types';

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
