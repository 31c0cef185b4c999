// Words the fact finders and statements read: count modifiers, what an article calls its own
// subject, speech verbs, and word pairs whose swap reverses a claim.

/** Words before a count that a "how many" answer keeps ("about 100,000"). */
export const COUNT_MODIFIERS =
	/^(more than|less than|fewer than|at least|about|nearly|almost|over|around|approximately|some|up to)$/i;

/**
 * What an article calls the body it is about once it has named it ("the company" for IBM): the
 * stem names it instead (`nameTheSubject`), or the check of unnamed referents drops the question.
 */
export const BODY_WORDS = [
	'company',
	'firm',
	'corporation',
	'club',
	'team',
	'franchise',
	'bank',
	'agency',
	'foundation',
	'university',
	'college',
	'standard'
] as const;

/** Verbs that attribute speech or a stance to someone. */
export const SPEECH_VERBS = new Set([
	'said',
	'says',
	'told',
	'added',
	'stated',
	'explained',
	'wrote',
	'noted',
	'commented',
	'argued',
	'claimed',
	'warned',
	'announced',
	'declared',
	'insisted',
	'remarked',
	'observed',
	'suggested',
	'stating',
	'saying',
	'adding',
	'summarized',
	'summarised'
]);

/**
 * Word pairs whose swap reverses a claim ("increases" → "decreases"): a statement altered this way
 * is false by the article. Each pair is listed once; the lookup goes both ways.
 */
export const OPPOSITES: readonly (readonly [string, string])[] = [
	['more', 'less'],
	['increase', 'decrease'],
	['increases', 'decreases'],
	['increased', 'decreased'],
	['increasing', 'decreasing'],
	['higher', 'lower'],
	['larger', 'smaller'],
	['greater', 'smaller'],
	['bigger', 'smaller'],
	['easier', 'harder'],
	['faster', 'slower'],
	['better', 'worse'],
	['cheaper', 'costlier'],
	['before', 'after'],
	['rises', 'falls'],
	['rose', 'fell'],
	['strengthens', 'weakens'],
	['strengthened', 'weakened'],
	['positive', 'negative'],
	['majority', 'minority'],
	['directly', 'indirectly'],
	['successful', 'unsuccessful'],
	['won', 'lost'],
	['wins', 'loses'],
	['gained', 'lost'],
	['supported', 'opposed'],
	['supports', 'opposes'],
	['accepted', 'rejected'],
	['approved', 'rejected'],
	['legal', 'illegal'],
	['possible', 'impossible'],
	['early', 'late'],
	['earlier', 'later'],
	['longer', 'shorter'],
	['older', 'younger'],
	['above', 'below'],
	['strong', 'weak'],
	['stronger', 'weaker'],
	['increasingly', 'decreasingly'],
	['high', 'low'],
	['large', 'small'],
	['public', 'private'],
	['often', 'rarely'],
	['critical', 'supportive'],
	['allowed', 'forbidden'],
	['welcomed', 'rejected'],
	['independent', 'dependent'],
	['youngest', 'oldest'],
	['highest', 'lowest'],
	['largest', 'smallest'],
	['rising', 'falling']
];
