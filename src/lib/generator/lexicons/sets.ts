// Sets of things of one type, for the "not stated" item (stages/4-questions/not-stated.ts): when
// three items an article lists all belong to one set, a member the article never names is an
// outsider of their type ("tuberculosis" beside "cholera", "leprosy" and "anthrax"). Common nouns
// in the singular (plurals are derived), names as written. Every member is a plain, well-known
// instance: an outsider must be plausible, never a trick.

export interface ThingSet {
	/** What the members are, for explanations ("diseases"). */
	name: string;
	members: readonly string[];
	/** The members that may be asked as a list's outsider, when not all ("Angel Catbird" once). */
	outsiders?: readonly string[];
	/** Whether a stem may name the set by `name` alone ("Which of these birds …?"). */
	plain?: boolean;
	/** A kind too broad to name ("artifacts"): only a stem in the list's own frame may ask it. */
	framed?: boolean;
}

export const THING_SETS: readonly ThingSet[] = [
	// Before "crops": a list of grains takes a grain as its outsider, never "rubber".
	{
		name: 'cereals',
		members: ['rice', 'wheat', 'maize', 'corn', 'barley', 'oats', 'rye', 'millet', 'sorghum']
	},
	{
		name: 'diseases',
		members: [
			'cholera',
			'syphilis',
			'anthrax',
			'leprosy',
			'bubonic plague',
			'tuberculosis',
			'typhoid',
			'diphtheria',
			'tetanus',
			'whooping cough',
			'measles',
			'malaria',
			'smallpox',
			'polio',
			'influenza',
			'dysentery',
			'pneumonia',
			'meningitis',
			'yellow fever',
			'mumps',
			'diabetes',
			'cancer',
			'asthma'
		]
	},
	{
		name: 'health problems',
		members: [
			'brain damage',
			'stunted growth',
			'deafness',
			'blindness',
			'hair loss',
			'heart failure',
			'kidney failure',
			'memory loss',
			'weight loss',
			'muscle weakness',
			'skin rash',
			'fatigue',
			'fever',
			'headache',
			'nausea',
			'insomnia',
			'depression',
			'anxiety'
		]
	},
	{
		name: 'crops',
		members: [
			'rice',
			'wheat',
			'maize',
			'corn',
			'barley',
			'oats',
			'rye',
			'millet',
			'sorghum',
			'soybean',
			'cotton',
			'peanut',
			'potato',
			'cassava',
			'sugarcane',
			'sugar beet',
			'tobacco',
			'coffee',
			'cocoa',
			'tea',
			'rubber',
			'sunflower'
		]
	},
	{
		name: 'fruits',
		members: [
			'apple',
			'orange',
			'banana',
			'mango',
			'grape',
			'pear',
			'peach',
			'cherry',
			'plum',
			'lemon',
			'pineapple',
			'strawberry',
			'coconut',
			'papaya'
		]
	},
	{
		name: 'vegetables',
		members: [
			'carrot',
			'onion',
			'cabbage',
			'lettuce',
			'tomato',
			'cucumber',
			'spinach',
			'pea',
			'bean',
			'broccoli',
			'pepper',
			'garlic'
		]
	},
	{
		name: 'foods',
		members: [
			'bread',
			'cheese',
			'milk',
			'butter',
			'yogurt',
			'egg',
			'meat',
			'fish',
			'seafood',
			'rice',
			'pasta',
			'honey',
			'sugar',
			'salt',
			'beef',
			'pork',
			'chicken'
		]
	},
	{
		name: 'drinks',
		members: ['coffee', 'tea', 'beer', 'wine', 'milk', 'juice', 'water', 'cider', 'whisky']
	},
	{
		name: 'metals',
		members: [
			'gold',
			'silver',
			'copper',
			'iron',
			'tin',
			'lead',
			'zinc',
			'nickel',
			'aluminium',
			'aluminum',
			'palladium',
			'platinum',
			'uranium',
			'titanium',
			'cobalt',
			'lithium',
			'mercury'
		]
	},
	{
		name: 'fuels',
		members: ['coal', 'oil', 'natural gas', 'petrol', 'diesel', 'wood', 'peat', 'kerosene']
	},
	{
		name: 'energy sources',
		members: [
			'solar',
			'wind',
			'hydroelectric',
			'nuclear',
			'geothermal',
			'tidal',
			'coal',
			'natural gas',
			'biomass'
		]
	},
	{
		name: 'materials',
		members: [
			'wood',
			'stone',
			'brick',
			'glass',
			'steel',
			'concrete',
			'marble',
			'clay',
			'plastic',
			'paper',
			'leather',
			'wool',
			'silk',
			'linen',
			'timber'
		]
	},
	{
		name: 'natural disasters',
		members: [
			'flood',
			'drought',
			'storm',
			'hurricane',
			'earthquake',
			'wildfire',
			'heatwave',
			'landslide',
			'tornado',
			'tsunami',
			'blizzard',
			'famine'
		]
	},
	{
		name: 'farm animals',
		members: ['cattle', 'sheep', 'goat', 'pig', 'horse', 'chicken', 'duck', 'donkey', 'camel']
	},
	{
		name: 'wild animals',
		members: [
			'lion',
			'tiger',
			'elephant',
			'giraffe',
			'zebra',
			'bear',
			'wolf',
			'fox',
			'deer',
			'monkey',
			'gorilla',
			'leopard',
			'rhinoceros',
			'hippopotamus',
			'crocodile',
			'kangaroo'
		]
	},
	// Small creatures of ponds, gardens and shores, the animals plain prose lists beside each other
	// ("fish, frogs, turtles and insects"): their outsider is one of the same sort, never a lion.
	{
		name: 'animals',
		members: [
			'fish',
			'frog',
			'toad',
			'turtle',
			'insect',
			'snail',
			'worm',
			'beetle',
			'spider',
			'crab',
			'lizard',
			'snake',
			'newt',
			'bird',
			'slug'
		],
		plain: true
	},
	// Outer parts of the body, as first aid and sport name them ("the face, hands and feet").
	{
		name: 'body parts',
		members: [
			'face',
			'hand',
			'foot',
			'arm',
			'leg',
			'knee',
			'elbow',
			'shoulder',
			'neck',
			'chest',
			'finger',
			'toe',
			'wrist',
			'ankle',
			'ear',
			'eye',
			'nose'
		],
		plain: true
	},
	{
		name: 'sports',
		members: [
			'football',
			'soccer',
			'tennis',
			'cricket',
			'basketball',
			'baseball',
			'rugby',
			'golf',
			'hockey',
			'swimming',
			'cycling',
			'boxing',
			'athletics',
			'volleyball',
			'skiing'
		]
	},
	{
		name: 'musical instruments',
		members: [
			'piano',
			'guitar',
			'violin',
			'cello',
			'flute',
			'trumpet',
			'drum',
			'harp',
			'clarinet',
			'saxophone',
			'organ'
		]
	},
	{
		name: 'school subjects',
		members: [
			'science',
			'technology',
			'engineering',
			'mathematics',
			'math',
			'art',
			'history',
			'geography',
			'music',
			'literature',
			'physics',
			'chemistry',
			'biology',
			'economics'
		]
	},
	{
		name: 'genres',
		members: [
			'science fiction',
			'horror',
			'anime',
			'fantasy',
			'comics',
			'romance',
			'mystery',
			'westerns',
			'thrillers',
			'poetry'
		]
	},
	{
		name: 'body organs',
		members: ['heart', 'lung', 'liver', 'kidney', 'brain', 'stomach', 'skin', 'spleen', 'pancreas']
	},
	{
		name: 'occupations',
		members: [
			'doctor',
			'nurse',
			'teacher',
			'lawyer',
			'engineer',
			'farmer',
			'soldier',
			'sailor',
			'miner',
			'merchant',
			'carpenter',
			'blacksmith',
			'banker',
			'journalist',
			'scientist',
			'architect'
		]
	},
	{
		name: 'chemicals',
		members: [
			'water',
			'ammonia',
			'methane',
			'carbon dioxide',
			'oxygen',
			'hydrogen',
			'nitrogen',
			'helium',
			'chlorine',
			'sulphur',
			'sulfur',
			'carbon',
			'thorium',
			'potassium',
			'sodium',
			'calcium',
			'ozone'
		]
	},
	{
		name: 'fields of study',
		members: [
			'mathematics',
			'physics',
			'chemistry',
			'biology',
			'geology',
			'astronomy',
			'economics',
			'philosophy',
			'psychology',
			'sociology',
			'medicine',
			'law',
			'engineering',
			'computer science',
			'linguistics',
			'anthropology',
			'statistics',
			'geometry',
			'algebra',
			'calculus',
			'trigonometry',
			'topology',
			'number theory',
			'set theory',
			'game theory',
			'logic',
			'hydrodynamics',
			'quantum mechanics',
			'thermodynamics'
		]
	},
	{
		name: 'arts',
		members: [
			'poetry',
			'literature',
			'music',
			'painting',
			'sculpture',
			'dance',
			'theatre',
			'theater',
			'architecture',
			'photography',
			'film',
			'opera',
			'drawing',
			'pottery',
			'calligraphy'
		]
	},
	{
		name: 'people of standing',
		members: [
			'king',
			'queen',
			'duke',
			'earl',
			'baron',
			'prince',
			'princess',
			'bishop',
			'archbishop',
			'abbot',
			'knight',
			'lord',
			'noble',
			'priest',
			'monk',
			'cardinal'
		]
	},
	{
		name: 'professions',
		members: [
			'politician',
			'judge',
			'academic',
			'craftsman',
			'technician',
			'technologist',
			'engineer',
			'scientist',
			'doctor',
			'lawyer',
			'teacher',
			'nurse',
			'journalist',
			'accountant',
			'architect',
			'artist',
			'writer',
			'musician',
			'farmer',
			'mechanic',
			'pilot',
			'soldier',
			'police officer',
			'firefighter',
			'businessman',
			'economist',
			'inventor',
			'physicist',
			'mathematician',
			'chemist',
			'philosopher',
			'polymath',
			'composer',
			'novelist',
			'poet',
			'painter',
			'actor',
			'singer'
		]
	},
	{
		name: 'goods',
		members: [
			'food',
			'book',
			'jewelry',
			'jewellery',
			'electronics',
			'stationery',
			'clothing',
			'clothes',
			'toy',
			'furniture',
			'cosmetics',
			'shoe',
			'medicine',
			'tool',
			'perfume',
			'wine',
			'spice',
			'textile',
			'silk',
			'porcelain',
			'tea',
			'sugar',
			'tobacco',
			'fur',
			'timber',
			'weapon',
			'merchandise',
			'game',
			'mobile app',
			'magazine',
			'newspaper'
		]
	},
	{
		name: 'devices',
		members: [
			'smart phone',
			'smartphone',
			'tablet computer',
			'tablet',
			'smart watch',
			'laptop',
			'desktop computer',
			'television',
			'radio',
			'camera',
			'printer',
			'game console',
			'e-reader',
			'mobile phone'
		]
	},
	{
		name: 'buildings',
		members: [
			'castle',
			'palace',
			'town hall',
			'guild hall',
			'university',
			'church',
			'cathedral',
			'monastery',
			'school',
			'hospital',
			'museum',
			'library',
			'theatre',
			'temple',
			'mosque',
			'bridge',
			'skyscraper',
			'railway station',
			'market hall',
			'prison',
			'fort'
		]
	},
	// Before "crimes": covert acts of conflict between states, online or not (never the umbrella
	// "cyberattacks", which names them all).
	{
		name: 'hostile acts',
		members: [
			'hacking',
			'espionage',
			'sabotage',
			'election interference',
			'disinformation',
			'propaganda',
			'phishing',
			'surveillance'
		]
	},
	{
		name: 'crimes',
		members: [
			'theft',
			'fraud',
			'murder',
			'robbery',
			'bribery',
			'burglary',
			'forgery',
			'smuggling',
			'kidnapping',
			'arson',
			'assault',
			'blackmail',
			'embezzlement',
			'piracy',
			'deception'
		]
	},
	{
		name: 'physical qualities',
		members: [
			'flexibility',
			'balance',
			'speed',
			'strength',
			'coordination',
			'endurance',
			'agility',
			'stamina',
			'power',
			'precision',
			'rhythm'
		]
	},
	{
		name: 'emotions',
		members: [
			'anger',
			'fear',
			'joy',
			'sadness',
			'grief',
			'shame',
			'guilt',
			'pride',
			'envy',
			'disgust',
			'surprise',
			'love',
			'hope',
			'frustration',
			'disorientation',
			'loneliness'
		]
	},
	{
		name: 'languages',
		members: [
			'English',
			'French',
			'Spanish',
			'German',
			'Italian',
			'Portuguese',
			'Russian',
			'Arabic',
			'Chinese',
			'Japanese',
			'Hindi',
			'Dutch',
			'Greek',
			'Latin',
			'Swahili'
		]
	},
	{
		name: 'nationalities',
		members: [
			'German',
			'Dutch',
			'Belgian',
			'French',
			'British',
			'Italian',
			'Spanish',
			'Portuguese',
			'Swiss',
			'Austrian',
			'Swedish',
			'Norwegian',
			'Danish',
			'Polish',
			'Russian',
			'Greek',
			'Turkish',
			'American',
			'Canadian',
			'Mexican',
			'Brazilian',
			'Chinese',
			'Japanese',
			'Korean',
			'Indian',
			'Australian',
			'Irish',
			'Scottish',
			'Welsh',
			'English',
			'Hungarian',
			'Czech',
			'Finnish'
		]
	},
	{
		name: 'photographers',
		members: [
			'Ansel Adams',
			'Chuck Close',
			'Walker Evans',
			'Robert Mapplethorpe',
			'Helmut Newton',
			'Dorothea Lange',
			'Diane Arbus',
			'Richard Avedon',
			'Annie Leibovitz',
			'Cindy Sherman',
			'Robert Capa',
			'Edward Weston'
		]
	},
	{
		name: 'painters',
		members: [
			'Pablo Picasso',
			'Henri Matisse',
			'Claude Monet',
			'Vincent van Gogh',
			'Paul Cezanne',
			'Rembrandt',
			'Leonardo da Vinci',
			'Michelangelo',
			'Raphael',
			'Salvador Dali',
			'Frida Kahlo',
			'Georges Braque',
			'Jackson Pollock',
			'Edvard Munch'
		]
	},
	{
		name: 'composers',
		members: [
			'Bach',
			'Mozart',
			'Beethoven',
			'Brahms',
			'Chopin',
			'Schubert',
			'Haydn',
			'Handel',
			'Verdi',
			'Wagner',
			'Tchaikovsky',
			'Vivaldi',
			'Debussy',
			'Stravinsky'
		]
	},
	{
		name: 'scientists',
		members: [
			'Isaac Newton',
			'Albert Einstein',
			'Charles Darwin',
			'Galileo Galilei',
			'Marie Curie',
			'Niels Bohr',
			'Max Planck',
			'Michael Faraday',
			'Louis Pasteur',
			'Nikola Tesla',
			'Johannes Kepler',
			'Werner Heisenberg',
			'Erwin Schrodinger',
			'Enrico Fermi',
			'Richard Feynman'
		]
	},
	{
		name: 'national leaders',
		members: [
			'Napoleon',
			'Ataturk',
			'Otto von Bismarck',
			'Garibaldi',
			'Bismarck',
			'Lenin',
			'Stalin',
			'Churchill',
			'Gandhi',
			'Nehru',
			'Mao',
			'Lincoln',
			'Washington',
			'Cavour',
			'Bolivar',
			'Mazzini',
			'Nasser',
			'Tito'
		]
	},
	{
		name: 'companies',
		members: [
			'Microsoft',
			'Apple',
			'Google',
			'Amazon',
			'IBM',
			'Intel',
			'Sony',
			'Samsung',
			'Nintendo',
			'Ubisoft',
			'Facebook',
			'Oracle',
			'Dell',
			'Toyota',
			'Ford',
			'General Motors',
			'Shell',
			'BP',
			'Exxon',
			'Nokia',
			'Siemens',
			'Philips',
			'Disney'
		]
	},
	{
		name: 'gymnastics apparatus',
		members: [
			'rope',
			'hoop',
			'ball',
			'clubs',
			'ribbon',
			'double rings',
			'stick',
			'beam',
			'rings',
			'vault'
		]
	},
	{
		name: 'planets',
		members: ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune']
	},
	{
		name: 'Greek gods',
		members: [
			'Zeus',
			'Hera',
			'Poseidon',
			'Athena',
			'Aphrodite',
			'Apollo',
			'Artemis',
			'Ares',
			'Hermes',
			'Demeter',
			'Hades',
			'Dionysus',
			'Hephaestus'
		]
	},
	{
		name: 'religions',
		members: ['Christianity', 'Islam', 'Judaism', 'Hinduism', 'Buddhism', 'Sikhism', 'Jainism']
	},
	{
		name: 'social media',
		members: ['Facebook', 'Twitter', 'Instagram', 'YouTube', 'TikTok', 'Reddit', 'LinkedIn']
	}
];
