// The named checks of a blank's sentence or a clause stem that leans on what it never shows (review
// k9): a subject that is only a rank or a count ("The first has been made by …", "One recorded
// that …", "The largest, YKK, was founded …"), "such work", a pronoun with nothing in the stem to
// stand for ("The Soviet army entered it in _____", "… spend on its preparation?"), an action
// with no "of" ("When did work begin?"), another of the title's kind ("the railway tunnel" in a
// story of the Mersey Tunnel).
import type { Candidate } from '../../types';
import { GAP_PROMPT } from './gaps';
import { clauseStem } from './stem-checks';

type Check = (c: Candidate, ctx: { title?: string }) => string | undefined;

/** The text a check reads: a blank's sentence, a clause stem; undefined for other kinds. */
function readText(c: Candidate): string | undefined {
	if (c.kind === 'gap') return c.stem.slice(GAP_PROMPT.length).trim();
	return clauseStem(c) ? c.stem : undefined;
}

/** What a verb after a subject looks like: an auxiliary, a common past tense or a "-ed" form. */
const VERB =
	'(?:(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|began|came|went|became|took|made|ran|grew|fell|rose|left|won|lost|led|held|gave|kept)\\b|\\p{Ll}+ed(?= (?:that|in|on|at|by|to|from|with|as|the|a|an|his|her|its|their|it|them|him|\\d)\\b|[,.;]))';

/** Ranks and superlatives that stand for a noun the sentence before gave: "the largest". */
const RANKS =
	'first|second|third|fourth|fifth|last|latter|former|largest|biggest|smallest|oldest|youngest|eldest|earliest|latest|tallest|longest|shortest|highest|lowest|best|worst|greatest|richest|fastest|heaviest|newest|rest|others';

/** "The first has been made by …", "The largest, YKK, was …", "One recorded that …". */
const BARE_SUBJECT = new RegExp(
	`^(?:The (?:${RANKS})|One|Another|Others|Neither|Each)(?: of (?:them|these|those))?(?=,| ${VERB})`,
	'u'
);

/** The same in a clause stem: "In what year was the largest founded?". */
const BARE_SUBJECT_ASKED = new RegExp(
	`\\b(?:did|was|were|is|are|has|have|had) (?:the (?:${RANKS})|one|another)(?= (?:\\p{Ll}+ed|made|built|begun|found|known|held|given|taken|written|begin|start|open|make|build|record|say)(?:\\?| (?:by|in|on|at)\\b)|\\?)`,
	'u'
);

/** "such work", "such a step": a kind the sentence before described ("such as", "such a … that" excepted). */
const SUCH = /\b[Ss]uch (?!as\b)((?:a |an )?\p{Ll}+(?: \p{Ll}+){0,3})/u;

/** A question's opener and its auxiliary: "How many years did", "In what year was". */
const OPENER =
	/^(?:How (?:many|much) [\p{L} ]+?|In what (?:year|month)|On what (?:date|day)|When|Where|Why|Who|Whom|What|Which \p{Ll}+) (?:did|does|do|was|were|is|are|has|have|had|will) /u;

/** A subject that opens the text, then its verb, then "it" or "them": "The army entered it". */
const OBJECT_PRONOUN = new RegExp(
	`^(?:(?:The|A|An) )?(?:[\\p{L}'’-]+ ){0,3}?${VERB}(?: \\p{Ll}+ly)? (?:it|them)\\b(?! (?:is|was|were|are|to|possible|impossible|clear|difficult|easy|easier|hard|harder|necessary)\\b)`,
	'u'
);

/** A person named with a title opening the text, with "its" later: nothing to stand for. */
const TITLED_WITH_ITS =
	/^(?:Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Lord|Lady|Captain|General|Colonel|Father|Sister) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:[\p{Ll}\d_]+ ){1,6}?(?:on|for|in|to|of|with|at) its\b/u;

/** Which pronoun has nothing before it in the text: the subject cannot be "it"'s own object. */
function unshownPronoun(text: string): string | undefined {
	const rest = text.replace(OPENER, '');
	// After "did" the verb is bare: "When did the Soviet army enter it?".
	const asked = rest !== text ? ASKED_OBJECT_PRONOUN.exec(rest) : null;
	const found = asked ?? OBJECT_PRONOUN.exec(rest) ?? TITLED_WITH_ITS.exec(rest);
	return found?.[0];
}

/** A question's subject, its bare verb and "it" or "them": "the army enter it?". */
const ASKED_OBJECT_PRONOUN =
	/^(?:[Tt]he |[Aa]n? )?(?:[\p{L}'’-]+ ){0,3}?\p{Ll}+ (?:it|them)(?=[?,]| (?:in|on|at|by|from|during|after|before)\b)/u;

/** "When did work begin?", "In what year did construction begin?": work on what? */
const BARE_ACTION_ASKED =
	/\b(?:did|was|has|had) (construction|work|building|excavation|restoration|renovation|production|filming|recording|development|fighting|voting|trading)(?: work)? (?:begin|start|finish|end|resume|stop|begun|started|finished|ended|resumed|stopped)\b(?! (?:on|of)\b)/u;

/** Modifiers that leave a title's thing the same one: "the new tunnel" of a story on a tunnel. */
const SAME_ONE =
	/^(?:new|old|great|main|whole|entire|famous|original|present|first|completed|finished)$/;

/**
 * "the railway tunnel" in a story titled "… the Mersey Tunnel": a modifier the title lacks on the
 * title's own head noun names another of its kind the stem never says which.
 */
function anotherOfTitleKind(text: string, title: string): string | undefined {
	const words: string[] = title.toLowerCase().match(/\p{L}+/gu) ?? [];
	const heads = new Set(words.filter((w) => w.length >= 4));
	for (const m of text.matchAll(/\b[Tt]he (\p{Ll}+) (\p{Ll}+)\b(?! of\b)/gu)) {
		const [phrase, modifier = '', head = ''] = m;
		if (heads.has(head) && !words.includes(modifier) && !SAME_ONE.test(modifier)) return phrase;
	}
	return undefined;
}

/** The named checks, run by stages/5-validate.ts on blanks and clause stems. */
export const UNSHOWN_CHECKS: Record<string, Check> = {
	'stem-subject-not-rank': (c) => {
		const text = readText(c);
		const found = text && (BARE_SUBJECT.exec(text) ?? BARE_SUBJECT_ASKED.exec(text));
		return found ? `"${found[0]}" stands for a noun the stem does not show` : undefined;
	},
	'stem-no-such': (c) => {
		const text = readText(c);
		const found = text ? SUCH.exec(text) : null;
		// "such a storm that …" is a measure of the storm, not one told before.
		if (!found || /\b(?:as|that)\b/.test(found[1] ?? '')) return undefined;
		return `"${found[0]}" points to what the stem does not show`;
	},
	'stem-pronoun-shown': (c) => {
		const text = readText(c);
		const found = text ? unshownPronoun(text) : undefined;
		return found ? `"${found}" has nothing in the stem to stand for` : undefined;
	},
	'stem-action-named': (c) => {
		const found = clauseStem(c) ? BARE_ACTION_ASKED.exec(c.stem) : null;
		return found ? `"${found[0]}" never says on what` : undefined;
	},
	'stem-title-kind-named': (c, ctx) => {
		const text = readText(c);
		const found = text && ctx.title ? anotherOfTitleKind(text, ctx.title) : undefined;
		return found ? `"${found}" is another of the title's kind, never named` : undefined;
	}
};
