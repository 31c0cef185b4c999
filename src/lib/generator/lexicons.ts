// Fallback distractors when the article itself has too few of a type. Kept generic on purpose:
// they must read as plausible to someone who has not read the article, whatever its topic.

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** Numbers written as words, indexed by their value: NUMBER_WORDS[3] is "three". */
export const NUMBER_WORDS: readonly string[] = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];

export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
] as const;

export const COUNTRIES = [
	'Argentina',
	'Australia',
	'Brazil',
	'Canada',
	'China',
	'Egypt',
	'France',
	'Germany',
	'India',
	'Indonesia',
	'Italy',
	'Japan',
	'Kenya',
	'Mexico',
	'Nigeria',
	'Norway',
	'Pakistan',
	'Poland',
	'Portugal',
	'Russia',
	'Spain',
	'Sweden',
	'Turkey',
	'Greece',
	'Ireland',
	'Chile',
	'Peru',
	'Vietnam',
	'Thailand',
	'Iran',
	'Afghanistan',
	'Algeria',
	'Bangladesh',
	'Belgium',
	'Colombia',
	'Cuba',
	'Denmark',
	'Ethiopia',
	'Finland',
	'Ghana',
	'Hungary',
	'Iraq',
	'Israel',
	'Malaysia',
	'Morocco',
	'Netherlands',
	'New Zealand',
	'North Korea',
	'Panama',
	'Philippines',
	'Saudi Arabia',
	'Singapore',
	'South Africa',
	'Switzerland',
	'Syria',
	'Taiwan',
	'Ukraine',
	'Venezuela',
	'Austria',
	'Libya',
	'Lebanon',
	'Jordan',
	'Qatar',
	'Sri Lanka',
	'Nepal',
	'Uganda',
	'Tanzania',
	'Zimbabwe',
	'Czech Republic',
	'Romania',
	'Iceland',
	'Cambodia',
	'Myanmar',
	'Ecuador',
	'Bolivia',
	'Uruguay',
	'Paraguay',
	'Jamaica',
	'Haiti',
	'Scotland',
	'Wales',
	'England',
	'United States',
	'United Kingdom',
	'South Korea',
	'Tunisia',
	'Yemen',
	'Eritrea',
	'Sudan',
	'Somalia',
	'Senegal',
	'Gabon',
	'Estonia',
	'Latvia',
	'Lithuania',
	'Armenia',
	'Croatia',
	'Serbia',
	'Bulgaria',
	'Slovakia',
	'Costa Rica',
	'Honduras',
	'Guatemala',
	'Kuwait',
	'Oman',
	'Kazakhstan',
	'Mongolia',
	'Great Britain'
];

/** Particles that belong to a surname: "von Neumann", "da Vinci", "bin Laden", "al-Arab". */
export const NAME_PARTICLES = [
	'von',
	'van',
	'de',
	'da',
	'du',
	'del',
	'della',
	'der',
	'den',
	'di',
	'bin',
	'ibn',
	'al',
	'el',
	'abu',
	'le',
	'la'
];

/**
 * Titles written before a name that say what kind of person bears it, by kind: "Emperor _____"
 * is filled only by someone the article also calls an emperor, king or sultan, never by a
 * scientist of the same article (review tune19).
 */
export const TITLE_KINDS: readonly (readonly string[])[] = [
	'emperor empress king queen tsar czar tsarina sultan shah kaiser pharaoh caliph emir prince princess duke duchess earl count countess baron lord lady',
	'pope bishop archbishop cardinal saint prior abbot abbess rabbi imam reverend patriarch',
	'professor prof',
	'general admiral colonel captain major lieutenant sergeant commander marshal brigadier commodore'
].map((kind) => kind.split(' '));

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

/**
 * The year each country of `COUNTRIES` became the state it is now, for those that became one after
 * 1800 and were not a state of that name before: "Slovakia" is no contender in an 1853 war (a
 * reviewer's note). Years as commonly given (independence or union); countries not listed are
 * taken to be older than any article's events.
 */
export const STATEHOOD: Readonly<Record<string, number>> = {
	Argentina: 1816,
	Australia: 1901,
	Bangladesh: 1971,
	Belgium: 1830,
	Bolivia: 1825,
	Brazil: 1822,
	Canada: 1867,
	Chile: 1818,
	Colombia: 1819,
	'Costa Rica': 1821,
	Croatia: 1991,
	'Czech Republic': 1993,
	Ecuador: 1830,
	Eritrea: 1993,
	Estonia: 1918,
	Finland: 1917,
	Gabon: 1960,
	Ghana: 1957,
	Guatemala: 1821,
	Honduras: 1821,
	Iceland: 1944,
	Indonesia: 1945,
	Iraq: 1932,
	Ireland: 1922,
	Israel: 1948,
	Jamaica: 1962,
	Jordan: 1946,
	Kazakhstan: 1991,
	Kenya: 1963,
	Kuwait: 1961,
	Latvia: 1918,
	Lebanon: 1943,
	Libya: 1951,
	Lithuania: 1918,
	Malaysia: 1963,
	Mexico: 1821,
	Nigeria: 1960,
	'North Korea': 1948,
	Pakistan: 1947,
	Panama: 1903,
	Paraguay: 1811,
	Peru: 1821,
	Philippines: 1946,
	Qatar: 1971,
	'Saudi Arabia': 1932,
	Senegal: 1960,
	Singapore: 1965,
	Slovakia: 1993,
	Somalia: 1960,
	'South Africa': 1910,
	'South Korea': 1948,
	'Sri Lanka': 1948,
	Sudan: 1956,
	Syria: 1946,
	Tanzania: 1964,
	Tunisia: 1956,
	Uganda: 1962,
	Ukraine: 1991,
	'United Kingdom': 1801,
	Uruguay: 1828,
	Venezuela: 1811,
	Zimbabwe: 1980
};

/**
 * Well-known cities by country: a city is offered only beside cities of its own country or region,
 * never "Baghdad" beside "Liverpool".
 */
export const CITIES_BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
	'United Kingdom': ['London', 'Manchester', 'Liverpool', 'Edinburgh', 'Glasgow', 'Birmingham'],
	France: ['Paris'],
	Germany: ['Berlin', 'Munich', 'Hamburg'],
	Spain: ['Madrid', 'Barcelona'],
	Italy: ['Rome', 'Milan', 'Naples'],
	Japan: ['Tokyo', 'Osaka', 'Kyoto'],
	Australia: ['Sydney', 'Melbourne', 'Perth', 'Brisbane', 'Adelaide', 'Canberra'],
	Canada: ['Toronto', 'Vancouver', 'Montreal', 'Ottawa'],
	'United States': [
		'Chicago',
		'Boston',
		'New York',
		'Los Angeles',
		'San Francisco',
		'Washington',
		'Washington D.C.',
		'Seattle',
		'Miami',
		'Atlanta',
		'Denver',
		'Phoenix',
		'Houston',
		'Dallas',
		'Philadelphia',
		'Detroit',
		'New Orleans',
		'Arlington',
		'Austin'
	],
	Egypt: ['Cairo'],
	India: ['Mumbai', 'Delhi', 'New Delhi'],
	Kenya: ['Nairobi'],
	Nigeria: ['Lagos'],
	Peru: ['Lima'],
	'South Korea': ['Seoul'],
	Turkey: ['Istanbul'],
	Austria: ['Vienna'],
	Ireland: ['Dublin'],
	Portugal: ['Lisbon'],
	Greece: ['Athens'],
	Norway: ['Oslo'],
	Poland: ['Warsaw'],
	Mexico: ['Mexico City'],
	Argentina: ['Buenos Aires'],
	Brazil: ['Rio de Janeiro', 'São Paulo'],
	Colombia: ['Bogotá'],
	Cuba: ['Havana'],
	Russia: ['Moscow'],
	Ukraine: ['Kyiv'],
	'Czech Republic': ['Prague'],
	Hungary: ['Budapest'],
	Sweden: ['Stockholm'],
	Denmark: ['Copenhagen'],
	Finland: ['Helsinki'],
	Netherlands: ['Amsterdam'],
	Belgium: ['Brussels'],
	Switzerland: ['Geneva', 'Zurich'],
	China: ['Beijing', 'Shanghai', 'Hong Kong'],
	Taiwan: ['Taipei'],
	Singapore: ['Singapore'],
	Thailand: ['Bangkok'],
	Indonesia: ['Jakarta'],
	Philippines: ['Manila'],
	Pakistan: ['Karachi'],
	'United Arab Emirates': ['Dubai'],
	Iran: ['Tehran'],
	Iraq: ['Baghdad'],
	Israel: ['Jerusalem', 'Tel Aviv'],
	Lebanon: ['Beirut'],
	'Saudi Arabia': ['Riyadh', 'Mecca'],
	Afghanistan: ['Kabul'],
	'South Africa': ['Johannesburg', 'Cape Town'],
	Ethiopia: ['Addis Ababa'],
	'New Zealand': ['Auckland', 'Wellington'],
	'North Korea': ['Pyongyang']
};

export const CITIES: readonly string[] = Object.values(CITIES_BY_COUNTRY).flat();

/** The U.S. states. */
export const US_STATES = [
	'Alabama',
	'Alaska',
	'Arizona',
	'Arkansas',
	'California',
	'Colorado',
	'Connecticut',
	'Delaware',
	'Florida',
	'Georgia',
	'Hawaii',
	'Idaho',
	'Illinois',
	'Indiana',
	'Iowa',
	'Kansas',
	'Kentucky',
	'Louisiana',
	'Maine',
	'Maryland',
	'Massachusetts',
	'Michigan',
	'Minnesota',
	'Mississippi',
	'Missouri',
	'Montana',
	'Nebraska',
	'Nevada',
	'New Hampshire',
	'New Jersey',
	'New Mexico',
	'New York State',
	'North Carolina',
	'North Dakota',
	'Ohio',
	'Oklahoma',
	'Oregon',
	'Pennsylvania',
	'Rhode Island',
	'South Carolina',
	'South Dakota',
	'Tennessee',
	'Texas',
	'Utah',
	'Vermont',
	'Virginia',
	'Washington State',
	'West Virginia',
	'Wisconsin',
	'Wyoming'
];

/** Provinces and states elsewhere, offered beside those of their own country. */
const CANADIAN_PROVINCES = [
	'Ontario',
	'Quebec',
	'British Columbia',
	'Alberta',
	'Manitoba',
	'Nova Scotia'
];
const AUSTRALIAN_STATES = [
	'Queensland',
	'Victoria',
	'New South Wales',
	'Tasmania',
	'Western Australia',
	'South Australia'
];

/** States and provinces the tagger knows as such: the U.S. states first, then a few elsewhere. */
export const STATES = [
	...US_STATES,
	'Ontario',
	'Quebec',
	'British Columbia',
	'Alberta',
	'Queensland',
	'Victoria',
	'New South Wales',
	'Tasmania',
	'Bavaria',
	'Catalonia'
];

/** States offered beside each other: those of one country. */
export const STATE_GROUPS: readonly (readonly string[])[] = [
	US_STATES,
	CANADIAN_PROVINCES,
	AUSTRALIAN_STATES
];

/** Continents and world regions. */
export const REGIONS = [
	'Africa',
	'Asia',
	'Europe',
	'North America',
	'South America',
	'Latin America',
	'Antarctica',
	'Oceania',
	'the Middle East',
	'Central America',
	'Southeast Asia',
	'East Asia',
	'Eastern Europe',
	'Western Europe',
	'Scandinavia',
	'the Caribbean',
	'the Balkans'
];

/**
 * The inhabited continents: a continent is offered only beside continents, a region of one only
 * beside other regions ("the Balkans" is part of "Europe"); Antarctica and Oceania are answers,
 * seldom plausible wrong options.
 */
export const CONTINENTS = ['Africa', 'Asia', 'Europe', 'North America', 'South America'];

export const ORGANISATIONS = [
	'the United Nations',
	'the World Health Organization',
	'the European Union',
	'the Red Cross',
	'UNESCO',
	'the World Bank',
	'Amnesty International',
	'Greenpeace',
	'the International Monetary Fund',
	'NATO'
];

/**
 * The year each lexicon organisation was founded: "Netflix" and "Google" are no contenders for work
 * on USB in 1994 (review tune20). Years as commonly given.
 */
export const FOUNDED: Readonly<Record<string, number>> = {
	'United Nations': 1945,
	'World Health Organization': 1948,
	'European Union': 1993,
	'Red Cross': 1863,
	UNESCO: 1945,
	'World Bank': 1944,
	'Amnesty International': 1961,
	Greenpeace: 1971,
	'International Monetary Fund': 1944,
	NATO: 1949,
	Microsoft: 1975,
	Google: 1998,
	Apple: 1976,
	Amazon: 1994,
	Facebook: 2004,
	Twitter: 2006,
	IBM: 1911,
	Intel: 1968,
	Samsung: 1938,
	Sony: 1946,
	Netflix: 1997,
	YouTube: 2005,
	Mozilla: 1998,
	Yahoo: 1994,
	'BBC News': 1922,
	CNN: 1980,
	Reuters: 1851,
	'Sky News': 1989,
	'Al Jazeera': 1996,
	'Fox News': 1996,
	'The Guardian': 1821,
	'The New York Times': 1851,
	'The Washington Post': 1877,
	'The Huffington Post': 2005
};

/**
 * Organisations of one kind, for "Which organisation …?" when the answer is one of them: a company
 * for a company, a news outlet for a news outlet. Only a known answer gets lexicon distractors.
 */
export const ORGANISATION_GROUPS: readonly (readonly string[])[] = [
	ORGANISATIONS,
	[
		'Microsoft',
		'Google',
		'Apple',
		'Amazon',
		'Facebook',
		'Twitter',
		'IBM',
		'Intel',
		'Samsung',
		'Sony',
		'Netflix',
		'YouTube',
		'Mozilla',
		'Yahoo'
	],
	[
		'BBC News',
		'CNN',
		'Reuters',
		'Sky News',
		'Al Jazeera',
		'Fox News',
		'The Guardian',
		'The New York Times',
		'The Washington Post',
		'The Huffington Post'
	],
	['NASA', 'ESA', 'JAXA', 'ISRO', 'CNSA']
];

/** Scholars by field: titles, and one walk of life for role distractors. */
const SCIENTISTS = [
	'physicist',
	'chemist',
	'biologist',
	'economist',
	'historian',
	'sociologist',
	'anthropologist',
	'psychologist',
	'philosopher',
	'astronomer',
	'mathematician'
];

/** Titles and roles that introduce a person's name ("Defense Secretary X", "X, the chairman of"). */
export const TITLES = [
	'president',
	'vice president',
	'prime minister',
	'minister',
	'foreign minister',
	'secretary',
	'chancellor',
	'governor',
	'mayor',
	'senator',
	'congressman',
	'ambassador',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'director',
	'chairman',
	'chairwoman',
	'chair',
	'chief executive',
	'founder',
	'co-founder',
	'creator',
	'editor',
	'professor',
	'captain',
	'coach',
	'manager',
	'general',
	'commander',
	'judge',
	'lawyer',
	'king',
	'queen',
	'emperor',
	'pope',
	'bishop',
	'leader',
	'head',
	'researcher',
	'scientist',
	'curator',
	'mentor',
	'author',
	'official',
	'chief',
	'principal',
	'teacher',
	'referee',
	'goalkeeper',
	'striker',
	'midfielder',
	'defender',
	...SCIENTISTS
];

/**
 * Every word that can stand as a title before a name, including ones no role question asks about
 * ("Mr", "Administrator"): names are found after them, never with them.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
	...TITLES.flatMap((t) => t.split(' ')),
	'adviser',
	'advisor',
	'officer',
	'deputy',
	'administrator',
	'commissioner',
	'representative',
	'councillor',
	'councilor',
	'inspector',
	'detective',
	'sergeant',
	'lieutenant',
	'colonel',
	'major',
	'admiral',
	'dr',
	'mr',
	'mrs',
	'ms',
	'sir',
	'dame',
	'lord',
	'lady'
]);

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
