// The claims a supporting-evidence item asks to back (evidence.ts): what a named subject did, said in
// plain words of a class's template rather than the article's own verb, the verb's object kept
// ("Lina Dorsey criticised the new tax" → "Lina Dorsey spoke out against the new tax") or said as
// its kind ("acquired PwC consulting" → "took ownership of another company"). A claim is found where
// a name is the subject of a verb of one of the classes below; a sentence supports it only if it has
// words of that class. Templates with no object say a whole event ("passed away"); a claim with
// "something" in it says nothing a reader could hold, and is not asked.
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
	/** A preposition the verb takes before its object ("returned to Paris"): skipped, and required. */
	objectAfter?: RegExp;
	/** The object may not be a person ("joined the army", not "joined Diego"). */
	noPerson?: boolean;
	/** The object must be a name ("moved to Phoenix", not "moved to the coast"). */
	properObject?: boolean;
	/** What the object's head noun must be for the template to fit ("won the election"). */
	objectHead?: RegExp;
	/** Words that must follow the verb for it to count ("called for", "stepped down"). */
	needs?: RegExp;
	/**
	 * For a view the subject gave: words of the sentence that carry it ("worried", "should"). The
	 * subject must be the one speaking ("Dorsey said", "… , said Dorsey").
	 */
	stance?: RegExp;
}

/** Contests one comes out ahead in: "won the election" reads as "came out ahead in the election". */
const CONTESTS =
	/^(elections?|races?|matche?s?|battles?|wars?|games?|finals?|championships?|leagues?|contests?|tournaments?|series|cases?|referendums?|primar(y|ies)|votes?|cups?|derby|by-elections?|nominations?|bouts?|fights?|campaigns?|competitions?)$/;
/** Prizes one is awarded: "won a Nobel Prize" reads as "was awarded a Nobel Prize". */
const PRIZES =
	/^(prizes?|awards?|medals?|titles?|trophy|trophies|oscars?|grammys?|emmys?|scholarships?|grants?|honou?rs?|fellowships?|degrees?|doctorates?)$/;

/** Verbs of the commoner kinds, each restated in other plain words that keep its object. */
const MORE_CLASSES: readonly ClaimClass[] = [
	{
		id: 'building',
		active: /^(built|constructed|erected)$/,
		did: 'put up {obj}',
		near: /\b(buil[dt]\w*|construct\w*|erect\w*|put up|rais\w*|design\w*|complet\w*|open\w*|new)\b/i
	},
	{
		id: 'introduction',
		active: /^(introduced|adopted|implemented|instituted|enacted)$/,
		did: 'brought in {obj}',
		near: /\b(introduc\w*|adopt\w*|implement\w*|institut\w*|enact\w*|brought|bring\w*|new|start\w*|began|begin\w*|launch\w*|pass\w*|reform\w*)\b/i
	},
	{
		id: 'invention',
		active: /^(designed|devised|invented|pioneered)$/,
		did: 'came up with {obj}',
		near: /\b(develop\w*|design\w*|devis\w*|invent\w*|pioneer\w*|creat\w*|came up|idea\w*|new|first|built|made)\b/i
	},
	{
		id: 'release',
		active: /^(released|recorded)$/,
		did: 'brought out {obj}',
		near: /\b(releas\w*|issu\w*|record\w*|publish\w*|brought out|albums?|singles?|launch\w*|put out)\b/i
	},
	{
		id: 'return',
		active: /^(returned)$/,
		objectAfter: /^to$/,
		did: 'went back to {obj}',
		near: /\b(return\w*|came back|went back|back|again|rejoin\w*|re-\w*)\b/i
	},
	{
		id: 'move',
		active: /^(moved|relocated|emigrated)$/,
		objectAfter: /^to$/,
		did: 'went to live in {obj}',
		noPerson: true,
		properObject: true,
		near: /\b(mov\w*|relocat\w*|emigrat\w*|settl\w*|lived?|living|home|went|moving)\b/i
	},
	{
		id: 'marriage',
		active: /^(married)$/,
		did: 'wed {obj}',
		near: /\b(marri\w*|marry\w*|wed\w*|wife|husband|bride\w*|spouse|divorc\w*)\b/i
	},
	{
		id: 'backing',
		active: /^(supported|backed|championed)$/,
		did: '{was} on the side of {obj}',
		near: /\b(support\w*|back\w*|champion\w*|favou?r\w*|side|endors\w*|prais\w*|approv\w*|agree\w*|help\w*)\b/i
	},
	{
		id: 'replacement',
		active: /^(replaced|succeeded|superseded)$/,
		did: 'took the place of {obj}',
		near: /\b(replac\w*|succe\w*|supersed\w*|took over|place|instead|new|former|previous)\b/i
	},
	{
		id: 'contest-lost',
		active: /^(lost)$/,
		did: '{was} beaten in {obj}',
		objectHead: CONTESTS,
		near: /\b(peace|surrender\w*|retreat\w*|los[est]\w*|defeat\w*|beat\w*|fail\w*|won|win\w*|victor\w*|eliminat\w*)\b/i
	},
	{
		id: 'use',
		active: /^(used|utili[sz]ed)$/,
		did: 'made use of {obj}',
		noPerson: true,
		near: /\b(us(e|ed|es|ing)|employ\w*|utili\w*|appl(y|ied|ies)|rel(y|ied|ies)|with)\b/i
	},
	{
		id: 'ban',
		active: /^(banned|outlawed|prohibited|forbade)$/,
		did: 'forbade {obj}',
		near: /\b(ban\w*|outlaw\w*|prohibit\w*|forb\w*|illegal\w*|allow\w*|restrict\w*|law\w*|not)\b/i
	},
	{
		id: 'sale',
		active: /^(sold)$/,
		did: 'parted with {obj} for money',
		near: /\b(sold|sell\w*|sales?|b(uy|uys|ought|uying)|purchas\w*|acqui\w*|deal\w*|money|paid|pay\w*|price\w*|owner\w*|own)\b/i
	},
	{
		id: 'acquisition',
		active: /^(acquired|bought|purchased)$/,
		did: 'took ownership of {obj}',
		near: /\b(acqui\w*|b(uy|uys|ought|uying)|purchas\w*|took over|takeover|owner\w*|own|sold|sell\w*|sales?|deal\w*|merg\w*|paid|pay\w*)\b/i
	},
	{
		id: 'hiring',
		active: /^(hired|employed|recruited)$/,
		did: 'gave work to {obj}',
		near: /\b(hir\w*|employ\w*|recruit\w*|jobs?|work\w*|staff\w*|appoint\w*|sign\w*)\b/i
	}
];

export const CLAIM_CLASSES: readonly ClaimClass[] = [
	{
		id: 'disapproval',
		active: /^(critici[sz]ed|condemned|denounced|slammed|decried|deplored|opposed|protested)$/,
		did: 'spoke out against {obj}',
		near: /\b(critic\w*|condemn\w*|denounc\w*|slam\w*|decr[iy]\w*|deplor\w*|oppos\w*|object\w*|protest\w*|against|disapprov\w*|angr\w*|anger\w*|outrag\w*|complain\w*|unfair|wrong|blam\w*|attack\w*|spok\w*|speak\w*|unhappy|disagree\w*)\b/i
	},
	{
		id: 'approval',
		active: /^(praised|welcomed|applauded|commended|hailed|endorsed|thanked|congratulated)$/,
		did: 'spoke in favour of {obj}',
		near: /\b(prais\w*|welcom\w*|applau\w*|commend\w*|hail\w*|endors\w*|back\w*|support\w*|approv\w*|thank\w*|celebrat\w*|favou?r\w*|congratulat\w*|proud|pleased|happy|great|express\w*)\b/i
	},
	{
		id: 'contest-won',
		active: /^(won|clinched)$/,
		did: 'came out ahead in {obj}',
		objectHead: CONTESTS,
		near: /\b(won|win\w*|victor\w*|defeat\w*|beat\w*|clinch\w*|triumph\w*|champion\w*|success\w*|first|ahead|top\w*|came out|highest|best|greatest|most successful|majority)\b/i
	},
	{
		id: 'prize-won',
		active: /^(won|earned)$/,
		did: '{was} awarded {obj}',
		objectHead: PRIZES,
		near: /\b(won|win\w*|victor\w*|award\w*|prizes?|medals?|honou?r\w*|receiv\w*|earn\w*|gave|giv\w*|grant\w*|present\w*|titles?|trophy|trophies)\b/i
	},
	{
		id: 'success',
		active: /^(defeated|beat|triumphed)$/,
		did: 'got the better of {obj}',
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
		active: /^(founded|established|created|launched|formed)$/,
		passive: /^(founded|established|created|launched|formed|invented)$/,
		did: 'set up {obj}',
		underwent: 'came into existence',
		near: /\b(found\w*|establish\w*|creat\w*|launch\w*|buil[dt]\w*|form\w*|introduc\w*|invent\w*|design\w*|develop\w*|pioneer\w*|new|open\w*|start\w*|set up|beg[ia]n\w*|existence|exist\w*|brought|made|origin\w*|birth|born)\b/i
	},
	{
		id: 'ending',
		active: /^(abolished|scrapped|halted|discontinued|terminated|dissolved)$/,
		passive: /^(abolished|scrapped|halted|discontinued|terminated|dissolved|closed)$/,
		did: 'put an end to {obj}',
		underwent: 'came to a close',
		near: /\b(clos\w*|end\w*|abolish\w*|cancel\w*|scrap\w*|halt\w*|stop\w*|suspend\w*|discontinu\w*|terminat\w*|dissol\w*|shut\w*|over|finish\w*|quit\w*|ban\w*|last|no longer)\b/i
	},
	{
		id: 'legal-trouble',
		passive:
			/^(arrested|charged|convicted|sentenced|jailed|imprisoned|detained|fined|sued|indicted|prosecuted)$/,
		active: /^(arrested|prosecuted|indicted)$/,
		did: 'took legal action against {obj}',
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
		did: 'formally agreed to {obj}',
		objectHead:
			/^(treat(y|ies)|agreements?|deals?|contracts?|pacts?|accords?|bills?|laws?|acts?|declarations?|petitions?|orders?|conventions?|charters?|armistice|truce|protocols?)$/,
		otherSense: /^(up|for|with|off|on)\b/i,
		near: /\b(agree\w*|sign\w*|approv\w*|ratif\w*|accept\w*|consent\w*|deals?|treat(y|ies)|pacts?|contracts?|formal\w*|gave|give\w*)\b/i
	},
	{
		id: 'refusal',
		active: /^(refused|rejected|vetoed)$/,
		did: 'turned down {obj}',
		near: /\b(refus\w*|declin\w*|reject\w*|den(y|ied|ies)|veto\w*|dismiss\w*|no|not|never|turn\w*|against|oppos\w*|n't)\b/i
	},
	{
		id: 'funding',
		active: /^(funded|financed)$/,
		did: 'put money into {obj}',
		near: /\b(pa(y|id|ys|ying)|spen[dt]\w*|fund\w*|invest\w*|donat\w*|financ\w*|b(uy|uys|ought|uying)|purchas\w*|acqui\w*|money|cost\w*|dollars?|pounds?|euros?|millions?|billions?|budget\w*|grants?|pric\w*|sold|sell\w*|cash|put)\b|[$€£]/i
	},
	{
		id: 'help',
		active: /^(rescued|assisted|aided|helped)$/,
		did: 'gave help to {obj}',
		near: /\b(help\w*|assist\w*|rescu\w*|sav(e|ed|es|ing)|aid\w*|support\w*|volunteer\w*|came|others)\b/i
	},
	{
		id: 'death',
		active: /^(died)$/,
		passive: /^(killed|murdered|assassinated|executed|slain)$/,
		did: 'passed away',
		underwent: 'died a violent death',
		near: /\b(late|memorial\w*|die[ds]?|dying|dead|deaths?|kill\w*|murder\w*|assassinat\w*|execut\w*|slain|funerals?|buried|burial|fatal\w*|lives|life|violent\w*|passed away|survive\w*|bod(y|ies))\b/i
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
		did: 'built up {obj}',
		near: /\b(buil[dt]\w*|scor\w*|goals?|increas\w*|doubl\w*|tripl\w*|expan\w*|boost\w*|grow\w*|grew|rose|ris(e|es|en|ing)|more|higher|larger|bigger|big|gain\w*|growth|rais\w*|add\w*|record\w*|extend\w*)\b/i
	},
	{
		id: 'decrease',
		active: /^(reduced|lowered|slashed|decreased|trimmed)$/,
		did: 'cut {obj}',
		near: /\b(reduc\w*|cut\w*|lower\w*|slash\w*|decreas\w*|shr[iau]nk\w*|trim\w*|fell|fall\w*|drop\w*|declin\w*|less|fewer|smaller|small|loss\w*|lost|minim\w*)\b/i
	},
	{
		id: 'visit',
		active: /^(visited|toured)$/,
		did: 'went to {obj}',
		near: /\b(visit\w*|tour\w*|trips?|travel\w*|arriv\w*|went|came|journey\w*|flew|landed|met|stay\w*|made)\b/i
	},
	{
		id: 'research',
		active: /^(studied|researched|examined|investigated|analy[sz]ed|surveyed)$/,
		did: 'looked closely into {obj}',
		near: /\b(stud(y|ied|ies|ying)|research\w*|examin\w*|investigat\w*|analy\w*|survey\w*|test\w*|measur\w*|review\w*|prob\w*|inquir\w*|reports?|found|finding\w*|data|scientist\w*|experiment\w*|look\w*|clos\w*)\b/i
	},
	{
		id: 'request',
		active: /^(demanded|requested)$/,
		did: 'pressed for {obj}',
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
		did: '{was} in charge of {obj}',
		// "led the world in solar power" ranks; it commands no one.
		otherSense:
			/^(to|up|by|off|the (world|way|league|field|list|table|race|polls|charge|nation))\b/i,
		near: /\b(le[ad]\w*|head\w*|command\w*|rul\w*|govern\w*|charge|chief|chair\w*|leader\w*|control\w*|power|reign\w*|king|queen|emperor|president|general|captain|direct\w*|manag\w*|run\w*|ran)\b/i
	},
	{
		id: 'membership',
		active: /^(joined)$/,
		did: 'became a member of {obj}',
		noPerson: true,
		otherSense: /^(in|forces|hands)\b/i,
		near: /\b(join\w*|member\w*|enlist\w*|enrol\w*|sign\w*|became|become|part of)\b/i
	},
	{
		id: 'force',
		active: /^(invaded|bombed|raided|shelled|besieged)$/,
		did: 'used force against {obj}',
		near: /\b(invad\w*|invasion\w*|bomb\w*|raid\w*|shell\w*|besieg\w*|siege\w*|attack\w*|war|wars|battle\w*|fight\w*|fought|force\w*|troops?|arm(y|ies)|militar\w*|assault\w*|struck|strike\w*|kill\w*)\b/i
	},
	{
		id: 'seizure',
		active: /^(captured|conquered|seized|occupied|annexed)$/,
		did: 'took control of {obj}',
		near: /\b(captur\w*|conquer\w*|conquest\w*|seiz\w*|occup\w*|annex\w*|took|tak(e|en|es|ing)|control\w*|won|win\w*|fell|fall\w*|surrender\w*|invad\w*|gain\w*)\b/i
	},
	{
		id: 'authorship',
		active: /^(published|composed|authored)$/,
		did: 'brought out {obj}',
		near: /\b(publish\w*|compos\w*|author\w*|wr(ote|ite|itten|iting|ites)|works?|books?|novels?|poems?|articles?|essays?|papers?|songs?|editor\w*|print\w*)\b/i
	},
	{
		id: 'announcement',
		active: /^(announced|revealed|disclosed|unveiled)$/,
		did: 'made {obj} public',
		near: /\b(announc\w*|reveal\w*|disclos\w*|unveil\w*|public\w*|publish\w*|declar\w*|confirm\w*|statements?|press|news|report\w*|said|say\w*|told|tell\w*|made)\b/i
	},
	{
		id: 'receipt',
		active: /^(received)$/,
		passive: /^(awarded|granted|given)$/,
		did: '{was} given {obj}',
		underwent: '{was} handed {obj}',
		near: /\b(receiv\w*|award\w*|grant\w*|giv\w*|gave|got|gets?|prizes?|honou?r\w*|medals?|won|win\w*|earn\w*|hand\w*|present\w*)\b/i
	},
	{
		id: 'proposal',
		active: /^(proposed|suggested|advocated|recommended)$/,
		did: 'put forward {obj}',
		near: /\b(propos\w*|suggest\w*|advocat\w*|recommend\w*|ideas?|plans?|argu\w*|call\w*|urg\w*|put forward|pushed|believ\w*|should|theor\w*)\b/i
	},
	{
		id: 'influence',
		active: /^(inspired|influenced)$/,
		did: 'had an effect on {obj}',
		near: /\b(inspir\w*|influen\w*|encourag\w*|motivat\w*|impact\w*|effect\w*|affect\w*|shap\w*|led|lead\w*|follow\w*)\b/i
	},
	{
		id: 'organising',
		active: /^(organi[sz]ed|hosted|staged)$/,
		did: 'put on {obj}',
		near: /\b(organi[sz]\w*|host\w*|stag\w*|arrang\w*|held|hold\w*|events?|festivals?|meetings?|conferences?|ceremon\w*|plann\w*)\b/i
	},
	{
		id: 'discovery',
		active: /^(discovered)$/,
		did: 'came upon {obj}',
		near: /\b(discover\w*|found|find\w*|identif\w*|detect\w*|observ\w*|notic\w*|uncover\w*|learn\w*|new|first|unknown)\b/i
	},
	{
		id: 'escape',
		active: /^(fled|escaped)$/,
		did: 'got away from {obj}',
		otherSense: /^(injury|harm|punishment|notice|attention|death)\b/i,
		near: /\b(fle[de]\w*|escap\w*|evacuat\w*|left|leav\w*|refugees?|ran|run\w*|got away|safety|danger\w*)\b/i
	},
	...MORE_CLASSES
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
	'before',
	'in',
	'with',
	'up',
	'out',
	'at',
	'by',
	'as',
	'back',
	'down',
	'new',
	'another'
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
	/** The object the predicate keeps from the sentence ("the new tax"), if its template has one. */
	object?: string;
	/** The predicate with the object said as what kind of thing it is ("another company"). */
	general?: { predicate: string; object: string };
}

/** Kinds of thing an object's head noun names: a claim may say the kind, not the sentence's word. */
const KIND_OF_THING: readonly [RegExp, string][] = [
	[/^(albums?|singles?|songs?|records?|recordings?|EPs?)$/i, 'new music'],
	[
		/^(books?|novels?|poems?|essays?|articles?|papers?|memoirs?|treatises?|volumes?)$/i,
		'a written work'
	],
	[
		/^(treat(y|ies)|pacts?|accords?|agreements?|deals?|contracts?|alliances?|armistice|truce)$/i,
		'an agreement'
	],
	[
		/^(compan(y|ies)|firms?|business(es)?|corporations?|subsidiar(y|ies)|banks?|consulting|brands?|startups?|stakes?|shares?)$/i,
		'another company'
	],
	[
		/^(plans?|schemes?|programmes?|programs?|proposals?|strateg(y|ies)|initiatives?|projects?|campaigns?)$/i,
		'a plan'
	],
	[
		/^(laws?|acts?|bills?|statutes?|regulations?|rules?|taxe?s?|polic(y|ies)|reforms?|measures?|constitutions?)$/i,
		'a new rule'
	],
	[/^(ultimatums?|demands?)$/i, 'a demand'],
	[/^(inquir(y|ies)|investigations?|reviews?|stud(y|ies)|reports?|surveys?)$/i, 'an inquiry'],
	[/^(city|town|capital|port)$/i, 'a city'],
	[
		/^(provinces?|territor(y|ies)|islands?|regions?|lands?|colon(y|ies)|countr(y|ies))$/i,
		'new land'
	]
];

/** What kind of thing the object is ("an agreement" for "the Treaty of Paris"), if known. */
export function kindOf(object: string): string | undefined {
	const words = object.split(/\s+/);
	// "the Treaty of Paris": the head is before "of".
	const of = words.findIndex((w) => w.toLowerCase() === 'of');
	const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
	return KIND_OF_THING.find(([re]) => re.test(head))?.[1];
}

/** Words that end an object noun phrase: a clause, a preposition other than "of", a conjunction. */
const OBJECT_END =
	/^(and|but|or|nor|which|that|who|whom|whose|while|although|though|because|as|after|before|when|where|in|on|at|by|from|to|with|for|during|into|over|under|since|until|through|between|against|despite|about|than|if|so|including|amid|across|following|without|within|per|via|like|is|was|were|are|be|been|being|has|have|had|said|says)$/;
/** Objects that say nothing on their own, or that point elsewhere. */
const NO_OBJECT =
	/^(it|them|him|her|this|that|these|those|himself|herself|itself|themselves|one|ones|some|all|any|many|much|more|most|several|something|anything|everything|nothing|someone|anyone|what|which|who|us|me|you)$/;
/** Determiners an object may open on, the possessives of the claim's own subject among them. */
const DETERMINER = /^(the|a|an|its|his|her|their|our|this|these|those|that)$/;
/** Most words an object may keep: more would copy the sentence rather than restate it. */
const OBJECT_MAX_WORDS = 4;

/**
 * The noun phrase after verb token `verb` ("criticised the new tax on fuel" → "the new tax"), or
 * undefined when there is none a claim can keep: a pronoun, a number, a clause, too long.
 */
export function objectOf(tokens: readonly Token[], verb: number): string | undefined {
	const words: Token[] = [];
	for (let k = verb + 1; k < tokens.length; k++) {
		const t = tokens[k]!;
		// "a weapons zone" with "zone" read as a verb: the phrase would be cut short.
		if (t.tags.has('Verb') && (t.tags.has('Noun') || t.tags.has('Adjective'))) return undefined;
		if (OBJECT_END.test(t.normal) || t.tags.has('Verb')) break;
		words.push(t);
		if (words.length > OBJECT_MAX_WORDS + 1 || /[,;:()"“”—–]|[.!?]/.test(t.post)) break;
	}
	while (words.length && /^(of|the|a|an)$/.test(words[words.length - 1]!.normal)) words.pop();
	const [first] = words;
	const last = words[words.length - 1];
	if (!first || !last || words.length > OBJECT_MAX_WORDS) return undefined;
	if (NO_OBJECT.test(first.normal) && !(first.normal === 'her' && words.length > 1))
		return undefined;
	if (!last.tags.has('Noun') || last.tags.has('Pronoun')) return undefined;
	if (words.some((t) => /\d|["“”'‘’]/.test(t.text) || t.tags.has('Value'))) return undefined;
	// "support online ranging": an adverb or a participle means the phrase runs on past its noun.
	if (words.some((t) => t.tags.has('Adverb') || t.tags.has('Gerund') || /ing$/.test(t.normal)))
		return undefined;
	if (DETERMINER.test(first.normal) && words.length === 1) return undefined;
	return words.map((t, i) => t.text + (i < words.length - 1 ? t.post : '')).join('');
}

/** The predicate of a class's template for the sentence's verb, its object filled in. */
function predicateOf(
	template: string,
	tokens: readonly Token[],
	verb: number,
	cls: ClaimClass,
	people: readonly Mention[]
): Pick<FoundClaim, 'predicate' | 'object' | 'general'> | undefined {
	if (!template.includes('{obj}')) return { predicate: template };
	const at = cls.objectAfter ? verb + 1 : verb;
	if (cls.objectAfter && !cls.objectAfter.test(tokens[at]?.normal ?? '')) return undefined;
	const object = objectOf(tokens, at);
	if (!object || (cls.noPerson && people.some((m) => m.tokenStart > at && m.tokenStart <= at + 3)))
		return undefined;
	const head = object.split(/\s+/).pop()!.toLowerCase();
	if (cls.objectHead && !cls.objectHead.test(head)) return undefined;
	if (cls.properObject && !/^\p{Lu}/u.test(object)) return undefined;
	const kind = kindOf(object);
	const general = kind ? { predicate: template.replace('{obj}', kind), object: kind } : undefined;
	return { predicate: template.replace('{obj}', object), object, ...(general ? { general } : {}) };
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
	const people = mentions.filter((m) => m.type === 'person');
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
			const plural =
				aux.includes('were') || sentence.tokens[mention.tokenEnd - 1]?.tags.has('Plural');
			const be = plural && mention.type !== 'person' ? 'were' : 'was';
			const template = (passive ? cls.underwent! : cls.did!).replace('{was}', be);
			const said = predicateOf(template, sentence.tokens, i, cls, people);
			if (said) found.push({ cls, subject: name(mention), mention, verb: i, passive, ...said });
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
