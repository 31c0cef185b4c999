// The wrong options of a framed item (a life's, a city's), all about the article's own subject and
// differing from the key in scope, as a teacher writes them (reviews k5, k6): one part of it only
// ("The early life of Ignaz Semmelweis"), the field or country its opening names ("The history of
// medicine", "The history of Estonia") and the topic of one of its paragraphs ("The puerperal fever
// ward"). No other person or city: an option naming one is absurd under a title naming the subject.
import type { Sentence } from '../../types';
import type { EntityIndex } from '../3-facts/entities';
import { placeKindOf } from '../3-facts/entities';
import { lemma, recurringTerms, type ArticleTerms, type Gist } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';
import { formProblem, FRAMED_LENGTH_RATIO, keyIsSharedCore } from './main-idea-form';
import { narrowOptions, type Reading, type Wrong } from './main-idea-options';

/** The field a person's role in the opening names: "a Hungarian physician" → medicine. */
const FIELD_OF_ROLE: Record<string, string> = {
	physician: 'medicine',
	doctor: 'medicine',
	surgeon: 'surgery',
	obstetrician: 'medicine',
	nurse: 'nursing',
	astronomer: 'astronomy',
	physicist: 'physics',
	chemist: 'chemistry',
	biologist: 'biology',
	naturalist: 'biology',
	botanist: 'botany',
	zoologist: 'zoology',
	geologist: 'geology',
	seismologist: 'seismology',
	geophysicist: 'geophysics',
	mathematician: 'mathematics',
	engineer: 'engineering',
	inventor: 'invention',
	clockmaker: 'clockmaking',
	scientist: 'science',
	economist: 'economics',
	philosopher: 'philosophy',
	composer: 'music',
	painter: 'painting',
	sculptor: 'sculpture',
	architect: 'architecture',
	novelist: 'the novel',
	poet: 'poetry',
	aviator: 'flight',
	explorer: 'exploration',
	psychologist: 'psychology',
	computer: 'computing',
	programmer: 'computing'
};

/** "… was a Hungarian physician who …": the role nouns of the opening's first description. */
const DESCRIBED = /\b(?:is|was) (?:an?|the) ([^.;]{0,120}?)(?: who\b| whose\b| and\b|,|\.|$)/;

/** The field of the person the opening describes, as an option: "The history of medicine". */
export function fieldOption(lead: string): string | undefined {
	const described = DESCRIBED.exec(lead)?.[1];
	if (!described) return undefined;
	for (const word of described.toLowerCase().split(/[^\p{L}-]+/u)) {
		const field = FIELD_OF_ROLE[word];
		if (field) return `The history of ${field}`;
	}
	return undefined;
}

/** "under Swedish rule": a period of a city's history, told in a paragraph past the lead. */
const RULE = /(?<=\p{Ll},? )(\p{Lu}\p{Ll}+) (?:rule|occupation)\b/u;

/** "The years of Swedish rule in Tallinn": one period of the city's history, a part of it. */
export function periodOption(sentences: readonly Sentence[], city: string): Wrong | undefined {
	const lead = sentences[0]?.paragraph;
	for (const s of sentences) {
		const m = s.paragraph === lead ? undefined : RULE.exec(s.text);
		if (m) return { text: `The years of ${m[1]} rule in ${city}`, units: [], why: 'narrow' };
	}
	return undefined;
}

/** The country the opening places a city in ("the capital of Estonia", "a city in Mali"). */
export function countryOption(lead: string, city: string): string | undefined {
	for (const m of lead.matchAll(/\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?/gu)) {
		const name = m[0];
		if (name === city) continue;
		const last = name.split(' ').at(-1) ?? '';
		for (const n of [name, last]) if (placeKindOf(n) === 'country') return `The history of ${n}`;
	}
	return undefined;
}

/**
 * A noun run on past a name: "The chemist Humphry Davy lecture at …" (of "heard the chemist Humphry
 * Davy lecture"), a phrase the parser cut wrong.
 */
const RUN_ON =
	/\b\p{Ll}+ (?:\p{Lu}[\p{L}.'-]* )+(?!(?:of|in|at|for|and|to|on|by|with|from|as)\b)\p{Ll}/u;

/**
 * "A new kingdom", "An inland capital", "The wider empire": a thing of some kind, or one known only
 * beside another, no paragraph's topic.
 */
const VAGUE_TOPIC =
	/^(?:an? (?:\S+ )?\S+|the (?:wider|larger|greater|other|same|whole|new|former|latter|older) \S+)$/i;

/** What a framed item's wrong options are read from. */
export interface ScopeInput {
	sentences: readonly Sentence[];
	text: string;
	terms: ArticleTerms;
	index: EntityIndex;
	title: string;
	/** The key, the subject's term (an entity id or a lemma) and the narrower part ("The early life of …"). */
	key: string;
	subject: string;
	part: Wrong;
	/** The wider option ("The history of medicine"), when the opening names a field. */
	broad?: string;
	/** Another part, when the article tells one ("The last years of …", "The years of Swedish rule in …"). */
	second?: Wrong;
	/** Whether the second part is offered before a paragraph's topic. */
	secondFirst?: boolean;
}

/**
 * Three wrong options of like form about the subject: its part, the field, the topic of a paragraph
 * (a second when no field), the key not the options' shared core. Undefined when the article gives
 * no three such.
 */
export function scopeWrong(input: ScopeInput): Wrong[] | undefined {
	const { sentences, key, part, broad } = input;
	const lead = sentences[0];
	if (!lead) return undefined;
	// A framed key names no term of a paragraph: a topic of one noun ("The plates") is a part too.
	const topics = narrowOptions(topicReading(input, lead), 1).filter(
		(t) => !RUN_ON.test(t.text) && !VAGUE_TOPIC.test(t.text)
	);
	const wide: Wrong[] = broad ? [{ text: broad, units: [], why: 'broad' }] : [];
	const second = input.second ? [input.second] : [];
	// A period of a city's history is a truer part than a paragraph's topic; a life's last years
	// beside its early life leave the key the one whole, so a topic goes first there.
	const pool = input.secondFirst
		? [part, ...wide, ...second, ...topics]
		: [part, ...wide, ...topics, ...second];
	const taken: Wrong[] = [];
	for (const o of pool) {
		if (taken.length >= 3) break;
		const options = [key, ...taken.map((t) => t.text), o.text];
		if (formProblem(options, FRAMED_LENGTH_RATIO) || keyIsSharedCore(options)) continue;
		if (taken.some((t) => t.paragraph !== undefined && t.paragraph === o.paragraph)) continue;
		taken.push(o);
	}
	return taken.length === 3 ? taken : undefined;
}

/** A reading of the article as the narrow-option picker takes it, the key the framed one. */
function topicReading(input: ScopeInput, lead: Sentence): Reading {
	const { sentences, text, terms, index, title, subject } = input;
	const n = wordsOf(input.key).length;
	const gist: Gist = {
		key: {
			text: input.key,
			start: lead.start,
			end: lead.start,
			sentence: lead.index,
			paragraph: lead.paragraph,
			from: 0,
			to: n,
			units: [subject],
			score: 0
		},
		source: lead,
		recurring: recurringTerms(terms),
		subject
	};
	const titleWords = new Set(wordsOf(title).map(lemma));
	return {
		sentences,
		text,
		terms,
		gist,
		input: {
			sentences,
			text,
			terms,
			title,
			titleWords,
			entityWords: (u) => index.entities.get(u)?.name.split(/\s+/) ?? [u]
		}
	};
}
