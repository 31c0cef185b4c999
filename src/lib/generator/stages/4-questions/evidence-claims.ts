// The claims a supporting-evidence item asks to back (evidence.ts): what a named subject did, said in
// plain words of a fixed template rather than the article's own ("Lina Dorsey criticised the new
// tax" → "Lina Dorsey spoke out against something"). A claim is found where a name is the subject
// of a verb of one of the classes below; a sentence supports it only if it has a verb of that class.
import type { Mention, Sentence, Token } from '../../types';

/** What a claim class says, and which verbs (as written, in the past) state it. */
export interface ClaimClass {
	id: string;
	/** Verbs whose subject did it: "criticised". */
	active?: RegExp;
	/** Participles after "was"/"were"/"been" whose subject underwent it: "was arrested". */
	passive?: RegExp;
	/** The claim's predicate for an active verb; "{was}" takes the sentence's own "was"/"were". */
	did?: string;
	/** The claim's predicate for a passive verb. */
	underwent?: string;
	/**
	 * Words of a sentence that may say the same thing another way: a wrong option holding any of
	 * them could support the claim too, so it is never offered.
	 */
	near: RegExp;
	/** Words after the verb that give it another sense ("paid tribute", "called off"). */
	otherSense?: RegExp;
	/** Words that must follow the verb for it to count ("called for", "stepped down"). */
	needs?: RegExp;
	/**
	 * For a view the subject gave: words of the sentence that carry it ("worried", "should"). The
	 * subject must be the one speaking ("Dorsey said", "… , said Dorsey").
	 */
	stance?: RegExp;
}

export const CLAIM_CLASSES: readonly ClaimClass[] = [
	{
		id: 'disapproval',
		active: /^(critici[sz]ed|condemned|denounced|slammed|decried|deplored|opposed|protested)$/,
		did: 'spoke out against something',
		near: /\b(critic\w*|condemn\w*|denounc\w*|slam\w*|decr[iy]\w*|deplor\w*|oppos\w*|object\w*|protest\w*|against|disapprov\w*|angr\w*|anger\w*|outrag\w*|complain\w*|unfair|wrong|blam\w*|attack\w*|spok\w*|speak\w*|unhappy|disagree\w*)\b/i
	},
	{
		id: 'approval',
		active: /^(praised|welcomed|applauded|commended|hailed|endorsed|thanked|congratulated)$/,
		did: 'expressed approval',
		near: /\b(prais\w*|welcom\w*|applau\w*|commend\w*|hail\w*|endors\w*|back\w*|support\w*|approv\w*|thank\w*|celebrat\w*|favou?r\w*|congratulat\w*|proud|pleased|happy|great|express\w*)\b/i
	},
	{
		id: 'success',
		active: /^(won|defeated|beat|clinched|triumphed)$/,
		did: 'came out on top',
		near: /\b(won|win\w*|victor\w*|defeat\w*|beat\w*|clinch\w*|triumph\w*|champion\w*|success\w*|titles?|awards?|prizes?|medals?|top\w*|came out|highest|best|greatest|most successful)\b/i
	},
	{
		id: 'setback',
		passive: /^(defeated|beaten|eliminated|ousted|relegated)$/,
		underwent: 'suffered a setback',
		near: /\b(lost|los[es]\w*|defeat\w*|beat\w*|fail\w*|eliminat\w*|setback\w*|oust\w*|relegat\w*|suffer\w*|won|win\w*)\b/i
	},
	{
		id: 'creation',
		active: /^(founded|established|created|launched|formed|invented|pioneered)$/,
		passive: /^(founded|established|created|launched|formed|invented)$/,
		did: 'brought something into existence',
		underwent: 'came into existence',
		near: /\b(found\w*|establish\w*|creat\w*|launch\w*|buil[dt]\w*|form\w*|introduc\w*|invent\w*|design\w*|develop\w*|pioneer\w*|new|open\w*|start\w*|set up|beg[ia]n\w*|existence|exist\w*|brought|made|origin\w*|birth|born)\b/i
	},
	{
		id: 'ending',
		active: /^(abolished|scrapped|halted|discontinued|terminated|dissolved)$/,
		passive: /^(abolished|scrapped|halted|discontinued|terminated|dissolved|closed)$/,
		did: 'put a stop to something',
		underwent: 'came to a close',
		near: /\b(clos\w*|end\w*|abolish\w*|cancel\w*|scrap\w*|halt\w*|stop\w*|suspend\w*|discontinu\w*|terminat\w*|dissol\w*|shut\w*|over|finish\w*|quit\w*|ban\w*|last|no longer)\b/i
	},
	{
		id: 'legal-trouble',
		passive:
			/^(arrested|charged|convicted|sentenced|jailed|imprisoned|detained|fined|sued|indicted|prosecuted)$/,
		active: /^(arrested|prosecuted|indicted)$/,
		did: 'took legal action against someone',
		underwent: 'got into trouble with the law',
		otherSense: /^(with|for (a|the) (fee|price)|up)\b/i,
		near: /\b(arrest\w*|charg\w*|convict\w*|sentenc\w*|jail\w*|prison\w*|detain\w*|detention|fine[ds]?|su(e|ed|es|ing)|lawsuit\w*|indict\w*|prosecut\w*|courts?|trials?|police|laws?|legal\w*|illegal\w*|crim\w*|guilty|judges?|accus\w*|alleg\w*|custody|investigat\w*)\b/i
	},
	{
		id: 'warning',
		active: /^(warned|cautioned)$/,
		did: 'pointed to a possible danger',
		near: /\b(warn\w*|caution\w*|fear\w*|worr\w*|danger\w*|risk\w*|threat\w*|concern\w*|alarm\w*|afraid|could|might|may|possibl\w*|harm\w*|point\w*)\b/i
	},
	{
		id: 'agreement',
		active: /^(signed|ratified)$/,
		did: 'gave formal consent to something',
		otherSense: /^(up|for|with|off|on)\b/i,
		near: /\b(agree\w*|sign\w*|approv\w*|ratif\w*|accept\w*|consent\w*|deals?|treat(y|ies)|pacts?|contracts?|formal\w*|gave|give\w*)\b/i
	},
	{
		id: 'refusal',
		active: /^(refused|rejected|vetoed)$/,
		did: 'turned something down',
		near: /\b(refus\w*|declin\w*|reject\w*|den(y|ied|ies)|veto\w*|dismiss\w*|no|not|never|turn\w*|against|oppos\w*|n't)\b/i
	},
	{
		id: 'funding',
		active: /^(funded|invested|donated|financed|bought|purchased)$/,
		did: 'put money into something',
		near: /\b(pa(y|id|ys|ying)|spen[dt]\w*|fund\w*|invest\w*|donat\w*|financ\w*|b(uy|uys|ought|uying)|purchas\w*|acqui\w*|money|cost\w*|dollars?|pounds?|euros?|millions?|billions?|budget\w*|grants?|pric\w*|sold|sell\w*|cash|put)\b|[$€£]/i
	},
	{
		id: 'help',
		active: /^(rescued|assisted|aided|helped)$/,
		did: 'lent a hand',
		near: /\b(help\w*|assist\w*|rescu\w*|sav(e|ed|es|ing)|aid\w*|support\w*|volunteer\w*|came|others)\b/i
	},
	{
		id: 'death',
		active: /^(died)$/,
		passive: /^(killed|murdered|assassinated|executed|slain)$/,
		did: 'passed away',
		underwent: 'died a violent death',
		near: /\b(die[ds]?|dying|dead|deaths?|kill\w*|murder\w*|assassinat\w*|execut\w*|slain|funerals?|buried|burial|fatal\w*|lives|life|violent\w*|passed away|survive\w*|bod(y|ies))\b/i
	},
	{
		id: 'appointment',
		passive: /^(elected|appointed|nominated|chosen|selected|promoted|hired|re-elected)$/,
		underwent: '{was} picked for a role',
		near: /\b(elect\w*|appoint\w*|nam(e|ed)|nominat\w*|chos\w*|choice|select\w*|promot\w*|hir\w*|sworn|posts?|roles?|jobs?|positions?|office|vot\w*|leader\w*|head|chair\w*|president\w*|minister\w*|director\w*|chief|captain\w*|pick\w*|become|became|serv\w*)\b/i
	},
	{
		id: 'increase',
		active: /^(increased|doubled|tripled|expanded|boosted)$/,
		did: 'made something bigger',
		near: /\b(increas\w*|doubl\w*|tripl\w*|expan\w*|boost\w*|grow\w*|grew|rose|ris(e|es|en|ing)|more|higher|larger|bigger|big|gain\w*|growth|rais\w*|add\w*|record\w*|extend\w*)\b/i
	},
	{
		id: 'decrease',
		active: /^(reduced|lowered|slashed|decreased|trimmed)$/,
		did: 'made something smaller',
		near: /\b(reduc\w*|cut\w*|lower\w*|slash\w*|decreas\w*|shr[iau]nk\w*|trim\w*|fell|fall\w*|drop\w*|declin\w*|less|fewer|smaller|small|loss\w*|lost|minim\w*)\b/i
	},
	{
		id: 'visit',
		active: /^(visited|toured)$/,
		did: 'made a trip',
		near: /\b(visit\w*|tour\w*|trips?|travel\w*|arriv\w*|went|came|journey\w*|flew|landed|met|stay\w*|made)\b/i
	},
	{
		id: 'research',
		active: /^(studied|researched|examined|investigated|analy[sz]ed|surveyed)$/,
		did: 'looked closely into something',
		near: /\b(stud(y|ied|ies|ying)|research\w*|examin\w*|investigat\w*|analy\w*|survey\w*|test\w*|measur\w*|review\w*|prob\w*|inquir\w*|reports?|found|finding\w*|data|scientist\w*|experiment\w*|look\w*|clos\w*)\b/i
	},
	{
		id: 'request',
		active: /^(demanded|urged|requested|petitioned|lobbied)$/,
		did: 'pressed for something to be done',
		near: /\b(demand\w*|urg\w*|request\w*|appeal\w*|plead\w*|petition\w*|lobb\w*|call\w* (for|on)|ask\w*|should|must|needs?|want\w*|press\w*|push\w*)\b/i
	},
	{
		id: 'departure',
		active: /^(resigned|retired)$/,
		did: 'gave up a post',
		otherSense: /^(the|a|an|its|his|her|their)\b/i,
		near: /\b(resign\w*|retir\w*|quit\w*|step\w* down|left|leav\w*|depart\w*|posts?|roles?|jobs?|positions?|office|replac\w*|succe\w*|gave|give\w*)\b/i
	},
	{
		id: 'command',
		active: /^(led|headed|commanded|ruled|governed)$/,
		did: 'was in charge of others',
		otherSense: /^(to|up|by|off)\b/i,
		near: /\b(le[ad]\w*|head\w*|command\w*|rul\w*|govern\w*|charge|chief|chair\w*|leader\w*|control\w*|power|reign\w*|king|queen|emperor|president|general|captain|direct\w*|manag\w*|run\w*|ran)\b/i
	},
	{
		id: 'membership',
		active: /^(joined)$/,
		did: 'became a member of something',
		otherSense: /^(in|forces|hands)\b/i,
		near: /\b(join\w*|member\w*|enlist\w*|enrol\w*|sign\w*|became|become|part of)\b/i
	},
	{
		id: 'force',
		active: /^(invaded|bombed|raided|shelled|besieged)$/,
		did: 'used force against others',
		near: /\b(invad\w*|invasion\w*|bomb\w*|raid\w*|shell\w*|besieg\w*|siege\w*|attack\w*|war|wars|battle\w*|fight\w*|fought|force\w*|troops?|arm(y|ies)|militar\w*|assault\w*|struck|strike\w*|kill\w*)\b/i
	},
	{
		id: 'seizure',
		active: /^(captured|conquered|seized|occupied|annexed)$/,
		did: 'took control of something',
		near: /\b(captur\w*|conquer\w*|conquest\w*|seiz\w*|occup\w*|annex\w*|took|tak(e|en|es|ing)|control\w*|won|win\w*|fell|fall\w*|surrender\w*|invad\w*|gain\w*)\b/i
	},
	{
		id: 'authorship',
		active: /^(published|composed|authored)$/,
		did: 'was the author of a work',
		near: /\b(publish\w*|compos\w*|author\w*|wr(ote|ite|itten|iting|ites)|works?|books?|novels?|poems?|articles?|essays?|papers?|songs?|editor\w*|print\w*)\b/i
	},
	{
		id: 'announcement',
		active: /^(announced|revealed|disclosed|unveiled)$/,
		did: 'made something public',
		near: /\b(announc\w*|reveal\w*|disclos\w*|unveil\w*|public\w*|publish\w*|declar\w*|confirm\w*|statements?|press|news|report\w*|said|say\w*|told|tell\w*|made)\b/i
	},
	{
		id: 'receipt',
		active: /^(received)$/,
		passive: /^(awarded|granted|given)$/,
		did: 'was given something',
		underwent: '{was} handed something',
		near: /\b(receiv\w*|award\w*|grant\w*|giv\w*|gave|got|gets?|prizes?|honou?r\w*|medals?|won|win\w*|earn\w*|hand\w*|present\w*)\b/i
	},
	{
		id: 'proposal',
		active: /^(proposed|suggested|advocated|recommended)$/,
		did: 'put forward an idea',
		near: /\b(propos\w*|suggest\w*|advocat\w*|recommend\w*|ideas?|plans?|argu\w*|call\w*|urg\w*|put forward|pushed|believ\w*|should|theor\w*)\b/i
	},
	{
		id: 'influence',
		active: /^(inspired|influenced|encouraged|motivated)$/,
		did: 'had an effect on others',
		near: /\b(inspir\w*|influen\w*|encourag\w*|motivat\w*|impact\w*|effect\w*|affect\w*|shap\w*|led|lead\w*|follow\w*)\b/i
	},
	{
		id: 'organising',
		active: /^(organi[sz]ed|hosted|staged)$/,
		did: 'arranged an event',
		near: /\b(organi[sz]\w*|host\w*|stag\w*|arrang\w*|held|hold\w*|events?|festivals?|meetings?|conferences?|ceremon\w*|plann\w*)\b/i
	},
	{
		id: 'discovery',
		active: /^(discovered)$/,
		did: 'came upon something unknown before',
		near: /\b(discover\w*|found|find\w*|identif\w*|detect\w*|observ\w*|notic\w*|uncover\w*|learn\w*|new|first|unknown)\b/i
	},
	{
		id: 'escape',
		active: /^(fled|escaped)$/,
		did: 'got away from a place or a danger',
		otherSense: /^(injury|harm|punishment|notice|attention|death)\b/i,
		near: /\b(fle[de]\w*|escap\w*|evacuat\w*|left|leav\w*|refugees?|ran|run\w*|got away|safety|danger\w*)\b/i
	}
];

/** Views a speaker gives: what they said shows how they felt or what they wanted. */
const STANCES: readonly ClaimClass[] = [
	{
		id: 'concern',
		stance:
			/\b(worr(y|ied|ies|ying)|concern(s|ed)?|fears?|feared|afraid|dangerous|alarm(ing|ed)|threat(s|en|ens|ened)?|crisis)\b/i,
		did: 'expressed unease about something',
		near: /\b(worr\w*|concern\w*|fear\w*|afraid|danger\w*|alarm\w*|threat\w*|crisis|risk\w*|warn\w*|serious\w*|unease|uneas\w*|anxi\w*|nervous|scar\w*|express\w*)\b/i
	},
	{
		id: 'pleasure',
		stance:
			/\b(happy|pleased|proud|delighted|glad|excited|exciting|thrilled|grateful|wonderful|fantastic|honou?red)\b/i,
		did: 'took a positive view of something',
		near: /\b(happ\w*|pleas\w*|proud|pride|delight\w*|glad|excit\w*|thrill\w*|grate\w*|wonder\w*|fantastic|honou?r\w*|great|good|best|love\w*|enjoy\w*|positive\w*|prais\w*|welcom\w*|success\w*|view\w*|celebrat\w*)\b/i
	},
	{
		id: 'displeasure',
		stance:
			/\b(disappoint(ed|ing)|unacceptable|unfair|shameful|ridiculous|outrageous|terrible|appalling|disgraceful|upset|angry|frustrat(ed|ing))\b/i,
		did: 'took a dim view of something',
		near: /\b(disappoint\w*|unacceptable|unfair|sham\w*|ridicul\w*|outrag\w*|terribl\w*|appall\w*|disgrac\w*|upset\w*|angr\w*|anger|frustrat\w*|wrong|bad|worst|critic\w*|condemn\w*|complain\w*|mistake\w*|view\w*|dim)\b/i
	},
	{
		id: 'need',
		stance: /\b(should|must|need(s)? to|ha(s|ve) to|ought to)\b/i,
		did: 'called for action',
		near: /\b(should|must|needs?|need(ed|ing)|ha(s|ve|d) to|ought|urg\w*|demand\w*|call\w*|action\w*|act|acting|important|necessar\w*|require\w*|essential)\b/i
	}
];

/** Verbs of saying or thinking whose subject gives a view. */
const SPEECH =
	/^(said|says|told|added|explained|stated|argued|insisted|claimed|noted|wrote|tweeted|commented|remarked|believes|believed|thinks|thought|felt|feels|warned|admitted|stressed)$/;

/** Words a claim's predicate is made of that say nothing: no copy of the key's if they are shared. */
export const FRAME_WORDS = new Set([
	'view',
	'action',
	'something',
	'someone',
	'others',
	'a',
	'an',
	'the',
	'of',
	'to',
	'for',
	'into',
	'from',
	'on',
	'or',
	'be',
	'was',
	'were',
	'done',
	'before'
]);

/** What may stand between a subject and its verb: auxiliaries and a few adverbs. */
const BETWEEN =
	/^(has|have|had|was|were|been|also|later|then|quickly|publicly|officially|formally|strongly|initially|finally|eventually|recently|successfully|reportedly|once|first|twice|again|soon|immediately|subsequently)$/;
const BE = /^(was|were|been)$/;
/** A negation about the verb ("won no medals", "had never refused") makes its claim unsafe to restate. */
const NEGATION = /^(not|never|no|neither|nor|without|none|nothing|hardly|barely)$|n['’]t$/i;
/** How many words after the verb a negation still denies it. */
const NEGATION_REACH = 5;

/** A claim a sentence states: its class, its subject, and the verb that states it. */
export interface FoundClaim {
	cls: ClaimClass;
	/** The subject as the claim names it ("Lina Dorsey", "the Kelmor Council"). */
	subject: string;
	mention: Mention;
	/** The verb token that states the claim. */
	verb: number;
	passive: boolean;
	/** The claim's predicate. */
	predicate: string;
}

/** Whether token `i` is a past verb of the regex, and the tokens after it fit its sense. */
function verbOf(tokens: readonly Token[], i: number, re: RegExp | undefined, cls: ClaimClass) {
	const t = tokens[i];
	if (!re || !t || !t.tags.has('Verb') || !re.test(t.normal)) return false;
	const after = tokens
		.slice(i + 1, i + 4)
		.map((x) => x.normal)
		.join(' ');
	if (cls.otherSense?.test(after)) return false;
	return !cls.needs || cls.needs.test(after);
}

/** The claims the sentence states of a named subject or a noun phrase, one per verb. */
export function claimsIn(
	sentence: Sentence,
	mentions: readonly Mention[],
	name: (m: Mention) => string
): FoundClaim[] {
	const found: FoundClaim[] = [];
	for (const mention of [...mentions, ...phraseSubjects(sentence, mentions)]) {
		if (mention.resolvedFrom || mention.sentence !== sentence.index) continue;
		// A name inside quotation marks is the speaker's word, not the sentence's subject.
		const opening = sentence.text.slice(0, mention.start - sentence.start);
		if ((opening.match(/["“”]/g) ?? []).length % 2 === 1) continue;
		const previous = sentence.tokens[mention.tokenStart - 1];
		// "of the FTU were re-elected": look past "the" to what governs it.
		const before = previous?.normal === 'the' ? sentence.tokens[mention.tokenStart - 2] : previous;
		const last = sentence.tokens[mention.tokenEnd - 1];
		// "the head of Acme criticised": Acme is not the one who did it; nor "Acme's chief".
		if (before && (before.tags.has('Preposition') || /^(of|'s|and|or|&)$/.test(before.normal)))
			continue;
		// "Acme's chief", "Acme, the maker of …": the name is not the verb's subject.
		if (!last || /['’,()]/.test(last.post) || /['’]s?$/.test(last.text)) continue;
		let i = mention.tokenEnd;
		const aux: string[] = [];
		while (i < sentence.tokens.length && BETWEEN.test(sentence.tokens[i]!.normal)) {
			if (/,/.test(sentence.tokens[i]!.post)) break;
			aux.push(sentence.tokens[i]!.normal);
			i++;
		}
		const passive = aux.some((a) => BE.test(a));
		const clause = sentence.tokens.slice(mention.tokenStart, i + 1 + NEGATION_REACH);
		if (clause.some((t) => NEGATION.test(t.normal) || NEGATION.test(t.text))) continue;
		const stance = stanceOf(sentence, mention, i);
		if (stance) found.push({ ...stance, subject: name(mention), mention });
		for (const cls of CLAIM_CLASSES) {
			const fits = passive
				? verbOf(sentence.tokens, i, cls.passive, cls) && cls.underwent
				: verbOf(sentence.tokens, i, cls.active, cls) && cls.did;
			if (!fits) continue;
			const be = aux.includes('were') && mention.type !== 'person' ? 'were' : 'was';
			const predicate = (passive ? cls.underwent! : cls.did!).replace('{was}', be);
			found.push({ cls, subject: name(mention), mention, verb: i, passive, predicate });
		}
	}
	return found;
}

/** Tokens a subject noun phrase is made of: nouns and the adjectives before them. */
const PHRASE_PART = (t: Token) =>
	(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('ProperNoun')) &&
	!t.tags.has('Pronoun') &&
	!/^(first|last|same|other|former|latter|new|old|many|most|some|all|both|each|several|few)$/.test(
		t.normal
	);

/**
 * Noun phrases that are a class verb's subject, where no name is ("the council rejected", "the
 * Ottomans captured"): one to four nouns and adjectives after "the" or opening on a capital, as
 * mentions of an entity of their own ("phrase:council").
 */
function phraseSubjects(sentence: Sentence, mentions: readonly Mention[]): Mention[] {
	const tokens = sentence.tokens;
	const out: Mention[] = [];
	tokens.forEach((t, i) => {
		if (
			!t.tags.has('Verb') ||
			!CLAIM_CLASSES.some((c) => c.active?.test(t.normal) || c.passive?.test(t.normal))
		)
			return;
		let end = i;
		while (end > 0 && BETWEEN.test(tokens[end - 1]!.normal) && !/,/.test(tokens[end - 1]!.post))
			end--;
		let start = end;
		while (
			start > 0 &&
			end - start < 4 &&
			PHRASE_PART(tokens[start - 1]!) &&
			!/[,;:()]/.test(tokens[start - 1]!.post)
		)
			start--;
		const head = tokens[end - 1];
		if (start === end || !head?.tags.has('Noun') || /[,;:()]/.test(head.post)) return;
		const first = tokens[start]!;
		const the = tokens[start - 1]?.normal === 'the';
		if (
			!the &&
			!(start === 0
				? /^\p{Lu}/u.test(first.text) && first.tags.has('ProperNoun')
				: /^\p{Lu}/u.test(first.text))
		)
			return;
		if (mentions.some((m) => m.tokenStart < end && m.tokenEnd > start)) return;
		const text = tokens
			.slice(start, end)
			.map((x, k) => x.text + (k < end - start - 1 ? x.post : ''))
			.join('');
		out.push({
			text,
			start: first.start,
			end: head.end,
			type: 'organisation',
			sentence: sentence.index,
			tokenStart: start,
			tokenEnd: end,
			entity: `phrase:${text.toLowerCase()}`
		});
	});
	return out;
}

/**
 * The view a speaker gives in the sentence, when the mention is who speaks ("Dorsey said …",
 * "… , said Dorsey") and the sentence holds words of one view only.
 */
function stanceOf(
	sentence: Sentence,
	mention: Mention,
	after: number
): Pick<FoundClaim, 'cls' | 'verb' | 'passive' | 'predicate'> | undefined {
	const tokens = sentence.tokens;
	const next = tokens[after];
	const prior = tokens[mention.tokenStart - 1];
	const verb =
		next && SPEECH.test(next.normal)
			? after
			: prior &&
				  SPEECH.test(prior.normal) &&
				  /[,"”]\s*$/.test(tokens[mention.tokenStart - 2]?.post ?? '')
				? mention.tokenStart - 1
				: -1;
	if (verb < 0) return undefined;
	// "… said she was not worried": a view denied anywhere in the sentence is no view given.
	if (tokens.some((t) => NEGATION.test(t.normal) || NEGATION.test(t.text))) return undefined;
	const rest = sentence.text.replace(mention.text, '');
	const views = STANCES.filter((c) => c.stance?.test(rest));
	const [cls] = views;
	if (!cls || views.length > 1) return undefined;
	return { cls, verb, passive: false, predicate: cls.did! };
}

/** Every class, the views included: what the checks look a claim's class up in. */
export const ALL_CLASSES: readonly ClaimClass[] = [...CLAIM_CLASSES, ...STANCES];

/** Whether a sentence says what the claim class says, of anyone, in any words the class knows. */
export const mayState = (text: string, cls: ClaimClass) => cls.near.test(text);
