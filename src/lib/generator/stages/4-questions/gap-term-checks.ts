// The named checks of a blank on one of the article's key terms (gap-terms.ts): its four options
// are of one form, so that nothing but the article tells the key (the number, the article "a" or
// "an", the length), and none reads as a variant of another.
import type { Candidate } from '../../types';
import { sameHead } from './gap-terms';

type Check = (c: Candidate) => string | undefined;

/** Whether the candidate blanks a key term (gap-terms.ts names its ids so). */
export const isTermGap = (c: Candidate) => c.kind === 'gap' && c.id.startsWith('term-');

const optionsOf = (c: Candidate) => [c.answer, ...c.distractors];
/** "an iodine", "a tariff": an option with its indefinite article. */
const ARTICLE = /^(a|an)\s/i;
/** "pumps", "libraries"; not "gas", "virus", "glass", "analysis". */
const PLURAL = /[^aiosu]s$/i;
const bare = (o: string) => o.replace(ARTICLE, '');
/** The longest option at most this many times the shortest, in letters. */
const MAX_LENGTH_RATIO = 2.5;

export const GAP_TERM_CHECKS: Record<string, Check> = {
	// "a tariff" beside "quotas": only the key fits "a _____" or a plural verb.
	'gap-term-one-form': (c) => {
		if (!isTermGap(c)) return undefined;
		const options = optionsOf(c);
		const articled = options.filter((o) => ARTICLE.test(o)).length;
		const plural = options.filter((o) => PLURAL.test(bare(o))).length;
		if (articled % 4) return 'only some options carry "a" or "an"';
		return plural % 4 ? 'the options are not all of one number' : undefined;
	},
	// "carbon dioxide" beside "carbon monoxide", "photosynthesis" beside "photolysis": a variant
	// of the key names its kind and points to it.
	'gap-term-no-variant': (c) => {
		if (!isTermGap(c)) return undefined;
		const options = optionsOf(c).map(bare);
		for (const [i, a] of options.entries())
			for (const b of options.slice(i + 1))
				if (sameHead(a, b)) return `"${a}" and "${b}" read as variants of one word`;
		return undefined;
	},
	// "ice" among "glacial meltwater reservoirs": an option much longer or shorter stands out.
	'gap-term-length-band': (c) => {
		if (!isTermGap(c)) return undefined;
		const lengths = optionsOf(c).map((o) => bare(o).length);
		return Math.max(...lengths) > MAX_LENGTH_RATIO * Math.min(...lengths)
			? 'one option is far longer than another'
			: undefined;
	}
};
