// Roles and titles of people: "US President Barack Obama", "John Burrows, the chairman of ...".
import type { Fact, Mention, Sentence } from '../../types';
import { TITLES } from '../../lexicons';
import { titlesBefore } from './entities';

const TITLE_SET = new Set(TITLES);

/** The title given to the person mention, before the name or as an appositive after it. */
function titleOf(s: Sentence, m: Mention): string | undefined {
	const before = titlesBefore(s, m.tokenStart)[0];
	if (before) return before;
	const last = s.tokens[m.tokenEnd - 1];
	if (!last || !/^,\s*$/.test(last.post)) return undefined;
	let k = m.tokenEnd;
	if (['the', 'a', 'an'].includes(s.tokens[k]?.normal ?? '')) k++;
	const one = s.tokens[k]?.normal ?? '';
	const two = `${one} ${s.tokens[k + 1]?.normal ?? ''}`;
	if (TITLE_SET.has(two)) return two;
	if (TITLE_SET.has(one) && !s.tokens[k + 1]?.tags.has('Noun')) return one;
	return undefined;
}

/** One role fact per titled person mention. */
export function roleFacts(
	s: Sentence,
	mentions: readonly Mention[],
	id: (n: string) => string
): Fact[] {
	const out: Fact[] = [];
	for (const m of mentions) {
		if (m.type !== 'person' || !m.text.includes(' ')) continue;
		const title = titleOf(s, m);
		if (!title || out.some((f) => f.person === m.text)) continue;
		const at = s.text.toLowerCase().indexOf(title);
		out.push({
			id: id(`role:${m.entity}:${title}`),
			kind: 'role',
			sentence: s.index,
			paragraph: s.paragraph,
			start: s.start,
			end: s.end,
			subject: m.text,
			action: 'is',
			object: title,
			value: {
				text: title.charAt(0).toUpperCase() + title.slice(1),
				start: s.start + Math.max(0, at),
				end: s.start + Math.max(0, at) + title.length,
				type: 'title'
			},
			statement: '',
			person: m.text,
			salience: 0
		});
	}
	return out;
}
