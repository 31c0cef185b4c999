// Where each answer type's wrong options come from: one source per type, each giving candidates
// best first; `pickDistractors` checks them.
import type { Fact, ValueType } from '../types';
import type { DistractorContext } from './context';
import { organisationCandidates, personCandidates } from './names';
import { placeCandidates } from './places';
import { quantityCandidates } from './quantities';
import { thingCandidates, titleCandidates } from './terms';
import { dateCandidates, weekdayCandidates, yearCandidates } from './times';

/** Where one answer type's wrong options come from: candidates, best first, not yet checked. */
type CandidateSource = (fact: Fact, sentence: string, ctx: DistractorContext) => string[];

/** Each answer type's source of candidates. */
const CANDIDATES_BY_TYPE: Record<ValueType, CandidateSource> = {
	person: personCandidates,
	organisation: organisationCandidates,
	place: placeCandidates,
	weekday: weekdayCandidates,
	year: yearCandidates,
	date: dateCandidates,
	quantity: quantityCandidates,
	thing: thingCandidates,
	title: titleCandidates,
	// Reasons are clauses, not values: their wrong options come from `pickReasons`.
	reason: () => []
};

/** The candidates for the fact's value, from its type's source. */
export function candidates(fact: Fact, sentence: string, ctx: DistractorContext): string[] {
	return CANDIDATES_BY_TYPE[fact.value.type](fact, sentence, ctx);
}
