// What an event or a phrase is about, as the stems of its content words: how the cause-and-effect
// kinds tell whether a wrong option is on the event's topic (cause-checks.ts) and whether a result
// shares a cause's words (effect.ts, effect-options.ts).
import { lemma } from '../3-facts/gist';
import { wordsOf } from '../../well-formed';

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
