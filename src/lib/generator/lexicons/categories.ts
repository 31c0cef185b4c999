// Broad fields, one level above what an article is about: the "too broad" option of a main-idea
// question ("The history of space travel" for an article on Apollo 11). Each entry: the head words
// of a gist that belong to the field, and the field as a noun phrase opening on "The" like the
// other options, short and long (the long one stands beside a long key). The first match wins, so
// the narrower fields come first.

export const BROAD_FIELDS: readonly (readonly [RegExp, string, string])[] = [
	[
		/^(planet|moon|star|comet|asteroid|galaxy|orbit|telescope)$/,
		'The study of stars and planets',
		'The study of the stars and planets in the night sky'
	],
	[
		/^(spaceflight|spacecraft|shuttle|rocket|astronaut|launch|mission|satellite)$/,
		'The history of space travel',
		'The long history of travel into outer space'
	],
	[
		/^(war|battle|conflict|siege|invasion|rebellion|revolution)$/,
		'The history of warfare',
		'The history of war from ancient times to today'
	],
	[
		/^(dynasty|empire|kingdom|period|era|reign|monarchy)$/,
		'The history of great empires',
		'The rise and fall of the great empires of history'
	],
	[
		/^(election|vote|referendum|campaign|parliament|legislature)$/,
		'The history of voting and elections',
		'The ways that democracies around the world choose their leaders'
	],
	[
		/^(party|government|federalism|democracy|constitution|state)$/,
		'The different forms of government',
		'The different forms of government found around the world'
	],
	[
		/^(law|court|ruling|trial|right|justice|crime|punishment|infringement)$/,
		'The history of law and justice',
		'The history of law and justice in modern societies'
	],
	[
		/^(bank|currency|dollar|euro|money|economy|market|crisis|debt|tax)$/,
		'The workings of the world economy',
		'The way money and trade work in the world economy'
	],
	[
		/^(company|corporation|firm|business|store|retailer|industry|brand)$/,
		'The history of modern business',
		'The growth of modern business over the last two centuries'
	],
	[
		/^(city|capital|town|port|village|metropolis)$/,
		'The great cities of the world',
		'The history of the great cities of the world'
	],
	[
		/^(lighthouse|tower|bridge|canal|dam|tunnel|castle|monument|skyscraper)$/,
		'The great buildings of the world',
		'The great buildings and structures of the world'
	],
	[
		/^(desert|island|mountain|river|lake|valley|coast|glacier|ocean|sea)$/,
		'The physical geography of the Earth',
		'The physical geography of the Earth and its landscapes'
	],
	[
		/^(disease|infection|illness|virus|bacterium|epidemic|deficiency|health)$/,
		'The history of medicine and disease',
		'The long history of medicine and the fight against disease'
	],
	[
		/^(cell|organism|species|gene|plant|animal|bacteria|microorganism)$/,
		'The study of living things',
		'The scientific study of all living things on Earth'
	],
	[
		/^(festival|celebration|carnival|holiday|parade|ceremony)$/,
		'The festivals of the world',
		'The festivals and holidays celebrated around the world'
	],
	[
		/^(team|club|league|cup|football|baseball|sport|tournament|match|gymnastics)$/,
		'The history of sport',
		'The history of sport and its famous competitions'
	],
	[
		/^(band|album|song|music|singer|orchestra)$/,
		'The history of popular music',
		'The history of popular music and its famous bands'
	],
	[
		/^(painting|painter|art|artist|exhibit|gallery|museum|architecture|style|movement)$/,
		'The history of art',
		'The history of art and architecture in Europe'
	],
	[
		/^(novel|book|author|writer|poem|poet|literature)$/,
		'The great works of literature',
		'The great works of literature and their authors'
	],
	[
		/^(school|university|college|education|student)$/,
		'The history of education',
		'The history of schools and universities around the world'
	],
	[
		/^(foundation|charity|trust|donor|philanthropy)$/,
		'The work of charities around the world',
		'The work of charities and aid groups around the world'
	],
	[
		/^(computer|software|browser|internet|website|network|device|transistor|diode|board|connector|compression|data)$/,
		'The history of computing',
		'The history of computers and the digital age'
	],
	[
		/^(energy|power|fuel|oil|gas|electricity|uranium|metal|element)$/,
		'The natural resources of the world',
		'The natural resources that the modern world depends on'
	],
	[
		/^(climate|warming|ozone|weather|pollution|environment)$/,
		'The science of climate and weather',
		'The science of the climate and the weather on Earth'
	],
	[
		/^(crop|farm|agriculture|food|drink|beer|wine|cooking)$/,
		'The history of food and farming',
		'The history of food and farming around the world'
	],
	[
		/^(religion|church|worship|faith|order|priest|god|deity)$/,
		'The history of world religions',
		'The history of the great religions of the world'
	],
	[
		/^(physicist|scientist|mathematician|chemist|biologist|inventor|science|theory|rhythm)$/,
		'The history of science',
		'The history of science and its great discoveries'
	],
	[
		/^(culture|society|custom|tradition|value|ethnocentrism)$/,
		'The study of human societies',
		'The study of human societies and their customs'
	]
];
