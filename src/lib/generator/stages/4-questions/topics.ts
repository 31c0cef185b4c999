// What an event or a phrase is about, as the stems of its content words: how the cause-and-effect
// kinds tell whether a wrong option is on the event's topic (cause-checks.ts) and whether a result
// shares a cause's words (effect.ts, effect-options.ts).
import { lemma } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';
import { isPhraseReason, reasonBody } from '../3-facts/causes';

/** Words that say nothing of what an event is about. */
const EMPTY_WORDS = new Set(
	(
		'about above after again against also among another because been before being below between ' +
		'both could does doing down during each even every fill first from further have having here ' +
		'into just made make many more most much must need needed only other over same should since ' +
		'some such than that their them then there these they this those through under until very ' +
		'were what when where which while will with would your blank article according sure take ' +
		'taken became become come came went goes going used uses using well still often always never'
	).split(' ')
);

/** A word's topic stem: no ending, cut to five letters ("crevasses" → "creva", "moved" → "mov"). */
const topicStem = (w: string) =>
	lemma(w)
		.replace(/(ing|ed|es|e)$/, '')
		.slice(0, 5);

/** The topic stems of a text's content words. */
export function topicOf(text: string): Set<string> {
	return new Set(
		wordsOf(text)
			.filter((w) => w.length > 3 && !EMPTY_WORDS.has(w) && !/^\d/.test(w))
			.map(topicStem)
	);
}

/**
 * Whether a wrong reason is about what a "why" item asks of: it shares a word with the event the
 * stem names or with the article's title (what the whole article is about), or it opens on the
 * pronoun the key opens on ("Because it feeds on …" beside "Because it depends on …").
 */
export function onWhyTopic(option: string, event: string, key: string, title = ''): boolean {
	if (opensOnKeyPronoun(option, key) || phraseBesidePhrase(option, key)) return true;
	const topic = new Set([...topicOf(event), ...topicOf(title)]);
	return [...topicOf(reasonBody(option))].some((w) => topic.has(w));
}

/** Whether an option opens on the pronoun the key opens on: both then speak of the same one. */
export function opensOnKeyPronoun(option: string, key: string): boolean {
	const first = (text: string) => (reasonBody(text).split(/\s+/)[0] ?? '').toLowerCase();
	return /^(it|they|he|she)$/.test(first(key)) && first(option) === first(key);
}

/** The most words a phrase option may have to stand as a reason by its form alone. */
const PHRASE_MAX_WORDS = 10;

/**
 * Whether a wrong reason is a short noun phrase beside a key of the same form ("Because of the
 * influence of the North Atlantic Current" beside "Owing to the density of its timber buildings"):
 * a state or an event is a cause by its form, whatever its words, and a reader rules it out only by
 * knowing what the article gives as the reason (as an effect item's phrase results are).
 */
export function phraseBesidePhrase(option: string, key: string): boolean {
	return (
		isPhraseReason(key) &&
		isPhraseReason(option) &&
		wordsOf(reasonBody(option)).length <= PHRASE_MAX_WORDS
	);
}
