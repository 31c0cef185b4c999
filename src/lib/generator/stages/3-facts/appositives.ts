// People described by an appositive: "John Burrows, the chairman of the project's panel, said …"
// → "Who is described as the chairman of the project's panel?". The description identifies one
// person of the article, so the question asks who it is; distractors are other people.
import type { Fact, Mention, Sentence, Token } from '../../types';
import { TITLE_WORDS } from '../../lexicons';

const MAX_WORDS = 12;
const PRONOUNS = /^(he|she|his|her|hers|him|they|their|them|it|its|this|these|those)$/;

/**
 * The description of a person's name as token range [a, b): an appositive after the name ("John
 * Burrows, the chairman of …,") or before it ("the president of the Lombardy region, Roberto
 * Maroni,"), or undefined.
 */
function describedAt(s: Sentence, m: Mention): [number, number] | undefined {
	return after(s, m) ?? before(s, m);
}

function after(s: Sentence, m: Mention): [number, number] | undefined {
	const toks = s.tokens;
	const last = toks[m.tokenEnd - 1];
	if (!last || !/^,\s*$/.test(last.post)) return undefined;
	const a = m.tokenEnd;
	let b = a;
	while (b < toks.length && b - a < MAX_WORDS && !/[,;:()"]/.test(toks[b]?.post ?? '')) b++;
	// Closed by a comma, or by the end of the sentence.
	const end = toks[b];
	if (!end || !/^,\s*$|^[.!]\s*$/.test(end.post)) return undefined;
	return checked(toks, a, b + 1);
}

function before(s: Sentence, m: Mention): [number, number] | undefined {
	const toks = s.tokens;
	const prev = toks[m.tokenStart - 1];
	const last = toks[m.tokenEnd - 1];
	// "…, Roberto Maroni, has reacted": the name itself stands between commas.
	if (!prev || !last || !/^,\s*$/.test(prev.post) || !/^,\s*$/.test(last.post)) return undefined;
	let a = m.tokenStart - 1;
	while (a > 0 && m.tokenStart - a < MAX_WORDS && !/[,;:()"]/.test(toks[a - 1]?.post ?? '')) a--;
	// From the sentence start, after "Also" or "According to": "Also the president of …, NAME,".
	if (a > 0) return undefined;
	while (/^(also|according|to|meanwhile)$/.test(toks[a]?.normal ?? '')) a++;
	return checked(toks, a, m.tokenStart);
}

function checked(toks: Token[], a: number, b: number): [number, number] | undefined {
	const words = toks.slice(a, b);
	if (words.length < 2) return undefined;
	const first = words[0] as Token;
	// A description opens with an article or a title ("curator and director of exhibits at …").
	const opens = ['the', 'a', 'an'].includes(first.normal) || TITLE_WORDS.has(first.normal);
	// Capitalised only where a sentence starts: "Co-founder of Google, Sergey Brin, …".
	if (!opens || (/^\p{Lu}/u.test(first.text) && a > 0)) return undefined;
	const bad = (t: Token) =>
		(t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Adjective')) ||
		PRONOUNS.test(t.normal) ||
		['who', 'which', 'that', 'whose'].includes(t.normal) ||
		/"/.test(t.pre + t.post);
	if (words.some(bad)) return undefined;
	// It must say what the person is: a common noun, not only further names ("Smith, Jones and Lee").
	if (!words.some((t) => t.tags.has('Noun') && /^\p{Ll}/u.test(t.text))) return undefined;
	return [a, b];
}

/** One "Who is described as …?" fact per person named with an appositive description. */
export function appositiveFacts(
	s: Sentence,
	mentions: readonly Mention[],
	id: (n: string) => string
): Fact[] {
	const out: Fact[] = [];
	for (const m of mentions) {
		if (m.type !== 'person') continue;
		const range = describedAt(s, m);
		if (!range) continue;
		const [a, b] = range;
		const from = s.tokens[a] as Token;
		const to = s.tokens[b - 1] as Token;
		const written = s.text.slice(from.start - s.start, to.end - s.start);
		const description = a === 0 ? `${written.charAt(0).toLowerCase()}${written.slice(1)}` : written;
		out.push({
			id: id(`described-${m.entity}`),
			kind: 'event',
			sentence: s.index,
			paragraph: s.paragraph,
			start: s.start,
			end: s.end,
			subject: m.text,
			action: 'is',
			object: description,
			value: { text: m.text, start: m.start, end: m.end, type: 'person', entity: m.entity },
			statement: '',
			person: m.text,
			frame: {
				subject: '',
				verb: 'is described as',
				aux: 'is',
				verbRest: 'described as',
				doSupport: '',
				before: description,
				after: '',
				prep: '',
				slot: 'subject'
			},
			salience: 0
		});
	}
	return out;
}
