// Candidates for names: the article's other people and bodies, like the answer in shape and form,
// and a lexicon's bodies of the answer's group.
import type { Entity, Fact } from '../types';
import { FOUNDED, ORGANISATION_GROUPS } from '../lexicons';
import { shuffle } from '../random';
import { eventYears, type DistractorContext } from './context';

/** The article's entities other than the answer's, whole ones only. */
export function otherEntities(fact: Fact, ctx: DistractorContext): Entity[] {
	return [...ctx.entities.values()].filter((e) => e.id !== fact.value.entity && !e.partial);
}

/**
 * Whether an entity can be offered as what it is tagged. A one-word "person" that is no known
 * name's alias is often a tagging error ("Irving").
 */
function reliable(e: Entity): boolean {
	// "Angel Catbird" of "the novel Angel Catbird" is no person to offer either.
	// "Doctor Who" is a series: a name ending in a question word is no person's.
	// "Prince Albert Challenge Cup", "Naqsh-e Jahan Square": a name ending in what a place, prize or
	// building is called is no person's, whatever the tagger said.
	return (
		e.type !== 'person' ||
		(e.name.includes(' ') && !e.work && !/ (Who|What)$/.test(e.name) && !NOT_A_PERSON.test(e.name))
	);
}

/**
 * Whether the answer is asked as a given name: "Gloria" is asked beside other given names,
 * "Eastman" beside other surnames.
 */
function askedByGivenName(fact: Fact, self: Entity | undefined, ctx: DistractorContext): boolean {
	const v = fact.value;
	// "the English name of _____" for Freddie, of Freddie Mercury: a given name the article also
	// writes before a surname is asked beside given names, never "May" and "Taylor" (review tune21).
	return (
		self?.nameForm === 'given' ||
		(!!self?.name.includes(' ') && self.name.startsWith(`${v.text} `)) ||
		(v.type === 'person' &&
			!v.text.includes(' ') &&
			[...ctx.entities.values()].some(
				(e) => e.type === 'person' && e.name.startsWith(`${v.text} `)
			))
	);
}

const firstName = (e: Entity) => e.name.split(' ')[0] ?? e.name;

/** The names of `people`, shuffled, in the answer's form: given names beside a given name. */
function namesLike(people: Entity[], answer: string, given: boolean, rand: () => number): string[] {
	// "Karl" of Karl Marx beside "Nicholas": a given name alone only of someone the article calls by it.
	const calledSo = (e: Entity) =>
		!given || !e.name.includes(' ') || e.aliases.includes(firstName(e));
	return shuffle(
		people.filter((e) => reliable(e) && calledSo(e)),
		rand
	).map((e) => (given && e.name.includes(' ') ? firstName(e) : formLike(answer, e)));
}

/** The article's other people, its leading ones first, named in the answer's form. */
export function personCandidates(fact: Fact, _sentence: string, ctx: DistractorContext): string[] {
	const v = fact.value;
	const self = v.entity ? ctx.entities.get(v.entity) : undefined;
	const given = askedByGivenName(fact, self, ctx);
	const named = (people: Entity[]) => namesLike(people, v.text, given, ctx.rand);
	// "The most important mount is _____ (Monte Pellegrino)": no person, so no people to offer.
	if (NOT_A_PERSON.test(v.text)) return [];
	// "Queen _____" for the album Queen Forever: a one-word "person" the article names once and
	// never in full is more often part of a title than someone (reviews tune16 to tune18).
	if (self && !self.name.includes(' ') && self.mentions < 2) return [];
	// Only the article's own people: a made-up name is a distractor no reader could check, and
	// one that stands out beside the article's names. Too few people drop the question.
	// "Daniel Robbins", an art historian, is no answer beside the painters: a person the article
	// calls something else never stands beside the answer, and one it calls something comes
	// after those it calls nothing when the answer is called nothing.
	const calling = self?.calling;
	const people = otherEntities(fact, ctx).filter(
		(e) => e.type === 'person' && !(calling && e.calling && e.calling !== calling)
	);
	const plain = people.filter((e) => !e.calling || e.calling === calling);
	const called = people.filter((e) => !plain.includes(e));
	// "Gorbachev" beside names the article gives once is the one a reader picks unread (over
	// the tuning reviews, 28% of name blanks were used as they were where the key was named
	// four times as often as every wrong option, 43% where no option was named half as
	// often): the article's other leading people come first.
	const leading = (e: Entity) => !self || e.mentions * 4 >= self.mentions;
	return [
		...named(plain.filter(leading)),
		...named(plain.filter((e) => !leading(e))),
		...named(called)
	];
}

/** Bodies like the answer: the article's of its shape, its lexicon group's, one more. */
export function organisationCandidates(
	fact: Fact,
	sentence: string,
	ctx: DistractorContext
): string[] {
	const v = fact.value;
	const others = otherEntities(fact, ctx);
	// Like for like: an acronym for an acronym, "X Party" for "Y Party"; the generic lexicon
	// only when the answer is itself a well-known international body.
	// "U.S" and "UK" are countries the tagger sometimes calls organisations.
	const orgs = others.filter(
		(e) =>
			e.type === 'organisation' &&
			sameShape(v.text, e.name) &&
			!/^(U\.?S\.?A?|U\.?K\.?)$/.test(e.name)
	);
	const bare = (o: string) => o.replace(/^the /, '');
	const group = ORGANISATION_GROUPS.find((g) => g.some((o) => bare(o) === bare(v.text)));
	// No body founded after the events the sentence (or else its paragraph) dates.
	const when = Math.min(...eventYears(fact, sentence, ctx));
	const lex = (group ?? [])
		.filter((o) => !((FOUNDED[bare(o)] ?? 0) > when))
		.map((o) => (/^the /i.test(v.text) ? o : bare(o)));
	// Short of those, one other full name of a body the article names ("Croucher Foundation"
	// beside "U.S. Department of Agriculture"), never a law, prize or event the tagger called a
	// body: one only, since a body of another kind ("Select Committee" beside "Fabian Society")
	// is seldom a real contender.
	const bodies = others.filter(
		(e) =>
			e.type === 'organisation' &&
			!orgs.includes(e) &&
			/\s/.test(v.text) &&
			/^\p{Lu}\S*( \p{Lu}\S*| of| for| and){1,6}$/u.test(e.name) &&
			!NOT_A_BODY.test(e.name)
	);
	return [
		...shuffle(orgs, ctx.rand).map((e) => formLike(v.text, e)),
		...shuffle(lex, ctx.rand),
		...shuffle(bodies, ctx.rand)
			.slice(0, 1)
			.map((e) => e.name)
	];
}

/** Last words of names that are not people though the tagger may say so. */
const NOT_A_PERSON =
	/ (Cup|Trophy|Award|Prize|Medal|Stakes|Challenge|Street|Road|Avenue|Square|Bridge|Hall|College|School|University|Hospital|Airport|Station|Park|Church|Cathedral|Mosque|Palace|Museum|Garden|Gardens|Tower|Castle|Company|Club)$|^(Mount|Monte|Mont|Lake|River|Cape|Fort|Port|Roman|Holy) /;

/** Last words of names that are not organisations though the tagger may say so. */
const NOT_A_BODY =
	/\b(Act|Law|Bill|Treaty|Program|Programme|Prize|Award|Cup|Day|Festival|Games|Championship|Series|Center|Centre|Stadium|Arena|Hall|Street|Avenue|Road|Square|Park|Airport|Station|Department|Ministry|Office|Bureau)$/;

const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.]{1,7}$/.test(s);

/** Names of one shape: both acronyms, or both multi-word names ending in the same word. */
export function sameShape(a: string, b: string): boolean {
	if (isAcronym(a) || isAcronym(b)) return isAcronym(a) && isAcronym(b);
	// The last word names the kind of thing: "Civic Party" and "Labour Party", "Pacific Ocean" and
	// "Indian Ocean"; a "Station" is never offered for a "Party".
	const last = (s: string) => s.split(' ').pop()?.toLowerCase();
	if (!a.includes(' ') || !b.includes(' ')) return false;
	return last(a) === last(b);
}

/** The other entity's name in the same form as the answer: surname for surname, full for full. */
function formLike(answer: string, e: Entity): string {
	const n = answer.split(' ').length;
	const same = e.aliases.find((a) => a.split(' ').length === n);
	if (same) return same;
	if (n === 1 && e.type === 'person') return e.name.split(' ').pop() ?? e.name;
	return e.name;
}
