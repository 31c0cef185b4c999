// A sense of the dictionary for tests that judge a gloss or a definition on its own: only its part
// of speech, gloss and id matter; the rest is empty.
import type { LexSense } from '../../../src/lib/generator/types';

export const lexSense = (pos: 'n' | 'v' | 'a', gloss: string, id = `00000000${pos}`): LexSense => ({
	id,
	pos,
	lexFile: 0,
	words: ['x'],
	gloss,
	examples: [],
	tagCount: 1,
	hypernyms: [],
	similar: [],
	broader: ''
});
